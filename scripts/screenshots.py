"""Screenshots of the desk for review: `xvfb-run -a python scripts/screenshots.py OUTDIR [id|en]`.

Writes the intake form (empty, with field errors, and filled with attachments and a duplicate
warning), the queue, a complaint, and the receipt PDF's page, each at 100% and 200% font size.
Uses a throwaway desk with demo data, never the user's own database. Needs pdftoppm (poppler).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path, language: str = "id") -> None:
    home = Path(tempfile.mkdtemp(prefix="lapor-shots-"))
    os.environ["LAPOR_DESK_HOME"] = str(home)
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
    from lapor_desk.desk import Desk
    from lapor_desk.domain.enums import Channel, ReportType
    from lapor_desk.settings import DESK_CODE, DESK_NAME, DESK_PHONE, OFFICER_NAME, OFFICER_NIP, UI_LANGUAGE
    from ui.app import build_main_window, create_application

    app = create_application([sys.argv[0]])
    desk = Desk.open()
    desk.settings.set(DESK_CODE, "KAB-BDG-01")
    desk.settings.set(DESK_NAME, "Meja Pengaduan Kabupaten Bandung")
    desk.settings.set(DESK_PHONE, "022-5891234")
    desk.settings.set(OFFICER_NAME, "Siti Rahmawati")
    desk.settings.set(OFFICER_NIP, "198503122010012001")
    desk.settings.set(UI_LANGUAGE, language)
    write_demo_data(desk.db, DemoGenerator(pilot_places(), seed=7, desk_code="KAB-BDG-01"), 300)
    from factories import walk_in  # tests/factories.py: a valid walk-in complaint

    earlier = desk.complaints.record(walk_in(title="Jalan desa rusak di Cileunyi Kulon",
                                             reporter_nik="3204055203900003",
                                             received_at=datetime.now().astimezone())).complaint
    out.mkdir(parents=True, exist_ok=True)
    normal = app.font()
    for scale in (1, 2):
        font = QFont(normal)
        font.setPointSizeF(normal.pointSizeF() * scale)
        app.setFont(font)
        window = build_main_window(app, desk)
        window.resize(1200 * scale if scale == 1 else 1900, 820 if scale == 1 else 1060)
        window.show()
        settle(900)  # regions load in the background
        tag = f"{language}-{scale * 100}"
        window.grab().save(str(out / f"intake-{tag}.png"))
        window.intake.record()
        window.tasks.wait()
        settle()
        window.grab().save(str(out / f"intake-errors-{tag}.png"))
        form = window.intake
        form.clear_form()
        w = form.editors
        w["type"].set_value(ReportType.PENGADUAN)
        w["channel"].set_value(Channel.WALK_IN)
        w["title"].setText("Jalan rusak berlubang di Cileunyi Kulon")
        w["body"].setPlainText("Jalan utama desa berlubang besar sejak musim hujan.")
        w["village_code"].set_code("32.04.05.2001")
        for name, code in (("province_code", "32"), ("regency_code", "32.04"), ("district_code", "32.04.05")):
            w[name].set_code(code)
        w["reporter_name"].setText("Dewi Lestari")
        w["reporter_nik"].setText("3204055203900003")
        form.duplicates.show_candidates(desk.complaints.find_duplicates(form.read_input()[0]))
        form.duplicates.set_link(earlier.id)
        settle()
        window.grab().save(str(out / f"intake-filled-{tag}.png"))
        window.tabs.setCurrentWidget(window.queue)
        settle()
        window.grab().save(str(out / f"queue-{tag}.png"))
        window.open_complaint(earlier.id)
        window.tasks.wait()
        settle()
        if window.views:
            window.views[-1].grab().save(str(out / f"complaint-{tag}.png"))
            window.views[-1].close()
        window.close()
    app.setFont(normal)
    pdf = out / f"receipt-{language}.pdf"
    window.receipts.ask_path = lambda _name: pdf
    window.receipts.save_pdf(earlier.id)
    window.tasks.wait()
    settle(600)
    window.tasks.wait()
    if pdf.exists():
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf), str(out / f"receipt-{language}")],
                       check=True)
    desk.close()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), sys.argv[2] if len(sys.argv) > 2 else "id")
