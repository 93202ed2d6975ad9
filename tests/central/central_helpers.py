"""Building batch items the way a desk does: every field, then the canonical payload hash."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import httpx

PROBLEM = "https://lapor-desk.example/problems/"


def seal(item: dict[str, Any]) -> dict[str, Any]:
    body = {k: v for k, v in item.items() if k != "payload_hash"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {**body, "payload_hash": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def item(revision: int = 1, client_id: str | None = None, **overrides: Any) -> dict[str, Any]:
    """A complete, valid walk-in complaint as a batch item."""
    client_id = client_id or str(uuid.uuid4())
    values: dict[str, Any] = {
        "client_id": client_id,
        "revision": revision,
        # one receipt number per complaint, as a desk hands them out (the central refuses a
        # number another complaint of the desk holds)
        "receipt_number": "KAB-BDG-01/2026/" + client_id[:8],
        "desk_recorded_at": "2026-11-20T09:05:00+07:00",
        "attachments": [],
        "type": "pengaduan",
        "channel": "walk_in",
        "title": "Jalan desa rusak berlubang",
        "body": "Jalan utama Desa Cibiru Wetan rusak parah sejak tiga bulan, banyak lubang besar.",
        "incident_date": "2026-11-01",
        "location_text": "Jl. Raya Cibiru Wetan, dekat balai desa",
        "province_code": "32",
        "regency_code": "32.04",
        "district_code": "",
        "village_code": "",
        "latitude": -6.93,
        "longitude": 107.72,
        "category_id": "infrastruktur.jalan",
        "agency_name": "",
        "is_anonymous": False,
        "is_confidential": False,
        "reporter_name": "Budi Santoso",
        "reporter_nik": "3204051203850002",
        "reporter_phone": "0812-3456-7890",
        "reporter_email": "",
        "reporter_address": "Cibiru Wetan RT 02 RW 05",
        "consent_personal": True,
        "inclusion_consent": True,
        "sex": "male",
        "age_band": "31_45",
        "disability_consent": False,
        "disability": None,
        "disability_types": [],
        "accessibility_need": "",
        "with_companion": False,
        "officer_name": "Siti Rahmawati",
        "officer_nip": "198703152010012003",
        "received_at": "2026-11-20T09:00:00+07:00",
    }
    values.update(overrides)
    return seal(values)


def send(client: httpx.Client, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    response = client.post("/complaints/batch", json={"items": items})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    assert [r["index"] for r in results] == list(range(len(items)))
    return results


def create(client: httpx.Client, **overrides: Any) -> int:
    (result,) = send(client, [item(**overrides)])
    assert result["status"] == "created", result
    return int(result["tracking_id"])


def assert_problem(response: httpx.Response, status: int, kind: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers.get("x-request-id")
    body: dict[str, Any] = response.json()
    assert body["type"] == PROBLEM + kind
    assert body["status"] == status
    return body
