"""Pelican settings for the published site: absolute URLs, feeds, clean output."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# The address the site is published at; set SITEURL to publish elsewhere.
SITEURL = os.environ.get("SITEURL", "https://networking.example").rstrip("/")
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/alle.atom.xml"

DELETE_OUTPUT_DIRECTORY = True
ASSETS_MINIFY_HTML = True

# Drafts are neither written nor linked on the published site.
SERIES_LINK_DRAFTS = False
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
