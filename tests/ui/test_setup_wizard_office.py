"""The set-up wizard's office mode (issue 17), against the real PostgreSQL: the IT officer picks
"Kantor (PostgreSQL bersama)", tests the connection (off the GUI thread) and reads what is wrong
in Bahasa Indonesia (server down, a role the server refuses, a PostgreSQL too old, the database
missing), fixes it, picks the counter code, and Finish sets the counter up in the office
database: its first admin there, this PC's choice kept for the next start, the window told to
close so the next start opens the office's database."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.paths import Paths, default_database_url
from lapor_desk.settings import DESK_COUNTER
from lapor_desk.storage import database
from lapor_desk.storage.office import create_office
from ui.admin.setup_wizard import SetupWizard
from ui.common.tasks import TaskRunner

from desk_engines import postgres_admin_url

PASSWORD = "Kata-sandi-admin-2026"


@pytest.fixture
def office_db() -> Iterator[dict[str, str]]:
    """An office database and role made as `lapor-desk office-init` makes them; dropped after."""
    admin_url = postgres_admin_url()
    name = f"kantor_{uuid.uuid4().hex[:8]}"
    create_office(admin_url, name, name, "rahasia-kantor")
    server = make_url(admin_url)
    yield {"name": name, "host": server.host or "127.0.0.1", "port": str(server.port or 5432)}
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
    admin.dispose()


@pytest.fixture
def wizard(qapp: QApplication, qtbot, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SetupWizard]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")
    desk = Desk.open()  # this PC's own file, as at the first start
    tasks = TaskRunner()
    wiz = SetupWizard(desk, tasks, "id")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    tasks.wait()
    desk.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_tested_office_connection_with_clear_messages_then_the_counter_joins_the_office(  # type: ignore[no-untyped-def]
    qtbot, wizard: SetupWizard, office_db: dict[str, str], isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = wizard.database
    assert wizard.currentPage() is page and not page.details.isVisible()
    page.office.setChecked(True)
    assert page.details.isVisible()
    name, host = office_db["name"], office_db["host"]

    def said_after_test(expected: str) -> None:
        page.status.clear()
        page.test_button.click()
        qtbot.waitUntil(lambda: page.status.text() == expected, timeout=30_000)
        assert wizard.currentPage() is page and page.test_button.isEnabled()

    # The server down (nothing listens on that port).
    down = _free_port()
    page.host.setText(host)
    page.port.setValue(down)
    page.database.setText(name)
    page.role.setText("bukan_akun")
    page.password.setText("rahasia-kantor")
    page.counter.setText("l2")
    page.test_button.click()
    begins, ends = translate(
        "office_server_unreachable", "id", {"server": f"{host}:{down}/{name}", "detail": "§"}
    ).split("§")
    qtbot.waitUntil(lambda: page.status.text().startswith(begins), timeout=30_000)
    assert page.status.text().endswith(ends)

    # The server up, a role it does not know: the sign-in refused, named.
    page.port.setValue(int(office_db["port"]))
    said_after_test(
        translate("db_login_failed", "id", {"server": f"{host}:{office_db['port']}/{name}", "user": "bukan_akun"})
    )

    # A database the server does not have.
    page.role.setText(name)
    page.database.setText("kantor_tidak_ada")
    page.status.clear()
    page.test_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Database kantor_tidak_ada belum ada"), timeout=30_000)

    # A PostgreSQL older than the desk supports (the minimum raised past this server).
    page.database.setText(name)
    minimum = database.PG_MINIMUM
    monkeypatch.setattr(database, "PG_MINIMUM", 990000)
    page.status.clear()
    page.test_button.click()
    qtbot.waitUntil(lambda: "lapor-desk butuh versi 99 atau lebih baru" in page.status.text(), timeout=30_000)
    monkeypatch.setattr(database, "PG_MINIMUM", minimum)

    # A counter code the desk does not accept is said before any connection.
    page.counter.setText("loket 2")
    page.test_button.click()
    assert DESK_COUNTER.description("id") in page.status.text()

    # All good: Next tests first, then moves on.
    page.counter.setText("l2")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.office, timeout=30_000)
    assert "database kantor sudah berisi data lapor-desk" in page.status.text()
    wizard.office.editors["desk.code"].widget.setText("KAB-BDG-07")  # type: ignore[attr-defined]
    wizard.next()
    wizard.next()  # the central left empty: registered later
    assert wizard.currentPage() is wizard.admin
    for field, value in (("username", "it.kabbdg"), ("password", PASSWORD), ("password_again", PASSWORD)):
        wizard.admin.editors[field].setText(value)
    with qtbot.waitSignal(wizard.restart_needed, timeout=60_000) as closing:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert closing.args[0] == translate("office_chosen_restart", "id", {"server": host, "database": name})
    assert not wizard.isVisible()

    # The next start opens the office database, with this counter's code and the admin there.
    paths = Paths.from_environment()
    url = default_database_url(paths, {})
    assert make_url(url).database == name and make_url(url).password is None  # the password in the passfile
    assert oct((paths.config_dir / "office.pgpass").stat().st_mode & 0o777) == "0o600"
    again = Desk.open(url, paths=paths)
    try:
        assert again.settings.get(DESK_COUNTER) == "L2"
        assert not again.supervision.accounts.needs_first_admin()
        assert again.supervision.accounts.sign_in("it.kabbdg", PASSWORD).username == "it.kabbdg"
    finally:
        again.close()
    assert wizard.desk.supervision.accounts.needs_first_admin()  # this PC's own file was left alone


def test_one_pc_mode_asks_nothing_about_a_server(qtbot, wizard: SetupWizard, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    assert wizard.currentPage() is wizard.database
    wizard.next()
    assert wizard.currentPage() is wizard.office
    assert not (isolated_home / "config" / "office-database.url").exists()


def test_a_counter_joining_a_registered_office_is_checked_at_the_central_as_the_office(  # type: ignore[no-untyped-def]
    qtbot, wizard: SetupWizard, office_db: dict[str, str], tmp_path: Path
) -> None:
    from central.testing import running_server
    from lapor_desk.sync.installation import OFFICE_KEY
    from lapor_desk.sync.registration import Connection, check_central

    name = office_db["name"]
    as_role = (
        make_url(postgres_admin_url())
        .set(drivername="postgresql+psycopg", username=name, password="rahasia-kantor", database=name)
        .render_as_string(hide_password=False)
    )
    office_id = str(uuid.uuid4())  # the counter that registered the office first left it here
    engine = create_engine(as_role, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_meta (key, value) VALUES (:k, :v)"), {"k": OFFICE_KEY, "v": office_id})
    engine.dispose()
    with running_server(work_dir=tmp_path / "central") as central:
        token = central.add_desk("KAB-BDG-07")
        check_central(central.api_url, token, Connection(installation_id=office_id))  # the token now the office's
        page = wizard.database
        page.office.setChecked(True)
        page.host.setText(office_db["host"])
        page.port.setValue(int(office_db["port"]))
        page.database.setText(name)
        page.role.setText(name)
        page.password.setText("rahasia-kantor")
        page.counter.setText("L3")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.office, timeout=30_000)
        wizard.office.editors["desk.code"].widget.setText("KAB-BDG-07")  # type: ignore[attr-defined]
        wizard.next()
        wizard.central.url.setText(central.base_url)
        wizard.central.token.setText(token)
        wizard.next()  # checked as the office: this PC's own ID would be refused as another PC
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.admin, timeout=30_000)
        assert central.api_url in wizard.central.status.text()
