"""Turning whatever a clerk types into a safe FTS5 query."""

from __future__ import annotations

import re

# Words as FTS5's unicode61 tokenizer sees them: letters and digits. Everything else
# (quotes, brackets, operators, *, %, +) is a separator, so it can never be syntax.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of `text` as the index sees them."""
    return _WORD.findall(text)


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression requiring every typed word, or None if no word was typed.

    Each word is a quoted string, so `AND`, `OR`, `NOT` and `NEAR` are plain words.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:32])
