"""Who is signed in at the desk: sign-in, the first admin, the idle lock and signing out.

The account service runs on the write lane (a sign-in hashes with scrypt and writes the
audit trail); this object only turns its answers into signals for the window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from lapor_desk.accounts.roles import Actor, IdleTimer
from lapor_desk.i18n import CodedError, describe
from lapor_desk.settings import IDLE_LOCK_MINUTES, UI_LANGUAGE, Settings
from ui.common.tasks import TaskRunner
from ui.shell.sign_in import Mode, SignInPage

if TYPE_CHECKING:  # the services load with the database, after the window has painted
    from lapor_desk.accounts.service import AccountService
    from lapor_desk.session import DeskSession

# What counts as the clerk still being at the desk.
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class Session(QObject):
    signed_in = Signal(object)  # Actor
    signed_out = Signal()
    locked_changed = Signal(bool)
    first_start = Signal()  # no account yet: the window may offer the set-up wizard

    def __init__(
        self,
        page: SignInPage,
        tasks: TaskRunner,
        settings: Settings,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.tasks = tasks
        self.settings = settings
        self.monotonic = monotonic
        self.accounts: AccountService | None = None
        self.open_session: Callable[[Actor], DeskSession] | None = None
        self.current: DeskSession | None = None  # the desk as the signed-in account
        self.actor: Actor | None = None
        self.locked = False
        self.idle = IdleTimer(settings.get(IDLE_LOCK_MINUTES), monotonic)
        self.idle_check = QTimer(self)
        self.idle_check.setInterval(15_000)
        self.idle_check.timeout.connect(self.check_idle)
        page.sign_in_requested.connect(self._sign_in)
        page.first_admin_requested.connect(self._create_first_admin)

    def attach(self, accounts: AccountService, open_session: Callable[[Actor], DeskSession]) -> None:
        """The database is open: ask whether this desk has its first admin yet."""
        self.accounts = accounts
        self.open_session = open_session
        self.tasks.read(accounts.needs_first_admin, self._first_start, self._failed)

    def _first_start(self, needs_admin: bool) -> None:
        if self.actor is None:
            self.page.set_mode(Mode.FIRST_ADMIN if needs_admin else Mode.SIGN_IN)
            if needs_admin:
                self.first_start.emit()

    @property
    def language(self) -> str:
        return self.settings.get(UI_LANGUAGE)

    # --- signing in

    def _sign_in(self, username: str, password: str) -> None:
        accounts = self.accounts
        if accounts is None:
            return
        if self.locked and self.actor is not None:
            actor = self.actor
            self.tasks.write(
                lambda: accounts.confirm_password(actor, password), lambda _: self._unlock(), self._failed, context=self
            )
            return
        self.tasks.write(lambda: accounts.sign_in(username, password), self.begin, self._failed)

    def _create_first_admin(self, username: str, name: str, password: str) -> None:
        accounts = self.accounts
        if accounts is not None:
            self.tasks.write(lambda: accounts.create_first_admin(username, name, password), self.begin, self._failed)

    def begin(self, actor: Actor) -> None:
        """Someone is signed in (also used by tests and the screenshot script)."""
        if self.current is not None:
            self.current.end()
        self.actor = actor
        self.locked = False
        self.current = self.open_session(actor) if self.open_session is not None else None
        self.idle = IdleTimer(self.settings.get(IDLE_LOCK_MINUTES), self.monotonic)
        if self.idle.limit > 0:
            self.idle_check.start()
            self._watch_activity(True)
        self.signed_in.emit(actor)

    def _watch_activity(self, on: bool) -> None:
        """Every event of the app passes this filter while someone is signed in (and only then:
        not while the window first paints)."""
        app = QApplication.instance()
        if app is not None:
            if on:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, CodedError) else ""
        self.page.set_busy(False)
        switched = code == "first_admin_exists" and self.actor is None
        if switched:
            # Another counter of the office created the first admin meanwhile: sign in instead.
            self.page.set_mode(Mode.SIGN_IN)
        self.page.show_error(code, describe(exc, self.language))
        if switched:
            self.page.editors["username"].setFocus()

    # --- the idle lock

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802  Qt override
        if event.type() in ACTIVITY and not self.locked:
            self.idle.touch()
        return False

    def check_idle(self) -> None:
        if self.actor is not None and not self.locked and self.idle.expired():
            self.lock()

    def lock(self) -> None:
        """Hide the desk behind the password; everything typed stays where it is."""
        if self.actor is None or self.locked:
            return
        self.locked = True
        self.page.set_mode(Mode.LOCKED, self.actor.display_name, self.actor.username)
        self.locked_changed.emit(True)

    def _unlock(self) -> None:
        self.locked = False
        self.idle.touch()
        self.locked_changed.emit(False)

    # --- signing out

    def end(self) -> None:
        """Sign out: the audit trail notes it; the desk goes back to the sign-in page."""
        actor, accounts = self.actor, self.accounts
        self.actor = None
        self.locked = False
        self.idle_check.stop()
        self._watch_activity(False)
        if self.current is not None:
            self.current.end()
            self.current = None
        if actor is not None and accounts is not None:
            self.tasks.write(lambda: accounts.sign_out(actor))
        self.page.set_mode(Mode.SIGN_IN)
        self.signed_out.emit()

    def shutdown(self) -> None:
        self._watch_activity(False)
        self.idle_check.stop()
