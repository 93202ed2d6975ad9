"""PostgreSQL: a recorded complaint, its receipt number and its first timeline events in one
statement (the intake save at an office's counters: one round trip, not three).

`WITH serial AS (the receipt counters' upsert RETURNING the serial), added AS (INSERT INTO
complaints ... SELECT ..., <number formed from the serial> RETURNING *), events AS (INSERT INTO
complaint_events SELECT added.id, ... FROM added) SELECT * FROM added`.

The statement is built once per set of columns, events and receipt rule: every save of a counter
reuses the same statement object, whose cache key SQLAlchemy memoises, and its compiled form
(building it anew and computing its cache key cost ~2 ms of the ~7 ms of CPU a save took).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC
from typing import Any, cast

from sqlalchemy import Connection, String, Table, bindparam, literal_column, text
from sqlalchemy.engine import Dialect

from lapor_desk.domain.complaint import Complaint, TimelineEvent
from lapor_desk.storage import receipt_format
from lapor_desk.storage.models import ComplaintEventRecord, ComplaintRecord, ReceiptCounter
from lapor_desk.storage.receipt_format import receipt_number_sql, receipt_prefix

COMPLAINTS = cast(Table, ComplaintRecord.__table__)
EVENTS = cast(Table, ComplaintEventRecord.__table__)
COUNTERS = cast(Table, ReceiptCounter.__table__)
# An event detail that is exactly this gets the receipt number the statement gives.
RECEIPT_DETAIL: dict[str, Any] = {"receipt": None}
# An event kind is written into the statement as it is (EventKind's values): one of these.
KIND = re.compile(r"[a-z_]+")

_STATEMENTS: dict[tuple[object, ...], Any] = {}


def insert_complaint_with_receipt(
    conn: Connection,
    row: dict[str, Any],
    desk_code: str,
    day: str,
    events: Sequence[dict[str, Any]] = (),
) -> Complaint:
    """The desk's next receipt serial for `day` (the counters' upsert, as
    reserve_receipt_serials), the complaint holding its number (format_receipt_number) and its
    `events` (at, kind, actor, detail; all at one time, by one actor; a detail equal to
    RECEIPT_DETAIL is {"receipt": the number}), in that order, in one statement. The complaint as stored, as
    insert_complaint_returning, with `events` as get_complaint reads them."""
    from lapor_desk.storage.repository import row_to_complaint

    columns = tuple(name for name in row if name != "receipt_number")
    receipt_events = tuple(event["detail"] == RECEIPT_DETAIL for event in events)
    kinds = tuple(str(event["kind"]) for event in events)
    if any(not KIND.fullmatch(kind) for kind in kinds) or len({(e["at"], e["actor"]) for e in events}) > 1:
        raise ValueError("the first events are of known kinds, at one time, by one actor")
    params = {f"v{n}": row[name] for n, name in enumerate(columns)}
    params.update(rd=desk_code, ry=day, rp=receipt_prefix(desk_code, day))
    if events:
        params.update(ea=events[0]["at"], eu=events[0]["actor"])
    for n, event in enumerate(events):
        if not receipt_events[n]:
            params[f"e{n}d"] = event["detail"]
    statement = _statement(conn.dialect, columns, kinds, receipt_events)
    complaint = row_to_complaint(conn.execute(statement, params).one())
    complaint.events = [
        TimelineEvent(
            event["at"].astimezone(UTC),
            event["kind"],
            event["actor"],
            {"receipt": complaint.receipt_number} if receipt else dict(event["detail"]),
        )
        for event, receipt in zip(events, receipt_events, strict=True)
    ]
    return complaint


def _statement(
    dialect: Dialect, columns: tuple[str, ...], kinds: tuple[str, ...], receipt_events: tuple[bool, ...]
) -> Any:
    """The statement as text with short parameter names, the events' time and actor bound once
    and their kinds written in: ~3,400 characters and 48 parameters for the intake form's row,
    so psycopg caches its conversion of the query (it does up to 4,096 characters and 50
    parameters; SQLAlchemy's Core form of it took 5,300 and 58, and was converted on every
    save). Bind and result processing is SQLAlchemy's, by the columns' types, as elsewhere."""
    key = (receipt_format.SERIAL_DIGITS, kinds, receipt_events, *columns)
    statement = _STATEMENTS.get(key)
    if statement is not None:
        return statement
    number = receipt_number_sql(literal_column(":rp"), literal_column("last_serial"))
    number_sql = str(number.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    binds = [bindparam(f"v{n}", type_=COMPLAINTS.c[name].type) for n, name in enumerate(columns)]
    binds += [bindparam("rd", type_=String), bindparam("ry", type_=String), bindparam("rp", type_=String)]
    events = ""
    if receipt_events:
        # One SELECT per event, in order; the server appends a UNION ALL's branches in order,
        # so the events' ids (the timeline's order among equal times) follow the list.
        binds += [bindparam("ea", type_=EVENTS.c.at.type), bindparam("eu", type_=String)]
        chosen = []
        for n, (kind, receipt) in enumerate(zip(kinds, receipt_events, strict=True)):
            # jsonb's text, not json_build_object's ({"receipt" : ...}): the column is json, kept
            # as given, and every other path stores json.dumps's {"receipt": ...}.
            detail = "jsonb_build_object('receipt', receipt_number)::json" if receipt else f":e{n}d"
            if not receipt:
                binds.append(bindparam(f"e{n}d", type_=EVENTS.c.detail.type))
            chosen.append(f"SELECT id, :ea, '{kind}', :eu, {detail} FROM added")
        events = (
            ", events AS (INSERT INTO complaint_events (complaint_id, at, kind, actor, detail) "
            + " UNION ALL ".join(chosen)
            + ")"
        )
    returned = ", ".join(column.name for column in COMPLAINTS.c)
    sql = (
        "WITH serial AS (INSERT INTO receipt_counters (desk_code, day, last_serial) VALUES (:rd, :ry, 1) "
        "ON CONFLICT (desk_code, day) DO UPDATE SET last_serial = receipt_counters.last_serial + 1 "
        "RETURNING last_serial), "
        f"added AS (INSERT INTO complaints ({', '.join(columns)}, receipt_number) "
        f"VALUES ({', '.join(f':v{n}' for n in range(len(columns)))}, (SELECT {number_sql} FROM serial)) "
        f"RETURNING {returned}){events} SELECT {returned} FROM added"
    )
    statement = text(sql).bindparams(*binds).columns(*COMPLAINTS.c)
    if len(_STATEMENTS) < 16:  # a handful of shapes in practice (is_demo given or not)
        _STATEMENTS[key] = statement
    return statement
