"""The status bar says when the central was restored or replaced and what the desk repaired."""

from __future__ import annotations

from lapor_desk.desk import Desk
from lapor_desk.sync.events import CentralReconciled
from ui.shell.main_window import MainWindow


def test_the_status_bar_says_what_a_reconciliation_did(window: MainWindow, qtbot, desk: Desk) -> None:
    assert window.sync_ui is not None and desk.sync is not None
    label = window.sync_ui.status.reconcile_label
    assert not label.isVisible()
    # As the sync raises it after a cycle (lapor_desk/sync/reconcile.py).
    desk.sync.bus.publish(
        CentralReconciled(
            "db/1",
            "db/2",
            checked=60,
            confirmed=20,
            requeued=40,
            retracked=0,
            resent=0,
            dropped_tracking_ids=(1000041,),
        )
    )
    qtbot.waitUntil(label.isVisible)
    assert "40 dikirim ulang" in label.full_text()
    assert "60 pengaduan diperiksa" in label.toolTip() and "20 cocok" in label.toolTip()
