"""word search folds accents on PostgreSQL too: "cikoneng" finds "Cikönéng"

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

SQLite's word index (FTS5, `unicode61 remove_diacritics 2`) already matched a word typed
without its accents; PostgreSQL's `search_vector` (`to_tsvector('simple', …)`) kept them,
so the same search found a complaint on one engine and not on the other. PostgreSQL now
indexes and queries through `lapor_fold(text)`: an IMMUTABLE `translate()` of every Latin
letter with diacritics to its base letter (computed here once from Unicode's decompositions
and frozen in the function, so later Python versions cannot change an existing index).
`unaccent` would need an extension the office's role may not be allowed to create, and it
is not IMMUTABLE, which a stored generated column requires.

The stored column is dropped and added again with the new expression (PostgreSQL before 17
cannot change a generated column's expression): a one-time rewrite of the complaints table.
"""

import unicodedata

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OLD_SEARCH = (
    "to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || "
    "coalesce(location_text, '') || ' ' || coalesce(reporter_name, ''))"
)
NEW_SEARCH = (
    "to_tsvector('simple'::regconfig, lapor_fold(coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || "
    "coalesce(location_text, '') || ' ' || coalesce(reporter_name, '')))"
)
# Letters without a decomposition that readers still take for a plain letter.
_EXTRA = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H", "ı": "i"}


def _folds() -> tuple[str, str]:
    """Every Latin letter with diacritics (Latin-1 Supplement, Extended-A and -B, Extended
    Additional) and the ASCII letter it is written on."""
    source, target = [], []
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = _EXTRA.get(ch)
        if base is None:
            parts = unicodedata.normalize("NFKD", ch)
            if len(parts) < 2 or not (parts[0].isascii() and parts[0].isalpha()):
                continue
            if not all(unicodedata.combining(p) for p in parts[1:]):
                continue
            base = parts[0]
        source.append(ch)
        target.append(base)
    return "".join(source), "".join(target)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's FTS5 tokenizer already folds accents
    source, target = _folds()
    op.execute(
        "CREATE OR REPLACE FUNCTION lapor_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ SELECT translate(value, '{source}', '{target}') $$"
    )
    _rebuild(NEW_SEARCH)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _rebuild(OLD_SEARCH)
    op.execute("DROP FUNCTION IF EXISTS lapor_fold(text)")


def _rebuild(expression: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_complaints_search_vector")
    op.execute("ALTER TABLE complaints DROP COLUMN search_vector")
    op.execute(f"ALTER TABLE complaints ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) STORED")
    op.execute("CREATE INDEX ix_complaints_search_vector ON complaints USING gin (search_vector)")
