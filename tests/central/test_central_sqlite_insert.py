"""SQLite's bulk insert of new complaints goes straight to the driver (one multi-row INSERT,
the columns' own bind processors): the rows it stores must be the very rows SQLAlchemy's
insert stores, and conflicts and the guarded per-item fallback behave as they did."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from central_helpers import item
from sqlalchemy import select, text

from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services import accounts, intake
from central.services.itemcheck import Checked, check_item
from central.services.sql import insert_for

NOW = datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC)


def _varied() -> list[dict[str, Any]]:
    """Items that between them hold every kind of value a complaint column takes."""
    return [
        item(),
        item(
            title="Jalan rusak — ꦗꦭꦤ꧀ 🚧 émoji",
            body="Teks dengan \u00e9, \u4e2d\u6587, \U0001f600 dan baris\nbaru.",
            incident_date="2026-02-28",
            latitude=None,
            longitude=None,
            sex=None,
            age_band=None,
            with_companion=None,
            is_confidential=True,
            received_at="2026-11-19T23:59:59.999999+09:00",
            desk_recorded_at="2026-11-20T01:02:03.5-05:30",
        ),
        item(
            disability_consent=True,
            disability="yes",
            disability_types=["physical", "sensory"],
            accessibility_need="Kursi roda",
            with_companion=True,
            latitude=0.0,
            longitude=-0.000123,
        ),
        item(
            is_anonymous=True,
            type="aspirasi",
            incident_date=None,
            reporter_nik="",
            reporter_phone="",
            reporter_email="budi.santoso@example.id",
            reporter_address="",
            officer_nip="",
        ),
    ]


def _checked(raws: list[dict[str, Any]], offset_s: float | None = None) -> list[Checked]:
    checked = [
        check_item(i, raw, now=NOW, max_attachment_bytes=2_000_000, offset_s=offset_s) for i, raw in enumerate(raws)
    ]
    assert [ch.errors for ch in checked if ch.errors] == []
    return checked


def _database(tmp_path: Path, *codes: str) -> tuple[CentralDatabase, list[int]]:
    db = CentralDatabase(f"sqlite:///{tmp_path / 'central.db'}")
    db.migrate()
    ids = []
    for code in codes:
        db.write(lambda s, code=code: accounts.add_desk(s, code, "Meja uji"))
        with db.read() as s:
            desk_id = s.scalar(select(Desk.id).where(Desk.code == code))
        assert desk_id is not None
        ids.append(desk_id)
    return db, ids


def _stored(db: CentralDatabase, desk_id: int) -> dict[str, dict[str, str]]:
    """Every column of the desk's complaints as SQLite's quote() writes it (type and bytes)."""
    columns = [c.name for c in Complaint.__table__.c if c.name not in ("tracking_id", "desk_id")]
    quoted = ", ".join(f'quote("{c}")' for c in columns)
    with db.read() as s:
        rows = s.execute(text(f"SELECT {quoted} FROM complaints WHERE desk_id = :d"), {"d": desk_id})  # noqa: S608
        out = {}
        for row in rows:
            values = dict(zip(columns, row, strict=True))
            out[values["client_id"].strip("'")] = values  # quote() wrote it in quotes
    return out


@pytest.mark.parametrize("offset_s", [None, 3600.25])
def test_the_driver_insert_stores_what_sqlalchemy_stores(tmp_path: Path, offset_s: float | None) -> None:
    db, (fast, model) = _database(tmp_path, "KAB-BDG-01", "KAB-BDG-02")
    raws = _varied()
    results = db.write(lambda s: intake.apply_batch(s, fast, _checked(raws, offset_s), NOW))
    assert [r["status"] for r in results] == ["created"] * len(raws)

    def model_path(session: Any) -> None:
        values = [intake._row_values(ch, model, NOW) for ch in _checked(raws, offset_s)]
        stmt = insert_for(session, Complaint).on_conflict_do_nothing(index_elements=["desk_id", "client_id"])
        session.execute(stmt, values)

    db.write(model_path)
    by_driver, by_model = _stored(db, fast), _stored(db, model)
    assert len(by_driver) == len(raws)
    assert by_driver == by_model
    # The values read back through the model are the checked ones (aware UTC datetimes, JSON list).
    with db.read() as s:
        row = s.scalars(
            select(Complaint).where(Complaint.desk_id == fast, Complaint.client_id == raws[2]["client_id"])
        ).one()
        assert row.disability_types == ["physical", "sensory"]
        assert row.created_at == NOW and row.created_at.tzinfo is UTC
        assert row.desk_clock_offset_s == offset_s
        assert row.with_companion is True and row.last_reply_at is None
    db.dispose()


def test_conflicts_answer_as_duplicates_and_insert_nothing(tmp_path: Path) -> None:
    db, (desk_id,) = _database(tmp_path, "KAB-BDG-01")
    first = _varied()
    db.write(lambda s: intake.apply_batch(s, desk_id, _checked(first), NOW))
    before = _stored(db, desk_id)
    again = [*first[:2], item(), *first[2:], item()]
    results = db.write(lambda s: intake.apply_batch(s, desk_id, _checked(again), NOW))
    assert [r["status"] for r in sorted(results, key=lambda r: r["index"])] == [
        "duplicate",
        "duplicate",
        "created",
        "duplicate",
        "duplicate",
        "created",
    ]
    after = _stored(db, desk_id)
    assert len(after) == len(before) + 2
    assert {k: after[k] for k in before} == before
    db.dispose()


def test_a_row_the_database_refuses_rejects_that_item_alone(tmp_path: Path) -> None:
    """A real refusal inside the bulk insert (a trigger, as a constraint would): the chunk's
    savepoint rolls back and the per-item path refuses only that item."""
    db, (desk_id,) = _database(tmp_path, "KAB-BDG-01")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse_odd BEFORE INSERT ON complaints WHEN NEW.title = 'Judul yang ditolak' "
            "BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END"
        )
    raws = [item(), item(title="Judul yang ditolak"), item()]
    results = sorted(db.write(lambda s: intake.apply_batch(s, desk_id, _checked(raws), NOW)), key=lambda r: r["index"])
    assert [r["status"] for r in results] == ["created", "rejected", "created"]
    assert results[1]["errors"][0]["code"] == "invalid_value"
    assert "refused by a test trigger" in results[1]["errors"][0]["message"]
    assert set(_stored(db, desk_id)) == {raws[0]["client_id"], raws[2]["client_id"]}
    db.dispose()


def test_none_goes_through_the_bind_processors_as_sqlalchemy_sends_it(tmp_path: Path) -> None:
    """A generic table: JSON (none_as_null=False) stores None as the JSON text 'null' through
    SQLAlchemy's insert, none_as_null=True and other types as NULL; the driver insert alike."""
    from sqlalchemy import JSON, Column, Integer, MetaData, String, Table, create_engine, insert
    from sqlalchemy.orm import Session

    from central.models import UTCDateTime
    from central.services.sql import sqlite_insert_returning

    meta = MetaData()
    table = Table(
        "t",
        meta,
        Column("id", Integer, primary_key=True),
        Column("k", String, unique=True),
        Column("j", JSON),
        Column("jn", JSON(none_as_null=True)),
        Column("at", UTCDateTime),
        Column("s", String),
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'generic.db'}")
    meta.create_all(engine)
    values = [
        {"j": None, "jn": None, "at": None, "s": None},
        {"j": [1, "a"], "jn": {"x": None}, "at": NOW, "s": "teks"},
    ]
    with Session(engine) as session:
        session.connection().execute(insert(table), [{"k": f"orm{n}", **v} for n, v in enumerate(values)])
        returned = sqlite_insert_returning(
            session, table, [{"k": f"raw{n}", **v} for n, v in enumerate(values)], ("k",), ("k",)
        )
        assert [tuple(r) for r in returned] == [("raw0",), ("raw1",)]
        session.commit()
    with engine.connect() as conn:
        stored = {
            k: rest
            for k, *rest in conn.execute(text("SELECT k, quote(j), quote(jn), quote(at), quote(s) FROM t ORDER BY k"))
        }
    engine.dispose()
    assert stored["orm0"] == ["'null'", "NULL", "NULL", "NULL"]
    assert stored["raw0"] == stored["orm0"]
    assert stored["raw1"] == stored["orm1"]
