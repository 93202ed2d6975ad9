"""Every kind of malformed value the central's request models refuse has a catalogue code of
its own, whose Indonesian and English texts name the field: pydantic's English never reaches
an answer (POST /complaints/batch per item, and the other routes that take a body)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from central_helpers import assert_problem, item

from central.messages import CATALOG, text
from central.problems import PYDANTIC_CODES

# Words of pydantic's messages ("Input should be a valid UUID", "Field required", ...).
PYDANTIC_ENGLISH = ("Input should", "should have", "Field required", "Extra inputs", "String should", "Value should")

# field -> a malformed value, and the code it must be refused with; one per kind a batch item meets.
BAD_ITEM_VALUES: list[tuple[str, Any, str]] = [
    ("client_id", "not-a-uuid", "not_uuid"),  # uuid_parsing
    ("client_id", 12345, "not_uuid"),  # uuid_type
    ("desk_recorded_at", "kemarin sore", "not_datetime"),  # datetime_from_date_parsing
    ("desk_recorded_at", "2026-11-20T25:99:00+07:00", "not_datetime"),  # datetime_parsing
    ("desk_recorded_at", True, "not_datetime"),  # datetime_type
    ("received_at", "2026-11-20T09:00:00", "datetime_without_zone"),  # timezone_aware
    ("incident_date", "1 November", "not_date"),  # date_from_datetime_parsing
    ("incident_date", "2026-11-01T10:30:00+07:00", "not_date"),  # date_from_datetime_inexact
    ("incident_date", True, "not_date"),  # date_type
    ("revision", "dua", "not_integer"),  # int_parsing
    ("revision", 1.5, "not_integer"),  # int_from_float
    ("revision", None, "not_integer"),  # int_type
    ("revision", 0, "number_too_small"),  # greater_than_equal
    ("revision", 2**31, "number_too_large"),  # less_than_equal
    ("latitude", "utara", "not_number"),  # float_parsing
    ("latitude", [], "not_number"),  # float_type
    ("is_anonymous", "ya", "not_boolean"),  # bool_type (strict)
    ("with_companion", 1, "not_boolean"),  # bool_type in an optional field
    ("title", 42, "not_text"),  # string_type
    ("title", "x" * 151, "too_long"),  # string_too_long
    ("receipt_number", "R" * 65, "too_long"),  # too_long (a constraint after a validator)
    ("receipt_number", "", "too_short_text"),  # too_short on text
    ("payload_hash", "abc", "not_sha256"),  # string_pattern_mismatch
    ("type", "keluhan", "invalid_choice"),  # enum
    ("attachments", "none", "not_a_list"),  # list_type
    ("attachments", [7], "not_an_object_at"),  # model_type, at attachments[0]
    ("disability_types", ["fisik"] * 5, "too_many_items"),  # too_long on a list
    ("favourite_colour", "biru", "unknown_field"),  # extra_forbidden
]


def _raw_post(client: httpx.Client, path: str, body: Any, method: str = "POST") -> httpx.Response:
    # Python's json, as a buggy desk might write it (NaN, a lone surrogate as its escape).
    return client.request(method, path, content=json.dumps(body), headers={"content-type": "application/json"})


def _assert_catalogue_text(error: dict[str, str]) -> None:
    code, field, indonesian = error["code"], error["field"], error["message"]
    assert code in CATALOG, error  # the central's own code, with texts in both languages
    assert CATALOG[code]["en"] != CATALOG[code]["id"]
    assert not any(w in indonesian for w in PYDANTIC_ENGLISH), error
    assert "{" not in indonesian, error
    if field:
        assert field in indonesian, error


def test_every_kind_a_batch_item_meets_has_its_own_code_in_both_languages(desk_client: httpx.Client) -> None:
    items = []
    for name, value, _code in BAD_ITEM_VALUES:
        raw = item()
        raw[name] = value
        items.append(raw)
    clean = item()
    response = _raw_post(desk_client, "/complaints/batch", {"items": [*items, clean]})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(items) + ["created"]
    for result, (name, value, code) in zip(results[:-1], BAD_ITEM_VALUES, strict=True):
        first = result["errors"][0]
        where = "attachments[0]" if value == [7] else name
        assert (first["field"], first["code"]) == (where, code), (name, value, result["errors"])
        if code not in ("too_long", "invalid_choice", "unknown_field"):  # the desk's own codes keep its texts
            _assert_catalogue_text(first)
        assert not any(w in json.dumps(result) for w in PYDANTIC_ENGLISH), result
    # A nested field is named by its path.
    nested = item(attachments=[{"sha256": "a" * 64, "size": "besar", "media_type": "application/pdf", "filename": "a"}])
    (result,) = _raw_post(desk_client, "/complaints/batch", {"items": [nested]}).json()["results"]
    assert result["errors"][0]["field"] == "attachments[0].size"
    assert result["errors"][0]["code"] == "not_integer"
    assert result["errors"][0]["message"] == "attachments[0].size harus berupa bilangan bulat."
    assert text("not_integer", "en", field="attachments[0].size") == "attachments[0].size must be a whole number."


def test_the_texts_of_every_mapped_kind_exist_in_both_languages() -> None:
    params = {"field": "revision", "min": 1, "max": 9, "length": 12, "pattern": "^x$", "value": "v"}
    for kind, code in PYDANTIC_CODES.items():
        indonesian, english = text(code, "id", **params), text(code, "en", **params)
        assert indonesian != code and english != code, kind  # a text, not the bare code
        assert indonesian != english, kind
        if code in CATALOG:
            assert "revision" in indonesian and "revision" in english, kind
    assert text("not_uuid", field="client_id").startswith("client_id harus berupa UUID")
    assert text("not_uuid", "en", field="client_id").startswith("client_id must be a UUID")
    assert text("not_datetime", field="desk_recorded_at").startswith("desk_recorded_at harus berupa tanggal dan jam")
    assert text("not_datetime", "en", field="desk_recorded_at").startswith(
        "desk_recorded_at must be an ISO 8601 date and time"
    )


@pytest.mark.parametrize(
    ("path", "method", "body", "field", "code"),
    [
        ("/complaints/lookup", "POST", {"client_ids": ["bukan-uuid"]}, "client_ids[0]", "not_uuid"),
        ("/complaints/lookup", "POST", {"client_ids": []}, "client_ids", "too_few_items"),
        (
            "/complaints/lookup",
            "POST",
            {"client_ids": [str(uuid.uuid4())], "known_tracking_ids": ["satu"]},
            "known_tracking_ids[0]",
            "not_integer",
        ),
        ("/audit-anchor", "PUT", {"seq": "lima", "hash": "a" * 64}, "seq", "not_integer"),
        ("/audit-anchor", "PUT", {"seq": 0, "hash": "a" * 64}, "seq", "number_too_small"),
        ("/audit-anchor", "PUT", {"seq": 1, "hash": 7}, "hash", "not_text"),
        (
            "/complaints/1/replies",
            "POST",
            {"reply_id": str(uuid.uuid4()), "kind": "reply", "text": "Terima kasih", "recorded_at": "besok"},
            "recorded_at",
            "not_datetime",
        ),
        (
            "/complaints/1/replies",
            "POST",
            {"reply_id": "x", "kind": "reply", "text": "Terima kasih", "recorded_at": "2026-11-20T09:00:00+07:00"},
            "reply_id",
            "not_uuid",
        ),
        (
            "/complaints/1/replies",
            "POST",
            {"reply_id": str(uuid.uuid4()), "kind": "pujian", "recorded_at": "2026-11-20T09:00:00+07:00"},
            "kind",
            "invalid_choice",
        ),
        ("/complaints/batch", "POST", {"items": "semua"}, "items", "not_a_list"),
        ("/complaints/batch", "POST", {"items": [{}], "desk_clock_offset_s": "x"}, "desk_clock_offset_s", "not_number"),
    ],
)
def test_other_bodies_are_refused_with_the_same_codes(
    desk_client: httpx.Client, path: str, method: str, body: dict[str, Any], field: str, code: str
) -> None:
    problem = assert_problem(_raw_post(desk_client, path, body, method), 422, "validation")
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, code)], problem
    if code != "invalid_choice":
        _assert_catalogue_text(problem["errors"][0])
    assert not any(w in json.dumps(problem) for w in PYDANTIC_ENGLISH), problem


def test_a_path_parameter_that_is_no_integer_names_it(desk_client: httpx.Client) -> None:
    problem = assert_problem(desk_client.get("/complaints/tujuh"), 422, "validation")
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [("tracking_id", "not_integer")]
    assert problem["errors"][0]["message"] == "tracking_id harus berupa bilangan bulat."


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"[1, 2]", "request_not_valid"), (b'"semua"', "request_not_valid"), (b"", "request_body_missing")],
)
def test_a_body_that_is_no_object_is_refused_as_the_request_never_as_a_field_called_body(
    desk_client: httpx.Client, content: bytes, code: str
) -> None:
    response = desk_client.post("/complaints/batch", content=content, headers={"content-type": "application/json"})
    problem = assert_problem(response, 422, "validation")
    assert problem["errors"] == [{"field": "", "code": code, "message": text(code)}]
    assert text(code) != text(code, "en") and "body" not in text(code)
