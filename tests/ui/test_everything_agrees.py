"""One complaint, every surface: the printed receipt, the queue row, the review item, the
dashboard and the monthly recap show the same deadlines and the same words (issue 15).

The desk has a regional closure and a non-default deadline profile (2/4/10/30), so a
surface that counts with a bare calendar or the national 3/5/10/60 profile disagrees.
Each surface is read as the user sees it: the receipt's PDF text, the queue's and the
review's cells, the dashboard's labels and charts, the recap's CSV.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from lapor_desk.deadlines import Closure, ClosureKind
from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.reports.figures import Period
from lapor_desk.review import Section
from lapor_desk.settings import DEADLINE_PROFILE, DESK_CODE, OFFICE_NAME, OFFICER_NAME
from lapor_desk.sync import updates
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow
from ui.supervision.dashboard import DashboardView
from ui.supervision.review_view import ReviewView

from factories import PASSWORD, WIB, FixedClock, walk_in

RECEIVED = datetime(2026, 11, 25, 10, 0, tzinfo=WIB)  # a Wednesday
TODAY = datetime(2026, 11, 30, 10, 0, tzinfo=WIB)  # the Monday after: the regency's anniversary, closed
CLOSED = date(2026, 11, 30)
# 2 HK to verify: Thu 26, Fri 27. With the national 3/5/10/60 and no closure it would be Mon 30
# (due today, not yet late); 2 + 4 HK skip the closed Monday (Fri 4 Dec, not Thu 3); 30 days.
VERIFY_BY, FOLLOW_UP_BY, CASE_BY = date(2026, 11, 27), date(2026, 12, 4), date(2026, 12, 25)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(RECEIVED)


@pytest.fixture
def desk(isolated_home: Path, clock: FixedClock) -> Iterator[Desk]:
    d = Desk.open(clock=clock)
    d.settings.set(DESK_CODE, "KAB-BDG-01")
    d.settings.set(OFFICER_NAME, "Siti Rahmawati")
    d.settings.set(OFFICE_NAME, "Bagian Organisasi Setda Kab. Bandung")
    d.settings.set(DEADLINE_PROFILE, "2/4/10/30")
    yield d
    d.close()


@pytest.fixture
def window(qapp: QApplication, qtbot, desk: Desk, clock: FixedClock) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    create_application()
    win = build_main_window(qapp, desk)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    admin = desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD)
    win.session.begin(admin)
    desk.supervision.calendar.add(admin, [Closure(CLOSED, ClosureKind.REGIONAL, "HUT Kabupaten Bandung")])
    # Two complaints received on Wednesday: one still waits for verification, the other the
    # central has verified and an agency is working on (its update applied as the sync does).
    desk.session(admin).complaints.record(walk_in(received_at=RECEIVED))
    working = (
        desk.session(admin)
        .complaints.record(walk_in(title="Lampu jalan padam di Cinunuk", received_at=RECEIVED))
        .complaint
    )
    update = {
        "client_id": working.client_id,
        "cursor": "1",
        "kind": "status",
        "status": "in_progress",
        "tracking_id": 1916449,
        "at": "2026-11-26T03:00:00+00:00",
    }
    with desk.db.write() as conn:
        updates.apply(conn, [update], RECEIVED, desk.supervision.audit)
    clock.now = TODAY
    win.queue_model.reload()
    qtbot.waitUntil(lambda: len(win.queue_model.rows) == 2)
    yield win
    win.tasks.wait()
    win.set_language("id")


def receipt_text(window: MainWindow, qtbot, complaint_id: int, path: Path) -> str:  # type: ignore[no-untyped-def]
    window.receipts.ask_path = lambda _name: path
    with qtbot.waitSignal(window.receipts.saved, timeout=20_000):
        window.receipts.save_pdf(complaint_id)
    return " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())


def printed_dates(text: str) -> list[date]:
    return [datetime.strptime(d, "%d-%m-%Y").date() for d in re.findall(r"\b(\d\d-\d\d-\d{4}) \(", text)]


def queue_cells(window: MainWindow, complaint_id: int) -> dict[str, str]:
    model = window.queue_model
    row = next(i for i, r in enumerate(model.rows) if r.id == complaint_id)
    return {
        name: str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
        for column, name in enumerate(model.COLUMNS)
    } | {
        "deadline_tip": str(model.data(model.index(row, model.COLUMNS.index("deadline")), Qt.ItemDataRole.ToolTipRole))
    }


def review_cells(review: ReviewView) -> dict[int, list[str]]:
    m = review.model
    return {
        int(m.item(r, 0).data(Qt.ItemDataRole.UserRole)): [m.item(r, c).text() for c in range(m.columnCount())]
        for r in range(m.rowCount())
    }


def recap_rows(window: MainWindow, desk: Desk, out: Path) -> list[list[str]]:
    assert window.actor is not None
    desk.supervision.reports.export_monthly(window.actor, Period.month(2026, 11), "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        return [row for row in csv.reader(f, delimiter=";")]


def short(day: date) -> str:
    """A date as the queue and the review queue write it ("27 Nov"), in the current language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def surfaces(window: MainWindow, qtbot, desk: Desk, tmp_path: Path, language: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Everything the five surfaces show about the two complaints, in `language`."""
    window.set_language(language)
    waiting, working = sorted(r.id for r in window.queue_model.rows)
    shown: dict = {  # type: ignore[type-arg]
        "receipt": {c: receipt_text(window, qtbot, c, tmp_path / f"{language}-{c}.pdf") for c in (waiting, working)},
        "queue": {c: queue_cells(window, c) for c in (waiting, working)},
    }
    review = window.role_tab("Tinjauan" if language == "id" else "Review")
    assert isinstance(review, ReviewView)
    review.counts = {}
    review.show_section(Section.DEADLINE)
    review.reload()  # afresh, in this language and at this "now"
    qtbot.waitUntil(lambda: bool(review.counts), timeout=20_000)
    shown["review"] = review_cells(review)
    dashboard = window.role_tab("Dasbor" if language == "id" else "Dashboard")
    assert isinstance(dashboard, DashboardView)
    dashboard.reload()
    qtbot.waitUntil(lambda: dashboard.figures is not None and dashboard.figures.total == 2, timeout=20_000)
    shown["dashboard"] = {
        "overdue": dashboard.summary["overdue"].text(),
        "compliance": dashboard.summary_notes["compliance"].text(),
        **{name: dashboard.charts[name].categories() for name in ("status", "type", "channel")},
    }
    shown["recap"] = recap_rows(window, desk, tmp_path / f"rekap-{language}.csv")
    shown["ids"] = (waiting, working)
    return shown


@pytest.mark.parametrize("language", ["id", "en"])
def test_receipt_queue_review_dashboard_and_recap_agree_on_deadlines(window, qtbot, desk, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    shown = surfaces(window, qtbot, desk, tmp_path, language)
    waiting, working = shown["ids"]

    # The receipt prints the three dates of the desk's calendar and profile, for both complaints.
    for complaint_id in (waiting, working):
        assert printed_dates(shown["receipt"][complaint_id]) == [VERIFY_BY, FOLLOW_UP_BY, CASE_BY]
    # The queue's next deadline is the receipt's date of that stage: verification for the
    # complaint still waiting, the whole case for the one in progress.
    assert shown["queue"][waiting]["deadline"].startswith(short(VERIFY_BY) + " ·")
    assert shown["queue"][working]["deadline"].startswith(short(CASE_BY) + " ·")
    # Verification was due on Friday: late now (the closed Monday is no working day in between).
    late_words = {"id": "Lewat tenggat", "en": "Overdue"}[language]
    assert shown["queue"][waiting]["deadline_tip"].endswith(late_words)
    assert not shown["queue"][working]["deadline_tip"].endswith(late_words)
    # The review queue lists exactly the late one, with the queue's own words for its deadline.
    assert list(shown["review"]) == [waiting]
    assert shown["review"][waiting][0] == shown["queue"][waiting]["receipt"]
    assert shown["review"][waiting][4] == shown["queue"][waiting]["deadline"]
    # The dashboard and the recap count that one as overdue now, and its first follow-up as not
    # yet due (Fri 4 Dec): the same calendar, profile and "now" as the queue and the review queue.
    assert shown["dashboard"]["overdue"] == "1"
    recap = {row[0]: row[1] for row in shown["recap"] if len(row) >= 2}
    # The recap's rows by their names in this language (the recap is written in the desk's language).
    assert recap[translate("recap.overdue_now", language)] == "1"
    compliance = [
        recap[translate("recap.on_time", language)],
        recap[translate("recap.late", language)],
        recap[translate("recap.overdue_open", language)],
        recap[translate("recap.pending", language)],
    ]
    assert compliance == ["0", "0", "0", "1"]
    assert re.findall(r"\d+", shown["dashboard"]["compliance"]) == compliance


@pytest.mark.parametrize("language", ["id", "en"])
def test_receipt_queue_review_dashboard_and_recap_agree_on_labels(window, qtbot, desk, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    shown = surfaces(window, qtbot, desk, tmp_path, language)
    waiting, working = shown["ids"]
    recap_labels = {row[0] for row in shown["recap"] if len(row) == 2}  # (label, count) rows of the count tables
    for complaint_id in (waiting, working):
        queue = shown["queue"][complaint_id]
        # Type and channel: the receipt's words are the queue's, the dashboard's and the recap's.
        for what in ("type", "channel"):
            assert queue[what] in shown["receipt"][complaint_id], (what, queue[what])
            assert queue[what] in shown["dashboard"][what], (what, queue[what])
            assert queue[what] in recap_labels, (what, queue[what])
        assert queue["status"] in shown["dashboard"]["status"], queue["status"]
        assert queue["status"] in recap_labels, queue["status"]
    assert shown["review"][waiting][3] == shown["queue"][waiting]["status"]
