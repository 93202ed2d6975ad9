"""The benchmarks' PostgreSQL fill (benchmarks/pg_fill.py) COPYs into bare tables and adds the
keys, indexes and foreign keys afterwards: the result must be exactly the migrated schema
(pg_dump --schema-only compared line by line) holding the same rows, searchable."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from benchmarks.pg_fill import copy_sqlite_into_postgres, schema_differences, strip
from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data
from lapor_desk.storage.database import open_database
from tests.desk_engines import PostgresDesks

COUNT = 300


@pytest.fixture
def demo_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    generator = DemoGenerator(pilot_places(), seed=5, end=datetime(2026, 11, 20, tzinfo=UTC), span_days=60)
    write_demo_data(db, generator, COUNT)
    db.dispose()
    return path


def test_filled_database_has_the_migrated_schema_and_the_rows(demo_sqlite: Path, postgres_desks: PostgresDesks) -> None:
    url = postgres_desks.empty()
    copied = copy_sqlite_into_postgres(demo_sqlite, url)
    assert copied["complaints"] == COUNT
    assert copied["complaint_events"] == 2 * COUNT
    assert schema_differences(url, postgres_desks.admin_url) == ""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM complaints WHERE search_vector IS NULL")).scalar() == 0
            title = conn.execute(text("SELECT title FROM complaints ORDER BY id LIMIT 1")).scalar_one()
            word = max(title.split(), key=len)
            hits = conn.execute(
                text("SELECT count(*) FROM complaints WHERE search_vector @@ to_tsquery('simple', lapor_fold(:w))"),
                {"w": word.lower()},
            ).scalar()
            assert hits and hits >= 1
            # The keys are back: a copied receipt number cannot be written twice, and the
            # sequences continue after the copied ids.
            before = conn.execute(text("SELECT max(id) FROM complaint_events")).scalar_one()
            assert conn.execute(text("SELECT nextval(pg_get_serial_sequence('complaint_events', 'id'))")).scalar() == (
                before + 1
            )
        with pytest.raises(Exception, match="uq_complaints_receipt_number"), engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE complaints SET receipt_number = "
                    "(SELECT receipt_number FROM complaints ORDER BY id LIMIT 1) "
                    "WHERE id = (SELECT max(id) FROM complaints)"
                )
            )
    finally:
        engine.dispose()


def test_a_missing_key_is_seen(postgres_desks: PostgresDesks) -> None:
    """The schema check is not blind: a database with one constraint left off differs."""
    url = postgres_desks.empty()
    open_database(url).dispose()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            restore = strip(conn.connection.driver_connection.cursor(), ("complaints",))  # type: ignore[union-attr]
            for statement in restore:
                if "uq_complaints_client_id" not in statement:
                    conn.exec_driver_sql(statement)
    finally:
        engine.dispose()
    assert "uq_complaints_client_id" in schema_differences(url, postgres_desks.admin_url)
