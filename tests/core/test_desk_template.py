"""The session's SQLite template (tests/desk_template.py) gives what the migrations give."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lapor_desk.storage.database import Database, open_database

import desk_template


def _schema(path: Path) -> tuple[object, ...]:
    with sqlite3.connect(path) as raw:
        objects = raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        revision = raw.execute("SELECT version_num FROM alembic_version").fetchall()
        pragmas = [raw.execute(f"PRAGMA {p}").fetchone() for p in ("user_version", "journal_mode", "page_size")]
        rows = {
            name: raw.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for (kind, name, _t, _s) in objects
            if kind == "table" and not name.startswith("sqlite_")
        }
    raw.close()
    return objects, revision, pragmas, rows


def test_a_copy_of_the_template_is_the_database_the_migrations_make(
    tmp_path: Path, sqlite_template: desk_template.SqliteTemplate
) -> None:
    copied = tmp_path / "copied.sqlite3"
    open_database(f"sqlite:///{copied}").dispose()  # new file: the template's copy
    migrated = tmp_path / "migrated.sqlite3"
    db = Database(f"sqlite:///{migrated}")
    sqlite_template.real_migrate(db, backup=False)  # the same, through every revision
    db.dispose()
    assert copied.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _schema(copied) == _schema(migrated)
    assert _schema(copied)[1] == [(Database(f"sqlite:///{copied}").head_revision(),)]


def test_a_file_with_a_schema_is_migrated_for_real(
    tmp_path: Path, sqlite_template: desk_template.SqliteTemplate
) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE unrelated (x INTEGER)")
    raw.close()
    assert not sqlite_template.is_new(Database(f"sqlite:///{path}"))
    assert sqlite_template.is_new(Database(f"sqlite:///{tmp_path / 'none.sqlite3'}"))
