"""Helpers for the sync tests (a module of its own: conftest names clash across folders)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from central.testing import RunningServer
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.settings import DESK_CODE
from lapor_desk.sync.installation import FILE_NAME as installation_file
from lapor_desk.sync.installation import adopt
from lapor_desk.sync.retry import RetryPolicy

# One worker (2 cores are shared); maintenance and revocation take effect at once.
SERVE_ARGS = ("--workers", "1", "--flag-ttl-ms", "0", "--max-attachment-bytes", "200000")


# The central binds a desk token to one installation: the test desks that share the session's
# token stand for one PC (a re-install in a new folder); a test of a second PC passes its own.
TEST_PC = "7e57de5c-0000-4000-8000-000000000001"


# A new desk's database for its home folder: a SQLite file there, unless the `both_engines`
# fixture (tests/sync/conftest.py) points it at a fresh PostgreSQL database for the test.
def database_for(home: Path) -> str:
    return f"sqlite:///{home / 'desk.sqlite3'}"


def open_desk(
    home: Path,
    url: str,
    token: str,
    clock: Callable[..., Any] | None = None,
    installation: str | None = TEST_PC,
    desk_code: str | None = None,
) -> Desk:
    """A desk registered with the central. Each gets a desk code of its own unless told
    (receipt numbers are the desk code, the day and a serial from 1: the central refuses
    a receipt number another complaint of the same desk token holds)."""
    paths = Paths(home / "data", home / "config", home / "logs")
    if installation is not None and not (paths.config_dir / installation_file).exists():
        adopt(paths.config_dir, installation)
    kwargs = {"clock": clock} if clock is not None else {}
    desk = Desk.open(database_for(home), paths=paths, **kwargs)
    assert desk.sync is not None
    if desk_code is not None or desk.settings.get(DESK_CODE) == DESK_CODE.default:
        desk.settings.set(DESK_CODE, desk_code or f"T-{uuid.uuid4().hex[:8].upper()}")
    desk.sync.register(url, token)
    desk.sync.policy = RetryPolicy(base_s=0.01, cap_s=0.2)
    return desk


def unique_code(prefix: str) -> str:
    """A central desk code of its own (a test that runs once per engine adds its desk twice)."""
    return f"{prefix}-{uuid.uuid4().hex[:6].upper()}"


def central_complaint(server: RunningServer, tracking_id: int) -> dict[str, Any]:
    r = httpx.get(f"{server.api_url}/admin/complaints/{tracking_id}", headers=server.operator_auth, timeout=10)
    r.raise_for_status()
    return dict(r.json())


def admin_move(server: RunningServer, tracking_id: int, action: str, **body: str) -> dict[str, Any]:
    r = httpx.post(
        f"{server.api_url}/admin/complaints/{tracking_id}/{action}", json=body, headers=server.operator_auth, timeout=10
    )
    r.raise_for_status()
    return dict(r.json())


def queue_rows(conn: Any) -> list[Any]:
    """The sync queue's rows, each with its complaint's tracking ID as a number (the one
    column that holds it since migration 0012)."""
    from sqlalchemy import BigInteger, cast, select

    from lapor_desk.storage import repository as repo
    from lapor_desk.sync import state

    return list(
        conn.execute(
            select(state.ITEMS, cast(repo.C.tracking_id, BigInteger).label("tracking_id")).join(
                repo.COMPLAINTS, repo.C.id == state.S.complaint_id
            )
        )
    )
