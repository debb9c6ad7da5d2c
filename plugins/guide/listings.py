"""Listing pages that cost time in proportion to what they list, not more.

Pelican writes a page per tag, category and author, and for each one keeps the
site's articles in date order that the page lists: ``[a for a in dates if a in
articles]``, where ``articles`` is a list. Each ``in`` walks that list, so the
work grows with the number of articles times the number each page lists: at
8,000 articles it was the biggest single step that grew faster than the site.
Once the articles are read (``article_generator_finalized``), this gives those
lists a set of their members, so that ``in`` is one lookup and every page costs
what it lists. The lists stay lists, in the same order, with the same
articles; nothing is written differently.
"""

from pelican import signals
from pelican.plugins.author_report.settings import SPEED_UPS, register_defaults


class ArticleList(list):
    """The articles of a listing page; ``in`` asks a set (by identity, as a list
    of articles does: an article equals only itself). Pelican and the plugin
    only read these lists once they are built."""

    def __init__(self, articles):
        super().__init__(articles)
        self._members = {id(article) for article in articles}

    def __contains__(self, article):
        return id(article) in self._members


def index_listings(generator):
    if not generator.settings["SPEED_UPS"]:
        return
    for tag, articles in generator.tags.items():
        generator.tags[tag] = ArticleList(articles)
    for name in ("categories", "authors"):
        listings = getattr(generator, name)
        listings[:] = [(key, ArticleList(articles)) for key, articles in listings]


def register():
    register_defaults(SPEED_UPS)
    signals.article_generator_finalized.connect(index_listings)
