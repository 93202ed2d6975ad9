"""The `lapor-desk` command: starts the desk, or runs an IT task headless."""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import Any

from sqlalchemy.exc import DBAPIError

from lapor_desk import __version__, commands
from lapor_desk.commands import config
from lapor_desk.desk import Desk
from lapor_desk.i18n import translate
from lapor_desk.log import setup_logging
from lapor_desk.paths import Paths
from lapor_desk.settings import SettingError, parse_assignments
from lapor_desk.storage.errors import StorageError, explain

GuiEntry = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lapor-desk", description="Meja pengaduan SP4N-LAPOR! (desk client)")
    parser.add_argument("--version", action="version", version=f"lapor-desk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: SQLite in the user data dir)")
    parser.add_argument("--debug", action="store_true", help="verbose logging to the console")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a setting for this run only (stronger than the environment and the file)",
    )
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo-data", help="write synthetic complaints (training, benchmarks)")
    demo.add_argument("--count", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--desk", default="DEMO-01", help="desk code on the demo receipts")

    config.configure(sub.add_parser(config.NAME, help=config.HELP))
    sub.add_parser("selftest", help="check this installation on a scratch database (receipt PDF included)")
    for module in _feature_commands():
        module.configure(sub.add_parser(module.NAME, help=module.HELP))
    return parser


def _feature_commands() -> list[Any]:
    return [importlib.import_module(name) for name in commands.MODULES]


def main(argv: Sequence[str] | None = None, gui: GuiEntry | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = Paths.from_environment()
    # Private folders and files before the log or the database is written; a folder that
    # cannot be made is reported by Desk.open, in the user's language.
    with contextlib.suppress(OSError):
        paths.ensure()
        if args.command != "doctor":
            paths.tighten()
    setup_logging(paths.log_dir, debug=args.debug, console=args.command is not None)
    try:
        args.setting_overrides = parse_assignments(args.set)
    except SettingError as exc:
        print(f"--set {exc.key}: {exc.text()}", file=sys.stderr)
        return 2
    if args.command is None:
        return _start_gui(args, gui)
    if args.command == "selftest":
        return _selftest(args, gui)
    try:
        if args.command == "config":
            return config.run(args, paths, args.setting_overrides)
        without_desk = {m.NAME: m for m in _feature_commands() if getattr(m, "WITHOUT_DESK", False)}
        if args.command in without_desk:  # restore: the current database may be unusable
            return int(without_desk[args.command].run_without_desk(args, paths))
        desk = Desk.open(args.db, paths=paths, overrides=args.setting_overrides)
    except (StorageError, DBAPIError, OSError) as exc:
        print(failure_text(exc, "id", str(paths.data_dir)), file=sys.stderr)
        return 1
    handlers = dict(_COMMANDS)
    handlers.update({m.NAME: m.run for m in _feature_commands()})
    try:
        return handlers[args.command](args, desk)
    except KeyboardInterrupt:
        # Ctrl-C at the console: each command's own clean-up has run (transactions roll back, a
        # backup removes its partial file); a sentence, never a traceback. 130 = killed by SIGINT.
        print(translate("cli_interrupted", desk.language), file=sys.stderr)
        return 130
    except (StorageError, DBAPIError, OSError) as exc:
        # A full disk or read-only folder is a message on every command, never a traceback.
        logging.getLogger(__name__).debug("%s failed", args.command, exc_info=True)
        print(failure_text(exc, desk.language, desk.db.location), file=sys.stderr)
        return 1
    finally:
        desk.close()


def failure_text(exc: BaseException, language: str, where: str) -> str:
    """What to tell the person at the console about a storage or file-system failure."""
    if isinstance(exc, StorageError):
        return exc.text(language)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return translate("disk_full_at", language, {"path": exc.filename or where})
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return translate("data_folder_readonly", language, {"path": exc.filename or where})
        return translate("os_error", language, {"detail": exc.strerror or str(exc), "path": exc.filename or where})
    known = explain(exc, where)
    if known is not None:
        return known.text(language)
    return translate("db_cannot_open", language, {"detail": str(getattr(exc, "orig", exc))})


def _start_gui(args: argparse.Namespace, gui: GuiEntry | None) -> int:
    if gui is None:
        # The core knows no screen: the Qt face registers itself as an entry point.
        found = list(entry_points(group="lapor_desk.gui"))
        if not found:
            print("lapor-desk: no user interface installed (pip install lapor-desk)", file=sys.stderr)
            return 2
        gui = found[0].load()
    return gui(args)


def _selftest(args: argparse.Namespace, gui: GuiEntry | None) -> int:
    """The Qt face renders the receipt PDF too when it is installed; else the core's steps alone."""
    if gui is not None or list(entry_points(group="lapor_desk.gui")):
        return _start_gui(args, gui)
    from lapor_desk import selftest

    return selftest.report(selftest.run(None), "id")


def _demo(args: argparse.Namespace, desk: Desk) -> int:
    from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data

    started = time.perf_counter()
    generator = DemoGenerator(pilot_places(), seed=args.seed, desk_code=args.desk)

    def progress(done: int) -> None:
        if done % 100_000 == 0 or done == args.count:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"{done:>9,} pengaduan ({rate:,.0f}/detik)", flush=True)

    written = write_demo_data(desk.db, generator, args.count, progress=progress, hooks=desk.hooks)
    print(f"Selesai: {written:,} pengaduan contoh dalam {time.perf_counter() - started:.1f} detik")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, Desk], int]] = {
    "demo-data": _demo,
}
