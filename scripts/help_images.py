"""Refresh the pictures of the built-in guide (resources/help/<lang>/img) from a screenshot run:

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py OUT/id id
    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py OUT/en en
    python scripts/help_images.py OUT

Each picture is scaled to 800 px wide (the guide shows it at 640) to keep the bundle small.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
HELP = ROOT / "resources" / "help"
# guide picture -> the screenshot it is taken from ({lang} filled in), at 100 % font
PICTURES = {
    "intake.png": "intake-filled-{lang}-100.png",
    "queue.png": "queue-{lang}-100.png",
    "review.png": "review-{lang}-100.png",
    "dashboard.png": "dashboard-{lang}-100.png",
    "backup.png": "backup-{lang}-100.png",
}
WIDTH = 800


def main(shots: Path) -> None:
    for lang in ("id", "en"):
        target = HELP / lang / "img"
        target.mkdir(parents=True, exist_ok=True)
        for name, source in PICTURES.items():
            found = shots / lang / source.format(lang=lang)
            if not found.is_file():
                found = shots / source.format(lang=lang)
            with Image.open(found) as image:
                rgb = image.convert("RGB")
                if rgb.width > WIDTH:
                    rgb = rgb.resize((WIDTH, round(rgb.height * WIDTH / rgb.width)), Image.Resampling.LANCZOS)
                # A 64-colour palette keeps text sharp for a fraction of the size.
                rgb.quantize(colors=64).save(target / name, optimize=True)
            print(f"{target / name}: {(target / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
