"""Lines of a text file in any of the supported encodings and line ends, with their numbers.

Bytes are read in chunks and decoded incrementally, so a 50 MB file never sits in
memory and a byte that is not valid in the chosen encoding stops reading at the line where
it stands (`UnreadableFile`), instead of silently ending the file there.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

MAX_LINE_CHARS = 4 * 1024 * 1024  # a physical line longer than this is one bad record
CHUNK_BYTES = 64 * 1024
SAMPLE_BYTES = 1024 * 1024  # what encoding detection looks at

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_ALIASES = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf-16": "utf-16",
    "utf16": "utf-16",
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "latin-1": "latin-1",
    "latin1": "latin-1",
    "iso-8859-1": "latin-1",
}
_LABELS = {
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)")


class UnreadableFile(Exception):
    """The file cannot be read to its end: nothing of it may be written."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Encoding:
    codec: str  # a Python codec without BOM handling (the BOM is skipped by offset)
    label: str  # what the report names
    detected: bool  # chosen by looking at the bytes, not given with --encoding
    bom: int  # bytes of byte-order mark to skip


def choose_encoding(head: bytes, explicit: str | None) -> Encoding:
    """The encoding of a file starting with `head`: its BOM, the explicit choice, or a guess."""
    for bom, codec, label in _BOMS:
        if head.startswith(bom):
            family = "utf-8" if codec == "utf-8" else "utf-16"
            if explicit and _ALIASES.get(explicit.lower(), "") not in (codec, codec[:6], family):
                raise UnreadableFile("import_encoding_conflict", given=explicit, found=label)
            return Encoding(codec, label, explicit is None, len(bom))
    if explicit:
        chosen = _ALIASES.get(explicit.lower())
        if chosen is None:
            raise UnreadableFile("import_unknown_encoding", encoding=explicit)
        if chosen == "utf-16":
            raise UnreadableFile("import_utf16_without_bom")
        return Encoding(chosen, _LABELS[chosen], False, 0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # a character cut at the sample's end is fine
    except UnicodeDecodeError:
        return Encoding("cp1252", "Windows-1252", True, 0)
    return Encoding("utf-8", "UTF-8", True, 0)


class TextLines:
    """Iterate (line number, text with its line end) over a binary handle; `digest` is the
    SHA-256 of every byte read, so a second pass can tell that the file did not change."""

    def __init__(self, handle: IO[bytes], encoding: Encoding) -> None:
        self.handle = handle
        self.encoding = encoding
        self.hash = hashlib.sha256()
        self.lines_read = 0

    def __iter__(self) -> Iterator[tuple[int, str]]:
        decoder = codecs.getincrementaldecoder(self.encoding.codec)(errors="strict")
        pending = ""
        skipping = False  # inside a line over MAX_LINE_CHARS, already reported
        while True:
            raw = self.handle.read(CHUNK_BYTES)
            self.hash.update(raw)
            try:
                text = decoder.decode(raw, final=not raw)
            except UnicodeDecodeError as exc:
                before = pending + raw[: max(exc.start, 0)].decode(self.encoding.codec, errors="replace")
                raise UnreadableFile(
                    "import_bad_encoding", encoding=self.encoding.label, line=self.lines_read + 1 + _line_ends(before)
                ) from exc
            pending += text
            complete, pending = _split_complete(pending, more=bool(raw))
            for match in _LINE.finditer(complete):
                if skipping:
                    skipping = False
                    continue
                yield self._number(), match.group()
            if len(pending) > MAX_LINE_CHARS:
                if not skipping:
                    yield self._number(), TooLongLine()
                skipping, pending = True, ""
            if not raw:
                if pending and not skipping:
                    yield self._number(), pending
                return

    def _number(self) -> int:
        self.lines_read += 1
        return self.lines_read


def _split_complete(text: str, *, more: bool) -> tuple[str, str]:
    """`text` cut after its last line end; a final CR waits for a possible LF (unless at EOF)."""
    cut = max(text.rfind("\n"), text.rfind("\r"))
    if cut == len(text) - 1 and text.endswith("\r") and more:
        cut = max(text.rfind("\n", 0, cut), text.rfind("\r", 0, cut))
    return text[: cut + 1], text[cut + 1 :]


def _line_ends(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


class TooLongLine(str):
    """Stands for a physical line over MAX_LINE_CHARS, which is never decoded."""
