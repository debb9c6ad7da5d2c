"""The checklist in Pelican: the Markdown extension (extension.py) is
added to ``MARKDOWN`` once, with the site's ``CHECKLIST_*`` settings; checklist
ids are unique on the whole site; feeds and summaries get a plain list instead
of form controls (plain.py); templates ask ``content is with_checklist``.
"""

import logging
from pathlib import Path

from pelican import signals
from pelican.plugins.author_report.compat import set_summary
from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.author_report.report import record
from pelican.plugins.author_report.settings import (
    choose_locale,
    register_jinja,
    set_defaults,
)
from pelican.utils import truncate_html_words

from . import english
from .extension import ChecklistExtension
from .options import LOCALES, TOOL_WORDS, defaults_for, option_problems
from .plain import plain_content
from .render import as_json
from .theme import DEFAULTS as THEME
from .worksheet import DEFAULTS as WORKSHEET

logger = logging.getLogger(__name__)

# The Pelican side's own settings, in German: the link text of the plain list
# in feeds and summaries; and, on the site, the words only the tools say come
# with the tools (see options.py): a page's first load stays within one round
# trip. Every option of the extension is a setting too, CHECKLIST_<NAME>.
SETTINGS = {
    "CHECKLIST_FEED_LINK_TEXT": "Checkliste auf der Website ausfüllen",
    "CHECKLIST_TOOL_WORDS_FILE": "checkliste-woerter.json",
}
LOCALE_SETTINGS = {"de": {}, "en": english.SETTINGS}


def add_defaults(pelican):
    """Fill in every CHECKLIST_* setting the site leaves out, in its locale."""
    settings = pelican.settings
    locale = choose_locale(settings, "CHECKLIST_LOCALE", LOCALES, logger)
    options = {f"CHECKLIST_{k.upper()}": v for k, v in defaults_for(locale).items()}
    more = {**SETTINGS, **WORKSHEET, **THEME, **LOCALE_SETTINGS[locale]}
    set_defaults(settings, {**options, **more})


def checked_options(settings):
    """The extension's options from the CHECKLIST_* settings; a setting the
    checklist cannot use is reported (and its default used, to find more)."""
    locale = settings["CHECKLIST_LOCALE"]
    defaults = defaults_for(locale)
    options = {"locale": locale}
    for name in defaults:
        setting = f"CHECKLIST_{name.upper()}"
        problems = option_problems(name, settings[setting])
        for problem, fix in problems:
            record(AuthorError(f"The setting {setting} {problem}", fix), logger)
        options[name] = defaults[name] if problems else settings[setting]
    return options


def add_extension(pelican):
    settings = pelican.settings
    extensions = settings["MARKDOWN"].setdefault("extensions", [])
    if not any(isinstance(e, ChecklistExtension) for e in extensions):
        extension = ChecklistExtension(**checked_options(settings))
        # Templates and the plain lists see the words the pages carry.
        for name, value in extension.getConfigs().items():
            settings[f"CHECKLIST_{name.upper()}"] = value
        extensions.append(extension)


def write_tool_words(pelican):
    """The words only the tools say, as JSON beside the checklist's script."""
    settings = pelican.settings
    name = settings["CHECKLIST_TOOL_WORDS_FILE"]
    folder = Path(pelican.output_path) / settings["THEME_STATIC_DIR"] / "js"
    if not name or not (folder / "checklist.js").exists():
        return
    words = settings["CHECKLIST_MESSAGES"]
    (folder / name).write_text(
        as_json({k: v for k, v in words.items() if k in TOOL_WORDS}), encoding="utf-8"
    )


def check_unique_ids(generator):
    """A checklist id names one checklist on the whole site.

    Answers are saved in the reader's browser under the checklist's id, so two
    pages with one id would share (and overwrite) each other's answers.
    """
    first = {}
    for content in generator.context["generated_content"].values():
        if content is None:
            continue
        for checklist_id, line in getattr(content, "checklists", ()):
            where = (content.source_path, line)
            if checklist_id not in first:
                first[checklist_id] = where
                continue
            path, first_line = first[checklist_id]
            record(
                AuthorError(
                    f"The checklist id {checklist_id!r} is also used in {path}, "
                    f"line {first_line}. Readers' answers are saved under the id, "
                    "so both pages would share and overwrite them.",
                    f"give this checklist an id of its own, e.g. '{checklist_id}-2'.",
                    *where,
                ),
                logger,
            )


def plain_summaries(generator):
    """Index pages show summaries: a checklist there is a list, not a form."""
    settings = generator.settings
    for article in generator.articles + generator.drafts:
        if "summary" in article.metadata or not has_checklist(article):
            continue
        plain = plain_content(
            article.content,
            f"{settings['SITEURL']}/{article.url}",
            settings["CHECKLIST_FEED_LINK_TEXT"],
        )
        summary = truncate_html_words(plain, settings["SUMMARY_MAX_LENGTH"])
        set_summary(article, summary)


def has_checklist(content):
    """Whether a page or article has a checklist (a Jinja test, too)."""
    return bool(getattr(content, "checklists", None))


def plain_feed(context, feed):
    """Feed readers get a numbered list and a link, never form controls."""
    link_text = context["CHECKLIST_FEED_LINK_TEXT"]
    for item in feed.items:
        for key in ("content", "description"):
            if item.get(key) and 'class="checklist"' in item[key]:
                item[key] = plain_content(item[key], item["link"], link_text)


def register():
    signals.initialized.connect(add_defaults)
    register_jinja(tests={"with_checklist": has_checklist})
    signals.initialized.connect(add_extension)
    signals.article_generator_finalized.connect(plain_summaries)
    signals.page_generator_finalized.connect(check_unique_ids)
    signals.feed_generated.connect(plain_feed)
    signals.finalized.connect(write_tool_words)
