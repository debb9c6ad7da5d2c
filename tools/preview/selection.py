"""Which pages a build of the preview writes: all, or only those that show
the texts whose bodies were edited.

The preview knows the pages Pelican itself writes (a text's own page, the
listings, the feeds). Which other pages show a text, a plugin says: a plugin
module with ``shown_texts(localcontext)`` names the texts a page rendered
with that context shows (the series: its landing pages and overview; the
checklist: its blank worksheets). So the preview knows no feature.
"""

import os

from pelican.plugins.author_report.compat import generator_texts, writer_opening

# Metadata that a body edit may change and that only the pages a selection
# writes anyway can show: where things are in the source (for the build report),
# which checklists a text has (its own page) and the summary (its own page,
# listings, series pages and feeds that hold it; the plugin derives it from the
# body for a text with a checklist).
FROM_THE_BODY = frozenset({"source_lines", "checklists", "summary"})


def signature(content):
    """Everything of an article or page that other pages may show, but its body."""
    metadata = sorted(
        (key, str(value))
        for key, value in content.metadata.items()
        if key not in FROM_THE_BODY
    )
    # Addresses follow from the metadata and the settings; a change to the
    # settings is not a body edit anyway.
    return (type(content).__name__, str(metadata))


class Selection:
    """Which outputs a build writes: all, or those showing the edited texts.

    When the only change is the body of existing articles or pages (everything
    else about every text is as it was), the pages that can show it are the
    text's own page, the listing pages that hold it (home, category and tag
    pages, by their page of the pagination), the pages of its series and the
    series overview, the blank worksheets of its checklists, and the feeds
    that contain it (what a plugin's ``shown_texts`` names). Only those are
    rendered;
    everything else is left as the last build wrote it. Anything else (a new,
    removed or renamed file, a title, a date, a tag, a template, the settings)
    writes the whole site again.
    """

    def __init__(self):
        self.shown = []  # the plugins' shown_texts
        self.signatures = None  # of the last good build
        self.edited = None  # source paths whose bodies changed, or None
        self.targets = None  # the edited texts of this build; None: write all
        self.skipped = set()
        self.pending = None

    def use_plugins(self, plugins):
        """The plugins of this build that say which pages show which texts."""
        self.shown = [p.shown_texts for p in plugins if hasattr(p, "shown_texts")]

    def start(self, edited):
        self.edited = edited
        self.targets = None
        self.skipped = set()

    def context_ready(self, generators):
        """Decide, once every text is read: write all, or only what shows these."""
        contents = [c for generator in generators for c in generator_texts(generator)]
        signatures = {content.source_path: signature(content) for content in contents}
        same = signatures == self.signatures
        self.pending = signatures
        if same and self.edited:
            self.targets = {c for c in contents if c.source_path in self.edited}

    def finished(self, good):
        if good:
            self.signatures = self.pending

    def wanted(self, localcontext):
        """Whether a page with LOCALCONTEXT can show one of the targets."""
        targets = self.targets
        text = localcontext.get("article") or localcontext.get("page")
        if text in targets:
            return True
        for key in ("articles_page", "dates_page"):
            page = localcontext.get(key)
            if page and targets.intersection(page.object_list):
                return True
        return any(targets.intersection(shown(localcontext)) for shown in self.shown)


SELECTION = Selection()


class _SelectiveTemplate:
    """A template that renders only pages the selection wants."""

    def __init__(self, template):
        self.template = template

    def render(self, localcontext):
        if SELECTION.wanted(localcontext):
            return self.template.render(localcontext)
        SELECTION.skipped.add(localcontext["output_file"])
        return ""


def selective_writer():
    """Pelican's writer, writing only what :data:`SELECTION` wants."""

    class SelectiveWriter(writer_opening("opening")):
        def write_file(self, name, template, context, *args, **kwargs):
            targets = SELECTION.targets
            if targets is not None:
                # Decide before Pelican makes the folders for a page: a page
                # list that does not hold a target is skipped whole; in one
                # that does, each page of the pagination decides for itself.
                listed = kwargs.get("articles") or kwargs.get("dates")
                template_name = kwargs.get("template_name")
                paginated = template_name in self.settings["PAGINATED_TEMPLATES"]
                if listed is not None and paginated:
                    if not targets.intersection(listed):
                        return None
                elif not SELECTION.wanted(kwargs):
                    return None
                template = _SelectiveTemplate(template)
            return super().write_file(name, template, context, *args, **kwargs)

        def write_feed(self, elements, context, path=None, *args, **kwargs):
            targets = SELECTION.targets
            if targets is not None and path:
                shown = elements[: self.settings["FEED_MAX_ITEMS"]]
                if not targets.intersection(shown):
                    return None
            return super().write_feed(elements, context, path, *args, **kwargs)

        def opening(self, open_file, filename, encoding):
            if os.path.relpath(filename, self.output_path) in SELECTION.skipped:
                return open(os.devnull, "w", encoding=encoding)
            return open_file()

    return SelectiveWriter


def use_selection():
    """Let :data:`SELECTION` see every build's texts and choose its writer."""
    from pelican import signals

    writer = selective_writer()
    signals.all_generators_finalized.connect(SELECTION.context_ready)
    signals.get_writer.connect(lambda _pelican: writer, weak=False)
