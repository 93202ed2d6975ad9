"""The supervision tables at 200 % font on a 1366-wide screen keep their stretching column
readable: when the fixed columns leave it less than its minimum, it keeps that minimum and the
table scrolls sideways. The review's titles were cut to "Samp…" and the audit trail's last
header to "/hat happene" (screenshots review-*-200, audit-en-200)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QFontMetrics
from qt_helpers import at_200_percent_on_a_laptop

from lapor_desk.review import Section
from ui.supervision.audit_view import AuditView
from ui.supervision.review_view import ReviewView

from factories import walk_in


@pytest.mark.parametrize("language", ["id", "en"])
def test_review_titles_and_audit_descriptions_stay_readable_at_200_percent(
    window, qtbot, qapp, desk, language: str
) -> None:  # type: ignore[no-untyped-def]
    assert window.actor is not None
    long_ago = datetime.now().astimezone() - timedelta(days=700)
    desk.session(window.actor).complaints.record(
        walk_in(title="Sampah menumpuk di pasar induk", received_at=long_ago, incident_date=long_ago.date())
    )
    with at_200_percent_on_a_laptop(window, qtbot, qapp, language):
        review = window.role_tab("Tinjauan" if language == "id" else "Review")
        assert isinstance(review, ReviewView)
        window.tabs.setCurrentWidget(review)
        review.show_section(Section.DEADLINE)
        qtbot.waitUntil(lambda: len(review.items) == 1, timeout=30_000)
        table = review.table
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() < 1366)
        em = QFontMetrics(table.font()).horizontalAdvance("n")
        title = review.model.index(0, 2).data()
        assert table.columnWidth(2) >= min(20 * em, QFontMetrics(table.font()).horizontalAdvance(title)), (
            table.columnWidth(2),
            em,
        )

        audit = window.role_tab("Jejak audit" if language == "id" else "Audit trail")
        assert isinstance(audit, AuditView)
        window.tabs.setCurrentWidget(audit)
        window.tasks.wait()
        qtbot.waitUntil(lambda: audit.table.isVisible() and audit.model.rowCount() > 0, timeout=30_000)
        header = audit.table.horizontalHeader()
        last = audit.model.columnCount() - 1
        assert header.sectionSize(last) >= header.sectionSizeHint(last)  # its header whole
        assert header.sectionSize(last) >= 20 * em
