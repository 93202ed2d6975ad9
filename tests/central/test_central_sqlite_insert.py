"""SQLite's bulk insert of new complaints goes straight to the driver (one multi-row INSERT,
the columns' own bind processors): the rows it stores must be the very rows SQLAlchemy's
insert stores, and conflicts and the guarded per-item fallback behave as they did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from central_helpers import item
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter
from sqlalchemy import select, text
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect

from central.db import CentralDatabase
from central.models import Complaint, Desk, UTCDateTime
from central.services import accounts, complaint_row, intake, sql
from central.services.itemcheck import Checked, check_item
from central.services.sql import insert_for, sqlite_insert_returning

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
        values = [complaint_row.row_values(ch, model, NOW) for ch in _checked(raws, offset_s)]
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
        rows = [{"k": f"raw{n}", **v} for n, v in enumerate(values)]
        returned = sqlite_insert_returning(
            session, table, tuple(rows[0]), [tuple(r.values()) for r in rows], ("k",), ("k",)
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


# --- The shortcuts of central.services.sql.binder give what the columns' own processors give.

_OFFSETS = st.one_of(
    st.just(UTC),
    st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m))),
    st.sampled_from(["Z", "+07:00", "+09:00", "-05:30", "+14:00"]).map(
        lambda s: TypeAdapter(datetime).validate_python("2026-11-20T09:00:00" + s).tzinfo
    ),
)
# Aware datetimes far enough from the ends of the calendar that UTC exists for them.
_AWARE = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    _OFFSETS,
)
_VALUES = {
    "datetime": st.one_of(_AWARE, st.datetimes(), st.none(), st.dates(), st.just("2026-11-20 03:00:00")),
    "date": st.one_of(st.dates(), st.datetimes(), st.none(), st.just("2026-11-20")),
    "boolean": st.one_of(st.booleans(), st.none(), st.integers(-2, 2), st.floats(0, 1), st.just("1")),
    "double": st.one_of(st.floats(), st.integers(), st.none(), st.just("1.5")),
    "json": st.one_of(
        st.lists(st.text()), st.none(), st.dictionaries(st.text(), st.integers()), st.just([]), st.just(())
    ),
}
_TYPES = {
    "datetime": Complaint.__table__.c.received_at.type,
    "date": Complaint.__table__.c.incident_date.type,
    "boolean": Complaint.__table__.c.with_companion.type,
    "double": Complaint.__table__.c.latitude.type,
    "json": Complaint.__table__.c.disability_types.type,
}


def _outcome(call: Any, value: Any) -> tuple[str, Any]:
    try:
        return "value", call(value)
    except Exception as exc:  # noqa: BLE001 - the very exception is what is compared
        return "raised", (type(exc), str(exc))


@pytest.mark.parametrize("kind", sorted(_TYPES))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_shortcut_binds_what_the_column_processor_binds(kind: str, data: st.DataObject) -> None:
    dialect = sqlite_dialect()
    column_type = _TYPES[kind]
    process = column_type._cached_bind_processor(dialect)
    fast = sql.binder(column_type, dialect)
    assert fast is not None and fast is not process  # a shortcut exists, or this tests nothing
    value = data.draw(_VALUES[kind])
    expected = _outcome(process, value)
    got = _outcome(fast, value)
    assert got == expected
    assert type(got[1]) is type(expected[1])
    again = _outcome(fast, value)  # a second time: the kept text of a datetime
    assert again == expected


def test_utc_texts_of_the_calendar_edges_and_whole_seconds() -> None:
    dialect = sqlite_dialect()
    column_type = Complaint.__table__.c.received_at.type
    process = column_type._cached_bind_processor(dialect)
    fast = sql.binder(column_type, dialect)
    assert fast is not None
    for value in (
        datetime(1, 1, 1, 7, 0, tzinfo=timezone(timedelta(hours=7))),
        datetime(999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 11, 20, 3, 0, 0, 0, tzinfo=UTC),
        datetime(2026, 11, 20, 3, 0, 0, 1, tzinfo=timezone(timedelta(hours=-12))),
    ):
        assert fast(value) == process(value) == value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f").rjust(26, "0")
    with pytest.raises(ValueError, match="naive"):
        fast(datetime(2026, 11, 20, 3, 0))  # noqa: DTZ001 - refused as the processor refuses it
    assert fast(None) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {
                "stamps": st.tuples(_AWARE, _AWARE),  # received_at, desk_recorded_at
                "as_stamped": st.tuples(st.one_of(_AWARE, st.none()), st.one_of(_AWARE, st.none())),
                "shared": st.booleans(),
                "incident_date": st.one_of(st.dates(), st.none()),
                "latitude": st.one_of(st.floats(-90, 90), st.integers(-90, 90), st.none()),
                "desk_clock_offset_s": st.one_of(st.floats(allow_nan=False), st.integers(-(10**6), 10**6), st.none()),
                "flags": st.lists(st.booleans(), min_size=6, max_size=6),
                "with_companion": st.one_of(st.booleans(), st.none()),
                "disability_types": st.lists(st.sampled_from(["physical", "sensory", "mental", "intellectual"])),
                "title": st.text(min_size=1, max_size=30),
            }
        ),
        min_size=1,
        max_size=6,
    )
)
def test_generated_values_are_stored_as_sqlalchemy_stores_them(tmp_path_factory: Any, rows: list[dict]) -> None:
    """The real complaints table: rows with generated values in every column a shortcut
    binds (one datetime object in several columns and rows, as a batch has), inserted by the
    driver insert and by SQLAlchemy's, store the same types and bytes."""
    db, (fast, model) = _database(tmp_path_factory.mktemp("generated"), "KAB-BDG-01", "KAB-BDG-02")
    template = _checked([item()])[0]
    now = NOW.astimezone(timezone(timedelta(hours=7)))
    flag_names = ["is_anonymous", "is_confidential", "consent_personal", "inclusion_consent", "disability_consent"]
    values: dict[int, list[dict[str, Any]]] = {fast: [], model: []}
    for n, drawn in enumerate(rows):
        for desk_id in (fast, model):
            row = dict(zip(complaint_row.COLUMNS, complaint_row.new_row(template, desk_id, now), strict=True))
            received, recorded = drawn["stamps"]
            # The same objects in the columns kept as stamped, as check_item leaves them.
            as_stamped = (received, recorded) if drawn["shared"] else drawn["as_stamped"]
            row.update(
                received_at=received,
                desk_recorded_at=recorded,
                received_at_desk_clock=as_stamped[0],
                recorded_at_desk_clock=as_stamped[1],
                client_id=f"client-{n}",
                receipt_number=f"R/{n}",
                incident_date=drawn["incident_date"],
                latitude=drawn["latitude"],
                desk_clock_offset_s=drawn["desk_clock_offset_s"],
                with_companion=drawn["with_companion"],
                disability_types=drawn["disability_types"],
                title=drawn["title"],
                **dict(zip(flag_names, drawn["flags"], strict=False)),
            )
            values[desk_id].append(row)

    def both(session: Any) -> None:
        sqlite_insert_returning(
            session,
            intake._TABLE,
            complaint_row.COLUMNS,
            [tuple(r.values()) for r in values[fast]],
            intake._CONFLICT,
            intake._RETURNING,
        )
        stmt = insert_for(session, Complaint).on_conflict_do_nothing(index_elements=["desk_id", "client_id"])
        session.execute(stmt, values[model])

    db.write(both)
    by_driver, by_model = _stored(db, fast), _stored(db, model)
    assert len(by_driver) == len(rows)
    assert by_driver == by_model
    db.dispose()
