"""The plugin's faster typogrify filters give typogrify's own output, for any
HTML of the kind Markdown and the theme write and for odd text as well."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guide.typography import ORIGINAL, amp, caps, german_spaces, widont

PIECES = st.sampled_from(
    ["<p>", "</p>", "<h2>", "</h2>", "<li>", "</li>", "<dt>", "</dt>", "<dd>",
     "</dd>", "<ul>", "</ul>", "<div>", "</div>", "<blockquote>", "</blockquote>",
     '<a href="/x?a&amp;b">', "</a>", "<em>", "</em>", "<b>", "</b>", "<i>",
     "</i>", "<strong>", "</strong>", '<span class="x">', "</span>", "<br>",
     "<code>", "</code>", " ", "  ", "\n", "\t", "\xa0", "&nbsp;", "Netz",
     "werk", "KU", "D.O.T.", "JIMMY'S", "2KU2", "A.", "B", "&", "&amp;",
     "&#38;", " & ", "&nbsp;&amp;&nbsp;", "„", "“", '"', "'", "<", ">", "x",
     "Übersicht", "<script>", "</script>", "<kbd>", "</kbd>", '<a title="A & B">']
)  # fmt: skip
HTML = st.one_of(
    st.lists(PIECES, max_size=30).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=600, deadline=None)
@given(HTML)
def test_widont_is_typogrifys(text):
    assert widont(text) == ORIGINAL["widont"](text)


@settings(max_examples=400, deadline=None)
@given(HTML)
def test_caps_and_amp_are_typogrifys(text):
    assert caps(text) == ORIGINAL["caps"](text)
    assert amp(text) == ORIGINAL["amp"](text)


def test_a_long_last_word_in_a_link_is_found_as_typogrify_finds_it():
    # The match starts at the opening tag, far before the last word.
    long = '<p>Mehr unter <a href="/' + "x" * 900 + '"> Link</a></p>'
    assert widont(long) == ORIGINAL["widont"](long)
    assert "&nbsp;" in widont(long)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list('zBdhTeil IVX§Art.6 <>span="caps"')), max_size=60
    )
)
def test_german_spaces_only_turn_spaces_into_no_break_spaces(text):
    spaced = german_spaces(text)
    assert spaced.replace("&nbsp;", " ") == text


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("z. B. so", "z.&nbsp;B. so"),
        ("mit Teil III weiter", "mit Teil&nbsp;III weiter"),
        (
            'mit Teil <span class="caps">III</span>',
            'mit Teil&nbsp;<span class="caps">III</span>',
        ),
        ("nach § 25 Abs. 2 Nr. 2", "nach §&nbsp;25 Abs.&nbsp;2 Nr.&nbsp;2"),
        ("Art. 6 Abs. 1 lit. f", "Art.&nbsp;6 Abs.&nbsp;1 lit. f"),
        ("Teil der Adresse", "Teil der Adresse"),
    ],
)
def test_german_spaces_keep_together_what_belongs_together(text, spaced):
    assert german_spaces(text) == spaced
