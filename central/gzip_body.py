"""ASGI middleware: request bodies sent with `Content-Encoding: gzip` are inflated before
the routes see them, never past a limit (a small gzip of zeros is not a zip bomb here).

It sits inside CentralMiddleware, which caps the compressed size and adds request IDs;
this caps the inflated size: the same limits (max_request_bytes, or the upload limit
for attachments), so compression never lets more in than a plain body would.
"""

from __future__ import annotations

import zlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.problems import Problem

_UPLOADS = "/api/v1/attachments/"
CHUNK = 64 * 1024  # inflate at most this much per step, so the limit is checked as it grows


class GzipRequests:
    def __init__(
        self, app: ASGIApp, *, max_request_bytes: int, max_upload_bytes: int, attachment_limit_bytes: int
    ) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes
        self.max_upload_bytes = max_upload_bytes
        self.attachment_limit_bytes = attachment_limit_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = list(scope.get("headers") or [])
        encoding = next((v for k, v in headers if k == b"content-encoding"), b"").strip().lower()
        if encoding in (b"", b"identity"):
            await self.app(scope, receive, send)
            return
        if encoding != b"gzip":
            unknown = Problem("unsupported-media-type", f"Content-Encoding {encoding.decode('latin-1')!r}")
            await unknown.response(scope.get("path"))(scope, receive, send)
            return
        upload = str(scope.get("path", "")).startswith(_UPLOADS)
        limit = self.max_upload_bytes if upload else self.max_request_bytes
        stated = self.attachment_limit_bytes if upload else limit
        inflate = zlib.decompressobj(wbits=31)  # gzip framing only
        out: list[bytes] = []
        size = 0
        problem: Problem | None = None
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            more = bool(message.get("more_body"))
            data = message.get("body", b"")
            try:
                while data and problem is None:
                    piece = inflate.decompress(data, CHUNK)
                    size += len(piece)
                    if size > limit:
                        problem = Problem.coded("payload-too-large", "p_too_large", max=stated).with_extra(
                            max_bytes=stated
                        )
                        break
                    out.append(piece)
                    data = inflate.unconsumed_tail
            except zlib.error as exc:
                problem = Problem.coded("malformed-request", "p_bad_gzip", detail=str(exc))
        if problem is None and not inflate.eof:
            problem = Problem.coded("malformed-request", "p_bad_gzip", detail="truncated")
        if problem is not None:
            await problem.response(scope.get("path"))(scope, receive, send)
            return
        body = b"".join(out)
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in headers if k not in (b"content-encoding", b"content-length")] + [
            (b"content-length", str(len(body)).encode())
        ]
        sent = False

        async def inflated() -> Message:
            nonlocal sent
            if sent:
                return await receive()  # http.disconnect when the client goes
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, inflated, send)
