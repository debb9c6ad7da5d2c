"""Connect each feature of the site's plugin to Pelican's signals."""

from . import (
    addresses,
    assets,
    build_report,
    checklist,
    checklist_worksheet,
    dates,
    images,
    links,
    listings,
    output_paths,
    owner,
    prereading,
    previews,
    reader,
    search,
    series,
    template_cache,
    typography,
)


def register():
    # First: the build report collects what the other receivers of
    # `initialized` find in the settings.
    build_report.register_report()
    reader.register()
    prereading.register()
    template_cache.register()
    typography.register()
    owner.register()
    dates.register()
    previews.register()
    checklist.register()
    checklist_worksheet.register()
    images.register()
    links.register()
    series.register()
    search.register()
    listings.register()
    addresses.register()
    output_paths.register()
    assets.register()
    # Last: Pelican calls receivers in the order they were connected, and the
    # build must stop only once every other receiver of a signal has reported.
    build_report.register()
