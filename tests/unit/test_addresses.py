"""A text's address is worked out once, and is the address Pelican works out."""

import copy
import datetime
from types import SimpleNamespace

from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from guide.addresses import fix_addresses


def article(**metadata):
    settings = copy.deepcopy(DEFAULT_CONFIG)
    settings.update(
        ARTICLE_URL="{date:%Y}/{slug}/", ARTICLE_SAVE_AS="{date:%Y}/{slug}/index.html"
    )
    metadata = {"title": "Teil II", "date": datetime.datetime(2010, 3, 3), **metadata}
    return Article(
        "<p>Text</p>", metadata=metadata, settings=settings, source_path="teil-2.md"
    )


def test_the_address_is_kept_as_pelican_formatted_it():
    text = article(slug="wie-finde-ich")
    expected = (text.url, text.save_as)
    fix_addresses(SimpleNamespace(settings={"SPEED_UPS": True}, articles=[text]))
    assert (text.override_url, text.override_save_as) == expected
    assert (text.url, text.save_as) == (
        "2010/wie-finde-ich/",
        "2010/wie-finde-ich/index.html",
    )
    # Later changes no longer reformat it: the metadata is final by then.
    text.slug = "anders"
    assert text.url == "2010/wie-finde-ich/"


def test_an_address_the_author_set_stays_the_authors():
    text = article(
        slug="teil-2", url="eigene/adresse/", save_as="eigene/adresse/index.html"
    )
    fix_addresses(SimpleNamespace(settings={"SPEED_UPS": True}, articles=[text]))
    assert text.url == "eigene/adresse/"
    assert text.save_as == "eigene/adresse/index.html"
