"""Realistic synthetic complaints for training desks and for the benchmarks.

Indonesian text, the KOICA-UNDP pilot regions, plausible NIKs and phones, a spread
of types, channels, dates and inclusion data; written through the same write path
as the intake form, in large transactions.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lapor_desk.domain.enums import AgeBand, Channel, Disability, DisabilityType, ReportType, Sex
from lapor_desk.regions import RegionDirectory, RegionLevel
from lapor_desk.services.hooks import WriteHook
from lapor_desk.services.writer import NewComplaint, write_new_complaints
from lapor_desk.storage.database import Database

# The pilot regions of the KOICA-UNDP programme (DOMAIN.md): provinces and regencies.
PILOT_AREAS = ("51", "34", "13", "32.04", "34.04", "36.03")


@dataclass(frozen=True)
class Place:
    province_code: str
    regency_code: str
    district_code: str
    village_code: str
    village: str
    district: str
    regency: str


_TOPICS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Jalan rusak di {village}",
        (
            "Jalan utama di {village}, Kecamatan {district}, rusak parah dan berlubang sejak {months} bulan lalu.",
            "Saat hujan lubang tertutup air sehingga sudah ada pengendara motor yang jatuh.",
            "Warga sudah melapor ke kantor desa namun belum ada perbaikan.",
        ),
        ("jalan", "lubang", "aspal"),
    ),
    (
        "Pelayanan puskesmas {district} lambat",
        (
            "Antrean di Puskesmas {district} sangat panjang, pasien menunggu lebih dari {hours} jam.",
            "Petugas pendaftaran hanya satu orang dan loket sering tutup saat jam istirahat.",
            "Lansia dan ibu hamil tidak mendapat antrean prioritas.",
        ),
        ("puskesmas", "antrean", "pasien"),
    ),
    (
        "KTP-el belum jadi setelah {months} bulan",
        (
            "Saya sudah merekam KTP elektronik di Disdukcapil {regency} sejak {months} bulan lalu.",
            "Setiap kali datang petugas mengatakan blanko habis.",
            "Saya membutuhkan KTP untuk mendaftar bantuan sosial dan membuka rekening.",
        ),
        ("ktp", "blanko", "disdukcapil"),
    ),
    (
        "Bantuan PKH tidak diterima",
        (
            "Keluarga kami terdaftar sebagai penerima PKH namun bantuan tahap ini tidak masuk ke rekening.",
            "Pendamping PKH di {village} belum bisa memberi penjelasan.",
            "Kami mohon data penerima diperiksa kembali.",
        ),
        ("pkh", "bansos", "rekening"),
    ),
    (
        "Air PDAM tidak mengalir di {village}",
        (
            "Sudah {days} hari air PDAM tidak mengalir ke rumah warga di {village}.",
            "Tagihan bulanan tetap datang dengan jumlah yang sama.",
            "Warga terpaksa membeli air bersih dari pedagang keliling.",
        ),
        ("pdam", "air", "tagihan"),
    ),
    (
        "Sampah menumpuk di pasar {district}",
        (
            "Sampah di sekitar Pasar {district} tidak diangkut selama {days} hari.",
            "Bau menyengat dan saluran air tersumbat sehingga terjadi genangan.",
            "Pedagang sudah membayar retribusi kebersihan setiap hari.",
        ),
        ("sampah", "pasar", "retribusi"),
    ),
    (
        "Pungutan liar pengurusan surat di kantor desa",
        (
            "Untuk mengurus surat keterangan domisili di kantor {village} warga diminta membayar Rp{amount}.",
            "Tidak ada kuitansi dan tidak ada dasar aturan yang ditunjukkan.",
            "Mohon ditertibkan karena memberatkan warga kurang mampu.",
        ),
        ("pungli", "surat", "kuitansi"),
    ),
    (
        "Akses kursi roda di kantor kecamatan {district}",
        (
            "Kantor Kecamatan {district} tidak memiliki ramp sehingga pengguna kursi roda tidak bisa masuk.",
            "Loket pelayanan berada di lantai dua tanpa lift.",
            "Mohon disediakan layanan di lantai dasar bagi penyandang disabilitas.",
        ),
        ("disabilitas", "ramp", "aksesibilitas"),
    ),
    (
        "Usulan lampu penerangan jalan di {village}",
        (
            "Ruas jalan antara {village} dan pusat Kecamatan {district} gelap pada malam hari.",
            "Sering terjadi kecelakaan dan warga takut melintas sepulang kerja.",
            "Kami mengusulkan pemasangan lampu penerangan jalan umum.",
        ),
        ("lampu", "penerangan", "malam"),
    ),
    (
        "Informasi jadwal PPDB SMP negeri",
        (
            "Saya ingin mengetahui jadwal dan syarat PPDB SMP negeri di {regency} tahun ini.",
            "Informasi di situs dinas pendidikan belum diperbarui.",
            "Mohon dijelaskan juga kuota jalur zonasi dan afirmasi.",
        ),
        ("ppdb", "sekolah", "zonasi"),
    ),
    (
        "Banjir akibat drainase tersumbat",
        (
            "Setiap hujan deras, permukiman di {village} tergenang setinggi {cm} cm.",
            "Saluran drainase di sepanjang jalan tertutup sedimen dan sampah.",
            "Mohon dinas terkait melakukan normalisasi saluran.",
        ),
        ("banjir", "drainase", "genangan"),
    ),
    (
        "Izin usaha mikro tidak kunjung terbit",
        (
            "Saya mengajukan NIB dan izin usaha mikro melalui mal pelayanan publik {regency}.",
            "Sudah {days} hari berlalu tanpa kabar perkembangan.",
            "Usaha katering saya membutuhkan izin untuk ikut pengadaan.",
        ),
        ("izin", "usaha", "nib"),
    ),
)
_RARE_WORDS = (
    "kelurahan",
    "retribusi",
    "sertifikat",
    "posyandu",
    "jembatan",
    "irigasi",
    "angkot",
    "terminal",
    "pemakaman",
    "kartu",
    "stunting",
    "imunisasi",
)
_FIRST_F = (
    "Siti",
    "Dewi",
    "Ayu",
    "Rina",
    "Wulan",
    "Ni Made",
    "Ni Ketut",
    "Putri",
    "Nur",
    "Lestari",
    "Fitri",
    "Yuliana",
    "Rahmawati",
    "Sri",
    "Indah",
)
_FIRST_M = (
    "Budi",
    "Agus",
    "Made",
    "Ketut",
    "Wayan",
    "Andi",
    "Rizky",
    "Dedi",
    "Hendra",
    "Yusuf",
    "Joko",
    "Asep",
    "Iwan",
    "Fajar",
    "Bayu",
)
_LAST = (
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Kusuma",
    "Suryani",
    "Rahman",
    "Nugroho",
    "Putra",
    "Setiawan",
    "Permana",
    "Sudarsana",
    "Effendi",
    "Syahputra",
)
_CHANNEL_WEIGHTS = {
    Channel.WALK_IN: 50,
    Channel.PHONE: 25,
    Channel.LETTER: 12,
    Channel.SUGGESTION_BOX: 5,
    Channel.SMS: 4,
    Channel.SOCIAL: 4,
}
_TYPE_WEIGHTS = {ReportType.PENGADUAN: 70, ReportType.ASPIRASI: 20, ReportType.PERMINTAAN_INFORMASI: 10}


class DemoGenerator:
    """Deterministic for a seed: the same seed gives the same complaints."""

    def __init__(
        self,
        places: Sequence[Place],
        *,
        seed: int = 1,
        end: datetime | None = None,
        span_days: int = 730,
        desk_code: str = "DEMO-01",
    ) -> None:
        if not places:
            raise ValueError("demo data needs at least one place")
        self.rng = random.Random(seed)
        self.places = places
        self.end = end or datetime.now(UTC)
        self.span = timedelta(days=span_days)
        self.desk_code = desk_code
        self._channels = list(_CHANNEL_WEIGHTS), list(_CHANNEL_WEIGHTS.values())
        self._types = list(_TYPE_WEIGHTS), list(_TYPE_WEIGHTS.values())

    def received_times(self, count: int) -> list[datetime]:
        """Office-hours arrival times, oldest first, so ids follow time as on a real desk."""
        start = self.end - self.span
        times = []
        for _ in range(count):
            day = start + timedelta(days=self.rng.random() * self.span.days)
            # 08:00-16:00 WIB is 01:00-09:00 UTC
            at = day.replace(hour=1, minute=0, second=0, microsecond=0) + timedelta(
                seconds=self.rng.randrange(8 * 3600)
            )
            # Today's office hours are not over yet: a later time is yesterday's (the central
            # refuses a complaint received in the future, as the desk's own form does).
            times.append(at - timedelta(days=1) if at > self.end else at)
        times.sort()
        return times

    def row(self, received: datetime) -> dict[str, Any]:
        rng = self.rng
        place = rng.choice(self.places)
        title_t, sentences, _ = rng.choice(_TOPICS)
        fill = {
            "village": place.village,
            "district": place.district,
            "regency": place.regency,
            "months": rng.randint(1, 11),
            "days": rng.randint(2, 20),
            "hours": rng.randint(2, 6),
            "amount": rng.choice(("50.000", "100.000", "150.000")),
            "cm": rng.randint(20, 80),
        }
        body = " ".join(s.format(**fill) for s in sentences)
        if rng.random() < 0.05:
            body += f" Terkait juga dengan {rng.choice(_RARE_WORDS)} setempat."
        female = rng.random() < 0.52
        name = f"{rng.choice(_FIRST_F if female else _FIRST_M)} {rng.choice(_LAST)}"
        age = rng.randint(17, 75)
        birth = received.date() - timedelta(days=age * 365 + rng.randrange(365))
        channel = rng.choices(*self._channels)[0]
        rtype = rng.choices(*self._types)[0]
        anonymous = rng.random() < 0.08
        inclusion = rng.random() < 0.7
        disability_consent = inclusion and rng.random() < 0.8
        disability = (
            rng.choices((Disability.NO, Disability.YES, Disability.DECLINED), (80, 12, 8))[0]
            if disability_consent
            else None
        )
        types = ""
        if disability is Disability.YES:
            types = rng.choice(tuple(DisabilityType)).value
        return {
            "client_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "desk_code": self.desk_code,
            "status": "recorded",
            "revision": 1,
            "type": rtype.value,
            "channel": channel.value,
            "title": title_t.format(**fill)[:150],
            "body": body,
            "incident_date": received.date() - timedelta(days=rng.randint(0, 30)),
            "location_text": f"{place.village}, Kec. {place.district}, {place.regency}",
            "province_code": place.province_code,
            "regency_code": place.regency_code,
            "district_code": place.district_code,
            "village_code": place.village_code,
            "latitude": None,
            "longitude": None,
            "category_id": "",
            "agency_name": "",
            "is_anonymous": anonymous,
            "is_confidential": rng.random() < 0.05,
            "reporter_name": name,
            "reporter_nik": _nik(rng, place.district_code, birth, female),
            "reporter_phone": f"+628{rng.randint(11, 59)}{rng.randrange(10**7, 10**8)}",
            "reporter_email": "",
            "reporter_address": f"{place.village} RT 0{rng.randint(1, 9)}/0{rng.randint(1, 9)}",
            "consent_personal": True,
            "inclusion_consent": inclusion,
            "sex": (Sex.FEMALE if female else Sex.MALE).value if inclusion else None,
            "age_band": _age_band(age).value if inclusion else None,
            "disability_consent": disability_consent,
            "disability": None if disability is None else disability.value,
            "disability_types": types,
            "accessibility_need": "",
            "with_companion": (rng.random() < 0.1) if inclusion else None,
            "officer_name": "Petugas Demo",
            "officer_nip": "",
            "received_at": received,
            "created_at": received,
            "updated_at": received,
            "import_key": None,
            "receipt_number": None,
        }


def _nik(rng: random.Random, district_code: str, birth: date, female: bool) -> str:
    region = district_code.replace(".", "")[:6].ljust(6, "0")
    day = birth.day + (40 if female else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"


def _age_band(age: int) -> AgeBand:
    return next(b for b in AgeBand if b.contains(age))


def write_demo_data(
    db: Database,
    generator: DemoGenerator,
    count: int,
    *,
    batch: int = 5000,
    progress: Callable[[int], None] | None = None,
    hooks: Sequence[WriteHook] = (),
) -> int:
    """Write `count` complaints, each with created and recorded events. Returns the count."""
    written = 0
    times = generator.received_times(count)
    for start in range(0, count, batch):
        rows = [generator.row(t) for t in times[start : start + batch]]
        with db.write() as conn:
            write_new_complaints(
                conn, [NewComplaint(row, row["officer_name"]) for row in rows], source="demo", hooks=hooks
            )
        written += len(rows)
        if progress:
            progress(written)
    return written


def pilot_places(directory: RegionDirectory | None = None) -> list[Place]:
    """Every village of the pilot regions, from the shipped Kemendagri data."""
    directory = directory or RegionDirectory.load()
    places: list[Place] = []
    for area in PILOT_AREAS:
        stack = [area]
        while stack:
            code = stack.pop()
            region = directory.get(code)
            if region is None:
                continue
            if region.level is RegionLevel.VILLAGE:
                province, regency, district = (directory.get(code[:n]) for n in (2, 5, 8))
                assert province and regency and district
                places.append(
                    Place(
                        province.code,
                        regency.code,
                        district.code,
                        region.code,
                        region.label,
                        district.name,
                        regency.short_label,
                    )
                )
            else:
                stack.extend(child.code for child in directory.children(code))
    places.sort(key=lambda p: p.village_code)
    return places
