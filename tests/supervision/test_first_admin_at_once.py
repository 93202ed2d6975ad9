"""Two counters of an office showing the first-start page at once (PostgreSQL): one first admin.

On SQLite the write transaction (BEGIN IMMEDIATE) shuts every other writer out, so the count of
accounts and the insert are one step. On PostgreSQL (READ COMMITTED) both counters could count
no account and each insert its own admin: two "first" admins, neither knowing of the other."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from lapor_desk.accounts import AccountError
from lapor_desk.accounts.supervision import SupervisionServices
from lapor_desk.storage.supervision_tables import ACCOUNTS

from factories import PASSWORD


def test_two_counters_creating_the_first_admin_at_once_make_one(sup: SupervisionServices) -> None:
    db = sup.complaints.db
    if db.is_sqlite:
        pytest.skip("SQLite's write transaction already makes the count and the insert one step")
    accounts = sup.accounts
    outcomes: dict[str, object] = {}

    def counter(name: str) -> None:
        try:
            outcomes[name] = accounts.create_first_admin(name, f"Admin {name}", PASSWORD).username
        except AccountError as exc:
            outcomes[name] = exc.code
        except BaseException as exc:  # reported below, not lost in the thread
            outcomes[name] = exc

    waiting = text("SELECT count(*) FROM pg_locks WHERE relation = 'accounts'::regclass AND NOT granted")
    # Hold the table so that both counters are on their way (past whatever they read first)
    # before either can write: they meet where a real race meets.
    with db.engine.connect() as holder:
        holder.execute(text("LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE"))
        threads = [threading.Thread(target=counter, args=(name,)) for name in ("loket1", "loket2")]
        for t in threads:
            t.start()
        with db.engine.connect() as look:
            deadline = time.monotonic() + 60
            while look.execute(waiting).scalar_one() < 2:
                assert time.monotonic() < deadline, "the two counters never reached the accounts table"
                look.rollback()
                time.sleep(0.01)  # polling pg_locks, not waiting blindly
        holder.rollback()
    for t in threads:
        t.join(timeout=120)
    assert sorted(outcomes.values(), key=str) in (["first_admin_exists", "loket1"], ["first_admin_exists", "loket2"]), (
        outcomes
    )
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(ACCOUNTS)).scalar_one() == 1
