"""The LAPOR! topic tree and the agency list: shipped defaults, replaced by the central's when synced."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from lapor_desk.paths import resources_dir

REFERENCE_DIR = resources_dir() / "reference"


@dataclass(frozen=True)
class Topic:
    id: str
    parent: str | None
    name: str  # Indonesian, as LAPOR! names it
    name_en: str = ""  # English, for the English screens; "" when the list has none

    def name_in(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    level: str


@dataclass(frozen=True)
class ReferenceData:
    topics: tuple[Topic, ...]
    agencies: tuple[Agency, ...]

    @classmethod
    def defaults(cls, folder: Path = REFERENCE_DIR) -> ReferenceData:
        return cls.from_documents(
            json.loads((folder / "categories.json").read_text(encoding="utf-8")),
            json.loads((folder / "agencies.json").read_text(encoding="utf-8")),
        )

    @classmethod
    def from_documents(
        cls, categories: dict[str, Any] | list[dict[str, Any]], agencies: dict[str, Any] | list[dict[str, Any]]
    ) -> ReferenceData:
        """From the shipped files or the central's /reference answers (a list or {"categories": [...]})."""
        topic_rows: list[dict[str, Any]] = categories["categories"] if isinstance(categories, dict) else categories
        agency_rows: list[dict[str, Any]] = agencies["agencies"] if isinstance(agencies, dict) else agencies
        topics = tuple(
            Topic(str(t["id"]), t.get("parent") or None, str(t["name"]), str(t.get("name_en") or ""))
            for t in topic_rows
        )
        found = tuple(Agency(str(a["id"]), str(a["name"]), str(a.get("level", ""))) for a in agency_rows)
        return cls(topics, found)

    def topic_name(self, topic_id: str, language: str = "id") -> str:
        """The topic's own name ("Jalan dan Jembatan" / "Roads and Bridges"); the id if unknown."""
        topic = self._topic_by_id.get(topic_id)
        return self._name(topic, language) if topic is not None else topic_id

    def _name(self, topic: Topic, language: str) -> str:
        """In English, the list's own English name, else the shipped list's for the same id (the
        central's list names topics in Indonesian only), else the Indonesian."""
        if language != "en" or topic.name_en:
            return topic.name_in(language)
        shipped = _shipped_english().get(topic.id)
        return shipped or topic.name

    def topic_path(self, topic_id: str, language: str = "id") -> str:
        """ "Infrastruktur › Jalan dan Jembatan" for a topic id; the id itself if unknown."""
        by_id = self._topic_by_id
        names: list[str] = []
        current = by_id.get(topic_id)
        while current is not None and len(names) < 10:
            names.append(self._name(current, language))
            current = by_id.get(current.parent) if current.parent else None
        return " › ".join(reversed(names)) if names else topic_id

    @cached_property
    def _topic_by_id(self) -> dict[str, Topic]:
        # Built once: reports ask a path per row, and the picker one per topic.
        return {t.id: t for t in self.topics}

    def topic_choices(self, language: str = "id") -> list[tuple[str, str]]:
        """(id, path) for every topic, in tree order, for a picker."""
        children: dict[str | None, list[Topic]] = {}
        for t in self.topics:
            children.setdefault(t.parent, []).append(t)
        out: list[tuple[str, str]] = []

        def walk(parent: str | None) -> None:
            for t in children.get(parent, []):
                out.append((t.id, self.topic_path(t.id, language)))
                walk(t.id)

        walk(None)
        return out


@cache
def _shipped_english() -> dict[str, str]:
    """Topic id -> English name from the shipped list (read once)."""
    try:
        shipped = ReferenceData.defaults()
    except (OSError, ValueError, KeyError):
        return {}
    return {t.id: t.name_en for t in shipped.topics if t.name_en}
