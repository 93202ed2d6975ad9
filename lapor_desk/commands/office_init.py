"""`lapor-desk office-init`: create an office's PostgreSQL database and its role, once, on the
server, with an admin connection:

    LAPOR_OFFICE_PASSWORD=... lapor-desk office-init --admin-url postgresql://postgres@localhost/postgres

The role (LOGIN, the password from LAPOR_OFFICE_PASSWORD or asked twice), the database owned by
it, the rights `doctor` checks, and the schema migrated as the role. Run again, it changes
nothing (`--reset-password` sets the role's password anew). The admin's own password comes the
way libpq takes it (PGPASSWORD, ~/.pgpass), never on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from lapor_desk.i18n import CodedError, translate
from lapor_desk.paths import Paths
from lapor_desk.settings import UI_LANGUAGE, Settings
from lapor_desk.storage.errors import StorageError

NAME = "office-init"
HELP = "create the office's PostgreSQL database and role (run once on the server, admin connection)"
WITHOUT_DESK = True  # it makes the database the counters will open
PASSWORD_ENV = "LAPOR_OFFICE_PASSWORD"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin-url",
        required=True,
        metavar="URL",
        help="an admin connection, e.g. postgresql://postgres@localhost/postgres (password: PGPASSWORD or ~/.pgpass)",
    )
    parser.add_argument("--database", default="lapor_kantor", metavar="NAME", help="the office database")
    parser.add_argument("--role", default="lapor_kantor", metavar="NAME", help="the role every counter signs in as")
    parser.add_argument(
        "--reset-password", action="store_true", help="set the role's password anew when the role exists"
    )


def run(args: argparse.Namespace, desk: object) -> int:  # pragma: no cover - the CLI calls run_without_desk
    raise RuntimeError("office-init runs without an open desk")


def _password(language: str) -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    prompt = "Kata sandi akun database: " if language == "id" else "Database role password: "
    if not sys.stdin.isatty():
        raise CodedError("setup_needs_terminal", prompt=prompt.strip(": "), env=PASSWORD_ENV)
    first = getpass.getpass(prompt)
    if getpass.getpass(prompt) != first:
        raise CodedError("password_mismatch")
    return first


def run_without_desk(args: argparse.Namespace, paths: Paths) -> int:
    from lapor_desk.storage.office import create_office  # noqa: PLC0415 (psycopg loads only here)

    language = Settings(paths.settings_file, overrides=getattr(args, "setting_overrides", None)).get(UI_LANGUAGE)
    try:
        try:
            backend = make_url(args.admin_url).get_backend_name()
        except ArgumentError:
            backend = ""
        if backend != "postgresql":
            raise CodedError("office_admin_url_wrong", url=args.admin_url)
        done = create_office(
            args.admin_url, args.database, args.role, _password(language), reset_password=args.reset_password
        )
    except (StorageError, CodedError) as exc:
        if exc.code == "db_server_unreachable":  # not a counter's save: nothing typed to keep
            exc = CodedError("office_server_unreachable", **exc.params)
        print(exc.text(language), file=sys.stderr)
        return 1
    params = {"role": args.role, "database": args.database, "url": done.url, "revision": done.schema_now}
    lines = [
        "office_init_role_created"
        if done.role_created
        else ("office_init_password_reset" if done.password_set else "office_init_role_found"),
        "office_init_db_created" if done.database_created else "office_init_db_found",
    ]
    if done.schema_before is None:
        lines.append("office_init_schema_created")
    elif done.schema_before != done.schema_now:
        lines.append("office_init_schema_migrated")
        params["before"] = done.schema_before
    else:
        lines.append("office_init_schema_current")
    lines.append("office_init_ready")
    for code in lines:
        print(translate(code, language, params))
    return 0
