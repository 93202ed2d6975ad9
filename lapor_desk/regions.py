"""The shipped Kemendagri region hierarchy (province to village) and its type-ahead search."""

from __future__ import annotations

import gzip
import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate, chain
from pathlib import Path

from lapor_desk.domain.messages import FieldMessage, warning
from lapor_desk.paths import resources_dir

DATA_FILE = Path("regions") / "regions.tsv.gz"
_HEADER = "code\tparent_code\tlevel\tname"
# Provinces of Tanah Papua, where a district is a "distrik" (UU 21/2001, special autonomy).
_PAPUA_PROVINCES = frozenset({"91", "92", "93", "94", "95", "96"})
_CODE_SHAPES = {2: (2,), 4: (2, 2), 6: (2, 2, 2), 10: (2, 2, 2, 4)}
_CODE_PATTERN = r"\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?"
_DOTTED_CODE = re.compile(_CODE_PATTERN)
# Marks that sit inside a word (Soka"an, Regapu’u, Ma'rang): dropped, not split on.
_INNER_MARKS = re.compile("['\"`\u2018\u2019\u02bc\u00b4]")
_NON_WORD = re.compile(r"[\W_]+")
_NON_WORD_KEEP_LINES = re.compile(r"(?:[^\w\n]|_)+")
_EDGE_SPACES = re.compile(r" *\n *")
_TOP = "\U0010ffff"  # sorts after every character: the end of a prefix range


class RegionLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"  # kabupaten or kota
    DISTRICT = "district"  # kecamatan, or distrik in Papua
    VILLAGE = "village"  # desa or kelurahan


_LEVEL_BY_NAME = {level.value: level for level in RegionLevel}
_DEPTH = {level: depth for depth, level in enumerate(RegionLevel)}  # dots in the code
_ROW = re.compile(rf"^({_CODE_PATTERN})\t([\d.]*)\t([a-z]+)\t([^\t\n]+)$", re.M)


class RegionDataError(ValueError):
    """The shipped region file is missing, damaged or inconsistent."""


class UnknownRegionError(KeyError):
    """A region code that is not in the shipped data."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # dotted Kemendagri form: 32, 32.04, 32.04.05, 32.04.05.2001
    parent_code: str | None
    level: RegionLevel
    name: str  # as published, e.g. "Kabupaten Bandung", "Cileunyi", "Cileunyi Kulon"

    @property
    def label(self) -> str:
        """The name with its kind spelled out: "Kecamatan Cileunyi", "Desa Cileunyi Kulon"."""
        return _with_kind(self, short=False)

    @property
    def short_label(self) -> str:
        """The name as it reads in an address line: "Kec. Cileunyi", "Kab. Bandung"."""
        return _with_kind(self, short=True)


@dataclass(frozen=True, slots=True)
class RegionMatch:
    """One search result: the region and its ancestors, for display and for filling pickers."""

    region: Region
    path: tuple[Region, ...]  # province first, ending with `region`

    @property
    def context(self) -> str:
        """Where it lies, nearest first: "Kec. Cileunyi, Kab. Bandung, Jawa Barat"."""
        return ", ".join(r.short_label for r in reversed(self.path[:-1]))

    @property
    def display(self) -> str:
        """ "Desa Cileunyi Kulon — Kec. Cileunyi, Kab. Bandung, Jawa Barat"."""
        context = self.context
        return f"{self.region.label} — {context}" if context else self.region.label


def fold(text: str) -> str:
    """Text as search compares it: lower case, no accents, words split on punctuation."""
    text = _INNER_MARKS.sub("", text)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def fold_many(texts: Sequence[str]) -> list[str]:
    """`[fold(t) for t in texts]`, several times faster for mostly ASCII texts."""
    if not texts or any("\n" in t for t in texts):
        return [fold(t) for t in texts]
    joined = _INNER_MARKS.sub("", "\n".join(texts)).casefold()
    joined = _EDGE_SPACES.sub("\n", _NON_WORD_KEEP_LINES.sub(" ", joined))
    folded = joined.strip(" ").split("\n")
    for i, text in enumerate(texts):
        if not text.isascii():
            folded[i] = fold(text)
    return folded


def dotted_code(text: str) -> str | None:
    """`text` as a dotted Kemendagri code ("3204" -> "32.04"), or None if it is not one."""
    text = text.strip()
    if _DOTTED_CODE.fullmatch(text):
        return text
    shape = _CODE_SHAPES.get(len(text))
    if shape is None or not text.isascii() or not text.isdigit():
        return None
    parts, start = [], 0
    for width in shape:
        parts.append(text[start : start + width])
        start += width
    return ".".join(parts)


def default_data_file() -> Path:
    return resources_dir() / DATA_FILE


class RegionDirectory:
    """All regions in memory, looked up by code and searched by name.

    Load it once (`RegionDirectory.load()`, about 0.3 s) and pass it to whoever needs
    it. It is read-only. The country-wide search index (about 0.25 s more) is built on
    the first search, or earlier by `prepare_search()` on a background thread; building
    it twice in a race is harmless.
    """

    def __init__(self, regions: Sequence[Region]) -> None:
        # Kept in code order, which for fixed-width dotted codes is depth-first: every
        # subtree is one contiguous run of `_regions`.
        self._regions = sorted(regions, key=_code_of)
        self._codes = [r.code for r in self._regions]
        self._index_of = {code: i for i, code in enumerate(self._codes)}
        if len(self._index_of) != len(self._regions):
            raise RegionDataError("duplicate region codes")
        missing = {r.parent_code for r in self._regions if r.parent_code} - self._index_of.keys()
        if missing:
            raise RegionDataError(f"parent regions missing: {', '.join(sorted(missing)[:5])}")
        self._folded = fold_many([r.name for r in self._regions])
        self._by_level: dict[RegionLevel, list[int]] = {level: [] for level in RegionLevel}
        for i, region in enumerate(self._regions):
            self._by_level[region.level].append(i)
        self._name_index: _NameIndex | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> RegionDirectory:
        """Read the shipped gzipped TSV (or `path`)."""
        return cls(read_regions(path or default_data_file()))

    def __len__(self) -> int:
        return len(self._regions)

    def __iter__(self) -> Iterator[Region]:
        """Every region, in code order (each province followed by everything beneath it)."""
        return iter(self._regions)

    def counts(self) -> dict[RegionLevel, int]:
        return {level: len(ids) for level, ids in self._by_level.items()}

    # --- lookups

    def get(self, code: str) -> Region | None:
        """The region with this code (dotted or plain digits), or None."""
        i = self._find(code)
        return None if i is None else self._regions[i]

    def is_known(self, code: str) -> bool:
        return self._find(code) is not None

    def children(self, code: str | None = None) -> list[Region]:
        """The regions directly under `code`, in code order; the provinces for None."""
        if code is None:
            return [self._regions[i] for i in self._by_level[RegionLevel.PROVINCE]]
        start = self._require(code)
        depth = self._codes[start].count(".") + 1
        return [
            region for region in self._regions[start + 1 : self._subtree_end(start)] if region.code.count(".") == depth
        ]

    def path(self, code: str) -> list[Region]:
        """The chain from the province down to `code` itself."""
        return list(self._path(self._require(code)))

    def match(self, code: str) -> RegionMatch:
        """`code` as a search result would show it."""
        i = self._require(code)
        return RegionMatch(self._regions[i], self._path(i))

    # --- the NIK cross-check

    def nik_region_warning(self, nik: str, field_name: str = "reporter_nik") -> FieldMessage | None:
        """A warning when a NIK's first six digits (PPKKCC) are not a known district.

        A NIK is never reissued, so a district since split, merged or renumbered is
        possible: this is only ever a warning. A malformed NIK gives None here; the
        structural checks in `domain.identity.check_nik` report it.
        """
        nik = nik.replace(" ", "")
        if len(nik) != 16 or not nik.isascii() or not nik.isdigit():
            return None
        code = f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}"  # always the shape of a district code
        if code in self._index_of:
            return None
        # Name the nearest region that does exist, so the clerk can judge the mismatch.
        nearest = next((c for c in (code[:5], code[:2]) if c in self._index_of), None)
        known = self.match(nearest).display if nearest else "-"
        return warning(field_name, "nik_region_unknown", region=code, known=known)

    # --- type-ahead

    def search(
        self,
        text: str,
        level: RegionLevel | str | None = None,
        parent: str | None = None,
        limit: int = 20,
    ) -> list[RegionMatch]:
        """Regions whose name contains every word of `text`, best first.

        Words match case- and accent-insensitively anywhere in the name. Ranking: the
        exact name, then names starting with the text, then names where every word starts
        a word of the name, then any other substring match; within each, shorter names
        first. `level` and `parent` (a code, searched beneath) narrow the search. Text with
        no letters or digits finds nothing.
        """
        words = fold(text).split()
        if not words or limit <= 0:
            return []
        wanted = RegionLevel(level) if level is not None else None
        if parent is not None:
            start = self._require(parent)
            scope: Iterable[int] = range(start + 1, self._subtree_end(start))
            if wanted is not None:
                scope = (i for i in scope if self._regions[i].level is wanted)
            ids = _scan(self._folded, scope, words, limit)
        elif wanted in (RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT):
            ids = _scan(self._folded, self._by_level[wanted], words, limit)
        else:
            accept = None if wanted is None else self._level_filter(wanted)
            ids = self._index().search(words, limit, accept)
        return [RegionMatch(self._regions[i], self._path(i)) for i in ids]

    def prepare_search(self) -> None:
        """Build the country-wide search index now rather than on the first keystroke."""
        self._index()

    # --- internals

    def _find(self, code: str) -> int | None:
        i = self._index_of.get(code)
        if i is None:
            dotted = dotted_code(code)
            i = None if dotted is None else self._index_of.get(dotted)
        return i

    def _require(self, code: str) -> int:
        i = self._find(code)
        if i is None:
            raise UnknownRegionError(code)
        return i

    def _path(self, i: int) -> tuple[Region, ...]:
        chain = [self._regions[i]]
        while chain[-1].parent_code is not None:
            chain.append(self._regions[self._index_of[chain[-1].parent_code]])
        return tuple(reversed(chain))

    def _subtree_end(self, i: int) -> int:
        # "/" follows "." in ASCII, so this is the first code outside the subtree.
        return bisect_left(self._codes, self._codes[i] + "/", lo=i + 1)

    def _level_filter(self, level: RegionLevel) -> Callable[[int], bool]:
        regions = self._regions
        return lambda i: regions[i].level is level

    def _index(self) -> _NameIndex:
        if self._name_index is None:
            self._name_index = _NameIndex(self._folded)
        return self._name_index


def read_regions(path: Path) -> list[Region]:
    """Parse the gzipped TSV `code, parent_code, level, name`, checking every row."""
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as handle:
            text = handle.read()
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        raise RegionDataError(f"{path}: cannot be read: {exc}") from exc
    header, _, body = text.partition("\n")
    if header != _HEADER:
        raise RegionDataError(f"{path}: expected the header {_HEADER!r}")
    expected = body.count("\n") + (0 if body.endswith("\n") or not body else 1)
    regions: list[Region] = []
    # Rows are turned into Regions as the C-level scanner yields them (no list of 91k tuples),
    # and each parent code is the parent's own string object: the directory stays small.
    code_objects: dict[str, str] = {}
    for match in _ROW.finditer(body):
        code, parent, level_name, name = match.groups()
        level = _LEVEL_BY_NAME.get(level_name)
        dot = code.rfind(".")
        if level is None or _DEPTH[level] != code.count(".") or parent != code[: max(dot, 0)]:
            number = body.count("\n", 0, match.start()) + 2  # the header is line 1
            raise RegionDataError(f"{path}, line {number}: inconsistent row for {code}")
        code_objects[code] = code
        regions.append(Region(code, code_objects.get(parent, parent) or None, level, name))
    if len(regions) != expected:
        lines = body.split("\n")
        bad = next((n for n, line in enumerate(lines, 2) if not _ROW.fullmatch(line)), "?")
        raise RegionDataError(f"{path}, line {bad}: malformed row")
    return regions


def _code_of(region: Region) -> str:
    return region.code


def _with_kind(region: Region, *, short: bool) -> str:
    name = region.name
    if region.level is RegionLevel.REGENCY:
        # Published names already say "Kabupaten …" or "Kota …".
        if short and name.startswith("Kabupaten "):
            return "Kab. " + name.removeprefix("Kabupaten ")
        return name
    if region.level is RegionLevel.DISTRICT:
        if region.code[:2] in _PAPUA_PROVINCES:
            return f"Distrik {name}"
        return f"{'Kec.' if short else 'Kecamatan'} {name}"
    if region.level is RegionLevel.VILLAGE:
        # The last code segment tells the kind: 1xxx kelurahan, 2xxx desa, 3xxx desa adat.
        kind = region.code[-4]
        if kind == "1" and not name.startswith("Kelurahan "):
            return f"{'Kel.' if short else 'Kelurahan'} {name}"
        if kind == "2" and not name.startswith("Desa "):
            return f"Desa {name}"
    return name


def _tier(name: str, words: list[str], phrase: str) -> int:
    if name == phrase:
        return 0
    if name.startswith(phrase):
        return 1
    tokens = name.split()
    if all(any(t.startswith(w) for t in tokens) for w in words):
        return 2
    return 3


def _scan(folded: list[str], scope: Iterable[int], words: list[str], limit: int) -> list[int]:
    """Linear search over a small scope (one level below the village, or one subtree)."""
    first, rest = words[0], words[1:]
    hits = [i for i in scope if first in folded[i]]
    if rest:
        hits = [i for i in hits if all(w in folded[i] for w in rest)]
    phrase = " ".join(words)
    hits.sort(key=lambda i: (_tier(folded[i], words, phrase), len(folded[i]), folded[i], i))
    return hits[:limit]


class _NameIndex:
    """Country-wide name index, so a keystroke needs no sort of tens of thousands of hits.

    Regions are numbered by rank: (folded length, folded name, code order). Each tier of
    the ranking then comes out of a cheap lookup as a set of ranks, and the best of a
    tier are simply its smallest ranks.
    """

    def __init__(self, folded: list[str]) -> None:
        # Two stable sorts with C-level keys: by name (ties keep code order), then by length.
        order = sorted(range(len(folded)), key=folded.__getitem__)
        lengths = list(map(len, folded))
        order.sort(key=lengths.__getitem__)
        # Numbers live in typed arrays (4-8 bytes each, not a 36-byte int object apiece): the
        # index of 91k regions stays a few MB, which matters for the desk's memory budget.
        self._ids = array("i", order)  # rank -> region index
        self._names = [folded[i] for i in order]  # rank -> folded name
        ranks_of_name: dict[str, list[int]] = {}
        ranks_of_token: dict[str, list[int]] = {}
        for rank, name in enumerate(self._names):
            ranks_of_name.setdefault(name, []).append(rank)
            for token in set(name.split()):
                ranks_of_token.setdefault(token, []).append(rank)
        self._by_name = _PrefixTable(ranks_of_name)
        self._by_token = _PrefixTable(ranks_of_token)
        self._haystack = "\n".join(self._names)
        self._line_starts = array("q", accumulate((len(n) + 1 for n in self._names), initial=0))

    def search(self, words: list[str], limit: int, accept: Callable[[int], bool] | None) -> list[int]:
        phrase = " ".join(words)
        taken: list[int] = []
        seen: set[int] = set()

        def take(ranks: Iterable[int]) -> bool:
            for rank in ranks:
                if rank in seen:
                    continue
                seen.add(rank)
                region = self._ids[rank]
                if accept is None or accept(region):
                    taken.append(region)
                    if len(taken) >= limit:
                        return True
            return False

        if take(self._by_name.exact(phrase)):
            return taken
        if take(sorted(self._by_name.ranks_with_prefix(phrase))):
            return taken
        if take(sorted(self._word_prefix_ranks(words))):
            return taken
        take(self._substring_ranks(words))
        return taken

    def _word_prefix_ranks(self, words: list[str]) -> set[int]:
        spans = [self._by_token.ranks_with_prefix(w) for w in set(words)]
        result: set[int] | None = None
        # Narrowest word first, so the sets being intersected stay small.
        for span in sorted(spans, key=len):
            result = set(span) if result is None else result.intersection(span)
            if not result:
                return set()
        return result or set()

    def _substring_ranks(self, words: list[str]) -> Iterator[int]:
        """Ranks whose name contains every word, in rank order, produced lazily.

        `str.find` over all names joined by newlines skips non-matching names at C speed;
        a word never holds a space or newline, so a hit never straddles two names.
        """
        first = max(words, key=len)  # the longest word rules out the most names
        rest = [w for w in words if w != first]
        haystack, starts = self._haystack, self._line_starts
        pos = haystack.find(first)
        while pos != -1:
            rank = bisect_right(starts, pos) - 1
            if all(w in self._names[rank] for w in rest):
                yield rank
            pos = haystack.find(first, starts[rank + 1])


class _PrefixTable:
    """Ranks filed under sorted keys, so all ranks under keys with a prefix are one slice."""

    def __init__(self, ranks_of_key: dict[str, list[int]]) -> None:
        self._keys = sorted(ranks_of_key)
        self._flat = array("i", chain.from_iterable(map(ranks_of_key.__getitem__, self._keys)))
        sizes = (len(ranks_of_key[key]) for key in self._keys)
        self._offsets = array("i", accumulate(sizes, initial=0))

    def exact(self, key: str) -> Sequence[int]:
        """The ranks filed under exactly `key`."""
        lo = bisect_left(self._keys, key)
        if lo == len(self._keys) or self._keys[lo] != key:
            return ()
        return self._flat[self._offsets[lo] : self._offsets[lo + 1]]

    def ranks_with_prefix(self, prefix: str) -> Sequence[int]:
        lo = bisect_left(self._keys, prefix)
        hi = bisect_left(self._keys, prefix + _TOP, lo=lo)
        return self._flat[self._offsets[lo] : self._offsets[hi]]
