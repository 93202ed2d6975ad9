"""Rate limit (429), maintenance (503), reference lists with ETags, request IDs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from central_helpers import assert_problem, item

from central.testing import RunningServer, running_server


@pytest.fixture(scope="module")
def limited_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    folder = tmp_path_factory.mktemp("central-limited")
    with running_server(serve_args=("--rate-limit", "3"), work_dir=folder) as srv:
        yield srv


def test_rate_limit_answers_429_with_retry_after(limited_server: RunningServer) -> None:
    with httpx.Client(base_url=limited_server.api_url, headers=limited_server.auth()) as desk:
        codes = [desk.get("/updates").status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        r = desk.get("/updates")
        body = assert_problem(r, 429, "rate-limited")
        assert 1 <= int(r.headers["retry-after"]) <= 20
        assert r.headers["retry-after"] in body["detail"]
        # The batch route signs in within its own hop: the limit holds there too, and before
        # a body that fails validation is judged.
        assert_problem(desk.post("/complaints/batch", json={"items": [item()]}), 429, "rate-limited")
        assert_problem(desk.post("/complaints/batch", json={"items": []}), 429, "rate-limited")
    # Another desk has its own bucket; health is never limited.
    other = limited_server.add_desk("KAB-TNG-03")
    assert httpx.get(limited_server.api_url + "/updates", headers=limited_server.auth(other)).status_code == 200
    assert httpx.get(limited_server.api_url + "/health").status_code == 200


def test_maintenance_answers_503_on_every_worker(server: RunningServer) -> None:
    server.cli("maintenance", "on")
    try:
        with httpx.Client(base_url=server.api_url, headers=server.auth()) as desk:
            for _ in range(4):  # two workers: several requests reach both
                r = desk.post("/complaints/batch", json={"items": [item()]})
                assert_problem(r, 503, "maintenance")
                assert r.headers["retry-after"].isdigit()
            health = desk.get("/health")
            assert health.status_code == 200 and health.json()["status"] == "maintenance"
    finally:
        server.cli("maintenance", "off")
    assert httpx.get(server.api_url + "/updates", headers=server.auth()).status_code == 200


def test_reference_lists_with_etag(server: RunningServer, desk_client: httpx.Client, tmp_path: Path) -> None:
    for kind in ("categories", "agencies", "regions"):
        r = desk_client.get(f"/reference/{kind}")
        assert r.status_code == 200 and r.json()["items"]
        etag = r.headers["etag"]
        assert r.json()["etag"] == etag
        again = desk_client.get(f"/reference/{kind}", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.headers["etag"] == etag
    cats = desk_client.get("/reference/categories").json()["items"]
    assert {"id": "kesehatan.bpjs", "parent": "kesehatan", "name": "BPJS Kesehatan"} in cats
    old = desk_client.get("/reference/agencies").headers["etag"]
    new_agencies = [{"id": "ombudsman", "name": "Ombudsman Republik Indonesia", "level": "pusat"}]
    file = tmp_path / "ref.json"
    file.write_text(json.dumps({"agencies": new_agencies}), encoding="utf-8")
    assert "agencies" in server.cli("reference", "load", str(file))
    r = desk_client.get("/reference/agencies", headers={"If-None-Match": old})
    assert r.status_code == 200 and r.json()["items"] == new_agencies
    assert_problem(desk_client.get("/reference/planets"), 422, "validation")
    file.write_text(json.dumps({"agencies": [{"name": "tanpa id"}]}), encoding="utf-8")
    with pytest.raises(RuntimeError, match="missing id"):
        server.cli("reference", "load", str(file))


def test_every_response_has_a_request_id(server: RunningServer) -> None:
    seen = set()
    for path in ("/health", "/updates", "/nowhere", "/openapi.json"):
        r = httpx.get(server.api_url + path)
        seen.add(r.headers["x-request-id"])
    assert len(seen) == 4


def test_extreme_datetimes_in_filters_are_a_422_not_a_500(server: RunningServer) -> None:
    """Found by the property-based run: year 1 at +05:00 has no UTC form."""
    headers = {"Authorization": f"Bearer {server.operator_token}"}
    for params in ({"received_from": "0001-01-01T00:00:00+05:00"}, {"received_to": "9999-12-31T23:59:59-05:00"}):
        answer = httpx.get(server.api_url + "/admin/complaints", params=params, headers=headers, timeout=10)
        assert answer.status_code == 422, answer.text
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["errors"][0]["code"] == "datetime_out_of_range"
