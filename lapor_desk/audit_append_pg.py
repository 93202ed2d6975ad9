"""Appending to the audit chain on PostgreSQL in two statements.

Every counter of an office appends to the one chain, so every save waits for the chain head's
row lock, held until its commit. Lock and read the head, insert, update the head as three
statements held that lock over three round trips to the server plus the commit. Here:
1. `UPDATE audit_head SET seq = seq + n ... RETURNING seq, hash` takes the lock (waiting for the
   counter before, then reading the head it wrote) and returns the old head's hash, which the
   first entry links to (the hash column is not changed yet);
2. one statement inserts the entries, hashed in Python (`content_around_seq`, as
   `audit.entry_hash`), and sets the head's hash.
So the lock is held two round trips plus the commit; where the transaction's writer says the
append is its last step (the intake save), the second statement carries the COMMIT in the same
message (storage.commit_with_last): one round trip plus the commit.

Tried and measured worse: one statement doing all of it on the server (head locked with
SELECT ... FOR UPDATE in a CTE, hashes by `sha256()` in a recursive CTE, insert and head
update in the same statement). On the shared machine, three counters at 20,000 complaints,
its save p95/p99 were 0.6-1.5 s / 2-5.4 s in three runs against 0.16-0.36 s / 0.19-0.67 s for
the three statements run alternately (why was not found; probably because the statement
waits for the lock after its snapshot was taken, so its head update rechecks the newer row).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from lapor_desk.storage.commit_with_last import execute_and_commit, may_commit_with_last

# Move the head's seq on by the entries' number: the row lock comes with it (waiting for the
# counter before, then reading the head it wrote), and the hash it returns is still the old
# head's, which the first entry links to. No row comes back without a head row.
TAKE = text("UPDATE audit_head SET seq = seq + :count WHERE id = 1 RETURNING seq, hash")
# The entries, hashed in Python, and the head's new hash in one statement.
ADD = text(
    """
WITH added AS (
    INSERT INTO audit_entries (seq, at, actor, role, action, target, detail, prev_hash, hash)
    SELECT * FROM unnest(
        CAST(:seqs AS integer[]), CAST(:ats AS timestamp[]), CAST(:actors AS text[]),
        CAST(:roles AS text[]), CAST(:actions AS text[]), CAST(:targets AS text[]),
        CAST(:details AS text[]), CAST(:prevs AS text[]), CAST(:hashes AS text[])
    )
)
UPDATE audit_head SET hash = :head WHERE id = 1
"""
)

# ADD, bound on the client and sent with the COMMIT (storage.commit_with_last); it fails
# ("invalid input syntax for type integer") unless it set the head's hash, so the COMMIT after it
# in the same message never runs then. The entries as rows of VALUES, one parameter per value,
# not arrays: psycopg quotes a text value in C but escapes an array's items with a regular
# expression each (a third of the append's client CPU).
ADD_AND_CHECK = """
WITH added AS (
    INSERT INTO audit_entries (seq, at, actor, role, action, target, detail, prev_hash, hash)
    VALUES {rows}
), moved AS (
    UPDATE audit_head SET hash = %(head)s WHERE id = 1 RETURNING 1
)
SELECT CAST(CASE WHEN count(*) = 1 THEN '1' ELSE 'audit head not moved' END AS integer) FROM moved
"""
COLUMNS = ("seq", "at", "actor", "role", "action", "target", "detail", "prev_hash", "hash")
_ADD_AND_CHECK: dict[int, str] = {}


def add_and_check(count: int) -> str:
    """ADD_AND_CHECK for `count` entries: the values of entry i are %(<column>_<i>)s."""
    statement = _ADD_AND_CHECK.get(count)
    if statement is None:
        rows = ", ".join("(" + ", ".join(f"%({name}_{i})s" for name in COLUMNS) + ")" for i in range(count))
        statement = ADD_AND_CHECK.replace("{rows}", rows)
        if count <= 8:
            _ADD_AND_CHECK[count] = statement
    return statement


def append_in_two_statements(conn: Connection, rows: list[dict[str, Any]]) -> int | None:
    """Append `rows` (keys at, actor, role, action, target, detail; seq, prev_hash and hash
    are filled in here) after the chain's head; returns the last seq, or None when there is no
    head row yet (nothing was written: the caller appends the first entry)."""
    head = conn.execute(TAKE, {"count": len(rows)}).first()
    if head is None:
        return None
    last, prev = int(head.seq), str(head.hash)
    for seq, row in enumerate(rows, start=last - len(rows) + 1):
        before, after = content_around_seq(
            row["at"], row["actor"], row["role"], row["action"], row["target"], row["detail"]
        )
        digest = hashlib.sha256((prev + "\n" + before + str(seq) + after).encode("utf-8")).hexdigest()
        row.update(seq=seq, prev_hash=prev, hash=digest)
        prev = digest
    if may_commit_with_last(conn):
        # The save's last statement: sent with the COMMIT, the lock is let go one trip sooner.
        # A head not moved makes it fail, so nothing commits without its audit entries.
        values: dict[str, Any] = {"head": prev}
        for i, row in enumerate(rows):
            values.update({f"{name}_{i}": row[name] for name in COLUMNS})
            values[f"at_{i}"] = row["at"].astimezone(UTC).replace(tzinfo=None)
        execute_and_commit(conn, add_and_check(len(rows)), values)
        return last
    columns = {
        "seqs": "seq",
        "ats": "at",
        "actors": "actor",
        "roles": "role",
        "actions": "action",
        "targets": "target",
        "details": "detail",
        "prevs": "prev_hash",
        "hashes": "hash",
    }
    params: dict[str, Any] = {key: [row[name] for row in rows] for key, name in columns.items()}
    params["ats"] = [at.astimezone(UTC).replace(tzinfo=None) for at in params["ats"]]
    params["head"] = prev
    conn.execute(ADD, params)
    return last


def content_around_seq(
    at: datetime, actor: str, role: str, action: str, target: str, detail_json: str
) -> tuple[str, str]:
    """An entry's canonical content (sorted compact JSON of seq, at, actor, role, action,
    target, detail) as the text before and after its seq: `entry_hash` hashes
    before + str(seq) + after, and so does the server here."""
    stamp = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    fields = {"seq": 0, "at": stamp, "actor": actor, "role": role, "action": action, "target": target}
    full = json.dumps({**fields, "detail": detail_json}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # Sorted, "seq" comes right before "target", the last key.
    after = ',"target":' + json.dumps(target, ensure_ascii=False) + "}"
    marker = ',"seq":0' + after
    if not full.endswith(marker):  # never: the keys above sort this way
        raise AssertionError("unexpected canonical form of an audit entry")
    return full[: -len(marker)] + ',"seq":', after
