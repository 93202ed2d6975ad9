"""pytest-qt: on a slow link the status bar shows the bytes of files sent and still to send."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from central.testing import RunningServer
from lapor_desk.attachments import AttachmentStore
from lapor_desk.desk import Desk
from lapor_desk.domain.complaint import Attachment, Extras
from ui.shell.app import build_main_window, create_application
from ui.shell.main_window import MainWindow

from factories import PASSWORD, walk_in
from fault_proxy import FaultProxy, Link
from sync_helpers import open_desk

WAIT = 60_000
SIZE = 190_000  # under the test central's 200,000-byte limit; three 64 KB parts


@pytest.fixture
def slow_desk(tmp_path: Path, central: RunningServer) -> Iterator[tuple[Desk, FaultProxy]]:
    proxy = FaultProxy(central.port, link=Link(bandwidth_bps=300_000, latency_s=0.05))  # ~5 s for the file
    desk = open_desk(tmp_path / "desk", proxy.url, central.add_desk("UI-BYTES-1"))
    desk.settings.set_text("sync.chunk_kb", "64")
    yield desk, proxy
    desk.close()
    proxy.close()


def test_the_status_bar_counts_file_bytes_while_they_go(
    qapp: QApplication, qtbot, slow_desk: tuple[Desk, FaultProxy], tmp_path: Path
) -> None:
    desk, proxy = slow_desk
    create_application()
    window: MainWindow = build_main_window(qapp, desk)
    qtbot.addWidget(window)
    window.session.begin(desk.supervision.accounts.create_first_admin("siti", "Siti Rahmawati", PASSWORD))
    assert window.sync_ui is not None and desk.sync is not None
    window.sync_ui.controller.debounce.setInterval(20)
    window.show()
    qtbot.waitExposed(window)
    try:
        source = tmp_path / "pindaian.pdf"
        source.write_bytes(b"%PDF-1.4\n" + random.Random(3).randbytes(SIZE - 9))
        stored = AttachmentStore(desk.paths.data_dir / "attachments").add(source)
        c = desk.complaints.record(
            walk_in(),
            extras=Extras(attachments=(Attachment(stored.sha256, stored.filename, stored.media_type, stored.size),)),
        ).complaint
        window.sync_ui.controller.recorded()
        summary = window.sync_ui.status.summary
        seen: list[str] = []

        def moving() -> bool:
            text = summary.full_text()
            if "terkirim" in text:
                seen.append(text)
            return bool(seen)

        qtbot.waitUntil(moving, timeout=WAIT)
        assert "berkas: 64 KB terkirim" in seen[0] and "lagi" in seen[0], seen
        qtbot.waitUntil(lambda: (desk.sync.item(c.id) or {}).get("state") == "synced", timeout=WAIT)
        qtbot.waitUntil(lambda: "terkirim" not in summary.full_text(), timeout=WAIT)  # gone when done
    finally:
        window.close()
    assert proxy.bytes_up >= SIZE
