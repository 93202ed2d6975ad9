"""The batch answer is written without validating each result again: its bytes must be
those BatchResponse's own model_dump_json writes, for every kind of result the central builds."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from central.problems import field_error
from central.schemas import BatchResponse, batch_response_json
from lapor_desk.domain.enums import Status

CLIENT = "6a1f0d6e-9a55-4a43-8d37-1f1e5f7a2f11"


def _model_dump(results: list[dict[str, Any]], counts: dict[str, int]) -> bytes:
    return BatchResponse.model_validate({"results": results, "counts": counts}).model_dump_json().encode()


def test_every_kind_of_result_is_written_as_the_model_writes_it() -> None:
    results: list[dict[str, Any]] = [
        # created, then its attachment state filled in (central.services.intake)
        {
            "index": 0,
            "client_id": CLIENT,
            "status": "created",
            "tracking_id": 7,
            "revision": 1,
            "complaint_status": "unverified",
            "errors": [],
            "warnings": [field_error("reporter_nik", "nik_age_mismatch", year=1990)],
            "missing_attachments": ["a" * 64, "b" * 64],
            "attachments_complete": False,
        },
        # refused before the database: no tracking ID, maybe no client ID
        {
            "index": 1,
            "client_id": None,
            "status": "rejected",
            "errors": [field_error("", "not_an_object")],
            "warnings": [],
        },
        # refused against a row: its status as the ORM holds it (an enum member)
        {
            "index": 2,
            "client_id": CLIENT,
            "status": "rejected",
            "errors": [field_error("revision", "locked_status", status=Status.COMPLETED)],
            "warnings": [],
            "tracking_id": 9,
            "revision": 3,
            "complaint_status": Status.COMPLETED,
            "missing_attachments": [],
            "attachments_complete": True,
        },
        {
            "index": 3,
            "client_id": CLIENT,
            "status": "duplicate",
            "tracking_id": 2**31 - 1,
            "revision": 2,
            "complaint_status": str(Status.ON_HOLD),
            "errors": [],
            "warnings": [],
            "missing_attachments": [],
            "attachments_complete": True,
        },
    ]
    counts = {"created": 1, "duplicate": 1, "updated": 0, "rejected": 2}
    assert batch_response_json(results, counts) == _model_dump(results, counts)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(), st.one_of(st.none(), st.text()))
def test_any_text_is_written_as_the_model_writes_it(field: str, detail: str, client_id: str | None) -> None:
    results: list[dict[str, Any]] = [
        {
            "index": 0,
            "client_id": client_id,
            "status": "rejected",
            "errors": [field_error(field, "invalid_value", detail=detail)],
            "warnings": [],
        }
    ]
    counts = {"created": 0, "duplicate": 0, "updated": 0, "rejected": 1}
    assert batch_response_json(results, counts) == _model_dump(results, counts)
