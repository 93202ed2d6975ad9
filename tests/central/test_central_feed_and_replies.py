"""GET /updates ordering and cursors; POST /complaints/{id}/replies idempotency."""

from __future__ import annotations

import uuid

import httpx
from central_helpers import assert_problem, create


def end_cursor(desk: httpx.Client) -> str:
    cursor = "0"
    while True:
        page = desk.get("/updates", params={"after": cursor, "limit": 1000}).json()
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return cursor


def test_updates_come_in_order_with_cursors(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    start = end_cursor(desk_client)
    tid = create(desk_client)
    steps = [
        ("verify", {"agency": "Dinas Kesehatan Sleman"}),
        ("follow-up", {"text": "Petugas sudah meninjau lokasi"}),
        ("notes", {"text": "Mohon pelapor dihubungi"}),
        ("complete", {"text": ""}),
    ]
    for action, payload in steps:
        assert admin_client.post(f"/admin/complaints/{tid}/{action}", json=payload).status_code == 200
    page = desk_client.get("/updates", params={"after": start}).json()
    mine = [u for u in page["items"] if u["tracking_id"] == tid]
    assert [(u["kind"], u["status"]) for u in mine] == [
        ("status", "verified"),
        ("follow_up", "in_progress"),
        ("note", "in_progress"),
        ("status", "completed"),
    ]
    assert mine[0]["text"] == "Diteruskan ke Dinas Kesehatan Sleman."
    assert mine[0]["agency"] == "Dinas Kesehatan Sleman"
    assert mine[1]["text"] == "Petugas sudah meninjau lokasi"
    assert all(u["client_id"] and u["at"] for u in mine)
    cursors = [int(u["cursor"]) for u in page["items"]]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors)
    assert page["next_cursor"] == page["items"][-1]["cursor"]
    # Paging two at a time walks the same sequence.
    walked, cursor = [], start
    while True:
        part = desk_client.get("/updates", params={"after": cursor, "limit": 2}).json()
        walked += part["items"]
        cursor = part["next_cursor"]
        if not part["has_more"]:
            break
    assert [u["cursor"] for u in walked] == [u["cursor"] for u in page["items"]]
    empty = desk_client.get("/updates", params={"after": cursor}).json()
    assert empty == {"items": [], "next_cursor": cursor, "has_more": False}
    assert_problem(desk_client.get("/updates", params={"after": "-1"}), 422, "validation")


def test_replies_are_idempotent(desk_client: httpx.Client, admin_client: httpx.Client) -> None:
    tid = create(desk_client)
    reply = {
        "reply_id": str(uuid.uuid4()),
        "kind": "reply",
        "text": "Sudah saya lengkapi.",
        "recorded_at": "2026-11-21T10:00:00+07:00",
    }
    first = desk_client.post(f"/complaints/{tid}/replies", json=reply)
    assert first.status_code == 201 and first.json()["duplicate"] is False
    again = desk_client.post(f"/complaints/{tid}/replies", json=reply)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert again.json()["received_at"] == first.json()["received_at"]
    rating = {
        "reply_id": str(uuid.uuid4()),
        "kind": "rating",
        "rating": 5,
        "recorded_at": "2026-11-21T10:05:00+07:00",
    }
    assert desk_client.post(f"/complaints/{tid}/replies", json=rating).status_code == 201
    replies = admin_client.get(f"/admin/complaints/{tid}").json()["replies"]
    assert [(r["kind"], r["rating"]) for r in replies] == [("reply", None), ("rating", 5)]
    other = create(desk_client)
    assert_problem(desk_client.post(f"/complaints/{other}/replies", json=reply), 409, "conflict")


def test_reply_validation(desk_client: httpx.Client) -> None:
    tid = create(desk_client)
    base = {"reply_id": str(uuid.uuid4()), "recorded_at": "2026-11-21T10:00:00+07:00"}
    for payload, field in [
        ({**base, "kind": "rating", "rating": 6}, "rating"),
        ({**base, "kind": "rating"}, "rating"),
        ({**base, "kind": "reply", "text": "   "}, "text"),
        ({**base, "kind": "reply", "text": "ok", "mood": "senang"}, "mood"),
        ({**base, "kind": "reply", "text": "x" * 5001}, "text"),
        ({"kind": "reply", "text": "ok", "reply_id": "r1", "recorded_at": "kemarin"}, "reply_id"),
    ]:
        body = assert_problem(desk_client.post(f"/complaints/{tid}/replies", json=payload), 422, "validation")
        assert field in {e["field"] for e in body["errors"]}, body
    assert_problem(
        desk_client.post("/complaints/999999999/replies", json={**base, "kind": "reply", "text": "ok"}),
        404,
        "not-found",
    )
