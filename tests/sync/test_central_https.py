"""`lapor-central serve --certfile/--keyfile` serves HTTPS: a desk that trusts the certificate's
authority (made here with `cryptography`) syncs over it, and its audit anchor travels too; a client
without that authority is refused by TLS, and a plain-HTTP request gets no answer."""

from __future__ import annotations

import ssl
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from net_relays import make_authority

from central.testing import running_server
from lapor_desk.settings import SYNC_CA_BUNDLE

from factories import walk_in
from sync_helpers import open_desk


def test_a_desk_syncs_with_an_https_central(tmp_path: Path) -> None:
    ca = make_authority(tmp_path / "ca")
    args = ("--workers", "1", "--certfile", str(ca.cert_pem), "--keyfile", str(ca.key_pem))
    with running_server(serve_args=args, work_dir=tmp_path / "central", ca_file=ca.ca_pem) as central:
        assert central.api_url.startswith("https://127.0.0.1:")
        trusted = ssl.create_default_context(cafile=str(ca.ca_pem))
        health = httpx.get(central.api_url + "/health", verify=trusted)
        assert health.status_code == 200 and health.headers["cache-control"] == "no-store"
        with pytest.raises(httpx.ConnectError):  # an authority the client does not trust
            httpx.get(central.api_url + "/health")
        with pytest.raises(httpx.TransportError):  # HTTP spoken to the TLS port gets no answer
            httpx.get(central.api_url.replace("https://", "http://") + "/health", timeout=5)

        desk = open_desk(tmp_path / "desk", central.api_url, central.desk_token)
        try:
            desk.settings.set(SYNC_CA_BUNDLE, str(ca.ca_pem))
            desk.complaints.record(walk_in(title="Jembatan gantung di dusun barat putus"))
            assert desk.sync is not None
            report = desk.sync.run_cycle()
            assert report.outcome == "ok" and report.synced == 1
            head = desk.supervision.audit.head()
        finally:
            desk.close()
        anchor = httpx.get(central.api_url + "/audit-anchor", headers=central.auth(), verify=trusted).json()["anchor"]
        assert head is not None and (anchor["seq"], anchor["hash"]) == head


def test_serve_refuses_an_unusable_certificate_with_a_message(tmp_path: Path) -> None:
    ca = make_authority(tmp_path / "ca")
    other = make_authority(tmp_path / "other")
    for extra in (
        ("--certfile", str(ca.cert_pem)),  # no key
        ("--certfile", str(ca.cert_pem), "--keyfile", str(other.key_pem)),  # not its key
        ("--certfile", str(tmp_path / "none.pem"), "--keyfile", str(ca.key_pem)),
    ):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "central.cli",
                "serve",
                "--db",
                f"sqlite:///{tmp_path / 'c.sqlite3'}",
                "--port",
                "1",
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        assert "lapor-central:" in done.stderr and "Traceback" not in done.stderr
