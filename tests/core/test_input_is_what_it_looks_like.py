"""Input is what it looks like: invisible-only text is empty, digits of any script are digits,
NUL and lone surrogates are refused with a field message, dates have sane bounds."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.dates import parse_typed_date
from lapor_desk.domain.messages import ValidationFailed
from lapor_desk.domain.validation import validate
from lapor_desk.storage import repository as repo

from factories import WIB, walk_in

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=WIB)


def errors(**changes: object) -> list[tuple[str, str]]:
    return [(m.field, m.code) for m in validate(walk_in(**changes), now=NOW).errors]


def test_zero_width_title_counts_as_empty() -> None:
    assert errors(title="\u200b" * 12) == [("title", "required")]
    assert errors(reporter_name="\u3164\u200d \ufeff") == [("reporter_name", "required")]


def test_nul_and_lone_surrogates_are_field_messages() -> None:
    assert errors(title="Jalan rusak\x00 berlubang") == [("title", "text_nul")]
    assert errors(body=walk_in().body + "\ud800") == [("body", "text_surrogate")]
    assert errors(reporter_nik="3204\x00051203850002") == [("reporter_nik", "text_nul")]


def test_record_refuses_a_surrogate_instead_of_crashing(service) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as refused:
        service.record(walk_in(reporter_name="Budi \udc00"))
    assert [(m.field, m.code) for m in refused.value.result.errors] == [("reporter_name", "text_surrogate")]


@pytest.mark.parametrize(
    "nik",
    [
        "３２０４０５１２０３８５０００２",
        "٣٢٠٤٠٥١٢٠٣٨٥٠٠٠٢",
        "3204 0512 0385 0002",
        "3204.0512.0385.0002",
        "32-04-05-120385-0002",
    ],
)
def test_nik_in_any_digits_and_with_separators_is_stored_ascii(nik: str) -> None:
    assert errors(reporter_nik=nik) == []
    assert repo.input_to_row(walk_in(reporter_nik=nik))["reporter_nik"] == "3204051203850002"


def test_nik_says_which_characters_are_not_allowed() -> None:
    (message,) = validate(walk_in(reporter_nik="3204O5120385000/"), now=NOW).errors
    assert (message.code, message.params) == ("nik_not_digits", {"chars": "O /"})


def test_phone_and_region_codes_in_other_digits() -> None:
    row = repo.input_to_row(walk_in(reporter_phone="٠٨١٢-٣٤٥٦-٧٨٩٠", province_code="３２", regency_code="３２.０４"))
    assert (row["reporter_phone"], row["province_code"], row["regency_code"]) == ("+6281234567890", "32", "32.04")


def test_date_bounds() -> None:
    assert errors(received_at=datetime(1999, 12, 31, tzinfo=WIB)) == [("received_at", "date_too_early")]
    assert errors(incident_date=date(1944, 12, 31)) == [("incident_date", "date_too_early")]
    assert errors(incident_date=date(2026, 11, 20), received_at=datetime(2026, 11, 19, 9, tzinfo=WIB)) == [
        ("incident_date", "incident_after_received")
    ]
    assert errors(received_at=NOW + timedelta(minutes=10)) == [("received_at", "datetime_in_future")]
    assert errors(received_at=NOW + timedelta(minutes=4)) == []  # within the clock tolerance
    assert errors(received_at=datetime(1, 1, 1, tzinfo=WIB), incident_date=date(1, 1, 1)) == [
        ("incident_date", "date_too_early"),
        ("received_at", "date_too_early"),
    ]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("25112026", date(2026, 11, 25)),
        ("25-11-2026", date(2026, 11, 25)),
        ("25/11/2026", date(2026, 11, 25)),
        ("5.1.2026", date(2026, 1, 5)),
        ("２５１１２０２６", date(2026, 11, 25)),
        ("", None),
    ],
)
def test_form_dates(typed: str, expected: date | None) -> None:
    assert parse_typed_date(typed) == expected


@pytest.mark.parametrize("typed", ["01-11-26", "011126", "25-13-2026", "31-02-2026", "kemarin", "2026-11-25"])
def test_form_refuses_two_digit_years_and_impossible_dates(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(typed)


# Characters that decide normalisation: separators, digits of other scripts, spaces and
# invisible ones, mixed with anything else.
_TRICKY = st.sampled_from(list(" -.\t\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000０１٣४"))
_TEXT = st.one_of(
    st.text(alphabet=_TRICKY, max_size=6),
    st.text(alphabet=st.one_of(_TRICKY, st.characters(codec="utf-8")), max_size=24),
)


@settings(max_examples=300, deadline=None)
@example(nik="-\u200b", nip="", phone="", title="", region="")  # once normalised to "\u200b"
@given(nik=_TEXT, nip=_TEXT, phone=_TEXT, title=_TEXT, region=_TEXT)
def test_normalising_twice_changes_nothing(nik: str, nip: str, phone: str, title: str, region: str) -> None:
    """The central normalises once and stores that value, and the desk validates what it
    stores: a second pass finding something more to change would mean the two disagree."""
    once = ComplaintInput(
        reporter_nik=nik, officer_nip=nip, reporter_phone=phone, title=title, village_code=region
    ).normalized()
    assert once.normalized() == once
