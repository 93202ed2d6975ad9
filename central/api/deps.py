"""Request dependencies: the server's context, and who the bearer token belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Connection

from central.config import Settings
from central.db import CentralDatabase
from central.problems import Problem
from central.ratelimit import DeskRateLimit, retry_after
from central.services.accounts import Principal, authenticate, bind_installation

INSTALLATION_HEADER = "X-Lapor-Installation"
_INSTALLATION = re.compile(r"^[0-9A-Za-z-]{8,64}$")

bearer = HTTPBearer(auto_error=False, description="A desk token or an operator token.")


@dataclass
class Context:
    db: CentralDatabase
    settings: Settings
    rate_limit: DeskRateLimit


async def context(request: Request) -> Context:
    # async: FastAPI runs a plain `def` dependency on the thread pool, a hop (~0.1 ms of CPU
    # on this machine) for an attribute read.
    ctx: Context = request.app.state.context
    return ctx


Ctx = Annotated[Context, Depends(context)]


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def principal(request: Request, ctx: Ctx, credentials: Credentials) -> Principal:
    return _sign_in(request, ctx, credentials)


# A request never holds a pooled connection while it waits for another: PostgreSQL's pool has
# no overflow, so a burst of sign-ins that each held one and wanted a second (a first-time
# installation binding, a rate-limit statement on SQLite) would wait out the pool's timeout
# together and answer 503. Only a statement that can run on the connection already held runs
# inside its block (on PostgreSQL the rate limit's upsert and prune, autocommit); anything
# else waits until it is released.


def _sign_in(request: Request, ctx: Context, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    wait: float | None = None
    with ctx.db.read_one() as conn:
        who = _authenticate(request, credentials, conn)
        if who is None and not ctx.db.is_sqlite:
            wait = _address_wait(request, ctx, conn)
    if who is None:
        raise _refused(request, ctx, wait)
    return who


def _authenticate(
    request: Request, credentials: HTTPAuthorizationCredentials | None, conn: Connection
) -> Principal | None:
    if credentials is None or credentials.scheme.lower() != "bearer":
        return None
    who = authenticate(conn, credentials.credentials)
    if who is not None:
        request.state.desk_code = who.name if who.is_desk else "operator"  # for the access log
    return who


def _address_wait(request: Request, ctx: Context, conn: Connection | None = None) -> float:
    """Guessing tokens costs the same budget as a desk's requests, per client address."""
    address = request.client.host if request.client else "?"
    return ctx.rate_limit.acquire(("address", address), conn)


def _refused(request: Request, ctx: Context, wait: float | None = None) -> Problem:
    """401; or 429 once this client address has spent the rate limit on bad tokens.
    `wait`: the address's wait when already taken (on the sign-in's connection)."""
    if wait is None:
        wait = _address_wait(request, ctx)
    if wait > 0:
        return _rate_limited(wait)
    return _unauthorized()


def _rate_limited(wait: float) -> Problem:
    seconds = retry_after(wait)
    problem = Problem.coded("rate-limited", "p_rate_limited", seconds=seconds)
    problem.headers["Retry-After"] = seconds
    return problem


def _unauthorized() -> Problem:
    problem = Problem.coded("unauthorized", "p_unauthorized")
    problem.headers["WWW-Authenticate"] = 'Bearer realm="lapor-central"'
    return problem


def desk(ctx: Ctx, request: Request, credentials: Credentials) -> Principal:
    # The sign-in and the desk's checks in one dependency: FastAPI runs each plain `def`
    # dependency on the thread pool, one hop apiece.
    return signed_in_desk(ctx, request, credentials)


def signed_in_desk(ctx: Context, request: Request, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    """The `desk` dependency's work, for a route that runs it in its own thread-pool hop
    (the batch route: one hop per request instead of two). On PostgreSQL the token lookup and
    the rate limit's statement share one connection (each statement its own transaction: no
    BEGIN, SET or COMMIT travels); an installation's first binding, a write of its own, comes
    after that connection is released."""
    installation = request.headers.get(INSTALLATION_HEADER, "").strip()
    shared = not ctx.db.is_sqlite
    wait: float | None = None
    to_bind: str | None = None
    with ctx.db.read_one() as conn:
        who = _authenticate(request, credentials, conn)
        if who is None:
            if shared:
                wait = _address_wait(request, ctx, conn)
        else:
            if not who.is_desk:
                raise Problem.coded("forbidden", "p_forbidden_desk")
            to_bind = _installation_to_bind(who, installation)
            if shared and to_bind is None:
                wait = ctx.rate_limit.acquire(who.id, conn)
    if who is None:
        raise _refused(request, ctx, wait)
    if to_bind is not None:
        _bind(ctx, who, to_bind)
    if wait is None:
        wait = ctx.rate_limit.acquire(who.id)
    if wait > 0:
        raise _rate_limited(wait)
    return who


def _installation_to_bind(who: Principal, installation: str) -> str | None:
    """One PC per registration: the first installation that sends its ID with the token
    is bound to it (returned here, to bind); another is refused (403, so a desk treats it as
    a registration problem) until an operator runs `desks rebind`. A caller that sends no ID
    (scripts, desks older than the binding) is not bound."""
    if not installation:
        return None
    if not _INSTALLATION.match(installation):
        raise Problem.coded("malformed-request", "p_installation_malformed")
    if who.installation_id is None:
        return installation
    if who.installation_id != installation:
        raise Problem.coded("installation-conflict", "p_installation_conflict", desk=who.name)
    return None


def _bind(ctx: Context, who: Principal, installation: str) -> None:
    bound = ctx.db.write(lambda s: bind_installation(s, who.id, installation))
    if bound != installation:  # another installation was bound first
        raise Problem.coded("installation-conflict", "p_installation_conflict", desk=who.name)


def operator(ctx: Ctx, request: Request, credentials: Credentials) -> Principal:
    who = _sign_in(request, ctx, credentials)
    if who.is_desk:
        raise Problem.coded("forbidden", "p_forbidden_operator")
    return who


AnyPrincipal = Annotated[Principal, Depends(principal)]
DeskPrincipal = Annotated[Principal, Depends(desk)]
OperatorPrincipal = Annotated[Principal, Depends(operator)]
