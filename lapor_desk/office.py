"""Office mode on this PC: which office PostgreSQL it records into, and a check of that server.

The set-up wizard's office page (and anything else that points a counter at the office's
server) tests the connection with `check_office`, then `save_office` keeps the choice in the
PC's config folder: the address (no password) in `office-database.url`, which every start reads
when LAPOR_DESK_DB is not set, and the password in an owner-only libpq password file the address
names. Each failure is a CodedError whose message says what to do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from lapor_desk.i18n import CodedError
from lapor_desk.paths import OFFICE_URL_FILE, Paths
from lapor_desk.storage.database import Database
from lapor_desk.storage.errors import StorageError
from lapor_desk.storage.office import missing_rights

PASS_FILE = "office.pgpass"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class OfficeServer:
    host: str
    port: int
    database: str
    role: str
    password: str

    def url(self, *, passfile: Path | None = None, with_password: bool = False) -> str:
        query = {"passfile": str(passfile)} if passfile is not None else {}
        password = self.password if with_password else None
        address = URL.create("postgresql+psycopg", self.role, password, self.host, self.port, self.database, query)
        return address.render_as_string(hide_password=False)


@dataclass(frozen=True)
class OfficeCheck:
    version: str  # the server's, e.g. "15.4"
    schema: str | None  # the office database's schema revision; None: empty, this counter creates it


def check_office(server: OfficeServer) -> OfficeCheck:
    """Reach the server as the counter will, and check what the desk needs: a PostgreSQL new
    enough, and the role's rights (on the tables, or to create them in an empty database).
    Raises CodedError: the server unreachable, the sign-in refused, rights missing, too old."""
    db = Database(server.url(with_password=True))
    try:
        number = db.check_server()
        assert number is not None
        revision = db.current_revision()
        with db._translated(), db.engine.connect() as conn:  # noqa: SLF001 - the same translation as every read
            if revision is None:
                create = conn.exec_driver_sql("SELECT has_schema_privilege(current_schema(), 'CREATE')").scalar()
                missing = [] if create else ["CREATE schema"]
            else:
                missing = missing_rights(conn)
        if missing:
            raise StorageError("db_no_rights", **db.server_info(), detail=", ".join(missing[:8]))
        return OfficeCheck(f"{number // 10000}.{number % 10000}", revision)
    except StorageError as exc:
        if exc.code == "db_server_unreachable":  # nothing typed to keep here: say what to check
            if f'database "{server.database}" does not exist' in str(exc.params.get("detail", "")):
                raise CodedError("office_database_missing", database=server.database, **exc.params) from exc
            raise CodedError("office_server_unreachable", **exc.params) from exc
        raise
    finally:
        db.dispose()


def office_installation_id(server: OfficeServer, config_dir: Path) -> str:
    """The installation the central knows the office as (kept in its database by the first
    counter that registered), so a counter joining an office is checked at the central as the
    office, not as its own PC; an office database without tables yet: this PC's, as it will be."""
    from lapor_desk.sync.installation import desk_installation_id, installation_id  # noqa: PLC0415

    db = Database(server.url(with_password=True))
    try:
        if db.current_revision() is None:
            return installation_id(config_dir)
        return desk_installation_id(db, config_dir)
    finally:
        db.dispose()


def save_office(paths: Paths, server: OfficeServer) -> str:
    """Keep this PC's office database for every later start; returns the address to open now."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    passfile = paths.config_dir / PASS_FILE
    fields = [server.host, str(server.port), server.database, server.role, server.password]
    line = ":".join(f.replace("\\", "\\\\").replace(":", "\\:") for f in fields)
    _write_private(passfile, line + "\n")  # libpq ignores a password file others can read
    url = server.url(passfile=passfile)
    _write_private(paths.config_dir / OFFICE_URL_FILE, url + "\n")
    return url


def _write_private(path: Path, text: str) -> None:
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)
