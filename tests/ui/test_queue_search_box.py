"""The queue's one search box in the real window: any number a citizen brings, names, prefixes;
the total, the empty state, the order, and demo data that never reads "antre kirim"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import update

from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.audit_words import describe
from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
from lapor_desk.storage import repository as repo
from ui.shell.main_window import MainWindow

from factories import WIB, walk_in

NIK = "3204055507900003"


def _record(window: MainWindow) -> dict[str, int]:
    complaints = window.desk.complaints
    ids = {}
    for title, name, nik, phone, day in (
        ("Jalan desa rusak berlubang", "Budi Santoso", "3204051203850002", "0811-2222-3333", 18),
        ("Puskesmas antre lama sekali", "Siti Aminah", NIK, "0812-3456-7890", 19),
        ("Lampu penerangan padam", "Made Wirawan", "5171010101800004", "0813-9999-0000", 17),
    ):
        saved = complaints.record(
            walk_in(
                title=title,
                body=f"{title}. Mohon segera ditindaklanjuti oleh instansi terkait, terima kasih.",
                location_text="Desa Cibiru Wetan",
                reporter_name=name,
                reporter_nik=nik,
                reporter_phone=phone,
                incident_date=date(2026, 11, 1),
                received_at=datetime(2026, 11, day, 9, tzinfo=WIB),
            )
        )
        ids[name] = saved.complaint.id
    with window.desk.db.write() as conn:  # the central's tracking ID, as the sync sets it
        conn.execute(update(repo.COMPLAINTS).where(repo.C.id == ids["Siti Aminah"]).values(tracking_id="1916449"))
    return ids


def _search(window: MainWindow, qtbot, typed: str) -> list[int]:
    view, model = window.queue, window.queue_model
    view.search.setText(typed)
    view.apply_filter()  # as Enter does (the box also searches by itself after a pause)
    qtbot.waitUntil(
        lambda: not model._loading and model.total is not None and model.filter.text == typed, timeout=30_000
    )
    return [r.id for r in model.rows]


def _cells(window: MainWindow) -> list[str]:
    model = window.queue_model
    return [
        str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_one_box_finds_each_number_a_citizen_brings(window: MainWindow, qtbot) -> None:
    ids = _record(window)
    siti = ids["Siti Aminah"]
    receipt = window.desk.complaints.get(siti).receipt_number
    assert receipt
    cases = {
        "receipt, lower case": receipt.lower(),
        "LAPOR! number": "1916449",
        "NIK": NIK,
        "phone as written": "0812-3456-7890",
        "phone with +62 and spaces": "+62 812 3456 7890",
        "phone with 62 and dots": "62.812.3456.7890",
        "name": "siti aminah",
        "name prefix": "amin",
        "word prefix": "puskes",
    }
    for what, typed in cases.items():
        assert _search(window, qtbot, typed) == [siti], what
        assert window.queue.count_label.text() == "1 dari 1 pengaduan ditampilkan", what
        assert NIK not in " ".join(_cells(window)), what  # found by NIK, never shown by it
    assert _search(window, qtbot, "jal") == [ids["Budi Santoso"]]


def test_empty_result_says_what_was_searched(window: MainWindow, qtbot) -> None:
    _record(window)
    view = window.queue
    assert _search(window, qtbot, "0899-0000-1111") == []
    qtbot.waitUntil(lambda: not view.empty_label.isHidden(), timeout=30_000)
    assert '"0899-0000-1111"' in view.empty_label.text() and "NIK" in view.empty_label.text()
    assert view.count_label.text() == "0 dari 0 pengaduan ditampilkan"
    _search(window, qtbot, "puskesmas")
    qtbot.waitUntil(view.empty_label.isHidden, timeout=30_000)


def test_newest_received_first_and_the_header_sorts(window: MainWindow, qtbot) -> None:
    ids = _record(window)
    by_received = [ids["Siti Aminah"], ids["Budi Santoso"], ids["Made Wirawan"]]
    assert _search(window, qtbot, "") == by_received
    assert "dari 3 pengaduan" in window.queue.count_label.text()
    model, header = window.queue_model, window.queue.table.horizontalHeader()
    header.sectionClicked.emit(model.COLUMNS.index("received"))  # a click on "Diterima": oldest first
    qtbot.waitUntil(lambda: not model._loading and [r.id for r in model.rows] == by_received[::-1], timeout=30_000)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    header.sectionClicked.emit(model.COLUMNS.index("received"))  # and back
    qtbot.waitUntil(lambda: not model._loading and [r.id for r in model.rows] == by_received, timeout=30_000)
    # A click on "Tenggat": the most urgent first (the oldest receipt here: all three are waiting
    # for verification, so the earliest received is due first).
    header.sectionClicked.emit(model.COLUMNS.index("deadline"))
    qtbot.waitUntil(lambda: not model._loading and [r.id for r in model.rows] == by_received[::-1], timeout=30_000)
    assert header.sortIndicatorSection() == model.COLUMNS.index("deadline")
    dues = [r.deadline.due for r in model.rows if r.deadline is not None]
    assert len(dues) == 3 and dues == sorted(dues)


def test_demo_data_is_marked_and_never_waiting_to_be_sent(window: MainWindow, qtbot) -> None:
    write_demo_data(window.desk.db, DemoGenerator(pilot_places(), seed=3), 5)
    _search(window, qtbot, "")
    model = window.queue_model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=30_000)
    status = model.COLUMNS.index("status")
    shown = {model.data(model.index(r, status), Qt.ItemDataRole.DisplayRole) for r in range(5)}
    assert shown == {"Data latihan (tidak dikirim)"}
    assert not any("antre kirim" in text for text in _cells(window))
    # and the complaint view says the same, not the status the central would have
    from ui.queue.complaint_view import ComplaintView

    view = ComplaintView(window.desk.complaints.get(model.rows[0].id))
    qtbot.addWidget(view)
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "Data latihan (tidak dikirim)" in texts and not any("antre kirim" in t for t in texts)


def test_nik_and_phone_searches_are_audited_masked_once(window: MainWindow, qtbot) -> None:
    """DOMAIN privacy: the trail keeps who looked a citizen up by NIK or phone, with the number
    masked, the complaints shown; a word search is not personal data; a reload is noted once."""
    ids = _record(window)
    trail = window.desk.supervision.audit
    searches = AuditFilter(actions=(str(AuditAction.SEARCH_PERSONAL),))
    assert _search(window, qtbot, NIK) == [ids["Siti Aminah"]]
    assert _search(window, qtbot, "+62 812 3456 7890") == [ids["Siti Aminah"]]
    assert _search(window, qtbot, "puskes") == [ids["Siti Aminah"]]
    window.queue_model.reload()  # as after a sync: the same search again
    qtbot.waitUntil(lambda: not window.queue_model._loading, timeout=30_000)
    found = trail.page(searches)
    assert [(e.actor, e.target) for e in found] == [("siti", "search:queue")] * 2
    by_kind = {tuple(e.detail["fields"]): e.detail for e in found}
    assert by_kind[("reporter_nik",)]["searched"] == "320405******0003"
    assert by_kind[("reporter_phone",)]["searched"].endswith("7890")
    assert "812" not in by_kind[("reporter_phone",)]["searched"]
    assert all(d["complaints"] == [ids["Siti Aminah"]] and d["found"] == 1 for d in by_kind.values())
    assert NIK not in str([e.detail for e in found])
    said = {describe(e, "id") for e in found} | {describe(e, "en") for e in found}
    assert "Mencari pengaduan dengan NIK 320405******0003: 1 ditemukan" in said
    assert any(s.startswith("Searched complaints by phone number") for s in said)


def _arrow_points_down(header, section: int) -> bool:  # type: ignore[no-untyped-def]
    """Which way the sort arrow drawn on `section` points, read from the pixels: the arrow is what
    differs between the two orders; a "▼" has its wide end on top (its ink's centre above the middle
    of the place where both arrows are drawn)."""
    order = header.sortIndicatorOrder()
    images = {}
    for drawn in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        header.setSortIndicator(section, drawn)
        images[drawn] = header.grab().toImage()
    header.setSortIndicator(section, order)
    shown, other = (
        images[order],
        images[Qt.SortOrder.DescendingOrder if order == Qt.SortOrder.AscendingOrder else Qt.SortOrder.AscendingOrder],
    )
    ink, both = [], []
    for y in range(shown.height()):
        for x in range(shown.width()):
            a, b = shown.pixelColor(x, y).lightness(), other.pixelColor(x, y).lightness()
            if abs(a - b) > 40:
                both.append(y)
                if a < b:
                    ink.append(y)
    assert ink and both, "no sort arrow drawn"
    middle = (min(both) + max(both)) / 2
    return sum(ink) / len(ink) < middle


def test_the_received_arrow_points_the_way_the_list_runs(window: MainWindow, qtbot) -> None:
    """Newest first is a descending order of the received date: "▼", as on every desktop; a click
    turns it to oldest first and "▲"."""
    _record(window)
    model, header = window.queue_model, window.queue.table.horizontalHeader()
    received = model.COLUMNS.index("received")
    _search(window, qtbot, "")
    assert header.sortIndicatorSection() == received and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _arrow_points_down(header, received)
    header.sectionClicked.emit(received)
    qtbot.waitUntil(lambda: not model._loading and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)
    assert not _arrow_points_down(header, received)
