"""POST /complaints/batch: idempotent upsert, revision rules, per-item rejection."""

from __future__ import annotations

import hashlib
import json
import math
from datetime import UTC, datetime

import httpx
import orjson
from central_helpers import assert_problem, create, item, seal, send

from central.messages import text
from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.validation import validate


def test_same_batch_three_times_gives_one_complaint_each(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    batch = [item() for _ in range(5)]
    first = send(desk_client, batch)
    assert [r["status"] for r in first] == ["created"] * 5
    assert all(r["complaint_status"] == "unverified" for r in first)
    for _ in range(2):
        again = send(desk_client, batch)
        assert [r["status"] for r in again] == ["duplicate"] * 5
        assert [r["tracking_id"] for r in again] == [r["tracking_id"] for r in first]
    ids = sorted(r["tracking_id"] for r in first)
    assert ids[0] >= 1_000_001
    for tid in ids:
        body = admin_client.get(f"/admin/complaints/{tid}").json()
        assert body["client_id"] in {i["client_id"] for i in batch}


def test_higher_revision_replaces_while_unverified(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    first = item(revision=1)
    tid = send(desk_client, [first])[0]["tracking_id"]
    second = item(revision=2, client_id=first["client_id"], title="Jalan desa rusak dan banjir")
    (result,) = send(desk_client, [second])
    assert (result["status"], result["tracking_id"], result["revision"]) == ("updated", tid, 2)
    assert admin_client.get(f"/admin/complaints/{tid}").json()["title"] == "Jalan desa rusak dan banjir"
    # The old revision arriving late is ignored; the current state answers it.
    (late,) = send(desk_client, [first])
    assert (late["status"], late["tracking_id"], late["revision"]) == ("duplicate", tid, 2)
    assert admin_client.get(f"/admin/complaints/{tid}").json()["title"] == "Jalan desa rusak dan banjir"


def test_higher_revision_refused_after_verify(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    first = item(revision=1)
    tid = send(desk_client, [first])[0]["tracking_id"]
    r = admin_client.post(f"/admin/complaints/{tid}/verify", json={"agency": "Pemkab Bandung"})
    assert r.status_code == 200, r.text
    (result,) = send(desk_client, [item(revision=2, client_id=first["client_id"])])
    assert result["status"] == "rejected"
    assert result["tracking_id"] == tid and result["complaint_status"] == "verified"
    assert result["errors"][0]["code"] == "locked_status"
    assert "verified" in result["errors"][0]["message"]
    assert admin_client.get(f"/admin/complaints/{tid}").json()["revision"] == 1


def test_revision_sent_back_on_hold_reopens_it(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    first = item()
    tid = send(desk_client, [first])[0]["tracking_id"]
    admin_client.post(f"/admin/complaints/{tid}/hold", json={"text": "Lengkapi lokasi"})
    (result,) = send(desk_client, [item(revision=2, client_id=first["client_id"])])
    assert (result["status"], result["complaint_status"]) == ("updated", "unverified")


def test_same_revision_different_content_is_a_conflict(desk_client: httpx.Client) -> None:
    first = item()
    send(desk_client, [first])
    (result,) = send(desk_client, [item(client_id=first["client_id"], title="Judul lain yang berbeda")])
    assert result["status"] == "rejected"
    assert result["errors"][0]["code"] == "revision_conflict"


def test_rejected_items_beside_accepted_ones(desk_client: httpx.Client) -> None:
    bad_nik = item(reporter_nik="3204051213850002")  # month 13
    no_consent = item(consent_personal=False)
    unknown = seal({**item(), "favourite_colour": "biru"})
    wrong_hash = {**item(), "payload_hash": "0" * 64}
    huge = item(title="x" * 1_000_000)
    results = send(desk_client, [item(), bad_nik, no_consent, unknown, wrong_hash, huge, 42, item()])
    assert [r["status"] for r in results] == ["created"] + ["rejected"] * 6 + ["created"]
    assert {"field": "reporter_nik", "code": "nik_month"}.items() <= results[1]["errors"][0].items()
    assert results[2]["errors"][0]["field"] == "consent_personal"
    assert results[3]["errors"] == [
        {"field": "favourite_colour", "code": "unknown_field", "message": "Kolom favourite_colour tidak dikenal."}
    ]
    assert results[4]["errors"][0]["field"] == "payload_hash"
    assert results[4]["errors"][0]["code"] == "hash_mismatch"
    assert results[5]["errors"][0]["code"] == "too_long"
    assert "maksimal 150" in results[5]["errors"][0]["message"]
    assert results[6]["errors"][0]["code"] == "not_an_object"
    assert all(r["errors"] and r["errors"][0]["message"] for r in results[1:7])


def test_warnings_do_not_block(desk_client: httpx.Client) -> None:
    (result,) = send(desk_client, [item(reporter_nik="9904051203850002")])  # unknown province
    assert result["status"] == "created"
    assert result["warnings"][0]["code"] == "nik_province_unknown"


def test_central_checks_the_nik_it_stores_as_the_desk_does(desk_client: httpx.Client) -> None:
    """Each item is normalised once and the rules see exactly what is stored. A NIK of a
    separator and an invisible character ("-\u200b") is no NIK at all, as "-" is: it
    normalises to "" in one pass (it once took two, and the desk refused what the central,
    normalising twice, accepted and stored as an invisible character)."""
    nik = "-\u200b"
    once = ComplaintInput(reporter_nik=nik).normalized()
    assert once.reporter_nik == ""
    assert once.normalized() == once
    desk = validate(ComplaintInput(reporter_nik=nik), now=datetime(2026, 11, 20, 3, tzinfo=UTC))
    assert not any(m.field == "reporter_nik" for m in desk.errors)
    (result,) = send(desk_client, [item(reporter_nik=nik)])
    assert result["status"] == "created"
    (refused,) = send(desk_client, [item(reporter_nik="3204\u200b051203850002")])
    assert refused["status"] == "rejected"
    assert {e["field"] for e in refused["errors"]} == {"reporter_nik"}
    assert all(e["message"] for e in refused["errors"])


def test_missing_required_fields_are_listed(desk_client: httpx.Client) -> None:
    raw = item()
    for name in ("title", "received_at", "revision"):
        raw.pop(name)
    (result,) = send(desk_client, [seal(raw)])
    assert result["status"] == "rejected"
    assert {e["field"] for e in result["errors"]} == {"revision"}  # shape first
    raw["revision"] = 1
    (result,) = send(desk_client, [seal(raw)])
    assert {e["field"] for e in result["errors"]} == {"title", "received_at"}
    assert all(e["code"] == "required" for e in result["errors"])


def test_envelope_problems(desk_client: httpx.Client) -> None:
    r = desk_client.post("/complaints/batch", content=b'{"items": [', headers={"content-type": "application/json"})
    assert_problem(r, 400, "malformed-request")
    r = desk_client.post(
        "/complaints/batch",
        json={
            "items": [],
        },
    )
    body = assert_problem(r, 422, "validation")
    assert body["errors"][0]["field"] == "items"
    r = desk_client.post("/complaints/batch", json={"items": [item()], "extra": 1})
    body = assert_problem(r, 422, "validation")
    assert body["errors"] == [{"field": "extra", "code": "unknown_field", "message": "Kolom extra tidak dikenal."}]
    r = desk_client.post("/complaints/batch", json={"items": [{}] * 501})
    assert_problem(r, 422, "validation")
    r = desk_client.post("/complaints/batch", content=b"x" * (33 * 1024 * 1024))
    assert_problem(r, 413, "payload-too-large")


def test_duplicates_inside_one_batch(desk_client: httpx.Client) -> None:
    one = item()
    two = item(revision=2, client_id=one["client_id"], title="Judul revisi kedua ini")
    results = send(desk_client, [two, one, one])
    assert sorted(r["status"] for r in results) == ["created", "duplicate", "updated"] or sorted(
        r["status"] for r in results
    ) == ["created", "duplicate", "updated"]
    assert len({r["tracking_id"] for r in results}) == 1


def test_desk_reads_back_its_own_complaint(desk_client: httpx.Client) -> None:
    tid = create(desk_client)
    body = desk_client.get(f"/complaints/{tid}").json()
    assert body["status"] == "unverified" and body["revision"] == 1 and body["events"] == []


def test_unstorable_characters_are_refused_alike_on_both_backends(desk_client: httpx.Client) -> None:
    nul = item(title="Jalan rusak\x00 sekali di desa")
    surrogate = {**item(), "body": "Kronologi \ud800 " + "x" * 40}
    # ASCII-escaped JSON carries the lone surrogate as \\ud800, as a buggy client might.
    raw = json.dumps({"items": [nul, surrogate, item()]})
    response = desk_client.post("/complaints/batch", content=raw, headers={"content-type": "application/json"})
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "created"]
    assert results[0]["errors"][0] == {
        "field": "title",
        "code": "invalid_character",
        "message": "Teks title berisi karakter yang tidak bisa disimpan (NUL atau surrogate).",
    }
    assert results[1]["errors"][0]["field"] == "body"


def _raw_post(client: httpx.Client, body: dict) -> httpx.Response:
    # Python's json writes NaN as NaN and a lone surrogate as the escape \ud800, as a buggy
    # desk might; httpx's json= would refuse both.
    raw = json.dumps(body)
    return client.post("/complaints/batch", content=raw, headers={"content-type": "application/json"})


def test_nan_is_refused_at_its_field_not_passed_by_orjsons_hash(desk_client: httpx.Client) -> None:
    """orjson writes NaN as null: the hash of its bytes covers "latitude": null, never the NaN
    the item holds. The item is refused at the field with the catalogue's text."""
    nan_item = {k: v for k, v in item().items() if k != "payload_hash"}
    nan_item["latitude"] = math.nan
    nan_item["payload_hash"] = hashlib.sha256(orjson.dumps(nan_item, option=orjson.OPT_SORT_KEYS)).hexdigest()
    inf_item = {**item(), "longitude": -math.inf}
    response = _raw_post(desk_client, {"items": [nan_item, item(), inf_item]})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "created", "rejected"]
    assert results[0]["errors"] == [
        {"field": "latitude", "code": "not_finite", "message": text("not_finite", field="latitude")}
    ]
    assert results[2]["errors"] == [
        {"field": "longitude", "code": "not_finite", "message": text("not_finite", field="longitude")}
    ]
    assert text("not_finite", field="latitude") == "latitude harus angka berhingga (bukan NaN atau Infinity)."
    assert text("not_finite", "en", field="latitude") == "latitude must be a finite number (not NaN or Infinity)."
    # A clock offset of NaN refuses the body as a whole, at its field, in the same words.
    response = _raw_post(desk_client, {"items": [item()], "desk_clock_offset_s": math.nan})
    body = assert_problem(response, 422, "validation")
    assert body["errors"] == [
        {
            "field": "desk_clock_offset_s",
            "code": "not_finite",
            "message": text("not_finite", field="desk_clock_offset_s"),
        }
    ]


def test_a_lone_surrogate_is_refused_per_item_never_a_500(desk_client: httpx.Client) -> None:
    bad = "\ud800"
    by_field = {
        "client_id": {**item(), "client_id": bad},
        "receipt_number": {**item(), "receipt_number": bad},
        "type": {**item(), "type": bad},
        "desk_recorded_at": {**item(), "desk_recorded_at": bad},
        "payload_hash": {**item(), "payload_hash": bad},
        "attachments[0].filename": {
            **item(),
            "attachments": [{"sha256": "a" * 64, "size": 1, "media_type": "application/pdf", "filename": bad}],
        },
        "disability_types[0]": {**item(), "disability_types": [bad]},
    }
    clean = item()
    response = _raw_post(desk_client, {"items": [*by_field.values(), clean]})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(by_field) + ["created"]
    invalid = {"code": "invalid_character"}
    for result, name in zip(results[:-1], by_field, strict=True):
        assert {**invalid, "field": name, "message": text("invalid_character", field=name)} in result["errors"]
        assert "Input should" not in json.dumps(result, ensure_ascii=False)
    # The client_id cannot be echoed as it came (no UTF-8 answer holds a lone surrogate): its escape.
    assert results[0]["client_id"] == "\\ud800"
    assert results[-1]["client_id"] == clean["client_id"]
    # A key of the body itself (no item to refuse): a 422 problem for the request as a whole,
    # at no field (never "body", which reads as the complaint's own body), in words that say so.
    response = _raw_post(desk_client, {"items": [item()], bad: 1})
    body = assert_problem(response, 422, "validation")
    assert body["errors"] == [{"field": "", "code": "invalid_key_character", "message": text("invalid_key_character")}]
    assert text("invalid_key_character").startswith("Sebuah nama kolom berisi karakter")
    assert text("invalid_key_character", "en").startswith("A field name contains a character")
    # A key of an item: that item alone is refused, at its index, never at a field.
    response = _raw_post(desk_client, {"items": [{**item(), bad: 1}, clean]})
    first, second = response.json()["results"]
    assert (first["index"], first["status"], second["status"]) == (0, "rejected", "duplicate")
    assert first["errors"] == [{"field": "", "code": "invalid_key_character", "message": text("invalid_key_character")}]
