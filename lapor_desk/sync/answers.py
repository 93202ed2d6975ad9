"""The central's answers as the sync engine reads them: which central confirmed what, the
shapes of its documents, and the errors kept for a complaint it refused as a whole."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from lapor_desk.sync import reconcile, state
from lapor_desk.sync.transport import Exchange


def central_key(url: str, health: Any) -> str:
    """The name file confirmations are kept under. A central that reports the identity of its
    database in /health (`database_id`) is keyed by it, so a restored or replaced central
    (new identity) is asked again about every file; otherwise by its URL. The identity is
    the database and its data generation (reconcile.identity_of): a restore from an older
    backup may have lost files too."""
    ident = reconcile.identity_of(health)
    if ident:
        return f"db:{ident}"[:200]
    return f"url:{url.rstrip('/')}"[:200]


def _server_time_of(body: Any) -> datetime | None:
    if not isinstance(body, dict):
        return None
    try:
        server = datetime.fromisoformat(str(body.get("server_time")))
    except ValueError:
        return None
    return server if server.tzinfo is not None else None


def _batch_shape_ok(body: Any, count: int) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("results"), list)
        and len(body["results"]) == count
        and all(isinstance(r, dict) and r.get("index") == n for n, r in enumerate(body["results"]))
    )


def _lookup_shape_ok(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("found"), list)


def _updates_shape_ok(body: Any) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("items"), list)
        and isinstance(body.get("next_cursor"), str)
        and body["next_cursor"].isdigit()
    )


def _offset_of(body: Any) -> int | None:
    offset = body.get("offset") if isinstance(body, dict) else None
    return offset if isinstance(offset, int) and not isinstance(offset, bool) and offset >= 0 else None


def _attachment_sizes(items: Iterable[state.Outgoing]) -> dict[str, int]:
    """sha256 -> size, from the queued payloads (for the bytes still to send)."""
    sizes: dict[str, int] = {}
    for item in items:
        try:
            refs = json.loads(item.payload).get("attachments") or []
        except (ValueError, AttributeError):
            continue
        for r in refs:
            if isinstance(r, dict) and isinstance(r.get("size"), int):
                sizes[str(r.get("sha256"))] = r["size"]
    return sizes


def _attachment_names(item: state.Outgoing) -> dict[int, str]:
    """Position -> file name, from the queued payload (only read for a refused file)."""
    try:
        refs = json.loads(item.payload).get("attachments") or []
    except (ValueError, AttributeError):
        return {}
    return {n: str(r.get("filename") or "") for n, r in enumerate(refs) if isinstance(r, dict)}


def _whole_refusal(ex: Exchange) -> dict[str, Any]:
    """The error kept for a complaint the central refused as a whole; a 413 names the
    central's limit in bytes, so the clerk knows how much to cut."""
    if ex.status != 413:
        return {"field": "", "code": "central_refused", "message": ex.message}
    limit = ex.body.get("max_bytes") if isinstance(ex.body, dict) else None
    error: dict[str, Any] = {"field": "", "code": "request_too_large", "message": ex.message}
    if isinstance(limit, int) and limit > 0:
        error = {**error, "code": "request_too_large_limit", "params": {"limit": limit}}
    return error


def _errors_of(ex: Exchange) -> list[dict[str, Any]]:
    if isinstance(ex.body, dict) and isinstance(ex.body.get("errors"), list):
        return [e for e in ex.body["errors"] if isinstance(e, dict)]
    return []
