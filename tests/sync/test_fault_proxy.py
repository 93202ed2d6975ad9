"""The test proxy itself does what the flaky-link tests rely on (a real central behind it)."""

from __future__ import annotations

import hashlib
import time

import pytest
import requests

from central.testing import RunningServer

from fault_proxy import FaultProxy, Faults, Link


def _pdf(size: int) -> bytes:
    return (b"%PDF-1.4\n" + bytes(range(256)) * (size // 256 + 1))[:size]


def _head(central: RunningServer, sha: str) -> int:
    return requests.head(f"{central.api_url}/attachments/{sha}", headers=central.auth(), timeout=10).status_code


def test_a_lost_answer_reaches_the_central_but_never_the_desk(central: RunningServer) -> None:
    proxy = FaultProxy(central.port, Faults(per_request=1.0, request_kinds=("lose",), max_faults=1))
    content = _pdf(5000)
    sha = hashlib.sha256(content).hexdigest()
    try:
        with pytest.raises(requests.ConnectionError):
            requests.put(f"{proxy.url}/attachments/{sha}", data=content, headers=central.auth(), timeout=10)
        assert proxy.faults.counts == {"lose": 1}
        # the central did the work: the file is there
        assert _head(central, sha) == 200
        # and the next request passes (the fault budget is spent)
        assert requests.head(f"{proxy.url}/attachments/{sha}", headers=central.auth(), timeout=10).status_code == 200
    finally:
        proxy.close()


def test_a_reset_in_the_middle_of_a_request_body_leaves_nothing_at_the_central(central: RunningServer) -> None:
    proxy = FaultProxy(central.port, Faults(per_request=1.0, request_kinds=("cut",), max_faults=1, seed=3))
    content = _pdf(150_000)
    sha = hashlib.sha256(content).hexdigest()
    try:
        with pytest.raises(requests.ConnectionError):
            requests.put(f"{proxy.url}/attachments/{sha}", data=content, headers=central.auth(), timeout=10)
        assert proxy.faults.counts == {"cut": 1}
        assert _head(central, sha) == 404
    finally:
        proxy.close()


def test_a_cut_answer_without_a_request_body_and_a_stalled_one(central: RunningServer) -> None:
    proxy = FaultProxy(
        central.port, Faults(per_request=1.0, request_kinds=("cut", "stall"), max_faults=4, stall_s=30.0, seed=5)
    )
    try:
        for _ in range(4):
            with pytest.raises(requests.RequestException):
                requests.get(f"{proxy.url}/health", timeout=(5, 0.5))
        assert proxy.faults.counts.get("cut", 0) + proxy.faults.counts.get("stall", 0) == 4
        assert set(proxy.faults.counts) == {"cut", "stall"}
        assert requests.get(f"{proxy.url}/health", timeout=10).status_code == 200
    finally:
        proxy.close()


def test_faults_at_a_rate_hit_some_requests_of_every_kind_and_let_the_rest_through(central: RunningServer) -> None:
    proxy = FaultProxy(central.port, Faults(per_request=0.3, stall_s=30.0, seed=11))
    passed = failed = 0
    try:
        with requests.Session() as session:
            for _ in range(60):
                try:
                    r = session.get(f"{proxy.url}/health", timeout=(5, 0.5))
                    passed += r.status_code == 200
                except requests.RequestException:
                    failed += 1
        assert passed + failed == 60
        assert failed == proxy.total_faults
        assert 8 <= failed <= 30, proxy.faults.counts
        assert set(proxy.faults.counts) == {"lose", "cut", "stall"}
        assert proxy.requests == 60
    finally:
        proxy.close()


def test_a_throttled_link_is_no_faster_than_its_bandwidth_and_drops_connections(central: RunningServer) -> None:
    # 400 kbit/s: 100,000 bytes need at least 2 s (a floor, so a loaded machine cannot break it)
    proxy = FaultProxy(central.port, link=Link(bandwidth_bps=400_000, latency_s=0.1))
    content = _pdf(100_000)
    sha = hashlib.sha256(content).hexdigest()
    try:
        started = time.monotonic()
        r = requests.put(f"{proxy.url}/attachments/{sha}", data=content, headers=central.auth(), timeout=60)
        assert r.status_code in (200, 201)
        assert time.monotonic() - started >= 100_000 * 8 / 400_000
        assert proxy.bytes_up >= 100_000
    finally:
        proxy.close()

    # the same link dropping every second: a 10 s upload never gets through whole
    dropping = FaultProxy(central.port, link=Link(bandwidth_bps=80_000, drop_every_s=1.0))
    other = _pdf(100_001)
    try:
        with pytest.raises(requests.ConnectionError):
            requests.put(
                f"{dropping.url}/attachments/{hashlib.sha256(other).hexdigest()}",
                data=other,
                headers=central.auth(),
                timeout=60,
            )
        assert dropping.drops >= 1
        assert _head(central, hashlib.sha256(other).hexdigest()) == 404
    finally:
        dropping.close()
