"""Check every file the build will write, before it writes any.

Two sources that would write the same file (an article and a page with one
slug, a page called "archiv") are named together, with both source files. A
file or folder name longer than a file system takes (255 bytes) is named with
its source, instead of failing half-way through writing.
"""

import logging
import posixpath

from pelican import signals
from pelican.plugins.author_report.errors import AuthorError
from pelican.plugins.author_report.report import record
from pelican.plugins.author_report.sources import NAME_MAX

logger = logging.getLogger(__name__)


def planned_outputs(context, settings):
    """``(save_as, source, path, slug)`` for each file the build writes (feeds
    aside); path and slug are None where the output comes from no source file."""
    for content in context["generated_content"].values():
        if content is None:  # a source that could not be read: reported already
            continue
        source = content.source_path
        yield content.save_as, source, source, content.slug
    for series in context.get("series_list", []):
        source = series.source_path
        yield series.save_as, f"the series page of {source}", source, None
    for name in settings["DIRECT_TEMPLATES"]:
        setting = f"{name.upper()}_SAVE_AS"
        yield (
            settings.get(setting, f"{name}.html"),
            f"the setting {setting}",
            None,
            None,
        )
    index = settings.get("SERIES_INDEX_SAVE_AS")
    if index and context.get("series_list"):
        yield index, "the setting SERIES_INDEX_SAVE_AS", None, None
    yield from worksheet_outputs(context, settings)
    for key, kind in (("categories", "category"), ("tags", "tag")):
        for item, _articles in context.get(key, []):
            yield item.save_as, f"the {kind} {str(item)!r}", None, None


def worksheet_outputs(context, settings):
    """The blank worksheet of each checklist id (one id used twice is reported
    by the checklist's own check)."""
    pattern = settings.get("CHECKLIST_WORKSHEET_SAVE_AS")
    seen = set()
    for content in context["generated_content"].values() if pattern else ():
        for checklist_id, _line in getattr(content, "checklists", ()):
            if checklist_id not in seen:
                seen.add(checklist_id)
                source = f"the blank worksheet of {content.source_path}"
                yield pattern.format(id=checklist_id), source, content.source_path, None


def check_outputs(generator):
    context, settings = generator.context, generator.settings
    writers = {}
    for save_as, source, path, slug in planned_outputs(context, settings):
        if not save_as:
            continue
        target = posixpath.normpath(save_as)
        longest = max(target.split("/"), key=lambda part: len(part.encode()))
        if len(longest.encode()) > NAME_MAX:
            record(
                AuthorError(
                    f"The output {save_as!r} has a name of "
                    f"{len(longest.encode())} bytes; file systems allow "
                    f"{NAME_MAX}.",
                    "give it a shorter Slug (by default the slug is made from "
                    "the title).",
                    path,
                ),
                logger,
            )
            continue
        if target in writers:
            other, other_path, other_slug = writers[target]
            if slug and slug == other_slug:
                continue  # Pelican warns about texts sharing a slug: reported
            record(
                AuthorError(
                    f"{other} and {source} would both be written to {save_as!r}, "
                    "and one would be lost.",
                    "give one of them another Slug.",
                    path or other_path,
                ),
                logger,
            )
            continue
        writers[target] = (source, path, slug)


def register():
    # Pages are read after articles: here every source is known, nothing written.
    signals.page_generator_finalized.connect(check_outputs)
