"""This installation's ID: generated once, kept in the config folder, sent with every
request so the central binds a desk token to one PC (a cloned PC or copied config is refused).

A config folder copied to another machine must not carry the ID along: the file also
keeps a fingerprint of the machine (`/etc/machine-id`, else the network card's address),
and a different fingerprint makes a new ID.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "installation-id"
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def machine_fingerprint() -> str:
    for path in _MACHINE_ID_FILES:
        try:
            value = path.read_text(encoding="ascii").strip()
        except OSError:
            continue
        if value:
            return hashlib.sha256(value.encode()).hexdigest()[:16]
    return hashlib.sha256(str(uuid.getnode()).encode()).hexdigest()[:16]


def installation_id(config_dir: Path) -> str:
    """The ID of this installation, made (and written 0600, atomically) on first use."""
    path = config_dir / FILE_NAME
    machine = machine_fingerprint()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("machine") == machine and _valid(data.get("id")):
            return str(data["id"])
        if isinstance(data, dict) and data.get("machine") != machine:
            log.warning("the config folder comes from another machine: this installation gets a new ID")
    except (OSError, ValueError):
        pass
    new = str(uuid.uuid4())
    config_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"id": new, "machine": machine}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return new


def adopt(config_dir: Path, value: str) -> None:
    """Keep `value` as this installation's ID (tests: desks that stand for one PC)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / FILE_NAME).write_text(json.dumps({"id": value, "machine": machine_fingerprint()}), encoding="utf-8")


def _valid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


OFFICE_KEY = "office_installation_id"


def desk_installation_id(db: Any, config_dir: Path) -> str:
    """The installation the central knows this desk as. A desk on its own SQLite file is its PC;
    the counters of an office share one PostgreSQL and are one desk at the central, so the ID
    is kept in the office's database, made by the first counter that asks (from its own)."""
    if db.path is not None or db.url.get_backend_name() != "postgresql":
        return installation_id(config_dir)
    from sqlalchemy import text

    with db.write() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('lapor-desk office installation'))"))
        found = conn.execute(text("SELECT value FROM sync_meta WHERE key = :k"), {"k": OFFICE_KEY}).scalar()
        if found and _valid(found):
            return str(found)
        mine = installation_id(config_dir)
        conn.execute(text("DELETE FROM sync_meta WHERE key = :k"), {"k": OFFICE_KEY})
        conn.execute(text("INSERT INTO sync_meta (key, value) VALUES (:k, :v)"), {"k": OFFICE_KEY, "v": mine})
        return mine
