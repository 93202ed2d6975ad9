"""The first-run wizard, walked page by page with pytest-qt against a real central on loopback:
a bad token is named on the central page and keeps it there; a good one moves on; Finish saves the
settings, the admin and the token, audited; a cancelled wizard leaves nothing set."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from central.testing import RunningServer, running_server
from lapor_desk.audit import AuditAction, AuditFilter
from lapor_desk.desk import Desk
from lapor_desk.settings import DESK_CODE, OFFICE_NAME
from ui.admin.setup_wizard import SetupWizard
from ui.common.tasks import TaskRunner

PASSWORD = "Kata-sandi-admin-2026"


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(work_dir=tmp_path_factory.mktemp("central")) as server:
        yield server


@pytest.fixture
def fresh_desk(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv("LAPOR_DESK_NO_KEYRING", "1")
    desk = Desk.open()
    yield desk
    desk.close()


@pytest.fixture
def wizard(qapp: QApplication, qtbot, fresh_desk: Desk) -> Iterator[SetupWizard]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    wiz = SetupWizard(fresh_desk, tasks, "id")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    tasks.wait()


def fill_office(wiz: SetupWizard) -> None:
    if wiz.currentPage() is wiz.database:
        wiz.next()  # one PC, its own file (the first page's default)
    page = wiz.office
    page.editors["desk.code"].widget.setText("KAB-BDG-07")  # type: ignore[attr-defined]
    page.editors["office.name"].widget.setText("Bagian Organisasi Setda Kab. Bandung")  # type: ignore[attr-defined]
    page.editors["office.address"].widget.setText("Jl. Raya Soreang Km 17")  # type: ignore[attr-defined]
    page.editors["office.phone"].widget.setText("(022) 5891234")  # type: ignore[attr-defined]


def test_the_wizard_with_a_bad_then_a_good_token(
    qtbot,
    wizard: SetupWizard,
    fresh_desk: Desk,  # type: ignore[no-untyped-def]
    central: RunningServer,
    isolated_home: Path,
) -> None:
    assert wizard.currentPage() is wizard.database and not wizard.database.office_mode()
    wizard.next()  # one PC, its own file: nothing to test
    assert wizard.currentPage() is wizard.office
    wizard.office.editors["office.phone"].widget.setText("telepon kantor")  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentPage() is wizard.office  # desk code missing, phone refused: both said at their fields
    assert wizard.office.boxes["desk.code"].message.text() == "Wajib diisi."
    assert "Nomor telepon hanya angka" in wizard.office.boxes["office.phone"].message.text()
    fill_office(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.central

    page = wizard.central
    page.url.setText(central.base_url)
    page.token.setText("token-salah-ketik")
    wizard.next()  # Next tests the connection first
    qtbot.waitUntil(lambda: "tidak mengenal token ini" in page.status.text(), timeout=30_000)
    assert wizard.currentPage() is page
    page.token.setText(central.desk_token)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.admin, timeout=30_000)
    assert f"Pusat ditemukan di {central.api_url}" in page.status.text()

    admin = wizard.admin
    admin.editors["username"].setText("it.kabbdg")
    admin.editors["display_name"].setText("Petugas TI")
    admin.editors["password"].setText(PASSWORD)
    admin.editors["password_again"].setText(PASSWORD)
    with qtbot.waitSignal(wizard.completed, timeout=30_000) as signed_in:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert signed_in.args[0].username == "it.kabbdg" and signed_in.args[0].role == "admin"

    values = json.loads((isolated_home / "config" / "settings.json").read_text(encoding="utf-8"))["values"]
    assert values["desk.code"] == "KAB-BDG-07" and values["office.phone"] == "(022) 5891234"
    assert values["sync.central_url"] == central.api_url
    assert (isolated_home / "config" / "desk-token").read_text() == central.desk_token
    assert fresh_desk.settings.get(OFFICE_NAME) == "Bagian Organisasi Setda Kab. Bandung"
    entries = fresh_desk.supervision.audit.page(AuditFilter(actions=(str(AuditAction.SETTINGS_CHANGE),)))
    assert {e.target for e in entries} >= {"setting:desk.code", "setting:office.name", "setting:sync.central_url"}


def test_a_weak_password_keeps_the_wizard_open_with_nothing_saved_but_the_fix(  # type: ignore[no-untyped-def]
    qtbot, wizard: SetupWizard, fresh_desk: Desk, isolated_home: Path
) -> None:
    fill_office(wizard)
    wizard.next()
    wizard.next()  # the central left empty: registered later
    assert wizard.currentPage() is wizard.admin
    admin = wizard.admin
    admin.editors["username"].setText("admin")
    admin.editors["password"].setText("pendek")
    admin.editors["password_again"].setText("pendel")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert admin.boxes["password_again"].message.text() == "Kedua kata sandi tidak sama."
    admin.editors["password_again"].setText("pendek")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "minimal" in admin.boxes["password"].message.text(), timeout=30_000)
    assert wizard.isVisible()
    assert not (isolated_home / "config" / "settings.json").exists()
    admin.editors["password"].setText(PASSWORD)
    admin.editors["password_again"].setText(PASSWORD)
    with qtbot.waitSignal(wizard.completed, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert fresh_desk.settings.get(DESK_CODE) == "KAB-BDG-07"


def test_cancelled_half_way_nothing_is_set(
    qtbot,
    wizard: SetupWizard,
    fresh_desk: Desk,  # type: ignore[no-untyped-def]
    isolated_home: Path,
) -> None:
    fill_office(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.central
    wizard.reject()
    assert not (isolated_home / "config" / "settings.json").exists()
    assert fresh_desk.supervision.accounts.needs_first_admin()
    assert fresh_desk.settings.source(DESK_CODE) == "default"  # so the next start offers the wizard again


def test_a_desk_set_up_offline_registers_later_from_the_settings_screen(  # type: ignore[no-untyped-def]
    qtbot, qapp, fresh_desk: Desk, central: RunningServer, isolated_home: Path
) -> None:
    from lapor_desk.settings import SYNC_CENTRAL_URL
    from ui.admin.settings_view import SettingsView

    admin = fresh_desk.supervision.accounts.create_first_admin("admin", "Admin", PASSWORD)
    tasks = TaskRunner()
    view = SettingsView(fresh_desk.session(admin), tasks, fresh_desk)
    qtbot.addWidget(view)
    view.show()
    assert view.register_button.isVisible()
    view.open_register()
    wizard = view.register_wizard
    assert wizard is not None
    page = wizard.central  # type: ignore[attr-defined]
    page.url.setText(central.api_url)
    page.token.setText("token-dicabut")
    wizard.button(QWizard.WizardButton.FinishButton).click()  # tests first
    qtbot.waitUntil(lambda: "tidak mengenal token ini" in page.status.text(), timeout=30_000)
    assert fresh_desk.settings.get(SYNC_CENTRAL_URL) == ""
    token = central.add_desk("KAB-BDG-55")  # its own: the first test's PC holds the module's token
    page.token.setText(token)
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert fresh_desk.settings.get(SYNC_CENTRAL_URL) == central.api_url
    assert (isolated_home / "config" / "desk-token").read_text() == token
    entries = fresh_desk.supervision.audit.page(AuditFilter(target="setting:sync.central_url"))
    assert [e.actor for e in entries] == ["admin"]
    tasks.wait()


def test_the_central_address_example_is_in_the_wizards_language(qapp: QApplication, qtbot, fresh_desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from ui.common.i18n import LanguageSwitch

    switch = LanguageSwitch(qapp)
    tasks = TaskRunner()
    try:
        for language, example in (("id", "https://pusat.example/api/v1"), ("en", "https://central.example/api/v1")):
            switch.apply(language)
            wiz = SetupWizard(fresh_desk, tasks, language)
            qtbot.addWidget(wiz)
            assert wiz.central.url.placeholderText() == example
    finally:
        switch.apply("id")
        tasks.wait()
