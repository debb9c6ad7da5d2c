"""Why a browser test cannot run in an engine: what the tool cannot do there,
not what the site does wrong (each was checked as a site bug first). Used as
``@pytest.mark.not_in("firefox", why=...)`` (tests/browser/conftest.py)."""

# Playwright drives Debian's Firefox ESR over WebDriver BiDi, which has no way
# (yet) to switch JavaScript off for a browser context: the page's script runs.
JS_OFF = "Playwright over WebDriver BiDi cannot switch JavaScript off"
# BiDi Firefox does not report downloads to Playwright ("download" never fires).
NO_DOWNLOAD = "Playwright over WebDriver BiDi sees no download"
# Page.go_back waits for a load event that Firefox's back/forward cache never
# sends over BiDi.
NO_GO_BACK = "Playwright's go_back waits forever in BiDi Firefox"
# emulate_media(media="print") has no effect over BiDi (and print-to-PDF is
# Chromium's): the print styles are checked in Chromium.
NO_PRINT_MEDIA = "Playwright over WebDriver BiDi cannot emulate print media"
# fill() sets the value as a script would, past maxlength, where typing stops.
FILL_IGNORES_MAXLENGTH = "fill() over BiDi writes past maxlength, as no reader can"
# Firefox hyphenates German itself (hyphens: auto): a word on two lines has a
# hyphen there, which this test (made for Chromium without a German
# dictionary, relying on the build's soft hyphens) cannot tell apart.
HYPHENATES_ITSELF = "Firefox hyphenates German itself; the test is for soft hyphens"
