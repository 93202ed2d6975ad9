"""Turning whatever a clerk types into a safe word query: FTS5 on SQLite, tsquery on PostgreSQL."""

from __future__ import annotations

import re

# Words as FTS5's unicode61 tokenizer sees them: letters and digits. Everything else
# (quotes, brackets, operators, *, %, +, :, &, |, !) is a separator, so it can never be syntax.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
MAX_WORDS = 32
# A one-letter prefix would expand to a large part of the vocabulary: whole words only.
MIN_PREFIX = 2


def words(text: str) -> list[str]:
    """The words of `text` as the index sees them."""
    return _WORD.findall(text)


def fts_query(text: str, *, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression requiring every typed word, or None if no word was typed.

    Each word is a quoted string, so `AND`, `OR`, `NOT` and `NEAR` are plain words; with
    `prefix` each word of two letters or more also finds longer words (`jal` finds jalan)."""
    found = _WORD.findall(text)
    if not found:
        return None
    return " ".join(f'"{w}"*' if prefix and len(w) >= MIN_PREFIX else f'"{w}"' for w in found[:MAX_WORDS])


def tsquery(text: str) -> str | None:
    """The same for PostgreSQL's `to_tsquery('simple', …)`: every word, each as a prefix."""
    found = _WORD.findall(text.lower())
    if not found:
        return None
    return " & ".join(f"{w}:*" if len(w) >= MIN_PREFIX else w for w in found[:MAX_WORDS])
