"""Realistic sample data in Indonesian for demonstrations, screenshots and benchmarks.

Generated here, written by the data layer's bulk writer (one transaction, batches of rows) so that 100,000 of them
take seconds; every finding passes the validation gate and every row is what the normal path would write:
subjects, status history along the workflow with decision dates, register and Form A numbers as this device
issues them (data/numbers.py), evidence in the vault, search index and a hash-chained audit entry per action.

Consistent with the catalog: findings lie inside the office's area (except one in twenty recorded for handover
(dilimpahkan), from the neighbouring area), each under one election profile (Pemilu 2024 or Pilkada 2024) with its
events inside that profile's stages, and ASN cases forwarded to the body competent on the decision date (KASN for
decisions up to 23 August 2024, BKN after). A Panwaslu Kelurahan/Desa only writes Form A: its findings stay drafts.
"""

from __future__ import annotations

import random
import tempfile
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from netralitas_desktop.data.bulk_writer import bulk_writer
from netralitas_desktop.data.numbers import NumberPlan, form_a_plan, register_plan
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.catalog import Catalog, ElectionProfile
from netralitas_desktop.domain.model import REGISTERING_LEVELS, Evidence, Finding, OrderedIds, StatusEvent, Subject
from netralitas_desktop.domain.regions import RegionIndex
from netralitas_desktop.domain.validation import office_covers

T = TypeVar("T")

FIRST_NAMES = ("Ahmad", "Budi", "Suryani", "Rahmat", "Siti", "Hendra", "Dewi", "Agus", "Nurhayati", "Rudi",
               "Yusuf", "Fitriani", "Joko", "Rina", "Bambang", "Lestari", "Hasan", "Wati", "Irwan", "Maya",
               "Sulaiman", "Herlina", "Darmawan", "Novita", "Syamsudin", "Ratna", "Akiong", "Meiliana", "Zulkifli",
               "Yanti", "Hamdan", "Susanti", "Firdaus", "Asnah", "Effendi", "Juliana", "Rusli", "Aminah")
LAST_NAMES = ("Saputra", "Hidayat", "Pratama", "Wijaya", "Lubis", "Harahap", "Setiawan", "Kurniawan", "Siregar",
              "Gunawan", "Halim", "Susanto", "Rahman", "Fauzi", "Nasution", "Syahputra", "Tanjung", "Hakim",
              "Permana", "Sembiring", "Yusuf", "Santoso", "Lim", "Putri", "Ramadhan", "Anwar")
ASN_JOBS = (
    ("Guru", "SD Negeri {n} {place}"), ("Guru", "SMP Negeri {n} {place}"),
    ("Kepala Sekolah", "SD Negeri {n} {place}"),
    ("Camat", "Kantor Camat {place}"), ("Sekretaris Camat", "Kantor Camat {place}"),
    ("Kepala Seksi Pemerintahan", "Kantor Camat {place}"), ("Perawat", "Puskesmas {place}"),
    ("Bidan", "Puskesmas {place}"), ("Analis Kebijakan", "Bappeda {regency}"),
    ("Kepala Bidang", "Dinas Pendidikan {regency}"), ("Staf", "Dinas Pekerjaan Umum {regency}"),
    ("Penyuluh Pertanian", "Dinas Pertanian {regency}"), ("Kepala Dinas", "Dinas Sosial {regency}"),
    ("Lurah", "Kelurahan {village}"), ("Pranata Komputer", "Dinas Kependudukan dan Pencatatan Sipil {regency}"),
)
VILLAGE_JOBS = {
    "kepala_desa": (("Kepala Desa", "Pemerintah Desa {village}"),),
    "perangkat_desa": (("Sekretaris Desa", "Pemerintah Desa {village}"), ("Kaur Keuangan", "Pemerintah Desa {village}"),
                       ("Kepala Dusun", "Pemerintah Desa {village}"), ("Kasi Pelayanan", "Pemerintah Desa {village}")),
    "bpd": (("Ketua BPD", "Badan Permusyawaratan Desa {village}"),
            ("Anggota BPD", "Badan Permusyawaratan Desa {village}")),
    "non_asn": (("Tenaga Honorer", "Dinas Lingkungan Hidup {regency}"), ("Operator", "Kantor Camat {place}")),
    "tni": (("Babinsa", "Koramil {place}"),),
    "polri": (("Bhabinkamtibmas", "Polsek {place}"),),
    "pejabat": (("Anggota DPRD", "DPRD {regency}"),),
    "adhoc": (("Anggota PPS", "PPS {village}"),),
    "lainnya": (("Pengurus Koperasi", "Koperasi Unit Desa {village}"),),
}
SUBJECT_TYPE_WEIGHTS = {"pns": 30, "pppk": 10, "kepala_desa": 18, "perangkat_desa": 18, "bpd": 5, "non_asn": 7,
                        "tni": 2, "polri": 2, "pejabat": 3, "adhoc": 3, "lainnya": 2}
CANDIDATE_MENTIONS = {
    "pemilu": ("pasangan calon nomor urut 01", "pasangan calon nomor urut 02", "pasangan calon nomor urut 03",
               "calon anggota DPRD dari partai nomor urut {p}", "calon anggota DPR RI nomor urut {p}"),
    "pemilihan": ("pasangan calon bupati nomor urut 01", "pasangan calon bupati nomor urut 02",
                  "pasangan calon gubernur nomor urut 01", "pasangan calon gubernur nomor urut 02"),
}
# The demo's elections: most findings under Pemilu 2024, about a third under the Pilkada serentak 2024.
DEMO_ELECTIONS = (("pemilu-2024", 2), ("pilkada-2024", 1))
CATEGORY_STORIES = {
    "MS-SOSIALISASI": "mengunggah ajakan memilih {cand} di akun {platform} pribadinya disertai tagar kampanye",
    "MS-INTERAKSI": "memberi tanda suka dan komentar dukungan pada unggahan kampanye {cand} di {platform}",
    "MS-FOTO": "mengunggah foto bersama tim kampanye {cand} sambil mengacungkan simbol jari di {platform}",
    "MS-PROFIL": "memasang gambar dan nomor urut {cand} sebagai foto profil akun {platform}",
    "LR-APK": "ikut memasang spanduk dan baliho {cand} di depan rumah dan jalan desa",
    "LR-DEKLARASI": "hadir dan berorasi mendukung {cand} dalam acara deklarasi relawan",
    "LR-PENDEKATAN": "mendatangi sekretariat partai untuk mendaftar sebagai bakal calon",
    "LR-KAMPANYE": "tercatat sebagai anggota tim pemenangan {cand}",
    "LR-KEBIJAKAN": "menyalurkan bantuan desa disertai pesan agar warga memilih {cand}",
    "LR-AJAKAN": "mengumpulkan warga dan perangkat dalam pertemuan yang mengarahkan dukungan kepada {cand}",
    "LR-DUKUNGAN": "mengumpulkan fotokopi KTP warga untuk dukungan {cand}",
    "LR-PARPOL": "tercatat sebagai pengurus partai politik dalam Sipol",
    "LR-FASILITAS": "menggunakan mobil dinas untuk mengangkut alat peraga kampanye {cand}",
    "LR-LAIN": "membagikan kalender bergambar {cand} di kantor pelayanan",
}
PLATFORM_HOSTS = {"facebook": "https://www.facebook.com/{h}/posts/{n}", "instagram": "https://www.instagram.com/p/{n}/",
                  "tiktok": "https://www.tiktok.com/@{h}/video/{n}", "x": "https://x.com/{h}/status/{n}",
                  "youtube": "https://www.youtube.com/watch?v={n}", "whatsapp": "https://chat.whatsapp.com/{n}",
                  "threads": "https://www.threads.net/@{h}/post/{n}", "telegram": "https://t.me/{h}/{n}"}


def workflow_paths(catalog: Catalog) -> dict[str, list[str]]:
    """For each status, the shortest path of statuses from `draf` to it along the allowed transitions."""
    paths, queue = {"draf": ["draf"]}, deque(["draf"])
    while queue:
        current = queue.popleft()
        for nxt in catalog.statuses[current].next:
            if nxt not in paths:
                paths[nxt] = paths[current] + [nxt]
                queue.append(nxt)
    return paths


def evidence_images(count: int, rng: random.Random, folder: Path) -> list[Path]:
    """Small generated images: social-media post screenshots (PNG) and banner photos with EXIF (JPEG)."""
    from PIL import Image, ImageDraw

    paths = []
    for index in range(count):
        if index % 3 == 2:
            image = Image.new("RGB", (480, 320), (rng.randint(120, 200), rng.randint(120, 200), 210))
            draw = ImageDraw.Draw(image)
            draw.rectangle((40, 60, 440, 220), fill=(rng.randint(150, 255), 30, 30))
            draw.text((60, 100), f"PILIH NOMOR {rng.randint(1, 3):02d}", fill="white")
            draw.text((60, 130), "Foto spanduk di pinggir jalan", fill="white")
            exif = Image.Exif()
            shot = datetime(2023, 12, 1) + timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
            exif.get_ifd(0x8769)[0x9003] = shot.strftime("%Y:%m:%d %H:%M:%S")
            lat, lon = 3.0 + rng.random() * 0.2, 106.4 + rng.random() * 0.3  # around Toboali
            exif.get_ifd(0x8825).update({1: "S", 2: (int(lat), int(lat * 60 % 60), round(lat * 3600 % 60, 2)),
                                         3: "E", 4: (int(lon), int(lon * 60 % 60), round(lon * 3600 % 60, 2))})
            path = folder / f"IMG_2023{index:04d}.jpg"
            image.save(path, "JPEG", quality=70, exif=exif)
        else:
            image = Image.new("RGB", (360, 480), (250, 250, 250))
            draw = ImageDraw.Draw(image)
            draw.rectangle((0, 0, 360, 48), fill=(59, 89, 152))
            draw.text((12, 16), f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} · 2 jam", fill="white")
            draw.ellipse((12, 60, 52, 100), fill=(rng.randint(0, 255), 120, 80))
            for line in range(6):
                draw.rectangle((12, 120 + line * 22, 12 + rng.randint(150, 330), 132 + line * 22), fill=(90, 90, 90))
            draw.rectangle((12, 270, 348, 420), fill=(rng.randint(150, 250), rng.randint(0, 80), 40))
            draw.text((30, 330), f"Coblos No. {rng.randint(1, 3)}!", fill="white")
            path = folder / f"Screenshot_2023-12-{index % 28 + 1:02d}-{index:03d}.png"
            image.save(path, "PNG", optimize=True)
        paths.append(path)
    return paths


def _name(regions: RegionIndex, code: str) -> str:
    region = regions.get(code)
    return region.name if region else code


def villages_under(regions: RegionIndex, code: str) -> list[str]:
    """Every village code at or below a region code."""
    if code.count(".") == 3:
        return [code]
    return [v for child in regions.children(code) for v in villages_under(regions, child.code)]


def demo_regions(store: Store) -> tuple[list[str], list[list[str]]]:
    """Village codes inside the office's area (weighted towards Kabupaten Bangka Selatan for an office that
    covers more), and pools of villages outside it for the few findings recorded for handover."""
    regions, office = store.regions, store.office
    if office.level == "pusat":
        inside = villages_under(regions, "19.03") * 8
        for regency in ("19.01", "19.02", "19.04", "19.71", "33.25"):
            inside += villages_under(regions, regency)
        return inside, []
    area = office.region_code
    inside = villages_under(regions, area)
    if office.level == "provinsi" and area == "19":
        inside += villages_under(regions, "19.03") * 7
    # Handed over to a neighbour: the same kecamatan, kabupaten or province, never across the country.
    district, regency = area[:8], area[:5]
    pools = [villages_under(regions, district), villages_under(regions, regency), villages_under(regions, area[:2])]
    outside = [[v for v in pool if not office_covers(office, v)] for pool in pools]
    return inside, [pool for pool in outside if pool]


def campaign_window(profile: ElectionProfile) -> tuple[date, int]:
    """The first day and length in days of a profile's campaign (else of its stages): when most events happen."""
    campaign = next((s for s in profile.stage_dates if s.stage == "kampanye"), None)
    start, end = (campaign.start, campaign.end) if campaign else (profile.first_day, profile.last_day)
    assert start is not None and end is not None  # a profile has stages (the catalog checks)
    return start, (end - start).days


def current_day(profile: ElectionProfile, today: date) -> date:
    """The day 'recent' demo cases are near: today when the profile's stages contain it, else its voting day."""
    if profile.first_day and profile.last_day and profile.first_day <= today <= profile.last_day:
        return today
    voting = next((s.start for s in profile.stage_dates if s.stage == "pemungutan_penghitungan_suara"), None)
    return min(voting or profile.last_day or today, today)


def is_working_day(day: date, days_off: frozenset[date]) -> bool:
    return day.weekday() < 5 and day not in days_off


def working_day_before(day: date, days_off: frozenset[date]) -> date:
    """The day itself when it is a working day, else the last working day before it."""
    while not is_working_day(day, days_off):
        day -= timedelta(days=1)
    return day


def next_working_stamp(stamp: datetime, days_off: frozenset[date], today: date) -> datetime:
    """The stamp moved to the next working day (at 09:00), unless that would pass today."""
    day = stamp.date()
    while not is_working_day(day, days_off) and day < today:
        day += timedelta(days=1)
    return stamp if day == stamp.date() else datetime.combine(day, time(9, 0), UTC)


def generate_demo(store: Store, count: int, *, seed: int = 2024, images: int = 30, today: date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Add `count` realistic findings to the store in one transaction; returns how many were added."""
    rng = random.Random(seed)
    today = today or store.today()
    catalog, regions = store.catalog, store.regions
    paths = workflow_paths(catalog)
    statuses = [s for s in catalog.statuses if s in paths]
    categories = list(catalog.categories)
    platforms = [p for p in catalog.platforms if p in PLATFORM_HOSTS]
    subject_types = [t for t in SUBJECT_TYPE_WEIGHTS if t in catalog.employment_types]
    weighted_types = [t for t in subject_types for _ in range(SUBJECT_TYPE_WEIGHTS[t])]
    rand = rng.random  # C-fast; randint/choice/choices cost microseconds each, and a finding needs dozens

    def between(low: int, high: int) -> int:
        return low + int(rand() * (high - low + 1))

    def pick(items: Sequence[T]) -> T:
        return items[int(rand() * len(items))]
    village_codes, outside_pools = demo_regions(store)
    # Only elections whose campaign had begun by `today`: nothing is dated in the future.
    windows = {p.code: campaign_window(p) for p in catalog.elections.values()}
    profiles = [catalog.elections[code] for code, weight in DEMO_ELECTIONS
                if code in catalog.elections and windows[code][0] <= today for _ in range(weight)]
    profiles = profiles or [min(catalog.elections.values(), key=lambda p: windows[p.code][0])]
    office, device, officer = store.office, store.device_id, store.officer.name
    registers = office.level in REGISTERING_LEVELS
    if not registers:  # a Panwaslu Kelurahan/Desa writes Form A and passes it up
        statuses = ["draf"]
    place_names: dict[str, tuple[str, ...]] = {}  # village → (district, regency, village) names
    holidays: dict[str, frozenset[date]] = {}  # election profile → its days off (the office's holiday list)
    stages: dict[tuple[str, date], str] = {}
    make_id = OrderedIds()  # ids in creation order: the bulk load appends to its indexes (see OrderedIds)
    form_a_plans: dict[int, NumberPlan] = {}
    register_plans: dict[tuple[str, str, int], NumberPlan] = {}

    with tempfile.TemporaryDirectory() as temp, bulk_writer(store) as writer:
        stored = [(path.name, writer.store_file(path)) for path in evidence_images(images, rng, Path(temp))]
        for index in range(count):
            if len({p.code for p in profiles}) == 1:  # one election: no draw (same sample per seed)
                profile = profiles[0]
            else:
                profile = profiles[index % len(profiles)] if index < len(profiles) * 2 else pick(profiles)
            recent = index % 25 == 0  # a few current cases so the dashboard has deadlines to show
            days_off = holidays.get(profile.code)
            if days_off is None:
                days_off = holidays[profile.code] = store.holiday_dates(profile.code)
            if recent:  # decided the day it became known: a working day (no pleno on a Sunday or on Nyepi)
                known = working_day_before(current_day(profile, today) - timedelta(days=between(0, 9)), days_off)
                occurred = known - timedelta(days=between(0, 2))
                status = pick(["draf", "temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian"]
                              if registers else statuses)
            else:
                campaign_start, campaign_days = windows[profile.code]
                occurred = min(campaign_start + timedelta(days=between(0, campaign_days)), today)
                known = min(occurred + timedelta(days=pick((0, 0, 0, 1, 1, 2, 3))), today)
                status = statuses[index % len(statuses)] if index < len(statuses) * 2 else pick(statuses)
            category = categories[index % len(categories)] if index < len(categories) else pick(categories)
            # One in twenty happened outside the office's area: recorded here, marked for handover (dilimpahkan).
            handover = bool(outside_pools) and index % 20 == 7
            village = pick(outside_pools[index // 20 % len(outside_pools)] if handover else village_codes)
            names = place_names.get(village)
            if names is None:
                names = place_names[village] = tuple(_name(regions, code) for code in
                                                     (village.rsplit(".", 1)[0], village[:5], village))
            district_name, regency_name, village_name = names
            online = category.startswith("MS-")
            platform = pick(platforms) if online else "luring"
            cand = pick(CANDIDATE_MENTIONS[profile.kind]).format(p=pick((1, 2, 3, 4, 5, 8, 12, 14, 15, 16, 17)))
            subjects = []
            for _ in range(pick((1, 1, 1, 1, 2, 2, 3))):
                kind = pick(weighted_types)
                jobs = ASN_JOBS if kind in ("pns", "pppk") else VILLAGE_JOBS.get(kind, VILLAGE_JOBS["lainnya"])
                position, agency = pick(jobs)
                name = f"{pick(FIRST_NAMES)} {pick(LAST_NAMES)}"
                nip = nik = ""
                if kind in ("pns", "pppk"):
                    birth = date(1965, 1, 1) + timedelta(days=between(0, 12000))
                    nip = f"{birth:%Y%m%d}{between(1988, 2022)}{between(1, 12):02d}{between(1, 2)}" \
                          f"{between(1, 999):03d}"
                elif rand() < 0.6:
                    nik = f"{village[:2]}{village[3:5]}{village[6:8]}{between(10, 71):02d}" \
                          f"{between(1, 12):02d}{between(60, 99):02d}{between(1, 9999):04d}"
                handle = name.lower().replace(" ", ".") + str(between(1, 99))
                subjects.append(Subject(
                    id=make_id(), name=name, employment_type=kind, nip=nip, nik=nik, position=position,
                    agency=agency.format(n=between(1, 12), place=district_name, regency=regency_name,
                                         village=village_name),
                    address=f"Desa {village_name}, Kecamatan {district_name}",
                    accounts=[f"@{handle}"] if online else []))
            urls = []
            if online:
                for _ in range(pick((1, 1, 2))):
                    urls.append(PLATFORM_HOSTS[platform].format(h=subjects[0].accounts[0][1:],
                                                               n=between(10**9, 10**10)))
            story = CATEGORY_STORIES.get(category, "diduga tidak netral").format(
                cand=cand, platform=catalog.platforms[platform].name if platform in catalog.platforms else "")
            description = (f"Pada {occurred:%d-%m-%Y}, {subjects[0].name} ({subjects[0].position} "
                           f"{subjects[0].agency}) diduga {story}. Diketahui dari "
                           f"{'patroli siber pengawas' if online else 'pengawasan langsung di lapangan'} "
                           f"di Desa {village_name}, Kecamatan {district_name}.")
            source = "laporan" if rand() < 0.2 else "temuan"
            stage = stages.get((profile.code, occurred))
            if stage is None:
                stage = stages[(profile.code, occurred)] = profile.stage_on(occurred) or ""
            finding = Finding(
                id=make_id(), category=category, region_code=village, occurred_on=occurred.isoformat(),
                known_on=known.isoformat(), description=description, subjects=subjects, source=source,
                title=f"{catalog.categories[category].name}: {subjects[0].name}", platform=platform,
                address=f"Desa {village_name}", urls=urls,
                # No officer's text: Form A prints the provisions that bind each subject type (provisions.json).
                election=profile.code, stage=stage,
                reporter_name=f"{pick(FIRST_NAMES)} {pick(LAST_NAMES)}" if source == "laporan" else "",
                reporter_address=f"Desa {village_name}" if source == "laporan" else "",
                supervision_form="langsung" if not online else "analisis",
                supervision_purpose="Memastikan netralitas ASN, kepala desa dan perangkat desa",
                supervision_target=f"ASN dan perangkat desa di Kecamatan {district_name}", handover=handover,
                written_on=known.isoformat() if source == "temuan" else "",
                received_on=known.isoformat() if source == "laporan" else "",
                received_time=f"{between(8, 15):02d}:{pick((0, 15, 30, 45)):02d}" if source == "laporan" else "",
                status=status, origin_office_id=office.id, origin_device_id=device, created_by=officer,
                updated_by=officer, version=1)
            created = datetime.combine(known, time(8 + between(0, 8), between(0, 59)), UTC)
            finding.created_at = created.isoformat()
            path = paths[status]
            stamp = created
            if source == "temuan":  # a public report prints Model B.1 and takes no Form A number
                plan = form_a_plans.get(known.year) or form_a_plans.setdefault(known.year,
                                                                               form_a_plan(store, known.year))
                finding.form_a_number = plan.number(writer.next_number(plan.counter), known)
            history, previous = [], None
            for step in path:
                if previous is not None and not recent:  # a pleno sits on a working day (the draft: any day)
                    stamp = next_working_stamp(stamp, days_off, today)
                decided = stamp.date()
                if step == "teregistrasi":
                    key = (source, profile.register_code, decided.year)
                    plan = register_plans.get(key) or register_plans.setdefault(key, register_plan(store, *key))
                    finding.register_seq = writer.next_number(plan.counter)
                    finding.register_number = plan.number(finding.register_seq, decided)
                    finding.registered_on = decided.isoformat()
                body = ""
                if catalog.statuses[step].needs_forwarding_body:
                    # Competent on the day of the decision: KASN up to 23 August 2024, BKN after (catalog).
                    body = catalog.forwarding_body_for(subjects[0].employment_type, decided).code
                    finding.forwarded_to = body
                history.append(StatusEvent(
                    make_id(), finding.id, previous, step, stamp.isoformat(), officer,
                    "Dicatat" if previous is None else "Sesuai hasil rapat pleno", body, office.id, device,
                    decided.isoformat()))
                previous = step
                if not recent:
                    stamp = min(stamp + timedelta(days=pick((0, 1, 1, 2, 3)), hours=between(0, 6)),
                                datetime.combine(today, time(23, 0), UTC))
            finding.updated_at = stamp.isoformat() if not recent else finding.created_at
            finding.version = len(path)
            evidence = []
            if rand() < 0.85:
                for name, item in rng.sample(stored, pick((1, 1, 2, 3))):
                    evidence.append(Evidence(
                        id=make_id(), finding_id=finding.id, sha256=item.sha256, name=name,
                        mime_type=item.mime_type, size=item.size, added_at=finding.created_at, added_by=officer,
                        exif_time=item.exif_time, gps_lat=item.gps_lat, gps_lon=item.gps_lon,
                        url=urls[0] if urls else "", seen_at=finding.created_at if urls else None,
                        origin_office_id=office.id, origin_device_id=device))
            writer.add(finding, history, evidence, audit_details={"demo": True, "status": status})
            if progress and ((index + 1) % 2000 == 0 or index == count - 1):
                progress(index + 1, count)
        writer.record("demo.generate", "office", office.id, {"findings": count})
    return count


__all__ = ["generate_demo", "workflow_paths"]
