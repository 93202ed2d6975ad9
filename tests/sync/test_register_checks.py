"""Registration that checks, against a real central on loopback: over HTTP, over HTTPS with a CA
made here, through a real proxy; and each failure with its own message. Nothing is stored when a
check fails."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from net_relays import Authority, Proxy, TlsFront, make_authority

from central.testing import RunningServer, free_port
from lapor_desk.clock import Clock
from lapor_desk.sync.installation import FILE_NAME as installation_file
from lapor_desk.sync.installation import adopt
from lapor_desk.sync.registration import Connection, RegistrationProblem, check_central

from sync_helpers import TEST_PC


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> Authority:
    return make_authority(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def https_front(central: RunningServer, authority: Authority) -> Iterator[TlsFront]:
    front = TlsFront(authority, central.port)
    yield front
    front.close()


@pytest.fixture
def proxy(request: pytest.FixtureRequest) -> Iterator[Proxy]:
    p = Proxy(getattr(request, "param", "open"))
    yield p
    p.close()


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The command with `stdin` piped in (the desk token for `register`, never on the command line)."""
    # The session's desk token is bound to one installation: these homes stand for that PC.
    if not (home / "config" / installation_file).exists():
        adopt(home / "config", TEST_PC)
    env = dict(os.environ, LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args], capture_output=True, text=True, env=env, timeout=120, input=stdin
    )


def _refusal(url: str, token: str, connection: Connection | None = None, **kw: object) -> RegistrationProblem:
    with pytest.raises(RegistrationProblem) as info:
        check_central(url, token, connection, **kw)  # type: ignore[arg-type]
    return info.value


def test_http_base_address_is_found_and_registered(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    out = _cli(home, "register", "--url", central.base_url + "/", stdin=central.desk_token)
    assert out.returncode == 0, out.stderr
    assert f"Pusat ditemukan di {central.api_url}" in out.stdout and "token diterima" in out.stdout
    stored = json.loads((home / "config" / "settings.json").read_text())["values"]
    assert stored["sync.central_url"] == central.api_url  # /api/v1 found by its health document
    sync = _cli(home, "sync")
    assert sync.returncode == 0, sync.stdout + sync.stderr


def test_each_failure_has_its_message_and_stores_nothing(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    closed = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    nobody = _cli(home, "register", "--url", closed, stdin=central.desk_token)
    assert nobody.returncode == 1
    assert nobody.stderr.startswith(f"Pusat tidak terjangkau di {closed}/api/v1. Periksa alamatnya")
    assert "urllib3" not in nobody.stderr and "Traceback" not in nobody.stderr
    assert time.monotonic() - started < 60  # a subprocess start, not 9.5 s of retries per call
    unknown = _cli(home, "register", "--url", central.api_url, stdin="token-salah-ketik")
    assert unknown.returncode == 1 and "tidak mengenal token ini, atau token sudah dicabut" in unknown.stderr
    operator = _cli(home, "register", "--url", central.api_url, stdin=central.operator_token)
    assert operator.returncode == 1 and "bukan token meja" in operator.stderr
    assert not (home / "config" / "settings.json").exists()
    assert not (home / "config" / "desk-token").exists()


def test_a_revoked_token_is_named(central: RunningServer) -> None:
    token = central.add_desk("KAB-BDG-91")
    assert check_central(central.api_url, token).api_url == central.api_url
    central.cli("desks", "revoke", "KAB-BDG-91")
    assert _refusal(central.api_url, token).code == "reg_token_unknown"


def test_an_address_that_answers_but_is_not_a_central(tmp_path: Path, central: RunningServer) -> None:
    (tmp_path / "index.html").write_text("<h1>Situs kantor</h1>")
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        problem = _refusal(url, central.desk_token)
        assert problem.code == "reg_not_central"
        assert "bukan API pusat LAPOR!" in problem.text("id") and "not a LAPOR! central" in problem.text("en")
    finally:
        server.shutdown()
        server.server_close()
    # The central's own address with a wrong path answers 404: not a central either.
    assert _refusal(central.base_url + "/lapor", central.desk_token).code == "reg_not_central"


def test_a_clock_hours_off_is_refused_with_the_minutes(central: RunningServer) -> None:
    # The desk's clock is the one boundary a test cannot move on a shared machine: this one is a fake.
    def desk_clock(shift: timedelta) -> Clock:
        return lambda: datetime.now().astimezone() + shift

    behind = _refusal(central.api_url, central.desk_token, clock=desk_clock(timedelta(hours=-2)))
    assert behind.code == "reg_clock_behind" and behind.params["minutes"] == 120
    assert "terlambat 120 menit dari pusat" in behind.text("id")
    ahead = _refusal(central.api_url, central.desk_token, clock=desk_clock(timedelta(minutes=9)))
    assert ahead.code == "reg_clock_ahead" and ahead.params["minutes"] == 9


def test_https_needs_the_central_ca_and_registers_with_it(
    tmp_path: Path, central: RunningServer, https_front: TlsFront, authority: Authority
) -> None:
    untrusted = _refusal(https_front.api_url, central.desk_token)
    assert untrusted.code == "reg_certificate"
    assert "Sertifikat pusat tidak dipercaya" in untrusted.text("id") and "--ca-bundle" in untrusted.text("id")
    other = make_authority(tmp_path / "lain", "CA Lain")
    wrong = _refusal(https_front.api_url, central.desk_token, Connection(ca_bundle=str(other.ca_pem)))
    assert wrong.code == "reg_certificate_bundle"
    home = tmp_path / "home"
    out = _cli(
        home, "register", "--url", https_front.api_url, "--ca-bundle", str(authority.ca_pem), stdin=central.desk_token
    )
    assert out.returncode == 0, out.stderr
    stored = json.loads((home / "config" / "settings.json").read_text())["values"]
    assert stored["sync.ca_bundle"] == str(authority.ca_pem)
    sync = _cli(home, "sync")  # the sync trusts the same CA
    assert sync.returncode == 0, sync.stdout + sync.stderr
    missing = _cli(
        tmp_path / "home2",
        "register",
        "--url",
        https_front.api_url,
        "--ca-bundle",
        str(tmp_path / "tidak-ada.pem"),
        stdin=central.desk_token,
    )
    assert missing.returncode == 1 and "Berkas tidak ditemukan" in missing.stderr


def test_through_a_proxy_over_https_and_http(
    tmp_path: Path, central: RunningServer, https_front: TlsFront, authority: Authority, proxy: Proxy
) -> None:
    home = tmp_path / "home"
    out = _cli(
        home,
        "register",
        "--url",
        https_front.api_url,
        "--ca-bundle",
        str(authority.ca_pem),
        "--proxy",
        proxy.url,
        stdin=central.desk_token,
    )
    assert out.returncode == 0, out.stderr
    assert proxy.seen and all(line.startswith(f"CONNECT 127.0.0.1:{https_front.port} ") for line in proxy.seen)
    registered = len(proxy.seen)
    sync = _cli(home, "sync")
    assert sync.returncode == 0, sync.stdout + sync.stderr
    tunnels = len(proxy.seen)
    assert tunnels > registered  # the sync went through the proxy too
    plain = check_central(central.api_url, central.desk_token, Connection(proxy=proxy.url))
    assert plain.api_url == central.api_url
    assert any(line.startswith(f"GET {central.api_url}/health ") for line in proxy.seen[tunnels:])


@pytest.mark.parametrize("proxy", ["refuse", "auth"], indirect=True)
def test_a_proxy_that_refuses_or_wants_credentials(
    central: RunningServer, https_front: TlsFront, authority: Authority, proxy: Proxy
) -> None:
    code = "reg_proxy_refused" if proxy.mode == "refuse" else "reg_proxy_auth"
    over_tls = _refusal(https_front.api_url, central.desk_token, Connection(str(authority.ca_pem), proxy.url))
    assert over_tls.code == code and proxy.url in over_tls.text("id")
    plain = _refusal(central.api_url, central.desk_token, Connection(proxy=proxy.url))
    assert plain.code == code
    if proxy.mode == "auth":
        with_credentials = proxy.url.replace("http://", "http://it:rahasia@")
        assert (
            check_central(
                https_front.api_url, central.desk_token, Connection(str(authority.ca_pem), with_credentials)
            ).api_url
            == https_front.api_url
        )


def test_a_proxy_that_is_not_there(central: RunningServer) -> None:
    gone = f"http://127.0.0.1:{free_port()}"
    problem = _refusal(central.api_url, central.desk_token, Connection(proxy=gone))
    assert problem.code == "reg_proxy_refused"


def test_headless_setup_registers_only_after_the_checks_pass(tmp_path: Path, central: RunningServer) -> None:
    def setup(home: Path, token: str) -> subprocess.CompletedProcess[str]:
        if not (home / "config" / installation_file).exists():
            adopt(home / "config", TEST_PC)  # the PC the session's desk token is bound to
        token_file = tmp_path / "token.txt"
        token_file.write_text(token + "\n", encoding="utf-8")
        env = dict(
            os.environ,
            LAPOR_DESK_HOME=str(home),
            LAPOR_DESK_NO_KEYRING="1",
            LAPOR_DESK_PASSWORD="Kata-sandi-admin-2026",
        )
        env.pop("LAPOR_DESK_DB", None)
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "lapor_desk",
                "setup",
                "--desk-code",
                "KAB-BDG-07",
                "--admin",
                "admin",
                "--central-url",
                central.base_url,
                "--token-file",
                str(token_file),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    refused = setup(tmp_path / "pc1", "token-salah")
    assert refused.returncode == 1 and "tidak mengenal token ini" in refused.stderr
    assert not (tmp_path / "pc1" / "config" / "settings.json").exists()  # no admin, no settings, no token
    assert not (tmp_path / "pc1" / "config" / "desk-token").exists()
    done = setup(tmp_path / "pc2", central.desk_token)
    assert done.returncode == 0, done.stderr
    assert f"Terdaftar di pusat {central.api_url}." in done.stdout
    stored = json.loads((tmp_path / "pc2" / "config" / "settings.json").read_text())["values"]
    assert stored["sync.central_url"] == central.api_url and stored["desk.code"] == "KAB-BDG-07"
    assert (tmp_path / "pc2" / "config" / "desk-token").read_text() == central.desk_token


def test_a_token_another_pc_holds_is_refused_at_registration(central: RunningServer) -> None:
    token = central.add_desk("REG-PC-01")
    first_pc, second_pc = "7e57de5c-0000-4000-8000-0000000000a1", "7e57de5c-0000-4000-8000-0000000000a2"
    assert check_central(central.api_url, token, Connection(installation_id=first_pc)).api_url == central.api_url
    assert check_central(central.api_url, token, Connection(installation_id=first_pc))  # the same PC again
    refused = _refusal(central.api_url, token, Connection(installation_id=second_pc))
    assert refused.code == "reg_desk_in_use"
    assert refused.text("id").startswith("Token meja ini sudah dipakai PC lain.")


@pytest.mark.parametrize("proxy", ["auth"], indirect=True)
def test_proxy_credentials_are_kept_like_the_token_and_the_sync_uses_them(
    tmp_path: Path, central: RunningServer, https_front: TlsFront, authority: Authority, proxy: Proxy
) -> None:
    """Registered through a proxy that wants credentials: the settings file keeps its address
    only, the credentials sit in a 0600 file (no keyring here) as the token does, and the sync
    and doctor connect with them without ever printing them."""
    home = tmp_path / "home"
    with_credentials = proxy.url.replace("http://", "http://it:rahasia@")
    out = _cli(
        home,
        "register",
        "--url",
        https_front.api_url,
        "--ca-bundle",
        str(authority.ca_pem),
        "--proxy",
        with_credentials,
        stdin=central.desk_token,
    )
    assert out.returncode == 0, out.stderr
    config = home / "config"
    assert "rahasia" not in (config / "settings.json").read_text(encoding="utf-8")
    assert json.loads((config / "settings.json").read_text())["values"]["sync.proxy"] == proxy.url
    secret = config / "proxy-credentials"
    assert secret.read_text(encoding="utf-8") == "it:rahasia" and (secret.stat().st_mode & 0o777) == 0o600
    registered = len(proxy.seen)
    sync = _cli(home, "sync")
    assert sync.returncode == 0, sync.stdout + sync.stderr
    assert len(proxy.seen) > registered  # through the proxy, with the kept credentials
    # Registering again with the address alone keeps the credentials of the same proxy.
    again = _cli(home, "register", "--url", https_front.api_url, "--proxy", proxy.url, stdin=central.desk_token)
    assert again.returncode == 0, again.stderr
    assert secret.read_text(encoding="utf-8") == "it:rahasia"
    audit = _cli(home, "audit", "verify")
    for result in (out, sync, again, audit):
        assert "rahasia" not in result.stdout + result.stderr
    # Nowhere else on disk: settings, database (the audit trail), its WAL, logs.
    holding = [p for p in home.rglob("*") if p.is_file() and b"rahasia" in p.read_bytes()]
    assert holding == [secret]
