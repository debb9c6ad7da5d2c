"""Whatever an author types in a checklist gives a form or a clear error."""

from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide.checklist import ChecklistExtension
from guide.checklist_syntax import CLOSE_RE, OPEN_RE, ChecklistError

# Tags the extension writes, plus what Markdown's inline syntax can make of text.
ALLOWED_TAGS = {
    "form", "h2", "p", "fieldset", "legend", "div", "input", "label", "textarea",
    "em", "strong", "code", "a", "br", "pre",
}  # fmt: skip

LINE_PIECES = st.sampled_from(
    ["- ", "    ", "        ", "( ) ", "[ ] ", "[____]", "[====]", "[Notizen]",
     "{#id}", "{#", "}", "<script>", "<img src=x onerror=alert(1)>", "&", "&amp;",
     "*", "**", "`", '"', "„", "“", "[", "]", "(", ")", ":::", "\t", "Frage?",
     "Option", "x"]
)  # fmt: skip
LINES = st.lists(
    st.one_of(
        st.lists(LINE_PIECES, max_size=6).map("".join),
        st.text(max_size=30),
    ).filter(lambda line: not (CLOSE_RE.match(line) or OPEN_RE.match(line))),
    max_size=12,
)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.seen = set()

    def handle_starttag(self, tag, attrs):
        self.seen.add(tag)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_any_block_renders_safely_or_raises_the_plugin_error(lines):
    source = "\n".join(["::: checklist fuzz version=1", *lines, ":::"])
    md = markdown.Markdown(extensions=[ChecklistExtension()], output_format="html5")
    try:
        html = md.convert(source)
    except ChecklistError as error:
        assert isinstance(error.line, int) and 1 <= error.line <= len(lines) + 2
        assert error.fix
        return
    parser = _Tags()
    parser.feed(html)
    assert parser.seen <= ALLOWED_TAGS, parser.seen - ALLOWED_TAGS
    assert "<script" not in html
