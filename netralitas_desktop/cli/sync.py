"""`netralitas keys …`, `netralitas bundle …` and `netralitas note …`: parse, call the sync core, print."""

from __future__ import annotations

import sys
from pathlib import Path

from netralitas_desktop.cli.output import echo, print_json, print_warning
from netralitas_desktop.data import same_files
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.services import duplicates
from netralitas_desktop.services.key_card import read_key_card, use_key_card, write_key_card
from netralitas_desktop.sync import (
    add_note,
    export_bundle,
    exports,
    forget_device,
    import_bundle,
    imports,
    inspect_bundle,
    keys_for,
    list_conflicts,
    notes_for,
    recipients,
    remove_recipient,
    resolve_conflict,
    save_receipt,
    set_recipient,
    trusted_devices,
)
from netralitas_desktop.sync.conflicts import ENTITY_NAMES, KEEP_CHOICES


def _progress_printer():
    """A progress callback that draws a percentage on a terminal's stderr (and nothing when redirected)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done * 100 // total:3d}%", end="" if done < total else "\r    \r", file=sys.stderr, flush=True)
    return show


def _size(size: float) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value} B"


# -- keys ---------------------------------------------------------------------------------------------------------
def cmd_keys_show(args) -> int:
    with Store(args.data_dir) as store:
        keys = keys_for(store)
        configured = recipients(store)
        office = store.office
    if args.json:
        print_json({**keys.to_json(), "office": {"id": office.id, "name": office.name, "level": office.level,
                                                 "region_code": office.region_code},
                    "recipients": configured})
        return 0
    echo(f"Kantor         : {office.name} ({office.level}, {office.region_code})")
    echo(f"ID perangkat   : {keys.device_id}")
    echo(f"Sidik jari     : {keys.fingerprint}")
    echo(f"Kunci tanda tangan (Ed25519): {keys.signing_key}")
    echo(f"Kunci publik age            : {keys.age_recipient}")
    if configured:
        for r in configured:
            echo(f"Penerima bundel ke atas     : {r['key']} ({r['name']})")
    else:
        echo("Penerima bundel ke atas     : belum diatur (netralitas keys set-recipient KUNCI)")
    return 0


def cmd_keys_set_recipient(args) -> int:
    if bool(args.key) == bool(args.card):
        raise ValidationError("Berikan kunci publik age (age1…) atau --card BERKAS kartu kunci, salah satu.", "key")
    with Store(args.data_dir) as store:
        if args.card:
            card = read_key_card(Path(args.card))
            current = use_key_card(store, card)
            echo(f"Kartu kunci {card.office['name']} dibaca. Cocokkan sidik jari ini dengan kantor itu lewat "
                 f"telepon: {card.fingerprint}")
        else:
            current = set_recipient(store, args.key, args.name or "")
    echo(f"Penerima disimpan; bundel ke atas dienkripsi untuk {len(current)} kunci.")
    return 0


def cmd_keys_card(args) -> int:
    with Store(args.data_dir) as store:
        path, card = write_key_card(store, Path(args.output) if args.output else Path.cwd())
    echo(f"Kartu kunci {card.office['name']} ditulis ke {path}.")
    echo(f"Sidik jari (bacakan lewat telepon): {card.fingerprint}")
    return 0


def cmd_keys_remove_recipient(args) -> int:
    with Store(args.data_dir) as store:
        current = remove_recipient(store, args.key)
    echo(f"Penerima dihapus; tersisa {len(current)} kunci.")
    return 0


def cmd_keys_devices(args) -> int:
    with Store(args.data_dir) as store:
        devices = trusted_devices(store)
    if args.json:
        print_json(devices)
        return 0
    for d in devices:
        echo(f"{d['device_id'][:8]}  {d['fingerprint']}  {d['office_name'] or d['office_id'][:8]} "
             f"({d['office_level'] or '?'}, {d['office_region'] or '?'})  bundel terakhir #{d['last_sequence']}  "
             f"kantor {d['office_id']}")
    echo(f"{len(devices)} perangkat dipercaya.", err=True)
    return 0


def cmd_keys_forget(args) -> int:
    with Store(args.data_dir) as store:
        device = forget_device(store, args.device)
    echo(f"Perangkat {device['device_id'][:8]} tidak lagi dipercaya; bundel berikutnya perlu --trust-new-device.")
    return 0


# -- bundles ------------------------------------------------------------------------------------------------------
def cmd_bundle_export(args) -> int:
    with Store(args.data_dir) as store:
        result = export_bundle(store, args.output, full=args.full, recipients=args.recipient or (),
                               destination=args.to, progress=_progress_printer())
    if args.json:
        print_json(result.to_json())
    else:
        counts = result.counts
        to = f" untuk {result.destination['name']}" if result.destination else ""
        encryption = (f"terenkripsi untuk {len(result.recipients)} penerima" if result.encrypted
                      else "TIDAK terenkripsi")
        echo(f"Bundel ditulis{to}: {result.path}")
        echo(f"Nomor {result.sequence} ({'lengkap' if result.full else 'perubahan'}): {counts['findings']} temuan, "
             f"{counts['status_events']} riwayat status, {counts['notes']} catatan, {counts['evidence']} bukti, "
             f"{counts['blobs']} berkas bukti ({_size(result.blob_bytes)}); {_size(result.size)}, {encryption}.")
        echo(f"SHA-256: {result.sha256}")
    for warning in result.warnings:
        print_warning(warning)
    if not result.encrypted:
        print_warning("bundel tidak dienkripsi; atur kunci kantor tujuan dengan `netralitas keys set-recipient` "
                      "atau --recipient.")
    return 0


def cmd_bundle_verify(args) -> int:
    with Store(args.data_dir) as store:
        plan = inspect_bundle(store, args.file, progress=_progress_printer())
    if args.json:
        print_json({"valid": True, **plan.to_json()})
        return 0
    echo("\n".join(plan.summary_lines()))
    echo("Bundel utuh: tanda tangan, SHA-256 setiap berkas dan setiap catatan sah.")
    if plan.identity_changes:
        echo("Kantor mengaku tingkat atau wilayah lain dari yang dipercaya: pastikan lewat telepon, lalu impor "
             "dengan --retrust.")
    elif not plan.device_known:
        echo("Perangkat pengirim belum dikenal: cocokkan sidik jarinya lewat telepon, lalu impor dengan "
             "--trust-new-device.")
    elif plan.already_imported:
        echo("Bundel ini sudah pernah diimpor.")
    return 0


def cmd_bundle_import(args) -> int:
    with Store(args.data_dir) as store:
        before = same_files.change_counter(store)
        report = import_bundle(store, args.file, trust_new_device=args.trust_new_device, retrust=args.retrust,
                               progress=_progress_printer())
        same = duplicates.import_matches(store, before)  # "3 berkas sama dengan temuan yang sudah ada"
    if args.receipt:
        save_receipt(report, args.receipt)
    if args.json:
        print_json({**report.to_json(), "same_as_existing": same.to_json()})
        return 0
    echo("\n".join(report.summary_lines()))
    if same.any:
        echo(f"{same.summary()}: lihat `netralitas evidence duplicates`.")
    if report.applied:
        echo("Impor selesai: seluruh isi bundel diterapkan.")
    else:
        echo("Sudah pernah diimpor; tidak ada yang berubah.")
    conflicts = sum(c.conflicts for c in report.counts.values())
    if conflicts:
        echo(f"Ada {conflicts} konflik baru: lihat `netralitas bundle conflicts`.")
    if args.receipt:
        echo(f"Tanda terima disimpan: {args.receipt}")
    return 0


def cmd_bundle_conflicts(args) -> int:
    with Store(args.data_dir) as store:
        conflicts = list_conflicts(store, include_resolved=args.all)
    if args.json:
        print_json([c.to_json() for c in conflicts])
        return 0
    for c in conflicts:
        state = "terbuka" if c.open else f"selesai: {c.resolution}"
        echo(f"{c.id[:8]}  {ENTITY_NAMES.get(c.entity, c.entity):<14} {c.entity_id[:8]}  versi {c.version}  "
             f"{state}  beda: {', '.join(c.differences[:6]) or '-'}")
    echo(f"{len(conflicts)} konflik.", err=True)
    return 0


def cmd_bundle_resolve(args) -> int:
    with Store(args.data_dir) as store:
        conflict = resolve_conflict(store, args.conflict_id, args.keep)
    if args.json:
        print_json(conflict.to_json())
    else:
        echo(f"Konflik {conflict.id[:8]} diselesaikan: {conflict.resolution}.")
    return 0


def cmd_bundle_ledger(args) -> int:
    with Store(args.data_dir) as store:
        sent, received = exports(store), imports(store)
    if args.json:
        print_json({"exports": sent, "imports": received})
        return 0
    echo("Ekspor:")
    for e in sent:
        to = e["destination_name"] or ("kantor atasan" if not e["destination"] else e["destination"][:8])
        c = e["counts"]
        echo(f"  #{e['sequence']:<4} {e['created_at']}  ke {to}  {'lengkap' if e['full'] else 'perubahan'}  "
             f"{c.get('findings', 0)} temuan, {c.get('blobs', 0)} berkas  {e['file_name']}  "
             f"sha256 {e['sha256'][:16]}…")
    echo("Impor:")
    for i in received:
        c = i["counts"].get("findings", {})
        echo(f"  {i['imported_at']}  dari {i['source_office_name'] or i['source_office_id'][:8]} #{i['sequence']}  "
             f"temuan: {c.get('added', 0)} baru, {c.get('updated', 0)} diperbarui  sha256 {i['file_sha256'][:16]}…")
    return 0


# -- notes --------------------------------------------------------------------------------------------------------
def cmd_note_add(args) -> int:
    with Store(args.data_dir) as store:
        note = add_note(store, store.resolve_id(args.id), args.text)
    if args.json:
        print_json(note.to_json())
    else:
        echo(f"Catatan ditambahkan pada temuan {note.finding_id[:8]}.")
    return 0


def cmd_note_list(args) -> int:
    with Store(args.data_dir) as store:
        notes = notes_for(store, store.resolve_id(args.id))
    if args.json:
        print_json([n.to_json() for n in notes])
        return 0
    for n in notes:
        echo(f"{n.at}  {n.author}: {n.text}")
    return 0


def add_commands(commands) -> None:
    """Register the sync subcommands on the main parser's subparsers."""
    keys = commands.add_parser("keys", help="kunci perangkat dan penerima bundel")
    sub = keys.add_subparsers(dest="keys_command", required=True, metavar="AKSI")
    p = sub.add_parser("show", help="tampilkan ID perangkat, sidik jari dan kunci publik")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys_show)
    p = sub.add_parser("set-recipient", help="atur kunci kantor atasan (penerima bundel): kartu kunci atau age1…")
    p.add_argument("key", nargs="?", help="kunci publik age, diawali age1 (atau pakai --card)")
    p.add_argument("--card", metavar="BERKAS", help="kartu kunci (.nkunci) dari kantor atasan")
    p.add_argument("--name", help="nama penerima, mis. 'Bawaslu Kabupaten Bangka Selatan'")
    p.set_defaults(func=cmd_keys_set_recipient)
    p = sub.add_parser("card", help="buat kartu kunci kantor ini untuk kantor di bawahnya")
    p.add_argument("-o", "--output", metavar="BERKAS", help="berkas atau folder tujuan (bawaan: folder kerja)")
    p.set_defaults(func=cmd_keys_card)
    p = sub.add_parser("remove-recipient", help="hapus penerima bundel")
    p.add_argument("key", help="kunci atau nama penerima")
    p.set_defaults(func=cmd_keys_remove_recipient)
    p = sub.add_parser("devices", help="perangkat yang dipercaya")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys_devices)
    p = sub.add_parser("forget", help="berhenti mempercayai perangkat")
    p.add_argument("device", help="ID perangkat atau awalannya")
    p.set_defaults(func=cmd_keys_forget)

    bundle = commands.add_parser("bundle", help="bundel sinkronisasi: ekspor, periksa, impor, konflik")
    sub = bundle.add_subparsers(dest="bundle_command", required=True, metavar="AKSI")
    p = sub.add_parser("export", help="tulis bundel perubahan (atau semuanya) untuk kantor lain")
    p.add_argument("-o", "--output", required=True, type=Path, help="berkas bundel (atau folder) tujuan")
    p.add_argument("--full", action="store_true", help="semua data, bukan hanya perubahan sejak ekspor terakhir")
    p.add_argument("--recipient", action="append", metavar="KEY",
                   help="kunci publik age penerima (boleh berulang; bawaan: penerima yang diatur)")
    p.add_argument("--to", metavar="OFFICE", help="bundel balik ke kantor di bawah (ID kantor atau kode wilayah)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_export)
    p = sub.add_parser("verify", help="periksa bundel tanpa mengimpornya")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_verify)
    p = sub.add_parser("import", help="impor bundel (utuh atau tidak sama sekali)")
    p.add_argument("file", type=Path)
    p.add_argument("--trust-new-device", action="store_true",
                   help="percayai perangkat pengirim yang belum dikenal (cocokkan sidik jari dulu)")
    p.add_argument("--retrust", action="store_true",
                   help="percayai ulang kantor yang kini mengaku tingkat atau wilayah lain (pastikan lewat telepon)")
    p.add_argument("--receipt", type=Path, metavar="FILE", help="simpan tanda terima (teks, atau JSON untuk .json)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_import)
    p = sub.add_parser("conflicts", help="konflik dari impor")
    p.add_argument("--all", action="store_true", help="termasuk yang sudah diselesaikan")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_conflicts)
    p = sub.add_parser("resolve", help="selesaikan konflik")
    p.add_argument("conflict_id")
    p.add_argument("--keep", required=True, choices=KEEP_CHOICES,
                   help="current: versi yang tampil; incoming: versi yang masuk (kantor asal saja); both: keduanya")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_resolve)
    p = sub.add_parser("ledger", help="daftar bundel yang diekspor dan diimpor")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_ledger)

    note = commands.add_parser("note", help="catatan pada temuan (juga temuan kantor lain)")
    sub = note.add_subparsers(dest="note_command", required=True, metavar="AKSI")
    p = sub.add_parser("add", help="tambahkan catatan")
    p.add_argument("id", help="ID temuan, awalan ID atau nomor register")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note_add)
    p = sub.add_parser("list", help="daftar catatan sebuah temuan")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_note_list)
