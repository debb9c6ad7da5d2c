"""Listing pages find their articles by lookup, and list exactly what they did."""

from types import SimpleNamespace

from guide.listings import ArticleList, index_listings


class Text:
    """Stands for an article: equal only to itself, as Pelican's are."""


def test_an_article_list_answers_in_by_identity_and_stays_a_list():
    first, second, other = Text(), Text(), Text()
    listed = ArticleList([second, first])
    assert list(listed) == [second, first]
    assert first in listed and second in listed and other not in listed
    assert isinstance(listed, list) and len(listed) == 2


def test_tags_categories_and_authors_get_article_lists_in_the_same_order():
    a, b, c = Text(), Text(), Text()
    generator = SimpleNamespace(
        settings={"SPEED_UPS": True},
        tags={"xing": [a, b], "netzwerk": [c]},
        categories=[("networking", [b, c])],
        authors=[("redaktion", [a])],
    )
    index_listings(generator)
    assert generator.tags == {"xing": [a, b], "netzwerk": [c]}
    assert generator.categories == [("networking", [b, c])]
    assert generator.authors == [("redaktion", [a])]
    for articles in [*generator.tags.values(), generator.categories[0][1]]:
        assert isinstance(articles, ArticleList)
    # Pelican's own step: the site's articles by date that a page lists.
    dates = [c, b, a]
    assert [x for x in dates if x in generator.tags["xing"]] == [b, a]


def test_without_the_speed_ups_the_lists_stay_pelicans():
    a = Text()
    generator = SimpleNamespace(
        settings={"SPEED_UPS": False}, tags={"xing": [a]}, categories=[], authors=[]
    )
    index_listings(generator)
    assert type(generator.tags["xing"]) is list
