"""`lapor-desk config list|set`: every setting with its value and source; checked, audited changes.

Not in `MODULES`: `config list` needs no database, so the CLI calls `run(args, paths, overrides)`
before it opens the desk.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any

from lapor_desk.commands.signin import add_user_option, sign_in
from lapor_desk.i18n import translate
from lapor_desk.paths import Paths
from lapor_desk.settings import ALL_SETTINGS, UI_LANGUAGE, Setting, SettingError, Settings, lookup

NAME = "config"
HELP = "show or change desk settings"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="config_command", required=True)
    sub.add_parser("list", help="every setting: value, where it comes from, the rule, the description")
    change = sub.add_parser("set", help="check, store and audit one setting")
    change.add_argument("key")
    change.add_argument("value")
    add_user_option(change)


def source_text(settings: Settings, setting: Setting[Any], language: str) -> str:
    source = settings.source(setting)
    return translate("setting_source." + source, language, {"name": setting.env_name})


def rule_text(setting: Setting[Any]) -> str:
    if setting.type is bool:
        return "on|off"
    if setting.choices:
        return "|".join(setting.choices)
    if setting.minimum is not None or setting.maximum is not None:
        low = "" if setting.minimum is None else str(setting.minimum)
        high = "" if setting.maximum is None else str(setting.maximum)
        return f"{low}..{high}"
    return "text"


def run(args: argparse.Namespace, paths: Paths, overrides: Mapping[str, Any]) -> int:
    settings = Settings(paths.settings_file, overrides=overrides)
    language = settings.get(UI_LANGUAGE)
    if args.config_command == "list":
        for s in ALL_SETTINGS:
            value = s.text(settings.get(s))
            print(
                f"{s.key} = {value!s}    [{source_text(settings, s, language)}; {rule_text(s)}]"
                f"    # {s.description(language)}"
            )
        return 0
    try:
        setting = lookup(args.key)
        setting.parse(args.value)  # refused before the database is even opened
    except SettingError as exc:
        print(f"{exc.key}: {exc.text(language)}", file=sys.stderr)
        return 1
    # The audit trail lives in the desk's database: no change is made that it cannot record.
    from lapor_desk.desk import Desk

    desk = Desk.open(args.db, paths=paths, overrides=overrides)
    try:
        from lapor_desk.accounts import IT_CONSOLE, SupervisionError
        from lapor_desk.accounts.guard import is_protected, refusals_audited, require_setting_change

        if not is_protected(setting):
            return _set(desk, setting, args.value, language, IT_CONSOLE.who)
        session = sign_in(args, desk)  # security and sync settings: an admin, in their own name
        if isinstance(session, int):
            return session
        try:
            with refusals_audited(session.audit, session.actor, f"setting:{setting.key}"):
                require_setting_change(session.actor)
        except SupervisionError as exc:
            print(exc.text(language), file=sys.stderr)
            return 1
        return _set(desk, setting, args.value, language, session.actor.who)
    finally:
        desk.close()


def _set(desk: Any, setting: Setting[Any], text: str, language: str, who: Any) -> int:
    """Change one setting in the name of `who`; the old and new values go into the audit trail
    in a transaction that is open while the file is written (a failed append puts the old
    value back)."""
    from lapor_desk.audit import AuditAction, AuditTrail

    settings: Settings = desk.settings
    old = settings.stored(setting)
    try:
        with desk.db.write() as conn:
            new = settings.set(setting, text)
            if new != old:  # saving what is already there is no change
                AuditTrail(desk.db).append(
                    conn, who, AuditAction.SETTINGS_CHANGE, f"setting:{setting.key}", {"old": old, "new": new}
                )
    except SettingError as exc:
        print(f"{exc.key}: {exc.text(language)}", file=sys.stderr)
        return 1
    except BaseException:
        if settings.stored(setting) != old:
            settings.set(setting, old)
        raise
    print(translate("setting_saved", language, {"key": setting.key, "value": setting.text(new)}))
    value, source = settings.resolve(setting)
    if source in ("cli", "env"):
        print(
            translate(
                "setting_still_overridden",
                language,
                {"value": setting.text(value), "source": source_text(settings, setting, language)},
            )
        )
    return 0
