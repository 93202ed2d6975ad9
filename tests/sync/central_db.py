"""Reading the real central's database directly, to check what arrived (nothing mocked)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text

from central.testing import RunningServer


def arrived(server: RunningServer, desk_code: str) -> list[dict[str, Any]]:
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rows = (
                conn.execute(
                    text(
                        "SELECT c.tracking_id, c.client_id, c.revision, c.payload_hash, c.title, c.body, c.status "
                        "FROM complaints c JOIN desks d ON d.id = c.desk_id WHERE d.code = :code "
                        "ORDER BY c.tracking_id"
                    ),
                    {"code": desk_code},
                )
                .mappings()
                .all()
            )
            return [dict(r) for r in rows]
    finally:
        engine.dispose()


def attachments_of(server: RunningServer, desk_code: str) -> dict[str, list[tuple[str, bool]]]:
    """client_id -> [(sha256, bytes received)]"""
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT c.client_id, r.sha256, a.sha256 IS NOT NULL FROM complaint_attachments r "
                    "JOIN complaints c ON c.tracking_id = r.tracking_id JOIN desks d ON d.id = c.desk_id "
                    "LEFT JOIN attachments a ON a.sha256 = r.sha256 WHERE d.code = :code"
                ),
                {"code": desk_code},
            ).all()
    finally:
        engine.dispose()
    out: dict[str, list[tuple[str, bool]]] = {}
    for cid, sha, got in rows:
        out.setdefault(cid, []).append((sha, bool(got)))
    return out
