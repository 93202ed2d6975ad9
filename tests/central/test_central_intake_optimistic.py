"""SQLite inserts a batch's new complaints before reading who holds its receipt numbers
(central.services.intake._insert_optimistic): every batch must get exactly the answers and
rows the careful way gives (the numbers read first), whatever the database already holds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from central_helpers import item
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select, text

from central.db import CentralDatabase
from central.models import Complaint, Desk
from central.services import accounts, intake
from central.services.itemcheck import Checked, check_item

NOW = datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC)


class _Pair:
    """Two desks of one central: what one is sent goes through apply_batch, what the other
    is sent goes the careful way; their receipt numbers and client IDs are apart."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = CentralDatabase(f"sqlite:///{tmp_path / 'central.db'}")
        self.db.migrate()
        self.statements: list[str] = []
        event.listen(self.db.engine, "before_cursor_execute", self._seen)
        self.desks = 0

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        self.statements.append(statement)

    def new_desks(self) -> tuple[int, int]:
        ids = []
        for _ in range(2):
            self.desks += 1
            code = f"KAB-BDG-{self.desks:02d}"
            self.db.write(lambda s, code=code: accounts.add_desk(s, code, "Meja uji"))
            with self.db.read() as s:
                ids.append(s.scalar(select(Desk.id).where(Desk.code == code)))
        return ids[0], ids[1]

    def send(self, desk_id: int, raws: list[dict[str, Any]], *, careful: bool) -> list[dict[str, Any]]:
        checked = _checked(raws)
        if careful:
            results = self.db.write(lambda s: intake._apply(s, desk_id, checked, NOW, guarded=True))
        else:
            results = self.db.write(lambda s: intake.apply_batch(s, desk_id, checked, NOW))
        return _comparable(results)

    def both(self, raws: list[dict[str, Any]], fast: int, careful: int) -> tuple[list[dict], list[dict]]:
        return self.send(fast, raws, careful=False), self.send(careful, raws, careful=True)

    def stored(self, desk_id: int) -> dict[str, tuple]:
        columns = [c.name for c in Complaint.__table__.c if c.name not in ("tracking_id", "desk_id")]
        quoted = ", ".join(f'quote("{c}")' for c in columns)
        with self.db.read() as s:
            rows = s.execute(text(f"SELECT {quoted} FROM complaints WHERE desk_id = :d"), {"d": desk_id})  # noqa: S608
            out = {row[1]: tuple(row) for row in rows}  # keyed by quote(client_id)
            links = s.execute(
                text(
                    "SELECT c.client_id, a.sha256 FROM complaint_attachments a "
                    "JOIN complaints c ON c.tracking_id = a.tracking_id WHERE c.desk_id = :d"
                ),
                {"d": desk_id},
            )
            for client_id, sha in links:
                out[f"link {client_id} {sha}"] = ()
        return out


def _checked(raws: list[dict[str, Any]]) -> list[Checked]:
    checked = [check_item(i, raw, now=NOW, max_attachment_bytes=2_000_000) for i, raw in enumerate(raws)]
    assert [ch.errors for ch in checked if ch.errors] == []
    return checked


def _comparable(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answers in batch order, a tracking ID only as there or not (the desks differ)."""
    out = []
    for r in sorted(results, key=lambda r: r["index"]):
        r = dict(r)
        if "tracking_id" in r:
            r["tracking_id"] = r["tracking_id"] is not None
        out.append(r)
    return out


def _receipt_reads(statements: list[str]) -> int:
    return sum(1 for s in statements if s.startswith("SELECT complaints.receipt_number"))


def _item(client: str, receipt: str, revision: int = 1, title: str = "Jalan desa rusak berlubang") -> dict:
    return item(revision=revision, client_id=client, receipt_number=receipt, title=title)


def _client(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def test_a_clean_batch_goes_in_without_reading_receipt_numbers(tmp_path: Path) -> None:
    pair = _Pair(tmp_path)
    fast, careful = pair.new_desks()
    raws = [_item(_client(n), f"R/{n}") for n in range(450)]  # three chunks
    pair.statements.clear()
    got = pair.send(fast, raws, careful=False)
    assert _receipt_reads(pair.statements) == 0
    assert sum(s.startswith("SAVEPOINT") for s in pair.statements) == 1
    pair.statements.clear()
    expected = pair.send(careful, raws, careful=True)
    assert _receipt_reads(pair.statements) == 2  # 400 numbers a statement
    assert [r["status"] for r in got] == ["created"] * 450
    assert got == expected
    assert pair.stored(fast) == pair.stored(careful)
    pair.db.dispose()


def test_refusals_resends_and_mixed_batches_answer_as_the_careful_way(tmp_path: Path) -> None:
    pair = _Pair(tmp_path)
    fast, careful = pair.new_desks()
    a, b, c, d, e, f = (_client(n) for n in range(1, 7))
    batches = [
        [_item(a, "R/1"), _item(b, "R/2")],
        # A receipt another complaint holds: the batch is tried, refused, applied carefully.
        [_item(c, "R/1"), _item(d, "R/4")],
        # Two complaints of one batch naming one receipt: the careful way from the start.
        [_item(e, "R/5"), _item(f, "R/5")],
        # A resend, and a newer revision of an existing complaint under a number b holds.
        [_item(a, "R/1"), _item(b, "R/2", revision=2, title="Judul baru"), _item(a, "R/2", revision=2)],
        # Mixed: new, resent, a revision and its resend in one batch, a held number, a stale one.
        [
            _item(_client(7), "R/7"),
            _item(b, "R/2", revision=2, title="Judul baru"),
            _item(_client(8), "R/8", revision=1),
            _item(_client(8), "R/8", revision=2, title="Judul kedua"),
            _item(_client(9), "R/2"),
            _item(a, "R/1", revision=1),
        ],
        # A revision taking a number no one holds, beside a new one and a resend.
        [_item(d, "R/44", revision=2), _item(_client(10), "R/10"), _item(c, "R/1")],
        # A revision taking a new number that a new complaint after it in the batch names too.
        [_item(d, "R/45", revision=3), _item(_client(11), "R/45")],
    ]
    statuses = []
    for raws in batches:
        pair.statements.clear()
        got, expected = pair.both(raws, fast, careful)
        assert got == expected
        assert pair.stored(fast) == pair.stored(careful)
        statuses.append([(r["status"], [e["code"] for e in r["errors"]]) for r in got])
    taken = ("rejected", ["receipt_number_taken"])
    assert statuses[1] == [taken, ("created", [])]
    assert statuses[2] == [("created", []), taken]
    assert statuses[3] == [("duplicate", []), ("updated", []), taken]
    assert statuses[4] == [
        ("created", []),
        ("duplicate", []),
        ("created", []),
        ("updated", []),
        taken,
        ("duplicate", []),
    ]
    assert statuses[5] == [("updated", []), ("created", []), taken]
    assert statuses[6] == [("updated", []), taken]
    pair.db.dispose()


def test_a_batch_the_database_refuses_is_applied_the_careful_way(tmp_path: Path) -> None:
    """The optimistic insert is refused (a held receipt): nothing of it stays, and the
    careful way's answers follow, attachments links included."""
    pair = _Pair(tmp_path)
    fast, careful = pair.new_desks()
    held = [_item(_client(1), "R/1")]
    pair.both(held, fast, careful)
    attached = item(
        client_id=_client(2),
        receipt_number="R/2",
        attachments=[{"sha256": "ab" * 32, "size": 10, "media_type": "image/jpeg", "filename": "foto.jpg"}],
    )
    raws = [attached, _item(_client(3), "R/1"), _item(_client(4), "R/4")]
    pair.statements.clear()
    got = pair.send(fast, raws, careful=False)
    assert [s.split(" ")[0] for s in pair.statements if "SAVEPOINT" in s or "receipt_number IN" in s][:3] == [
        "SAVEPOINT",
        "ROLLBACK",
        "SELECT",
    ]
    expected = pair.send(careful, raws, careful=True)
    assert [r["status"] for r in got] == ["created", "rejected", "created"]
    assert got == expected
    assert pair.stored(fast) == pair.stored(careful)
    assert any(k.startswith("link") for k in pair.stored(fast))
    # Refused in its last chunk, after two chunks went in: none of them stays.
    raws = [_item(_client(n), f"R/{n}") for n in range(100, 520)]
    raws[-1] = _item(_client(519), "R/4")  # the last of the client IDs: the third chunk
    got, expected = pair.both(raws, fast, careful)
    assert got == expected
    assert [n for n, r in enumerate(got) if r["status"] != "created"] == [419]
    assert pair.stored(fast) == pair.stored(careful)
    pair.db.dispose()


_CLIENTS = [_client(n) for n in range(1, 7)]
_ITEMS = st.builds(
    lambda client, receipt, revision, title: _item(_CLIENTS[client], f"R/{receipt}", revision, title),
    st.integers(0, len(_CLIENTS) - 1),
    st.integers(0, 6),
    st.integers(1, 3),
    st.sampled_from(["Jalan desa rusak berlubang", "Lampu jalan padam"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(_ITEMS, min_size=1, max_size=8), min_size=1, max_size=3))
def test_generated_batches_answer_as_the_careful_way(tmp_path_factory: Any, batches: list[list[dict]]) -> None:
    """A few client IDs, receipt numbers and revisions, so that batches collide with each
    other and with what is stored in every way they can."""
    pair = _Pair(tmp_path_factory.mktemp("optimistic"))
    fast, careful = pair.new_desks()
    for raws in batches:
        got, expected = pair.both(raws, fast, careful)
        assert got == expected
        assert pair.stored(fast) == pair.stored(careful)
    pair.db.dispose()
