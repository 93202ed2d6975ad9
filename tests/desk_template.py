"""Brand-new SQLite desk databases from a session template instead of running every migration.

Migrating a new SQLite file through all the desk's revisions costs 0.5-1 s on an idle CI
machine (seconds on a loaded one), and most tests start from a new file. The first new file
of the session is migrated for real (`Database.migrate`) and kept as the template; every later
new file, in this process, is a copy of it: the same bytes the migrations wrote. Only a file
that does not exist yet is copied; a file with a schema (older revisions, upgrade tests,
damaged files) goes through the real `migrate`, as do PostgreSQL databases, `lapor-desk`
subprocesses and `tests/upgrades`. tests/core/test_desk_template.py checks that a copy and a
database migrated from nothing have the same schema and revision.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lapor_desk.storage.database import Database

Migrate = Callable[..., Path | None]


class SqliteTemplate:
    def __init__(self, folder: Path, real_migrate: Migrate) -> None:
        self.folder = folder
        self.real_migrate = real_migrate
        self.path: Path | None = None
        self._lock = threading.Lock()

    def template(self) -> Path:
        with self._lock:
            if self.path is None:
                path = self.folder / "desk-template.sqlite3"
                db = Database(f"sqlite:///{path}")
                try:
                    self.real_migrate(db, backup=False)
                finally:
                    db.dispose()
                with sqlite3.connect(path) as raw:  # everything in the main file, no -wal beside it
                    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                raw.close()
                self.path = path
            return self.path

    def is_new(self, db: Database) -> bool:
        if not db.is_sqlite or db.path is None or db.url.query:
            return False
        return not any(p.exists() for p in (db.path, Path(f"{db.path}-wal"), Path(f"{db.path}-journal")))

    def migrate(self, db: Database, backup_dir: Path | None = None, *, backup: bool = True) -> Path | None:
        if not self.is_new(db):
            return self.real_migrate(db, backup_dir, backup=backup)
        assert db.path is not None
        template = self.template()
        db.engine.dispose()  # no pooled connection to a file that is about to appear
        # Copied aside, then linked into place: never over a file another opener made meanwhile.
        aside = db.path.with_name(f"{db.path.name}.{uuid.uuid4().hex}.template")
        shutil.copyfile(template, aside)
        try:
            os.link(aside, db.path)
        except FileExistsError:
            return self.real_migrate(db, backup_dir, backup=backup)
        finally:
            aside.unlink()
        return None  # as the real one for a new file: nothing to back up


def install(folder: Path) -> tuple[SqliteTemplate, Any]:
    """Patch Database.migrate for this process; returns the template and the undo."""
    real = Database.migrate
    template = SqliteTemplate(folder, real)

    def migrate(self: Database, backup_dir: Path | None = None, *, backup: bool = True) -> Path | None:
        return template.migrate(self, backup_dir, backup=backup)

    Database.migrate = migrate  # type: ignore[method-assign]

    def undo() -> None:
        Database.migrate = real  # type: ignore[method-assign]

    return template, undo
