"""Connect each feature of the site's plugin to Pelican's signals."""

from . import checklist, dates, series


def register():
    dates.register()
    checklist.register()
    series.register()
