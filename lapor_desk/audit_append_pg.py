"""Appending to the audit chain on PostgreSQL in one statement.

Every counter of an office appends to the one chain, so every save waits for the chain head's
row lock, held until its commit. Read head, insert, update head as three statements keeps that
lock over three round trips to the server plus the commit; here the server does all three in
one statement (lock the head, hash each entry onto it, insert the entries, move the head), so
the lock is held for one round trip plus the commit.

The server computes the same SHA-256 as `audit.entry_hash`: the entry's canonical content is
split around its seq (the one part only the locked head decides), Python writes the text on
either side, and the server joins `prev_hash + "\\n" + before + seq + after` and hashes it
(`sha256`, PostgreSQL 11 and later). `verify()` re-walks what was written in Python.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, text

# Lock the head (FOR UPDATE waits for the counter before and then reads the head it wrote),
# chain the entries onto it (one recursive step each), insert them, move the head. Without a
# head row (the trail's very first entry) nothing is written and no row comes back.
APPEND = text(
    """
WITH RECURSIVE head AS (
    SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE
), entry AS (
    SELECT * FROM unnest(
        CAST(:ats AS timestamp[]), CAST(:actors AS text[]), CAST(:roles AS text[]),
        CAST(:actions AS text[]), CAST(:targets AS text[]), CAST(:details AS text[]),
        CAST(:befores AS text[]), CAST(:afters AS text[])
    ) WITH ORDINALITY AS e(e_at, e_actor, e_role, e_action, e_target, e_detail, e_before, e_after, n)
), chain(n, seq, prev_hash, hash) AS (
    SELECT CAST(0 AS bigint), seq, CAST(NULL AS text), CAST(hash AS text) FROM head
    UNION ALL
    SELECT e.n, c.seq + 1, c.hash,
           encode(sha256(convert_to(
               c.hash || chr(10) || e.e_before || CAST(c.seq + 1 AS text) || e.e_after, 'UTF8')), 'hex')
    FROM chain AS c JOIN entry AS e ON e.n = c.n + 1
), added AS (
    INSERT INTO audit_entries (seq, at, actor, role, action, target, detail, prev_hash, hash)
    SELECT c.seq, e.e_at, e.e_actor, e.e_role, e.e_action, e.e_target, e.e_detail, c.prev_hash, c.hash
    FROM chain AS c JOIN entry AS e ON e.n = c.n
), last AS (
    SELECT seq, hash FROM chain WHERE n = :count
)
UPDATE audit_head SET seq = last.seq, hash = last.hash
FROM last WHERE audit_head.id = 1
RETURNING audit_head.seq
"""
)


def append_in_one_statement(conn: Connection, rows: list[dict[str, object]]) -> int | None:
    """Append `rows` (seq, prev_hash and hash left for the server to fill in: keys at, actor,
    role, action, target, detail) after the chain's head; returns the last seq, or None when
    there is no head row yet (nothing was written: the caller appends the first entry)."""
    params: dict[str, object] = {k: [] for k in ("ats", "actors", "roles", "actions", "targets", "details")}
    params.update(befores=[], afters=[], count=len(rows))
    for r in rows:
        at = r["at"]
        assert isinstance(at, datetime)
        before, after = content_around_seq(
            at, str(r["actor"]), str(r["role"]), str(r["action"]), str(r["target"]), str(r["detail"])
        )
        for key, value in (
            ("ats", at.astimezone(UTC).replace(tzinfo=None)),
            ("actors", r["actor"]),
            ("roles", r["role"]),
            ("actions", r["action"]),
            ("targets", r["target"]),
            ("details", r["detail"]),
            ("befores", before),
            ("afters", after),
        ):
            values = params[key]
            assert isinstance(values, list)
            values.append(value)
    seq = conn.execute(APPEND, params).scalar()
    return None if seq is None else int(seq)


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
