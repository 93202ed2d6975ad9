"""Screenshots of the desk's main screens, for reviewers: `python scripts/screenshots.py OUTDIR`.

Runs on any Qt platform (use `xvfb-run` for a real X server, or QT_QPA_PLATFORM=offscreen).
Uses a throwaway desk with demo data, never the user's own database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path, language: str = "id") -> None:
    home = Path(tempfile.mkdtemp(prefix="lapor-shots-"))
    os.environ["LAPOR_DESK_HOME"] = str(home)
    from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
    from lapor_desk.desk import Desk
    from lapor_desk.settings import DESK_CODE, OFFICER_NAME, UI_LANGUAGE
    from ui.app import build_main_window, create_application

    app = create_application([sys.argv[0]])
    desk = Desk.open()
    desk.settings.set(DESK_CODE, "KAB-BDG-01")
    desk.settings.set(OFFICER_NAME, "Siti Rahmawati")
    desk.settings.set(UI_LANGUAGE, language)
    write_demo_data(desk.db, DemoGenerator(pilot_places(), seed=7, desk_code="KAB-BDG-01"), 300)
    window = build_main_window(app, desk)
    window.show()
    settle()
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / f"intake-{language}.png"))
    window.intake.record()  # an empty form: every required field says what it needs
    window.tasks.wait()
    settle()
    window.grab().save(str(out / f"intake-errors-{language}.png"))
    window.tabs.setCurrentWidget(window.queue)
    settle()
    window.grab().save(str(out / f"queue-{language}.png"))
    window.open_complaint(window.queue_model.complaint_id(0))
    window.tasks.wait()
    settle()
    if window.views:
        window.views[-1].grab().save(str(out / f"complaint-{language}.png"))
    window.close()
    desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"),
         sys.argv[2] if len(sys.argv) > 2 else "id")
