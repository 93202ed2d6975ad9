"""Properties of import and export under arbitrary input: import never raises and never
half-writes, and export -> import gives back every complaint, drafts included."""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_desk.domain.complaint import INPUT_FIELDS, ComplaintInput
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_CODE, OFFICER_NAME, Settings
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database, open_database
from lapor_desk.transfer import export_file, import_file

from factories import WIB, FixedClock, walk_in

CLOCK = FixedClock(__import__("datetime").datetime(2026, 11, 20, 9, 30, tzinfo=WIB))
DIGITS = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal())
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u3164\u2800 \t"
# Any code point, surrogates included, with NUL, invisible characters and every script's digits
# drawn more often than chance would.
ANY_CHAR = st.one_of(
    st.characters(exclude_categories=()), st.sampled_from(DIGITS), st.sampled_from(INVISIBLE + "\x00\r\n\"';,=+-@")
)
ANY_TEXT = st.text(ANY_CHAR, max_size=40)
TEXT_FIELDS = [f.name for f in fields(ComplaintInput) if f.type == "str"]
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@contextmanager
def desk() -> Iterator[tuple[Path, Database, ComplaintService]]:
    with tempfile.TemporaryDirectory(prefix="lapor-prop-") as tmp:
        folder = Path(tmp)
        db = open_database(f"sqlite:///{folder / 'desk.sqlite3'}")
        s = Settings(folder / "settings.json")
        s.set(DESK_CODE, "KAB-BDG-01")
        s.set(OFFICER_NAME, "Petugas")
        try:
            yield folder, db, ComplaintService(db, s, EventBus(), CLOCK)
        finally:
            db.dispose()


def stored(db: Database) -> list[dict[str, object]]:
    with db.read() as conn:
        rows = conn.execute(repo.COMPLAINTS.select().order_by(repo.C.id)).all()
    return [
        {k: r._mapping[k] for k in (*INPUT_FIELDS, "client_id", "receipt_number", "status", "tracking_id")}
        for r in rows
    ]


def run_import(path: Path, db: Database):  # type: ignore[no-untyped-def]
    return import_file(path, db, EventBus(), desk_code="KAB-BDG-01", officer="Impor", clock=CLOCK)


def assert_whole(db: Database, before: int, report) -> None:  # type: ignore[no-untyped-def]
    after = len(stored(db))
    assert after == before + report.added
    if report.fatal:
        assert report.added == 0


@SETTINGS
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from([*INPUT_FIELDS, "client_id", "status"]),
            st.one_of(ANY_TEXT, st.integers(), st.booleans(), st.none(), st.lists(ANY_TEXT, max_size=3)),
        ),
        max_size=6,
    ),
    base=st.booleans(),
)
def test_jsonl_of_arbitrary_values_never_raises_nor_half_writes(records, base) -> None:  # type: ignore[no-untyped-def]
    good = {k: v for k, v in json.loads(_jsonl([_walk_in_cells()])).items()}
    with desk() as (folder, db, _service):
        path = folder / "x.jsonl"
        path.write_text(
            _jsonl(([good] if base else []) + [dict(good, **r) for r in records]),
            encoding="utf-8",
            errors="surrogatepass",
        )
        report = run_import(path, db)
        assert_whole(db, 0, report)
        for row in stored(db):
            for name in TEXT_FIELDS:
                assert "\x00" not in str(row[name])


@SETTINGS
@given(data=st.data(), fmt=st.sampled_from([".csv", ".jsonl", ".xlsx"]))
def test_corrupted_files_never_raise_nor_half_write(data, fmt: str) -> None:  # type: ignore[no-untyped-def]
    with desk() as (folder, db, service):
        service.record(walk_in())
        service.record(walk_in(title="Judul kedua yang cukup panjang", reporter_nik=""))
        service.save_draft(walk_in(title=""))
        source = folder / f"ekspor{fmt if fmt != '.xlsx' else '.csv'}"
        export_file(source, db)
        raw = source.read_bytes() if fmt != ".xlsx" else _xlsx_bytes(source, folder)
        for _ in range(data.draw(st.integers(1, 4))):
            raw = _corrupt(raw, data)
        target = folder / f"rusak{fmt}"
        target.write_bytes(raw)
        other = open_database(f"sqlite:///{folder / 'other.sqlite3'}")
        try:
            report = run_import(target, other)
            assert_whole(other, 0, report)
            before = len(stored(db))
            again = run_import(target, db)  # into the desk that made it: nothing twice
            assert_whole(db, before, again)
        finally:
            other.dispose()


@SETTINGS
@given(
    texts=st.lists(
        st.tuples(ANY_TEXT, ANY_TEXT, st.text(st.sampled_from(DIGITS), min_size=4, max_size=4)), min_size=1, max_size=4
    ),
    fmt=st.sampled_from([".csv", ".jsonl"]),
)
def test_export_then_import_gives_back_every_complaint(texts, fmt: str) -> None:  # type: ignore[no-untyped-def]
    with desk() as (folder, db, service):
        sent: dict[int, int | None] = {}  # recorded complaints the central numbered (every other one)
        for n, (title, name, digits) in enumerate(texts):
            data = walk_in(
                title=f"Judul {n} {title}"[:150],
                reporter_name=name[:100],
                reporter_phone="0812" + digits + "7890",
                body=walk_in().body + title,
            )
            try:
                if n % 2:
                    service.save_draft(data)
                else:
                    recorded = service.record(data).complaint.id
                    if n % 4 == 0:
                        sent[recorded] = 90_000 + n
            except ValidationFailed:
                continue  # refused with a field message, as it should be (NUL, surrogate...)
        with db.write() as conn:
            repo.set_tracking_ids(conn, sent)  # the export carries them ("Nomor LAPOR!")
        before = stored(db)
        out = folder / f"ekspor{fmt}"
        export_file(out, db)
        other = open_database(f"sqlite:///{folder / 'other.sqlite3'}")
        try:
            report = run_import(out, other)
            assert (report.fatal, report.problems) == (None, [])
            assert stored(other) == before
        finally:
            other.dispose()


def _walk_in_cells() -> dict[str, object]:
    row = repo.input_to_row(walk_in())
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}


def _jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in records)


def _corrupt(raw: bytes, data: st.DataObject) -> bytes:
    kind = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate", "quote", "newline"]))
    if not raw:
        return raw
    at = data.draw(st.integers(0, 2**20)) % len(raw)  # fixed bounds: exports differ in length
    if kind == "flip":
        return raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
    if kind == "insert":
        return raw[:at] + data.draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    if kind == "delete":
        return raw[:at] + raw[at + data.draw(st.integers(1, 16)) :]
    if kind == "truncate":
        return raw[:at]
    return raw[:at] + (b'"' if kind == "quote" else b"\r") + raw[at:]


def _xlsx_bytes(csv_path: Path, folder: Path) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
