"""Connect each of the site's own features to Pelican's signals.

The checklist and the series are plugins of their own (``plugins/checklist``,
``plugins/series-parts``), installed as packages; like this one, each starts
the build report of ``pelican-author-report`` first.
"""

from pelican.plugins import author_report

from . import (
    addresses,
    assets,
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
    template_cache,
    typography,
)


def register():
    # First: the build report collects what the other receivers of
    # `initialized` find in the settings (it stops the build after them all).
    author_report.register()
    reader.register()
    prereading.register()
    template_cache.register()
    typography.register()
    owner.register()
    dates.register()
    previews.register()
    images.register()
    links.register()
    search.register()
    listings.register()
    addresses.register()
    output_paths.register()
    assets.register()
