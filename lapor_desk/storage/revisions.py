"""The desk schema's revisions read without alembic.

Nearly every start finds the database already at head; checking that needs neither alembic
nor mako (about 0.45 s of CPU per process, and the tests start hundreds of processes). The
revisions are numbered "0001", "0002", ... in one line, each in a file named after its number
(tests/core/test_revisions.py holds alembic's own view of the scripts to this).
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection, inspect, text

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"
_SCRIPT = re.compile(r"^(\d{4})_\w+\.py$")


def newest_revision() -> str | None:
    """The head revision as the script files name it; None if no script is found that way."""
    numbers = [m.group(1) for p in VERSIONS_DIR.iterdir() if (m := _SCRIPT.match(p.name))]
    return max(numbers, default=None)


def stamped_revisions(conn: Connection) -> list[str]:
    """The revisions the database's version table holds (none for a new database)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return []
    return [str(r) for r in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()]


def at_head(conn: Connection) -> bool:
    """True when the database is stamped with exactly the newest revision."""
    head = newest_revision()
    return head is not None and stamped_revisions(conn) == [head]
