"""An office's PostgreSQL when things go wrong (issue 17): the server down at start or gone
between saves, a schema from a newer version, a role without rights, a server too old.
Each is a StorageError with a message that names what to do, never a traceback."""

from __future__ import annotations

import socket
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from lapor_desk.events import EventBus
from lapor_desk.i18n import translate
from lapor_desk.services.complaints import ComplaintService
from lapor_desk.settings import DESK_COUNTER, Settings
from lapor_desk.storage import database
from lapor_desk.storage.database import open_database
from lapor_desk.storage.errors import StorageError

from desk_engines import PostgresDesks
from factories import walk_in


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_down_at_start_is_said_at_once(postgres_desks: PostgresDesks) -> None:
    url = make_url(postgres_desks.admin_url).set(port=_free_port(), database="kantor")
    with pytest.raises(StorageError) as refused:
        open_database(url.render_as_string(hide_password=False))
    assert refused.value.code == "db_server_unreachable"
    message = translate(refused.value.code, "id", refused.value.params)
    assert f"127.0.0.1:{url.port}/kantor" in message and "tidak hilang" in message


def test_a_server_restart_between_saves_costs_no_save(postgres_desks: PostgresDesks, settings: Settings) -> None:
    url = postgres_desks.fresh()
    db = open_database(url)
    try:
        service = ComplaintService(db, settings, EventBus())
        first = service.record(walk_in()).complaint
        postgres_desks._end_sessions(str(make_url(url).database))  # the server drops every session
        second = service.record(walk_in(title="Sesudah server dimulai ulang")).complaint
        assert second.id != first.id and second.receipt_number != first.receipt_number
    finally:
        db.dispose()
        postgres_desks.release(url)


def test_a_schema_from_a_newer_version_is_refused_naming_it(postgres_desks: PostgresDesks) -> None:
    url = postgres_desks.fresh()
    try:
        engine = create_engine(url, poolclass=NullPool)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        engine.dispose()
        with pytest.raises(StorageError) as refused:
            open_database(url)
        assert refused.value.code == "db_newer_schema" and refused.value.params["revision"] == "0099"
    finally:
        postgres_desks.drop(url)


def test_a_role_without_rights_is_named(postgres_desks: PostgresDesks) -> None:
    url = postgres_desks.empty()
    role = f"loket_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_desks.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        name = make_url(url).database
        conn.execute(text(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC'))
        conn.execute(text(f'GRANT CONNECT ON DATABASE "{make_url(url).database}" TO {role}'))
    office = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with office.connect() as conn:  # as before PostgreSQL 15 made it the default
        conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    office.dispose()
    try:
        as_role = make_url(url).set(username=role, password=None).render_as_string(hide_password=False)
        with pytest.raises(StorageError) as refused:
            open_database(as_role)
        assert refused.value.code == "db_no_rights"
        assert refused.value.params["user"] == role
        assert role in translate(refused.value.code, "en", refused.value.params)
    finally:
        postgres_desks.drop(url)
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_a_server_older_than_supported_is_refused(
    postgres_desks: PostgresDesks, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres_desks.empty()
    try:
        # This server is new enough; the check is the same against a minimum above it.
        monkeypatch.setattr(database, "PG_MINIMUM", 990000)
        with pytest.raises(StorageError) as refused:
            open_database(url)
        assert refused.value.code == "db_server_too_old" and refused.value.params["minimum"] == "99"
        engine = create_engine(url, poolclass=NullPool)
        with engine.connect() as conn:  # refused before anything was created
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
        engine.dispose()
    finally:
        postgres_desks.drop(url)


def test_doctor_checks_the_office_server_its_version_and_the_roles_rights(
    postgres_desks: PostgresDesks, capsys: pytest.CaptureFixture[str]
) -> None:
    from lapor_desk.cli import main

    url = postgres_desks.fresh()
    role = f"loket_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_desks.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    office = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        main(["--db", url, "doctor"])
        out = capsys.readouterr().out
        assert "PostgreSQL 15." in out or "PostgreSQL 1" in out
        assert "tersambung, hak baca dan tulis lengkap" in out
        assert "cadangannya tugas server (pg_dump" in out
        with admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        with office.connect() as conn:  # a counter's role that may read but not write
            conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
        as_role = make_url(url).set(username=role).render_as_string(hide_password=False)
        assert main(["--db", as_role, "doctor"]) == 2
        out = capsys.readouterr().out
        assert "FAIL" in out and f"Akun {role}" in out and "INSERT accounts" in out
    finally:
        office.dispose()
        postgres_desks.drop(url)
        with admin.connect() as conn:
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def test_a_counter_joins_the_office_database_with_headless_setup(
    postgres_desks: PostgresDesks, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from lapor_desk.cli import main

    url = postgres_desks.fresh()
    try:
        monkeypatch.setenv("LAPOR_DESK_PASSWORD", "rahasia-123")
        monkeypatch.setenv("LAPOR_DESK_HOME", str(tmp_path / "loket1"))
        assert (
            main(["--db", url, "setup", "--desk-code", "KAB-BDG-01", "--desk-counter", "L1", "--admin", "admin"]) == 0
        )
        monkeypatch.setenv("LAPOR_DESK_HOME", str(tmp_path / "loket2"))  # another PC joins the same database
        assert main(["--db", url, "setup", "--desk-code", "KAB-BDG-01", "--desk-counter", "L2"]) == 0
        settings = Settings(tmp_path / "loket2" / "config" / "settings.json")
        assert settings.get(DESK_COUNTER) == "L2"
        assert main(["--db", url, "setup", "--desk-code", "KAB-BDG-01", "--desk-counter", "loket 3"]) == 2
        assert "desk.counter" in capsys.readouterr().err
    finally:
        postgres_desks.release(url)
