"""A fault-injecting TCP proxy for the tests: between the desk and a real central.

At random (seeded) and up to a bound, it refuses connections, resets them, stalls
them past the client's read timeout, truncates answers, or answers with an HTTP
error itself. `down()` refuses everything, `up()` lets it through again.
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
from dataclasses import dataclass, field

ERROR_ANSWERS = {
    429: b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 0\r\nContent-Type: application/problem+json\r\n"
         b"Content-Length: 2\r\nConnection: close\r\n\r\n{}",
    500: b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 4\r\n"
         b"Connection: close\r\n\r\noops",
    503: b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
}


@dataclass
class Faults:
    refuse: float = 0.0  # per connection
    reset: float = 0.0  # per chunk of the answer
    stall: float = 0.0
    truncate: float = 0.0
    http_error: float = 0.0  # per connection: answer 429/500/503 instead of forwarding
    max_faults: int = 10**9
    stall_s: float = 2.0
    seed: int = 1
    counts: dict[str, int] = field(default_factory=dict)


class FaultProxy:
    def __init__(self, upstream_port: int, faults: Faults | None = None) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.faults = faults or Faults()
        self.rng = random.Random(self.faults.seed)
        self.lock = threading.Lock()
        self.is_down = False
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/api/v1"
        self._closed = threading.Event()
        self._open: set[socket.socket] = set()  # client sides of the connections being served
        # Holding the answer to a batch upload until the test releases it (edit races).
        self.hold_batches = False
        self.batch_held = threading.Event()
        self.release = threading.Event()
        self.reset_held = False  # once released, cut the held answer off instead of passing it
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    # --- control

    def down(self) -> None:
        """The central goes away: new connections are refused and open ones cut (a client's
        keep-alive connection must not outlive the outage)."""
        self.is_down = True
        with self.lock:
            open_now = list(self._open)
        for sock in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def up(self) -> None:
        self.is_down = False

    def close(self) -> None:
        self._closed.set()
        self.listener.close()

    @property
    def total_faults(self) -> int:
        return sum(self.faults.counts.values())

    def _roll(self, kind: str, p: float) -> bool:
        with self.lock:
            if p <= 0 or self.total_faults >= self.faults.max_faults or self.rng.random() >= p:
                return False
            self.faults.counts[kind] = self.faults.counts.get(kind, 0) + 1
            return True

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
            with self.lock:
                self._open.add(client)
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _forget(self, client: socket.socket) -> None:
        with self.lock:
            self._open.discard(client)

    def _handle(self, client: socket.socket) -> None:
        if self._roll("http_error", self.faults.http_error):
            try:
                client.recv(65536)
                with self.lock:
                    status = self.rng.choice(sorted(ERROR_ANSWERS))
                client.sendall(ERROR_ANSWERS[status])
            except OSError:
                pass
            self._forget(client)
            client.close()
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=30)
        except OSError:
            self._forget(client)
            _reset(client)
            return
        done = threading.Event()
        batch = threading.Event()  # this connection carries a batch upload just now
        threading.Thread(target=self._pump, args=(client, upstream, done, False, batch), daemon=True).start()
        self._pump(upstream, client, done, True, batch)

    def _pump(self, src: socket.socket, dst: socket.socket, done: threading.Event, answers: bool,
              batch: threading.Event) -> None:
        try:
            while not done.is_set():
                data = src.recv(65536)
                if not data:
                    break
                if not answers and self.hold_batches and b"POST /api/v1/complaints/batch" in data:
                    batch.set()
                if answers and batch.is_set():
                    batch.clear()
                    self.batch_held.set()
                    self.release.wait(30)
                    if self.reset_held:
                        self.reset_held = False
                        # shutdown first: the other pump is blocked reading this socket, and
                        # a close alone would wait for that read to end.
                        with contextlib.suppress(OSError):
                            dst.shutdown(socket.SHUT_RDWR)
                        _reset(dst)
                        break
                if answers:
                    if self._roll("stall", self.faults.stall):
                        done.wait(self.faults.stall_s)  # the client's read timeout fires meanwhile
                        break
                    if self._roll("reset", self.faults.reset):
                        _reset(dst)
                        break
                    if self._roll("truncate", self.faults.truncate):
                        with self.lock:
                            cut = self.rng.randrange(0, max(1, len(data)))
                        dst.sendall(data[:cut])
                        break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            done.set()
            self._forget(dst if answers else src)
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
