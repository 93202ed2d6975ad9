"""word search on PostgreSQL: lapor_fold returns plain ASCII text as it is, without translate()

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

`lapor_fold` (0013) is a `translate()` over some 700 accented letters. PostgreSQL's
translate() looks each character of the text up in that list one by one, so folding a
complaint's ~300 characters took 1.2-2 ms: every save paid it for the stored `search_vector`,
and computing it for 1,000,000 complaints (a restore, an import, 0013 itself, a benchmark
fill) took 20-40 minutes. Text with no character outside ASCII has nothing to fold (every
letter in the list is outside ASCII), so the function now returns such text unchanged after
one regular-expression test, and folds the rest exactly as before: 20,000 complaints' vectors
in 1.1-1.7 s instead of 24-45 s on the shared machine.

The result is the same for every input, so the stored vectors and their GIN index stay valid
(nothing is rewritten). The translate() call is taken from the function the database holds,
not computed again, so the letters 0013 froze there stay exactly as they were.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

ASCII_ONLY = "value ~ '^[\\x01-\\x7f]*$'"
FAST = f"SELECT CASE WHEN {ASCII_ONLY} THEN value ELSE {{fold}} END"


def _body() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT prosrc FROM pg_proc WHERE proname = 'lapor_fold'").scalar_one())


def _replace(body: str) -> None:
    op.execute(
        "CREATE OR REPLACE FUNCTION lapor_fold(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ {body} $$"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite's FTS5 tokenizer folds accents itself
    fold = _body().strip().removeprefix("SELECT").strip()
    assert fold.startswith("translate("), fold
    _replace(FAST.format(fold=fold))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    body = _body().strip()
    prefix = FAST.split("{fold}")[0]
    assert body.startswith(prefix) and body.endswith(" END"), body
    _replace("SELECT " + body.removeprefix(prefix).removesuffix(" END"))
