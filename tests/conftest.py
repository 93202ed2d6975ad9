"""Shared fixtures: a real SQLite file per test, real settings, a fixed desk clock."""

from __future__ import annotations

import os

# Qt tests run offscreen, before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import functools
import inspect
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from httpx import _config as httpx_config
from hypothesis import settings as hypothesis_settings

from lapor_desk.accounts import AccountService, Actor, Role
from lapor_desk.accounts.supervision import SupervisionServices, supervision_hooks
from lapor_desk.events import EventBus
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_CODE, OFFICER_NAME, Settings
from lapor_desk.storage.database import Database, open_database

import desk_template
from desk_engines import PostgresDesks, desk_database_url, engines_for, postgres_admin_url
from factories import PASSWORD, WIB, FixedClock, StepMonotonic, first_sign_in

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of the core, sync and supervision folders that use a desk database run on both
    engines (SQLite and PostgreSQL); the others on SQLite. A test that is about the SQLite
    file itself (damage, WAL, file backups) asks for `sqlite_only`."""
    if "desk_engine" in metafunc.fixturenames:
        engines = engines_for(metafunc.definition.path)
        if metafunc.definition.get_closest_marker("sqlite_only") is not None:
            engines = ("sqlite",)
        metafunc.parametrize("desk_engine", engines, indirect=True)


# Property tests (Hypothesis) draw the same examples on every run unless asked to explore
# (HYPOTHESIS_PROFILE=explore): a suite that gates a landing must not turn red by the luck of
# one draw. Exploring still finds new failing inputs; each is then kept as an explicit example.
hypothesis_settings.register_profile("repeatable", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


# httpx gives up after 5 s unless told otherwise (connect, read, write, pool): about 70 of the
# tests' calls to a real central on loopback pass no timeout, and would fail on a loaded CI
# machine's slowness alone. Every httpx call without its own timeout shares this one default
# object, so it is raised here once. The product does not use httpx (only central/testing.py).
HTTPX_TIMEOUT_S = 60.0
_HTTPX_DEFAULT = httpx_config.DEFAULT_TIMEOUT_CONFIG
assert inspect.signature(httpx.get).parameters["timeout"].default is _HTTPX_DEFAULT
assert inspect.signature(httpx.Client).parameters["timeout"].default is _HTTPX_DEFAULT
_HTTPX_DEFAULT.connect = _HTTPX_DEFAULT.read = _HTTPX_DEFAULT.write = _HTTPX_DEFAULT.pool = HTTPX_TIMEOUT_S


# pytest-qt waits 5 s unless told otherwise: a CI machine under load can exceed that for a
# query, a PDF or a window's first paint, and the test then fails on the machine's speed
# alone. A wait that succeeds returns the moment its condition holds, so only a failing
# test waits this long. A test that passes its own `timeout` keeps it.
QT_WAIT_MS = 60_000
_QT_WAITS = ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive")


def _patient(method: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(method)
    def wait(*args: object, timeout: int = QT_WAIT_MS, **kwargs: object) -> object:
        return method(*args, timeout=timeout, **kwargs)

    return wait


@pytest.fixture
def qtbot(qtbot: QtBot) -> QtBot:
    """pytest-qt's qtbot, whose waits default to QT_WAIT_MS instead of 5 s."""
    for name in _QT_WAITS:
        setattr(qtbot, name, _patient(getattr(qtbot, name)))
    return qtbot


@pytest.fixture(scope="session", autouse=True)
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[desk_template.SqliteTemplate]:
    """New SQLite desk files are copies of one migrated for real this session (desk_template)."""
    template, undo = desk_template.install(tmp_path_factory.mktemp("desk-template"))
    yield template
    undo()


@pytest.fixture
def desk_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_desks() -> Iterator[PostgresDesks]:
    """Fresh PostgreSQL desk databases (skipped without LAPOR_TEST_POSTGRES_URL)."""
    desks = PostgresDesks(postgres_admin_url())
    yield desks
    desks.close()


@pytest.fixture
def pg_desks(desk_engine: str, request: pytest.FixtureRequest) -> PostgresDesks | None:
    return request.getfixturevalue("postgres_desks") if desk_engine == "postgresql" else None


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test's data, settings and logs in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("LAPOR_DESK_HOME", str(home))
    monkeypatch.delenv("LAPOR_DESK_DB", raising=False)
    return home


@pytest.fixture
def db_url(tmp_path: Path, desk_engine: str, pg_desks: PostgresDesks | None) -> Iterator[str]:
    """The desk database: a SQLite file, or (PostgreSQL variant) a fresh database on the server."""
    with desk_database_url(desk_engine, tmp_path, pg_desks) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.json")
    s.set(DESK_CODE, "KAB-BDG-01")
    s.set(OFFICER_NAME, "Siti Rahmawati")
    return s


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=WIB))


@pytest.fixture
def service(db: Database, settings: Settings, clock: FixedClock) -> ComplaintService:
    return ComplaintService(db, settings, EventBus(), clock)


# --- supervision: a desk database with the audit hook, accounts of each role (tests/supervision, tests/ui)


@pytest.fixture
def sup_db(tmp_path: Path, desk_engine: str, pg_desks: PostgresDesks | None) -> Iterator[Database]:
    with desk_database_url(desk_engine, tmp_path, pg_desks, "sup") as url:
        database = open_database(url)
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
    service = ComplaintService(sup_db, settings, EventBus(), sup_clock, supervision_hooks(sup_db, settings, sup_clock))
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
    return {
        "admin": admin,
        "supervisor": first_sign_in(sup.accounts, "sri"),
        "clerk": first_sign_in(sup.accounts, "budi"),
        "trainee": first_sign_in(sup.accounts, "ayu"),
    }
