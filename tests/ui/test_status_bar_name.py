"""The status bar at 200 % font on a 1366-wide screen: the signed-in name and the sync's state
are told apart (a line between them, not "Siti Rahmawati ⟳ Menyinkronkan…" run together), and a
long name gives way with "…" (whole in its tooltip) instead of pushing the sync's state and its
button off the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QWidget
from qt_helpers import at_200_percent_on_a_laptop

from lapor_desk.accounts import Role
from lapor_desk.sync.events import SyncStatus
from ui.shell.main_window import MainWindow

from factories import PASSWORD, first_sign_in

LONG_NAME = "Dra. Hj. Raden Roro Nurhayati Kusumawardhani Setyaningrum, S.Sos., M.Si."


def _in_bar(widget: QWidget, bar: QWidget) -> QRect:
    return QRect(widget.mapTo(bar, widget.rect().topLeft()), widget.size())


def _text_right(label) -> int:  # type: ignore[no-untyped-def]
    """Where the label's drawn text ends, in its own coordinates (left-aligned text)."""
    return label.contentsRect().left() + QFontMetrics(label.font()).horizontalAdvance(label.text())


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("name", ["Siti Rahmawati", LONG_NAME])
def test_name_and_sync_state_are_apart_and_whole_at_200_percent(
    window: MainWindow, qtbot, qapp, language: str, name: str
) -> None:
    desk = window.desk
    assert desk is not None and window.actor is not None and window.sync_ui is not None
    if name != "Siti Rahmawati":
        accounts = desk.supervision.accounts
        accounts.add_account(window.actor, "dewi", name, Role.CLERK, PASSWORD)
        clerk = first_sign_in(accounts, "dewi")
        window.session.end()
        window.session.begin(clerk)
    status = window.sync_ui.status
    bar = window.statusBar()
    with at_200_percent_on_a_laptop(window, qtbot, qapp, language, status):
        now = datetime.now(UTC)
        status.show_status(
            SyncStatus(
                online=True,
                configured=True,
                waiting=12,
                oldest_queued_at=now - timedelta(hours=2),
                needs_fix=2,
                synced=140,
                last_sync_at=now - timedelta(minutes=10),
                clock_offset_s=-600.0,
                registration_problem=False,
                running=True,
            )
        )
        qtbot.waitUntil(lambda: status.clock_label.isVisible())
        user = window.status_user
        qtbot.waitUntil(lambda: _in_bar(status.sync_button, bar).right() < bar.width())
        # Every part on the window, none over another.
        parts = [user, status.summary, status.clock_label, status.sync_button]
        boxes = [_in_bar(p, bar) for p in parts]
        assert all(p.isVisible() for p in parts)
        assert all(b.left() >= 0 and b.right() < bar.width() for b in boxes), boxes
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert not a.intersects(b), (a, b)
        # A visible line between the name and the sync's state, with room either side of it.
        name_end = user.mapTo(bar, user.rect().topLeft()).x() + _text_right(user)
        summary_start = _in_bar(status.summary, bar).left() + status.summary.contentsRect().left()
        lines = [
            _in_bar(f, bar)
            for f in bar.findChildren(QFrame)
            if f.isVisible() and f.frameShape() == QFrame.Shape.VLine and f.width() > 0
        ]
        space = QFontMetrics(user.font()).horizontalAdvance(" ")
        assert any(name_end + space <= line.center().x() <= summary_start - space for line in lines), (
            name_end,
            summary_start,
            lines,
        )
        # The name whole, or cut with "…" and whole in its tooltip; never most of the bar.
        if user.text() != name:
            assert user.text().endswith("…") and name in user.toolTip()
            assert _text_right(user) <= user.width()
        assert user.width() <= bar.width() // 3
        assert name == "Siti Rahmawati" or user.text() != name  # the long one does give way at 200 %
