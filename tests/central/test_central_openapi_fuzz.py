"""Property-based run of the published OpenAPI document against the live server: no 5xx.

Schemathesis generates requests for every operation (valid and edge-case bodies, query
strings and path parameters); each is sent to the real server with the matching token.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

from central.testing import RunningServer

MAX_EXAMPLES = 100  # per operation; with ~15 operations this stays well under a minute


def test_openapi_document_is_served(server: RunningServer) -> None:
    doc = httpx.get(server.api_url + "/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    items = doc["components"]["schemas"]["BatchRequest"]["properties"]["items"]
    assert items["items"] == {"$ref": "#/components/schemas/BatchItem"}
    fields = doc["components"]["schemas"]["BatchItem"]["properties"]
    assert {"client_id", "revision", "payload_hash", "disability_types", "attachments"} <= set(fields)


def header(response: schemathesis.Response, name: str) -> str:
    values = response.headers.get(name) or [""]
    return values[0] if isinstance(values, list) else str(values)


@pytest.mark.slow
def test_no_server_errors_for_generated_requests(server: RunningServer) -> None:
    schema = schemathesis.openapi.from_url(server.api_url + "/openapi.json")
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:
        admin = operation.path.startswith("/api/v1/admin")
        token = server.operator_token if admin else server.desk_token
        fuzz_operation(server, operation, token, statuses, failures)
    assert not failures, "\n".join(failures[:10])
    # The tokens reached the routes: plenty of answers are not 401s.
    assert sum(statuses.values()) >= 100
    assert statuses[200] + statuses[201] >= 20, statuses


def fuzz_operation(
    server: RunningServer,
    operation: Any,
    token: str,
    statuses: Counter[int],
    failures: list[str],
) -> None:
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        response = case.call(base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60)
        statuses[response.status_code] += 1
        if response.status_code >= 500:
            failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}")
        assert header(response, "x-request-id")
        if response.status_code >= 400 and case.method != "HEAD":
            assert header(response, "content-type").startswith("application/problem+json"), (
                case.method,
                case.formatted_path,
                response.status_code,
            )

    check()
