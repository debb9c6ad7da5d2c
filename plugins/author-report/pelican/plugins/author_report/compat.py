"""Every use of another package's private parts, in one place.

The plugin and the live preview reach into Pelican, Python-Markdown,
typogrify and Pyphen where no public API does what they need. Each such
touchpoint is a name here, with what it relies on; nothing else in the
project touches a private name of another package. ``tests/test_compat.py``
beside this package checks each against the installed packages, so that an
upstream release that changes one fails a test by its name, instead of
changing the output silently.

Replacing typogrify's filters is one of the plugin's speed-ups, switched with
the others by ``SPEED_UPS`` (``settings.py``); the memos serve the live
preview only.
"""

import functools
import logging
import sys

# --- Pelican: its log messages ------------------------------------------------

# What Pelican logs about a source file, word for word (pelican/generators.py,
# pelican/writers.py, pelican/utils.py, pelican/__init__.py): the build report
# turns these into an author's mistakes.
COULD_NOT_PROCESS = "Could not process %s"
SKIPPING_OUTSIDE = "Skipping %s: file %r would be written outside output path"
SKIPPING_MISSING = "Skipping %s: could not find information about '%s'"
NO_STAMP = "Cannot get modification stamp for"
# Texts sharing a slug: (message start, how many arguments it has).
SAME_SLUG = {"There are %s items": 3, "There are %s original": 2, "All items (": 2}
# How ``pelican`` is asked to rebuild at every change (its own command line).
AUTORELOAD = {"-r", "--autoreload"}


def autoreloading():
    """Whether this process is ``pelican --autoreload``, which builds again
    at once after an exception (Pelican tells a plugin nothing about it)."""
    return bool(AUTORELOAD & set(sys.argv))


def switch_off_fatal():
    """Pelican's ``--fatal`` stops at the first message, with a traceback: its
    logger class keeps the level in a class attribute."""
    from pelican.log import FatalLogger

    FatalLogger.fatal_lvl = logging.CRITICAL + 1


def forget_logged_limits():
    """Pelican's log filter remembers what it logged for the life of the
    process; a build in a long-lived process must say everything again."""
    from pelican.log import LimitFilter

    LimitFilter._ignore.clear()
    LimitFilter._raised_messages.clear()


# --- Pelican: a text's inner state ---------------------------------------------


def body_html(content):
    """A text's HTML as read, before Pelican fills in link targets."""
    return getattr(content, "_content", "") or ""


def set_body_html(content, html):
    content._content = html


def set_summary(content, summary):
    """A text's summary, where Pelican's ``summary`` property reads it."""
    content.metadata["summary"] = content._summary = summary


def intrasite_link_pattern(content):
    """Pelican's own pattern for ``{filename}``, ``{static}`` and like links."""
    return content._get_intrasite_link_regex()


# Every list of texts Pelican's article and page generators keep (the
# attributes each fills while it reads): for what must see every text.
GENERATOR_TEXTS = (
    "articles", "translations", "drafts", "drafts_translations", "hidden_articles",
    "hidden_translations", "pages", "hidden_pages", "draft_pages", "draft_translations",
)  # fmt: skip


def generator_texts(generator):
    """Every text GENERATOR keeps, from each of its lists."""
    return [text for name in GENERATOR_TEXTS for text in getattr(generator, name, ())]


def fix_address(text, key):
    """Keep a text's formatted ``url`` or ``save_as`` (KEY): Pelican's
    ``override_url`` / ``override_save_as``, what ``URL:`` and ``Save_as:``
    in a text's metadata set, then win over formatting it again."""
    if not hasattr(text, f"override_{key}"):
        setattr(text, f"override_{key}", getattr(text, key))


# --- Pelican: the Markdown reader ------------------------------------------------

# Python-Markdown's meta extension registers its preprocessor at this priority;
# Pelican's reader takes it out to convert a summary, the plugin puts it back.
META_PRIORITY = 27


def prepare_reader(reader, md, source_path):
    """What Pelican's ``MarkdownReader.read`` sets before converting: the
    Markdown instance its ``_parse_metadata`` converts summaries with."""
    reader._source_path = source_path
    reader._md = md


def parse_metadata(reader, meta):
    """Pelican's ``MarkdownReader._parse_metadata``: Markdown's raw META as
    Pelican's metadata, each value through ``process_metadata``."""
    return reader._parse_metadata(meta)


def keep_meta_preprocessor(md, preprocessor):
    """Put back the meta extension's preprocessor if Pelican took it out."""
    if "meta" not in md.preprocessors:
        md.preprocessors.register(preprocessor, "meta", META_PRIORITY)


# --- Pelican: the writer -----------------------------------------------------------


def writer_opening(opening):
    """A subclass of Pelican's Writer that asks ``self.OPENING(open_file,
    filename, encoding)`` for every output file. ``open_file()`` opens it as
    Pelican does (``Writer._open_w``, where Pelican checks that no file is
    written twice); the method returns the file to write to."""
    from pelican.writers import Writer

    class OpeningWriter(Writer):
        def _open_w(self, filename, encoding, override=False):
            def open_file():
                return super(OpeningWriter, self)._open_w(filename, encoding, override)

            return getattr(self, opening)(open_file, filename, encoding)

    return OpeningWriter


# --- Pelican: templates -----------------------------------------------------------


def add_template_fallback(generator, folder):
    """Let GENERATOR find templates in FOLDER where the theme has none of that
    name: a plugin's default templates, after the theme's own and Pelican's
    ``simple`` theme (the generator's Jinja environment, ``generator.env``)."""
    from jinja2 import ChoiceLoader, FileSystemLoader

    # Pelican sends generator_init once per generator: one fallback each.
    fallback = FileSystemLoader(str(folder))
    generator.env.loader = ChoiceLoader([generator.env.loader, fallback])


# --- Pelican and typogrify: the live preview's memos ---------------------------

# The most results one memo keeps (a few per text and build).
MEMO_MAX = 100_000


def memoize(owner, name, key):
    """Replace ``OWNER.NAME`` by a version that keeps each result under
    ``KEY(*args, **kwargs)``; for functions whose result depends on nothing else."""
    original = getattr(owner, name)
    if getattr(original, "memoized", False):
        return
    results = {}

    @functools.wraps(original)
    def remembered(*args, **kwargs):
        found = key(*args, **kwargs)
        if found not in results:
            if len(results) >= MEMO_MAX:  # bounded: a long session starts over
                results.clear()
            results[found] = original(*args, **kwargs)
        return results[found]

    remembered.memoized = True
    setattr(owner, name, remembered)


def memoize_pelican_work():
    """Keep what Pelican works out again at every build from the same input
    (for the live preview, which builds many times in one process): Pelican's
    and typogrify's functions replaced where Pelican's modules look them up."""
    from pelican import utils
    from pelican.contents import Content
    from typogrify import filters

    # Typogrify runs on every article at every build, cached or not (Pelican
    # applies it after its content cache).
    memoize(
        filters,
        "typogrify",
        lambda text, ignore_tags=None, **omitted: (
            text, tuple(ignore_tags or ()), tuple(sorted(omitted.items()))
        ),
    )  # fmt: skip
    # Pelican's strftime takes each format apart with regular expressions,
    # about seven times per article and build (dates in addresses and pages).
    # The key holds the zone: two aware datetimes of one instant in two zones
    # are equal, but print differently.
    memoize(
        utils,
        "strftime",
        lambda date, date_format: (
            type(date), date, repr(getattr(date, "tzinfo", None)), date_format
        ),
    )  # fmt: skip
    # Slugs of titles, tags and categories, made again from the same words at
    # every build (Pelican's modules each import the function by name).
    from pelican import contents, urlwrappers

    for module in (contents, urlwrappers):
        memoize(
            module,
            "slugify",
            lambda value, regex_subs=(), preserve_case=False, use_unicode=False: (
                value, tuple(map(tuple, regex_subs)), preserve_case, use_unicode
            ),
        )  # fmt: skip
    # A text's path relative to the content folder, worked out again (with
    # abspath and relpath) for every address Pelican formats.
    memoize(
        Content,
        "get_relative_source_path",
        lambda self, source_path=None: (
            source_path or self.source_path, self.settings["PATH"]
        ),
    )  # fmt: skip


# --- typogrify ------------------------------------------------------------------------

_TYPOGRIFY_ORIGINALS = {}


def typogrify_originals():
    """typogrify's own ``widont``, ``caps`` and ``amp``, as they were before
    any replacement (kept here, once, for whoever needs the originals)."""
    from typogrify import filters

    for name in ("widont", "caps", "amp"):
        _TYPOGRIFY_ORIGINALS.setdefault(name, getattr(filters, name))
    return dict(_TYPOGRIFY_ORIGINALS)


def replace_typogrify_filters(**functions):
    """Put FUNCTIONS where ``typogrify.filters.typogrify`` looks its filters up
    (module globals, by name); with no FUNCTIONS, put typogrify's own back."""
    from typogrify import filters

    for name, original in typogrify_originals().items():
        setattr(filters, name, functions.get(name, original))


# --- Pyphen ---------------------------------------------------------------------------


def hyphenation_dictionary(patterns):
    """A ``pyphen.HyphDict`` from parsed PATTERNS (``{letters: (start,
    values)}``), without parsing the pattern file again: the attributes its
    ``positions`` reads."""
    import pyphen

    dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
    dictionary.patterns = patterns
    dictionary.cache = {}
    dictionary.maxlen = max(len(letters) for letters in patterns)
    return dictionary


def patterns_of(dictionary):
    return dictionary.hd.patterns


def cache_dictionary(path, dictionary):
    """Let ``pyphen.Pyphen`` find DICTIONARY for the pattern file at PATH."""
    import pyphen

    pyphen.hdcache[path] = dictionary
