"""The main window's role tabs: each built with the signed-in session when first shown, gone at
sign-out (a part of MainWindow, split from main_window.py; its texts keep MainWindow's context)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QTabWidget,
    QWidget,
)

from lapor_desk.accounts.roles import Permission
from lapor_desk.settings import (
    Settings,
)
from ui.common.sections import ADMIN, SUPERVISION, set_group
from ui.common.tasks import TaskRunner
from ui.shell.lazy_tab import LazyTab

if TYPE_CHECKING:
    from lapor_desk.desk import Desk
    from lapor_desk.session import DeskSession


class RoleTabs:
    """The role screens of MainWindow: review, dashboard, audit, accounts, calendar, settings."""

    if TYPE_CHECKING:
        tabs: QTabWidget
        tasks: TaskRunner
        settings: Settings
        desk: Desk | None
        role_tabs: list[tuple[LazyTab, Callable[[], str]]]

        def open_complaint(self, complaint_id: int) -> None: ...

    def _build_role_tabs(self, session: DeskSession) -> None:
        """The screens of the role, each built with the session when first shown, gone at sign-out."""
        actor = session.actor
        # Tab titles carry no Alt+letter: Ctrl+1…Ctrl+9 open the tabs (ui/shell/keyboard.py),
        # and the letters stay free for the fields and buttons of the screen in view.
        supervision, admin = SUPERVISION, ADMIN
        tabs: list[tuple[Permission, str, Callable[[], QWidget], Callable[[], str]]] = [
            (
                Permission.REVIEW,
                supervision,
                lambda: self._review_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Tinjauan"),
            ),
            (
                Permission.DASHBOARD,
                supervision,
                lambda: self._dashboard_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Dasbor"),
            ),
            (
                Permission.VIEW_AUDIT,
                supervision,
                lambda: self._audit_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Jejak audit"),
            ),
            (
                Permission.RESERVE_PAPER,
                supervision,
                lambda: self._paper_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Nomor kertas"),
            ),
            (
                Permission.MANAGE_ACCOUNTS,
                admin,
                lambda: self._accounts_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Akun", "tab: staff accounts"),
            ),
            (
                Permission.MANAGE_SETTINGS,
                admin,
                lambda: self._calendar_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Kalender kerja"),
            ),
            (
                Permission.MANAGE_SETTINGS,
                admin,
                lambda: self._settings_view(session),
                lambda: QCoreApplication.translate("MainWindow", "Pengaturan"),
            ),
        ]
        for permission, group, factory, title in tabs:
            if actor.can(permission):
                tab = LazyTab(factory)
                set_group(tab, group)
                self.tabs.addTab(tab, title())
                self.role_tabs.append((tab, title))

    def _review_view(self, session: DeskSession) -> QWidget:
        from ui.supervision.review_view import ReviewView

        view = ReviewView(session, self.tasks)
        view.open_complaint.connect(self.open_complaint)
        return view

    def _dashboard_view(self, session: DeskSession) -> QWidget:
        from ui.supervision.dashboard import DashboardView  # loads here, for supervisors only

        return DashboardView(session, self.tasks)

    def _audit_view(self, session: DeskSession) -> QWidget:
        from ui.supervision.audit_view import AuditView

        return AuditView(session, self.tasks, session.sync.anchors if session.sync is not None else None)

    def _paper_view(self, session: DeskSession) -> QWidget:
        from ui.supervision.paper_blocks_view import PaperBlocksView

        return PaperBlocksView(session, self.tasks)

    def _accounts_view(self, session: DeskSession) -> QWidget:
        from ui.admin.accounts_view import AccountsView

        return AccountsView(session, self.tasks)

    def _calendar_view(self, session: DeskSession) -> QWidget:
        from ui.admin.calendar_view import CalendarView

        return CalendarView(session, self.tasks)

    def _settings_view(self, session: DeskSession) -> QWidget:
        from ui.admin.settings_view import SettingsView

        return SettingsView(session, self.tasks, self.desk)

    def role_tab(self, title_start: str) -> QWidget | None:
        """The screen of a role tab whose title starts so (tests)."""
        for tab, title in self.role_tabs:
            if title().replace("&", "").startswith(title_start):
                self.tabs.setCurrentWidget(tab)
                return tab.build()
        return None
