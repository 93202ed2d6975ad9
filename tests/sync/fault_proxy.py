"""A fault-injecting TCP proxy for the tests: between the desk and a real central.

It is a real TCP proxy (sockets both ways, bytes passed on as they come), with three
kinds of trouble, each seeded and bounded by `max_faults`:

- per connection / per chunk (`refuse`, `reset`, `stall`, `truncate`, `http_error`);
- per HTTP request (`per_request`): the proxy follows request boundaries on the desk's
  side (request line, headers, Content-Length) and, at that rate, gives a request one of
  `request_kinds`: "lose" (the central gets the whole request, the desk never hears the
  answer), "cut" (a reset in the middle of the request body, or of the answer body when
  the request has none), or "stall" (the answer is held until the desk gives up);
- a slow link (`Link`): bandwidth shared by all connections in each direction, a one-way
  latency on every chunk, and every connection dropped every `drop_every_s` seconds.

`down()` refuses everything, `up()` lets it through again.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

ERROR_ANSWERS = {
    429: b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Type: application/problem+json\r\n"
    b"Content-Length: 2\r\nConnection: close\r\n\r\n{}",
    500: b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n"
    b"Connection: close\r\n\r\noops",
    503: b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
}
REQUEST_KINDS = ("lose", "cut", "stall")
PIECE = 16384  # bytes a throttled link passes at a time


@dataclass
class Faults:
    refuse: float = 0.0  # per connection
    reset: float = 0.0  # per chunk of the answer
    stall: float = 0.0
    truncate: float = 0.0
    http_error: float = 0.0  # per connection: answer 429/500/503 instead of forwarding
    per_request: float = 0.0  # per HTTP request: one of request_kinds
    request_kinds: tuple[str, ...] = REQUEST_KINDS
    only: bytes = b""  # per-request faults only for requests whose head contains this
    max_faults: int = 10**9
    stall_s: float = 2.0
    seed: int = 1
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Link:
    """A poor link: e.g. Link(bandwidth_bps=256_000, latency_s=0.3, drop_every_s=60)."""

    bandwidth_bps: float = 0.0  # bits per second each way; 0 = unlimited
    latency_s: float = 0.0  # one way
    drop_every_s: float = 0.0  # every connection is cut this often; 0 = never


class _Pipe:
    """One direction of a slow link: bytes take latency_s to arrive and leave no faster
    than the bandwidth allows, shared by every connection going that way."""

    def __init__(self, link: Link) -> None:
        self.link = link
        self.lock = threading.Lock()
        self.busy_until = 0.0
        self.bytes = 0

    def pass_bytes(self, n: int, received_at: float, done: threading.Event) -> None:
        with self.lock:
            self.bytes += n
        if self.link.latency_s > 0:
            delay = received_at + self.link.latency_s - time.monotonic()
            if delay > 0:
                done.wait(delay)
        if self.link.bandwidth_bps > 0:
            with self.lock:
                start = max(time.monotonic(), self.busy_until)
                self.busy_until = start + n * 8 / self.link.bandwidth_bps
                wait = self.busy_until - time.monotonic()
            if wait > 0:
                done.wait(wait)


class _Connection:
    """A desk connection and its upstream one, with the fate of the request under way."""

    def __init__(self, client: socket.socket, upstream: socket.socket) -> None:
        self.client = client
        self.upstream = upstream
        self.done = threading.Event()
        self.answer_fate = ""  # what happens to the answer of the request just sent
        self.batch = threading.Event()  # this connection carries a batch upload just now

    def cut(self) -> None:
        """Both sides closed with RST; readers blocked on either side wake up."""
        self.done.set()
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            _reset(s)


class _Requests:
    """Follows HTTP/1.1 request boundaries in the desk-to-central byte stream (requests
    never pipelines, so the next answer always belongs to the last request)."""

    def __init__(self) -> None:
        self.head = b""
        self.body_left = 0

    def feed(self, data: bytes) -> list[tuple[bytes, str, int]]:
        """Splits data into (bytes, what, body_length) pieces: what is "head" for a whole
        request head (body_length its Content-Length), "body" for body bytes."""
        out: list[tuple[bytes, str, int]] = []
        while data:
            if self.body_left > 0:
                take = data[: self.body_left]
                self.body_left -= len(take)
                data = data[len(take) :]
                out.append((take, "body", 0))
                continue
            self.head += data
            data = b""
            end = self.head.find(b"\r\n\r\n")
            if end < 0:
                break
            head, data = self.head[: end + 4], self.head[end + 4 :]
            self.head = b""
            self.body_left = _content_length(head)
            out.append((head, "head", self.body_left))
        return out


class FaultProxy:
    def __init__(self, upstream_port: int, faults: Faults | None = None, link: Link | None = None) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults = faults or Faults()
        self.link = link or Link()
        self.rng = random.Random(self.faults.seed)
        self.lock = threading.Lock()
        self.is_down = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        self._closed = threading.Event()
        self._open: set[_Connection] = set()
        self._pending: set[socket.socket] = set()  # accepted, not yet connected upstream
        self.up_pipe = _Pipe(self.link)  # desk -> central
        self.down_pipe = _Pipe(self.link)  # central -> desk
        self.requests = 0
        self.drops = 0
        # Holding the answer to a batch upload until the test releases it (edit races).
        self.hold_batches = False
        self.batch_held = threading.Event()
        self.release = threading.Event()
        self.reset_held = False  # once released, cut the held answer off instead of passing it
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        if self.link.drop_every_s > 0:
            threading.Thread(target=self._dropper, daemon=True).start()

    # --- control

    def down(self) -> None:
        """The central goes away: new connections are refused and open ones cut (a client's
        keep-alive connection must not outlive the outage)."""
        self.is_down = True
        self.drop_all(count=False)

    def up(self) -> None:
        self.is_down = False

    def drop_all(self, *, count: bool = True) -> int:
        """Cut every open connection (the mobile link went away for a moment)."""
        with self.lock:
            open_now = list(self._open)
            pending = list(self._pending)
            if count and open_now:
                self.drops += 1
        for conn in open_now:
            conn.cut()
        for sock in pending:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        return len(open_now)

    def close(self) -> None:
        self._closed.set()
        self.listener.close()
        self.drop_all(count=False)

    @property
    def total_faults(self) -> int:
        return sum(self.faults.counts.values())

    @property
    def bytes_up(self) -> int:
        return self.up_pipe.bytes

    @property
    def bytes_down(self) -> int:
        return self.down_pipe.bytes

    def _roll(self, kind: str, p: float) -> bool:
        with self.lock:
            if p <= 0 or self.total_faults >= self.faults.max_faults or self.rng.random() >= p:
                return False
            self.faults.counts[kind] = self.faults.counts.get(kind, 0) + 1
            return True

    def _request_fate(self, head: bytes) -> str:
        with self.lock:
            self.requests += 1
            f = self.faults
            if f.only and f.only not in head:
                return ""
            if f.per_request <= 0 or self.total_faults >= f.max_faults or self.rng.random() >= f.per_request:
                return ""
            kind = self.rng.choice(f.request_kinds)
            f.counts[kind] = f.counts.get(kind, 0) + 1
            return kind

    def _dropper(self) -> None:
        while not self._closed.wait(self.link.drop_every_s):
            self.drop_all()

    # --- serving

    def _serve(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.is_down or self._roll("refuse", self.faults.refuse):
                _reset(client)
                continue
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        if self._roll("http_error", self.faults.http_error):
            try:
                client.recv(65536)
                with self.lock:
                    status = self.rng.choice(sorted(ERROR_ANSWERS))
                client.sendall(ERROR_ANSWERS[status])
            except OSError:
                pass
            client.close()
            return
        with self.lock:
            self._pending.add(client)
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
            upstream.settimeout(None)
        except OSError:
            _reset(client)
            return
        finally:
            with self.lock:
                self._pending.discard(client)
        conn = _Connection(client, upstream)
        with self.lock:
            self._open.add(conn)
        try:
            sender = threading.Thread(target=self._requests, args=(conn,), daemon=True)
            sender.start()
            self._answers(conn)
            sender.join()
        finally:
            with self.lock:
                self._open.discard(conn)
            for s in (client, upstream):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def _requests(self, conn: _Connection) -> None:
        """Desk -> central, request by request."""
        parser = _Requests()
        try:
            while not conn.done.is_set():
                data = conn.client.recv(65536)
                if not data:
                    break
                received = time.monotonic()
                for piece, what, body_len in parser.feed(data):
                    if what == "head":
                        if self.hold_batches and piece.startswith(b"POST /api/v1/complaints/batch"):
                            conn.batch.set()
                        fate = self._request_fate(piece)
                        if fate == "cut" and body_len > 0:
                            # cut inside this request's body, after a random share of it
                            with self.lock:
                                conn.answer_fate = f"cut-body:{self.rng.randrange(0, body_len)}"
                        else:
                            conn.answer_fate = fate
                    elif conn.answer_fate.startswith("cut-body:"):
                        left = int(conn.answer_fate.split(":")[1])
                        if len(piece) >= left:
                            self._send(conn, conn.upstream, piece[:left], received, self.up_pipe)
                            conn.cut()
                            return
                        conn.answer_fate = f"cut-body:{left - len(piece)}"
                    self._send(conn, conn.upstream, piece, received, self.up_pipe)
        except OSError:
            pass
        finally:
            conn.done.set()
            with contextlib.suppress(OSError):
                conn.upstream.shutdown(socket.SHUT_WR)

    def _answers(self, conn: _Connection) -> None:
        """Central -> desk, with the fate of the request it answers."""
        try:
            while True:
                data = conn.upstream.recv(65536)
                if not data:
                    break
                received = time.monotonic()
                if conn.batch.is_set():
                    conn.batch.clear()
                    self.batch_held.set()
                    self.release.wait(30)
                    if self.reset_held:
                        self.reset_held = False
                        conn.cut()
                        break
                fate, conn.answer_fate = conn.answer_fate, ""
                if fate == "lose":
                    conn.cut()  # the central did the work; the desk never hears of it
                    break
                if fate == "cut":
                    with self.lock:
                        cut = _answer_cut(data, self.rng)
                    self._send(conn, conn.client, data[:cut], received, self.down_pipe)
                    conn.cut()
                    break
                if fate == "stall":
                    conn.done.wait(self.faults.stall_s)  # the desk's read timeout fires meanwhile
                    conn.cut()
                    break
                if self._roll("stall", self.faults.stall):
                    conn.done.wait(self.faults.stall_s)
                    break
                if self._roll("reset", self.faults.reset):
                    conn.cut()
                    break
                if self._roll("truncate", self.faults.truncate):
                    with self.lock:
                        cut = self.rng.randrange(0, max(1, len(data)))
                    self._send(conn, conn.client, data[:cut], received, self.down_pipe)
                    break
                self._send(conn, conn.client, data, received, self.down_pipe)
        except OSError:
            pass
        finally:
            conn.done.set()
            with contextlib.suppress(OSError):
                conn.client.shutdown(socket.SHUT_RDWR)

    def _send(self, conn: _Connection, dst: socket.socket, data: bytes, received: float, pipe: _Pipe) -> None:
        if self.link.bandwidth_bps <= 0 and self.link.latency_s <= 0:
            pipe.bytes += len(data)
            dst.sendall(data)
            return
        for at in range(0, len(data), PIECE):
            piece = data[at : at + PIECE]
            pipe.pass_bytes(len(piece), received, conn.done)
            dst.sendall(piece)


def _answer_cut(data: bytes, rng: random.Random) -> int:
    """Where to cut an answer so that the desk cannot take it for a whole one: inside the
    body when it has one here, otherwise before the status code (http.client takes a status
    line cut after the code, without a reason or headers, for a whole answer)."""
    end = data.find(b"\r\n\r\n")
    if end >= 0:
        body = min(_content_length(data[: end + 4]), len(data) - end - 4)
        if body > 0:
            return end + 4 + rng.randrange(0, body)
    return rng.randrange(0, len(b"HTTP/1.1 "))


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            with contextlib.suppress(ValueError):
                return max(0, int(value.strip()))
    return 0


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
