"""`doctor --bundle FILE`: a zip for support with logs, settings, the doctor's report and the
schema, with tokens, passwords, NIKs, phone numbers, e-mail addresses and names removed.

Names cannot be recognised by shape, so the desk's own names (reporters, accounts, the
officer in the settings) are read from the database and every occurrence is replaced;
the rest is removed by pattern. What leaves the PC is only what passed `scrub`."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SECRET_KEYS = re.compile(r"(?i)(token|password|passphrase|secret|kata_?sandi|authorization)")
SETTINGS_PERSONAL = {"officer.name", "officer.nip", "desk.phone", "office.phone", "office.address", "sync.proxy"}
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\bbearer\s+[^\s\"',;]+"), "Bearer <token>"),
    (
        re.compile(r"(?i)\b(token|password|passphrase|secret|kata_?sandi)(\"?\s*[:=]\s*\"?)([^\s\"',;}]+)"),
        r"\1\2<hapus>",
    ),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<email>"),
    (re.compile(r"(?<!\d)\d{16}(?!\d)"), "<nik>"),
    (re.compile(r"(?<![\w+])(?:\+62|62|0)[\s.-]?8(?:[\s.-]?\d){7,11}(?!\d)"), "<telepon>"),
    (re.compile(r"(?<![\w])(?:\(0\d{2,3}\)|0[1-79]\d{1,2})[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)"), "<telepon>"),
    (re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])"), "<rahasia>"),
)
WORD_RUN = re.compile(r"[^\W\d_][\w'.-]*(?:[ \t]+[^\W\d_][\w'.-]*)*")
MAX_NAME_WORDS = 6


class Scrubber:
    def __init__(self, names: Iterable[str]) -> None:
        self.names = {n.casefold().strip() for n in names if n and len(n.strip()) >= 3}

    def __call__(self, text: str) -> str:
        for pattern, replacement in PATTERNS:
            text = pattern.sub(replacement, text)
        return WORD_RUN.sub(self._names_in_run, text) if self.names else text

    def _names_in_run(self, match: re.Match[str]) -> str:
        words = match.group(0).split()
        out: list[str] = []
        i = 0
        while i < len(words):
            for span in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
                if " ".join(words[i : i + span]).casefold().strip(".'-") in self.names:
                    out.append("<nama>")
                    i += span
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)


def desk_names(db_path: Path | None, settings: dict[str, Any]) -> set[str]:
    names = {str(settings.get("officer.name") or "")}
    if db_path is None or not db_path.is_file():
        return names
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return names
    try:
        queries = (
            "SELECT DISTINCT reporter_name FROM complaints",
            "SELECT DISTINCT officer_name FROM complaints",
            "SELECT display_name FROM accounts",
            "SELECT username FROM accounts",
        )
        for sql in queries:
            try:
                names.update(str(r[0]) for r in conn.execute(sql) if r[0])
            except sqlite3.Error:
                continue
    finally:
        conn.close()
    return names


def scrubbed_settings(path: Path) -> tuple[dict[str, Any], str]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, ""
    values = raw.get("values", raw) if isinstance(raw, dict) else {}
    clean = {
        k: ("<hapus>" if k in SETTINGS_PERSONAL or SECRET_KEYS.search(k) else v)
        for k, v in (values.items() if isinstance(values, dict) else [])
    }
    return values if isinstance(values, dict) else {}, json.dumps(clean, ensure_ascii=False, indent=1)


def schema_info(db_path: Path | None) -> str:
    if db_path is None or not db_path.is_file():
        return "no SQLite database\n"
    lines = []
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            lines.append(f"revision: {rev[0] if rev else '-'}")
            for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"):
                count = ""
                if sql.upper().startswith("CREATE TABLE"):
                    rows = conn.execute('SELECT count(*) FROM "' + name.replace('"', '""') + '"').fetchone()[0]
                    count = f"  -- {rows} rows"
                lines.append(f"{sql};{count}")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        lines.append(f"unreadable: {exc}")
    return "\n".join(lines) + "\n"


def write_bundle(target: Path, *, report: str, log_dir: Path, settings_file: Path, db_path: Path | None) -> Path:
    settings, settings_text = scrubbed_settings(settings_file)
    scrub = Scrubber(desk_names(db_path, settings))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".bundle-", suffix=".partial")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("doctor.txt", scrub(report))
            zf.writestr("settings.json", scrub(settings_text))
            zf.writestr("schema.sql", scrub(schema_info(db_path)))
            for log in sorted(log_dir.glob("*.log*")) if log_dir.is_dir() else []:
                try:
                    text = log.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                zf.writestr(f"logs/{log.name}", scrub(text))
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
