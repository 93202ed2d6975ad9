"""`lapor-desk paper-receipts` as a real subprocess: who may reserve, what is printed and audited."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from cli_desk import PASSWORD, audit_rows, cli, last_seq, rows_after

from lapor_desk.paper.numbers import paper_number


def test_a_supervisor_reserves_a_block_lists_it_and_prints_its_sheet(cli_desk: Path) -> None:
    before = last_seq(cli_desk)
    out = cli(cli_desk, "paper-receipts", "reserve", "--count", "5", "--days", "90", "--user", "sri")
    assert out.returncode == 0, out.stderr
    first, last = paper_number("KAB-BDG-07", 1), paper_number("KAB-BDG-07", 5)
    assert re.fullmatch(
        rf"Blok #1 dipesan: 5 nomor, {first} sampai {last}, berlaku sampai \d\d-\d\d-\d{{4}} \d\d:\d\d\.\n", out.stdout
    )
    [entry] = [r for r in rows_after(cli_desk, before) if r["action"] != "sign_in"]
    assert (entry["actor"], entry["action"], entry["target"]) == ("sri", "paper_block_reserved", "paper_block:1")
    listed = cli(cli_desk, "paper-receipts", "list", "--user", "admin")
    assert listed.returncode == 0 and f"Blok #1: {first} sampai {last}, 0 dari 5 terpakai" in listed.stdout
    sheet = cli(cli_desk, "paper-receipts", "sheet", "1", "--user", "sri")
    assert sheet.returncode == 0, sheet.stderr
    lines = sheet.stdout.splitlines()
    assert lines[0] == "NOMOR TANDA TERIMA KERTAS (CADANGAN SAAT SERVER KANTOR MATI)"
    assert [n for n in lines if n.startswith("KAB-BDG-07-K-")] == [paper_number("KAB-BDG-07", s) for s in range(1, 6)]
    [shown] = audit_rows(cli_desk, "paper_sheet_printed")  # who has a copy of the numbers
    assert (shown["actor"], shown["target"], shown["detail"]["how"]) == ("sri", "paper_block:1", "text")


def test_a_clerk_is_refused_in_the_core_and_the_refusal_is_audited(cli_desk: Path) -> None:
    before = last_seq(cli_desk)
    out = cli(cli_desk, "paper-receipts", "reserve", "--count", "5", "--user", "budi")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip().startswith("Akun dengan peran petugas tidak berwenang")
    [entry] = [r for r in rows_after(cli_desk, before) if r["action"] != "sign_in"]
    assert (entry["actor"], entry["action"]) == ("budi", "refused")
    assert entry["detail"]["permission"] == "reserve_paper"
    assert not [r for r in audit_rows(cli_desk, "paper_block_reserved") if r["actor"] == "budi"]


def test_a_block_out_of_range_is_refused_with_a_message(cli_desk: Path) -> None:
    out = cli(cli_desk, "paper-receipts", "reserve", "--count", "0", "--user", "sri")
    assert out.returncode == 1 and out.stderr.strip() == "Jumlah nomor dalam satu blok: 1 sampai 500."
    missing = cli(cli_desk, "paper-receipts", "sheet", "99", "--user", "sri")
    assert missing.returncode == 1 and missing.stderr.strip() == "Blok nomor kertas #99 tidak ada."


def test_without_a_user_it_says_how_and_exits_2(cli_desk: Path) -> None:
    out = cli(cli_desk, "paper-receipts", "list")
    assert out.returncode == 2 and "--user NAMA" in out.stderr


def test_a_block_whose_sheet_was_lost_is_voided_by_a_supervisor_and_its_numbers_refused(cli_desk: Path) -> None:
    made = cli(cli_desk, "paper-receipts", "reserve", "--count", "3", "--user", "sri")
    assert made.returncode == 0, made.stderr
    block = re.match(r"Blok #(\d+) dipesan", made.stdout)
    assert block is not None
    number = block[1]
    before = last_seq(cli_desk)
    clerk = cli(cli_desk, "paper-receipts", "void", number, "--reason", "lembar hilang", "--user", "budi")
    assert clerk.returncode == 1 and clerk.stderr.strip().startswith("Akun dengan peran petugas tidak berwenang")
    assert [(r["actor"], r["action"]) for r in rows_after(cli_desk, before) if r["action"] != "sign_in"] == [
        ("budi", "refused")
    ]
    out = cli(cli_desk, "paper-receipts", "void", number, "--reason", "lembar hilang", "--user", "sri")
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"Blok #{number} dibatalkan: 3 nomor yang belum terpakai tidak bisa dipakai lagi.\n"
    [entry] = audit_rows(cli_desk, "paper_block_voided")
    assert (entry["actor"], entry["target"], entry["detail"]["reason"]) == (
        "sri",
        f"paper_block:{number}",
        "lembar hilang",
    )
    listed = cli(cli_desk, "paper-receipts", "list", "--user", "admin")
    [line] = [x for x in listed.stdout.splitlines() if x.startswith(f"Blok #{number}:")]
    assert re.search(r"\. DIBATALKAN \d\d-\d\d-\d{4} \d\d:\d\d oleh sri: lembar hilang$", line)
    again = cli(cli_desk, "paper-receipts", "void", number, "--reason", "lagi", "--user", "admin")
    assert again.returncode == 1 and again.stderr.startswith(f"Blok #{number} sudah dibatalkan pada ")
    sheet = cli(cli_desk, "paper-receipts", "sheet", number, "--user", "sri")
    assert sheet.returncode == 1
    assert sheet.stderr.strip() == f"Blok #{number} sudah dibatalkan; lembarnya tidak dicetak lagi."


def test_the_sheet_is_audited_before_it_is_printed_even_when_printing_fails(cli_desk: Path) -> None:
    reserved = cli(cli_desk, "paper-receipts", "reserve", "--count", "500", "--days", "90", "--user", "sri")
    assert reserved.returncode == 0, reserved.stderr
    block = re.match(r"Blok #(\d+) ", reserved.stdout)
    assert block is not None  # the desk is shared by this file's tests: not always block 1
    before = last_seq(cli_desk)
    env = dict(os.environ, LAPOR_DESK_HOME=str(cli_desk), LAPOR_DESK_PASSWORD=PASSWORD)
    env.pop("LAPOR_DESK_DB", None)
    # The output device is full (a real one: /dev/full refuses every write): the sheet of 500
    # numbers cannot be written out, but whoever asked for it is on the record first.
    with open(os.devnull) as stdin, open("/dev/full", "w") as full:
        subprocess.run(
            [sys.executable, "-m", "lapor_desk", "paper-receipts", "sheet", block[1], "--user", "sri"],
            stdin=stdin,
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
            timeout=300,
        )
    [shown] = [r for r in rows_after(cli_desk, before) if r["action"] == "paper_sheet_printed"]
    assert (shown["actor"], shown["target"], shown["detail"]["how"]) == ("sri", f"paper_block:{block[1]}", "text")
