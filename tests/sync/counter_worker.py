"""One counter of an office as its own process: records complaints into the office's database
until this counter has `total` of them, printing each receipt number once it is saved.

    python counter_worker.py DB_URL TOTAL      (LAPOR_DESK_HOME names the counter's PC)

Run again after a kill, it goes on from what the database holds for this counter.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: factories

from sqlalchemy import func, select

from lapor_desk.desk import Desk
from lapor_desk.settings import counter_desk_code
from lapor_desk.storage.repository import COMPLAINTS

from factories import walk_in


def main() -> None:
    url, total = sys.argv[1], int(sys.argv[2])
    desk = Desk.open(url)
    code = counter_desk_code(desk.settings)
    with desk.db.read() as conn:
        done = int(conn.execute(select(func.count()).where(COMPLAINTS.c.desk_code == code)).scalar_one())
    print(f"start {done}", flush=True)
    for n in range(done, total):
        saved = desk.complaints.record(walk_in(title=f"Loket {code} pengaduan nomor {n}"))
        print(saved.complaint.receipt_number, flush=True)
    desk.close()


if __name__ == "__main__":
    main()
