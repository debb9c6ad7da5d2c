"""Whatever an author types in a checklist gives a form or a clear error."""

from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pelican.plugins.author_report.errors import AuthorErrors
from pelican.plugins.checklist.blocks import CLOSE_RE, OPEN_RE
from pelican.plugins.checklist.extension import ChecklistExtension
from pelican.plugins.checklist.ids import slugify
from pelican.plugins.checklist.model import ChecklistError

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
    except (ChecklistError, AuthorErrors) as raised:
        errors = raised.errors if isinstance(raised, AuthorErrors) else [raised]
        for error in errors:
            assert isinstance(error, ChecklistError)
            # A carriage return ends a line, for Markdown as for an editor.
            assert isinstance(error.line, int)
            assert 1 <= error.line <= len(source.splitlines())
            assert error.fix
        # One message per mistake: never the same line twice with one text.
        assert len({str(error) for error in errors}) == len(errors)
        return
    parser = _Tags()
    parser.feed(html)
    assert parser.seen <= ALLOWED_TAGS, parser.seen - ALLOWED_TAGS
    assert "<script" not in html


# --- Generated names never collide with authors' ids ---------------------------

# The words the renderer and the script use for their own fields, DOM property
# names a form answers to, and any other valid id.
IDS = st.one_of(
    st.sampled_from(
        ["titel", "notizen", "antwort", "text", "ausgabe", "id", "dataset",
         "append", "elements", "length", "constructor", "name", "action", "value",
         "a--b", "cl", "1"]
    ),
    st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,6}[a-z0-9])?", fullmatch=True),
)  # fmt: skip


@st.composite
def checklists(draw):
    """A valid checklist source whose ids are drawn from IDS."""
    question_ids = iter(draw(st.lists(IDS, min_size=6, max_size=6, unique=True)))
    lines = [f"::: checklist {draw(IDS)} version=1"]

    def question(indent, followups):
        lines.append(f"{indent}- Frage {{#{next(question_ids)}}}")
        marker = draw(st.sampled_from(["( )", "[ ]", None]))
        options = draw(st.lists(IDS, min_size=2, max_size=3, unique=True))
        for index, option in enumerate(options if marker else []):
            other = " [____]" if draw(st.booleans()) else ""
            lines.append(f"{indent}    {marker} Antwort {{#{option}}}{other}")
            if followups and index == 0 and draw(st.booleans()):
                question(indent + "        ", followups=False)
        if not marker or draw(st.booleans()):
            lines.append(f"{indent}    [{draw(st.sampled_from(['____', '====']))}]")
        if draw(st.booleans()):
            lines.append(f"{indent}    [Notizen]")

    for _ in range(draw(st.integers(1, 3))):
        question("", followups=True)
    lines.append(":::")
    return "\n".join(lines)


class _Controls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.fors, self.controls, self.questions = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "label":
            self.fors.append(attrs["for"])
        if tag == "fieldset":
            self.questions.append(attrs["data-question"])
        if tag in ("input", "textarea") and self.questions:  # an answer's control
            self.controls.append(
                (attrs.get("type", tag), attrs["name"], self.questions[-1])
            )

    def handle_endtag(self, tag):
        if tag == "fieldset":
            self.questions.pop()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(checklists())
def test_ids_and_names_never_collide_whatever_the_authors_ids(source):
    md = markdown.Markdown(extensions=[ChecklistExtension()], output_format="html5")
    parser = _Controls()
    parser.feed(md.convert(source))
    form_id = parser.ids[0]
    # Unique, also with the ids of the controls written for the script.
    assert len(set(parser.ids)) == len(parser.ids), parser.ids
    assert f"{form_id}_ausgabe" in parser.ids
    assert set(parser.fors) <= set(parser.ids)
    # One name, one question: a choice group shares a name, nothing else does.
    owners = {}
    for kind, name, question in parser.controls:
        owner = (kind, question) if kind in ("radio", "checkbox") else (kind, name)
        assert owners.setdefault(name, owner) == owner, (name, owners[name], owner)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_derived_ids_are_pelicans_slugs(text):
    # Answers are saved under derived ids: the extension's own slugify (it
    # stands without Pelican) must give what Pelican's gave.
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify as pelicans

    subs = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
    assert slugify(text) == pelicans(text, regex_subs=subs)
