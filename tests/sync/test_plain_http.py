"""Transport: plain http:// only to this PC unless an admin allows it (audited); the desk token
never on the command line.

`http://0.0.0.0:PORT` stands for "another machine": the rule does not count it as loopback, yet
Linux delivers a connection to it on this PC, so a broken refusal would still only reach the
test's own central on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from central.testing import RunningServer
from lapor_desk.sync.installation import FILE_NAME as installation_file
from lapor_desk.sync.installation import adopt
from lapor_desk.sync.transport import PLAIN_HTTP_REFUSED, CentralClient, Outcome, plain_http_refused

from sync_helpers import TEST_PC

PASSWORD = "rahasia-123"


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("http://10.1.2.3/api/v1", True),
        ("http://pusat.example:8000", True),
        ("HTTP://Pusat.Example", True),
        ("http://0.0.0.0:8000", True),
        ("http://127.0.0.1:8000/api/v1", False),
        ("http://127.9.9.9", False),
        ("http://[::1]:8000", False),
        ("http://localhost:8000", False),
        ("https://pusat.example", False),
        ("https://10.1.2.3", False),
    ],
)
def test_the_rule(url: str, refused: bool) -> None:
    assert plain_http_refused(url, allowed=False) is refused
    assert plain_http_refused(url, allowed=True) is False


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # The session's desk token is bound to one installation: these homes stand for that PC
    # (a fresh home's own ID would bind the token and every later test desk would be refused).
    if not (home / "config" / installation_file).exists():
        adopt(home / "config", TEST_PC)
    env = dict(
        os.environ,
        LAPOR_DESK_HOME=str(home),
        LAPOR_DESK_NO_KEYRING="1",
        LAPOR_DESK_PASSWORD=PASSWORD,
        LAPOR_DESK_NEW_PASSWORD=PASSWORD,
    )
    env.pop("LAPOR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args], capture_output=True, text=True, env=env, timeout=120, input=stdin
    )


def _audit(home: Path, action: str) -> list[tuple[str, str, dict[str, object]]]:
    import sqlite3

    with sqlite3.connect(home / "data" / "lapor-desk.sqlite3") as raw:
        rows = raw.execute(
            "SELECT actor, target, detail FROM audit_entries WHERE action = ? ORDER BY seq", (action,)
        ).fetchall()
    return [(a, t, json.loads(d)) for a, t, d in rows]


def test_register_refuses_plain_http_to_another_machine_until_an_admin_allows_it(
    tmp_path: Path, central: RunningServer
) -> None:
    home = tmp_path / "home"
    elsewhere = f"http://0.0.0.0:{central.port}"
    refused = _cli(home, "register", "--url", elsewhere, stdin=central.desk_token)
    assert refused.returncode == 1
    assert "http:// tanpa enkripsi" in refused.stderr and "sync.allow_plain_http" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (home / "config" / "desk-token").exists()
    # Only an admin may allow it, signed in, and it is on record.
    assert _cli(home, "accounts", "create-admin", "admin").returncode == 0
    anonymous = _cli(home, "config", "set", "sync.allow_plain_http", "on")
    assert anonymous.returncode == 2 and "--user" in anonymous.stderr
    allowed = _cli(home, "config", "set", "sync.allow_plain_http", "on", "--user", "admin")
    assert allowed.returncode == 0, allowed.stderr
    assert _audit(home, "settings_change")[-1] == (
        "admin",
        "setting:sync.allow_plain_http",
        {"old": False, "new": True},
    )
    done = _cli(home, "register", "--url", elsewhere, stdin=central.desk_token)
    assert done.returncode == 0, done.stderr
    # An environment variable is no audited override: it does not lift the refusal.
    env_only = tmp_path / "home2"
    env = dict(
        os.environ, LAPOR_DESK_HOME=str(env_only), LAPOR_DESK_NO_KEYRING="1", LAPOR_DESK_SYNC_ALLOW_PLAIN_HTTP="on"
    )
    env.pop("LAPOR_DESK_DB", None)
    sneaky = subprocess.run(
        [sys.executable, "-m", "lapor_desk", "register", "--url", elsewhere],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        input=central.desk_token,
    )
    assert sneaky.returncode == 1 and "http:// tanpa enkripsi" in sneaky.stderr


def test_the_sync_client_sends_nothing_over_plain_http_to_another_machine(central: RunningServer) -> None:
    elsewhere = f"http://0.0.0.0:{central.port}/api/v1"
    client = CentralClient(elsewhere, central.desk_token)
    try:
        ex, _before, _after = client.health()
        updates = client.updates("0", 1)
    finally:
        client.close()
    for answer in (ex, updates):
        assert answer.outcome is Outcome.AUTH and answer.problem_type == PLAIN_HTTP_REFUSED
        assert answer.status is None  # no request was made
    allowed = CentralClient(elsewhere, central.desk_token, allow_plain_http=True)
    try:
        assert allowed.health()[0].ok
    finally:
        allowed.close()
    local = CentralClient(central.api_url, central.desk_token)
    try:
        assert local.health()[0].ok  # loopback: this PC itself
    finally:
        local.close()


def test_a_token_on_the_command_line_is_refused_with_the_way_to_give_it(tmp_path: Path, central: RunningServer) -> None:
    home = tmp_path / "home"
    out = _cli(home, "register", "--url", central.api_url, "--token", central.desk_token)
    assert out.returncode == 2
    assert "--token-file" in out.stderr and "stdin" in out.stderr and central.desk_token not in out.stderr
    assert not (home / "config" / "desk-token").exists()
    missing = _cli(home, "register", "--url", central.api_url)  # no terminal, nothing piped in
    assert missing.returncode == 2 and "Tidak ada token meja" in missing.stderr
    token_file = tmp_path / "token.txt"
    token_file.write_text(central.desk_token + "\n", encoding="utf-8")
    by_file = _cli(home, "register", "--url", central.api_url, "--token-file", str(token_file))
    assert by_file.returncode == 0, by_file.stderr
    assert (home / "config" / "desk-token").read_text(encoding="utf-8").strip() == central.desk_token
    gone = _cli(home, "register", "--url", central.api_url, "--token-file", str(tmp_path / "tidak-ada.txt"))
    assert gone.returncode == 2 and "tidak bisa dibaca" in gone.stderr and "Traceback" not in gone.stderr
