"""Central hardening, against real servers: operator tokens listed, revoked and expiring; the
access log; bad tokens counted by the rate limit per address; no-store and nosniff on every
answer; the docs page off unless asked for."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from central_helpers import assert_problem, item

from central.db import CentralDatabase
from central.models import utcnow
from central.services import accounts
from central.testing import RunningServer, running_server

NIK = "3204051203900002"


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central-logged")
    with running_server(
        serve_args=("--workers", "1", "--access-log", "--flag-ttl-ms", "0"), work_dir=folder, desk_code="KAB-LOG-01"
    ) as server:
        yield server


def _safety_headers_on(response: httpx.Response) -> None:
    assert response.headers["cache-control"] == "no-store", response.request.url
    assert response.headers["x-content-type-options"] == "nosniff", response.request.url
    assert response.headers["x-request-id"]


def test_every_answer_says_no_store_and_nosniff(logged: RunningServer) -> None:
    api, desk, op = logged.api_url, logged.auth(), logged.operator_auth
    answers = [
        httpx.get(f"{api}/health"),
        httpx.get(f"{api}/openapi.json"),
        httpx.get(f"{api}/updates", params={"after": "0"}, headers=desk),
        httpx.get(f"{api}/updates"),  # 401
        httpx.get(f"{api}/admin/complaints", headers=desk),  # 403
        httpx.get(f"{api}/no-such-route", headers=desk),  # 404
        httpx.post(
            f"{api}/complaints/batch", content=b"{not json", headers={**desk, "Content-Type": "application/json"}
        ),
        httpx.post(f"{api}/complaints/batch", json={"items": [item()]}, headers=desk),
        httpx.get(f"{api}/admin/complaints", params={"q": NIK}, headers=op),
        httpx.put(f"{api}/attachments/{'0' * 64}", content=b"x" * 100, headers=desk),  # 422 hash mismatch
        httpx.post(
            f"{api}/complaints/batch",
            content=b"x" * (33 * 1024 * 1024),
            headers={**desk, "Content-Type": "application/json"},
        ),  # 413 from the middleware
    ]
    assert {r.status_code for r in answers} >= {200, 400, 401, 403, 404, 413, 422}
    for r in answers:
        _safety_headers_on(r)


def test_the_access_log_has_one_line_per_request_and_no_secret(logged: RunningServer) -> None:
    marker = uuid.uuid4().hex
    desk_rid, op_rid, bad_rid = f"desk-{marker}", f"op-{marker}", f"bad-{marker}"
    r = httpx.get(
        f"{logged.api_url}/updates",
        params={"after": "0", "limit": "5"},
        headers={**logged.auth(), "X-Request-ID": desk_rid},
    )
    assert r.status_code == 200
    r = httpx.get(
        f"{logged.api_url}/admin/complaints",
        params={"q": NIK},
        headers={**logged.operator_auth, "X-Request-ID": op_rid},
    )
    assert r.status_code == 200
    r = httpx.get(f"{logged.api_url}/updates", headers={**logged.auth("ldd_guessed-token"), "X-Request-ID": bad_rid})
    assert r.status_code == 401

    def line_of(rid: str) -> str:
        lines = [ln for ln in logged.log_text.splitlines() if f"request_id={rid}" in ln]
        assert len(lines) == 1, logged.log_text[-2000:]
        return lines[0]

    desk_line = line_of(desk_rid)
    assert re.search(r"GET /api/v1/updates\?after=&limit= 200 \d+ms desk=KAB-LOG-01 ", desk_line), desk_line
    op_line = line_of(op_rid)
    assert re.search(r"GET /api/v1/admin/complaints\?q= 200 \d+ms desk=operator ", op_line), op_line
    assert re.search(r"GET /api/v1/updates 401 \d+ms desk=- ", line_of(bad_rid))
    log = logged.log_text
    for secret in (NIK, logged.desk_token, logged.operator_token, "ldd_guessed-token", "Bearer"):
        assert secret not in log


def test_a_crafted_path_cannot_forge_a_log_line(logged: RunningServer) -> None:
    rid = f"crlf-{uuid.uuid4().hex}"
    r = httpx.get(f"{logged.api_url}/x%0Aforged%20line", headers={"X-Request-ID": rid})
    assert r.status_code == 404
    assert not any(ln.startswith("forged") for ln in logged.log_text.splitlines())
    assert "/x%0Aforged%20line" in logged.log_text


def test_the_docs_page_is_off_unless_asked_for(logged: RunningServer, tmp_path: Path) -> None:
    assert_problem(httpx.get(f"{logged.api_url}/docs"), 404, "not-found")
    assert httpx.get(f"{logged.api_url}/openapi.json").status_code == 200  # the contract stays readable
    with running_server(serve_args=("--workers", "1", "--docs"), work_dir=tmp_path) as server:
        page = httpx.get(f"{server.api_url}/docs")
        assert page.status_code == 200 and "swagger" in page.text.lower()


def _operator_line(listing: str, token_id: int) -> str:
    [line] = [ln for ln in listing.splitlines() if ln.split("\t")[0] == str(token_id)]
    return line


def test_operator_tokens_are_listed_revoked_and_expire(logged: RunningServer) -> None:
    fresh = logged.cli("operator-token", "create", "--label", "pak-ketut", "--expires-days", "30")
    headers = logged.auth(fresh)
    assert httpx.get(f"{logged.api_url}/admin/desks", headers=headers).status_code == 200
    listing = logged.cli("operator-token", "list")
    assert fresh not in listing and logged.operator_token not in listing  # never the token itself
    [fresh_id] = [int(ln.split("\t")[0]) for ln in listing.splitlines() if "\tpak-ketut\t" in ln]
    line = _operator_line(listing, fresh_id)
    assert "\tactive\t" in line and "expires 20" in line
    logged.cli("operator-token", "revoke", str(fresh_id))
    assert_problem(httpx.get(f"{logged.api_url}/admin/desks", headers=headers), 401, "unauthorized")
    assert "\trevoked\t" in _operator_line(logged.cli("operator-token", "list"), fresh_id)

    # A token made 31 days ago to last 30 has expired (written through the service, back-dated).
    db = CentralDatabase(logged.db_url, pool_size=1)
    try:
        old = db.write(
            lambda s: accounts.create_operator_token(s, "lama", expires_days=30, now=utcnow() - timedelta(days=31))
        )
    finally:
        db.dispose()
    assert_problem(httpx.get(f"{logged.api_url}/admin/desks", headers=logged.auth(old)), 401, "unauthorized")
    [old_line] = [ln for ln in logged.cli("operator-token", "list").splitlines() if "\tlama\t" in ln]
    assert "\texpired\t" in old_line
    assert httpx.get(f"{logged.api_url}/admin/desks", headers=logged.operator_auth).status_code == 200


def test_operator_token_commands_refuse_bad_input(logged: RunningServer) -> None:
    for args, words in ((("revoke", "999999"), "not found"), (("create", "--expires-days", "0"), "1 to 3650")):
        with pytest.raises(RuntimeError) as refused:
            logged.cli("operator-token", *args)
        assert words in str(refused.value) and "Traceback" not in str(refused.value)


def test_bad_tokens_spend_the_rate_limit_of_their_address(tmp_path: Path) -> None:
    with running_server(serve_args=("--workers", "1", "--rate-limit", "5"), work_dir=tmp_path) as server:
        bad = server.auth("ldd_guess-" + uuid.uuid4().hex)
        codes = [httpx.get(f"{server.api_url}/updates", headers=bad).status_code for _ in range(5)]
        assert codes == [401] * 5
        limited = httpx.get(f"{server.api_url}/updates", headers=bad)
        assert_problem(limited, 429, "rate-limited")
        assert int(limited.headers["retry-after"]) >= 1
        # No token at all is a bad token too; a desk with its real token keeps its own budget.
        assert_problem(httpx.get(f"{server.api_url}/updates"), 429, "rate-limited")
        assert httpx.get(f"{server.api_url}/updates", headers=server.auth()).status_code == 200
