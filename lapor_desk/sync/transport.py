"""HTTP to the central (requests) and the classification of every answer.

Each call returns an `Exchange`: what was asked, what came back, how long it took,
and what the sync should make of it (`Outcome`). Nothing here decides about queues.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

import requests

from lapor_desk.sync.retry import parse_retry_after

CONNECT_TIMEOUT_S = 5.0
INSTALLATION_HEADER = "X-Lapor-Installation"
# The central's problem type for a desk token bound to another PC (a 403: registration).
INSTALLATION_CONFLICT = "installation-conflict"
READ_TIMEOUT_S = 30.0
GZIP_FROM_BYTES = 512  # smaller bodies gain less than the gzip header costs
# zlib's default. Chosen for a poor mobile link, not for loopback (benchmarks/sync_push.py prints
# the table): demo batches of 500 are 1,323 B per complaint plain; level 1 sends 265 B at ~8 us
# of CPU per complaint, level 6 199 B (25% less: ~2 ms less per complaint at 256 kbit/s) at
# ~19 us, level 9 193 B at ~37 us. zlib lets go of the GIL while it compresses.
GZIP_LEVEL = 6


@dataclass(frozen=True)
class Body:
    """A request body as it goes on the wire: compressed (`encoding` "gzip") or plain."""

    data: bytes
    plain_len: int
    encoding: str | None = None


class Outcome(StrEnum):
    OK = "ok"
    RETRY = "retry"  # connection error, timeout, 5xx, 429, unreadable answer
    NEEDS_FIX = "needs_fix"  # 422: the request itself was refused
    AUTH = "auth"  # 401/403: the desk's registration needs attention
    ATTACHMENT = "attachment"  # 413/415 on an attachment
    NOT_FOUND = "not_found"  # HEAD of an attachment the central lacks


@dataclass
class Exchange:
    request: str
    outcome: Outcome
    status: int | None = None
    body: Any = None
    problem_type: str = ""
    message: str = ""
    duration_ms: int = 0
    request_id: str = ""
    retry_after_s: float | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


PLAIN_HTTP_REFUSED = "plain-http-refused"


def plain_http_refused(url: str, allowed: bool) -> bool:
    """http:// carries the desk token and the reporters' NIKs in clear: only to this PC itself
    (loopback), unless an admin set the audited override `sync.allow_plain_http`."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "http" or allowed:
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def classify(status: int) -> Outcome:
    if status in (401, 403):
        return Outcome.AUTH
    if status == 429 or status >= 500 or status == 408:
        return Outcome.RETRY
    if status == 422:
        return Outcome.NEEDS_FIX
    if status in (413, 415):
        return Outcome.ATTACHMENT
    if status == 404:
        return Outcome.NOT_FOUND
    if 200 <= status < 300 or status == 304:
        return Outcome.OK
    # Other 4xx (400, 405, 409): the request is wrong, not the network: the item needs a look.
    return Outcome.NEEDS_FIX


class CentralClient:
    """One keep-alive session to one central. Not shared between threads."""

    def __init__(
        self,
        api_url: str,
        token: str,
        *,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
        read_timeout_s: float = READ_TIMEOUT_S,
        ca_bundle: str = "",
        proxy: str = "",
        installation_id: str = "",
        allow_plain_http: bool = False,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        self.refused = plain_http_refused(self.api_url, allow_plain_http)
        self.session = requests.Session()
        self.session.verify = ca_bundle or True  # settings sync.ca_bundle, sync.proxy
        if proxy:
            self.session.proxies = {"http": proxy, "https": proxy}
        self.session.headers.update(
            {"Authorization": f"Bearer {token}", "Accept": "application/json", "User-Agent": "lapor-desk-sync"}
        )
        if installation_id:  # the central binds the desk token to one PC (lapor_desk/sync/installation.py)
            self.session.headers[INSTALLATION_HEADER] = installation_id
        self.timeout = (connect_timeout_s, read_timeout_s)
        # JSON bodies are gzip-compressed once the central says it takes them (/health features).
        self.gzip = False
        self.bytes_sent = 0  # request bodies as they went on the wire (after compression)
        self.bytes_plain = 0  # the same bodies before compression

    def close(self) -> None:
        self.session.close()

    # --- the calls

    def health(self) -> tuple[Exchange, datetime, datetime]:
        """The /health answer and the desk times just before and after it."""
        before = datetime.now(UTC)
        ex = self._call("GET", "/health", expect_json=True, auth=False)
        return ex, before, datetime.now(UTC)

    def pack(self, data: bytes, compress: bool = True) -> Body:
        """The body as it will be sent: gzip'd when the central takes it and it is worth it.
        The push packs the next batch while the one before is on the wire (no network here)."""
        if compress and self.gzip and len(data) >= GZIP_FROM_BYTES:
            return Body(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0), len(data), "gzip")
        return Body(data, len(data))

    def post_batch(self, body: bytes | Body, count: int) -> Exchange:
        return self._call(
            "POST",
            "/complaints/batch",
            data=body,
            expect_json=True,
            content_type="application/json",
            label=f"({count} items)",
            compress=True,
        )

    def post_reply(self, tracking_id: int, body: dict[str, Any]) -> Exchange:
        return self._call(
            "POST",
            f"/complaints/{tracking_id}/replies",
            data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            expect_json=True,
            content_type="application/json",
            compress=True,
        )

    def lookup(self, body: dict[str, Any]) -> Exchange:
        """Which of these complaints and files the central holds (reconciliation)."""
        return self._call(
            "POST",
            "/complaints/lookup",
            data=json.dumps(body).encode("utf-8"),
            expect_json=True,
            content_type="application/json",
            label=f"({len(body.get('client_ids', ()))} items)",
        )

    def updates(self, after: str, limit: int = 500) -> Exchange:
        return self._call("GET", "/updates", params={"after": after, "limit": limit}, expect_json=True)

    def reference(self, kind: str, etag: str | None) -> Exchange:
        headers = {"If-None-Match": etag} if etag else {}
        return self._call("GET", f"/reference/{kind}", headers=headers, expect_json=True)

    def head_attachment(self, sha256: str) -> Exchange:
        return self._call("HEAD", f"/attachments/{sha256}")

    def put_attachment(self, sha256: str, content: bytes) -> Exchange:
        return self._call(
            "PUT", f"/attachments/{sha256}", data=content, expect_json=True, content_type="application/octet-stream"
        )

    def upload_offset(self, sha256: str) -> Exchange:
        """How much of a file the central holds: {offset, complete} (resumable uploads)."""
        return self._call("GET", f"/attachments/{sha256}/parts", expect_json=True)

    def put_part(self, sha256: str, offset: int, total: int, part: bytes) -> Exchange:
        return self._call(
            "PUT",
            f"/attachments/{sha256}/parts/{offset}",
            params={"total": total},
            data=part,
            expect_json=True,
            content_type="application/octet-stream",
        )

    def get_audit_anchor(self) -> Exchange:
        return self._call("GET", "/audit-anchor", expect_json=True)

    def put_audit_anchor(self, seq: int, digest: str, supersedes: tuple[int, str] | None = None) -> Exchange:
        fields: dict[str, object] = {"seq": seq, "hash": digest}
        if supersedes is not None:  # after a restore: the anchor the restored trail no longer reaches
            fields["supersedes"] = {"seq": supersedes[0], "hash": supersedes[1]}
        body = json.dumps(fields).encode("utf-8")
        return self._call("PUT", "/audit-anchor", data=body, expect_json=True, content_type="application/json")

    # --- one exchange

    def _call(
        self,
        method: str,
        path: str,
        *,
        data: bytes | Body | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        expect_json: bool = False,
        content_type: str | None = None,
        auth: bool = True,
        label: str = "",
        compress: bool = False,
    ) -> Exchange:
        request = f"{method} {path}" + (f" {label}" if label else "")
        if self.refused:  # nothing leaves the PC; the registration needs an https:// address
            return Exchange(
                request,
                Outcome.AUTH,
                problem_type=PLAIN_HTTP_REFUSED,
                message="plain http:// to another machine refused (setting sync.allow_plain_http)",
            )
        hdrs: dict[str, str | None] = dict(headers or {})
        if content_type:
            hdrs["Content-Type"] = content_type
        if data is not None:
            body = data if isinstance(data, Body) else self.pack(data, compress)
            data = body.data
            if body.encoding:
                hdrs["Content-Encoding"] = body.encoding
            self.bytes_plain += body.plain_len
            self.bytes_sent += len(data)
        if not auth:
            hdrs["Authorization"] = None  # requests drops a header set to None
        started = time.perf_counter()
        try:
            resp = self.session.request(
                method,
                self.api_url + path,
                data=data,
                params=params,
                headers=hdrs,  # type: ignore[arg-type]  # None drops a session header
                timeout=self.timeout,
                verify=self.session.verify,
            )  # else REQUESTS_CA_BUNDLE wins
            raw = resp.content  # reads the whole body: a cut-off one raises here
        except requests.RequestException as exc:
            return Exchange(
                request, Outcome.RETRY, message=_short(exc), problem_type=type(exc).__name__, duration_ms=_ms(started)
            )
        ex = Exchange(
            request,
            classify(resp.status_code),
            resp.status_code,
            duration_ms=_ms(started),
            request_id=resp.headers.get("X-Request-ID", ""),
            headers=dict(resp.headers),
        )
        ex.retry_after_s = parse_retry_after(resp.headers.get("Retry-After"), datetime.now(UTC))
        if raw and (expect_json or resp.status_code >= 400) and method != "HEAD":
            try:
                ex.body = json.loads(raw)
            except ValueError:
                if ex.outcome is Outcome.OK or ex.status and ex.status < 500:
                    # 2xx (or a problem) that is not JSON: truncated or garbled. Unknown: retry.
                    ex.outcome, ex.problem_type = Outcome.RETRY, "malformed-response"
                    ex.message = f"unreadable answer ({len(raw)} bytes)"
                return ex
        elif expect_json and ex.outcome is Outcome.OK and resp.status_code != 304 and method != "HEAD":
            ex.outcome, ex.problem_type, ex.message = Outcome.RETRY, "malformed-response", "empty answer"
            return ex
        if isinstance(ex.body, dict) and resp.status_code >= 400:
            ex.problem_type = str(ex.body.get("type", ""))
            ex.message = str(ex.body.get("detail", ""))[:2000]
        return ex


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _short(exc: BaseException) -> str:
    return str(exc)[:500]
