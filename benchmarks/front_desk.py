"""Front-desk benchmarks at scale: `python -m benchmarks.front_desk [--count 1000000]`.

The duplicate lookup run while a clerk records (same NIK or phone within 30 days, or a
similar title through the FTS index), for complaints like the recent ones, beside the raw
sqlite3 queries doing the same work in the same run; and the returning-citizen lookup.
(The region type-ahead has its own: benchmarks/region_typeahead.py.)
"""

from __future__ import annotations

import argparse
import random
import sqlite3
from datetime import UTC, datetime, timedelta

from benchmarks.common import demo_database, row, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    path = demo_database(args.count)

    from lapor_desk.domain.complaint import ComplaintInput
    from lapor_desk.events import EventBus
    from lapor_desk.services.complaints import ComplaintService
    from lapor_desk.settings import Settings
    from lapor_desk.storage.database import Database
    from lapor_desk.storage.repository import significant_words

    raw = sqlite3.connect(path)
    newest = raw.execute("SELECT max(received_at) FROM complaints").fetchone()[0]
    now = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    since = (now - timedelta(days=30)).replace(tzinfo=None).isoformat(sep=" ")
    samples = raw.execute(
        "SELECT reporter_nik, reporter_phone, title, receipt_number FROM complaints "
        "WHERE id > (SELECT max(id) FROM complaints) - 50000 ORDER BY random() LIMIT ?",
        (args.repeat,),
    ).fetchall()
    service = ComplaintService(
        Database(f"sqlite:///{path}"), Settings(path.parent / "bench-settings.json"), EventBus(), clock=lambda: now
    )
    rng = random.Random(1)
    inputs = [ComplaintInput(reporter_nik=nik, reporter_phone=phone, title=title) for nik, phone, title, _ in samples]

    def app() -> None:
        service.find_duplicates(rng.choice(inputs))

    def floor() -> None:
        nik, phone, title, _ = rng.choice(samples)
        raw.execute(
            "SELECT id FROM complaints WHERE reporter_nik = ? AND received_at >= ? LIMIT 5", (nik, since)
        ).fetchall()
        raw.execute(
            "SELECT id FROM complaints WHERE reporter_phone = ? AND received_at >= ? LIMIT 5", (phone, since)
        ).fetchall()
        first = int((now - timedelta(days=30)).timestamp()) * 100_000_000  # the word index's rowid is the queue key
        words = significant_words(title)
        raw.execute(
            "SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ? AND rowid >= ? "
            "ORDER BY bm25(complaints_fts, 10.0, 1.0, 0.5, 0.0) LIMIT 20",
            ("title : (" + " OR ".join(f'"{w}"' for w in words) + ")", first),
        ).fetchall()

    keys = [s[3] for s in samples] + [s[0] for s in samples] + [s[1] for s in samples]

    def lookup() -> None:
        service.lookup(rng.choice(keys))

    def lookup_floor() -> None:
        key = rng.choice(keys)
        raw.execute(
            "SELECT id FROM complaints WHERE upper(receipt_number) = ? OR reporter_nik = ? OR reporter_phone = ? "
            "ORDER BY queue_key DESC LIMIT 50",
            (key.upper(), key, key),
        ).fetchall()

    print(f"\nlapor-desk front-desk benchmarks at {args.count:,} complaints\n")
    print(row("duplicate lookup (NIK, phone, title)", timed(app, args.repeat), timed(floor, args.repeat)))
    print(row("returning-citizen lookup", timed(lookup, args.repeat), timed(lookup_floor, args.repeat)))
    raw.close()
    service.db.dispose()


if __name__ == "__main__":
    main()
