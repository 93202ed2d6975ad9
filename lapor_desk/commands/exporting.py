"""`lapor-desk export FILE [--header id]`: every complaint to CSV or JSONL, written atomically."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lapor_desk.i18n import translate

NAME = "export"
HELP = "export all complaints to CSV or JSONL"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--header", choices=("en", "id"), default="en",
                        help="column names: English (default) or the Indonesian labels")


def run(args: argparse.Namespace, desk: Any) -> int:
    from lapor_desk.transfer import ExportRefused, export_file, os_reason

    lang = desk.language
    try:
        count = export_file(args.file, desk.db, header=args.header)
    except ExportRefused as exc:
        print(translate(exc.code, lang, exc.params), file=sys.stderr)
        return 1
    except OSError as exc:
        print(translate("export_failed", lang, {"path": str(args.file), "reason": os_reason(exc, lang)}),
              file=sys.stderr)
        return 1
    print(translate("export_written", lang, {"count": count, "path": str(args.file)}))
    return 0
