"""The audit trail names the IT console in the desk's language: "(konsol-it)" stood in the
English trail's Pengguna column (screenshot audit-en-200), as the core stores it."""

from __future__ import annotations

import pytest

from lapor_desk.accounts import IT_CONSOLE
from ui.supervision.audit_view import AuditView


@pytest.mark.parametrize(("language", "shown"), [("id", "(konsol-it)"), ("en", "(IT console)")])
def test_the_it_console_is_named_in_the_desk_language(window, qtbot, language: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    try:
        window.set_language(language)
        audit = window.role_tab("Jejak audit" if language == "id" else "Audit trail")
        assert isinstance(audit, AuditView)
        window.tabs.setCurrentWidget(audit)
        # The fixture's first admin was created by the IT console: that entry is in the trail.
        qtbot.waitUntil(lambda: any(e.actor == IT_CONSOLE.username for e in audit.entries), timeout=30_000)
        row = next(i for i, e in enumerate(audit.entries) if e.actor == IT_CONSOLE.username)
        assert audit.model.index(row, 2).data() == shown
        window.set_language("id" if language == "en" else "en")  # and again when switched
        other = "(IT console)" if language == "id" else "(konsol-it)"
        qtbot.waitUntil(lambda: audit.model.index(row, 2).data() == other)
    finally:
        window.set_language("id")
