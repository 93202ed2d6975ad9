"""The audit chain: entries for each kind of act, paging and filters, and tamper detection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from lapor_desk.audit import GENESIS, AuditAction, AuditFilter, Who, entry_hash
from lapor_desk.demo import DemoGenerator, Place, write_demo_data
from lapor_desk.storage.supervision_tables import AUDIT

from factories import WIB, url_of, walk_in


def _entries(sup, staff) -> None:  # type: ignore[no-untyped-def]
    clerk = staff["clerk"]
    for n in range(3):
        sup.session(clerk).complaints.record(walk_in(title=f"Jalan desa rusak nomor {n}"))


def test_chain_links_each_entry_to_the_previous(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    report = sup.audit.verify()
    assert report.ok and report.entries == sup.audit.count() > 8
    with sup_db.read() as raw:
        rows = raw.execute(text("SELECT seq, prev_hash, hash FROM audit_entries ORDER BY seq")).all()
        head = raw.execute(text("SELECT seq, hash FROM audit_head")).one()
    assert rows[0][1] == GENESIS
    assert all(rows[i][1] == rows[i - 1][2] for i in range(1, len(rows)))
    assert tuple(head) == (rows[-1][0], rows[-1][2])


def test_hash_covers_every_field() -> None:
    at = datetime(2026, 11, 20, 9, 0, tzinfo=WIB)
    base = entry_hash(GENESIS, 1, at, "budi", "clerk", "create", "complaint:1", "{}")
    assert base != entry_hash(GENESIS, 2, at, "budi", "clerk", "create", "complaint:1", "{}")
    assert base != entry_hash(
        GENESIS, 1, at + timedelta(microseconds=1), "budi", "clerk", "create", "complaint:1", "{}"
    )
    assert base != entry_hash(GENESIS, 1, at, "budi", "clerk", "create", "complaint:1", '{"a":1}')
    assert base != entry_hash("1" * 64, 1, at, "budi", "clerk", "create", "complaint:1", "{}")


def test_an_edited_row_is_named(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    with sup_db.write() as raw:
        raw.execute(text("UPDATE audit_entries SET actor = 'orang-lain' WHERE seq = 7"))
    report = sup.audit.verify()
    assert [(p.seq, p.kind) for p in report.problems] == [(7, "edited")]


def test_an_edited_detail_or_time_is_named(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    with sup_db.write() as raw:
        raw.execute(text("UPDATE audit_entries SET detail = '{\"fields\":[]}' WHERE seq = 3"))
        raw.execute(AUDIT.update().where(AUDIT.c.seq == 9).values(at=datetime(2020, 1, 1, tzinfo=UTC)))
    assert [(p.seq, p.kind) for p in sup.audit.verify().problems] == [(3, "edited"), (9, "edited")]


def test_a_deleted_row_is_found_at_the_next_one(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    with sup_db.write() as raw:
        raw.execute(text("DELETE FROM audit_entries WHERE seq = 5"))
    report = sup.audit.verify()
    assert [(p.seq, p.kind) for p in report.problems] == [(6, "missing_before")]


def test_deleting_the_newest_rows_shows_through_the_head(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    last = sup.audit.count()
    with sup_db.write() as raw:
        raw.execute(text("DELETE FROM audit_entries WHERE seq >= :s"), {"s": last - 1})
    assert [(p.seq, p.kind) for p in sup.audit.verify().problems] == [(last, "tail_missing")]
    with sup_db.write() as raw:
        raw.execute(text("DELETE FROM audit_head"))
    assert [p.kind for p in sup.audit.verify().problems] == ["head_missing"]


def test_recomputing_one_row_still_breaks_the_next_link(sup, staff, sup_db) -> None:  # type: ignore[no-untyped-def]
    _entries(sup, staff)
    with sup_db.write() as raw:
        r = raw.execute(AUDIT.select().where(AUDIT.c.seq == 4)).one()
        forged = entry_hash(r.prev_hash, r.seq, r.at.replace(tzinfo=UTC), "palsu", r.role, r.action, r.target, r.detail)
        raw.execute(text("UPDATE audit_entries SET actor='palsu', hash=:h WHERE seq=4"), {"h": forged})
    assert [(p.seq, p.kind) for p in sup.audit.verify().problems] == [(5, "missing_before")]


def test_every_kind_of_act_is_recorded(sup, staff, sup_clock) -> None:  # type: ignore[no-untyped-def]
    admin = staff["admin"]
    saved = sup.session(staff["clerk"]).complaints.record(walk_in())
    sup.session(staff["supervisor"]).complaints.get(saved.complaint.id)
    sup.accounts.reset_password(admin, "budi", "sementara-9")
    sup.accounts.sign_out(staff["supervisor"])
    actions = {e.action for e in sup.audit.page(limit=500)}
    assert {"sign_in", "create", "status_change", "view_personal", "account_change", "sign_out"} <= actions


def test_paging_and_filters(sup, staff, sup_clock) -> None:  # type: ignore[no-untyped-def]
    for n in range(25):
        sup.audit.record(Who("budi", "clerk"), AuditAction.EXPORT, f"report:{n}", {"n": n})
    first = sup.audit.page(AuditFilter(actions=("export",)), limit=10)
    second = sup.audit.page(AuditFilter(actions=("export",)), before_seq=first[-1].seq, limit=10)
    third = sup.audit.page(AuditFilter(actions=("export",)), before_seq=second[-1].seq, limit=10)
    got = [e.detail["n"] for e in first + second + third]
    assert got == list(range(24, -1, -1))
    assert sup.audit.page(AuditFilter(actor="sri", actions=("export",))) == []
    assert len(sup.audit.page(AuditFilter(since=sup_clock.now + timedelta(seconds=1)))) == 0
    assert len(sup.audit.page(AuditFilter(until=sup_clock.now + timedelta(seconds=1)), limit=1000)) == sup.audit.count()


def test_bulk_writers_get_one_entry_per_batch(sup, sup_db, settings) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.accounts.supervision import supervision_hooks

    places = [Place("32", "32.04", "32.04.05", "32.04.05.2001", "Cibiru Wetan", "Cileunyi", "Kab. Bandung")]
    gen = DemoGenerator(places, seed=3, end=datetime(2026, 11, 1, tzinfo=WIB))
    write_demo_data(sup_db, gen, 120, batch=50, hooks=supervision_hooks(sup_db, settings))
    entries = sup.audit.page(AuditFilter(target="complaints"))
    assert [e.detail["count"] for e in reversed(entries)] == [50, 50, 20]
    assert sup.audit.verify().ok


def test_audit_verify_command(sup, staff, sup_db, capsys) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.cli import main

    _entries(sup, staff)
    url = url_of(sup_db)
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "utuh" in capsys.readouterr().out
    with sup_db.write() as raw:
        raw.execute(text("UPDATE audit_entries SET target = 'x' WHERE seq = 2"))
    assert main(["--db", url, "audit", "verify"]) == 1
    out = capsys.readouterr()
    assert "#2" in out.out + out.err and "RUSAK" in out.out + out.err
