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


def test_topics_are_named_in_english_on_the_english_screens(window: MainWindow, qtbot) -> None:
    """The shipped topic tree carries English names: the complaint view and the form's topic list
    speak English when switched, Indonesian again when switched back."""
    qtbot.waitUntil(lambda: window.reference is not None, timeout=60_000)
    saved = window.desk.complaints.record(walk_in(category_id="infrastruktur.jalan", agency_name="")).complaint
    topics = window.intake.editors["category_id"]

    def listed() -> list[str]:
        return [topics.itemText(i) for i in range(topics.count())]

    window.set_language("en")  # the widgets retranslate on Qt's LanguageChange event, posted
    qtbot.waitUntil(lambda: "Infrastructure › Roads and Bridges" in listed(), timeout=30_000)
    assert "Infrastruktur › Jalan dan Jembatan" not in listed()
    window.open_complaint(saved.id)
    qtbot.waitUntil(lambda: bool(window.views), timeout=60_000)
    text = _texts(window.views[-1])
    assert "Infrastructure › Roads and Bridges" in text and "Jalan dan Jembatan" not in text
    window.views[-1].close()
    window.set_language("id")
    qtbot.waitUntil(lambda: "Infrastruktur › Jalan dan Jembatan" in listed(), timeout=30_000)


def test_the_centrals_topic_list_without_english_keeps_the_shipped_english_names() -> None:
    from lapor_desk.reference import ReferenceData

    central = ReferenceData.from_documents(
        {"categories": [{"id": "sosial", "parent": None, "name": "Sosial"}, {"id": "baru", "name": "Topik Baru"}]},
        {"agencies": []},
    )
    assert central.topic_path("sosial", "en") == "Social Affairs"
    assert central.topic_path("baru", "en") == "Topik Baru"  # no English anywhere: the list's own name
    assert central.topic_path("sosial") == "Sosial"
