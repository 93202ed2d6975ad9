"""The queue's search and filters: user text is always safe, results newest first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from lapor_desk.domain.enums import Channel, ReportType, Status
from lapor_desk.domain.queue import QueueFilter
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.storage.search import fts_query

from factories import WIB, walk_in


@pytest.fixture
def stocked(service: ComplaintService) -> ComplaintService:
    service.record(walk_in(title="Jalan rusak di Cibiru", body="Jalan berlubang " * 5))
    service.record(
        walk_in(title="Puskesmas antre lama", body="Antrean di puskesmas panjang " * 3, channel=Channel.PHONE)
    )
    service.record(
        walk_in(
            title="Lampu jalan padam total",
            type=ReportType.ASPIRASI,
            body="Lampu penerangan jalan mati sejak sebulan, gelap sekali.",
            incident_date=date(2026, 9, 28),
            received_at=datetime(2026, 10, 1, 9, tzinfo=WIB),
        )
    )
    service.save_draft(
        walk_in(
            title="Draf tentang sampah pasar",
            location_text="Pasar Cibiru",
            body="Sampah menumpuk di pasar sejak seminggu, bau dan lalat.",
        )
    )
    return service


def titles(service: ComplaintService, **kw) -> list[str]:
    return [r.title for r in service.queue_page(QueueFilter(**kw))]


@pytest.mark.parametrize(
    "typed",
    ['jalan "rusak', "AND (", "*", "C++", "100%", "", "   ", "NEAR(", "jalan OR", '""', "title:jalan", "-", "^jalan"],
)
def test_any_typed_text_is_searched_without_error(stocked: ComplaintService, typed: str) -> None:
    stocked.queue_page(QueueFilter(text=typed))


def test_words_are_quoted_and_operators_are_plain_words() -> None:
    assert fts_query('jalan "rusak') == '"jalan"* "rusak"*'
    assert fts_query("AND (") == '"AND"*'
    assert fts_query("C++") == '"C"'  # one letter: the whole word only, not every word with C
    assert fts_query("100%") == '"100"*'
    assert fts_query("jalan", prefix=False) == '"jalan"'
    assert fts_query("*") is None
    assert fts_query("") is None


def test_search_matches_every_word_newest_received_first(stocked: ComplaintService) -> None:
    # "Lampu jalan" was entered last but received on 1 October: it sorts by that date.
    assert titles(stocked, text="jalan") == ["Jalan rusak di Cibiru", "Lampu jalan padam total"]
    assert titles(stocked, text='jalan "rusak') == ["Jalan rusak di Cibiru"]
    assert titles(stocked, text="JALAN berlubang") == ["Jalan rusak di Cibiru"]
    # the location is indexed too: "Jl. Raya Cibiru Wetan" on the walk-in defaults
    assert titles(stocked, text="Cibiru Wetan") == [
        "Puskesmas antre lama",
        "Jalan rusak di Cibiru",
        "Lampu jalan padam total",
    ]
    assert titles(stocked, text="*") == []
    assert titles(stocked, text="AND (") == []
    assert len(titles(stocked, text="")) == 4


def test_edits_are_reindexed(stocked: ComplaintService) -> None:
    (row,) = stocked.queue_page(QueueFilter(text="puskesmas"))
    stocked.record(
        walk_in(title="Posyandu tutup tanpa kabar", body="Posyandu tutup " * 5, channel=Channel.PHONE), row.id
    )
    assert titles(stocked, text="puskesmas") == []
    assert titles(stocked, text="posyandu") == ["Posyandu tutup tanpa kabar"]


def test_filters_combine_with_search(stocked: ComplaintService) -> None:
    assert titles(stocked, statuses=(Status.DRAFT,)) == ["Draf tentang sampah pasar"]
    assert titles(stocked, channel=Channel.PHONE) == ["Puskesmas antre lama"]
    assert titles(stocked, type=ReportType.ASPIRASI, text="jalan") == ["Lampu jalan padam total"]
    october = datetime(2026, 10, 1, tzinfo=WIB)
    assert titles(stocked, received_from=october, received_until=october + timedelta(days=1)) == [
        "Lampu jalan padam total"
    ]


def test_keyset_pages_never_repeat_or_skip(service: ComplaintService) -> None:
    for i in range(25):
        service.record(walk_in(title=f"Pengaduan jalan nomor {i:02d}"))
    for filt in (QueueFilter(), QueueFilter(text="jalan")):
        seen: list[int] = []
        before = None
        while True:
            page = service.queue_page(filt, before_id=before, limit=7)
            if not page:
                break
            seen += [r.id for r in page]
            before = page[-1].id
        assert seen == sorted(seen, reverse=True)
        assert len(seen) == len(set(seen)) == 25
