"""The last statement of a write transaction carrying its COMMIT (PostgreSQL through psycopg).

Every counter of an office waits for the audit chain's head row lock, held until the commit.
A save's audit append is its last statement: sent with the COMMIT in one message (the simple
query protocol runs several statements; its parameters bound on the client by psycopg's
ClientCursor, with psycopg's quoting), the lock is held one round trip less. psycopg's
`commit()` then sends nothing, since the connection is idle already, so SQLAlchemy's own
commit at the end of `Database.write()` costs no trip either.

The rules that keep this safe:
- Only a writer that says so gets it: the execution option COMMIT_WITH_LAST is set on the
  connection right before the transaction's last step runs (services.hooks.run_hooks with
  `last_in_transaction`), and `execute_and_commit` is used only when it is set; elsewhere the
  statement runs as usual and the commit comes at the end.
- A statement that fails stops the message: the server runs no later statement of it, so the
  COMMIT does not run; the transaction is aborted and SQLAlchemy rolls it back as on any error.
  A statement that must change a row says so by failing when it did not (see audit_append_pg).
- Once committed, any further statement on the connection before SQLAlchemy's commit is refused
  (`CommittedAlready`): it would run in a transaction of its own, no longer with the save's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event

# The execution option saying the next statement sent through `execute_and_commit` is the
# transaction's last and may carry its commit.
COMMIT_WITH_LAST = "lapor_commit_with_last"
# In the DBAPI connection's info while its transaction was committed by its last statement
# and SQLAlchemy has not closed the transaction yet.
_COMMITTED = "lapor_committed_by_last_statement"


class CommittedAlready(RuntimeError):
    """A statement after the one that committed the transaction (a programming error)."""


def may_commit_with_last(conn: Connection) -> bool:
    return (
        conn.dialect.name == "postgresql"
        and conn.dialect.driver == "psycopg"
        and bool(conn.get_execution_options().get(COMMIT_WITH_LAST))
    )


def execute_and_commit(conn: Connection, statement: str, params: dict[str, Any]) -> Any:
    """Run `statement` (psycopg's %(name)s placeholders) and COMMIT in one message; returns the
    statement's first row's first value (None without rows). Only where `may_commit_with_last`."""
    from psycopg import ClientCursor

    driver = conn.connection.driver_connection
    assert driver is not None  # a connection in a transaction
    with ClientCursor(driver) as binder:  # binds on the client; sends nothing
        literal = binder.mogrify(statement, params)
    result = conn.exec_driver_sql(literal + ";\nCOMMIT", execution_options={"no_parameters": True})
    conn.info[_COMMITTED] = True
    row = result.first()
    return None if row is None else row[0]


def refuse_after_commit(engine: Engine) -> None:
    """Refuse statements after one that carried the commit, until SQLAlchemy ends the
    transaction (its commit or rollback then sends nothing: the connection is idle)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _refuse(conn: Connection, *_args: Any) -> None:
        if conn.info.get(_COMMITTED):
            raise CommittedAlready("a statement after the one that committed the transaction")

    def _ended(conn: Connection) -> None:
        conn.info.pop(_COMMITTED, None)

    for name in ("begin", "commit", "rollback"):
        event.listen(engine, name, _ended)
