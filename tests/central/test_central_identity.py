"""The central's bad days, on each backend: its database identity and the lookup a desk
reconciles with, a desk token bound to one PC, receipt numbers unique per desk, and desk
stamps from a wrong clock kept beside the corrected time."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
from central_helpers import assert_problem, create, item, send

from central.testing import RunningServer


def _desk(server: RunningServer, installation: str | None = None) -> httpx.Client:
    """A desk of this test alone (its own token), optionally sending an installation ID."""
    token = server.add_desk(f"T-{uuid.uuid4().hex[:8].upper()}")
    headers = server.auth(token)
    if installation:
        headers["X-Lapor-Installation"] = installation
    return httpx.Client(base_url=server.api_url, headers=headers, timeout=60)


def test_health_names_the_database_and_lookup_says_what_is_held(server: RunningServer) -> None:
    health = httpx.get(server.api_url + "/health", timeout=10).json()
    uuid.UUID(health["database_id"])
    uuid.UUID(health["data_generation"])
    with _desk(server) as desk:
        held = [item() for _ in range(2)]
        results = send(desk, held)
        unknown = str(uuid.uuid4())
        top = max(r["tracking_id"] for r in results)
        r = desk.post(
            "/complaints/lookup",
            json={
                "client_ids": [i["client_id"] for i in held] + [unknown],
                "known_tracking_ids": [top + 1000],
                "attachments": ["0" * 64],
            },
        )
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["database_id"], body["data_generation"]) == (health["database_id"], health["data_generation"])
        found = {f["client_id"]: f for f in body["found"]}
        assert set(found) == {i["client_id"] for i in held}
        for i, res in zip(held, results, strict=True):
            f = found[i["client_id"]]
            assert (f["tracking_id"], f["revision"], f["payload_hash"], f["receipt_number"]) == (
                res["tracking_id"],
                1,
                i["payload_hash"],
                i["receipt_number"],
            )
        assert body["attachments_held"] == []
        # A tracking ID a desk reports is never issued again, whoever asks next.
        assert create(desk) > top + 1000
    with _desk(server) as other:  # another desk sees none of them
        r = other.post("/complaints/lookup", json={"client_ids": [i["client_id"] for i in held]})
        assert r.json()["found"] == []


def test_a_reported_tracking_id_far_beyond_the_sequence_does_not_exhaust_it(server: RunningServer) -> None:
    with _desk(server) as desk:
        before = create(desk)
        r = desk.post("/complaints/lookup", json={"client_ids": [str(uuid.uuid4())], "known_tracking_ids": [2**31 - 1]})
        assert r.status_code == 200, r.text
        after = create(desk)
        # Ignored: the next complaint still numbers near the last, not at the end of the range.
        assert before < after < before + 1000


def test_a_desk_token_is_bound_to_the_first_installation(server: RunningServer) -> None:
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    token = server.add_desk(code := f"T-{uuid.uuid4().hex[:8].upper()}")
    with httpx.Client(base_url=server.api_url, timeout=60) as client:

        def as_pc(pc: str | None) -> httpx.Response:
            headers = server.auth(token) | ({"X-Lapor-Installation": pc} if pc else {})
            return client.get("/updates", headers=headers)

        assert as_pc(first).status_code == 200
        body = assert_problem(as_pc(second), 403, "installation-conflict")
        assert code in body["detail"] and "PC lain" in body["detail"]
        assert as_pc(None).status_code == 200  # a script without an installation ID
        assert as_pc(first).status_code == 200
        assert_problem(as_pc("not an id!"), 400, "malformed-request")
        server.cli("desks", "rebind", code)
        assert as_pc(second).status_code == 200
        assert_problem(as_pc(first), 403, "installation-conflict")
    assert f"{code}\tactive\tpc {second[:8]}" in server.cli("desks", "list")


def test_receipt_numbers_are_unique_per_desk_refused_item_by_item(server: RunningServer) -> None:
    with _desk(server) as desk, _desk(server) as other:
        (held,) = send(desk, [item(receipt_number="MEJA/2026/000001")])
        batch = [
            item(receipt_number="MEJA/2026/000001"),
            item(receipt_number="MEJA/2026/000002"),
            item(receipt_number="MEJA/2026/000002"),
            item(receipt_number="MEJA/2026/000003"),
        ]
        results = send(desk, batch)
        assert [r["status"] for r in results] == ["rejected", "created", "rejected", "created"]
        for r in (results[0], results[2]):
            assert [(e["field"], e["code"]) for e in r["errors"]] == [("receipt_number", "receipt_number_taken")]
        # The holder sending itself again is fine, and another desk has numbers of its own.
        assert (
            send(desk, [item(receipt_number="MEJA/2026/000001", client_id=held["client_id"])])[0]["status"]
            == "duplicate"
        )
        assert send(other, [item(receipt_number="MEJA/2026/000001")])[0]["status"] == "created"
        # The holder keeps its number even when a new item before it in the batch names it.
        resend = item(receipt_number="MEJA/2026/000001", client_id=held["client_id"])
        results = send(desk, [item(receipt_number="MEJA/2026/000001"), resend])
        assert [r["status"] for r in results] == ["rejected", "duplicate"]
        assert results[0]["errors"][0]["code"] == "receipt_number_taken"


def test_stamps_from_a_wrong_desk_clock_are_kept_and_corrected(server: RunningServer) -> None:
    now = datetime.now(UTC)
    ahead = now + timedelta(days=3)
    with (
        _desk(server) as desk,
        httpx.Client(base_url=server.api_url, headers=server.operator_auth, timeout=60) as admin,
    ):
        stamped = item(received_at=ahead.isoformat(), desk_recorded_at=ahead.isoformat())
        r = desk.post("/complaints/batch", json={"items": [stamped], "desk_clock_offset_s": -3 * 86400})
        (res,) = r.json()["results"]
        assert res["status"] == "created", res
        row = admin.get(f"/admin/complaints/{res['tracking_id']}").json()
        assert abs((datetime.fromisoformat(row["received_at"]) - now).total_seconds()) < 300
        assert datetime.fromisoformat(row["received_at_desk_clock"]) == ahead.replace(microsecond=ahead.microsecond)
        assert row["desk_clock_offset_s"] == -3 * 86400
        # A desk that measured nothing: its future stamp is taken and clamped to the arrival.
        (res2,) = send(desk, [item(received_at=(now + timedelta(days=1)).isoformat())])
        assert res2["status"] == "created", res2
        row2 = admin.get(f"/admin/complaints/{res2['tracking_id']}").json()
        assert datetime.fromisoformat(row2["received_at"]) <= datetime.now(UTC)
        # A reply dated in the future is clamped to when it arrived.
        reply = desk.post(
            f"/complaints/{res['tracking_id']}/replies",
            json={
                "reply_id": str(uuid.uuid4()),
                "kind": "reply",
                "text": "Mohon dipercepat.",
                "recorded_at": ahead.isoformat(),
            },
        )
        assert reply.status_code == 201, reply.text
        assert datetime.fromisoformat(reply.json()["recorded_at"]) <= datetime.now(UTC)
