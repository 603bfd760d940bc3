"""`netralitas evidence …`: add files to a finding's evidence, mark an item removed (the file stays), read the
words in its pictures (OCR) and find the same file in other findings."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from netralitas_desktop.cli.arguments import count_arg, path_arg
from netralitas_desktop.cli.output import echo, print_json
from netralitas_desktop.data import readings, same_files
from netralitas_desktop.data.store import Store
from netralitas_desktop.domain.text_match import is_picture
from netralitas_desktop.services import duplicates, reading


def cmd_add(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        items = store.add_evidence(store.resolve_id(args.id), args.files, url=args.url or "", note=args.note or "")
    if args.json:
        print_json([asdict(item) for item in items])
    for item in items:
        echo(f"Bukti disimpan: {item.name} sha256={item.sha256}", err=args.json)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        store.remove_evidence(args.evidence_id, args.reason)
    echo("Bukti ditandai dihapus; berkasnya tetap disimpan dan tercatat di log audit.")
    return 0


def cmd_describe(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        store.describe_evidence(args.evidence_id, args.text)
    echo("Uraian bukti disimpan; dicetak sebagai barang bukti pada formulir.")
    return 0


def cmd_ocr(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        ids = [same_files.resolve_evidence_id(store, i) for i in args.evidence_ids]
        if args.all or ids:
            readings.requeue(store, ids or None)
        files = None
        if ids:
            files = [item.sha256 for item in same_files.items_by_id(store, ids)]
        summary = reading.read_queue(store, files=files, limit=args.limit)
        read = [f.sha256 for f in summary.files]
        names = {item.sha256: item.name for item in same_files.items_with_files(store, read)}
    if args.json:
        print_json({"done": summary.done, "failed": summary.failed, "remaining": summary.remaining,
                    "findings": sorted(summary.findings),
                    "files": [{"sha256": f.sha256, "name": names.get(f.sha256, ""), "state": f.state, "words": f.words,
                               "error": f.error, "text": f.text} for f in summary.files]})
        return 0
    for f in summary.files:
        what = f"{f.words} kata" if f.state == readings.DONE else f"gagal: {f.error}"
        echo(f"{f.sha256[:12]}  {names.get(f.sha256, '')}  {what}")
    echo(f"{summary.done} gambar dibaca, {summary.failed} gagal, {summary.remaining} masih menunggu.")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    with Store(args.data_dir, readonly=True) as store:
        evidence_id = same_files.resolve_evidence_id(store, args.evidence_id)
        sha256, name, mime_type = readings.file_of_evidence(store, evidence_id)
        scan = readings.scans_of(store, [sha256]).get(sha256)
        found = readings.readings_of(store, [evidence_id])[evidence_id]
    state = scan.state if scan else ("pending" if is_picture(mime_type) else "tidak dibaca")
    if args.json:
        print_json({"evidence_id": evidence_id, "name": name, "state": state,
                    "error": scan.error if scan else "", "readings": [asdict(r) for r in found]})
        return 0
    if not found:
        echo({"pending": "Gambar ini menunggu dibaca (`netralitas evidence ocr`).",
              "failed": f"Gambar ini gagal dibaca: {scan.error if scan else ''}",
              "tidak dibaca": "Berkas ini bukan gambar; teksnya tidak dibaca."}.get(
                  state, "Belum ada teks terbaca dari gambar ini."))
        return 0
    for r in found:
        echo(f"--- dibaca {r.made_at} oleh {r.office_name or r.origin_office_id[:8]} ({r.engine})")
        echo(r.text or "(tidak ada teks terbaca)")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    with Store(args.data_dir) as store:
        if args.evidence_id:
            evidence_id = same_files.resolve_evidence_id(store, args.evidence_id)
            matches = duplicates.matches_for(store, evidence_id)
            if args.json:
                print_json({"evidence_id": evidence_id, "matches": [m.to_json() for m in matches]})
                return 0
            for m in matches:
                echo(_match_line(m.kind, m.item, m.distance, m.overlap))
            echo(f"{len(matches)} bukti di temuan lain sama atau mirip.", err=True)
            return 0
        pairs = duplicates.all_duplicates(store)
    if args.json:
        print_json([p.to_json() for p in pairs])
        return 0
    for p in pairs:
        echo(f"{duplicates.KIND_WORDS[p.kind]:<20} {p.first.evidence_id[:8]} ({p.first.office_name}, temuan "
             f"{p.first.finding_id[:8]})  ↔  {p.second.evidence_id[:8]} ({p.second.office_name}, temuan "
             f"{p.second.finding_id[:8]})")
    echo(f"{len(pairs)} pasang bukti sama atau mirip di temuan berbeda.", err=True)
    return 0


def _match_line(kind: str, item: same_files.EvidenceItem, distance: float | None, overlap: float | None) -> str:
    how = "" if distance is None else f"  jarak {distance:.2f}, kata sama {overlap or 0:.0%}"
    number = item.register_number or item.form_a_number or ""
    return (f"{duplicates.KIND_WORDS[kind]:<20} {item.evidence_id[:8]}  {item.name}  juga dilaporkan oleh "
            f"{item.office_name or item.origin_office_id[:8]} (temuan {item.finding_id[:8]} {number}){how}")


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `evidence …` on the main parser's subcommands."""
    evidence = commands.add_parser("evidence", help="bukti: tambah, hapus (tercatat), baca teks gambar, cari yang sama")
    sub = evidence.add_subparsers(dest="evidence_command", required=True, metavar="AKSI")
    p = sub.add_parser("add", help="tambahkan berkas bukti ke temuan")
    p.add_argument("id")
    p.add_argument("files", nargs="+", type=path_arg)
    p.add_argument("--url", help="tautan konten daring yang dibuktikan")
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("remove", help="tandai bukti dihapus (dengan alasan)")
    p.add_argument("evidence_id")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_remove)
    p = sub.add_parser("describe", help="uraikan bukti dengan kata-kata (barang bukti pada formulir)")
    p.add_argument("evidence_id")
    p.add_argument("text", help="mis. 'Tangkapan layar unggahan akun Facebook terlapor tanggal 2 Desember 2023'")
    p.set_defaults(func=cmd_describe)
    p = sub.add_parser("ocr", help="baca teks di gambar bukti yang menunggu (OCR, luring)")
    p.add_argument("evidence_ids", nargs="*", metavar="EVIDENCE_ID", help="hanya bukti ini (dibaca ulang)")
    p.add_argument("--all", action="store_true", help="baca ulang semua gambar bukti")
    p.add_argument("--limit", type=count_arg, help="paling banyak sekian berkas")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ocr)
    p = sub.add_parser("text", help="teks yang terbaca dari gambar bukti")
    p.add_argument("evidence_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_text)
    p = sub.add_parser("duplicates", help="berkas sama atau gambar mirip di temuan lain (semua, atau satu bukti)")
    p.add_argument("evidence_id", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_duplicates)
