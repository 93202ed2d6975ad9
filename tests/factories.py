"""Test data shared by the core and UI tests: a fixed desk clock and a valid walk-in complaint."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from lapor_desk.domain.complaint import ComplaintInput
from lapor_desk.domain.enums import Channel, ReportType

if TYPE_CHECKING:
    import pytest

    from lapor_desk.accounts import Actor

WIB = timezone(timedelta(hours=7), "WIB")


class FixedClock:
    """A desk clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class StepMonotonic:
    """A monotonic clock the test advances by hand (seconds): lock-outs and the idle lock."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def walk_in(**overrides: object) -> ComplaintInput:
    """A complete, valid walk-in complaint."""
    values: dict[str, object] = dict(
        type=ReportType.PENGADUAN,
        channel=Channel.WALK_IN,
        title="Jalan desa rusak berlubang",
        body="Jalan utama Desa Cibiru Wetan rusak parah sejak tiga bulan, banyak lubang besar.",
        incident_date=date(2026, 11, 1),
        location_text="Jl. Raya Cibiru Wetan, dekat balai desa",
        province_code="32",
        regency_code="32.04",
        reporter_name="Budi Santoso",
        reporter_nik="3204051203850002",
        reporter_phone="0812-3456-7890",
        consent_personal=True,
        officer_name="Siti Rahmawati",
        received_at=datetime(2026, 11, 20, 9, 0, tzinfo=WIB),
    )
    values.update(overrides)
    return ComplaintInput(**values)  # type: ignore[arg-type]


# The staff password the supervision tests sign in with.
PASSWORD = "rahasia-123"


def first_sign_in(accounts: Any, username: str, password: str = PASSWORD) -> Actor:
    """A new account's first sign-in: the admin's first password replaced (here by itself), as
    the core requires before anything else."""
    return accounts.change_own_password(accounts.sign_in(username, password), password, password)  # type: ignore[no-any-return]


def cli_admin(main: Any, url: str, monkeypatch: pytest.MonkeyPatch, username: str = "admin") -> list[str]:
    """A desk database with its first admin, made by `accounts create-admin`; returns the
    `--user` arguments, with the password in LAPOR_DESK_PASSWORD as a script would give it."""
    monkeypatch.setenv("LAPOR_DESK_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("LAPOR_DESK_PASSWORD", PASSWORD)
    assert main(["--db", url, "accounts", "create-admin", username]) == 0
    return ["--user", username]


def url_of(db: Any) -> str:
    """The URL a command's `--db` takes for this test's desk database (either engine)."""
    return str(db.url.render_as_string(hide_password=False))


class RawSql:
    """Raw SQL with `?` placeholders on either engine's connection (a test's tampering or
    set-up that the services would refuse)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> Any:
        if self.conn.dialect.name == "postgresql":
            sql = sql.replace("?", "%s")
        if params is None:
            return self.conn.exec_driver_sql(sql)
        return self.conn.exec_driver_sql(sql, params if isinstance(params, list) else tuple(params))

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.execute(sql, [tuple(r) for r in rows])


@contextmanager
def raw_sql(db: Any) -> Iterator[RawSql]:
    """`with raw_sql(db) as raw: raw.execute("UPDATE ... WHERE id = ?", (1,))`, committed at the end."""
    with db.write() as conn:
        yield RawSql(conn)


def three_counters_append_at_once(db: Any, wrap: Callable[[Any], Any] = lambda conn: conn) -> None:
    """Three threads (counters) append to one audit chain at once, 15 transactions each of one
    or two entries, each through `wrap(conn)`; the chain must verify with every entry in it."""
    from lapor_desk.audit import AuditTrail, PendingEntry, Who

    trail = AuditTrail(db)
    with db.write() as conn:
        trail.append(wrap(conn), Who("admin", "admin"), "sign_in")
    failures: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for n in range(15):
                with db.write() as conn:
                    entries = [PendingEntry(Who(name, "clerk"), "create", f"complaint:{n}", {"n": n})] * (1 + n % 2)
                    trail.append_many(wrap(conn), entries)
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(f"loket{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    report = trail.verify()
    assert report.ok
    assert report.entries == 1 + 3 * (8 * 1 + 7 * 2)  # n even: one entry, n odd: two


PAPER_DESK = "KAB-BDG-07"


def reserve_paper_block(sup: Any, staff: dict[str, Any], settings: Any, clock: Any, size: int, **kwargs: Any) -> Any:
    """The paper tests' office: desk KAB-BDG-07, its supervisor reserving `size` numbers at
    08:00 WIB on 20 November 2026 (the fixture clock is left there)."""
    from lapor_desk.settings import DESK_CODE

    settings.set(DESK_CODE, PAPER_DESK)
    clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=WIB)
    return sup.paper.reserve(staff["supervisor"], size, **kwargs)
