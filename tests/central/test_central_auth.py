"""Tokens: desks and operators apart, revocation, and one desk blind to another's data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
from central_helpers import assert_problem, create, item, send

from central.testing import RunningServer


def test_health_needs_no_token_and_tells_the_time(server: RunningServer) -> None:
    r = httpx.get(server.api_url + "/health", headers={"X-Request-ID": "desk-42.abc"})
    assert r.status_code == 200
    assert r.headers["x-request-id"] == "desk-42.abc"
    body = r.json()
    assert body["status"] == "ok" and body["api_version"] == "1"
    skew = datetime.fromisoformat(body["server_time"]) - datetime.now(UTC)
    assert abs(skew.total_seconds()) < 60


def test_missing_and_unknown_tokens_are_401(server: RunningServer) -> None:
    r = httpx.get(server.api_url + "/updates")
    body = assert_problem(r, 401, "unauthorized")
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert body["detail"].startswith("Token")
    r = httpx.get(server.api_url + "/updates", headers=server.auth("ldd_not-a-real-token"))
    assert_problem(r, 401, "unauthorized")
    r = httpx.get(server.api_url + "/updates", headers={"Authorization": "Basic dXNlcjpwYXNz"})
    assert_problem(r, 401, "unauthorized")


def test_batch_signs_in_before_it_judges_the_body(server: RunningServer) -> None:
    """The batch route signs its caller in within its own hop: a body that fails validation
    is still 401 for an unknown token and 403 for an operator, and 422 only for the desk."""
    batch = server.api_url + "/complaints/batch"
    for body in ({"items": []}, {"itemz": [1]}, None):
        r = httpx.post(batch, json=body)
        assert_problem(r, 401, "unauthorized")
        assert_problem(httpx.post(batch, json=body, headers=server.auth("ldd_not-a-real-token")), 401, "unauthorized")
        assert_problem(httpx.post(batch, json=body, headers=server.operator_auth), 403, "forbidden")
        r = httpx.post(batch, json=body, headers=server.auth())
        assert_problem(r, 422, "validation")
    r = httpx.post(batch, json={"items": [1], "extra": 1}, headers=server.auth())
    assert {e["code"] for e in assert_problem(r, 422, "validation")["errors"]} == {"unknown_field"}
    r = httpx.post(batch, content=b'{"items": [', headers={**server.auth(), "Content-Type": "application/json"})
    assert_problem(r, 400, "malformed-request")


def test_desk_and_operator_tokens_stay_in_their_lanes(server: RunningServer) -> None:
    r = httpx.get(server.api_url + "/admin/complaints", headers=server.auth())
    assert_problem(r, 403, "forbidden")
    r = httpx.post(server.api_url + "/complaints/batch", json={"items": [item()]}, headers=server.operator_auth)
    assert_problem(r, 403, "forbidden")


def test_revoked_desk_token_is_401_and_rotation_issues_a_new_one(server: RunningServer) -> None:
    code = "KAB-SLM-" + uuid.uuid4().hex[:4].upper()
    token = server.add_desk(code)
    assert httpx.get(server.api_url + "/updates", headers=server.auth(token)).status_code == 200
    server.cli("desks", "revoke", code)
    r = httpx.get(server.api_url + "/updates", headers=server.auth(token))
    assert_problem(r, 401, "unauthorized")
    try:  # a revoked desk stays revoked through a routine rotation
        server.cli("desks", "rotate", code)
        raise AssertionError("rotate brought a revoked desk back")
    except RuntimeError as refused:
        assert "--reactivate" in str(refused)
    assert_problem(httpx.get(server.api_url + "/updates", headers=server.auth(token)), 401, "unauthorized")
    fresh = server.cli("desks", "rotate", code, "--reactivate")
    assert httpx.get(server.api_url + "/updates", headers=server.auth(fresh)).status_code == 200
    assert httpx.get(server.api_url + "/updates", headers=server.auth(token)).status_code == 401
    assert code in server.cli("desks", "list")


def test_one_desk_cannot_read_anothers_data(
    server: RunningServer,
    desk_client: httpx.Client,
    admin_client: httpx.Client,
    other_desk_token: str,
) -> None:
    mine = item()
    tid = create(desk_client, client_id=mine["client_id"])
    admin_client.post(f"/admin/complaints/{tid}/notes", json={"text": "Catatan untuk meja A"})
    with httpx.Client(base_url=server.api_url, headers=server.auth(other_desk_token)) as other:
        assert_problem(other.get(f"/complaints/{tid}"), 404, "not-found")
        reply = {
            "reply_id": str(uuid.uuid4()),
            "kind": "reply",
            "text": "Halo",
            "recorded_at": "2026-11-20T10:00:00+07:00",
        }
        assert_problem(other.post(f"/complaints/{tid}/replies", json=reply), 404, "not-found")
        feed = other.get("/updates", params={"limit": 1000}).json()
        assert all(u["tracking_id"] != tid for u in feed["items"])
        # The same client_id from another desk is that desk's own, separate complaint.
        (theirs,) = send(other, [mine])
        assert theirs["status"] == "created" and theirs["tracking_id"] != tid
    assert desk_client.get(f"/complaints/{tid}").status_code == 200


def test_unknown_route_and_method_are_problems(server: RunningServer) -> None:
    assert_problem(httpx.get(server.api_url + "/nowhere"), 404, "not-found")
    r = httpx.delete(server.api_url + "/health")
    assert_problem(r, 405, "method-not-allowed")
