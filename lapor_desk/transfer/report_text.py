"""What an import says: its report as text, and an operating-system error in the user's language."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from lapor_desk.i18n import translate

if TYPE_CHECKING:
    from lapor_desk.transfer.importer import ImportReport


_OS_REASONS = {
    errno.ENOENT: "os_not_found",
    errno.EACCES: "os_permission",
    errno.EPERM: "os_permission",
    errno.EISDIR: "os_is_directory",
    errno.ENOTDIR: "os_not_directory",
    errno.ENOSPC: "os_no_space",
    errno.EROFS: "os_read_only",
    errno.EIO: "os_io",
}


def os_reason(exc: OSError, language: str) -> str:
    """An operating-system error in the user's language, never the C library's English."""
    code = _OS_REASONS.get(exc.errno or 0)
    if code is None:
        return translate("os_other", language, {"errno": exc.errno or 0})
    return translate(code, language)


def report_text(report: ImportReport, language: str = "id") -> str:
    lines = list(report.notes)
    if report.fatal:
        lines.append(report.fatal)
    for p in report.problems:
        where = translate("import_line", language, {"line": p.line})
        lines.append(f"{where}: {p.field}: {p.message}")
    if report.held_back:
        lines.append(translate("import_held_back", language, {"bad": report.bad_rows}))
    return "".join(line + "\n" for line in lines)


def summary_text(report: ImportReport, language: str = "id") -> str:
    return translate(
        "import_summary",
        language,
        {"added": report.added, "present": report.already_present, "repeated": report.repeated, "bad": report.bad_rows},
    )
