"""Setting up a desk PC in one go (the `setup` command and the first-run wizard share it):
settings, the first admin, optionally the registration with the central; audited.

Everything is checked before anything is written: the settings by their declarations, the
central by `check_central`, the admin's name and password by the account rules (the account is
the first write); then the settings are saved in one atomic write with their audit rows, and the
token is stored. A refusal leaves the desk as it was.

An office file is TOML: tables name the settings (`[office] name = "..."` is `office.name`),
plus `[admin] username, full_name` and `[register] url, token_file`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapor_desk.accounts import IT_CONSOLE
from lapor_desk.audit import AuditAction, AuditTrail, Who
from lapor_desk.i18n import CodedError, Message
from lapor_desk.settings import (
    SYNC_ALLOW_PLAIN_HTTP,
    SYNC_CA_BUNDLE,
    SYNC_CENTRAL_URL,
    SYNC_PROXY,
    Setting,
    SettingError,
    Settings,
    lookup,
)
from lapor_desk.sync.registration import CentralCheck, Connection, check_central

SPECIAL_TABLES = {"admin": ("username", "full_name"), "register": ("url", "token_file")}


class SetupFileError(CodedError):
    """A line of an office file that cannot be used; `line` is 1-based (0: the whole file)."""

    def __init__(self, code: str, line: int, **params: Any) -> None:
        super().__init__(code, line=line, **params)
        self.line = line


@dataclass
class SetupPlan:
    """What a set-up will do, checked as far as it can be without writing."""

    values: dict[str, Any] = field(default_factory=dict)  # setting key -> checked value
    admin_username: str = ""
    admin_name: str = ""
    register_url: str = ""
    token: str = ""

    def setting(self, key: str, value: Any) -> None:
        setting = lookup(key)
        self.values[setting.key] = setting.parse(value)


def read_office_file(path: Path) -> tuple[SetupPlan, str]:
    """The plan an office file describes, and the token file it names (if any). Every problem
    is reported at once, each with its line (SetupFileError.many)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SetupFileError("setup_file_unreadable", 0, path=str(path), reason=exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise SetupFileError("setup_file_encoding", 0, path=str(path)) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise SetupFileError(
            "setup_file_syntax", int(found.group(1)) if found else 0, reason=str(exc).split(" (at")[0]
        ) from None
    lines = _line_numbers(text)
    plan = SetupPlan()
    token_file = ""
    problems: list[SetupFileError] = []
    for table, entries in doc.items():
        if not isinstance(entries, dict):
            problems.append(SetupFileError("setup_file_not_table", lines.get((None, table), 0), key=table))
            continue
        for name, value in entries.items():
            line = lines.get((table, name), 0)
            if table in SPECIAL_TABLES:
                if name not in SPECIAL_TABLES[table] or not isinstance(value, str):
                    problems.append(
                        SetupFileError(
                            "setup_file_special",
                            line,
                            key=f"{table}.{name}",
                            allowed=", ".join(f"{table}.{n}" for n in SPECIAL_TABLES[table]),
                        )
                    )
                elif (table, name) == ("admin", "username"):
                    plan.admin_username = value
                elif (table, name) == ("admin", "full_name"):
                    plan.admin_name = value
                elif name == "url":
                    plan.register_url = value
                else:
                    token_file = value
                continue
            try:
                plan.setting(f"{table}.{name}", value)
            except SettingError as exc:
                problems.append(
                    SetupFileError("setup_file_line", line, key=exc.key, message=Message(exc.code, **exc.params))
                )
    if problems:
        raise SetupProblems(problems)
    return plan, token_file


class SetupProblems(CodedError):
    """Several lines refused at once."""

    def __init__(self, problems: list[SetupFileError]) -> None:
        super().__init__("setup_file_problems", count=len(problems))
        self.problems = problems

    def text(self, language: str = "id") -> str:
        return "\n".join(p.text(language) for p in self.problems)


def _line_numbers(text: str) -> dict[tuple[str | None, str], int]:
    """(table, key) -> line, for the simple TOML an office file is (tables of key = value)."""
    found: dict[tuple[str | None, str], int] = {}
    table: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\s*([A-Za-z0-9_.\-]+)\s*\]", line)
        if header:
            table = header.group(1)
            found.setdefault((None, table), number)
            continue
        key = re.match(r"""^("?)([A-Za-z0-9_.\-]+)\1\s*=""", line)
        if key:
            found.setdefault((table, key.group(2)), number)
    return found


def check(plan: SetupPlan, settings: Settings, installation: str = "") -> CentralCheck | None:
    """The central, when the plan registers: checked with the CA bundle and proxy the plan sets, as
    this PC (`installation`, so a token another PC holds is refused now, not at the first sync)."""
    if not plan.register_url:
        return None
    bundle = plan.values.get(SYNC_CA_BUNDLE.key, settings.get(SYNC_CA_BUNDLE))
    proxy = settings.with_secret(SYNC_PROXY, plan.values.get(SYNC_PROXY.key))
    # Only the audited, stored value (or this plan's own, audited as it is applied) allows http://.
    plain = bool(plan.values.get(SYNC_ALLOW_PLAIN_HTTP.key, settings.stored(SYNC_ALLOW_PLAIN_HTTP)))
    return check_central(plan.register_url, plan.token, Connection(bundle, proxy, plain, installation_id=installation))


def apply(
    desk: Any, plan: SetupPlan, password: str | None, central: CentralCheck | None, who: Who = IT_CONSOLE.who
) -> list[str]:
    """Write the plan: the first admin (when there is none and the plan names one), then the
    settings with their audit rows in one transaction, then the token. Returns what was done,
    as catalogue codes for the caller to report."""
    done: list[str] = []
    accounts = desk.supervision.accounts
    if plan.admin_username and accounts.needs_first_admin():
        accounts.create_first_admin(plan.admin_username, plan.admin_name, password or "")
        done.append("setup_done_admin")
    elif plan.admin_username:
        done.append("setup_admin_exists")
    values = dict(plan.values)
    if central is not None:
        values[SYNC_CENTRAL_URL.key] = central.api_url
    settings: Settings = desk.settings
    changes: dict[Setting[Any], Any] = {lookup(k): v for k, v in values.items()}
    old = {s.key: settings.stored(s) for s in changes}
    with desk.db.write() as conn:
        trail = AuditTrail(desk.db)
        for setting, value in changes.items():
            if old[setting.key] != value:
                trail.append(
                    conn,
                    who,
                    AuditAction.SETTINGS_CHANGE,
                    f"setting:{setting.key}",
                    {"old": old[setting.key], "new": value, "via": "setup"},
                )
        settings.update(changes)  # inside the transaction: a refused write rolls the audit back
    done.append("setup_done_settings")
    if central is not None:
        assert desk.sync is not None
        desk.sync.register(central.api_url, plan.token)
        done.append("setup_done_registered")
    return done
