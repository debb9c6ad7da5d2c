"""Images that do not make the page jump: ``width``, ``height`` and lazy loading.

A Python-Markdown extension: every ``<img>`` that Markdown writes for an image
of the site itself (``![…]({static}/images/bild.png)`` or ``/images/bild.png``)
gets the image's own width and height, read from the file's header with
``imagesize``, so the browser keeps its place before it loads, and
``loading="lazy"`` and ``decoding="async"``. Images from elsewhere are left
alone (the build warns about them: the site's CSP blocks them).

The extension needs only ``markdown`` and ``imagesize``; :func:`register` adds it
to Pelican's Markdown settings with the content folder as its root.
"""

import posixpath
import re
from pathlib import Path

import imagesize
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from pelican import signals

# Pelican's link syntax for files of the site, then a site-absolute path.
LOCAL_RE = re.compile(
    r"^(?:\{(?:static|attach|filename)\}|\|(?:static|attach|filename)\|)?/"
)


class ImageSizeTreeprocessor(Treeprocessor):
    def __init__(self, md, root):
        super().__init__(md)
        self.root = Path(root) if root else None

    def run(self, root):
        for image in root.iter("img"):
            source = image.get("src", "")
            if not LOCAL_RE.match(source):
                continue
            image.set("loading", "lazy")
            image.set("decoding", "async")
            size = self.size(LOCAL_RE.sub("", source, count=1))
            if size:
                image.set("width", str(size[0]))
                image.set("height", str(size[1]))

    def size(self, relative):
        if self.root is None:
            return None
        path = self.root / posixpath.normpath(relative.split("?")[0].split("#")[0])
        try:
            width, height = imagesize.get(path)
        except (OSError, ValueError):
            return None
        return (width, height) if width > 0 and height > 0 else None


class ImageSizeExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "root": ["", "The folder that site-absolute image paths start in"]
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # After the inline patterns (priority 20) have made the <img> elements.
        md.treeprocessors.register(
            ImageSizeTreeprocessor(md, self.getConfigs()["root"]), "image_size", 5
        )


def makeExtension(**kwargs):
    return ImageSizeExtension(**kwargs)


def add_extension(pelican):
    extensions = pelican.settings["MARKDOWN"].setdefault("extensions", [])
    if not any(isinstance(e, ImageSizeExtension) for e in extensions):
        extensions.append(ImageSizeExtension(root=pelican.settings["PATH"]))


def register():
    signals.initialized.connect(add_extension)
