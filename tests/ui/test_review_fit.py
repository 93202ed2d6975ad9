"""The review screen in English at 100 % on a 1366-wide screen shows the status and the deadline
whole ("Recorded (queued to …" and "5 Dec 2024 · 474 WD ov…" were cut: the English is longer
than the Indonesian the columns were sized for)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex

from lapor_desk.review import Section
from ui.supervision.review_view import ReviewView

from factories import walk_in


def test_the_review_columns_hold_their_english_text(window, qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    assert window.actor is not None
    long_ago = datetime.now().astimezone() - timedelta(days=700)
    desk.session(window.actor).complaints.record(
        walk_in(title="Sampah menumpuk", received_at=long_ago, incident_date=long_ago.date())
    )
    window.set_language("en")
    window.showNormal()
    window.resize(1366, 740)
    review = window.role_tab("Review")
    assert isinstance(review, ReviewView)
    window.tabs.setCurrentWidget(review)
    review.show_section(Section.DEADLINE)
    qtbot.waitUntil(lambda: len(review.items) == 1, timeout=30_000)
    table, model = review.table, review.model
    metrics = table.fontMetrics()
    for column in (0, 1, 3, 4):
        text = model.index(0, column, QModelIndex()).data()
        assert text, column
        assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
    assert "overdue" in model.index(0, 4, QModelIndex()).data()
    qtbot.waitUntil(lambda: table.viewport().width() < 1366)
    last = table.columnViewportPosition(4) + table.columnWidth(4)
    assert last <= table.viewport().width()  # the deadline ends in sight
