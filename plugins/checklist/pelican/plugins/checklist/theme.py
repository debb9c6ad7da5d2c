"""The checklist's script, styles and worksheet template, for any theme.

- ``static/``: the script's modules (``js/``, entry ``checklist.js``) and the
  worksheet's stylesheet (``css/worksheet.css``), copied with the theme's own
  static files into ``THEME_STATIC_DIR`` (this folder is added to
  ``THEME_STATIC_PATHS``).
- ``templates/worksheet.html``: the blank worksheet's page, used where the
  theme has no ``worksheet.html`` of its own.
- A theme that does not load the script itself gets it with each form
  (``CHECKLIST_SCRIPT_IN_CONTENT``, default ``True``): a module script and
  the plugin's small stylesheet (``standalone/css/checklist.css``, copied
  only then) at the end of the form, so that feeds and summaries, which show
  the form as a plain list, leave them out with the form. A theme that loads
  the script where it wants (this site's, in ``article.html``) sets the
  setting to ``False``.
"""

import re
from pathlib import Path

from pelican import signals
from pelican.plugins.author_report.compat import (
    add_template_fallback,
    body_html,
    set_body_html,
)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
STANDALONE = HERE / "standalone"  # for themes that do not style the checklist
TEMPLATES = HERE / "templates"
# Filled in with the checklist's other settings (checklist.add_defaults).
DEFAULTS = {"CHECKLIST_SCRIPT_IN_CONTENT": True}
FORM_END_RE = re.compile(r"(<form\b[^>]*\bclass=\"checklist\"[^>]*>.*?)(</form>)", re.S)


def add_static_files(pelican):
    settings = pelican.settings
    ours = [STATIC, *([STANDALONE] if settings["CHECKLIST_SCRIPT_IN_CONTENT"] else [])]
    paths = list(settings["THEME_STATIC_PATHS"])
    settings["THEME_STATIC_PATHS"] = paths + [
        str(p) for p in ours if str(p) not in paths
    ]


def add_templates(generator):
    add_template_fallback(generator, TEMPLATES)


def add_script(content):
    """Each form of CONTENT ends with the module script that brings it to life."""
    settings = content.settings
    html = body_html(content)
    if not settings["CHECKLIST_SCRIPT_IN_CONTENT"] or 'class="checklist"' not in html:
        return
    theme = f"{settings['SITEURL']}/{settings['THEME_STATIC_DIR']}"
    script = (
        f'<link rel="stylesheet" href="{theme}/css/checklist.css">'
        f'<script type="module" src="{theme}/js/checklist.js"></script>'
    )
    set_body_html(content, FORM_END_RE.sub(rf"\1{script}\2", html))


def register():
    signals.initialized.connect(add_static_files)
    signals.generator_init.connect(add_templates)
    signals.content_object_init.connect(add_script)
