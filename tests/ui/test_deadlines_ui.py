"""Deadlines on screen: the queue's Tenggat column and filter, and the next deadline in a complaint's view."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from typing import cast

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from lapor_desk.audit import AuditTrail
from lapor_desk.deadlines import Deadlines, DeskCalendar
from lapor_desk.domain.enums import Status
from lapor_desk.domain.queue import Deadline, DeadlineState, QueueFilter, Stage
from lapor_desk.domain.workdays import WorkingDayCalendar
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database
from ui.common import style
from ui.common.tasks import TaskRunner
from ui.queue.complaint_view import ComplaintView
from ui.queue.queue_model import QueueModel
from ui.queue.queue_view import QueueView

from factories import WIB, FixedClock, walk_in

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=WIB)  # a Friday


pytestmark = pytest.mark.usefixtures("indonesian_dates")  # tests/ui/conftest.py


@pytest.fixture
def queue(qtbot, db: Database, settings: Settings) -> Iterator[tuple[QueueView, dict[str, int]]]:
    """Complaints whose verification falls due before, on and after this Friday."""
    clock = FixedClock(NOW)
    calendar = DeskCalendar(db, AuditTrail(db, clock), settings, clock)
    service = ComplaintService(db, settings, EventBus(), clock, deadlines=calendar.deadlines)

    def rec(title: str, received: datetime, status: Status = Status.RECORDED) -> int:
        cid = service.record(walk_in(title=title, received_at=received, incident_date=date(2026, 9, 1))).complaint.id
        with sqlite3.connect(str(db.path)) as raw:
            raw.execute("UPDATE complaints SET status = ? WHERE id = ?", (str(status), cid))
        return cid

    ids = {
        "late_two": rec("Verifikasi terlambat dua hari", datetime(2026, 11, 13, 9, tzinfo=WIB)),  # due Wed 18 Nov
        "late_one": rec("Verifikasi terlambat satu hari", datetime(2026, 11, 16, 9, tzinfo=WIB)),  # due Thu 19 Nov
        "today": rec("Jatuh tempo hari ini", datetime(2026, 11, 17, 9, tzinfo=WIB)),  # due Fri 20 Nov
        "case_tomorrow": rec(
            "Kasus enam puluh hari", datetime(2026, 9, 22, 9, tzinfo=WIB), Status.IN_PROGRESS
        ),  # due Sat 21 Nov
        "monday": rec("Jatuh tempo hari Senin", datetime(2026, 11, 18, 9, tzinfo=WIB)),  # due Mon 23 Nov
        "fresh": rec("Baru diterima pagi ini", datetime(2026, 11, 20, 8, tzinfo=WIB)),  # due Wed 25 Nov
        "done": rec("Sudah selesai", datetime(2026, 11, 2, 9, tzinfo=WIB), Status.COMPLETED),
    }
    tasks = TaskRunner()
    model = QueueModel(service, tasks, page_size=3)
    view = QueueView(model)
    qtbot.addWidget(view)
    model.reload()
    qtbot.waitUntil(lambda: not model._loading)
    yield view, ids
    tasks.wait()


def _cell(model: QueueModel, cid: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    row = [r.id for r in model.rows].index(cid)
    return model.data(model.index(row, model.COLUMNS.index("deadline")), role)


def _load_all(qtbot, model: QueueModel) -> None:
    def more() -> bool:
        if model.canFetchMore():
            model.fetchMore()
        return not model._loading and not model.canFetchMore()

    qtbot.waitUntil(more)


def test_the_tenggat_column_says_when_and_how_late(qtbot, queue) -> None:  # type: ignore[no-untyped-def]
    view, ids = queue
    model = view.model
    _load_all(qtbot, model)
    assert len(model.rows) == len(ids)
    header = view.table.horizontalHeader()
    column = model.COLUMNS.index("deadline")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Tenggat"
    assert header.visualIndex(column) == header.visualIndex(model.COLUMNS.index("status")) + 1
    assert _cell(model, ids["late_two"]) == "18 Nov · lewat 2 HK"
    assert _cell(model, ids["late_one"]) == "19 Nov · lewat 1 HK"
    assert _cell(model, ids["today"]) == "20 Nov · hari ini"
    assert _cell(model, ids["case_tomorrow"]) == "21 Nov · besok"
    assert _cell(model, ids["monday"]) == "23 Nov · 1 HK lagi"
    assert _cell(model, ids["fresh"]) == "25 Nov · 3 HK lagi"
    assert _cell(model, ids["done"]) is None  # no clock runs on a completed complaint
    # Colour marks late and close deadlines, but the words carry it too; overdue is bold as well.
    assert _cell(model, ids["late_one"], Qt.ItemDataRole.ForegroundRole) == QColor(style.ERROR)
    assert _cell(model, ids["monday"], Qt.ItemDataRole.ForegroundRole) == QColor(style.WARNING)
    assert _cell(model, ids["fresh"], Qt.ItemDataRole.ForegroundRole) is None
    font = _cell(model, ids["late_one"], Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert _cell(model, ids["monday"], Qt.ItemDataRole.FontRole) is None
    assert _cell(model, ids["late_two"], Qt.ItemDataRole.ToolTipRole) == (
        "Verifikasi: jatuh tempo Rabu, 18 November 2026 (lewat 2 hari kerja) — Lewat tenggat"
    )
    # The other columns keep their places (row 0: the newest received).
    assert model.data(model.index(0, 5)) == "Baru diterima pagi ini"


def test_the_deadline_filter(qtbot, queue) -> None:  # type: ignore[no-untyped-def]
    view, ids = queue
    model = view.model

    def choose(state: DeadlineState | None) -> list[int]:
        view.deadline.setCurrentIndex(view.deadline.findData(state))
        assert view.current_filter().deadline is state
        qtbot.waitUntil(lambda: model.filter.deadline is state and not model._loading)
        _load_all(qtbot, model)
        return [r.id for r in model.rows]

    assert view.deadline.accessibleName() == "Saring tenggat"
    assert [view.deadline.itemText(i) for i in range(3)] == [
        "Semua tenggat",
        "Lewat tenggat",
        "Lewat atau ≤ 1 hari kerja lagi",
    ]
    assert choose(DeadlineState.OVERDUE) == [ids["late_one"], ids["late_two"]]
    # Due within a working day: today, Saturday's 60-day case and Monday (the next working day),
    # newest received first (the 60-day case came in September).
    assert choose(DeadlineState.DUE_SOON) == [
        ids["monday"],
        ids["today"],
        ids["late_one"],
        ids["late_two"],
        ids["case_tomorrow"],
    ]
    assert [_cell(model, r.id) for r in model.rows] == [
        "23 Nov · 1 HK lagi",
        "20 Nov · hari ini",
        "19 Nov · lewat 1 HK",
        "18 Nov · lewat 2 HK",
        "21 Nov · besok",
    ]
    # With the status filter as well: nothing in progress is overdue yet.
    view.status.setCurrentIndex(view.status.findData(Status.IN_PROGRESS))
    qtbot.waitUntil(lambda: model.filter.statuses == (Status.IN_PROGRESS,) and not model._loading)
    assert [r.id for r in model.rows] == [ids["case_tomorrow"]]
    view.status.setCurrentIndex(0)
    assert len(choose(None)) == len(ids)


def test_a_filter_on_deadlines_without_a_calendar_says_so(
    qtbot, db: Database, settings: Settings, clock: FixedClock
) -> None:
    tasks = TaskRunner()
    model = QueueModel(ComplaintService(db, settings, EventBus(), clock), tasks)
    failures: list[str] = []
    model.load_failed.connect(failures.append)
    with qtbot.waitSignal(model.load_failed):
        model.set_filter(QueueFilter(deadline=DeadlineState.OVERDUE))
    assert failures and "calendar" in failures[0] and model.rows == []
    tasks.wait()


def _colour(label) -> QColor:  # type: ignore[no-untyped-def]
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_complaint_view_shows_the_next_deadline(qtbot, db: Database, settings: Settings) -> None:
    clock = FixedClock(datetime(2026, 3, 25, 9, 0, tzinfo=WIB))  # the first day back after Lebaran 2026
    service = ComplaintService(db, settings, EventBus(), clock)
    received = datetime(2026, 3, 16, 10, 0, tzinfo=WIB)
    complaint = service.record(walk_in(received_at=received, incident_date=date(2026, 3, 1))).complaint
    # Verify within 3 HK of Mon 16 Mar: 17, 25 and 26 Mar (18-24 Mar closed for Nyepi and Idul Fitri).
    deadline = Deadlines(WorkingDayCalendar()).for_complaint(complaint.status, received.date(), clock().date())
    assert deadline is not None
    view = ComplaintView(complaint, None, deadline=deadline)
    qtbot.addWidget(view)
    assert view.deadline_label is not None
    assert view.deadline_label.text() == ("Verifikasi: jatuh tempo Kamis, 26 Maret 2026 (besok) — Segera jatuh tempo")
    assert _colour(view.deadline_label) == QColor(style.WARNING)
    assert not view.deadline_label.font().bold()

    late = Deadline(Stage.FOLLOW_UP, date(2026, 12, 3), DeadlineState.OVERDUE, -2, date(2026, 12, 7))
    overdue = ComplaintView(complaint, None, deadline=late)
    qtbot.addWidget(overdue)
    assert overdue.deadline_label is not None
    assert overdue.deadline_label.text() == (
        "Tindak lanjut pertama: jatuh tempo Kamis, 3 Desember 2026 (lewat 2 hari kerja) — Lewat tenggat"
    )
    assert _colour(overdue.deadline_label) == QColor(style.ERROR) and overdue.deadline_label.font().bold()

    on_track = Deadline(Stage.CASE, date(2027, 1, 20), DeadlineState.ON_TRACK, 30, date(2026, 12, 7))
    calm = ComplaintView(complaint, None, deadline=on_track)
    qtbot.addWidget(calm)
    assert calm.deadline_label is not None and "(30 hari kerja lagi) — Sesuai jadwal" in calm.deadline_label.text()
    assert _colour(calm.deadline_label) != QColor(style.ERROR)

    plain = ComplaintView(complaint, None)  # as before: no deadline passed, no row
    qtbot.addWidget(plain)
    assert plain.deadline_label is None
    assert "Tenggat berikutnya" not in [lbl.text() for lbl in plain.findChildren(type(calm.deadline_label))]


def test_the_deadline_row_sits_below_the_status_at_the_top(
    qtbot, db: Database, settings: Settings, clock: FixedClock
) -> None:
    complaint = ComplaintService(db, settings, EventBus(), clock).record(walk_in()).complaint
    due = Deadline(Stage.VERIFY, date(2026, 11, 25), DeadlineState.ON_TRACK, 3, date(2026, 11, 20))
    view = ComplaintView(complaint, None, deadline=due)
    qtbot.addWidget(view)
    # The "Sekilas" box, above the report and the reporter, for the clerk on the phone.
    form = next(f for f in view.findChildren(QFormLayout) if f.rowCount() == 4)

    def widget(row: int, role: QFormLayout.ItemRole) -> QWidget:
        item = form.itemAt(row, role)
        found = item.widget() if item is not None else None
        assert found is not None
        return found

    labels = [cast(QLabel, widget(row, QFormLayout.ItemRole.LabelRole)).text() for row in range(4)]
    assert labels == ["Status", "Tenggat berikutnya", "Tindak lanjut terakhir", "Instansi tujuan"]
    assert widget(1, QFormLayout.ItemRole.FieldRole) is view.deadline_label
    assert view.deadline_label is not None
    assert view.deadline_label.text().startswith("Verifikasi: jatuh tempo Rabu, 25 November 2026 (3 hari kerja lagi)")


def test_dates_follow_the_language(qtbot, queue) -> None:  # type: ignore[no-untyped-def]
    view, ids = queue
    model = view.model
    _load_all(qtbot, model)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    late = next(r.deadline for r in model.rows if r.id == ids["late_two"])
    assert late is not None and late.due == date(2026, 11, 18) and late.as_of == NOW.date()
    assert model.data(
        model.index([r.id for r in model.rows].index(ids["late_two"]), model.COLUMNS.index("deadline"))
    ).startswith("18 Nov ")
    tip = _cell(model, ids["late_two"], Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and "Wednesday, 18 November 2026" in tip
