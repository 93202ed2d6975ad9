"""`lapor-desk selftest`: does this installation work? On a scratch database in a temporary
folder: migrate, record a complaint, find it by a word of its title, build its receipt; the Qt
face then renders that receipt to a PDF. Nothing of the real desk is touched.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.domain.queue import QueueFilter
from lapor_desk.paths import Paths
from lapor_desk.receipt import Receipt


@dataclass
class SelfTest:
    folder: Path
    steps: list[tuple[str, float]] = field(default_factory=list)  # what passed, in milliseconds
    receipt: Receipt | None = None

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.steps.append((name, (time.perf_counter() - started) * 1000))


def _sample() -> ComplaintInput:
    return ComplaintInput(
        type=ReportType.PENGADUAN,
        channel=Channel.WALK_IN,
        title="Uji mandiri lampu jalan padam",
        body="Lampu penerangan jalan di depan balai desa padam sejak seminggu; uji mandiri pemasangan.",
        incident_date=date.today(),
        location_text="Depan balai desa",
        province_code="32",
        regency_code="32.04",
        reporter_name="Uji Mandiri",
        reporter_phone="0812-0000-0000",
        consent_personal=True,
        officer_name="Petugas Uji",
        received_at=datetime.now().astimezone(),
    )


def run_core(folder: Path) -> SelfTest:
    """The Qt-free steps; raises on the first that fails."""
    from lapor_desk.desk import Desk

    result = SelfTest(folder)
    paths = Paths(folder / "data", folder / "config", folder / "logs")
    with result.step("migrate"):
        desk = Desk.open(f"sqlite:///{folder / 'selftest.sqlite3'}", paths=paths)
    try:
        with result.step("record"):
            complaint = desk.complaints.record(_sample()).complaint
        with result.step("search"):
            found = desk.complaints.queue_page(QueueFilter(text="lampu padam"))
            if [row.id for row in found] != [complaint.id]:
                raise RuntimeError(f"search found {[row.id for row in found]}, expected {complaint.id}")
        with result.step("receipt"):
            result.receipt = desk.complaints.receipt_of(complaint)
    finally:
        desk.close()
    return result


def report(result: SelfTest | BaseException, language: str) -> int:
    """Print what passed (or what failed) and return the exit status."""
    import sys

    from lapor_desk.i18n import describe, translate

    if isinstance(result, BaseException):
        print(translate("selftest_failed", language, {"reason": describe(result, language)}), file=sys.stderr)
        return 1
    steps = ", ".join(f"{name} {ms:.0f} ms" for name, ms in result.steps)
    print(translate("selftest_ok", language, {"steps": steps}))
    return 0


def run(render_pdf: Callable[[Receipt, Path], None] | None) -> SelfTest:
    """Every step in a temporary folder, removed afterwards; `render_pdf` is the face's receipt writer."""
    with tempfile.TemporaryDirectory(prefix="lapor-desk-selftest-") as tmp:
        result = run_core(Path(tmp))
        if render_pdf is not None and result.receipt is not None:
            with result.step("receipt_pdf"):
                pdf = Path(tmp) / "tanda-terima.pdf"
                render_pdf(result.receipt, pdf)
                if not pdf.read_bytes().startswith(b"%PDF"):
                    raise RuntimeError("the receipt PDF was not written")
        return result
