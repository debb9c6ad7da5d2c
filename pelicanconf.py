"""Pelican settings for local work: relative URLs, no feeds, drafts visible."""

# --- Fill these in first: who runs the site, and where -------------------------
# The owner is named as the author of every text and, with the details below,
# in the Impressum that German law requires (§ 5 DDG); the web host on the
# privacy page (Art. 13 DSGVO). Where a required one is missing, every page shows
# a notice naming the setting, and `python3 dev.py publish` refuses to build.
OWNER_NAME = ""
# A postal address where legal papers can be served on you (no P.O. box), one
# line per entry, e.g. ["Straße 1", "12345 Ort"].
OWNER_ADDRESS = []
OWNER_EMAIL = ""
# A second fast way to reach you besides e-mail: a telephone number, e.g.
# "+49 30 1234567", or (leave OWNER_PHONE empty) a contact form's address.
OWNER_PHONE = ""
OWNER_CONTACT_FORM = ""
# If you have one: your VAT ID ("DE123456789") or business ID ("DE123456789-00001").
OWNER_VAT_ID = ""
# The web host that serves the site, as its data processing terms name it, and
# its postal address, one line per entry.
HOST_NAME = ""
HOST_ADDRESS = []
# Where the host processes visitors' data outside the EU and the EEA: "" if
# nowhere; else, in German, the country and the legal basis of the transfer, e.g.
# "USA; Grundlage ist der Angemessenheitsbeschluss der EU-Kommission zum
# EU-US Data Privacy Framework (Art. 45 DSGVO)". None: not answered yet.
HOST_THIRD_COUNTRY = None
# How long the host keeps its access logs, in German, as its terms say, e.g.
# "sieben Tage".
HOST_LOG_RETENTION = ""

# --- Where `python3 dev.py deploy` puts the published site ----------------------
# Set one of the two. A git remote (a name like "origin" or an address): the
# site goes to its own branch there, as GitHub Pages serves it; never the branch
# of the sources (deploy refuses any branch that holds a pelicanconf.py).
DEPLOY_GIT_REMOTE = ""
DEPLOY_GIT_BRANCH = "gh-pages"
# Or the site's own folder on a server, as rsync writes it:
# "user@host:/var/www/blog/" (over SSH; a port or key goes in ~/.ssh/config).
# What the site no longer has is deleted there, so deploy refuses a target with
# no folder ("user@host:"), the root, a folder directly under it, a home folder,
# and a folder with files that deploy did not write (see README, Publishing).
DEPLOY_RSYNC_TARGET = ""

SITENAME = "Netzwerken mit Plan"
SITE_DESCRIPTION = "Ein Leitfaden in drei Teilen zum beruflichen Netzwerken."
SITEURL = ""

PATH = "content"
THEME = "theme"
TIMEZONE = "Europe/Berlin"
DEFAULT_LANG = "de"
DEFAULT_DATE = None
DEFAULT_CATEGORY = "Allgemeines"
DEFAULT_PAGINATION = 5

# The checklist and the series are namespace plugins, installed from their
# folders in plugins/ (python3 dev.py installs them); the site's own plugin
# is found in PLUGIN_PATHS. Each starts the build report first.
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["guide", "checklist", "series_parts"]
# The theme loads the checklist's script itself (its checklist_script macro,
# with the series' progress), so the forms need no script tag of their own.
CHECKLIST_SCRIPT_IN_CONTENT = False
# The theme shows each part's place in its series (partials/series.html).
SERIES_NAV_IN_CONTENT = False

# Every value is escaped unless a template marks it as HTML with |safe: the
# content, the summary and the title (escaped by the plugin's reader, then
# set by typogrify).
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "extensions": [],
    "autoescape": True,
    # Every build makes a new environment: no need to look at each template's
    # file again every time a page uses it.
    "auto_reload": False,
}

TYPOGRIFY = True
# Leave the quotation marks as the author typed them: German text uses „…“, and
# SmartyPants would turn straight quotes into English ones.
TYPOGRIFY_OMIT_FILTERS = ["smartypants"]
# A result's title ("Ein geschlossenes Expertennetzwerk") is a short heading of
# long German words: joined by a no-break space, the last two would not fit a
# phone's line and break mid-word.
TYPOGRIFY_IGNORE_TAGS = ["h4"]

STATIC_PATHS = ["images", "extra/_headers"]
# The HTTP headers the site needs (its Content-Security-Policy among them), for
# hosts that read a _headers file at the site's root.
EXTRA_PATH_METADATA = {"extra/_headers": {"path": "_headers"}}
# Series descriptions are read by the plugin, not rendered as pages.
ARTICLE_EXCLUDES = ["series"]
PAGE_EXCLUDES = ["series"]

# Path-style URLs: pretty, and paginated pages never collide.
ARTICLE_URL = "{date:%Y}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{slug}/index.html"
DRAFT_URL = "entwuerfe/{slug}/"
DRAFT_SAVE_AS = "entwuerfe/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
# A text in another language (Lang: en) gets the same style, under its language.
ARTICLE_LANG_URL = "{lang}/{date:%Y}/{slug}/"
ARTICLE_LANG_SAVE_AS = "{lang}/{date:%Y}/{slug}/index.html"
DRAFT_LANG_URL = "entwuerfe/{lang}/{slug}/"
DRAFT_LANG_SAVE_AS = "entwuerfe/{lang}/{slug}/index.html"
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = "{lang}/{slug}/index.html"
CATEGORY_URL = "kategorie/{slug}/"
CATEGORY_SAVE_AS = "kategorie/{slug}/index.html"
CATEGORIES_URL = "kategorien/"
CATEGORIES_SAVE_AS = "kategorien/index.html"
TAG_URL = "schlagwort/{slug}/"
TAG_SAVE_AS = "schlagwort/{slug}/index.html"
TAGS_URL = "schlagwoerter/"
TAGS_SAVE_AS = "schlagwoerter/index.html"
ARCHIVES_URL = "archiv/"
ARCHIVES_SAVE_AS = "archiv/index.html"
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/seite/{number}/", "{base_name}/seite/{number}/index.html"),
)

DIRECT_TEMPLATES = [
    "index",
    "archives",
    "categories",
    "tags",
    "404",
    "sitemap",
    "robots",
]
SITEMAP_SAVE_AS = "sitemap.xml"
ROBOTS_SAVE_AS = "robots.txt"

# No feeds while writing locally; publishconf.py turns them on.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

RELATIVE_URLS = True

# Future-dated articles are drafts until their day; in the local preview an
# author sees drafts linked from their series.
WITH_FUTURE_DATES = False
SERIES_LINK_DRAFTS = True
