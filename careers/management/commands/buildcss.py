"""`make css`: the stylesheet, fonts and icons in static/, rebuilt from the pinned FKUI packages.

Only this build needs Node (the npm packages in package-lock.json); the site
serves the committed files, so running it or its Python tests needs none.
tests/test_assets.py builds into a temporary folder and compares, as the
catalogue check does for the .mo file.
"""

import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
SASS = NODE_MODULES / ".bin" / "sass"
SOURCE = Path(settings.BASE_DIR) / "static" / "scss" / "site.scss"
INTER = NODE_MODULES / "@fkui" / "font-default" / "fonts"
LICENSE = NODE_MODULES / "@fkui" / "design" / "LICENSE.md"
SPRITE = NODE_MODULES / "@fkui" / "icon-lib-default" / "dist" / "f" / "spritesheet.svg"

# Two weights: 400 for text, 600 for labels, headings and bold (see static/scss/_own-base.scss).
FONTS = {"inter-400.woff2": "Inter-Regular.woff2", "inter-600.woff2": "Inter-SemiBold.woff2"}
# What Swedish pages need: printable ASCII, the Nordic and a few borrowed
# letters, Swedish typography's punctuation, no-break space and soft hyphen.
CHARACTERS = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "ÅÄÖåäöÉéÈèÜüÆæØøÀà"
    + "–—‘’“”„…•·«»§°×−€\u00a0\u00ad"
)
# Only what the pages show; a symbol's `style` becomes presentation attributes,
# because the site's CSP allows no style attributes.
ICONS = ["alert", "arrow-down", "arrow-right", "chevrons-left", "circle", "error", "i",
         "new-window", "success", "triangle"]
SVG = "http://www.w3.org/2000/svg"


class Command(BaseCommand):
    help = "Bygger static/css/site.css, typsnitten och ikonerna från FKUI-paketen (kräver npm ci)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(Path(settings.BASE_DIR) / "static"),
                            help="Mappen som css/, fonts/ och fkui/ skrivs till.")

    def handle(self, *args, output, **options):
        if not SASS.exists():
            raise CommandError(f"{SASS} saknas: kör npm ci först.")
        output = Path(output)
        for folder in ("css", "fonts", "fkui"):
            (output / folder).mkdir(parents=True, exist_ok=True)
        self.css(output / "css" / "site.css")
        self.fonts(output / "fonts")
        self.icons(output / "fkui" / "icons.svg")
        # FKUI's MIT licence asks for its notice beside every copy of its code.
        shutil.copyfile(LICENSE, output / "fkui" / "LICENSE.md")
        self.stdout.write(f"Byggt i {output}.")

    def css(self, target):
        subprocess.run([str(SASS), "--pkg-importer=node", "--no-source-map", "--style=compressed",
                        "--no-charset", str(SOURCE), str(target)], check=True, cwd=settings.BASE_DIR)
        text = target.read_text(encoding="utf-8").lstrip("\ufeff")
        target.write_text(text.rstrip("\n") + "\n", encoding="utf-8")

    def fonts(self, folder):
        from fontTools import subset

        logging.getLogger("fontTools").setLevel(logging.WARNING)  # it logs every glyph it keeps
        for name, source in FONTS.items():
            # Hinting and alternate glyphs add bytes that screens today do not use.
            options = subset.Options(flavor="woff2", hinting=False, desubroutinize=True,
                                     layout_features=["kern", "liga", "tnum"], name_IDs=["*"])
            font = subset.load_font(str(INTER / source), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=CHARACTERS)
            subsetter.subset(font)
            with tempfile.TemporaryDirectory() as tmp:
                # woff2 output is written by path; the copy keeps a failed run from leaving half a file.
                path = Path(tmp) / name
                subset.save_font(font, str(path), options)
                shutil.copyfile(path, folder / name)

    def icons(self, target):
        ElementTree.register_namespace("", SVG)
        sprite = ElementTree.parse(SPRITE).getroot()
        out = ElementTree.Element(f"{{{SVG}}}svg")
        for name in ICONS:
            symbol = sprite.find(f"{{{SVG}}}symbol[@id='f-icon-{name}']")
            if symbol is None:
                raise CommandError(f"f-icon-{name} finns inte i {SPRITE}.")
            for element in symbol.iter():
                element.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
                for declaration in filter(None, element.attrib.pop("style", "").split(";")):
                    key, value = declaration.split(":", 1)
                    element.set(key.strip(), value.strip())
            out.append(symbol)
        text = ElementTree.tostring(out, encoding="unicode")
        target.write_text(re.sub(r">\s+<", "><", text) + "\n", encoding="utf-8")
