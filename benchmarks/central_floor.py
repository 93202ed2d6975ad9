"""The floor for benchmarks/central_load.py: the least a server can do with a desk's batch.

A bare FastAPI endpoint on the same PostgreSQL and the same `complaints` table (migrated by
the central), validating the items with the same pydantic models (BatchRequest, BatchItem)
and inserting them with one multi-row statement. No token, no payload hash, no domain
rules, no revisions, no ID ledger: what is left is FastAPI, pydantic, the driver and
PostgreSQL. Served by uvicorn with as many workers as the central:

    LAPOR_FLOOR_DB=postgresql+psycopg://... uvicorn benchmarks.central_floor:app_from_env --factory
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import create_engine, text

from central.schemas import BatchItem, BatchRequest

ENV = "LAPOR_FLOOR_DB"
DESK_CODE = "FLOOR-0000"

_COLUMNS = [
    "desk_id",
    "client_id",
    "revision",
    "payload_hash",
    "receipt_number",
    "status",
    "status_reason",
    "forwarded_agency",
    "type",
    "channel",
    "title",
    "body",
    "incident_date",
    "location_text",
    "province_code",
    "regency_code",
    "district_code",
    "village_code",
    "latitude",
    "longitude",
    "category_id",
    "agency_name",
    "is_anonymous",
    "is_confidential",
    "reporter_name",
    "reporter_nik",
    "reporter_phone",
    "reporter_email",
    "reporter_address",
    "consent_personal",
    "inclusion_consent",
    "sex",
    "age_band",
    "disability_consent",
    "disability",
    "disability_types",
    "accessibility_need",
    "with_companion",
    "officer_name",
    "officer_nip",
    "received_at",
    "desk_recorded_at",
    "created_at",
    "updated_at",
    "status_changed_at",
]
_NAMES = ", ".join(_COLUMNS)
_INSERT = text(
    f"INSERT INTO complaints ({_NAMES}) SELECT {_NAMES} "  # noqa: S608 - a constant
    "FROM json_populate_recordset(NULL::complaints, CAST(:rows AS json)) RETURNING tracking_id, client_id"
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def app_from_env() -> FastAPI:
    engine = create_engine(os.environ[ENV], pool_size=20, max_overflow=0, pool_pre_ping=True)
    with engine.begin() as conn:
        desk_id = conn.execute(text("SELECT id FROM desks WHERE code = :c"), {"c": DESK_CODE}).scalar_one()
    app = FastAPI()

    @app.post("/floor/batch")
    def batch(body: BatchRequest) -> dict[str, Any]:
        now = datetime.now(UTC).isoformat()
        items = [BatchItem.model_validate(raw) for raw in body.items]
        rows = []
        for item in items:
            row = item.model_dump(exclude={"attachments"})
            row.update(desk_id=desk_id, status="unverified", status_reason="", forwarded_agency="")
            row.update(created_at=now, updated_at=now, status_changed_at=now)
            rows.append(row)
        with engine.begin() as conn:
            made = conn.execute(_INSERT, {"rows": json.dumps(rows, default=_plain)}).all()
        ids = {str(cid): tid for tid, cid in made}
        return {
            "results": [
                {"index": n, "client_id": str(i.client_id), "status": "created", "tracking_id": ids[str(i.client_id)]}
                for n, i in enumerate(items)
            ]
        }

    return app
