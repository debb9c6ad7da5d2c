"""Build the real site with Pelican and read what it wrote, for the tests."""

import functools
import json
import re
import shutil
from html.parser import HTMLParser

import html5lib

from tools.local_site import CONTENT, ROOT, build, host_headers

# Part II's source text: a copy kept with the tests, so that a clone is complete.
# test_content.py checks it against the original in ../shared/ where that exists.
SEED = ROOT / "tests" / "data" / "networking-teil-2-quelle.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "000_2c374e99aee51fe8.txt"

PART_URLS = {
    1: "2010/networking-beginnt-nicht-erst-im-internet/",
    2: "2010/wie-finde-ich-das-richtige-netzwerk/",
    3: "2010/wie-ich-xing-konkret-nutze/",
}

PART_TITLES = {
    1: "Networking beginnt nicht erst im Internet",
    2: "Wie finde ich das richtige Netzwerk?",
    3: "Wie ich Xing konkret nutze",
}

# Every page type of the site, by a readable name.
PAGE_TYPES = {
    "home": "",
    "part 1": PART_URLS[1],
    "part 2": PART_URLS[2],
    "part 3": PART_URLS[3],
    "series": "serie/networking/",
    "series overview": "serien/",
    "archives": "archiv/",
    "tags": "schlagwoerter/",
    "tag": "schlagwort/xing/",
    "categories": "kategorien/",
    "category": "kategorie/networking/",
    "404": "404.html",
    "about": "ueber-diesen-blog/",
    "privacy": "datenschutz/",
    "impressum": "impressum/",
    "search": "suche/",
    "worksheet": "vorlage/ideales-netzwerk/",
}

# Extra sources for the tests of odd but valid checklists: ids that are the
# renderer's and the script's own words or the names of a form's DOM
# properties, and a checklist on a page rather than in an article.
ODD_CHECKLISTS = {
    "grenzfaelle.md": """Title: Grenzfälle der Checkliste
Date: 2010-03-10
Slug: grenzfaelle

Ids, die der Renderer, das Skript und das DOM selbst verwenden.

::: checklist grenzfall version=1 title="Grenzfälle"
- Eine Frage namens id {#id}
    ( ) Titel {#titel}
    ( ) Notizen {#notizen}
    ( ) Antwort {#antwort}
    ( ) Text {#text} [____]
    [____] Antwort daneben
    [Notizen]
- Eine Frage namens dataset {#dataset}
    [ ] Append {#append}
    [ ] Elements {#elements}
        - Folgefrage namens length {#length}
            [====]
- Eine Frage namens constructor {#constructor}
    [ ] Ja {#ja}
    [ ] Nein {#nein}
- Eine Frage namens titel {#titel}
    [____]
- Eine Frage namens ausgabe {#ausgabe}
    [====]
:::
""",
    "pages/arbeitsblatt.md": """Title: Arbeitsblatt
Slug: arbeitsblatt

::: checklist arbeitsblatt version=1 title="Mein Arbeitsblatt"
- Wie oft willst Du netzwerken? {#haeufigkeit}
    ( ) Jede Woche {#woche}
    ( ) Jeden Monat {#monat}
    [Notizen]
:::
""",
}
ODD_URLS = {"article": "2010/grenzfaelle/", "page": "arbeitsblatt/"}

ASSET_ATTRIBUTES = ("src", "srcset", "data", "poster")
ASSET_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}


# Element names of an Atom feed, as ElementTree writes them.
ATOM = "{http://www.w3.org/2005/Atom}"

# The policy, exactly as the site asks its host to send it.
CSP = dict(host_headers())["Content-Security-Policy"]


def copy_content(target):
    """Copy the real content to TARGET so that a test can add a broken file."""
    shutil.copytree(CONTENT, target)
    return target


def mistakes(site):
    """The lines of the build's report, without the heading."""
    assert site.returncode == 1, site.log
    report = site.log.split("The build stopped: ", 1)[1]
    return [line[2:] for line in report.splitlines()[1:] if line.startswith("- ")]


def assert_no_traceback(site):
    assert "Traceback" not in site.log
    assert "RuntimeError" not in site.log
    assert "CRITICAL" not in site.log


def assert_stopped_on(site, *said):
    """SITE's build stopped, without a traceback, on as many mistakes as SAID
    gives, and its report holds each of SAID."""
    count = len(said)
    assert len(mistakes(site)) == count, site.log
    assert_no_traceback(site)
    plural = "s" if count > 1 else ""
    assert f"The build stopped: {count} mistake{plural} to fix." in site.log
    assert [text for text in said if text not in site.log] == [], site.log


def build_with(tmp_path, name, text, settings="pelicanconf.py", **kwargs):
    """Build the real content plus one more file NAME holding TEXT."""
    return build_with_files(tmp_path, {name: text}, settings, **kwargs)


def build_with_files(tmp_path, files, settings="pelicanconf.py", **kwargs):
    """Build the real content plus FILES, ``{relative path: text or bytes}``."""
    content = copy_content(tmp_path / "content")
    for name, data in files.items():
        target = content / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")
    return build(tmp_path / "output", settings, content=content, **kwargs)


class _TextExtractor(HTMLParser):
    SKIP = frozenset({"script", "style", "template"})
    INLINE = frozenset({"a", "abbr", "b", "code", "em", "i", "q", "small", "span",
                        "strong", "sub", "sup", "time"})  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping -= 1
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html):
    """The text a reader sees, all whitespace (no-break spaces too) as one space."""
    parser = _TextExtractor()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.parts).replace("\xa0", " ")).strip()


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def tags(html, name=None):
    """Every start tag as ``(name, attributes)``, optionally only those called NAME."""
    collector = _TagCollector()
    collector.feed(html)
    return [t for t in collector.tags if name is None or t[0] == name]


VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)


# Elements whose end tag HTML lets out, and what ends them then (as browsers
# read it): the next sibling of these kinds, or the end of the parent.
IMPLIED_BY = {
    "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
    "option": {"option", "optgroup"},
    "tr": {"tr"}, "td": {"td", "th", "tr"}, "th": {"td", "th", "tr"},
    "p": set("address article aside blockquote details div dl fieldset figcaption "
             "figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre "
             "section table ul".split()),
}  # fmt: skip


class _Elements(HTMLParser):
    """The outer HTML of each element called NAME that has WANTED's attributes,
    end tags left out or not (published pages leave out those HTML allows)."""

    def __init__(self, html, name, wanted):
        super().__init__(convert_charrefs=True)
        self.html, self.name, self.wanted = html, name, wanted
        self.lines = [0]
        for line in html.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.open = []  # (tag, start offset, attributes) of every open element
        self.found = []

    def position(self):
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def matches(self, attrs):
        for key, value in self.wanted.items():
            if key == "class":
                if value not in (attrs.get("class") or "").split():
                    return False
            elif attrs.get(key) != value:
                return False
        return True

    def close(self):
        super().close()
        while self.open:  # what the document's end closes
            self._close_last(len(self.html))

    def _close_last(self, end):
        tag, start, attrs = self.open.pop()
        if tag == self.name and self.matches(attrs):
            self.found.append((start, attrs, self.html[start:end]))

    def handle_starttag(self, tag, attrs):
        here = self.position()
        # A start tag ends an open element whose end tag was left out.
        while self.open and tag in IMPLIED_BY.get(self.open[-1][0], ()):
            self._close_last(here)
        attrs = dict(attrs)
        if tag in VOID_TAGS:
            if tag == self.name and self.matches(attrs):
                end = here + len(self.get_starttag_text())
                self.found.append((here, attrs, self.html[here:end]))
            return
        self.open.append((tag, here, attrs))

    def handle_endtag(self, tag):
        if not any(open_tag == tag for open_tag, _start, _attrs in self.open):
            return  # a stray end tag
        here = self.position()
        end = self.html.index(">", here) + 1
        # Elements left open inside it end where it ends.
        while self.open[-1][0] != tag:
            self._close_last(here)
        self._close_last(end)


def elements(html, name, **wanted):
    """``(attributes, outer HTML)`` of every NAME element with the WANTED
    attributes (``class_`` for one of its classes), in document order, read
    with a parser: quoted or not, minified or not."""
    wanted = {key.rstrip("_"): value for key, value in wanted.items()}
    parser = _Elements(html, name, wanted)
    parser.feed(html)
    parser.close()
    found = [(attrs, outer) for _start, attrs, outer in sorted(parser.found)]
    # The finder keeps offsets into the text (tests take outer HTML from it);
    # html5lib reads the same text as a browser does, omitted end tags and all.
    # Where they disagree, the finder is wrong and no test may pass with it.
    expected = [
        dict(node.attrib)
        for node in _html5_tree(html).iter(name)
        if _Elements.matches(parser, node.attrib)
    ]
    # An attribute without a value is None to html.parser, "" to html5lib.
    read = [{k: v or "" for k, v in attrs.items()} for attrs, _outer in found]
    assert read == expected, (
        f"the tests' element finder read <{name}> {wanted} differently from "
        f"an HTML5 parser: {len(found)} found, {len(expected)} there"
    )
    return found


@functools.lru_cache(maxsize=16)
def _html5_tree(html):
    """HTML read by an HTML5 parser: a whole page, or a fragment of one."""
    if re.match(r"\s*<!doctype", html, re.IGNORECASE):
        return html5lib.parse(html, namespaceHTMLElements=False)
    return html5lib.parseFragment(html, container="div", namespaceHTMLElements=False)


def element(html, name, **wanted):
    """The outer HTML of the first NAME element with the WANTED attributes."""
    found = elements(html, name, **wanted)
    assert found, f"no <{name}> with {wanted}"
    return found[0][1]


def without(html, name, **wanted):
    """HTML with every NAME element that has the WANTED attributes taken out."""
    for _attrs, outer in elements(html, name, **wanted):
        html = html.replace(outer, "", 1)
    return html


def inner_html(outer):
    """What is between an element's start and end tags."""
    return outer[outer.index(">") + 1 : outer.rindex("</")]


def json_ld(html):
    """Every JSON-LD block of a page, as data."""
    return [
        json.loads(inner_html(outer))
        for _attrs, outer in elements(html, "script", type="application/ld+json")
    ]


def links(html):
    """Every link's address, read with a parser."""
    return [attrs.get("href") for name, attrs in tags(html, "a")]


def asset_urls(html):
    """``(tag, url)`` for everything a page loads by itself: scripts, styles, media."""
    for tag, attrs in tags(html):
        for attr in ASSET_ATTRIBUTES:
            if attrs.get(attr):
                yield tag, attrs[attr]
        if tag == "link" and attrs.get("rel") in ASSET_LINKS:
            yield tag, attrs["href"]


def seed_lines():
    """The lines of Part II's source text, as the author wrote them."""
    return SEED.read_text(encoding="utf-8").splitlines()
