"""ASGI middleware: request IDs and safety headers on every response, the access log,
maintenance mode, request size cap."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from urllib.parse import quote, unquote_plus

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.problems import Problem

log = logging.getLogger(__name__)
access_log = logging.getLogger("central.access")
# Answers carry NIKs and phone numbers: no cache may keep them, no browser may guess their type.
SAFETY_HEADERS = ((b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"))
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,100}$")
# Paths that stay open during maintenance: desks still read the clock and the contract.
_UPLOADS = "/api/v1/attachments/"
_OPEN_DURING_MAINTENANCE = ("/api/v1/health", "/api/v1/openapi.json", "/api/v1/docs")


class BodyTooLarge(HTTPException):
    """Raised from receive(); FastAPI re-raises HTTPExceptions met while reading a body."""

    def __init__(self) -> None:
        super().__init__(413)


class CentralMiddleware:
    """The outermost layer, so that even a 500 carries the request ID."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_request_bytes: int,
        max_upload_bytes: int,
        attachment_limit_bytes: int | None = None,
        maintenance_check: Callable[[], bool],
        flag_ttl_seconds: float,
        log_access: bool = False,
    ) -> None:
        self.app = app
        self.log_access = log_access
        self.max_request_bytes = max_request_bytes
        # Attachment PUTs check their own (smaller) limit, draining a little past it.
        self.max_upload_bytes = max_upload_bytes
        # What a refused upload is told: the attachment limit, not the drain cut-off above it.
        self.attachment_limit_bytes = attachment_limit_bytes or max_upload_bytes
        self._maintenance_check = maintenance_check
        self._ttl = flag_ttl_seconds
        self._cached: tuple[float, bool] = (-1e9, False)

    async def in_maintenance(self) -> bool:
        checked_at, value = self._cached
        if time.monotonic() - checked_at >= self._ttl:
            try:
                value = await run_in_threadpool(self._maintenance_check)
            except Exception as exc:  # noqa: BLE001 - the database away: the route answers 503 itself
                log.warning("maintenance flag unreadable, keeping the last answer: %s", str(exc).splitlines()[0])
                return value
            self._cached = (time.monotonic(), value)
        return value

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        started = False
        status = 0
        began = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal started, status
            if message["type"] == "http.response.start":
                started = True
                status = int(message.get("status", 0))
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in dict(SAFETY_HEADERS)]
                message["headers"] = [*kept, *SAFETY_HEADERS, (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self._handle(scope, receive, send_with_id, headers, lambda: started)
        finally:
            if self.log_access:
                access_log.info(access_line(scope, status, began, state.get("desk_code", "-"), request_id))

    async def _handle(
        self,
        scope: Scope,
        receive: Receive,
        send_with_id: Send,
        headers: dict[bytes, bytes],
        started: Callable[[], bool],
    ) -> None:
        request_id = scope["state"]["request_id"]

        async def reply(problem: Problem) -> None:
            response = problem.response(scope.get("path"))
            await response(scope, receive, send_with_id)

        path = scope.get("path", "")
        if path not in _OPEN_DURING_MAINTENANCE and await self.in_maintenance():
            await reply(_maintenance())
            return
        upload = path.startswith(_UPLOADS)
        limit = self.max_upload_bytes if upload else self.max_request_bytes
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            stated = self.attachment_limit_bytes if upload else limit
            await reply(Problem.coded("payload-too-large", "p_too_large", max=stated).with_extra(max_bytes=stated))
            return

        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send_with_id)
        except Exception:
            log.exception("unhandled error in request %s", request_id)
            if not started():
                await reply(Problem.coded("internal", "p_internal"))


def access_line(scope: Scope, status: int, began: float, desk_code: str, request_id: str) -> str:
    """method, path with the query's names but not its values (a search may be a NIK), status,
    milliseconds, desk code (or operator / -), request ID. Never a header: no token."""
    query = scope.get("query_string", b"").decode("latin-1")
    names = [quote(unquote_plus(part.split("=", 1)[0]), safe="") for part in query.split("&") if part]
    # Quoted again, so a crafted path cannot start a line of its own in the log.
    query = "?" + "&".join(n + "=" for n in names) if names else ""
    path = quote(scope.get("path", ""), safe="/:@-._~!$'()*+,;") + query
    ms = (time.perf_counter() - began) * 1000
    return f"{scope.get('method', '-')} {path} {status or '-'} {ms:.0f}ms desk={desk_code} request_id={request_id}"


def _maintenance() -> Problem:
    problem = Problem.coded("maintenance", "p_maintenance")
    problem.headers["Retry-After"] = "60"
    return problem
