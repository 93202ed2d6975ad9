"""queue search: the queue's order key, names in the word index, numbers through indexes, demo flag

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

- `queue_key`: the queue's order (received newest first, then id) as one integer, computed
  by the database from `coalesce(received_at, created_at)` and `id` (seconds * 10^8 + id
  mod 10^8), so every writer keeps it right. On SQLite it is a virtual generated column
  with a unique index and it is the word index's rowid: FTS5 then returns matches in queue
  order and a search stops after one page of hits instead of sorting every hit (an
  imported complaint with an old receipt date sorts by that date, not by when it was
  imported). On PostgreSQL it is a stored generated column with a btree index.
- The word index also holds the reporter's name. SQLite: the FTS5 table is rebuilt (its
  columns cannot be altered), its triggers follow `reporter_name` too (the retention purge
  blanks names; the index must forget them). PostgreSQL: a stored `search_vector`
  (`simple` configuration: Indonesian needs no stemming) with a GIN index; prefixes are
  `word:*` queries on it.
- Receipt numbers in any case through an index on `upper(receipt_number)`; phones stored
  in E.164 (`+62…`, as the intake already writes them) so one indexed equality finds any
  written form; NIK and tracking ID have their indexes since 0002.
- `is_demo`: demo complaints are marked on the row (they were told apart only by their
  `created` event), so the queue can say so without a join.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEY_SQLITE = "CAST(strftime('%s', coalesce(received_at, created_at)) AS INTEGER) * 100000000 + id % 100000000"
KEY_POSTGRES = "floor(extract(epoch FROM coalesce(received_at, created_at)))::bigint * 100000000 + id % 100000000"
SEARCH_POSTGRES = (
    "to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || "
    "coalesce(location_text, '') || ' ' || coalesce(reporter_name, ''))"
)
COLUMNS = "title, body, location_text, reporter_name"
NEW = "new.title, new.body, new.location_text, new.reporter_name"
OLD = "old.title, old.body, old.location_text, old.reporter_name"
FTS_DROP = (
    "DROP TRIGGER IF EXISTS complaints_fts_update",
    "DROP TRIGGER IF EXISTS complaints_fts_delete",
    "DROP TRIGGER IF EXISTS complaints_fts_insert",
    "DROP TABLE IF EXISTS complaints_fts",
)
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE complaints_fts USING fts5({COLUMNS}, content='complaints', "
    "content_rowid='queue_key', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN "
    f"INSERT INTO complaints_fts(rowid, {COLUMNS}) VALUES (new.queue_key, {NEW}); END",
    "CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN "
    f"INSERT INTO complaints_fts(complaints_fts, rowid, {COLUMNS}) VALUES ('delete', old.queue_key, {OLD}); END",
    "CREATE TRIGGER complaints_fts_update AFTER UPDATE OF "
    f"{COLUMNS}, received_at, created_at ON complaints BEGIN "
    f"INSERT INTO complaints_fts(complaints_fts, rowid, {COLUMNS}) VALUES ('delete', old.queue_key, {OLD}); "
    f"INSERT INTO complaints_fts(rowid, {COLUMNS}) VALUES (new.queue_key, {NEW}); END",
    "INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')",
)
# 0001's index, restored on downgrade.
OLD_FTS_CREATE = (
    "CREATE VIRTUAL TABLE complaints_fts USING fts5("
    "title, body, location_text, content='complaints', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER complaints_fts_insert AFTER INSERT ON complaints BEGIN "
    "INSERT INTO complaints_fts(rowid, title, body, location_text) "
    "VALUES (new.id, new.title, new.body, new.location_text); END",
    "CREATE TRIGGER complaints_fts_delete AFTER DELETE ON complaints BEGIN "
    "INSERT INTO complaints_fts(complaints_fts, rowid, title, body, location_text) "
    "VALUES ('delete', old.id, old.title, old.body, old.location_text); END",
    "CREATE TRIGGER complaints_fts_update AFTER UPDATE OF title, body, location_text "
    "ON complaints BEGIN "
    "INSERT INTO complaints_fts(complaints_fts, rowid, title, body, location_text) "
    "VALUES ('delete', old.id, old.title, old.body, old.location_text); "
    "INSERT INTO complaints_fts(rowid, title, body, location_text) "
    "VALUES (new.id, new.title, new.body, new.location_text); END",
    "INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')",
)


def _normalise_phones() -> None:
    """Phones the intake wrote before it normalised them (or typed oddly) into E.164."""
    from lapor_desk.domain.contact import normalize_phone

    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, reporter_phone FROM complaints WHERE reporter_phone <> '' AND reporter_phone NOT LIKE '+62%'"
        )
    ).all()
    fixed = [{"id": r.id, "p": p} for r in rows if (p := normalize_phone(r.reporter_phone)) and p != r.reporter_phone]
    if fixed:
        conn.execute(sa.text("UPDATE complaints SET reporter_phone = :p WHERE id = :id"), fixed)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute(f"ALTER TABLE complaints ADD COLUMN queue_key INTEGER GENERATED ALWAYS AS ({KEY_SQLITE}) VIRTUAL")
        op.execute("ALTER TABLE complaints ADD COLUMN is_demo BOOLEAN NOT NULL DEFAULT 0")
        source = "json_extract(detail, '$.source')"
    else:
        op.execute(f"ALTER TABLE complaints ADD COLUMN queue_key BIGINT GENERATED ALWAYS AS ({KEY_POSTGRES}) STORED")
        op.execute(
            f"ALTER TABLE complaints ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({SEARCH_POSTGRES}) STORED"
        )
        op.add_column("complaints", sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false()))
        source = "(detail::jsonb ->> 'source')"
    op.create_index("ix_complaints_queue_key", "complaints", ["queue_key"], unique=True)
    op.create_index("ix_complaints_status_queue_key", "complaints", ["status", "queue_key"])
    op.create_index("ix_complaints_receipt_upper", "complaints", [sa.text("upper(receipt_number)")])
    op.execute(
        "UPDATE complaints SET is_demo = true WHERE id IN (SELECT complaint_id FROM complaint_events "
        f"WHERE kind = 'created' AND {source} = 'demo')"
    )
    _normalise_phones()
    if sqlite:
        for statement in FTS_DROP + FTS_CREATE:
            op.execute(statement)
    else:
        op.execute("CREATE INDEX ix_complaints_search_vector ON complaints USING gin (search_vector)")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in FTS_DROP:
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS ix_complaints_search_vector")
    op.drop_index("ix_complaints_receipt_upper", table_name="complaints")
    op.drop_index("ix_complaints_status_queue_key", table_name="complaints")
    op.drop_index("ix_complaints_queue_key", table_name="complaints")
    if sqlite:
        # ALTER TABLE DROP COLUMN keeps the table (and 0001's triggers' target) in place.
        op.execute("ALTER TABLE complaints DROP COLUMN is_demo")
        op.execute("ALTER TABLE complaints DROP COLUMN queue_key")
        for statement in OLD_FTS_CREATE:
            op.execute(statement)
    else:
        op.drop_column("complaints", "is_demo")
        op.drop_column("complaints", "search_vector")
        op.drop_column("complaints", "queue_key")
