"""The `netralitas` command: parse arguments, call the core, print. Errors print one Indonesian line and exit 1."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path

from netralitas_desktop import __version__
from netralitas_desktop.cli.reports import add_commands as add_report_commands
from netralitas_desktop.cli.sync import add_commands as add_sync_commands
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import NetralitasError, StoreError, ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import LEVELS, Finding, finding_fields_from_dict
from netralitas_desktop.paths import data_dir

SUBJECT_KEYS = {"name": "name", "nama": "name", "type": "employment_type", "jenis": "employment_type",
                "nip": "nip", "nik": "nik", "position": "position", "jabatan": "position", "agency": "agency",
                "instansi": "agency", "address": "address", "alamat": "address", "accounts": "accounts",
                "akun": "accounts"}


def parse_subject(text: str) -> dict:
    """`name=Budi;type=pns;nip=…;position=Guru;agency=Dinas Pendidikan` → a subject dict (a bare name works)."""
    if "=" not in text:
        return {"name": text.strip()}
    subject: dict = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        field = SUBJECT_KEYS.get(key.strip().lower())
        if not field:
            raise ValidationError(f"Kunci terlapor tidak dikenal: '{key.strip()}' "
                                  f"(gunakan: {', '.join(sorted(set(SUBJECT_KEYS)))}).", "subjects")
        subject[field] = [a.strip() for a in value.split(",") if a.strip()] if field == "accounts" else value.strip()
    return subject


ACTIVITY_KEYS = {"form": "form", "bentuk": "form", "purpose": "purpose", "tujuan": "purpose", "target": "target",
                 "sasaran": "target", "date": "date", "tanggal": "date", "from": "time_from", "mulai": "time_from",
                 "time_from": "time_from", "to": "time_to", "selesai": "time_to", "time_to": "time_to",
                 "place": "place", "tempat": "place", "spt": "assignment_letter",
                 "assignment_letter": "assignment_letter"}


def parse_activity(text: str) -> dict:
    """`form=analisis;purpose=…;target=…;date=2023-12-03;from=09:00;to=11:00;place=…;spt=…` → an activity dict."""
    activity: dict = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, sign, value = part.partition("=")
        field = ACTIVITY_KEYS.get(key.strip().lower())
        if not sign or not field:
            raise ValidationError(f"Kunci kegiatan tidak dikenal: '{key.strip()}' "
                                  f"(gunakan: {', '.join(sorted(set(ACTIVITY_KEYS)))}).", "activities")
        activity[field] = value.strip()
    return activity


FIELD_FLAGS = (
    # (flag, field, help)
    ("--source", "source", "temuan atau laporan"),
    ("--title", "title", "judul singkat"),
    ("--category", "category", "kode kategori pelanggaran, mis. MS-SOSIALISASI"),
    ("--region", "region_code", "kode wilayah Kemendagri, mis. 19.03.01.2001"),
    ("--address", "address", "alamat/lokasi bebas"),
    ("--occurred-on", "occurred_on", "tanggal kejadian TTTT-BB-HH"),
    ("--known-on", "known_on", "tanggal diketahui TTTT-BB-HH"),
    ("--description", "description", "uraian singkat"),
    ("--platform", "platform", "platform media sosial"),
    ("--legal-basis", "legal_basis", "ketentuan yang dilanggar, dipisah ';'; bila diisi menggantikan daftar bawaan "
                                     "menurut jenis terlapor dan jenis pemilu (kosongkan dengan \"\")"),
    ("--election", "election", "profil pemilu, mis. pemilu-2024"),
    ("--stage", "stage", "kode tahapan"),
    ("--reporter-name", "reporter_name", "nama pelapor (laporan)"),
    ("--reporter-address", "reporter_address", "alamat pelapor (laporan)"),
    ("--reporter-birth-place", "reporter_birth_place", "tempat lahir pelapor (Formulir B.1)"),
    ("--reporter-birth-date", "reporter_birth_date", "tanggal lahir pelapor TTTT-BB-HH"),
    ("--reporter-sex", "reporter_sex", "jenis kelamin pelapor: L atau P"),
    ("--reporter-occupation", "reporter_occupation", "pekerjaan pelapor"),
    ("--reporter-nationality", "reporter_nationality", "kewarganegaraan pelapor"),
    ("--reporter-phone", "reporter_phone", "nomor telepon/HP pelapor"),
    ("--reporter-email", "reporter_email", "alamat e-mail pelapor"),
    ("--received-on", "received_on", "laporan: tanggal diterima TTTT-BB-HH (bawaan: hari ini)"),
    ("--received-time", "received_time", "laporan: jam diterima JJ:MM, zona waktu kantor (bawaan: sekarang)"),
    ("--written-on", "written_on", "tanggal Formulir A ditulis TTTT-BB-HH (bawaan: hari dicatat); bulan dan tahun "
                                   "nomor Form A mengikutinya"),
    ("--supervision-form", "supervision_form", "bentuk pengawasan (Form A)"),
    ("--supervision-purpose", "supervision_purpose", "tujuan pengawasan (Form A)"),
    ("--supervision-target", "supervision_target", "sasaran pengawasan (Form A)"),
    ("--facts", "facts", "fakta dan keterangan"),
    ("--analysis", "analysis", "analisis"),
    ("--sanction", "sanction", "sanksi yang dijatuhkan"),
)


def add_finding_flags(parser: argparse.ArgumentParser) -> None:
    for flag, field, help_text in FIELD_FLAGS:
        parser.add_argument(flag, dest=field, help=help_text)
    parser.add_argument("--subject", action="append", default=None, metavar="SPEC",
                        help="terlapor: 'name=…;type=pns;nip=…;position=…;agency=…' (boleh berulang)")
    parser.add_argument("--url", action="append", default=None, dest="urls", help="tautan unggahan (boleh berulang)")
    parser.add_argument("--witness", action="append", default=None, dest="witnesses",
                        help="saksi: 'Nama' atau 'Nama;Alamat' (boleh berulang)")
    parser.add_argument("--activity", action="append", default=None, dest="activities", metavar="SPEC",
                        help="kegiatan pengawasan Form A: 'form=analisis;purpose=…;target=…;date=TTTT-BB-HH;"
                             "from=09:00;to=11:00;place=…;spt=…' (boleh berulang; menggantikan semua kegiatan)")
    parser.add_argument("--needs-more-info", action="store_true", default=None,
                        help="perlu keterangan tambahan (batas putusan diperpanjang)")
    parser.add_argument("--json-file", type=Path, help="berkas JSON berisi isian temuan")


def finding_fields_from_args(args) -> dict:
    """The finding fields given on the command line, a JSON file's fields underneath."""
    fields: dict = {}
    if args.json_file:
        try:
            fields.update(json.loads(args.json_file.read_text(encoding="utf-8")))
        except FileNotFoundError as err:
            raise ValidationError(f"Berkas JSON tidak ditemukan: {args.json_file}") from err
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ValidationError(f"Berkas JSON tidak dapat dibaca: {args.json_file} ({err})") from err
        if not isinstance(fields, dict):
            raise ValidationError("Berkas JSON harus berisi satu objek temuan.")
    for _, field, _ in FIELD_FLAGS:
        if getattr(args, field) is not None:
            fields[field] = getattr(args, field)
    if args.subject is not None:
        fields["subjects"] = [parse_subject(s) for s in args.subject]
    if args.urls is not None:
        fields["urls"] = args.urls
    if args.activities is not None:
        fields["activities"] = [parse_activity(a) for a in args.activities]
    if args.witnesses is not None:
        fields["witnesses"] = [dict(zip(("name", "address"), (w.split(";", 1) + [""])[:2], strict=True))
                               for w in args.witnesses]
    if args.needs_more_info:
        fields["needs_more_info"] = True
    return finding_fields_from_dict(fields)


def parse_cli_date(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise ValidationError(f"{flag}: tanggal tidak valid '{text}' (gunakan TTTT-BB-HH).") from err


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def finding_json(store: Store, finding: Finding, *, with_evidence: bool) -> dict:
    data = finding.to_json(with_evidence=with_evidence)
    deadline = store.deadline(finding)
    data["deadline"] = None if deadline is None else {
        "label": deadline.label, "due_on": deadline.due_on.isoformat(), "days_left": deadline.days_left,
        "day_kind": deadline.day_kind, "overdue": deadline.overdue}
    return data


def print_finding(store: Store, finding: Finding) -> None:
    catalog, regions = store.catalog, store.regions
    deadline = store.deadline(finding)
    category = catalog.categories.get(finding.category)
    status = catalog.statuses.get(finding.status)
    place = regions.full_name(finding.region_code) if finding.region_code in regions else ""
    lines = [
        f"ID            : {finding.id}",
        f"Nomor register: {finding.register_number or '(belum teregistrasi)'}",
        f"Nomor Form A  : {finding.form_a_number or '-'}",
        f"Sumber        : {finding.source}",
        f"Status        : {status.name if status else finding.status}",
        f"Kategori      : {finding.category} {category.name if category else ''}",
        f"Wilayah       : {finding.region_code} {place}",
        f"Kejadian      : {finding.occurred_on}   Diketahui: {finding.known_on}",
        f"Batas waktu   : {deadline.describe() if deadline else '-'}",
        f"Uraian        : {finding.description}",
    ]
    if finding.source == "laporan":
        lines.append(f"Pelapor       : {finding.reporter_name}, {finding.reporter_address}".rstrip(", "))
        lines.append(f"Diterima      : {finding.received_on} {finding.received_time}".rstrip())
    else:
        lines.append(f"Form A ditulis: {finding.written_on or finding.known_on}")
    for index, a in enumerate(finding.activities, start=1):
        clock = f" {a.time_from}-{a.time_to}" if a.time_from else ""
        lines.append(f"Kegiatan {index}    : {a.date}{clock} {a.form} di {a.place} (SPT {a.assignment_letter or '-'})")
    if finding.urls:
        lines.append("Tautan        : " + "\n                ".join(finding.urls))
    for index, s in enumerate(finding.subjects, start=1):
        ident = f"NIP {s.nip}" if s.nip else (f"NIK {s.nik}" if s.nik else "")
        lines.append(f"Terlapor {index}    : {s.name} ({s.employment_type}) {ident} {s.position} {s.agency}".rstrip())
    for item in finding.evidence:
        removed = f" [DIHAPUS: {item.removed_reason}]" if item.removed else ""
        lines.append(f"Bukti         : {item.name} {item.size} B sha256={item.sha256}{removed}")
    for event in finding.history:
        lines.append(f"Riwayat       : {event.at} {event.from_status or '-'} → {event.to_status} ({event.officer}: "
                     f"{event.reason})")
    print("\n".join(lines))


# -- commands -------------------------------------------------------------------------------------------------
def cmd_init(args) -> int:
    store = Store.create(args.data_dir, office_name=args.office_name, level=args.level, region_code=args.region,
                         officer=args.officer, office_address=args.office_address, office_code=args.office_code,
                         officer_jabatan=args.jabatan, election=args.election)
    print(f"Basis data dibuat di {store.data_dir} untuk {store.office.name} (perangkat {store.device_id[:8]}).")
    store.close()
    return 0


def cmd_finding_add(args) -> int:
    with Store(args.data_dir) as store:
        fields = finding_fields_from_args(args)
        fields.setdefault("status", "draf")
        finding = Finding(**{"category": "", "region_code": "", "occurred_on": "", "known_on": "",
                             "description": "", **fields})
        finding = store.add_finding(finding, evidence=args.evidence or [])
        form = f"Form A {finding.form_a_number}" if finding.form_a_number else "laporan, Formulir Model B.1"
        print_saved(store, finding, args.json, f"Temuan dicatat: {finding.id} ({form}, {len(finding.evidence)} "
                                               "bukti).")
    return 0


def print_saved(store: Store, finding: Finding, as_json: bool, message: str) -> None:
    if as_json:
        print_json(finding_json(store, finding, with_evidence=True))
    else:
        print(message)


def cmd_finding_edit(args) -> int:
    with Store(args.data_dir) as store:
        finding_id = store.resolve_id(args.id)
        finding = store.update_finding(finding_id, finding_fields_from_args(args))
        print_saved(store, finding, args.json, f"Temuan diperbarui: {finding.id} (versi {finding.version}).")
    return 0


def filter_from_args(args) -> FindingFilter:
    return FindingFilter(statuses=args.status or [], region=args.region or "", categories=args.category or [],
                         subject_types=args.subject_type or [], source=args.source or "",
                         date_from=args.date_from or "", date_to=args.date_to or "", date_field=args.date_field,
                         search=args.search or "")


def cmd_finding_list(args) -> int:
    with Store(args.data_dir, readonly=True) as store:
        findings = store.list_findings(filter_from_args(args), order=args.order, limit=args.limit,
                                       offset=args.offset)
        if args.json:
            print_json([finding_json(store, f, with_evidence=False) for f in findings])
            return 0
        for f in findings:
            subject = f.subjects[0].name if f.subjects else "-"
            print(f"{f.id[:8]}  {f.known_on}  {f.status:<18} {f.category:<15} {f.region_code:<14} "
                  f"{subject}  {f.register_number or ''}")
        print(f"{len(findings)} temuan.", file=sys.stderr)
    return 0


def cmd_finding_show(args) -> int:
    with Store(args.data_dir, readonly=True) as store:
        finding = store.get_finding(store.resolve_id(args.id))
        if args.json:
            data = finding_json(store, finding, with_evidence=True)
            if args.audit:
                data["audit"] = store.audit_trail(finding.id)
            print_json(data)
        else:
            print_finding(store, finding)
            if args.audit:
                for entry in store.audit_trail(finding.id):
                    print(f"Audit         : {entry['at']} {entry['actor']} {entry['action']}")
    return 0


def cmd_finding_status(args) -> int:
    with Store(args.data_dir) as store:
        finding = store.change_status(store.resolve_id(args.id), args.new_status, args.reason or "",
                                      forwarding_body=args.to or "",
                                      on=parse_cli_date(args.on, "--on"))
        number = f", nomor register {finding.register_number}" if finding.register_number else ""
        print(f"Status temuan {finding.id[:8]} kini '{finding.status}'{number}.")
    return 0


def cmd_evidence_add(args) -> int:
    with Store(args.data_dir) as store:
        items = store.add_evidence(store.resolve_id(args.id), args.files, url=args.url or "", note=args.note or "")
        if args.json:
            print_json([item.__dict__ for item in items])
        for item in items:
            print(f"Bukti disimpan: {item.name} sha256={item.sha256}", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_evidence_remove(args) -> int:
    with Store(args.data_dir) as store:
        store.remove_evidence(args.evidence_id, args.reason or "")
        print("Bukti ditandai dihapus; berkasnya tetap disimpan dan tercatat di log audit.")
    return 0


def cmd_evidence_describe(args) -> int:
    with Store(args.data_dir) as store:
        store.describe_evidence(args.evidence_id, args.text)
        print("Uraian bukti disimpan; dicetak sebagai barang bukti pada formulir.")
    return 0


def cmd_check(args) -> int:
    with Store(args.data_dir) as store:
        problems = store.check()
    if problems:
        for problem in problems:
            print(f"- {problem}")
        print(f"Pemeriksaan menemukan {len(problems)} masalah.", file=sys.stderr)
        return 1
    print("Basis data, semua berkas bukti dan rantai log audit dalam keadaan baik.")
    return 0


def cmd_demo(args) -> int:
    from netralitas_desktop.services.demo import generate_demo

    with Store(args.data_dir) as store:
        count = generate_demo(store, args.findings, seed=args.seed)
    print(f"{count} temuan contoh dibuat.")
    return 0


def read_passphrase(args, *, confirm: bool) -> str:
    """The passphrase from --passphrase-file, $NETRALITAS_PASSPHRASE, or asked twice at the terminal."""
    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").rstrip("\n")
        except OSError as err:
            raise ValidationError(f"Berkas frasa sandi tidak dapat dibaca: {args.passphrase_file}") from err
    if os.environ.get("NETRALITAS_PASSPHRASE"):
        return os.environ["NETRALITAS_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise ValidationError("Frasa sandi diperlukan: gunakan --passphrase-file atau $NETRALITAS_PASSPHRASE.")
    first = getpass.getpass("Frasa sandi: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != first:
        raise ValidationError("Frasa sandi tidak sama.")
    return first


def cmd_backup(args) -> int:
    from netralitas_desktop.services.backup import make_backup

    secret = read_passphrase(args, confirm=True)
    if len(secret) < 8:
        raise ValidationError("Frasa sandi minimal 8 karakter.")
    result = make_backup(args.data_dir, args.output, passphrase=secret)
    print(f"Cadangan dibuat: {result.path} ({result.files} berkas, {result.evidence_files} bukti, "
          f"{result.bytes:,} bita).")
    return 0


def cmd_restore(args) -> int:
    from netralitas_desktop.services.backup import identities_from_file, restore_backup

    if args.identity:
        count = restore_backup(args.file, args.data_dir, identities=identities_from_file(args.identity))
    else:
        count = restore_backup(args.file, args.data_dir, passphrase=read_passphrase(args, confirm=False))
    with Store(args.data_dir) as store:
        problems = store.check()
    if problems:
        raise StoreError("Cadangan dipulihkan tetapi pemeriksaan menemukan masalah: " + "; ".join(problems))
    print(f"Cadangan dipulihkan ke {args.data_dir} ({count} berkas) dan lolos pemeriksaan.")
    return 0


def cmd_settings(args) -> int:
    with Store(args.data_dir, readonly=args.action == "show") as store:
        if args.action == "set":
            if not args.key or args.value is None:
                raise ValidationError("Gunakan: netralitas settings set KUNCI NILAI (NILAI boleh JSON).")
            try:
                value = json.loads(args.value)
            except json.JSONDecodeError:
                value = args.value
            store.set_setting(args.key, value)
            print(f"Pengaturan '{args.key}' disimpan.")
            return 0
        rows = store.database.query("SELECT key, value FROM settings WHERE key NOT LIKE 'counter:%' ORDER BY key")
        print_json({r["key"]: json.loads(r["value"]) for r in rows})
    return 0


def cmd_region(args) -> int:
    from netralitas_desktop.domain.regions import load_regions

    regions = load_regions()
    found = regions.search(args.text, level=args.level, within=args.within, limit=args.limit)
    if args.json:
        print_json([{"code": r.code, "name": r.name, "level": r.level, "full_name": regions.full_name(r.code)}
                    for r in found])
    else:
        for r in found:
            print(f"{r.code:<14} {regions.full_name(r.code)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="netralitas", description="Netralitas Desktop: pengawasan netralitas "
                                     "ASN, kepala desa dan perangkat desa (luring).")
    parser.add_argument("--version", action="version", version=f"netralitas {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: $NETRALITAS_DATA_DIR "
                        "atau folder data pengguna)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")

    p = commands.add_parser("init", help="siapkan basis data kantor ini")
    p.add_argument("--office-name", required=True)
    p.add_argument("--level", required=True, choices=LEVELS)
    p.add_argument("--region", required=True, help="kode wilayah kantor, mis. 19.03")
    p.add_argument("--officer", required=True, help="nama petugas di laptop ini")
    p.add_argument("--office-address", default="")
    p.add_argument("--office-code", default="", help="kode wilayah Bawaslu untuk nomor register (bukan Kemendagri)")
    p.add_argument("--jabatan", default="", help="jabatan petugas")
    p.add_argument("--election", default="pemilu-2024", help="profil pemilu bawaan")
    p.set_defaults(func=cmd_init)

    finding = commands.add_parser("finding", help="temuan: tambah, daftar, lihat, ubah, status")
    finding_commands = finding.add_subparsers(dest="finding_command", required=True, metavar="AKSI")
    p = finding_commands.add_parser("add", help="catat temuan baru")
    add_finding_flags(p)
    p.add_argument("--status", default=None, help="status awal (bawaan: draf)")
    p.add_argument("--evidence", action="append", type=Path, help="berkas bukti (boleh berulang)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_finding_add)

    p = finding_commands.add_parser("edit", help="ubah isian temuan")
    p.add_argument("id")
    add_finding_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_finding_edit)

    p = finding_commands.add_parser("list", help="daftar temuan")
    p.add_argument("--status", action="append")
    p.add_argument("--region")
    p.add_argument("--category", action="append")
    p.add_argument("--subject-type", action="append")
    p.add_argument("--source", choices=("temuan", "laporan"))
    p.add_argument("--from", dest="date_from", help="tanggal awal TTTT-BB-HH")
    p.add_argument("--to", dest="date_to", help="tanggal akhir TTTT-BB-HH")
    p.add_argument("--date-field", default="known_on", choices=("known_on", "occurred_on", "registered_on"))
    p.add_argument("--search", help="cari teks (nama, NIP, instansi, uraian, tautan); \"…\" untuk frasa")
    p.add_argument("--order", default="-known_on", help="urutan, mis. known_on atau -known_on")
    p.add_argument("--limit", type=int)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_finding_list)

    p = finding_commands.add_parser("show", help="lihat satu temuan")
    p.add_argument("id", help="ID, awalan ID, nomor register atau nomor Form A")
    p.add_argument("--audit", action="store_true", help="sertakan jejak audit")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_finding_show)

    p = finding_commands.add_parser("status", help="ubah status temuan")
    p.add_argument("id")
    p.add_argument("new_status")
    p.add_argument("--reason", required=True)
    p.add_argument("--to", help="instansi tujuan (diteruskan/dilimpahkan)")
    p.add_argument("--on", help="tanggal keputusan TTTT-BB-HH (bawaan: hari ini)")
    p.set_defaults(func=cmd_finding_status)

    evidence = commands.add_parser("evidence", help="bukti: tambah, hapus (tercatat)")
    evidence_commands = evidence.add_subparsers(dest="evidence_command", required=True, metavar="AKSI")
    p = evidence_commands.add_parser("add", help="tambahkan berkas bukti ke temuan")
    p.add_argument("id")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--url", help="tautan konten daring yang dibuktikan")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evidence_add)
    p = evidence_commands.add_parser("remove", help="tandai bukti dihapus (dengan alasan)")
    p.add_argument("evidence_id")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_evidence_remove)
    p = evidence_commands.add_parser("describe", help="uraikan bukti dengan kata-kata (barang bukti pada formulir)")
    p.add_argument("evidence_id")
    p.add_argument("text", help="mis. 'Tangkapan layar unggahan akun Facebook terlapor tanggal 2 Desember 2023'")
    p.set_defaults(func=cmd_evidence_describe)

    p = commands.add_parser("check", help="periksa basis data, berkas bukti dan log audit")
    p.set_defaults(func=cmd_check)

    p = commands.add_parser("demo", help="buat data contoh")
    p.add_argument("--findings", type=int, default=200)
    p.add_argument("--seed", type=int, default=2024)
    p.set_defaults(func=cmd_demo)

    p = commands.add_parser("settings", help="lihat atau ubah pengaturan")
    p.add_argument("action", choices=("show", "set"))
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(func=cmd_settings)

    p = commands.add_parser("region", help="cari wilayah (kode Kemendagri)")
    p.add_argument("text")
    p.add_argument("--level", choices=("provinsi", "kabupaten", "kecamatan", "desa"))
    p.add_argument("--within")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_region)

    p = commands.add_parser("backup", help="buat cadangan terenkripsi (frasa sandi)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--passphrase-file", type=Path)
    p.set_defaults(func=cmd_backup)
    p = commands.add_parser("restore", help="pulihkan cadangan ke folder data kosong")
    p.add_argument("file", type=Path)
    p.add_argument("--passphrase-file", type=Path)
    p.add_argument("--identity", type=Path, help="kunci age (untuk cadangan otomatis: keys/age-identity.txt)")
    p.set_defaults(func=cmd_restore)

    add_report_commands(commands)
    add_sync_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = data_dir(args.data_dir)
    try:
        return args.func(args)
    except NetralitasError as err:
        print(f"galat: {' '.join(str(err).split())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("galat: dibatalkan oleh pengguna.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
