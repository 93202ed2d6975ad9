"""The IT console imports only while the desk has no account, for the whole of its writes: an
account created (by another thread, with its own connection) while the console's import runs
stops the import at its next write, on SQLite and PostgreSQL; nothing is written in nobody's
name after the account exists, and the stop is audited."""

from __future__ import annotations

import csv
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from lapor_desk.accounts.imports import import_complaints
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.audit import AuditFilter
from lapor_desk.events import EventBus
from lapor_desk.i18n import translate
from lapor_desk.services.hooks import ComplaintChange
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database
from lapor_desk.storage.repository import COMPLAINTS
from lapor_desk.transfer import importer

from factories import PASSWORD, FixedClock

HEADER = [
    "client_id",
    "type",
    "channel",
    "title",
    "body",
    "received_at",
    "incident_date",
    "location_text",
    "reporter_name",
    "reporter_phone",
    "consent_personal",
]
CHUNK = 10


def _register(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(count):
            body = f"Jembatan gantung nomor {n} putus sejak banjir, dua dusun terputus."
            row = {
                "client_id": f"lama-{n}",
                "type": "pengaduan",
                "channel": "letter",
                "title": f"Jembatan putus {n}",
                "body": body,
                "received_at": "2024-03-05T10:00:00+07:00",
                "incident_date": "2024-03-01",
                "location_text": "Dusun Kaja Desa Tegallalang",
                "reporter_name": "Made Sudarsana",
                "reporter_phone": "081338112233",
                "consent_personal": "ya",
            }
            writer.writerow([row[h] for h in HEADER])
    return path


def _admin_creator(sup: SupervisionServices, failures: list[BaseException]) -> threading.Thread:
    def create() -> None:
        try:
            sup.accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
        except BaseException as exc:  # reported by the test, never swallowed
            failures.append(exc)

    return threading.Thread(target=create, name="first-admin")


def _create_admin_in_another_thread(sup: SupervisionServices) -> None:
    failures: list[BaseException] = []
    worker = _admin_creator(sup, failures)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive() and not failures, failures


def _import_as_console(
    sup: SupervisionServices,
    settings: Settings,
    clock: FixedClock,
    path: Path,
    first_hooks: Sequence[Any] = (),
    **kw: Any,
) -> importer.ImportReport:
    db = sup.complaints.db
    return import_complaints(
        None,  # the IT console
        sup.accounts,
        sup.audit,
        _register(path, 3 * CHUNK),
        db,
        EventBus(),
        desk_officer="",
        desk_code="KAB-BDG-07",
        clock=clock,
        hooks=[*first_hooks, *supervision_hooks(db, settings, clock)],
        **kw,
    )


def _assert_stopped_after_the_first_chunk(sup: SupervisionServices, report: importer.ImportReport) -> None:
    assert (report.refused, report.added) == (True, CHUNK)
    expected = translate("import_needs_sign_in_partly", "id", {"count": CHUNK})
    assert report.fatal == expected
    assert "sisanya hanya bisa diimpor oleh admin yang masuk" in expected
    assert "only an admin who signs in" in translate("import_needs_sign_in_partly", "en", {"count": CHUNK})
    with sup.complaints.db.read() as conn:
        saved = conn.execute(select(COMPLAINTS.c.client_id).order_by(COMPLAINTS.c.id)).scalars().all()
    assert saved == [f"lama-{n}" for n in range(CHUNK)]
    # In the audit trail, nothing the console imported comes after the account's creation, and
    # the stop is recorded as a refusal of the IT console.
    ordered = sorted(sup.audit.page(AuditFilter(), limit=1000), key=lambda r: r.seq)
    account_seq = next(r.seq for r in ordered if r.target == "account:admin")
    imported = [r for r in ordered if r.action == "create" and _detail(r).get("source") == "import"]
    assert imported and all(r.seq < account_seq for r in imported)
    [refusal] = [r for r in ordered if r.action == "refused" and r.target == "complaints:import"]
    assert refusal.seq > account_seq
    assert _detail(refusal) == {"reason": "import_needs_sign_in", "permission": "import", "saved": CHUNK}


def test_an_account_created_while_the_console_imports_stops_it_at_its_next_write(
    sup: SupervisionServices, settings: Settings, sup_clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small chunks, and every progress call made: the first chunk's commit is reported before
    # the second chunk begins, and the account is created right then.
    monkeypatch.setattr(importer, "WRITE_BATCH", CHUNK)
    monkeypatch.setattr(importer, "PROGRESS_EVERY", 0.0)
    created: list[int] = []

    def progress(phase: str, rows: int, _rate: float, share: float) -> None:
        if phase == "write" and share < 1.0 and not created:
            created.append(rows)
            _create_admin_in_another_thread(sup)

    assert sup.accounts.needs_first_admin()
    report = _import_as_console(sup, settings, sup_clock, tmp_path / "lama.csv", progress=progress)
    assert created == [CHUNK]  # the account came after the first chunk, before the second
    _assert_stopped_after_the_first_chunk(sup, report)


class _AccountCreatedDuringTheWrite:
    """A write hook (the first of the list): inside the first chunk's write transaction, after
    the console's guard, another thread starts creating the first admin; the hook returns only
    once PostgreSQL shows that thread waiting for a lock on the accounts table (the SHARE lock
    the guard holds until the chunk commits: create_first_admin waits at its own LOCK TABLE,
    which conflicts with it). Without the guard's lock the account would be committed
    while the chunk is still open, and the import would go on in nobody's name."""

    def __init__(self, sup: SupervisionServices, db: Database) -> None:
        self.sup = sup
        self.db = db
        self.failures: list[BaseException] = []
        self.worker: threading.Thread | None = None

    def after_write(self, conn: Connection, changes: Sequence[ComplaintChange]) -> None:
        if self.worker is not None:
            return
        self.worker = _admin_creator(self.sup, self.failures)
        self.worker.start()
        deadline = time.monotonic() + 60
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE wait_event_type = 'Lock'"
            # create_first_admin locks the accounts table first (two counters at their first-start
            # page make one admin); before that lock its INSERT was what waited.
            " AND (query ILIKE 'LOCK TABLE accounts%' OR query ILIKE 'INSERT INTO accounts%')"
        )
        while time.monotonic() < deadline:
            with self.db.read() as other:  # a transaction of its own: a fresh view of the activity
                if other.execute(waiting).scalar_one():
                    return
            time.sleep(0.05)  # polling with a deadline, not a wait for an outcome
        raise AssertionError("the account was not held back while the console's chunk was being written")


def test_on_postgresql_an_account_being_created_waits_for_the_consoles_chunk_and_stops_the_next(
    sup: SupervisionServices, settings: Settings, sup_clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = sup.complaints.db
    if db.is_sqlite:
        pytest.skip("SQLite's write transaction (BEGIN IMMEDIATE) already shuts every other writer out")
    monkeypatch.setattr(importer, "WRITE_BATCH", CHUNK)
    hook = _AccountCreatedDuringTheWrite(sup, db)
    report = _import_as_console(sup, settings, sup_clock, tmp_path / "lama.csv", first_hooks=[hook])
    assert hook.worker is not None
    hook.worker.join(timeout=120)
    assert not hook.worker.is_alive() and not hook.failures, hook.failures
    _assert_stopped_after_the_first_chunk(sup, report)


def _detail(row: Any) -> dict[str, Any]:
    return dict(row.detail or {})
