"""Region type-ahead latency per keystroke over the whole country, against a raw scan floor.

Samples village names with a fixed seed, types each one letter by letter into
`RegionDirectory.search` (no level or parent filter: the whole country), and times every
keystroke. The floor is a bare list comprehension substring scan over the same names,
lowercased once, timed on the same keystrokes in the same run.

    python benchmarks/region_typeahead.py [--names 200] [--seed 20261122] [--budget-ms 50]

Exits 1 if the p95 per keystroke is over the budget.
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from lapor_desk.regions import RegionDirectory, RegionLevel, fold

T = TypeVar("T")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def keystrokes(names: list[str]) -> list[tuple[str, int]]:
    """(what the search box holds after each key, which name), typing each from its start."""
    typed: list[tuple[str, int]] = []
    for number, name in enumerate(names):
        for end in range(1, len(name) + 1):
            if name[end - 1] != " ":  # a trailing space changes nothing worth timing
                typed.append((name[:end], number))
    return typed


def time_each(queries: Sequence[T], run: Callable[[T], object]) -> list[float]:
    """Milliseconds per query."""
    timings: list[float] = []
    clock = time.perf_counter_ns
    for query in queries:
        start = clock()
        run(query)
        timings.append((clock() - start) / 1e6)
    return timings


def summary(label: str, ms: list[float]) -> str:
    figures = [
        ("p50", percentile(ms, 50)),
        ("p95", percentile(ms, 95)),
        ("p99", percentile(ms, 99)),
        ("max", max(ms)),
        ("mean", statistics.fmean(ms)),
    ]
    return f"{label:<34}" + "".join(f"  {name} {value:7.3f} ms" for name, value in figures)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=200, help="village names to type")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--budget-ms", type=float, default=50.0, help="p95 budget per keystroke")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    directory = RegionDirectory.load()
    loaded = time.perf_counter()
    directory.prepare_search()
    indexed = time.perf_counter()

    villages = [r for r in directory if r.level is RegionLevel.VILLAGE]
    sample = random.Random(args.seed).sample(villages, args.names)
    typed = keystrokes([v.name for v in sample])
    queries = [text for text, _ in typed]
    # The same typing after the clerk has picked the province (the scoped picker path).
    scoped = [(text, sample[number].code[:2]) for text, number in typed]
    lowered = [r.name.lower() for r in directory]

    def floor(query: str) -> list[str]:
        q = query.lower()
        return [n for n in lowered if q in n]

    # Warm both paths once so neither pays first-call costs inside the timings.
    directory.search(queries[0])
    floor(queries[0])
    gc.collect()
    ours = time_each(queries, directory.search)
    raw = time_each(queries, floor)
    village_only = time_each(queries, lambda q: directory.search(q, level=RegionLevel.VILLAGE))
    in_province = time_each(scoped, lambda item: directory.search(item[0], parent=item[1]))

    # Sanity: typing a whole name puts a region of exactly that name first.
    exact_first = sum(1 for v in sample if fold(directory.search(v.name)[0].region.name) == fold(v.name))

    print(f"python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    counts = ", ".join(f"{n:,} {level}" for level, n in directory.counts().items())
    print(f"regions: {len(directory):,} ({counts})")
    print(f"load {1000 * (loaded - start):.0f} ms, search index {1000 * (indexed - loaded):.0f} ms")
    print(
        f"{args.names} village names (seed {args.seed}), {len(queries):,} keystrokes, "
        f"exact name first for {exact_first}/{args.names}"
    )
    print(summary("search(text), whole country", ours))
    print(summary("search(text, level=village)", village_only))
    print(summary("search(text, parent=province)", in_province))
    print(summary("floor: bare substring list comp", raw))
    p50, p95 = percentile(ours, 50), percentile(ours, 95)
    f50, f95 = percentile(raw, 50), percentile(raw, 95)
    print(f"ratio to floor: p50 {p50 / f50:.2f}x, p95 {p95 / f95:.2f}x (below 1 is faster)")
    verdict = "within" if p95 <= args.budget_ms else "OVER"
    print(f"p95 {p95:.3f} ms is {verdict} the {args.budget_ms:g} ms budget")
    return 0 if p95 <= args.budget_ms else 1


if __name__ == "__main__":
    sys.exit(main())
