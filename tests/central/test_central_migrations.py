"""The central's newest migration goes down and up again on both engines, leaving the indexes
each revision promises (0009: the admin list's covering desk index and the date index)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import OperationalError

from central.db import MIGRATIONS_DIR
from central.testing import fresh_postgres_database

AT_0009 = {"ix_complaints_desk_list", "ix_complaints_received_at"}
AT_0008 = {"ix_complaints_desk_tracking"}


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = create_engine(f"sqlite:///{tmp_path / 'central.db'}")
        yield made
        made.dispose()
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    with fresh_postgres_database(admin_url, "lapor_central_migrations_") as url:
        made = create_engine(url)
        yield made
        made.dispose()


def _migrate(engine: Engine, direction: str, revision: str) -> None:
    with engine.connect() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)
        conn.commit()


def _indexes(engine: Engine) -> set[str]:
    catalogue = (
        "SELECT indexname FROM pg_indexes WHERE tablename = 'complaints'"
        if engine.dialect.name == "postgresql"
        else "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'complaints'"
    )
    with engine.connect() as conn:
        return {str(name) for name in conn.exec_driver_sql(catalogue).scalars()}


def test_0009_down_and_up_again(engine: Engine) -> None:
    _migrate(engine, "upgrade", "0009")
    assert _indexes(engine) >= AT_0009
    assert not AT_0008 & _indexes(engine)
    _migrate(engine, "downgrade", "0008")
    assert _indexes(engine) >= AT_0008
    assert not AT_0009 & _indexes(engine)
    _migrate(engine, "upgrade", "head")
    assert _indexes(engine) >= AT_0009
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            definition = conn.exec_driver_sql("SELECT pg_get_indexdef('ix_complaints_desk_list'::regclass)").scalar()
        assert "INCLUDE (client_id, receipt_number" in str(definition)


def test_0009_takes_indexes_built_beforehand(engine: Engine) -> None:
    """An operator of a large central builds 0009's indexes CONCURRENTLY before upgrading (README):
    the migration takes them as they are."""
    _migrate(engine, "upgrade", "0008")
    concurrently = "CONCURRENTLY " if engine.dialect.name == "postgresql" else ""
    include = " INCLUDE (client_id, receipt_number, revision, status, type, channel, title, category_id, "
    include += "regency_code, forwarded_agency, received_at, updated_at)"
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(
            f"CREATE INDEX {concurrently}ix_complaints_desk_list ON complaints (desk_id, tracking_id)"
            + (include if concurrently else "")
        )
        conn.exec_driver_sql(
            f"CREATE INDEX {concurrently}ix_complaints_received_at ON complaints (received_at, tracking_id)"
        )
        conn.exec_driver_sql("DROP INDEX ix_complaints_desk_tracking")
    _migrate(engine, "upgrade", "head")
    assert _indexes(engine) >= AT_0009
    assert not AT_0008 & _indexes(engine)


def _index_facts(engine: Engine) -> dict[str, tuple[int, bool, str]]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT c.relname, c.oid, i.indisvalid, pg_get_indexdef(c.oid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'complaints'::regclass"
        ).all()
    return {str(r[0]): (int(r[1]), bool(r[2]), str(r[3])) for r in rows}


def test_0009_rebuilds_an_invalid_or_otherwise_defined_index_and_keeps_a_fit_one(engine: Engine) -> None:
    """A CREATE INDEX CONCURRENTLY cancelled (here by its statement timeout while a writer holds
    the table) leaves an INVALID index under the name; an earlier draft of 0009 indexed
    received_at alone. 0009 builds both again instead of keeping them, and keeps an index it
    finds valid and as defined (the same one, not rebuilt)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("INVALID indexes and CONCURRENTLY are PostgreSQL's")
    _migrate(engine, "upgrade", "0008")
    with (
        engine.connect() as writer,
        engine.connect().execution_options(isolation_level="AUTOCOMMIT") as builder,
    ):
        writer.exec_driver_sql("LOCK TABLE complaints IN ROW EXCLUSIVE MODE")  # a writer's lock, held
        builder.exec_driver_sql("SET statement_timeout = '1s'")
        with pytest.raises(OperationalError, match="statement timeout"):
            builder.exec_driver_sql(
                "CREATE INDEX CONCURRENTLY ix_complaints_desk_list ON complaints (desk_id, tracking_id)"
            )
        writer.rollback()
        builder.exec_driver_sql("SET statement_timeout = 0")
        builder.exec_driver_sql("CREATE INDEX ix_complaints_received_at ON complaints (received_at)")
    before = _index_facts(engine)
    assert before["ix_complaints_desk_list"][1] is False  # INVALID, left by the cancelled build
    _migrate(engine, "upgrade", "head")
    after = _index_facts(engine)
    assert after["ix_complaints_desk_list"][1] is True
    assert "INCLUDE (client_id, receipt_number" in after["ix_complaints_desk_list"][2]
    assert after["ix_complaints_received_at"][2].endswith("(received_at, tracking_id)")
    assert not AT_0008 & set(after)
    # valid and as defined: kept as it is
    _migrate(engine, "downgrade", "0008")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(
            "CREATE INDEX CONCURRENTLY ix_complaints_received_at ON complaints (received_at, tracking_id)"
        )
    built = _index_facts(engine)["ix_complaints_received_at"][0]
    _migrate(engine, "upgrade", "head")
    assert _index_facts(engine)["ix_complaints_received_at"][0] == built


def test_every_central_migrated_from_nothing_stores_the_same_schema(tmp_path: Path) -> None:
    """SQLite rebuilds a table in an alembic batch; the copies of its constraints used to be taken
    in a set's order (memory addresses), so two centrals could store `events` with its foreign
    keys swapped (lapor_desk/storage/batch_order.py). Four migrations from nothing, one schema."""
    schemas = set()
    for n in range(4):
        made = create_engine(f"sqlite:///{tmp_path / f'central-{n}.db'}")
        try:
            _migrate(made, "upgrade", "head")
            with made.connect() as conn:
                rows = conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all()
        finally:
            made.dispose()
        assert any(name == "events" for _kind, name, _sql in rows)
        schemas.add(tuple(tuple(row) for row in rows))
    assert len(schemas) == 1
