"""Operator search by the numbers a citizen reads out, over HTTP and the CLI (issue 19)."""

from __future__ import annotations

import itertools
import uuid

import httpx
from central_helpers import item, send
from sqlalchemy import create_engine, text

from central.testing import RunningServer

_serial = itertools.count(1)


def _lookups(server: RunningServer) -> list[tuple[str, str, str, str]]:
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return [
                tuple(r)
                for r in conn.execute(text("SELECT operator, kind, query, found FROM operator_lookups ORDER BY id"))
            ]  # type: ignore[misc]
    finally:
        engine.dispose()


def test_operator_finds_a_complaint_by_each_number_and_by_words(
    server: RunningServer, desk_client: httpx.Client, admin_client: httpx.Client
) -> None:
    n = next(_serial)
    receipt = f"KAB-BDG-01/2026/9{n:05d}"
    nik = f"320405120385{n + 1000:04d}"
    word = f"jembatan{uuid.uuid4().hex[:8]}"
    [mine] = send(
        desk_client,
        [
            item(
                receipt_number=receipt,
                reporter_nik=nik,
                reporter_phone=f"0813-77{n:02d}-1234",
                title=f"Jembatan {word} ambruk di desa",
            )
        ],
    )
    send(desk_client, [item(title="Pengaduan lain yang tidak dicari sama sekali")])
    tid = mine["tracking_id"]
    before = len(_lookups(server))

    def found(q: str) -> list[int]:
        r = admin_client.get("/admin/complaints", params={"q": q, "limit": 500})
        assert r.status_code == 200, r.text
        return [c["tracking_id"] for c in r.json()["items"]]

    assert found(receipt) == [tid]
    assert found(receipt.lower()) == [tid]
    assert found(str(tid)) == [tid]
    assert found(word) == [tid]
    assert found(nik) == [tid]
    assert found(f"+62 813 77{n:02d} 1234") == [tid]  # read out another way
    assert found(f"0813 77{n:02d} 1234") == [tid]
    logged = _lookups(server)[before:]
    assert [(k, f) for _o, k, _q, f in logged] == [("nik", str(tid)), ("phone", str(tid)), ("phone", str(tid))]
    assert all(nik not in q for _o, _k, q, _f in logged)  # the number is masked in the log
    assert {o for o, _k, _q, _f in logged} == {"test-operator"}  # the token that searched

    # The CLI finds it too, and its look-up by NIK is logged as the CLI's.
    out = server.cli("complaints", "list", "--q", nik)
    assert out.split("\t")[0] == str(tid)
    assert _lookups(server)[-1][:2] == ("cli", "nik")
    assert server.cli("complaints", "list", "--q", receipt).split("\t")[0] == str(tid)
