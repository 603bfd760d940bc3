"""`netralitas finding …`: add, edit, list, show and change the status of findings."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from netralitas_desktop.cli.arguments import count_arg, date_arg, path_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.deadlines import Deadline
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.model import Finding
from netralitas_desktop.domain.validation import normalise_finding_fields

JSON_FILE_LIMIT = 5 * 1024 * 1024  # far above any finding the limits allow (docs/finding-json.md)
SUBJECT_KEYS = {"name": "name", "nama": "name", "type": "employment_type", "jenis": "employment_type",
                "nip": "nip", "nik": "nik", "position": "position", "jabatan": "position", "agency": "agency",
                "instansi": "agency", "address": "address", "alamat": "address", "accounts": "accounts",
                "akun": "accounts"}
ACTIVITY_KEYS = {"form": "form", "bentuk": "form", "purpose": "purpose", "tujuan": "purpose", "target": "target",
                 "sasaran": "target", "date": "date", "tanggal": "date", "from": "time_from", "mulai": "time_from",
                 "time_from": "time_from", "to": "time_to", "selesai": "time_to", "time_to": "time_to",
                 "place": "place", "tempat": "place", "spt": "assignment_letter",
                 "assignment_letter": "assignment_letter"}
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
    ("--supervision-form", "supervision_form", "bentuk pengawasan (Form A)"),
    ("--supervision-purpose", "supervision_purpose", "tujuan pengawasan (Form A)"),
    ("--supervision-target", "supervision_target", "sasaran pengawasan (Form A)"),
    ("--facts", "facts", "fakta dan keterangan"),
    ("--analysis", "analysis", "analisis"),
    ("--sanction", "sanction", "sanksi yang dijatuhkan"),
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
)


def parse_subject(text: str) -> dict[str, Any]:
    """`name=Budi;type=pns;nip=…;position=Guru;agency=Dinas Pendidikan` → a subject dict (a bare name works)."""
    if "=" not in text:
        return {"name": text}
    subject: dict[str, Any] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, _, value = part.partition("=")
        field = SUBJECT_KEYS.get(key.strip().lower())
        if not field:
            raise ValidationError(f"Kunci terlapor tidak dikenal: '{key.strip()[:40]}' "
                                  f"(gunakan: {', '.join(sorted(set(SUBJECT_KEYS)))}).", "subjects")
        subject[field] = [a.strip() for a in value.split(",") if a.strip()] if field == "accounts" else value
    return subject


def parse_activity(text: str) -> dict[str, Any]:
    """`form=analisis;purpose=…;target=…;date=2023-12-03;from=09:00;to=11:00;place=…;spt=…` → an activity dict."""
    activity: dict[str, Any] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, sign, value = part.partition("=")
        field = ACTIVITY_KEYS.get(key.strip().lower())
        if not sign or not field:
            raise ValidationError(f"Kunci kegiatan tidak dikenal: '{key.strip()[:40]}' "
                                  f"(gunakan: {', '.join(sorted(set(ACTIVITY_KEYS)))}).", "activities")
        activity[field] = value
    return activity


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
    parser.add_argument("--handover", action=argparse.BooleanOptionalAction, default=None,
                        help="di luar wilayah kantor ini, dicatat untuk dilimpahkan (--no-handover mencabutnya)")
    parser.add_argument("--json-file", type=path_arg, help="berkas JSON berisi isian temuan")


def read_json_file(path: Path) -> object:
    """The JSON value of a file given on the command line, refusing what cannot be read with one message."""
    try:
        if path.stat().st_size > JSON_FILE_LIMIT:
            raise ValidationError(f"Berkas JSON terlalu besar: {path} (paling besar 5 MB).", "json_file")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise ValidationError(f"Berkas JSON tidak ditemukan: {path}", "json_file") from err
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        reason = "bersarang terlalu dalam" if isinstance(err, RecursionError) else str(err)[:120]
        raise ValidationError(f"Berkas JSON tidak dapat dibaca: {path} ({reason})", "json_file") from err


def finding_fields_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """The finding fields given on the command line, a JSON file's fields underneath, in stored form."""
    fields: dict[str, Any] = {}
    if args.json_file:
        data = read_json_file(args.json_file)
        if not isinstance(data, dict):
            raise ValidationError("Berkas JSON harus berisi satu objek temuan ({…}).", "json_file")
        fields.update(data)
    for _, field, _ in FIELD_FLAGS:
        if getattr(args, field) is not None:
            fields[field] = getattr(args, field)
    if args.subject is not None:
        fields["subjects"] = [parse_subject(s) for s in args.subject]
    if args.urls is not None:
        fields["urls"] = args.urls
    if args.witnesses is not None:
        fields["witnesses"] = [dict(zip(("name", "address"), (w.split(";", 1) + [""])[:2], strict=True))
                               for w in args.witnesses]
    if args.activities is not None:
        fields["activities"] = [parse_activity(a) for a in args.activities]
    if args.needs_more_info:
        fields["needs_more_info"] = True
    if args.handover is not None:
        fields["handover"] = args.handover
    return normalise_finding_fields(fields)


def finding_json(store: Store, finding: Finding, *, with_evidence: bool) -> dict[str, Any]:
    """The documented JSON shape of a finding (docs/finding-json.md) with its current deadline."""
    data = finding.to_json(with_evidence=with_evidence)
    data["deadline"] = deadline_json(store.deadline(finding))
    if finding.source == "laporan":
        data["report_filing"] = deadline_json(store.report_filing(finding))
    return data


def deadline_json(deadline: Deadline | None) -> dict[str, Any] | None:
    """A deadline as `finding show --json` gives it; `estimate` when a working-day count crossed a year whose
    holidays are not known."""
    if deadline is None:
        return None
    return {"label": deadline.label, "due_on": deadline.due_on.isoformat(), "days_left": deadline.days_left,
            "day_kind": deadline.day_kind, "overdue": deadline.overdue, "estimate": deadline.estimate,
            "unknown_years": list(deadline.unknown_years)}


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
        f"Wilayah       : {finding.region_code} {place}" + ("  [dilimpahkan: di luar wilayah kantor]"
                                                            if finding.handover else ""),
        f"Kejadian      : {finding.occurred_on}   Diketahui: {finding.known_on}",
        f"Batas waktu   : {deadline.describe() if deadline else '-'}",
        f"Uraian        : {finding.description}",
    ]
    if finding.source == "laporan":
        lines.append(f"Pelapor       : {finding.reporter_name}, {finding.reporter_address}".rstrip(", "))
        lines.append(f"Diterima      : {finding.received_on} {finding.received_time}".rstrip())
        if filing := store.report_filing(finding):
            unit = "hari kerja" if filing.day_kind == "kerja" else "hari"
            verdict = ("tepat waktu" if not filing.overdue else f"terlambat {-filing.days_left} {unit}")
            lines.append(f"Penyampaian   : {verdict} (batas {filing.due_on.isoformat()}, sejak diketahui)")
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
        body = f" ke {event.forwarding_body}" if event.forwarding_body else ""
        lines.append(f"Riwayat       : {event.decision_date} {event.from_status or '-'} → {event.to_status}{body} "
                     f"({event.officer}: {event.reason}; dicatat {event.at})")
    echo("\n".join(lines))


def print_saved(store: Store, finding: Finding, as_json: bool, message: str) -> None:
    if as_json:
        print_json(finding_json(store, finding, with_evidence=True))
    else:
        echo(message)


# -- commands -------------------------------------------------------------------------------------------------
def cmd_add(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        fields = finding_fields_from_args(args)
        finding = Finding(**{"category": "", "region_code": "", "occurred_on": "", "known_on": "",
                             "description": "", **fields})
        finding.status = args.status or "draf"
        finding = store.add_finding(finding, evidence=args.evidence or [])
        form = f"Form A {finding.form_a_number}" if finding.form_a_number else "laporan, Formulir Model B.1"
        print_saved(store, finding, args.json, f"Temuan dicatat: {finding.id} ({form}, {len(finding.evidence)} "
                                               "bukti).")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        finding_id = store.resolve_id(args.id)
        finding = store.update_finding(finding_id, finding_fields_from_args(args))
        print_saved(store, finding, args.json, f"Temuan diperbarui: {finding.id} (versi {finding.version}).")
    return 0


def filter_from_args(args: argparse.Namespace) -> FindingFilter:
    return FindingFilter(statuses=args.status or [], region=(args.region or "").strip(),
                         categories=args.category or [], subject_types=args.subject_type or [],
                         source=args.source or "", date_from=date_arg(args.date_from, "--from"),
                         date_to=date_arg(args.date_to, "--to"), date_field=args.date_field,
                         search=args.search or "")


def cmd_list(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        findings = store.list_findings(filter_from_args(args), order=args.order, limit=args.limit,
                                       offset=args.offset)
        if args.json:
            print_json([finding_json(store, f, with_evidence=False) for f in findings])
            return 0
        for f in findings:
            subject = f.subjects[0].name if f.subjects else "-"
            echo(f"{f.id[:8]}  {f.known_on}  {f.status:<18} {f.category:<15} {f.region_code:<14} "
                 f"{subject}  {f.register_number or ''}")
        echo(f"{len(findings)} temuan.", err=True)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
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
                    echo(f"Audit         : {entry['at']} {entry['actor']} {entry['action']}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        finding = store.change_status(store.resolve_id(args.id), args.new_status, args.reason,
                                      forwarding_body=args.to or "", on=date_arg(args.on, "--on") or None)
        number = f", nomor register {finding.register_number}" if finding.register_number else ""
        decided = finding.history[-1].decision_date if finding.history else ""
        echo(f"Status temuan {finding.id[:8]} kini '{finding.status}' (keputusan tanggal {decided}){number}.")
    return 0


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `finding …` on the main parser's subcommands."""
    finding = commands.add_parser("finding", help="temuan: tambah, daftar, lihat, ubah, status")
    sub = finding.add_subparsers(dest="finding_command", required=True, metavar="AKSI")
    p = sub.add_parser("add", help="catat temuan baru")
    add_finding_flags(p)
    p.add_argument("--status", default=None, choices=("draf", "temuan"), help="status awal (bawaan: draf)")
    p.add_argument("--evidence", action="append", type=path_arg, help="berkas bukti (boleh berulang)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", help="ubah isian temuan")
    p.add_argument("id")
    add_finding_flags(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("list", help="daftar temuan")
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
    p.add_argument("--limit", type=count_arg)
    p.add_argument("--offset", type=count_arg, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="lihat satu temuan")
    p.add_argument("id", help="ID, awalan ID, nomor register atau nomor Form A")
    p.add_argument("--audit", action="store_true", help="sertakan jejak audit")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("status", help="ubah status temuan")
    p.add_argument("id")
    p.add_argument("new_status")
    p.add_argument("--reason", required=True)
    p.add_argument("--to", help="instansi tujuan (diteruskan/dilimpahkan)")
    p.add_argument("--on", help="tanggal keputusan TTTT-BB-HH (bawaan: hari ini)")
    p.set_defaults(func=cmd_status)
