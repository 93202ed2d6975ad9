"""The queue's one search box: any number a citizen brings, names and word prefixes, on both engines.

Runs on a SQLite file and (with LAPOR_TEST_POSTGRES_URL, as `.ci/run` sets) on a fresh
PostgreSQL database (tests/desk_engines.py): the same service, the same answers, each
through its own indexes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text, update

from lapor_desk.domain.queue import QueueFilter, QueueSort
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage import repository as repo
from lapor_desk.storage.database import Database
from lapor_desk.storage.queue_query import queue_count, queue_queries

from factories import WIB, walk_in

# Received in this order; recorded in another (the oldest was typed in last, as an import would).
PEOPLE = (
    # title, reporter, NIK, phone as the clerk typed it, received
    ("Jalan desa rusak berlubang", "Budi Santoso", "3204051203850002", "0812-3456-7890", datetime(2026, 11, 18, 9)),
    ("Puskesmas antre lama sekali", "Siti Aminah", "3204055507900003", "+62 813 1111 2222", datetime(2026, 11, 19, 9)),
    ("Lampu penerangan padam", "Made Wirawan", "5171010101800004", "(0361) 222333", datetime(2026, 11, 20, 8)),
    ("Pungutan liar di sekolah", "Dewi Lestari", "3404014107950005", "085711112222", datetime(2026, 10, 2, 9)),
)


@pytest.fixture
def desk(service: ComplaintService, db: Database) -> dict[str, int]:
    ids = {}
    for title, name, nik, phone, received in PEOPLE:
        saved = service.record(
            walk_in(
                title=title,
                body=f"{title}. Mohon segera ditindaklanjuti oleh instansi terkait, terima kasih.",
                reporter_name=name,
                reporter_nik=nik,
                reporter_phone=phone,
                incident_date=date(2026, 9, 30),
                received_at=received.replace(tzinfo=WIB),
            )
        )
        ids[name] = saved.complaint.id
    with db.write() as conn:  # the central's tracking ID, as a sync would set it
        conn.execute(update(repo.COMPLAINTS).where(repo.C.id == ids["Siti Aminah"]).values(tracking_id="1916449"))
    return ids


def found(service: ComplaintService, typed: str) -> list[int]:
    return [r.id for r in service.queue_page(QueueFilter(text=typed))]


def test_any_number_a_citizen_brings_finds_the_complaint(service: ComplaintService, desk: dict[str, int]) -> None:
    budi, siti, made = desk["Budi Santoso"], desk["Siti Aminah"], desk["Made Wirawan"]
    receipt = service.get(budi).receipt_number
    assert receipt
    for typed in (receipt, receipt.lower(), f"  {receipt.lower()} "):
        assert found(service, typed) == [budi], typed
    assert found(service, "1916449") == [siti]  # LAPOR! tracking ID
    assert found(service, "3204051203850002") == [budi]  # NIK
    assert found(service, "3204 0512 0385 0002") == [budi]  # NIK as printed in groups
    for typed in ("0812-3456-7890", "+62 812 3456 7890", "6281234567890", "0812 3456 7890", "(0812) 3456.7890"):
        assert found(service, typed) == [budi], typed
    for typed in ("+62 361 222 333", "0361-222333"):
        assert found(service, typed) == [made], typed
    assert found(service, "0812-0000-0000") == []  # a phone nobody gave
    assert found(service, "3204051203859999") == []  # a NIK nobody gave


def test_names_and_word_prefixes(service: ComplaintService, desk: dict[str, int]) -> None:
    assert found(service, "Siti Aminah") == [desk["Siti Aminah"]]
    assert found(service, "aminah") == [desk["Siti Aminah"]]
    assert found(service, "wira") == [desk["Made Wirawan"]]  # a prefix of the name
    assert found(service, "jal") == [desk["Budi Santoso"]]  # jal finds jalan
    assert found(service, "pung sek") == [desk["Dewi Lestari"]]  # every word, each a prefix
    assert found(service, "PUSKES") == [desk["Siti Aminah"]]
    assert found(service, "x") == []  # one letter is a whole word, not every word starting with it


def test_accents_are_folded_on_both_engines(service: ComplaintService, db: Database, desk: dict[str, int]) -> None:
    """A word typed with or without its accents finds it, on SQLite (FTS5 folds them) and on
    PostgreSQL (the index and the query go through lapor_fold): the engines agree."""
    accented = service.record(
        walk_in(
            title="Jembatan Cikönéng ambruk",
            body="Jembatan di Cikönéng ambruk setelah hujan deras, warga memutar jauh.",
            reporter_name="André Sëtiawan",
            incident_date=date(2026, 9, 30),
            received_at=datetime(2026, 11, 17, 9, tzinfo=WIB),
        )
    ).complaint.id
    for typed in ("cikoneng", "Cikönéng", "CIKÖNÉNG", "andre setia", "ANDRÉ", "sëtiawan"):
        assert found(service, typed) == [accented], typed
    assert found(service, "jembatan ambruk") == [accented]


def test_newest_received_first_whatever_the_entry_order(service: ComplaintService, desk: dict[str, int]) -> None:
    by_received = [desk[p[1]] for p in sorted(PEOPLE, key=lambda p: p[4], reverse=True)]
    assert [r.id for r in service.queue_page(QueueFilter())] == by_received
    # a word all four share, and paging one row at a time: the same order, nothing twice
    assert found(service, "mohon") == by_received
    for typed in ("", "mohon"):
        seen, before = [], None
        while page := service.queue_page(QueueFilter(text=typed), before, 1):
            seen += [r.id for r in page]
            before = page[-1].id
        assert seen == by_received, typed


def test_count_is_exact_up_to_the_cap(db: Database, desk: dict[str, int]) -> None:
    with db.read() as conn:
        everything = queue_count(conn, QueueFilter())
        assert (everything.count, everything.exact) == (4, True)
        capped = queue_count(conn, QueueFilter(text="mohon"), cap=3)
        assert (capped.count, capped.exact) == (3, False)
        one = queue_count(conn, QueueFilter(text="0812 3456 7890"))
        assert (one.count, one.exact) == (1, True)
        assert queue_count(conn, QueueFilter(text="tidak ada kata ini")).count == 0


def test_a_blanked_name_leaves_the_index(service: ComplaintService, db: Database, desk: dict[str, int]) -> None:
    """The retention purge blanks names; the word index must forget them in the same write."""
    with db.write() as conn:
        conn.execute(update(repo.COMPLAINTS).where(repo.C.id == desk["Made Wirawan"]).values(reporter_name=""))
    assert found(service, "wirawan") == []
    assert found(service, "lampu") == [desk["Made Wirawan"]]


def test_searches_use_indexes_not_scans(db: Database, desk: dict[str, int]) -> None:
    """Every search statement reads an index; none scans the complaints or sorts every hit."""
    with db.read() as conn:
        for typed in ("KAB-BDG-01-20261118-0001", "1916449", "3204051203850002", "0812 3456 7890", "jal", "Siti"):
            for query in queue_queries(conn.dialect.name, QueueFilter(text=typed), None, 200):
                sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
                if conn.dialect.name == "sqlite":
                    plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                    assert "SCAN complaints" not in plan.replace("SCAN complaints_fts", ""), (typed, plan)
                    if "complaints_fts" in plan:  # words: walked in queue order, no sort of all hits
                        assert "TEMP B-TREE" not in plan, (typed, plan)
                else:
                    conn.execute(text("SET LOCAL enable_seqscan = off"))  # a 4-row table: ask what it could use
                    plan = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql))
                    assert "Seq Scan" not in plan, (typed, plan)


def test_a_receipt_number_is_one_index_read_not_a_word_search(db: Database) -> None:
    """A receipt number (with or without a counter, in any case) is looked up by its index
    only: as words, "kab", "bdg" and the day would find every complaint mentioning them."""
    with db.read() as conn:
        for typed in ("KAB-BDG-01-20261118-0001", "kab-bdg-01-l2-20261118-0012", " kab-bdg-01-20261118-0001 "):
            (query,) = queue_queries(conn.dialect.name, QueueFilter(text=typed), None, 200)
            assert "receipt_number" in str(query), typed
        assert len(queue_queries(conn.dialect.name, QueueFilter(text="KAB BDG jalan"), None, 200)) == 2


def test_sorted_oldest_first_and_by_status_page_by_page(
    service: ComplaintService, db: Database, desk: dict[str, int]
) -> None:
    by_received = [desk[p[1]] for p in sorted(PEOPLE, key=lambda p: p[4])]
    with db.write() as conn:  # two move on in the workflow, as the sync would record
        conn.execute(update(repo.COMPLAINTS).where(repo.C.id == desk["Dewi Lestari"]).values(status="in_progress"))
        conn.execute(update(repo.COMPLAINTS).where(repo.C.id == desk["Siti Aminah"]).values(status="unverified"))
    # recorded (newest first), then unverified, then in progress: the workflow's order
    by_status = [desk["Made Wirawan"], desk["Budi Santoso"], desk["Siti Aminah"], desk["Dewi Lestari"]]
    for sort, want in ((QueueSort.OLDEST, by_received), (QueueSort.STATUS, by_status)):
        for typed in ("", "mohon"):
            filt = QueueFilter(text=typed, sort=sort)
            assert [r.id for r in service.queue_page(filt)] == want, (sort, typed)
            seen, before = [], None
            while page := service.queue_page(filt, before, 1):
                seen += [r.id for r in page]
                before = page[-1].id
            assert seen == want, (sort, typed)
