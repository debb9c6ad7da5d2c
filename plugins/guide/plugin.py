"""Connect each feature of the site's plugin to Pelican's signals."""

from . import assets, checklist, dates, series


def register():
    dates.register()
    checklist.register()
    series.register()
    assets.register()
