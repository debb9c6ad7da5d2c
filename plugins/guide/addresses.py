"""Each text's address worked out once per build, not at every use.

Pelican formats a text's ``url`` and ``save_as`` from its settings and metadata
every time a template, a feed, a listing or a plugin asks for them, about twenty
times per article in a full build of this site (in a profile at 2,000 articles,
38,000 formattings and a tenth of the build). Once a generator has read its texts,
their metadata is final, and Pelican's own mechanism for a fixed address,
``override_url`` and ``override_save_as`` (what ``URL:`` and ``Save_as:`` in a
text's metadata set), keeps the address it formatted: the output is the same.
"""

from pelican import signals
from pelican.plugins.author_report.compat import fix_address, generator_texts
from pelican.plugins.author_report.settings import SPEED_UPS, register_defaults


def fix_addresses(generator):
    if not generator.settings["SPEED_UPS"]:
        return
    for text in generator_texts(generator):
        for key in ("url", "save_as"):
            fix_address(text, key)


def register():
    register_defaults(SPEED_UPS)
    signals.article_generator_finalized.connect(fix_addresses)
    signals.page_generator_finalized.connect(fix_addresses)
