"""A second desk process for the tests: records complaints into a shared database.

usage: desk_worker.py DB_URL DESK_CODE COUNT [--hold]
Prints one receipt number per line, flushed after each commit. With --hold it then
waits on stdin, so the parent can kill it at a known point (right after a save).
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime
from pathlib import Path

from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Channel, ReportType
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_CODE, Settings
from lapor_desk.storage.database import open_database


def main() -> None:
    url, desk, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    # The settings file in the test's own folder (LAPOR_DESK_HOME), whichever engine the URL names.
    settings = Settings(Path(os.environ["LAPOR_DESK_HOME"]) / f"settings.{desk}.{os.getpid()}.json")
    settings.set(DESK_CODE, desk)
    db = open_database(url)
    service = ComplaintService(db, settings, EventBus())
    for i in range(count):
        complaint = service.record(
            ComplaintInput(
                type=ReportType.ASPIRASI,
                channel=Channel.WALK_IN,
                title=f"Usulan taman bermain nomor {i}",
                body="Warga mengusulkan taman bermain anak " * 2,
                incident_date=date(2026, 11, 1),
                reporter_name="Warga",
                reporter_phone="081234567890",
                consent_personal=True,
                officer_name="Petugas",
                received_at=datetime.now().astimezone(),
            )
        ).complaint
        print(complaint.receipt_number, flush=True)
    if "--hold" in sys.argv:
        sys.stdin.read()


if __name__ == "__main__":
    main()
