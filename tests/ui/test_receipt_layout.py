"""The printed receipt stays inside the printable area of common printers and never splits its
number (issue 16): read back from the PDF with poppler (text positions and the rendered page)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from lapor_desk.desk import Desk
from lapor_desk.receipt import sheets_to_print
from lapor_desk.settings import (
    DESK_CODE,
    DESK_COUNTER,
    DESK_PHONE,
    OFFICE_ADDRESS,
    OFFICE_NAME,
    OFFICE_PHONE,
    RECEIPT_COPIES,
)
from ui.intake.receipt_render import save_pdf

from factories import walk_in

MM = 72 / 25.4  # PDF points per millimetre
# The least margin each layout promises (issue 16): office printers lose up to 6 mm at the edge of
# an A4 sheet, an 80 mm thermal roll prints its middle 72 mm.
LEAST_MARGIN_MM = {"a4": 10.0, "roll80": 3.0}
# The longest desk code the settings accept (20 characters) and a counter (4 more, an office's
# counters file under "<desk>-<counter>") make the longest receipt number.
DESK, COUNTER = "KAB-BANDUNG-BARAT-07", "LT2A"
OFFICE = "Bagian Organisasi Sekretariat Daerah Kabupaten Bandung Barat Provinsi Jawa Barat"
ADDRESS = "Jl. Raya Padalarang-Cisarua Km 2, Kompleks Perkantoran Pemerintah Kabupaten Bandung Barat, Ngamprah 40552"
AGENCY = "Dinas-Pekerjaan-Umum-dan-Penataan-Ruang-Kabupaten-Bandung-Barat-tanpa-spasi"  # no place to wrap


def words(pdf: Path) -> list[tuple[int, float, float, float, float, float, float, str]]:
    """(page, page width, page height, xMin, yMin, xMax, yMax, text) of every word, in points."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    out = []
    for number, page in enumerate(ET.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}page")):
        w, h = float(page.get("width", 0)), float(page.get("height", 0))
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            box = [float(word.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")]
            out.append((number, w, h, *box, word.text or ""))
    return out


def dark_in_margins(pdf: Path, tmp: Path, margin_mm: float) -> list[tuple[int, str]]:
    """(page, edge) of each margin strip where anything is drawn (text, QR code, rules, lines)."""
    dpi = 100
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp / "page")], check=True)
    edge = int(margin_mm / 25.4 * dpi) - 1  # less one pixel of rounding
    found = []
    for number, png in enumerate(sorted(tmp.glob("page*.png"))):
        image = Image.open(png).convert("L")
        w, h = image.size
        strips = {
            "left": (0, 0, edge, h),
            "top": (0, 0, w, edge),
            "right": (w - edge, 0, w, h),
            "bottom": (0, h - edge, w, h),
        }
        found += [(number, name) for name, box in strips.items() if image.crop(box).getextrema()[0] < 128]
    return found


@pytest.fixture
def office_desk(desk: Desk) -> Desk:
    desk.settings.set(DESK_CODE, DESK)
    desk.settings.set(DESK_COUNTER, COUNTER)
    desk.settings.set(OFFICE_NAME, OFFICE)
    desk.settings.set(OFFICE_ADDRESS, ADDRESS)
    desk.settings.set(OFFICE_PHONE, "(022) 6866 1234")
    desk.settings.set(DESK_PHONE, "0811-2233-4455")
    return desk


@pytest.mark.parametrize("layout", ["a4", "roll80"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_receipt_is_inside_the_printable_area_with_its_number_on_one_line(
    qapp, office_desk: Desk, tmp_path: Path, layout: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    complaint = office_desk.complaints.record(
        walk_in(agency_name=AGENCY, title="Jembatan gantung di Desa Cikole putus setelah hujan deras semalam")
    ).complaint
    number = complaint.receipt_number
    assert number is not None and number.startswith(f"{DESK}-{COUNTER}-") and len(number) == len(DESK) + 19
    receipts = [
        office_desk.complaints.receipt_of(complaint, language=language, sheet=sheet, copy_number=1)
        for sheet in sheets_to_print("both")
    ]
    pdf = tmp_path / f"tanda-terima-{layout}.pdf"
    save_pdf(receipts, pdf, layout)

    found = words(pdf)
    assert {page for page, *_ in found} == {0, 1}  # the citizen's sheet, then the office's
    margin = LEAST_MARGIN_MM[layout] * MM
    outside = [
        (page, text, round(x0 / MM, 1), round(y0 / MM, 1), round((w - x1) / MM, 1), round((h - y1) / MM, 1))
        for page, w, h, x0, y0, x1, y1, text in found
        if x0 < margin or y0 < margin or x1 > w - margin or y1 > h - margin
    ]
    assert outside == [], "text within the margin (page, word, mm from left, top, right, bottom)"

    # The number on one line wherever it is printed: as a whole word, never in pieces.
    for page in (0, 1):
        texts = [re.sub(r"[.,:;()]", "", t) for p, *_box, t in found if p == page]
        assert texts.count(number) >= 2, texts  # large under the heading, and in how to ask for news
        pieces = [t for t in texts if t != number and len(t) >= 3 and (number.startswith(t) or number.endswith(t))]
        assert pieces == [], pieces
    # The letterhead (office name, address, phone from the settings) heads each sheet.
    text = " ".join(t for *_rest, t in found)
    assert text.startswith(OFFICE.split()[0])
    assert "Ngamprah 40552" in text and "6866 1234" in text
    citizen, office = (
        ("Lembar untuk pelapor", "Lembar arsip kantor") if language == "id" else ("Citizen's copy", "Office copy")
    )
    pages = [" ".join(t for p, *_box, t in found if p == page) for page in (0, 1)]
    assert citizen in pages[0] and office not in pages[0]
    assert office in pages[1] and citizen not in pages[1]

    # Nothing drawn at all (QR code, rules, signature lines) within the margin.
    assert dark_in_margins(pdf, tmp_path, LEAST_MARGIN_MM[layout]) == []


def test_the_copies_setting_chooses_the_sheets_the_window_prints(window, qtbot, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.actor is not None
    complaint = desk.session(window.actor).complaints.record(walk_in()).complaint
    for setting, sheets in (
        ("citizen", ["Lembar untuk pelapor"]),
        ("both", ["Lembar untuk pelapor", "Lembar arsip kantor"]),
        ("office", ["Lembar arsip kantor"]),
    ):
        desk.settings.set(RECEIPT_COPIES, setting)
        pdf = tmp_path / f"{setting}.pdf"
        window.receipts.ask_path = lambda _name, pdf=pdf: pdf
        with qtbot.waitSignal(window.receipts.saved, timeout=20_000):
            window.receipts.save_pdf(complaint.id)
        found = words(pdf)
        pages = [" ".join(t for p, *_box, t in found if p == page) for page in sorted({p for p, *_ in found})]
        assert [
            next(s for s in ("Lembar untuk pelapor", "Lembar arsip kantor") if s in text) for text in pages
        ] == sheets
        assert all(complaint.receipt_number in text for text in pages)
