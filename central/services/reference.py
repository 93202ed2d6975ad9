"""Reference lists (topic tree, agencies, regions) with content-derived ETags."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy.orm import Session

from central.models import ReferenceSet, utcnow
from central.seed import default_reference

KINDS = ("categories", "agencies", "regions")
_REQUIRED_KEYS = {
    "categories": {"id", "name"},
    "agencies": {"id", "name"},
    "regions": {"code", "name"},
}


class ReferenceError(ValueError):
    pass


def _etag(content: str) -> str:
    return '"' + hashlib.sha256(content.encode("utf-8")).hexdigest()[:32] + '"'


def replace(session: Session, data: dict[str, Any]) -> list[str]:
    """Replace the lists present in `data`; returns the kinds replaced."""
    unknown = set(data) - set(KINDS)
    if unknown:
        raise ReferenceError(f"unknown reference lists: {', '.join(sorted(unknown))}")
    for kind, items in data.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ReferenceError(f"{kind}: expected a list of objects")
        for n, item in enumerate(items):
            missing = _REQUIRED_KEYS[kind] - set(item)
            if missing:
                raise ReferenceError(f"{kind}[{n}]: missing {', '.join(sorted(missing))}")
        content = json.dumps(items, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        row = session.get(ReferenceSet, kind)
        if row is None:
            session.add(ReferenceSet(kind=kind, etag=_etag(content), content=content))
        else:
            row.etag, row.content, row.updated_at = _etag(content), content, utcnow()
    return list(data)


def ensure_seeded(session: Session) -> None:
    missing = [k for k in KINDS if session.get(ReferenceSet, k) is None]
    if missing:
        defaults = default_reference()
        replace(session, {k: defaults[k] for k in missing})


def get(session: Session, kind: str) -> ReferenceSet | None:
    return session.get(ReferenceSet, kind)
