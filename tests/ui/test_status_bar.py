"""The status bar at 200 % font on a 1366-wide screen: what waits, since when, what the central
refused and a wrong clock stay whole ("terlama 2 jam lal…" was cut); the long forms are tooltips."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QFontMetrics
from qt_helpers import at_200_percent_on_a_laptop

from lapor_desk.sync.events import SyncStatus, TransferProgress
from ui.shell.main_window import MainWindow


def _shown_whole(label) -> bool:  # type: ignore[no-untyped-def]
    return label.isVisible() and QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width()


@pytest.mark.parametrize("language", ["id", "en"])
def test_at_200_percent_the_sync_state_is_not_cut(window: MainWindow, qtbot, qapp, language: str) -> None:
    assert window.sync_ui is not None
    status = window.sync_ui.status
    with at_200_percent_on_a_laptop(window, qtbot, qapp, language, status):
        now = datetime.now(UTC)
        status.show_status(
            SyncStatus(
                online=True,
                configured=True,
                waiting=12,
                oldest_queued_at=now - timedelta(hours=2, minutes=5),
                needs_fix=2,
                synced=140,
                last_sync_at=now - timedelta(minutes=10),
                clock_offset_s=-600.0,
                registration_problem=False,
                running=True,
            )
        )
        status.show_transfer(TransferProgress(3_500_000, 18_200_000))
        qtbot.waitUntil(lambda: status.clock_label.isVisible())
        summary = status.summary.text()
        waiting = {"id": "12 antre, terlama 2 jam", "en": "12 queued, oldest 2 h"}[language]
        needs_fix = {"id": "Perlu perhatian: 2", "en": "Needs attention: 2"}[language]
        assert waiting in summary and needs_fix in summary, summary
        # The refusals first: a person must act on them; the queue only waits.
        assert summary.index(needs_fix) < summary.index(waiting), summary
        assert status.clock_label.text() == status.clock_label.full_text()  # the clock warning whole
        assert _shown_whole(status.clock_label)
        assert "10" in status.clock_label.text()
        assert "12" in status.summary.toolTip() and "MB" in status.summary.toolTip()  # the rest a hover away
        assert _shown_whole(window.status_user) and not window.status_desk.isVisible()
        assert "KAB-BDG-01" in window.status_user.toolTip()  # the desk a hover away once signed in
