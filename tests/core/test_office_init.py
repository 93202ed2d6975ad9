"""`lapor-desk office-init` (issue 17): the office's PostgreSQL database and role made with an
admin connection, as a separate process like the IT officer runs it; run again it changes
nothing; it joins a database an admin made by hand; a counter set up on it passes `doctor`'s
rights check; bad input is a message in Bahasa Indonesia, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from lapor_desk.i18n import translate
from lapor_desk.storage.database import open_database
from lapor_desk.storage.office import missing_rights

from desk_engines import postgres_admin_url

PASSWORD = "rahasia-kantor-1"


def lapor(home: Path, *args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LAPOR_DESK_DB", "LAPOR_OFFICE_PASSWORD")}
    env.update(LAPOR_DESK_HOME=str(home), LAPOR_DESK_NO_KEYRING="1")
    if password is not None:
        env["LAPOR_OFFICE_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "lapor_desk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def office(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A database and role name nobody has used; both dropped afterwards."""
    admin_url = postgres_admin_url()
    name = f"kantor_{uuid.uuid4().hex[:8]}"
    yield {"admin": admin_url, "name": name, "home": str(tmp_path / "server")}
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()


def init(office: dict[str, str], *extra: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess[str]:
    return lapor(
        Path(office["home"]),
        "office-init",
        "--admin-url",
        office["admin"],
        "--database",
        office["name"],
        "--role",
        office["name"],
        *extra,
        password=password,
    )


def counter_url(office: dict[str, str]) -> str:
    return (
        make_url(office["admin"])
        .set(drivername="postgresql+psycopg", username=office["name"], password=PASSWORD, database=office["name"])
        .render_as_string(hide_password=False)
    )


def said(code: str, **params: str) -> str:
    return translate(code, "id", params)


def test_it_creates_the_role_and_database_and_a_counter_set_up_on_them_passes_doctor(
    office: dict[str, str], tmp_path: Path
) -> None:
    done = init(office)
    assert done.returncode == 0, done.stderr
    name = office["name"]
    assert said("office_init_role_created", role=name) in done.stdout
    assert said("office_init_db_created", database=name, role=name) in done.stdout
    db = open_database(counter_url(office))
    try:
        head = db.head_revision()
        with db.read() as conn:
            assert missing_rights(conn) == []
            owners = set(conn.exec_driver_sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'").scalars())
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
    finally:
        db.dispose()
    assert owners == {name}  # migrated as the role: its tables are its own
    assert said("office_init_schema_created", revision=head) in done.stdout
    server = make_url(office["admin"])
    url = f"postgresql+psycopg://{name}@{server.host}:{server.port}/{name}"  # as the counters write it
    assert said("office_init_ready", role=name, url=url) in done.stdout

    counter = tmp_path / "loket1"
    env_url = counter_url(office)
    setup = lapor(counter, "--db", env_url, "setup", "--desk-code", "KAB-BDG-01", "--desk-counter", "L1")
    assert setup.returncode == 0, setup.stderr
    doctor = lapor(counter, "--db", env_url, "doctor")
    where = f"{server.host}:{server.port}/{name}"
    assert said("doctor_pg_ok", version=f"{version // 10000}.{version % 10000}", server=where, user=name) in (
        doctor.stdout
    ), doctor.stdout


def test_run_again_it_changes_nothing_and_keeps_what_is_there(office: dict[str, str], tmp_path: Path) -> None:
    assert init(office).returncode == 0
    counter = tmp_path / "loket1"
    assert lapor(counter, "--db", counter_url(office), "demo-data", "--count", "5").returncode == 0

    again = init(office)
    assert again.returncode == 0, again.stderr
    name = office["name"]
    assert said("office_init_role_found", role=name) in again.stdout
    assert said("office_init_db_found", database=name, role=name) in again.stdout
    db = open_database(counter_url(office))
    try:
        assert said("office_init_schema_current", revision=db.head_revision()) in again.stdout
        with db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM complaints").scalar_one() == 5
    finally:
        db.dispose()

    reset = init(office, "--reset-password")
    assert reset.returncode == 0, reset.stderr
    assert said("office_init_password_reset", role=name) in reset.stdout


def test_it_joins_a_database_an_admin_made_and_filled_by_hand(office: dict[str, str], tmp_path: Path) -> None:
    name = office["name"]
    admin = create_engine(office["admin"], isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))  # owned by the admin, not the role
    admin.dispose()
    by_admin = make_url(office["admin"]).set(database=name).render_as_string(hide_password=False)
    open_database(by_admin).dispose()  # the schema made as the admin: tables the role does not own

    done = init(office)
    assert done.returncode == 0, done.stderr
    assert said("office_init_db_found", database=name, role=name) in done.stdout
    db = open_database(counter_url(office))
    try:
        with db.read() as conn:
            assert missing_rights(conn) == []
    finally:
        db.dispose()
    # The role records complaints (ids from the admin's sequences, events, the audit chain).
    wrote = lapor(tmp_path / "loket1", "--db", counter_url(office), "demo-data", "--count", "3")
    assert wrote.returncode == 0, wrote.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_what_is_wrong_is_said_in_indonesian_without_a_traceback(office: dict[str, str]) -> None:
    home = Path(office["home"])
    port = _free_port()
    down = make_url(office["admin"]).set(port=port)
    answer = lapor(home, "office-init", "--admin-url", down.render_as_string(hide_password=False))
    assert answer.returncode == 1
    where = f"{down.host}:{port}/{down.database}"
    begins, ends = said("office_server_unreachable", server=where, detail="§").split("§")
    assert answer.stderr.startswith(begins) and answer.stderr.strip().endswith(ends.strip()), answer.stderr

    bad = init(dict(office, name="Kantor Baru"))
    assert bad.returncode == 1
    assert bad.stderr.strip() == said("office_bad_name", kind="database", name="Kantor Baru")

    not_pg = lapor(home, "office-init", "--admin-url", "sqlite:///kantor.db")
    assert not_pg.returncode == 1
    assert not_pg.stderr.strip() == said("office_admin_url_wrong", url="sqlite:///kantor.db")

    no_password = init(office, password=None)
    assert no_password.returncode == 1
    assert "LAPOR_OFFICE_PASSWORD" in no_password.stderr
    for each in (answer, bad, not_pg, no_password):
        assert "Traceback" not in each.stderr
