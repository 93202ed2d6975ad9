"""A batch item is checked for less CPU (issue 10); what the check answers was not to change.
The previous check_item is kept verbatim below as the reference, and the current one (alone and
through check_batch) is compared with it on generated items: the same result, errors, warnings,
columns and clock values, each value of the same type, datetimes in the same zone object kind."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from central_helpers import item, seal
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from central.problems import echoable, field_error
from central.schemas import BatchItem, BatchItemClean, may_hold_unstorable
from central.services import deskclock
from central.services.itemcheck import (
    Checked,
    _attachment_errors,
    _pydantic_error,
    canonical_hash,
    check_batch,
    check_item,
    stated_hash_holds,
)
from lapor_desk.domain.complaint import INPUT_FIELDS, ComplaintInput
from lapor_desk.domain.validation import validate_normalized

# ---- the previous code (main before this change), verbatim apart from names --------------------

LATEST_UTC_OFFSET = timedelta(hours=9)
NOW = datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC)


def old_desk_now(now: datetime, offset_s: float | None, *stamps: datetime | None) -> datetime:
    if offset_s is not None:
        return now - timedelta(seconds=offset_s)
    return max([now, *(t for t in stamps if t is not None)])


def old_corrected(stamp: datetime, now: datetime, offset_s: float | None) -> datetime:
    if offset_s is not None:
        stamp = stamp + timedelta(seconds=offset_s)
    return min(stamp, now)


def old_check_item(
    index: int,
    raw: Any,
    *,
    now: datetime,
    max_attachment_bytes: int,
    offset_s: float | None = None,
    storable: bool = False,
) -> Checked:
    if not isinstance(raw, dict):
        return Checked(index, None, errors=[field_error("", "not_an_object")])
    cid = raw.get("client_id")
    out = Checked(index, echoable(cid) if isinstance(cid, str) else None)
    try:
        item = (BatchItemClean if storable else BatchItem).model_validate(raw)
    except ValidationError as exc:
        out.errors = [_pydantic_error(e) for e in exc.errors()]
        return out
    out.client_id = str(item.client_id)
    if not stated_hash_holds(raw):
        out.errors = [field_error("payload_hash", "hash_mismatch", expected=canonical_hash(raw))]
        return out
    out.errors += _attachment_errors(item, max_attachment_bytes)
    given = item.__dict__
    values: dict[str, Any] = {name: given[name] for name in INPUT_FIELDS}
    values["disability_types"] = tuple(item.disability_types)
    data = ComplaintInput(**values).normalized()
    result = validate_normalized(
        data, now=old_desk_now(now, offset_s, item.received_at, item.desk_recorded_at), for_recording=True
    )
    out.errors += [field_error(m.field, m.code, **m.params) for m in result.errors]
    if (
        data.incident_date is not None
        and data.incident_date > (now + LATEST_UTC_OFFSET).date()
        and not any(e["field"] == "incident_date" for e in out.errors)
    ):
        out.errors.append(field_error("incident_date", "date_in_future"))
    out.warnings = [field_error(m.field, m.code, **m.params) for m in result.warnings]
    if not out.errors:
        out.item = item
        normal = data.__dict__
        out.fields = {name: normal[name] for name in INPUT_FIELDS}
        out.fields["disability_types"] = [str(t) for t in data.disability_types]
        for name in ("type", "channel", "sex", "age_band", "disability"):
            value = out.fields[name]
            out.fields[name] = None if value is None else str(value)
        received = out.fields.get("received_at")
        out.clock = {
            "received_at_desk_clock": received,
            "recorded_at_desk_clock": item.desk_recorded_at,
            "desk_clock_offset_s": offset_s,
            "desk_recorded_at": old_corrected(item.desk_recorded_at, now, offset_s),
        }
        if received is not None:
            out.fields["received_at"] = old_corrected(received, now, offset_s)
    return out


# ---- comparing ----------------------------------------------------------------------------------


def _exact(value: Any) -> Any:
    """A value with its type, and a datetime with its zone's type and offset: equal aware
    datetimes in different zones are not the same value here."""
    if isinstance(value, datetime):
        zone = value.tzinfo
        return (type(value), value.isoformat(), type(zone), zone.utcoffset(value) if zone else None, value.fold)
    if isinstance(value, dict):
        return {k: _exact(v) for k, v in value.items()}, list(value)
    if isinstance(value, list | tuple):
        return type(value), [_exact(v) for v in value]
    return type(value), repr(value)


def _shape(ch: Checked) -> Any:
    dumped = None if ch.item is None else (type(ch.item), _exact(ch.item.__dict__))
    return (ch.index, _exact(ch.client_id), dumped, _exact(ch.fields), ch.errors, ch.warnings, _exact(ch.clock))


# ---- generated items ----------------------------------------------------------------------------

_STAMPS = st.sampled_from(
    [
        "2026-11-20T09:00:00+07:00",
        "2026-11-20T02:00:00+00:00",
        "2026-11-20T02:00:00Z",
        "2026-11-20T02:00:00.000001+00:00",
        "2026-11-20T02:00:00.5-05:30",
        "2026-11-20T02:00:00",  # naive: refused
        "2026-11-21T02:00:00+00:00",  # after NOW
        "2030-01-01T00:00:00+00:00",
        "0999-03-04T05:06:07+00:00",  # a year before 1000
        "0001-01-01T00:00:00+00:00",
        "9999-12-31T23:59:59.999999+00:00",
        "9999-12-31T23:59:59-14:00",
        "1999-12-31T23:59:59+14:00",
        "2000-01-01T00:00:00+00:00",
        "bukan tanggal",
    ]
)
_NUMBERS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-200, 200),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([-6.93, 107.72, 0.0, -0.0, 1e-5, 1e16, 1e300, 2**64, float("nan")]),
)
_TEXTS = st.one_of(
    st.sampled_from(
        [
            "",
            "  ",
            "Jalan desa rusak berlubang",
            "  Jalan desa rusak berlubang\n",
            "\u200b\u3164",
            "ꦗꦭꦤ꧀ 🚧 é",
            "x" * 151,
            "Baris satu\nbaris dua",
        ]
    ),
    st.text(max_size=30),
    st.text(alphabet=st.sampled_from(list(" -.\t\u00a0\u200b\u3164\ufeff０１٣४aZ9")), max_size=12),
)
_CODES = st.sampled_from(["", "32", "32.04", "32.04.05", "32.04.05.2001", "3", "32\n", "٣٢", "33.04", "32.04.05.2001 "])
_UUIDS = st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u).upper()),
    st.uuids().map(lambda u: u.hex),
    st.uuids().map(lambda u: "{" + str(u) + "}"),
    st.uuids().map(lambda u: u.urn),
    st.just("12345678-1234-1234-1234-123456789012"),  # no letter at all
    st.just("123456781234-1234-1234-1234-12345678"),  # hyphens out of place
    st.just(" " + str(uuid.UUID(int=7))[1:]),
    st.text(alphabet="0123456789abcdefABCDEF-{}:urnid ", min_size=30, max_size=46),
)


def _field_values(name: str) -> st.SearchStrategy[Any]:
    by_name: dict[str, st.SearchStrategy[Any]] = {
        "client_id": _UUIDS,
        "revision": st.sampled_from([1, 2, 0, 2**31, 1.0, 1.5, True, "2"]),
        "receipt_number": st.one_of(st.sampled_from(["", "KAB-BDG-01/2026/1", "r" * 65]), _TEXTS),
        "desk_recorded_at": st.one_of(_STAMPS, st.sampled_from([1_700_000_000, 1_700_000_000.5])),
        "received_at": st.one_of(st.none(), _STAMPS),
        "incident_date": st.one_of(
            st.none(), st.dates().map(date.isoformat), st.sampled_from(["2026-11-21", "2026-11-22", "2026-11-20T00:00"])
        ),
        "latitude": _NUMBERS,
        "longitude": _NUMBERS,
        "type": st.sampled_from([None, "pengaduan", "aspirasi", "permintaan_informasi", "lain", ""]),
        "channel": st.sampled_from([None, "walk_in", "suggestion_box", "web", "pos"]),
        "sex": st.sampled_from([None, "male", "female", "x"]),
        "age_band": st.sampled_from([None, "16_30", "31_45", "over_60", "under_16"]),
        "disability": st.sampled_from([None, "yes", "no", "unknown", "maybe"]),
        "disability_types": st.sampled_from([[], ["physical"], ["physical", "sensory"], ["x"], "physical"]),
        "attachments": st.sampled_from(
            [
                [],
                [{"sha256": "ab" * 32, "size": 10, "media_type": "application/pdf", "filename": "surat.pdf"}],
                [{"sha256": "ab" * 32, "size": 10**9, "media_type": "text/x", "filename": "a"}] * 2,
                [{"sha256": "AB" * 32, "size": 0, "media_type": "application/pdf", "filename": ""}],
            ]
        ),
        "province_code": _CODES,
        "regency_code": _CODES,
        "district_code": _CODES,
        "village_code": _CODES,
        "reporter_nik": st.sampled_from(
            ["", "3204051203850002", "3204 0512 0385 0002", "3204-0512.03850002", "٣٢٠٤٠٥١٢٠٣٨٥٠٠٠٢", "3204", "32040"]
        ),
        "reporter_phone": st.sampled_from(["", "0812-3456-7890", "+62 812 3456 7890", "12", "０８１２３４５６７８９"]),
        "reporter_email": st.sampled_from(["", "budi@example.id", "budi@", " budi@example.id "]),
        "officer_nip": st.sampled_from(["", "198703152010012003", "1987 0315 2010 01 2 003", "19870315"]),
    }
    if name in by_name:
        return by_name[name]
    if name in ("is_anonymous", "is_confidential", "consent_personal", "inclusion_consent", "disability_consent"):
        return st.sampled_from([True, False, 0, 1, "true", None])
    if name == "with_companion":
        return st.sampled_from([None, True, False, 1])
    return _TEXTS


_FIELDS = [name for name in item() if name != "payload_hash"]


@st.composite
def _items(draw: st.DrawFn) -> Any:
    raw: dict[str, Any] = item(client_id=str(draw(st.uuids())))
    for name in draw(st.lists(st.sampled_from(_FIELDS), max_size=6, unique=True)):
        raw[name] = draw(_field_values(name))
    if draw(st.integers(0, 20)) == 0:
        raw.pop(draw(st.sampled_from(_FIELDS)))
    if draw(st.integers(0, 30)) == 0:
        raw["unknown_field"] = 1
    sealed = seal(raw) if draw(st.integers(0, 10)) else {**raw, "payload_hash": "0" * 64}
    return sealed if draw(st.integers(0, 40)) else draw(st.sampled_from([None, [], "x", 3]))


_NOWS = st.one_of(
    st.just(datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC)),
    st.just(datetime(2026, 11, 20, 3, 0, tzinfo=timezone(timedelta(hours=7)))),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)),
)
_OFFSETS = st.one_of(st.none(), st.sampled_from([0.0, 0, 3600.5, -7 * 3600, 86400 * 400, -1e-6]))


def _storable(raw: Any) -> bool:
    return not may_hold_unstorable(json.dumps(raw, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _outcome(check: Any, *args: Any, **kwargs: Any) -> Any:
    """What a check answers, or the exception it raises (the previous check overflowed on a
    stamp at the end of the time line)."""
    try:
        answer = check(*args, **kwargs)
    except OverflowError as exc:
        return ("raised", type(exc), str(exc))
    return [_shape(ch) for ch in answer] if isinstance(answer, list) else _shape(answer)


def _raised(outcome: Any) -> bool:
    return isinstance(outcome, tuple) and outcome[:1] == ("raised",)


def _unstorable_stamp(raw: Any) -> bool:
    """A stamp naming an instant outside the time line once written in UTC (year 0 or 10000):
    no column can hold it; the previous check passed it on (the write then failed, an internal
    error for the whole batch) or overflowed. Now refused at its field."""
    if not isinstance(raw, dict):
        return False
    for name in ("received_at", "desk_recorded_at"):
        try:
            stamp = TypeAdapter(datetime).validate_python(raw.get(name))
        except ValidationError:
            continue
        if stamp.tzinfo is None:
            continue
        try:
            stamp.astimezone(UTC)
        except OverflowError:
            return True
    return False


def _same(expected: Any, got: Any, raw: Any) -> None:
    """The previous answer, except where it was an exception or a stamp no column can hold:
    there an answer (never an exception), and the unstorable stamp refused at its field."""
    if _unstorable_stamp(raw):
        assert not _raised(got), got
        if _raised(expected) or not expected[4]:  # it overflowed, or it was passed on to the write
            assert any(e["code"] == "datetime_out_of_range" for e in got[4]), got
        else:
            assert got[4], got  # refused before, for whatever else it holds: refused still
    elif _raised(expected):
        assert not _raised(got), got
    else:
        assert got == expected


def _both(raws: list[Any], now: datetime, offset_s: float | None) -> None:
    storable = all(_storable(r) for r in raws)
    limit = 2_000_000
    for choice in {storable, False}:
        each = []
        for i, r in enumerate(raws):
            expected = _outcome(
                old_check_item, i, r, now=now, max_attachment_bytes=limit, offset_s=offset_s, storable=choice
            )
            got = _outcome(check_item, i, r, now=now, max_attachment_bytes=limit, offset_s=offset_s, storable=choice)
            _same(expected, got, r)
            each.append(expected)
        got_all = _outcome(check_batch, raws, now=now, max_attachment_bytes=limit, offset_s=offset_s, storable=choice)
        assert isinstance(got_all, list) and len(got_all) == len(raws), got_all
        for expected, got, r in zip(each, got_all, raws, strict=True):
            _same(expected, got, r)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raws=st.lists(_items(), min_size=1, max_size=4), now=_NOWS, offset_s=_OFFSETS)
def test_items_are_checked_as_before(raws: list[Any], now: datetime, offset_s: float | None) -> None:
    _both(raws, now, offset_s)


@given(now=_NOWS, offset_s=_OFFSETS)
@settings(max_examples=100, deadline=None)
@example(now=datetime(2026, 11, 20, 2, 0, tzinfo=UTC), offset_s=None)  # the stamps equal to now
@example(now=datetime(2026, 11, 20, 2, 0, tzinfo=UTC), offset_s=0.0)
def test_a_batch_of_varied_items_is_checked_as_before(now: datetime, offset_s: float | None) -> None:
    same = str(uuid.uuid4())
    raws = [
        item(),
        item(received_at="2026-11-20T02:00:00+00:00", desk_recorded_at="2026-11-20T02:00:00Z"),
        item(received_at=None, desk_recorded_at="2026-11-20T09:00:00+07:00"),
        item(received_at="2030-01-01T00:00:00+00:00", desk_recorded_at="2030-01-01T00:00:00+00:00"),
        item(title="  Jalan rusak — ꦗꦭꦤ꧀ 🚧 émoji  ", reporter_nik="3204 0512-0385.0002", latitude=7, longitude=None),
        item(client_id=same, revision=1),
        item(client_id=same, revision=2),
        item(client_id=str(uuid.uuid4()).upper()),
        item(incident_date="2026-11-21", received_at=None),
        {**item(), "payload_hash": "0" * 64},
        "not an object",
    ]
    _both(raws, now, offset_s)


def test_a_client_id_pydantic_reads_is_echoed_as_its_canonical_form() -> None:
    """The raw string is reused only when it is what str(UUID) writes."""
    uuids = TypeAdapter(uuid.UUID)
    forms = ["12345678-1234-1234-1234-123456789abc", "12345678-1234-1234-1234-123456789012", uuid.UUID(int=5).urn]
    for text in (
        forms
        + ["ABCDEF01-2345-6789-abcd-EF0123456789", "ABCDEF01-2345-6789-ABCD-EF0123456789"]
        + ["{" + str(uuid.UUID(int=9)) + "}", "c" * 32]
    ):
        parsed = uuids.validate_python(text)
        (ch,) = check_batch(
            [item(client_id=text)], now=datetime.now(UTC), max_attachment_bytes=1, offset_s=None, storable=True
        )
        assert ch.client_id == str(parsed)


@pytest.mark.parametrize("offset_s", [None, 0.0, -3600.25, 3600.25])
@pytest.mark.parametrize(
    "stamp",
    [
        datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC),
        datetime(2026, 11, 20, 3, 0, 0, 123455, tzinfo=UTC),
        datetime(2026, 11, 20, 10, 0, 0, 123456, tzinfo=timezone(timedelta(hours=7))),
        datetime(2026, 11, 20, 3, 0, 0, 123457, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
    ],
)
def test_the_batch_clock_answers_as_the_functions(stamp: datetime, offset_s: float | None) -> None:
    """In pydantic's own zone objects too (the ones a stamp of a batch item is in)."""
    now = datetime(2026, 11, 20, 3, 0, 0, 123456, tzinfo=UTC)
    for stamp_ in (stamp, TypeAdapter(datetime).validate_python(stamp.isoformat())):
        clock = deskclock.DeskClock(now, offset_s)
        try:
            expected: Any = old_corrected(stamp_, now, offset_s)
        except OverflowError:
            expected = OverflowError
        got = clock.corrected(stamp_)  # never an exception now
        if expected is OverflowError:
            # Shifted past the end of the time line: now (later than it), or the earliest time.
            assert offset_s is not None
            assert got == (now if offset_s > 0 else datetime.min.replace(tzinfo=UTC)), got
        else:
            assert _exact(got) == _exact(expected)
        assert _exact(clock.desk_now(stamp_, None, stamp_)) == _exact(old_desk_now(now, offset_s, stamp_, None, stamp_))
