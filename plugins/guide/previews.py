"""Link previews and search engines: what an article says about itself.

The templates' macro ``social`` writes the Open Graph tags, with
``PREVIEW_IMAGE`` where a text has no ``Image`` of its own. This module gives
them the JSON-LD ``BlogPosting`` of an article (a Jinja filter,
``article|blog_posting(SITEURL, OWNER_NAME, image)``): headline, address, dates,
language, description, image, the author where the owner's name is set, and,
for a part of a series, its position and the series it is part of.
"""

from jinja2.utils import htmlsafe_json_dumps
from pelican import signals
from pelican.plugins.author_report.settings import register_jinja
from pelican.plugins.author_report.text import plain_text


def blog_posting(article, siteurl, owner, image):
    url = f"{siteurl}/{article.url}"
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": plain_text(article.title),
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": article.date.isoformat(),
        "inLanguage": article.lang,
        "description": plain_text(article.summary),
        "image": f"{siteurl}/{image}",
    }
    if getattr(article, "modified", None):
        data["dateModified"] = article.modified.isoformat()
    if owner:
        data["author"] = {"@type": "Person", "name": owner}
    part = getattr(article, "series_part", None)
    if part is not None and part.entry.status == "published":
        data["position"] = part.entry.index
        data["isPartOf"] = {
            "@type": "CreativeWorkSeries",
            "name": part.series.title,
            "url": f"{siteurl}/{part.series.url}",
        }
    return data


def json_ld(data):
    """DATA as JSON for a ``<script type="application/ld+json">``: Jinja's
    ``tojson`` (``<``, ``>``, ``&`` and ``'`` escaped, so it cannot end the
    script), with German letters as they are, like the page's other text."""
    return htmlsafe_json_dumps(data, ensure_ascii=False, sort_keys=True)


def add_preview_defaults(pelican):
    """Defaults that depend on other settings."""
    settings = pelican.settings
    # The site's own card, unless a text brings an Image of its own.
    settings.setdefault("PREVIEW_IMAGE", f"{settings['THEME_STATIC_DIR']}/vorschau.png")
    alt = settings["SITENAME"]
    if settings.get("SITE_DESCRIPTION"):
        alt = f"{alt} – {settings['SITE_DESCRIPTION']}"
    settings.setdefault("PREVIEW_IMAGE_ALT", alt)


def register():
    register_jinja(
        filters={
            "blog_posting": blog_posting,
            "json_ld": json_ld,
            "plain_text": plain_text,
        }
    )
    signals.initialized.connect(add_preview_defaults)
