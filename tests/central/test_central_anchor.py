"""PUT/GET /audit-anchor: each desk's newest audit head, kept apart and only ever moved forward
(on SQLite and PostgreSQL). The desk side and `audit verify` are in tests/sync/test_audit_anchor.py."""

from __future__ import annotations

import uuid

import httpx
from central_helpers import assert_problem

from central.testing import RunningServer


def test_the_central_only_moves_an_anchor_forward(server: RunningServer) -> None:
    code = "ANCHOR-" + uuid.uuid4().hex[:6].upper()
    token = server.add_desk(code)
    with httpx.Client(base_url=server.api_url, headers=server.auth(token), timeout=30) as client:
        assert client.get("/audit-anchor").json() == {"anchor": None}
        first = client.put("/audit-anchor", json={"seq": 10, "hash": "a" * 64})
        assert first.status_code == 200 and first.json()["anchor"]["seq"] == 10
        assert client.put("/audit-anchor", json={"seq": 10, "hash": "a" * 64}).status_code == 200
        for body, word in (({"seq": 9, "hash": "b" * 64}, "lebih pendek"), ({"seq": 10, "hash": "b" * 64}, "ditulis")):
            problem = assert_problem(client.put("/audit-anchor", json=body), 409, "audit-anchor-conflict")
            assert word in problem["detail"]
            assert (problem["anchor"]["seq"], problem["anchor"]["hash"]) == (10, "a" * 64)
        assert client.put("/audit-anchor", json={"seq": 11, "hash": "c" * 64}).json()["anchor"]["seq"] == 11
        assert client.get("/audit-anchor").json()["anchor"]["hash"] == "c" * 64
    # The operator sees each desk's anchor, by command and over HTTP.
    [line] = [ln for ln in server.cli("desks", "list").splitlines() if ln.startswith(code + "\t")]
    assert line.split("\t")[-1].startswith("audit #11 20")
    listed = httpx.get(f"{server.api_url}/admin/desks", headers=server.operator_auth, timeout=30).json()
    [mine] = [d for d in listed if d["code"] == code]
    assert (mine["audit_anchor"]["seq"], mine["audit_anchor"]["hash"]) == (11, "c" * 64)
    with httpx.Client(base_url=server.api_url, headers=server.auth(token), timeout=30) as client:
        bad = assert_problem(client.put("/audit-anchor", json={"seq": 0, "hash": "x"}), 422, "validation")
        assert {e["field"] for e in bad["errors"]} == {"seq", "hash"}
        extra = client.put("/audit-anchor", json={"seq": 12, "hash": "d" * 64, "extra": 1})
        assert_problem(extra, 422, "validation")
    # Each desk has its own anchor; an operator token is not a desk's.
    with httpx.Client(base_url=server.api_url, timeout=30) as other:
        other_token = server.add_desk("ANCHOR-" + uuid.uuid4().hex[:6].upper())
        assert other.get("/audit-anchor", headers=server.auth(other_token)).json() == {"anchor": None}
        refused = other.put("/audit-anchor", json={"seq": 1, "hash": "a" * 64}, headers=server.operator_auth)
        assert_problem(refused, 403, "forbidden")
