"""Who may import old complaints (a register typed from paper slips among them): the core's one
rule for every door, the window's dialog and `lapor-desk import` alike.

- A signed-in account needs `Permission.IMPORT` (an admin). A refusal is audited in the
  account's name (`refused`, target `complaints:import`).
- Nobody signed in (`lapor-desk import` without `--user`: upkeep by the OS account that owns the
  data) acts as the IT console, and only while the desk has no account yet: old data moved in
  before anyone can sign in, as `setup` and `backup FILE` allow. Once an account exists the
  console is refused (audited as the IT console) and told to sign in as an admin, because an
  import uses up paper receipt numbers and writes complaints in someone's name. The rule holds
  for the writes themselves: each write transaction checks again that no account exists (and
  keeps one from being created until it ends), so an account created while the console's
  import runs stops it at the next chunk (what was committed before stays; audited as above).

Rows that name no officer get one default, the same from every door: the signed-in account's
display name; for the IT console the desk's officer setting, else "Impor data lama"
(default_officer).

What an import writes is audited by the write hooks in the name of who imports (the account,
or the IT console), never the file's officer_name; the paper numbers it uses name them too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from lapor_desk.accounts.guard import refusals_audited
from lapor_desk.accounts.roles import IT_CONSOLE, Actor, Permission, PermissionDenied, require
from lapor_desk.audit import AuditAction, AuditTrail

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from lapor_desk.accounts.service import AccountService
    from lapor_desk.audit import Who
    from lapor_desk.events import EventBus
    from lapor_desk.storage.database import Database
    from lapor_desk.transfer import ImportReport

TARGET = "complaints:import"
CONSOLE_OFFICER = "Impor data lama"  # stored data, not UI text: the officer when nobody is named


def default_officer(actor: Actor | None, desk_officer: str) -> str:
    """The officer_name given to imported rows that have none (see the module's docstring)."""
    if actor is not None and actor.display_name.strip():
        return actor.display_name
    return desk_officer.strip() or CONSOLE_OFFICER


def who_imports(actor: Actor | None, accounts: AccountService, audit: AuditTrail) -> Who:
    """Who the import is by, once the rule allows it; PermissionDenied (audited) if not."""
    if actor is not None:
        with refusals_audited(audit, actor, TARGET):
            require(actor, Permission.IMPORT)
        return actor.who
    if accounts.needs_first_admin():
        return IT_CONSOLE.who
    audit.record(
        IT_CONSOLE.who, AuditAction.REFUSED, TARGET, {"reason": "import_needs_sign_in", "permission": "import"}
    )
    raise PermissionDenied("import_needs_sign_in")


def import_complaints(
    actor: Actor | None,
    accounts: AccountService,
    audit: AuditTrail,
    path: Path,
    db: Database,
    bus: EventBus,
    *,
    desk_officer: str,
    **options: Any,
) -> ImportReport:
    """`transfer.import_file(path, db, bus, **options)` by `actor` (None: the IT console), if
    the rule above allows it; the preview (`check_only`) too. `desk_officer`: the desk's
    officer setting; rows that name no officer get default_officer (callers pass no `officer`)."""
    from lapor_desk.transfer import import_file

    who = who_imports(actor, accounts, audit)
    guard = None if actor is not None else _still_no_account
    report = import_file(path, db, bus, who=who, officer=default_officer(actor, desk_officer), guard=guard, **options)
    if report.refused:
        detail = {"reason": "import_needs_sign_in", "permission": "import", "saved": report.added}
        audit.record(IT_CONSOLE.who, AuditAction.REFUSED, TARGET, detail)
    return report


def _still_no_account(conn: Connection) -> None:
    """The IT console's write guard: no account yet, for as long as this write lasts."""
    from lapor_desk.accounts.service import AccountService
    from lapor_desk.transfer import WriteRefused

    if not AccountService.holds_no_account(conn):
        raise WriteRefused("import_needs_sign_in")
