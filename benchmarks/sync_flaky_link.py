"""Sync over a poor mobile link: bytes on the wire and time against the physical floor.

    python -m benchmarks.sync_flaky_link [--count 1000] [--with-files 0.45] [--scan-mb 10]
        [--kbit 256] [--latency-ms 300] [--drop-every-s 60] [--faults 0.0]

1. Bytes on the wire per complaint, with and without gzip request bodies: the same queued
   complaints (no files) sent twice through the test proxy on a clean link, to two desk
   accounts, counting the bytes the desk sent.
2. Time to deliver the complaints with their files (a share with 1-3 small scans, one
   with a large scan) through the proxy throttled to --kbit with --latency-ms one way,
   every connection dropped every --drop-every-s seconds; printed beside the physical
   floor, the bytes that crossed the link divided by its bandwidth, measured in the same run.

The link is tests/sync/fault_proxy.py's real TCP proxy. At the issue's size (1,000
complaints, 10 MB scan, 256 kbit/s) phase 2 takes tens of minutes: the floor alone is
about 6 minutes. For a quick look: --count 100 --scan-mb 1 --kbit 2000.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LAPOR_DESK_NO_KEYRING", "1")
_TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path[:0] = [str(_TESTS / "sync"), str(_TESTS)]  # the test proxy and the test complaint factory

from central.testing import RunningServer, running_server  # noqa: E402
from lapor_desk.attachments import AttachmentStore  # noqa: E402
from lapor_desk.demo import DemoGenerator, pilot_places, write_demo_data  # noqa: E402
from lapor_desk.desk import Desk  # noqa: E402
from lapor_desk.domain.complaint import Attachment, Extras  # noqa: E402
from lapor_desk.paths import Paths  # noqa: E402
from lapor_desk.sync.retry import RetryPolicy  # noqa: E402

from factories import walk_in  # noqa: E402
from fault_proxy import FaultProxy, Faults, Link  # noqa: E402


def open_desk(home: Path, url: str, token: str) -> Desk:
    desk = Desk.open(f"sqlite:///{home / 'desk.sqlite3'}", paths=Paths(home / "data", home / "config", home / "logs"))
    assert desk.sync is not None
    desk.sync.register(url, token)
    desk.sync.policy = RetryPolicy(base_s=0.2, cap_s=5.0)
    desk.settings.set_text("sync.upload_demo", "1")
    return desk


def wire_bytes(server: RunningServer, tmp: Path, count: int, compress: bool) -> tuple[int, int]:
    """(bytes the desk sent, complaints synced) for `count` demo complaints on a clean link."""
    name = "gzip" if compress else "plain"
    token = server.add_desk(f"BYTES-{name.upper()}")
    proxy = FaultProxy(server.port)
    desk = open_desk(tmp / f"desk-{name}", proxy.url, token)
    try:
        assert desk.sync is not None
        desk.sync.engine_options = {"compress": compress}
        write_demo_data(
            desk.db, DemoGenerator(pilot_places(), seed=4, desk_code=f"BYTES-{name.upper()}"), count, hooks=desk.hooks
        )
        before = proxy.bytes_up
        report = desk.sync.run_cycle(force=True)
        return proxy.bytes_up - before, report.synced
    finally:
        proxy.close()
        desk.close()


def deliver(server: RunningServer, tmp: Path, args: argparse.Namespace) -> tuple[float, int, int, int, int]:
    """(seconds, bytes up, bytes down, cycles, complaints synced) over the poor link."""
    token = server.add_desk("SLOW-01")
    link = Link(bandwidth_bps=args.kbit * 1000, latency_s=args.latency_ms / 1000, drop_every_s=args.drop_every_s)
    proxy = FaultProxy(server.port, Faults(per_request=args.faults, stall_s=5.0, seed=3), link)
    home = tmp / "desk-slow"
    desk = open_desk(home, proxy.url, token)
    rng = random.Random(7)
    store = AttachmentStore(desk.paths.data_dir / "attachments")
    folder = tmp / "files"
    folder.mkdir()

    def scan(name: str, size: int) -> Attachment:
        path = folder / name
        path.write_bytes(b"%PDF-1.4\n" + rng.randbytes(size - 9))
        stored = store.add(path)
        return Attachment(stored.sha256, stored.filename, stored.media_type, stored.size)

    try:
        assert desk.sync is not None
        desk.sync.timeouts = (10.0, 120.0)
        chosen = 0
        for n in range(args.count):
            files: tuple[Attachment, ...] = ()
            if n == 0:
                files = (scan("besar.pdf", int(args.scan_mb * 1024 * 1024)),)
            elif rng.random() < args.with_files:
                files = tuple(scan(f"b-{n}-{k}.pdf", rng.randrange(20_000, 120_000)) for k in range(rng.randint(1, 3)))
            chosen += bool(files)
            desk.complaints.record(
                walk_in(title=f"Pengaduan lewat jaringan seluler {n}"),
                extras=Extras(attachments=files) if files else None,
            )
        print(f"  queued {args.count:,} complaints, {chosen:,} with files", flush=True)
        started = time.perf_counter()
        cycles = 0
        while desk.sync.status().waiting and cycles < 500:
            desk.sync.run_cycle(force=True)
            cycles += 1
        elapsed = time.perf_counter() - started
        return elapsed, proxy.bytes_up, proxy.bytes_down, cycles, desk.sync.status().synced
    finally:
        proxy.close()
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--with-files", type=float, default=0.45)
    parser.add_argument("--scan-mb", type=float, default=10.0)
    parser.add_argument("--kbit", type=float, default=256.0)
    parser.add_argument("--latency-ms", type=float, default=300.0)
    parser.add_argument("--drop-every-s", type=float, default=60.0)
    parser.add_argument("--faults", type=float, default=0.0, help="per-request fault rate on the slow link")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="flaky-bench-") as tmp_name:
        tmp = Path(tmp_name)
        serve = ("--workers", "1", "--max-attachment-bytes", str(int(args.scan_mb * 1024 * 1024) + 1024))
        with running_server(serve_args=serve, work_dir=tmp / "central") as server:
            plain, n_plain = wire_bytes(server, tmp, args.count, compress=False)
            packed, n_packed = wire_bytes(server, tmp, args.count, compress=True)
            print(f"bytes on the wire per complaint, plain : {plain / args.count:9,.0f} B ({n_plain:,} synced)")
            print(
                f"bytes on the wire per complaint, gzip  : {packed / args.count:9,.0f} B ({n_packed:,} synced)"
                f"  ({plain / max(1, packed):.1f}x smaller)"
            )
            seconds, up, down, cycles, synced = deliver(server, tmp, args)
    floor = (up + down) * 8 / (args.kbit * 1000)
    print(
        f"link {args.kbit:g} kbit/s, {args.latency_ms:g} ms one way, dropped every {args.drop_every_s:g} s, "
        f"faults {args.faults:.0%} per request"
    )
    print(f"deliver {args.count:,} complaints with files : {seconds:9.1f} s in {cycles} cycles ({synced:,} synced)")
    print(f"physical floor (bytes / bandwidth)       : {floor:9.1f} s  ({up:,} B up, {down:,} B down)")
    print(f"ratio                                    : {seconds / floor:9.2f}x the floor")
    return 0 if synced == args.count and n_plain == n_packed == args.count else 1


if __name__ == "__main__":
    sys.exit(main())
