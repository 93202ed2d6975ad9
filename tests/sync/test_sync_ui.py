"""pytest-qt: the status bar and the needs-attention list as the central goes away and comes back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from central.testing import RunningServer
from lapor_desk.desk import Desk
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow

from factories import PASSWORD, walk_in
from fault_proxy import FaultProxy
from sync_helpers import open_desk

WAIT = 20_000


def _two_days_fast() -> datetime:
    return datetime.now(UTC) + timedelta(days=2)


@pytest.fixture
def proxy(central: RunningServer) -> Iterator[FaultProxy]:
    p = FaultProxy(central.port)
    yield p
    p.close()


@pytest.fixture
def fast_desk(tmp_path: Path, central: RunningServer, proxy: FaultProxy) -> Iterator[Desk]:
    # The desk clock runs two days fast: the clock warning shows, and an incident date typed
    # from its calendar is in the central's future, so it is refused (stamps are corrected).
    desk = open_desk(tmp_path / "desk", proxy.url, central.desk_token, clock=_two_days_fast)
    desk.settings.set_text("officer.name", "Siti Rahmawati")
    yield desk
    desk.close()


@pytest.fixture
def window(qapp: QApplication, qtbot, fast_desk: Desk) -> Iterator[MainWindow]:
    create_application()
    win = build_main_window(qapp, fast_desk)
    qtbot.addWidget(win)
    win.session.begin(fast_desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD))
    assert win.sync_ui is not None
    controller = win.sync_ui.controller
    controller.debounce.setInterval(20)
    controller.probe_base_ms = controller._probe_ms = 20
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_status_bar_and_needs_attention_follow_the_central(
    window: MainWindow, qtbot, fast_desk: Desk, proxy: FaultProxy
) -> None:
    sync_ui = window.sync_ui
    assert sync_ui is not None
    status, panel = sync_ui.status, sync_ui.panel

    first = fast_desk.complaints.record(walk_in(received_at=datetime.now(UTC) - timedelta(hours=1))).complaint
    assert fast_desk.sync is not None
    # Synced for real (a status read before the save also says "Menunggu: 0"), and shown.
    qtbot.waitUntil(lambda: (fast_desk.sync.item(first.id) or {}).get("state") == "synced", timeout=WAIT)
    qtbot.waitUntil(
        lambda: "Daring" in status.summary.full_text() and "Menunggu: 0" in status.summary.full_text(), timeout=WAIT
    )
    assert "Sinkron terakhir" in status.summary.full_text()
    # The bar says how far off, short; which way is in its tooltip.
    assert status.clock_label.isVisible() and "Jam selisih" in status.clock_label.full_text()
    assert "lebih cepat" in status.clock_label.toolTip()

    # The central goes away: the complaints wait, and the bar says so.
    proxy.down()
    fast_desk.complaints.record(
        walk_in(title="Saluran air tersumbat di pasar", received_at=datetime.now(UTC) - timedelta(hours=2))
    )
    # A date typed from the fast desk's calendar: in the central's future (a stamp would be corrected).
    refused = fast_desk.complaints.record(
        walk_in(
            title="Diterima di masa depan menurut pusat",
            received_at=_two_days_fast(),
            incident_date=_two_days_fast().date(),
        )
    ).complaint
    qtbot.waitUntil(
        lambda: "Luring" in status.summary.full_text() and "2 antre" in status.summary.full_text(), timeout=WAIT
    )
    assert "terlama" in status.summary.full_text()
    assert panel.list.count() == 0

    # It comes back: the probe notices, the queue empties, the refusal shows with its reason.
    proxy.up()
    qtbot.waitUntil(lambda: "Daring" in status.summary.full_text() and panel.list.count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Menunggu: 0" in status.summary.full_text(), timeout=WAIT)
    assert "Perlu perhatian: 1" in status.summary.full_text()
    assert "masa depan" in panel.list.item(0).text()
    assert window.tabs.tabText(window.tabs.indexOf(panel)).endswith("(1)")

    # Opening it puts the complaint in the form with the central's message at the field.
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    form = window.intake
    qtbot.waitUntil(lambda: form.complaint_id == refused.id, timeout=WAIT)
    assert form.result is not None and [m.field for m in form.result.errors] == ["incident_date"]
    assert window.tabs.currentWidget() is form

    # Fixed and saved: it goes again and leaves the list.
    fast_desk.complaints.record(
        walk_in(title="Diterima di masa depan menurut pusat", received_at=_two_days_fast()), complaint_id=refused.id
    )
    qtbot.waitUntil(
        lambda: panel.list.count() == 0 and "Perlu perhatian" not in status.summary.full_text(), timeout=WAIT
    )
    # The list empties when the fix is saved; the send of it may still be on its way (a loaded machine).
    qtbot.waitUntil(lambda: "Menunggu: 0" in status.summary.full_text(), timeout=WAIT)


def test_attempt_history_in_the_sync_panel_and_the_complaint_view(
    window: MainWindow, qtbot, fast_desk: Desk, proxy: FaultProxy
) -> None:
    sync_ui = window.sync_ui
    assert sync_ui is not None
    # A date typed from the fast desk's calendar: in the central's future (a stamp would be corrected).
    refused = fast_desk.complaints.record(
        walk_in(
            title="Diterima di masa depan menurut pusat",
            received_at=_two_days_fast(),
            incident_date=_two_days_fast().date(),
        )
    ).complaint
    qtbot.waitUntil(lambda: sync_ui.panel.list.count() == 1, timeout=WAIT)
    history = sync_ui.history
    qtbot.waitUntil(
        lambda: (
            history.rowCount() > 0
            and any(
                (history.item(r, 1).text() if history.item(r, 1) else "") == "Kirim 1 pengaduan"
                for r in range(history.rowCount())
            )
        ),
        timeout=WAIT,
    )
    assert window.tabs.tabText(window.tabs.indexOf(history)) == "Riwayat kirim"
    batch_row = next(r for r in range(history.rowCount()) if history.item(r, 1).text() == "Kirim 1 pengaduan")
    assert (
        history.item(batch_row, 4).text() == "200"
    )  # the batch went through; the item was refused (HTTP after the words)
    assert history.item(batch_row, 2).text() == "0 diterima, 1 ditolak pusat"  # not "Berhasil"
    # The technical record is one step away: the row's tooltip and its details (double-click).
    assert "POST /complaints/batch (1 items)" in history.item(batch_row, 1).toolTip()
    assert "POST /complaints/batch (1 items)" in history.technical(batch_row)
    assert history.item(batch_row, 6).text()  # the server's request ID, for the central's logs

    window.open_complaint(refused.id)
    qtbot.waitUntil(lambda: len(window.views) == 1, timeout=WAIT)
    attempts = window.views[0].attempts
    assert attempts.rowCount() >= 1
    assert attempts.item(0, 2).text() == str(refused.revision)
    assert attempts.item(0, 3).text() == "Ditolak pusat"  # the item's result, in words
