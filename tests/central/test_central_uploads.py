"""Gzip request bodies (inflated under a limit) and resumable uploads in parts, on the real
central over HTTP (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os

import httpx
from central_helpers import assert_problem, item

LIMIT = 2_000_000  # --max-attachment-bytes in SERVE_ARGS


def pdf(size: int) -> bytes:
    head = b"%PDF-1.4\n"
    return head + os.urandom(size - len(head))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_health_says_what_the_central_accepts(desk_client: httpx.Client) -> None:
    features = desk_client.get("/health").json()["features"]
    assert "gzip" in features and "resumable-uploads" in features


def test_a_gzip_batch_is_taken_like_a_plain_one(desk_client: httpx.Client) -> None:
    body = json.dumps({"items": [item(), item()]}).encode()
    packed = gzip.compress(body)
    r = desk_client.post(
        "/complaints/batch", content=packed, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
    )
    assert r.status_code == 200, r.text
    assert r.json()["counts"]["created"] == 2
    assert len(packed) < len(body)


def test_a_gzip_bomb_is_refused_once_inflated_past_the_limit(desk_client: httpx.Client) -> None:
    # 40 MB of zeros (beyond the 32 MB request limit) in about 40 KB of gzip
    bomb = gzip.compress(b'{"items":[' + b" " * (40 * 1024 * 1024) + b"]}", compresslevel=9)
    assert len(bomb) < 100_000
    r = desk_client.post(
        "/complaints/batch", content=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
    )
    assert_problem(r, 413, "payload-too-large")
    # and a file part inflated past the attachment limit
    big = gzip.compress(b"%PDF-1.4\n" + bytes(LIMIT * 5))
    r = desk_client.put(f"/attachments/{'a' * 64}", content=big, headers={"Content-Encoding": "gzip"})
    assert_problem(r, 413, "payload-too-large")
    assert desk_client.get("/health").status_code == 200  # the server is fine


def test_broken_or_unknown_encodings_are_refused_with_a_problem(desk_client: httpx.Client) -> None:
    packed = gzip.compress(json.dumps({"items": [item()]}).encode())
    r = desk_client.post(
        "/complaints/batch",
        content=packed[: len(packed) // 2],
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert_problem(r, 400, "malformed-request")
    r = desk_client.post(
        "/complaints/batch",
        content=b"not gzip at all",
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert_problem(r, 400, "malformed-request")
    r = desk_client.post(
        "/complaints/batch", content=b"{}", headers={"Content-Type": "application/json", "Content-Encoding": "br"}
    )
    assert_problem(r, 415, "unsupported-media-type")


def test_a_file_in_parts_resumes_where_the_central_stopped_and_is_checked_whole(desk_client: httpx.Client) -> None:
    data = pdf(700_000)
    address, total = sha(data), len(data)
    assert desk_client.get(f"/attachments/{address}/parts").json() == {
        "sha256": address,
        "offset": 0,
        "complete": False,
    }
    r = desk_client.put(f"/attachments/{address}/parts/0", params={"total": total}, content=data[:300_000])
    assert r.status_code == 200 and r.json()["offset"] == 300_000 and not r.json()["complete"]
    # a part sent again (its answer was lost) or from the wrong place: told where to go on
    again = desk_client.put(f"/attachments/{address}/parts/0", params={"total": total}, content=data[:300_000])
    assert_problem(again, 409, "conflict")
    assert again.json()["offset"] == 300_000
    assert desk_client.get(f"/attachments/{address}/parts").json()["offset"] == 300_000
    assert desk_client.head(f"/attachments/{address}").status_code == 404  # not received until whole
    r = desk_client.put(f"/attachments/{address}/parts/300000", params={"total": total}, content=data[300_000:])
    assert r.status_code == 201 and r.json() == {"sha256": address, "offset": total, "complete": True}
    head = desk_client.head(f"/attachments/{address}")
    assert head.status_code == 200 and int(head.headers["content-length"]) == total
    # once whole, a late part changes nothing
    late = desk_client.put(f"/attachments/{address}/parts/0", params={"total": total}, content=data[:10])
    assert late.status_code == 200 and late.json()["complete"] is True


def test_parts_whose_whole_does_not_match_its_address_are_dropped(desk_client: httpx.Client) -> None:
    data = pdf(200_000)
    wrong = "0" * 64
    desk_client.put(f"/attachments/{wrong}/parts/0", params={"total": len(data)}, content=data[:100_000])
    r = desk_client.put(f"/attachments/{wrong}/parts/100000", params={"total": len(data)}, content=data[100_000:])
    assert_problem(r, 422, "hash-mismatch")
    assert desk_client.get(f"/attachments/{wrong}/parts").json()["offset"] == 0  # start over
    assert desk_client.head(f"/attachments/{wrong}").status_code == 404


def test_parts_past_the_total_or_the_limit_are_refused(desk_client: httpx.Client) -> None:
    data = pdf(1000)
    assert_problem(
        desk_client.put(f"/attachments/{sha(data)}/parts/0", params={"total": 500}, content=data),
        400,
        "malformed-request",
    )
    assert_problem(
        desk_client.put(f"/attachments/{sha(data)}/parts/0", params={"total": LIMIT + 1}, content=data),
        413,
        "payload-too-large",
    )
