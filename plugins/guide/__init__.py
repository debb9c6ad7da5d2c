"""The site's Pelican plugin (``PLUGINS = ["guide"]``), one module per feature.

Importing the package loads nothing of Pelican: the checklist's Markdown
extension (``pelican.plugins.checklist.extension``) can be used with Python-Markdown
alone. Pelican calls :func:`register`, which wires up every feature.
"""


def register():
    from .plugin import register as register_features

    register_features()
