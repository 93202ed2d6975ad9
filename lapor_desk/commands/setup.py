"""`lapor-desk setup`: set up a desk PC without a screen, from flags and/or an office file.

    LAPOR_DESK_PASSWORD=... lapor-desk setup --config office.toml --desk-code KAB-BDG-07

Flags win over the file. The admin's password comes from LAPOR_DESK_PASSWORD or a prompt.
Once the desk has accounts, a plan that registers or changes sync, security, review or deadline
settings is an admin's: `--user NAME`, signed in as for every protected command.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from lapor_desk.accounts import SupervisionError
from lapor_desk.commands.signin import PASSWORD_ENV, add_user_option, sign_in
from lapor_desk.desk import Desk
from lapor_desk.i18n import CodedError, translate
from lapor_desk.settings import DESK_CODE, SettingError
from lapor_desk.setup import SetupPlan, apply, check, read_office_file
from lapor_desk.sync.installation import desk_installation_id

NAME = "setup"
HELP = "set up this desk PC: settings, first admin, registration (flags or --config office.toml)"

_FLAGS = {  # flag -> setting key
    "desk_code": "desk.code",
    "desk_counter": "desk.counter",
    "desk_name": "desk.name",
    "desk_phone": "desk.phone",
    "office_name": "office.name",
    "office_address": "office.address",
    "office_phone": "office.phone",
    "ca_bundle": "sync.ca_bundle",
    "proxy": "sync.proxy",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE", help="an office file (TOML); flags win over it")
    for flag in _FLAGS:
        parser.add_argument("--" + flag.replace("_", "-"), default=None)
    parser.add_argument("--admin", default=None, metavar="USERNAME", help="create this first admin")
    parser.add_argument("--admin-name", default=None, metavar="FULL_NAME")
    parser.add_argument("--central-url", default=None, metavar="URL", help="register with this central")
    parser.add_argument(
        "--token-file", type=Path, default=None, metavar="FILE", help="the desk token, read from this file (else asked)"
    )
    add_user_option(parser)


def _plan(args: argparse.Namespace) -> tuple[SetupPlan, Path | None]:
    plan, token_file = read_office_file(args.config) if args.config else (SetupPlan(), "")
    token_path = args.token_file or (Path(token_file) if token_file else None)
    for flag, key in _FLAGS.items():
        value = getattr(args, flag)
        if value is not None:
            plan.setting(key, value)
    plan.admin_username = args.admin if args.admin is not None else plan.admin_username
    plan.admin_name = args.admin_name if args.admin_name is not None else plan.admin_name
    plan.register_url = args.central_url if args.central_url is not None else plan.register_url
    return plan, token_path


def _secret(prompt: str, env: str | None = None, twice: bool = False) -> str:
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CodedError("setup_needs_terminal", prompt=prompt.strip(": "), env=env or "--token-file")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Ulangi " + prompt[0].lower() + prompt[1:]) != first:
        raise CodedError("password_mismatch")
    return first


def run(args: argparse.Namespace, desk: Desk) -> int:
    language = desk.language
    try:
        plan, token_path = _plan(args)
        if "desk.code" not in plan.values and desk.settings.source(DESK_CODE) == "default":
            raise CodedError("setup_needs_desk_code")
        if plan.register_url:
            plan.token = token_path.read_text(encoding="utf-8").strip() if token_path else _secret("Token meja: ")
        who = _signed_in_if_protected(args, desk, plan)
        if isinstance(who, int):
            return who
        central = check(plan, desk.settings, desk_installation_id(desk.db, desk.paths.config_dir))
        password = None
        if plan.admin_username and desk.supervision.accounts.needs_first_admin():
            password = _secret("Kata sandi admin: ", PASSWORD_ENV, twice=True)
        done = apply(desk, plan, password, central, who=who)
    except SettingError as exc:
        print(f"{exc.key}: {exc.text(language)}", file=sys.stderr)
        return 2
    except (CodedError, SupervisionError) as exc:
        print(exc.text(language), file=sys.stderr)
        return 2 if exc.code.startswith("setup_file") else 1
    except OSError as exc:
        print(
            translate(
                "setup_file_unreadable", language, {"path": str(exc.filename or ""), "reason": exc.strerror or str(exc)}
            ),
            file=sys.stderr,
        )
        return 1
    for code in done:
        print(
            translate(
                code,
                language,
                {"username": plan.admin_username, "count": len(plan.values), "url": central.api_url if central else ""},
            )
        )
    return 0


def _signed_in_if_protected(args: argparse.Namespace, desk: Desk, plan: SetupPlan) -> Any:
    """Who the audit rows name: the IT console on a desk without accounts (first set-up); an
    admin signed in when the desk has accounts and the plan touches protected settings."""
    from lapor_desk.accounts import IT_CONSOLE
    from lapor_desk.accounts.guard import is_protected, refusals_audited, require_setting_change
    from lapor_desk.settings import lookup

    accounts = desk.supervision.accounts
    protected = bool(plan.register_url) or any(is_protected(lookup(k)) for k in plan.values)
    if accounts.needs_first_admin() or not protected:
        return IT_CONSOLE.who
    session = sign_in(args, desk)
    if isinstance(session, int):
        return session
    with refusals_audited(session.audit, session.actor, "command:setup"):
        require_setting_change(session.actor)
    return session.actor.who
