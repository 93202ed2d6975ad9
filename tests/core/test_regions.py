"""The shipped Kemendagri regions: lookups, type-ahead search and the NIK region check."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from lapor_desk.domain.messages import Severity
from lapor_desk.regions import (
    Region,
    RegionDataError,
    RegionDirectory,
    RegionLevel,
    RegionMatch,
    UnknownRegionError,
    default_data_file,
    dotted_code,
    fold,
    fold_many,
)

HEADER = "code\tparent_code\tlevel\tname\n"


@pytest.fixture(scope="module")
def regions() -> RegionDirectory:
    return RegionDirectory.load()


def codes(matches: list[RegionMatch]) -> list[str]:
    return [m.region.code for m in matches]


def known(regions: RegionDirectory, code: str) -> Region:
    region = regions.get(code)
    assert region is not None, code
    return region


# --- the shipped file


def test_shipped_file_is_small_and_documented() -> None:
    data = default_data_file()
    assert data.stat().st_size < 3_000_000
    folder = data.parent
    source = (folder / "SOURCE.md").read_text(encoding="utf-8")
    assert "idn-area-data" in source and "4.0.1" in source
    assert "Open Database License" in source
    assert "Open Database License" in (folder / "LICENSE-ODbL.md").read_text(encoding="utf-8")


def test_counts_per_level_match_idn_area_data_4_0_1(regions: RegionDirectory) -> None:
    # These change with a new Kepmendagri decree; update SOURCE.md when they do.
    assert regions.counts() == {
        RegionLevel.PROVINCE: 38,
        RegionLevel.REGENCY: 514,
        RegionLevel.DISTRICT: 7285,
        RegionLevel.VILLAGE: 83762,
    }
    assert len(regions) == 91599


def test_every_regency_name_says_kabupaten_or_kota(regions: RegionDirectory) -> None:
    names = [r.name for r in regions.children("32")]
    assert "Kabupaten Bandung" in names and "Kota Bandung" in names
    for province in regions.children(None):
        for regency in regions.children(province.code):
            assert regency.name.startswith(("Kabupaten ", "Kota ")), regency


# --- lookups


def test_kabupaten_bandung_and_its_districts(regions: RegionDirectory) -> None:
    bandung = regions.get("32.04")
    assert bandung == Region("32.04", "32", RegionLevel.REGENCY, "Kabupaten Bandung")
    districts = regions.children("32.04")
    assert len(districts) == 31
    assert all(d.level is RegionLevel.DISTRICT and d.parent_code == "32.04" for d in districts)
    by_code = {d.code: d.name for d in districts}
    assert by_code["32.04.05"] == "Cileunyi"
    assert by_code["32.04.37"] == "Soreang"
    assert by_code["32.04.12"] == "Dayeuhkolot"
    assert [d.code for d in districts] == sorted(by_code)


def test_children_of_a_district_are_its_villages(regions: RegionDirectory) -> None:
    villages = regions.children("32.04.05")
    assert [v.name for v in villages[:3]] == ["Cileunyi Kulon", "Cileunyi Wetan", "Cimekar"]
    assert all(v.level is RegionLevel.VILLAGE for v in villages)
    assert regions.children("32.04.05.2001") == []


def test_provinces_include_the_programme_regions(regions: RegionDirectory) -> None:
    provinces = regions.children(None)
    assert len(provinces) == 38
    names = {p.code: p.name for p in provinces}
    assert names["51"] == "Bali"
    assert names["34"] == "Daerah Istimewa Yogyakarta"
    assert names["13"] == "Sumatera Barat"
    assert names["96"] == "Papua Barat Daya"
    assert known(regions, "34.04").name == "Kabupaten Sleman"
    assert known(regions, "36.03").name == "Kabupaten Tangerang"


def test_path_runs_from_province_to_village(regions: RegionDirectory) -> None:
    path = regions.path("32.04.05.2001")
    names = [r.name for r in path]
    assert names == ["Jawa Barat", "Kabupaten Bandung", "Cileunyi", "Cileunyi Kulon"]
    assert [r.level for r in path] == list(RegionLevel)
    assert regions.path("32") == [regions.get("32")]


def test_plain_digit_codes_are_accepted(regions: RegionDirectory) -> None:
    assert regions.get("3204") == regions.get("32.04")
    assert regions.is_known("320405")
    assert regions.is_known("3204052001")
    assert dotted_code("3204052001") == "32.04.05.2001"
    assert dotted_code(" 32.04 ") == "32.04"
    assert dotted_code("32.0405") is None
    assert dotted_code("320") is None
    assert dotted_code("32a4") is None


def test_unknown_codes(regions: RegionDirectory) -> None:
    for code in ("32.99", "99", "32.04.99", "32.04.05.9999", "", "abc", "32.04.05.2001.1"):
        assert regions.get(code) is None
        assert not regions.is_known(code)
    with pytest.raises(UnknownRegionError) as caught:
        regions.path("32.99")
    assert caught.value.code == "32.99"
    with pytest.raises(KeyError):
        regions.children("32.04.99")
    with pytest.raises(UnknownRegionError):
        regions.search("cileunyi", parent="32.99")


def test_labels_spell_out_the_kind_of_region(regions: RegionDirectory) -> None:
    kelurahan = regions.get("32.73.01.1001")
    assert kelurahan is not None
    assert (kelurahan.label, kelurahan.short_label) == ("Kelurahan Sukarasa", "Kel. Sukarasa")
    assert known(regions, "32.04.05.2001").label == "Desa Cileunyi Kulon"
    assert known(regions, "32.04.05").label == "Kecamatan Cileunyi"
    assert known(regions, "32.04.05").short_label == "Kec. Cileunyi"
    assert known(regions, "32.04").short_label == "Kab. Bandung"
    assert known(regions, "32.73").short_label == "Kota Bandung"
    # Papua has distrik, and a desa adat's name already says so.
    assert known(regions, "93.01.01").label == "Distrik Merauke"
    assert known(regions, "91.03.01.3007").label == "Desa Adat Yoboi"


# --- type-ahead


def test_village_found_by_typing_part_of_its_name(regions: RegionDirectory) -> None:
    results = regions.search("nyi kul")
    assert results[0].region.code == "32.04.05.2001"
    assert results[0].display == "Desa Cileunyi Kulon — Kec. Cileunyi, Kab. Bandung, Jawa Barat"
    assert [r.name for r in results[0].path] == [
        "Jawa Barat",
        "Kabupaten Bandung",
        "Cileunyi",
        "Cileunyi Kulon",
    ]


def test_typing_letter_by_letter_narrows_to_the_village(regions: RegionDirectory) -> None:
    typed = ""
    for letter in "cileunyi wetan":
        typed += letter
        results = regions.search(typed)
        if typed.strip():
            assert 0 < len(results) <= 20
    assert codes(results) == ["32.04.05.2002"]


def test_exact_name_first_then_prefix_then_substring(regions: RegionDirectory) -> None:
    assert codes(regions.search("cileunyi")) == ["32.04.05", "32.04.05.2001", "32.04.05.2002"]
    districts = regions.search("bandung", level="district")
    names = [m.region.name for m in districts]
    assert names[:2] == ["Bandung", "Bandung"]  # exact, in Tulungagung and Serang
    assert names[2:6] == ["Bandungan", "Bandung Kidul", "Bandung Kulon", "Bandung Wetan"]
    assert names[6:8] == ["Sumur Bandung", "Kabandungan"]  # a word, then inside a word


def test_shorter_names_first_within_a_tier(regions: RegionDirectory) -> None:
    names = [m.region.name for m in regions.search("jaya", parent="32.04")]
    assert names[:5] == ["Mekarjaya", "Mekarjaya", "Mekarjaya", "Mangunjaya", "Tarumajaya"]
    lengths = [len(n) for n in names]
    assert lengths == sorted(lengths)


def test_case_and_accents_do_not_matter(regions: RegionDirectory) -> None:
    expected = codes(regions.search("cileunyi"))
    for typed in ("CILEUNYI", "Cileunyi", "CILÉUNYI", "cìlêünyí", " cileunyi  "):
        assert codes(regions.search(typed)) == expected
    assert fold("Çìlèúnyi–Kulon") == "cileunyi kulon"


def test_apostrophes_inside_names_are_ignored(regions: RegionDirectory) -> None:
    for typed in ("soka'an", "sokaan", "Soka’an", 'Soka"an'):
        assert codes(regions.search(typed)) == ["35.13.15.2017"]
    assert codes(regions.search("regapuu")) == ["53.07.01.2021"]  # published as Regapu’u


def test_level_filter(regions: RegionDirectory) -> None:
    results = regions.search("bandung", level=RegionLevel.REGENCY)
    assert codes(results) == ["32.73", "32.04", "32.17"]
    assert [m.display for m in results] == [
        "Kota Bandung — Jawa Barat",
        "Kabupaten Bandung — Jawa Barat",
        "Kabupaten Bandung Barat — Jawa Barat",
    ]
    villages = regions.search("bandung", level="village", limit=50)
    assert villages and all(m.region.level is RegionLevel.VILLAGE for m in villages)
    assert codes(regions.search("jawa barat", level="province")) == ["32"]
    with pytest.raises(ValueError):
        regions.search("bandung", level="kabupaten")


def test_parent_filter(regions: RegionDirectory) -> None:
    results = regions.search("sukamaju", parent="32.04")
    assert codes(results) == ["32.04.17.2007", "32.04.33.2008"]
    assert results[0].display == "Desa Sukamaju — Kec. Cimaung, Kab. Bandung, Jawa Barat"
    assert regions.search("cileunyi", parent="32.73") == []  # Kota Bandung has none
    assert codes(regions.search("cileunyi", parent="32.04", level="village")) == [
        "32.04.05.2001",
        "32.04.05.2002",
    ]
    assert codes(regions.search("mekar", parent="32.04.05")) == ["32.04.05.2003"]
    # The parent itself is not among its descendants.
    assert "32.04.05" not in codes(regions.search("cileunyi", parent="32.04.05"))


def test_whole_country_search_spans_provinces(regions: RegionDirectory) -> None:
    results = regions.search("sukamaju", limit=100)
    provinces = {m.path[0].name for m in results}
    assert {"Jawa Barat", "Sumatera Utara"} <= provinces
    assert all(m.region.name == "Sukamaju" for m in results[:20])


def test_limit(regions: RegionDirectory) -> None:
    assert len(regions.search("a")) == 20
    assert len(regions.search("a", limit=5)) == 5
    assert regions.search("a", limit=0) == []
    assert len(regions.search("a", level="village", limit=3)) == 3


@pytest.mark.parametrize("typed", ["", "   ", "!!!", "...,;:-- //", "'\"’", "\t\n", "_"])
def test_empty_or_punctuation_only_text_finds_nothing(regions: RegionDirectory, typed: str) -> None:
    assert regions.search(typed) == []
    assert regions.search(typed, level="village") == []
    assert regions.search(typed, parent="32.04") == []


def test_text_that_matches_nothing(regions: RegionDirectory) -> None:
    assert regions.search("qqqzzz") == []
    assert regions.search("cileunyi qqq") == []
    assert regions.search("x" * 10_000) == []
    assert regions.search("cileunyi (kulon)")[0].region.code == "32.04.05.2001"


def test_fold_many_agrees_with_fold_on_every_name(regions: RegionDirectory) -> None:
    names = [r.name for r in regions]
    assert len(names) == len(regions)
    names += ["Ünïcödé  Désa", "  spaced ", "a_b", "", 'Soka"an', "Regapu’u", "Lubuk Pakam I,II"]
    assert fold_many(names) == [fold(n) for n in names]
    assert fold_many([]) == []


# --- the NIK region check


def test_nik_from_a_known_district_gives_no_warning(regions: RegionDirectory) -> None:
    assert regions.nik_region_warning("3204054101990001") is None  # Cileunyi
    assert regions.nik_region_warning("3404 0101 0199 0001") is None  # spaces as printed


def test_nik_from_an_unknown_district_is_a_warning(regions: RegionDirectory) -> None:
    message = regions.nik_region_warning("3204990101990001")
    assert message is not None
    assert message.severity is Severity.WARNING
    assert message.field == "reporter_nik"
    assert message.code == "nik_region_unknown"
    assert message.params == {"region": "32.04.99", "known": "Kabupaten Bandung — Jawa Barat"}


def test_nik_issued_before_the_papua_split_is_only_a_warning(regions: RegionDirectory) -> None:
    # Merauke was 91.01 until 2022 and is 93.01 (Papua Selatan) now; old NIKs keep 9101.
    message = regions.nik_region_warning("9101014101900001", field_name="nik")
    assert message is not None and message.severity is Severity.WARNING
    assert message.field == "nik"
    assert message.params == {"region": "91.01.01", "known": "Papua"}
    unknown_province = regions.nik_region_warning("9901010101900001")
    assert unknown_province is not None and unknown_province.params["known"] == "-"


def test_nik_pointing_at_a_regency_is_not_a_district(regions: RegionDirectory) -> None:
    message = regions.nik_region_warning("3204000101990001")
    assert message is not None and message.params["region"] == "32.04.00"


@pytest.mark.parametrize(
    "nik", ["", "3204", "32040501019900011", "3204O50101990001", "３２０４０５０１０１９９０００１"]
)
def test_malformed_nik_is_left_to_the_structural_check(regions: RegionDirectory, nik: str) -> None:
    assert regions.nik_region_warning(nik) is None


# --- damaged data files


def write_gz(path: Path, text: str) -> Path:
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return path


def test_a_small_file_loads_and_searches(tmp_path: Path) -> None:
    data = write_gz(
        tmp_path / "r.tsv.gz",
        HEADER
        + "32\t\tprovince\tJawa Barat\n"
        + "32.04\t32\tregency\tKabupaten Bandung\n"
        + "32.04.05\t32.04\tdistrict\tCileunyi\n"
        + "32.04.05.2001\t32.04.05\tvillage\tCileunyi Kulon\n",
    )
    small = RegionDirectory.load(data)
    assert len(small) == 4
    assert codes(small.search("kulon")) == ["32.04.05.2001"]
    assert codes(small.search("cileunyi", level="village")) == ["32.04.05.2001"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("code,parent_code,level,name\n32,,province,Jawa Barat\n", "header"),
        (HEADER + "32\t\tprovince\n", "line 2"),
        (HEADER + "32\t\tprovince\tJawa Barat\n32.04\t33\tregency\tKabupaten Bandung\n", "line 3"),
        (HEADER + "32\t\tprovince\tJawa Barat\n32.04\t32\tdistrict\tKabupaten Bandung\n", "line 3"),
        (HEADER + "32\t\tprovince\tJawa Barat\n32.0405\t32\tregency\tX\n", "line 3"),
        (HEADER + "32\t\tprovince\tJawa Barat\n32.04\t32\tcounty\tX\n", "line 3"),
        (HEADER + "32\t\tprovince\tJawa Barat\n\n32.04\t32\tregency\tX\n", "line 3"),
        (HEADER + "32.04\t32\tregency\tKabupaten Bandung\n", "parent regions missing: 32"),
        (HEADER + "32\t\tprovince\tJawa Barat\n32\t\tprovince\tJawa Barat\n", "duplicate"),
    ],
)
def test_a_damaged_file_is_refused_with_a_reason(tmp_path: Path, body: str, reason: str) -> None:
    data = write_gz(tmp_path / "r.tsv.gz", body)
    with pytest.raises(RegionDataError, match=reason):
        RegionDirectory.load(data)


def test_a_missing_or_non_gzip_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegionDataError, match="cannot be read"):
        RegionDirectory.load(tmp_path / "absent.tsv.gz")
    plain = tmp_path / "plain.tsv.gz"
    plain.write_text(HEADER, encoding="utf-8")
    with pytest.raises(RegionDataError, match="cannot be read"):
        RegionDirectory.load(plain)
    truncated = tmp_path / "cut.tsv.gz"
    truncated.write_bytes(default_data_file().read_bytes()[:5000])
    with pytest.raises(RegionDataError, match="cannot be read"):
        RegionDirectory.load(truncated)
