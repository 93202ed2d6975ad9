"""The complaint view speaks in names: region, topic and agency; the central's choice of agency
and its latest follow-up at the top, for the clerk who answers a citizen's phone call."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel

from lapor_desk.storage import repository as repo
from ui.queue.complaint_view import ComplaintView
from ui.shell.main_window import MainWindow

from factories import walk_in


def _texts(view: ComplaintView) -> str:
    return " | ".join(label.text() for label in view.findChildren(QLabel))


def test_names_not_codes_and_the_centrals_word_at_the_top(window: MainWindow, qtbot) -> None:
    qtbot.waitUntil(lambda: window.regions is not None and window.reference is not None, timeout=60_000)
    assert window.regions is not None and window.reference is not None
    village = window.regions.children(window.regions.children("32.04")[0].code)[0]
    topic = next(t for t in window.reference.topics if t.parent)
    agency = window.reference.agencies[0]
    saved = window.desk.complaints.record(
        walk_in(
            regency_code="32.04",
            district_code=village.parent_code,
            village_code=village.code,
            category_id=topic.id,
            agency_name="",
        )
    ).complaint
    at = datetime(2026, 11, 23, 3, tzinfo=UTC)
    with window.desk.db.write() as conn:  # what the sync writes when the central forwards and follows up
        repo.insert_events(
            conn,
            [
                {
                    "complaint_id": saved.id,
                    "at": at,
                    "kind": "central_status",
                    "actor": "central",
                    "detail": {"status": "verified", "agency": agency.id, "text": ""},
                },
                {
                    "complaint_id": saved.id,
                    "at": at.replace(hour=5),
                    "kind": "central_follow_up",
                    "actor": "central",
                    "detail": {"status": "in_progress", "text": "Petugas sudah meninjau lokasi."},
                },
            ],
        )
    window.open_complaint(saved.id)
    qtbot.waitUntil(lambda: bool(window.views), timeout=60_000)
    view = window.views[-1]
    assert isinstance(view, ComplaintView)
    assert view.region_label.text().startswith(village.label) and "Kabupaten Bandung" in view.region_label.text()
    assert village.code in view.region_label.toolTip()  # the codes one hover away
    text = _texts(view)
    assert window.reference.topic_path(topic.id) in text and topic.id not in text
    assert view.agency_label.text() == f"{agency.name} (diteruskan oleh pusat)"
    assert view.follow_up_label.text().endswith("— Petugas sudah meninjau lokasi.")
    assert view.deadline_label is not None  # the next deadline sits in the same box, at the top
    view.close()


def test_before_the_central_answers(qtbot) -> None:
    from lapor_desk.domain.complaint import Complaint

    complaint = Complaint(**vars(walk_in(agency_name="")), id=3, receipt_number="KAB-BDG-01-20261120-0003")
    view = ComplaintView(complaint)
    qtbot.addWidget(view)
    assert view.agency_label.text() == "Belum diketahui"
    assert view.follow_up_label.text() == "Belum ada tindak lanjut dari pusat"
    assert view.region_label.text() == "32 / 32.04"  # no directory given: codes, never nothing
