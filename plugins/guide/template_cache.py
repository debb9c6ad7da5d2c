"""Each template compiled once per build, not once per generator.

Pelican gives every generator (articles, pages, the plugin's series and
search pages) a Jinja environment of its own, and each compiles the templates
it uses, ``base.html`` and the partials among them. One in-memory cache of
compiled templates, shared through ``JINJA_ENVIRONMENT``, lets the first
compilation serve them all. Jinja checks each source's checksum, so an edited
template is compiled again; the live preview keeps its cache across builds.
"""

from jinja2 import BytecodeCache
from pelican import signals
from pelican.plugins.author_report.settings import SPEED_UPS, register_defaults


class TemplateCache(BytecodeCache):
    """Jinja's compiled templates, kept in memory."""

    def __init__(self):
        self.store = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket):
        self.store[bucket.key] = bucket.bytecode_to_string()

    def __getstate__(self):
        # Pelican's content cache pickles the settings, this among them:
        # the compiled templates are not worth writing to disk.
        return {"store": {}}


def share_compiled_templates(pelican):
    if not pelican.settings["SPEED_UPS"]:
        return
    environment = pelican.settings.setdefault("JINJA_ENVIRONMENT", {})
    environment.setdefault("bytecode_cache", TemplateCache())


def register():
    register_defaults(SPEED_UPS)
    signals.initialized.connect(share_compiled_templates)
