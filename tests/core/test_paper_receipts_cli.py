"""`lapor-desk paper-receipts` as a real subprocess: who may reserve, what is printed and audited."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_sign_in import PASSWORD, audit_rows, cli, last_seq, rows_after

from lapor_desk.paper.numbers import paper_number


@pytest.fixture(scope="module")
def desk_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A desk coded KAB-BDG-07 with an admin, a supervisor and a clerk (past their first password)."""
    home = tmp_path_factory.mktemp("paperdesk")
    made = cli(home, "accounts", "create-admin", "admin", password=None, new_password=PASSWORD)
    assert made.returncode == 0, made.stderr
    for user, role in (("sri", "supervisor"), ("budi", "clerk")):
        added = cli(home, "accounts", "add", user, "--role", role, "--user", "admin", new_password=PASSWORD)
        assert added.returncode == 0, added.stderr
    code = (
        "import sys; from lapor_desk.desk import Desk; from lapor_desk.settings import DESK_CODE\n"
        "d = Desk.open(); a = d.supervision.accounts; d.settings.set(DESK_CODE, 'KAB-BDG-07')\n"
        "p = sys.argv[1]\n"
        "for u in ('admin', 'sri', 'budi'): a.change_own_password(a.sign_in(u, p), p, p)\n"
        "d.close()"
    )
    env = dict(os.environ, LAPOR_DESK_HOME=str(home))
    env.pop("LAPOR_DESK_DB", None)
    subprocess.run([sys.executable, "-c", code, PASSWORD], check=True, env=env, timeout=300)
    yield home


def test_a_supervisor_reserves_a_block_lists_it_and_prints_its_sheet(desk_home: Path) -> None:
    before = last_seq(desk_home)
    out = cli(desk_home, "paper-receipts", "reserve", "--count", "5", "--days", "90", "--user", "sri")
    assert out.returncode == 0, out.stderr
    first, last = paper_number("KAB-BDG-07", 1), paper_number("KAB-BDG-07", 5)
    assert re.fullmatch(
        rf"Blok #1 dipesan: 5 nomor, {first} sampai {last}, berlaku sampai \d\d-\d\d-\d{{4}} \d\d:\d\d\.\n", out.stdout
    )
    [entry] = [r for r in rows_after(desk_home, before) if r["action"] != "sign_in"]
    assert (entry["actor"], entry["action"], entry["target"]) == ("sri", "paper_block_reserved", "paper_block:1")
    listed = cli(desk_home, "paper-receipts", "list", "--user", "admin")
    assert listed.returncode == 0 and f"Blok #1: {first} sampai {last}, 0 dari 5 terpakai" in listed.stdout
    sheet = cli(desk_home, "paper-receipts", "sheet", "1", "--user", "sri")
    assert sheet.returncode == 0, sheet.stderr
    lines = sheet.stdout.splitlines()
    assert lines[0] == "NOMOR TANDA TERIMA KERTAS (CADANGAN SAAT SERVER KANTOR MATI)"
    assert [n for n in lines if n.startswith("KAB-BDG-07-K-")] == [paper_number("KAB-BDG-07", s) for s in range(1, 6)]


def test_a_clerk_is_refused_in_the_core_and_the_refusal_is_audited(desk_home: Path) -> None:
    before = last_seq(desk_home)
    out = cli(desk_home, "paper-receipts", "reserve", "--count", "5", "--user", "budi")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip().startswith("Akun dengan peran petugas tidak berwenang")
    [entry] = [r for r in rows_after(desk_home, before) if r["action"] != "sign_in"]
    assert (entry["actor"], entry["action"]) == ("budi", "refused")
    assert entry["detail"]["permission"] == "reserve_paper"
    assert not [r for r in audit_rows(desk_home, "paper_block_reserved") if r["actor"] == "budi"]


def test_a_block_out_of_range_is_refused_with_a_message(desk_home: Path) -> None:
    out = cli(desk_home, "paper-receipts", "reserve", "--count", "0", "--user", "sri")
    assert out.returncode == 1 and out.stderr.strip() == "Jumlah nomor dalam satu blok: 1 sampai 500."
    missing = cli(desk_home, "paper-receipts", "sheet", "99", "--user", "sri")
    assert missing.returncode == 1 and missing.stderr.strip() == "Blok nomor kertas #99 tidak ada."


def test_without_a_user_it_says_how_and_exits_2(desk_home: Path) -> None:
    out = cli(desk_home, "paper-receipts", "list")
    assert out.returncode == 2 and "--user NAMA" in out.stderr
