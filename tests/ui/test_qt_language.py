"""Qt's own dialogs and buttons speak the desk's language: OK/Batal, Ya/Tidak, the wizard's
buttons, the file dialog and the editing context menu. Qt ships no Indonesian catalogue, so the
desk ships resources/translations/qt_id.ts; English comes from Qt's own qtbase_en."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QWizard

from ui.common.i18n import LanguageSwitch

B = QDialogButtonBox.StandardButton


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[LanguageSwitch]:
    languages = LanguageSwitch(qapp)
    yield languages
    languages.apply("id")


def button_texts(language: str, switch: LanguageSwitch) -> dict[str, str]:
    switch.apply(language)
    box = QDialogButtonBox(B.Ok | B.Cancel | B.Save | B.Close | B.Help)
    message = QMessageBox(
        QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    texts = {
        "ok": box.button(B.Ok).text(),
        "cancel": box.button(B.Cancel).text(),
        "save": box.button(B.Save).text(),
        "close": box.button(B.Close).text(),
        "help": box.button(B.Help).text(),
        "yes": message.button(QMessageBox.StandardButton.Yes).text(),
        "no": message.button(QMessageBox.StandardButton.No).text(),
        "next": wizard.buttonText(QWizard.WizardButton.NextButton),
        "back": wizard.buttonText(QWizard.WizardButton.BackButton),
        "finish": wizard.buttonText(QWizard.WizardButton.FinishButton),
    }
    for widget in (box, message, wizard):
        widget.deleteLater()
    return texts


def test_standard_buttons_are_indonesian_then_english(switch: LanguageSwitch) -> None:
    indonesian = button_texts("id", switch)
    assert indonesian == {
        "ok": "OK",
        "cancel": "Batal",
        "save": "Simpan",
        "close": "Tutup",
        "help": "Bantuan",
        "yes": "&Ya",
        "no": "&Tidak",
        "next": "&Lanjut >",
        "back": "< &Kembali",
        "finish": "&Selesai",
    }
    english = button_texts("en", switch)
    assert english["cancel"] == "Cancel" and english["yes"] == "&Yes" and english["next"] == "&Next >"
    assert button_texts("id", switch)["cancel"] == "Batal"  # and back again, without a restart


def test_the_file_dialog_is_qts_own_and_indonesian(qtbot, switch: LanguageSwitch) -> None:  # type: ignore[no-untyped-def]
    switch.apply("id")
    # A native dialog would follow the operating system's language; the desk uses Qt's own.
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Simpan tanda terima")
    qtbot.addWidget(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(B.Save).text() == "&Simpan" and buttons.button(B.Cancel).text() == "Batal"


def test_the_editing_menu_is_indonesian(qtbot, switch: LanguageSwitch) -> None:  # type: ignore[no-untyped-def]
    switch.apply("id")
    field = QLineEdit("teks")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = {action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()}
    assert {"&Batalkan", "Po&tong", "&Salin", "&Tempel", "Pilih Semua"} <= texts
    menu.deleteLater()
