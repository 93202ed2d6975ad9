"""Stamps at the ends of the time line, from a desk whose clock (or bug) wrote them: every item
gets its own answer, the batch is never an internal error (it was: one such item made the
whole batch a 500, and a desk retries a 500 for ever, holding back its queue)."""

from __future__ import annotations

import httpx
import pytest
from central_helpers import item, seal

from central.messages import text

TEN_YEARS_S = 10 * 365 * 86400  # the largest clock offset a batch may carry


@pytest.mark.parametrize(
    ("offset_s", "stamps", "answer"),
    [
        # A desk clock at the end of the time line, no offset measured: a clock to correct;
        # the central keeps the desk's stamp and its own time as the corrected one.
        (None, {"received_at": "9999-12-31T23:59:59.999999+00:00"}, "created"),
        (None, {"desk_recorded_at": "9999-12-31T23:59:59.999999+00:00"}, "created"),
        # Shifted by the offset past the end, or before the start: the corrected time saturates.
        # (the desk's clock ten years back: its item was received and happened then)
        (
            TEN_YEARS_S,
            {
                "desk_recorded_at": "9999-06-01T00:00:00+00:00",
                "received_at": "2016-11-20T09:00:00+07:00",
                "incident_date": "2016-11-18",
            },
            "created",
        ),
        (-TEN_YEARS_S, {"desk_recorded_at": "0003-01-01T00:00:00+00:00"}, "created"),
        # An instant no column can hold (year 0 or 10000 in UTC): refused at its field.
        (None, {"desk_recorded_at": "0001-01-01T03:00:00+07:00"}, "desk_recorded_at"),
        (None, {"received_at": "9999-12-31T23:00:00-05:00"}, "received_at"),
        (3600.0, {"received_at": "9999-12-31T23:00:00-05:00"}, "received_at"),
    ],
)
def test_a_stamp_at_the_end_of_time_is_answered_per_item(
    desk_client: httpx.Client, offset_s: float | None, stamps: dict[str, str], answer: str
) -> None:
    odd, plain = seal(item(**stamps)), seal(item())
    body: dict = {"items": [odd, plain]}
    if offset_s is not None:
        body["desk_clock_offset_s"] = offset_s
    response = desk_client.post("/complaints/batch", json=body)
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    # The other item of the batch gets its own answer: created, unless the offset puts the desk's
    # clock ten years back, before that item's own stamps (then those are in its future).
    behind = offset_s is not None and offset_s > 86400
    assert results[1]["status"] == ("rejected" if behind else "created"), results[1]["errors"]
    if behind:
        assert {e["code"] for e in results[1]["errors"]} <= {"datetime_in_future", "date_in_future"}
    if answer == "created":
        assert results[0]["status"] == "created", results[0]["errors"]
        status = desk_client.get(f"/complaints/{results[0]['tracking_id']}")
        assert status.status_code == 200, status.text
        return
    assert results[0]["status"] == "rejected"
    assert results[0]["errors"] == [
        {"field": answer, "code": "datetime_out_of_range", "message": text("datetime_out_of_range")}
    ]


def test_a_taken_receipt_with_an_unstorable_stamp_is_refused_alone(desk_client: httpx.Client) -> None:
    """The review's case (r10): on SQLite the batch's new complaints go in optimistically,
    before the receipt numbers are read, so a row was built for an item the careful path would
    refuse for its number; its stamp could not be written in UTC and the batch was a 500."""
    holder = seal(item())
    first = desk_client.post("/complaints/batch", json={"items": [holder]})
    assert first.json()["results"][0]["status"] == "created"
    taker = seal(item(receipt_number=holder["receipt_number"], desk_recorded_at="0001-01-01T00:30:00+01:00"))
    plain = seal(item())
    response = desk_client.post("/complaints/batch", json={"items": [taker, plain]})
    assert response.status_code == 200, response.text
    taken, created = response.json()["results"]
    assert taken["status"] == "rejected" and [e["field"] for e in taken["errors"]] == ["desk_recorded_at"]
    assert created["status"] == "created"
