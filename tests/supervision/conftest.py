"""Supervision fixtures: a desk database with the audit hook, accounts of each role, a test clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from lapor_desk.accounts import AccountService, Actor, Role
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import Settings
from lapor_desk.storage.database import Database, open_database

from factories import (
    PASSWORD,  # noqa: E402  one shared module, not another conftest
    WIB,
    FixedClock,
)


class StepMonotonic:
    """A monotonic clock the test advances by hand (seconds)."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


@pytest.fixture
def sup_db(tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = open_database(f"sqlite:///{tmp_path / 'sup.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def sup_clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=WIB))


@pytest.fixture
def mono() -> StepMonotonic:
    return StepMonotonic()


@pytest.fixture
def sup(sup_db: Database, settings: Settings, sup_clock: FixedClock, mono: StepMonotonic) -> SupervisionServices:
    service = ComplaintService(sup_db, settings, EventBus(), sup_clock,
                               supervision_hooks(sup_db, settings, sup_clock))
    services = SupervisionServices.build(sup_db, settings, service)
    services.accounts = AccountService(sup_db, services.audit, sup_clock, mono)
    return services


@pytest.fixture
def staff(sup: SupervisionServices) -> dict[str, Actor]:
    """An admin, a supervisor, a clerk and a trainee clerk, each signed in."""
    admin = sup.accounts.create_first_admin("admin", "Admin Desa", PASSWORD)
    sup.accounts.add_account(admin, "sri", "Sri Supervisor", Role.SUPERVISOR, PASSWORD)
    sup.accounts.add_account(admin, "budi", "Budi Petugas", Role.CLERK, PASSWORD)
    sup.accounts.add_account(admin, "ayu", "Ayu Magang", Role.CLERK, PASSWORD, is_trainee=True)
    return {"admin": admin, "supervisor": sup.accounts.sign_in("sri", PASSWORD),
            "clerk": sup.accounts.sign_in("budi", PASSWORD), "trainee": sup.accounts.sign_in("ayu", PASSWORD)}
