"""Settings defaults: what each feature assumes where the site's settings are silent."""


def set_defaults(settings, defaults):
    """Give SETTINGS every name in DEFAULTS that the site's settings leave out."""
    for name, value in defaults.items():
        settings.setdefault(name, value)
