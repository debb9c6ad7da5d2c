"""Connect each feature of the site's plugin to Pelican's signals."""

from . import dates


def register():
    dates.register()
