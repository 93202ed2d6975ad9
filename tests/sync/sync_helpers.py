"""Helpers for the sync tests (a module of its own: conftest names clash across folders)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from central.testing import RunningServer
from lapor_desk.desk import Desk
from lapor_desk.paths import Paths
from lapor_desk.sync.retry import RetryPolicy

# One worker (2 cores are shared); maintenance and revocation take effect at once.
SERVE_ARGS = ("--workers", "1", "--flag-ttl-ms", "0", "--max-attachment-bytes", "200000")


def open_desk(home: Path, url: str, token: str, clock: Callable[..., Any] | None = None) -> Desk:
    paths = Paths(home / "data", home / "config", home / "logs")
    kwargs = {"clock": clock} if clock is not None else {}
    desk = Desk.open(f"sqlite:///{home / 'desk.sqlite3'}", paths=paths, **kwargs)
    assert desk.sync is not None
    desk.sync.register(url, token)
    desk.sync.policy = RetryPolicy(base_s=0.01, cap_s=0.2)
    return desk


def central_complaint(server: RunningServer, tracking_id: int) -> dict[str, Any]:
    r = httpx.get(f"{server.api_url}/admin/complaints/{tracking_id}", headers=server.operator_auth, timeout=10)
    r.raise_for_status()
    return dict(r.json())


def admin_move(server: RunningServer, tracking_id: int, action: str, **body: str) -> dict[str, Any]:
    r = httpx.post(f"{server.api_url}/admin/complaints/{tracking_id}/{action}", json=body,
                   headers=server.operator_auth, timeout=10)
    r.raise_for_status()
    return dict(r.json())
