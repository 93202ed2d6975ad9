"""The main window: intake and queue side by side in tabs, a language menu, the status bar."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desk.accounts.roles import Actor
from lapor_desk.attachments import MB, AttachmentStore
from lapor_desk.domain.complaint import Complaint
from lapor_desk.domain.messages import ValidationResult
from lapor_desk.i18n import describe
from lapor_desk.reference import ReferenceData
from lapor_desk.settings import (
    ATTACH_MAX_FILE_MB,
    ATTACH_MAX_TOTAL_MB,
    DESK_CODE,
    UI_FONT_PERCENT,
    UI_LANGUAGE,
    Settings,
)
from ui.common import labels
from ui.common.bridge import CoreBridge
from ui.common.font_size import FontSize
from ui.common.i18n import LanguageSwitch
from ui.common.sections import DESK, SectionBars, SectionTabs, set_group
from ui.common.tasks import TaskRunner
from ui.shell.complaint_actions import ComplaintActions
from ui.shell.desk_screens import DeskScreens
from ui.shell.lazy_tab import LazyTab
from ui.shell.role_tabs import RoleTabs
from ui.shell.session import Session
from ui.shell.sign_in import SignInPage
from ui.shell.status_name import NameLabel
from ui.shell.window_menus import WindowMenus

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from lapor_desk.regions import RegionDirectory
    from lapor_desk.session import DeskSession
    from ui.admin.data_safety import DataSafety
    from ui.admin.import_dialog import ImportUi
    from ui.common.screen import ComplaintCalls
    from ui.intake.intake_form import IntakeForm
    from ui.intake.lookup_view import LookupView
    from ui.intake.receipt_actions import ReceiptActions
    from ui.queue.queue_model import QueueModel
    from ui.queue.queue_view import QueueView
    from ui.sync.sync_controller import SyncUi


def load_regions() -> RegionDirectory:
    """The shipped Kemendagri regions with their search index (~0.5 s: off the GUI thread)."""
    from lapor_desk.regions import RegionDirectory

    directory = RegionDirectory.load()
    directory.prepare_search()
    return directory


class MainWindow(RoleTabs, ComplaintActions, WindowMenus, QMainWindow):
    """Built from the settings alone, so it paints at once; `attach(desk)` follows when the
    database is open (the heavy imports and the migration check happen off the GUI thread)."""

    startup_failed = Signal()  # the database could not be opened and the clerk has read why

    def __init__(self, settings: Settings, languages: LanguageSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk: Desk | None = None
        self.languages = languages
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.font_size = FontSize(app)
        self.font_size.apply(settings.get(UI_FONT_PERCENT))
        self.tasks = TaskRunner(self)
        self.bridge: CoreBridge | None = None
        # The desk's own screens (intake, queue, lookup), built at sign-in from the signed-in
        # session and gone at sign-out (ui/shell/desk_screens.py).
        self.desk_screens: DeskScreens | None = None
        # The screens as pages under two rows of tabs, groups by role and the group's screens
        # (ui/common/sections.py): in one row of twelve the titles were cut at 200 % font on 1366 px.
        self.tabs = SectionTabs()
        self.sections = SectionBars(self.tabs)
        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sections)
        column.addWidget(self.tabs, 1)
        self.sign_in_page = SignInPage()
        self.session = Session(self.sign_in_page, self.tasks, settings, parent=self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.body)
        self.setCentralWidget(self.stack)
        self.role_tabs: list[tuple[LazyTab, Callable[[], str]]] = []
        self.status_user = NameLabel(self.statusBar())  # cut with "…" when long, whole in its tooltip
        self.statusBar().addPermanentWidget(self.status_user)
        self.status_desk = QLabel()
        self.statusBar().addPermanentWidget(self.status_desk)
        self.views: list[QDialog] = []
        # Names for the complaint view (loaded in the background at start; codes until then).
        self.regions: RegionDirectory | None = None
        self.reference: ReferenceData | None = None
        self.fatal_message: QMessageBox | None = None  # why the desk cannot start, if it cannot
        self.setup_wizard: QDialog | None = None  # the first-run wizard while it is open
        self.sync_ui: SyncUi | None = None
        self.data_safety: DataSafety | None = None
        self.import_ui: ImportUi | None = None

        self._build_menus()
        self.session.signed_in.connect(self._signed_in)
        self.session.signed_out.connect(self._signed_out)
        self.session.locked_changed.connect(self._locked_changed)
        self.sign_in_page.switch_user_requested.connect(self.sign_out)
        self._set_signed_in_actions(False)
        self.retranslate()
        self.resize(1200, 820)

    @property
    def screens(self) -> DeskScreens:
        """The desk's own screens; only while someone is signed in."""
        assert self.desk_screens is not None, "the desk's screens exist only while someone is signed in"
        return self.desk_screens

    @property
    def intake(self) -> IntakeForm:
        return self.screens.intake

    @property
    def queue(self) -> QueueView:
        return self.screens.queue

    @property
    def queue_model(self) -> QueueModel:
        return self.screens.queue_model

    @property
    def lookup(self) -> LookupView:
        return self.screens.lookup

    @property
    def receipts(self) -> ReceiptActions:
        return self.screens.receipts

    def _build_desk_screens(self, session: DeskSession) -> None:
        """Intake, queue and lookup from the signed-in session, as the first three tabs."""
        self._close_desk_screens()
        screens = DeskScreens(session, self.settings, self.tasks, self, self.attachment_store)
        screens.show_names(self.reference, self.regions)
        for index, screen in enumerate(screens.pages):
            self.tabs.insertTab(index, set_group(screen, DESK), "")
        screens.queue.open_complaint.connect(self.open_complaint)
        screens.lookup.open_complaint.connect(self.open_complaint)
        screens.intake.duplicates.open_requested.connect(self.open_complaint)
        screens.receipts.message.connect(self._receipt_message)
        intake = screens.intake
        intake.recorded.connect(lambda *_: self.statusBar().showMessage(intake.banner_text, 8000))
        self.desk_screens = screens

    def _close_desk_screens(self) -> None:
        if self.desk_screens is not None:
            self.desk_screens.close(self.tabs)
            self.desk_screens = None

    def attach(self, desk: Desk) -> None:
        self.desk = desk
        self.bridge = CoreBridge(desk.bus, self)
        self.bridge.complaint_saved.connect(lambda *_: self.reload_queue())
        self.bridge.complaints_imported.connect(lambda *_: self.reload_queue())
        self.attachment_store = AttachmentStore(
            desk.paths.data_dir / "attachments",
            max_file=desk.settings.get(ATTACH_MAX_FILE_MB) * MB,
            max_total=desk.settings.get(ATTACH_MAX_TOTAL_MB) * MB,
        )
        DeskScreens.preload()
        self.session.first_start.connect(self.offer_setup)
        self.session.attach(desk.supervision.accounts, desk.session)
        self.retranslate()
        self.tasks.read(load_regions, self._regions_loaded)
        self.tasks.read(ReferenceData.defaults, self._reference_loaded)
        if desk.sync is not None:
            from ui.sync.sync_controller import SyncUi  # status bar, needs-attention tab, scheduler

            self.sync_ui = SyncUi(self, desk, self)
        from ui.admin.import_dialog import ImportUi  # File > Impor (admins)

        self.import_ui = ImportUi(self, desk)
        if desk.db.path is not None:
            from ui.admin.data_safety import DataSafety  # daily backup and purge, the Data menu

            self.data_safety = DataSafety(self, desk)
            self.data_safety.restart_needed.connect(self._restart_needed)

    def offer_setup(self) -> None:
        """A new desk PC nobody has set up (its desk code still the default): the set-up wizard.
        Cancelled, the first-admin page stays, and the wizard comes back at the next start."""
        from lapor_desk.settings import DESK_CODE
        from ui.admin.setup_wizard import SetupWizard

        if self.desk is None or self.desk.settings.source(DESK_CODE) != "default":
            return
        self.setup_wizard = SetupWizard(self.desk, self.tasks, self.settings.get(UI_LANGUAGE), self)
        self.setup_wizard.completed.connect(self.session.begin)
        self.setup_wizard.restart_needed.connect(self._restart_needed)  # office mode: reopen on its server
        self.setup_wizard.open()

    def _reference_loaded(self, reference: ReferenceData) -> None:
        self.reference = reference
        if self.desk_screens is not None:
            self.desk_screens.show_names(reference, None)

    def _regions_loaded(self, directory: RegionDirectory) -> None:
        self.regions = directory
        if self.desk is not None:
            self.desk.complaints.regions = directory
        if self.desk_screens is not None:
            self.desk_screens.show_names(None, directory)
        # Start-up is done: what exists now (modules, widgets, the 91k regions) lives as long as
        # the desk. Frozen, a full collection no longer walks it: 4-6 ms GUI pauses during a
        # sync instead of 80-100 ms (benchmarks/sync_push.py).
        gc.freeze()

    def _receipt_message(self, text: str, kind: str) -> None:
        self.statusBar().showMessage(text, 10_000)
        if self.desk_screens is not None and self.tabs.currentWidget() is self.intake:
            self.intake.set_banner(text, kind)
        elif kind == "error":
            QMessageBox.warning(self, "lapor-desk", text)

    # --- who is signed in

    @property
    def actor(self) -> Actor | None:
        return self.session.actor

    @property
    def language(self) -> str:
        return self.languages.language

    def reload_queue(self) -> None:
        if self.desk_screens is not None:  # the sync goes on while nobody is signed in
            self.queue_model.reload()

    def edit_with_problems(self, complaint: Complaint, problems: ValidationResult) -> None:
        """A complaint in the form with the problems shown at their fields (the central's refusal)."""
        if self.desk_screens is None:
            return
        self.show_intake()
        self.intake.load(complaint)
        self.intake.show_problems(problems)

    @property
    def acting(self) -> ComplaintCalls | None:
        """The complaint calls of the signed-in account (each checked by the core), or None."""
        current = self.session.current
        return current.complaints if current is not None else None

    def _signed_in(self, actor: Actor) -> None:
        if actor.must_change_password:
            # The core refuses everything else until then: only the new password is asked for,
            # and the session begins again with the renewed account when it is set.
            self.change_password(forced=True)
            return
        if self.import_ui is not None:
            self.import_ui.set_actor(actor)
        if self.data_safety is not None:
            self.data_safety.set_actor(actor)
        session = self.session.current
        assert session is not None, "a sign-in opens the desk's session (Session.attach)"
        # Every complaint call from the window goes through the role checks of the core, as this
        # account: the desk's screens and the role tabs are built from its session.
        self._remove_role_tabs()  # a new sign-in over another (Session.begin): all anew
        self._build_desk_screens(session)
        self._build_role_tabs(session)
        self._set_signed_in_actions(True)
        self.stack.setCurrentWidget(self.body)
        self.retranslate()
        self.show_intake()
        if actor.is_trainee:
            review = session.review
            self.tasks.read(lambda: review.returned_to(actor), self._show_returned, context=self.intake)

    def _set_signed_in_actions(self, signed_in: bool) -> None:
        """The window's keys and menu items that act on the signed-in desk: off behind the
        sign-in and the lock page (Ctrl+Tab and Ctrl+1…9 changed the tab behind the lock page).
        What stays there: help (F1, Shift+F1), Keluar (Ctrl+Q, as the window's close button) and
        Sinkronkan sekarang (F5, as the status bar's button): none opens the desk's screens."""
        for action in (
            self.new_action,
            self.queue_action,
            self.search_action,
            self.lock_action,
            self.sign_out_action,
            self.password_action,
            *self.tab_keys.key_actions,
        ):
            action.setEnabled(signed_in)

    def _locked_changed(self, locked: bool) -> None:
        self._set_signed_in_actions(not locked)
        self.stack.setCurrentWidget(self.sign_in_page if locked else self.body)
        # Open complaints and dialogs show personal data: hidden while locked, back after.
        if locked:
            self._hidden_while_locked = [d for d in self.findChildren(QDialog) if d.isVisible()]
            for dialog in self._hidden_while_locked:
                dialog.hide()
        else:
            for dialog in getattr(self, "_hidden_while_locked", []):
                dialog.show()
            self._hidden_while_locked = []
        self.retranslate()

    def sign_out(self) -> None:
        """Save what is in the form as a draft (nothing typed is lost), then sign out."""
        if self.actor is None:
            return
        if self.desk_screens is None:  # still to change a first password: nothing typed yet
            self.session.end()
            return
        self.intake.keep_as_draft(self._finish_sign_out, self._sign_out_refused)

    def _finish_sign_out(self) -> None:
        self.session.end()

    def _sign_out_refused(self) -> None:
        """The form could not be kept as a draft; it says why at its fields and in its banner."""
        text = self.tr("Isian formulir belum bisa disimpan sebagai draf, jadi belum keluar: {reason}").format(
            reason=self.intake.banner_text
        )
        if self.session.locked:  # the owner of the form must unlock and fix it first
            self.sign_in_page.show_error("", text)
            return
        self.show_intake()
        box = QMessageBox(QMessageBox.Icon.Warning, "lapor-desk", text, QMessageBox.StandardButton.Ok, self)
        box.open()  # not modal-blocking: the clerk fixes the marked fields, then signs out again
        self.sign_out_message = box

    def _signed_out(self) -> None:
        if self.import_ui is not None:
            self.import_ui.set_actor(None)
        if self.data_safety is not None:
            self.data_safety.set_actor(None)
        for view in list(self.views):
            view.close()
        self.views.clear()
        self._remove_role_tabs()
        self._close_desk_screens()  # the form was kept as a draft first (sign_out)
        self._set_signed_in_actions(False)
        self.stack.setCurrentWidget(self.sign_in_page)
        self.retranslate()

    def _remove_role_tabs(self) -> None:
        for tab, _title in self.role_tabs:
            self.tabs.removeTab(self.tabs.indexOf(tab))
            tab.deleteLater()
        self.role_tabs.clear()

    def change_password(self, forced: bool = False) -> None:
        from ui.admin.account_dialogs import ChangePasswordDialog

        actor = self.actor
        if actor is None or self.desk is None:
            return
        accounts = self.desk.supervision.accounts
        renewed: list[Actor] = []

        def change(old: str, new: str) -> None:
            renewed.append(accounts.change_own_password(actor, old, new))

        dialog = ChangePasswordDialog(change, self.tasks, self.settings.get(UI_LANGUAGE), forced, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Kata sandi diganti."), 8000))
        if forced:
            dialog.accepted.connect(lambda: self.session.begin(renewed[-1]) if renewed else None)
            dialog.rejected.connect(self.sign_out)
        self.password_dialog = dialog
        dialog.open()

    def retranslate(self) -> None:
        desk_code = self.settings.get(DESK_CODE)
        self.setWindowTitle(self.tr("lapor-desk — Meja Pengaduan {desk}").format(desk=desk_code))
        if self.desk_screens is not None:
            for model in (self.queue_model, self.lookup.model):
                model.language = self.settings.get(UI_LANGUAGE)  # for messages about failed loads
            self.tabs.setTabText(self.tabs.indexOf(self.intake), self.tr("Pengaduan baru"))
            self.tabs.setTabText(self.tabs.indexOf(self.queue), self.tr("Antrean"))
            self.tabs.setTabText(self.tabs.indexOf(self.lookup), self.tr("Warga kembali"))
        self._retranslate_menus()
        for tab, title in self.role_tabs:
            self.tabs.setTabText(self.tabs.indexOf(tab), title())
        if self.data_safety is not None:
            self.data_safety.retranslate()
        if self.import_ui is not None:
            self.import_ui.retranslate()
        actor = self.actor
        # Short, so the sync's state has the status bar's room at 200 % on a 1366 screen: once
        # someone is signed in, their name alone; the role and the desk are its tooltip.
        desk_line = self.tr("Meja {desk}").format(desk=desk_code)
        if self.desk is None:
            self.status_desk.setText(self.tr("{desk} · membuka database…").format(desk=desk_code))
        else:
            self.status_desk.setText(desk_code)
            self.status_desk.setToolTip(
                desk_line + "\n" + self.tr("Database: {location}").format(location=self.desk.db.location)
            )
        self.status_desk.setVisible(actor is None)
        if actor is None:
            self.status_user.set_full_text("")
            self.status_user.setToolTip("")
        else:
            role = labels.role_label(actor.role)
            self.status_user.set_full_text(actor.display_name)
            self.status_user.setToolTip(
                self.tr("Masuk: {name} ({role})").format(name=actor.display_name, role=role) + "\n" + desk_line
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_intake(self) -> None:
        if self.desk_screens is not None:
            self.tabs.setCurrentWidget(self.intake)
            self.intake.go_to_top()

    def show_queue(self) -> None:
        if self.desk_screens is not None:
            self.tabs.setCurrentWidget(self.queue)

    def show_search(self) -> None:
        if self.desk_screens is not None:
            self.tabs.setCurrentWidget(self.queue)
            self.queue.focus_search()

    def show_error(self, exc: BaseException) -> None:
        text = describe(exc, self.settings.get(UI_LANGUAGE))
        QMessageBox.warning(self, "lapor-desk", text)

    def release_desk_for_restore(self) -> None:
        """Stop everything that uses the database and close it, so a restore may replace it."""
        self.session.shutdown()
        if self.sync_ui is not None:
            self.sync_ui.shutdown()
        if self.data_safety is not None:
            self.data_safety.shutdown()
        self.tasks.wait(60_000)
        if self.desk is not None:
            self.desk.close()

    def _restart_needed(self, text: str) -> None:
        """After a restore the window does not carry on: it says why and closes."""
        box = QMessageBox(QMessageBox.Icon.Information, "lapor-desk", text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(lambda _result: self.close())
        self.fatal_message = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  Qt override
        self.session.shutdown()
        if self.sync_ui is not None:
            self.sync_ui.shutdown()  # a cycle on its way stops at its next step
        if self.data_safety is not None:
            self.data_safety.shutdown()
        self.tasks.wait()  # let a save in progress finish before the window goes
        super().closeEvent(event)
