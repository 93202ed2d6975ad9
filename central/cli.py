"""`lapor-central`: serve the API, and the operator commands that mirror its admin routes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from central.config import DEFAULT_HOST, DEFAULT_PORT, Settings, default_db_url
from central.db import CentralDatabase
from central.problems import Problem
from central.services import accounts, anchors, complaints, flags, identity, reference, workflow
from central.services.complaints import ComplaintFilter

_MOVES = {
    "verify": "verify",
    "follow-up": "follow-up",
    "hold": "hold",
    "not-authority": "not-authority",
    "archive": "archive",
    "complete": "complete",
}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None, help="database URL (default: SQLite in the data dir)")
    parser = argparse.ArgumentParser(
        prog="lapor-central",
        parents=[common],
        description="lapor-desk reference central API server",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the API server")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument(
        "--workers",
        type=int,
        default=None,
        help="uvicorn workers (default 1 on SQLite, up to 4 on PostgreSQL)",
    )
    serve.add_argument("--max-attachment-bytes", type=int, default=10 * 1024 * 1024)
    serve.add_argument("--max-request-bytes", type=int, default=32 * 1024 * 1024)
    serve.add_argument(
        "--rate-limit",
        type=int,
        default=0,
        metavar="PER_MINUTE",
        help="requests per minute per desk, shared by every worker and process on the database (0 = off)",
    )
    serve.add_argument(
        "--pool-size",
        type=int,
        default=20,
        help="PostgreSQL connections per worker; workers x pool size x processes must stay below max_connections",
    )
    serve.add_argument(
        "--pool-timeout-ms",
        type=int,
        default=5000,
        help="how long a request waits for a free connection before it is answered 503 with Retry-After",
    )
    serve.add_argument("--flag-ttl-ms", type=int, default=1000)
    serve.add_argument(
        "--access-log",
        action="store_true",
        help="one line per request on stderr: method, path (query names only), status, ms, desk code, request ID",
    )
    serve.add_argument(
        "--docs",
        action="store_true",
        help="serve the interactive docs page at /api/v1/docs (its scripts come from a CDN)",
    )
    serve.add_argument("--certfile", type=Path, help="serve HTTPS with this PEM certificate (chain)")
    serve.add_argument("--keyfile", type=Path, help="the certificate's PEM private key")
    sub.add_parser("migrate", parents=[common], help="apply migrations and exit")

    desks = sub.add_parser("desks", help="desk accounts").add_subparsers(dest="action", required=True)
    add = desks.add_parser("add", parents=[common], help="register a desk; prints its token once")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    for name in ("revoke", "rotate"):
        p = desks.add_parser(name, parents=[common])
        p.add_argument("code")
        if name == "rotate":
            p.add_argument("--reactivate", action="store_true", help="also bring back a revoked desk")
    rebind = desks.add_parser(
        "rebind", parents=[common], help="release the PC a desk token is bound to (re-install, new PC)"
    )
    rebind.add_argument("code")
    desks.add_parser("list", parents=[common])

    op = sub.add_parser("operator-token").add_subparsers(dest="action", required=True)
    create = op.add_parser("create", parents=[common], help="prints a new operator token once")
    create.add_argument("--label", default="operator")
    create.add_argument(
        "--expires-days",
        type=int,
        default=None,
        metavar="N",
        help="the token stops working N days from now (default: never)",
    )
    op.add_parser("list", parents=[common], help="id, label, created, expires, state (never the token)")
    revoke_op = op.add_parser("revoke", parents=[common], help="the token stops working at once")
    revoke_op.add_argument("id", type=int)

    ref = sub.add_parser("reference").add_subparsers(dest="action", required=True)
    load = ref.add_parser("load", parents=[common], help="replace reference lists from JSON")
    load.add_argument("file", type=Path)

    maint = sub.add_parser("maintenance", parents=[common], help="503 for every worker, or back")
    maint.add_argument("state", choices=["on", "off"])

    comp = sub.add_parser("complaints").add_subparsers(dest="action", required=True)
    ls = comp.add_parser("list", parents=[common])
    for flag in ("--status", "--desk", "--category-id", "--regency-code", "--agency", "--q"):
        ls.add_argument(flag)
    ls.add_argument("--after", type=int, default=0)
    ls.add_argument("--limit", type=int, default=50)
    show = comp.add_parser("show", parents=[common])
    show.add_argument("tracking_id", type=int)
    for action in _MOVES:
        p = comp.add_parser(action, parents=[common])
        p.add_argument("tracking_id", type=int)
        p.add_argument("--agency", default="", required=action == "verify")
        p.add_argument(
            "--text",
            "--reason",
            "--note",
            dest="text",
            default="",
            required=action in workflow.NEEDS_TEXT,
        )
    auto = comp.add_parser(
        "auto-complete",
        parents=[common],
        help="complete what had no reply 10 working days after its last follow-up",
    )
    auto.add_argument("--today", type=date.fromisoformat, default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = args.db or default_db_url()
    if args.command == "serve":
        return _serve(args, url)
    db = CentralDatabase(url, pool_size=2, ledger=identity.ledger_for(url))
    try:
        prepare(db)
        return _run(args, db)
    except (Problem, accounts.AccountError, reference.ReferenceError) as exc:
        print(f"lapor-central: {exc}", file=sys.stderr)
        return 1
    finally:
        if db.ledger is not None:
            db.ledger.flush()
        db.dispose()


def prepare(db: CentralDatabase) -> None:
    """Migrations, then the default reference lists if none are loaded yet, then the database's
    identity against the ID ledger: one process at a time (several starting together behind a
    load balancer wait for each other's lock; the later ones find nothing left to do)."""
    with db.setup_lock():
        db.migrate()
        db.write(reference.ensure_seeded)
        if db.ledger is not None:
            ledger = db.ledger
            db.write(lambda s: identity.prepare(s, ledger))


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    if bool(args.certfile) != bool(args.keyfile):
        print("lapor-central: --certfile dan --keyfile harus diberikan bersama / give both", file=sys.stderr)
        return 2
    if args.certfile:
        import ssl

        try:  # the same load uvicorn does, here so that a bad pair is a message, not a traceback
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(args.certfile, args.keyfile)
        except (OSError, ssl.SSLError) as exc:
            print(
                f"lapor-central: sertifikat atau kunci tidak dapat dipakai / unusable certificate or key: {exc}",
                file=sys.stderr,
            )
            return 2
    settings = Settings(
        db_url=url,
        max_attachment_bytes=args.max_attachment_bytes,
        max_request_bytes=args.max_request_bytes,
        rate_limit_per_minute=args.rate_limit,
        pool_size=max(1, args.pool_size),
        pool_timeout_ms=max(1, args.pool_timeout_ms),
        flag_ttl_ms=args.flag_ttl_ms,
        access_log=int(args.access_log),
        docs=int(args.docs),
    )
    db = CentralDatabase(url, pool_size=2, ledger=identity.ledger_for(url))
    try:
        prepare(db)
    finally:
        db.dispose()
    workers = args.workers or (1 if db.is_sqlite else min(4, os.cpu_count() or 1))
    os.environ.update(settings.to_env())
    print(
        f"lapor-central: serving {'https' if args.certfile else 'http'}://{args.host}:{args.port}/api/v1 "
        f"with {workers} worker(s) "
        f"on {db.url.render_as_string(hide_password=True)}",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        "central.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        access_log=False,  # uvicorn's own line carries the query string (a NIK searched for): ours does not
        ssl_certfile=str(args.certfile) if args.certfile else None,
        ssl_keyfile=str(args.keyfile) if args.keyfile else None,
        log_level="warning",
        timeout_keep_alive=30,  # desks pause between batches; fewer dropped idle connections
        backlog=4096,
    )
    return 0


def _run(args: argparse.Namespace, db: CentralDatabase) -> int:
    now = datetime.now(UTC)
    cmd, action = args.command, getattr(args, "action", None)
    if cmd == "migrate":
        print("ok")
    elif cmd == "desks" and action == "add":
        print(db.write(lambda s: accounts.add_desk(s, args.code, args.name)))
        print(f"Token meja {args.code} hanya ditampilkan sekali / shown only once.", file=sys.stderr)
    elif cmd == "desks" and action == "rotate":
        print(db.write(lambda s: accounts.rotate_desk_token(s, args.code, reactivate=args.reactivate)))
    elif cmd == "desks" and action == "rebind":
        db.write(lambda s: accounts.release_installation(s, args.code))
        print(f"{args.code}: the next PC that syncs with this token is bound to it")
    elif cmd == "desks" and action == "revoke":
        db.write(lambda s: accounts.revoke_desk(s, args.code))
        print(f"revoked {args.code}")
    elif cmd == "desks":
        with db.read() as s:
            for d in accounts.list_desks(s):
                state = "revoked " + d.revoked_at.isoformat() if d.revoked_at else "active"
                bound = f"pc {d.installation_id[:8]}" if d.installation_id else "pc -"
                anchor = anchors.get(s, d.id)
                audit = f"audit #{anchor['seq']} {anchor['received_at'][:19]}" if anchor else "audit -"
                print(f"{d.code}\t{state}\t{bound}\t{d.name}\t{audit}")
    elif cmd == "operator-token" and action == "create":
        print(db.write(lambda s: accounts.create_operator_token(s, args.label, expires_days=args.expires_days)))
    elif cmd == "operator-token" and action == "revoke":
        db.write(lambda s: accounts.revoke_operator_token(s, args.id))
        print(f"revoked operator token #{args.id}")
    elif cmd == "operator-token":
        with db.read() as s:
            for o in accounts.list_operator_tokens(s):
                expires = o.expires_at.isoformat(timespec="seconds") if o.expires_at else "-"
                print(
                    f"{o.id}\t{accounts.operator_token_state(o, now)}\t{o.label}\t"
                    f"created {o.created_at.isoformat(timespec='seconds')}\texpires {expires}"
                )
    elif cmd == "reference":
        data = json.loads(args.file.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise reference.ReferenceError("expected a JSON object of lists")
        print("replaced: " + ", ".join(db.write(lambda s: reference.replace(s, data))))
    elif cmd == "maintenance":
        db.write(lambda s: flags.set_flag(s, flags.MAINTENANCE, "on" if args.state == "on" else None))
        print(f"maintenance {args.state}")
    elif cmd == "complaints":
        return _complaints(args, db, now)
    return 0


def _complaints(args: argparse.Namespace, db: CentralDatabase, now: datetime) -> int:
    action = args.action
    if action == "list":
        flt = ComplaintFilter(args.status, args.desk, args.category_id, args.regency_code, args.agency, args.q)
        page = complaints.operator_search(db, flt, "cli", after=args.after, limit=args.limit)
        for c in page["items"]:
            print(f"{c['tracking_id']}\t{c['status']}\t{c['desk']}\t{c['title']}")
        if page["next_after"]:
            print(f"-- more: --after {page['next_after']}", file=sys.stderr)
    elif action == "show":
        with db.read() as s:
            _print_json(complaints.detail(s, args.tracking_id))
    elif action == "auto-complete":
        done = db.write(lambda s: workflow.auto_complete(s, today=args.today, actor="cli", now=now))
        print(f"completed {len(done)}: {' '.join(map(str, done))}".rstrip(": "))
    else:
        db.write(
            lambda s: workflow.move(
                s,
                args.tracking_id,
                _MOVES[action],
                text=args.text,
                agency=args.agency,
                actor="cli",
                now=now,
            )
        )
        with db.read() as s:
            print(f"{args.tracking_id}\t{complaints.detail(s, args.tracking_id)['status']}")
    return 0


def _print_json(data: Any) -> None:
    print(json.dumps(data, default=str, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
