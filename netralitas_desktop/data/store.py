"""The local store: a data dir holding the SQLite database and the evidence vault, and every user action on it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import date, datetime
from pathlib import Path

from netralitas_desktop.data import audit
from netralitas_desktop.data.database import DB_NAME, Database, translated_errors
from netralitas_desktop.data.query import order_clause, where_clause
from netralitas_desktop.data.vault import Vault
from netralitas_desktop.domain.catalog import load_catalog
from netralitas_desktop.domain.deadlines import Deadline, deadline_for, register_number_for
from netralitas_desktop.domain.errors import NotFoundError, StoreError, ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.forms import (
    ASSIGN,
    CLEAR,
    form_a_number_change,
    uses_form_a,
    with_assignment_letters,
    written_on_of,
)
from netralitas_desktop.domain.model import (
    FORM_FIELDS,
    LEVELS,
    REGISTERING_LEVELS,
    Evidence,
    Finding,
    Office,
    Officer,
    StatusEvent,
    Subject,
    Witness,
    activity_from_dict,
    finding_fields_from_dict,
    new_id,
    parse_date,
    utc_now,
)
from netralitas_desktop.domain.regions import load_regions
from netralitas_desktop.domain.validation import evidence_description_problems, setting_problems, validate_finding

# Finding fields kept in their own columns; the other editable ones live in the JSON `body`.
COLUMNS = ("id", "origin_office_id", "origin_device_id", "version", "created_at", "updated_at", "created_by",
           "updated_by", "source", "status", "title", "category", "region_code", "address", "occurred_on",
           "known_on", "registered_on", "register_seq", "register_number", "form_a_number", "election", "stage",
           "platform", "description")
BODY_FIELDS = ("urls", "witnesses", "legal_basis", "reporter_name", "reporter_address", "supervision_form",
               "supervision_purpose", "supervision_target", "facts", "analysis", "needs_more_info",
               "forwarded_to", "sanction", *FORM_FIELDS)
SUBJECT_COLUMNS = ("id", "finding_id", "seq", "name", "employment_type", "nip", "nik", "position", "agency",
                   "address", "accounts")
EVIDENCE_COLUMNS = tuple(f.name for f in fields(Evidence))


def finding_row(finding: Finding) -> dict:
    """The `findings` table row of a finding."""
    row = {name: getattr(finding, name) for name in COLUMNS}
    body = {name: getattr(finding, name) for name in BODY_FIELDS}
    body["witnesses"] = [asdict(w) for w in finding.witnesses]
    body["activities"] = [asdict(a) for a in finding.activities]
    row["body"] = json.dumps(body, ensure_ascii=False)
    return row


def subject_rows(finding: Finding) -> list[dict]:
    return [
        {"id": s.id, "finding_id": finding.id, "seq": index, "name": s.name, "employment_type": s.employment_type,
         "nip": s.nip, "nik": s.nik, "position": s.position, "agency": s.agency, "address": s.address,
         "accounts": json.dumps(s.accounts, ensure_ascii=False)}
        for index, s in enumerate(finding.subjects)
    ]


def finding_from_row(row: dict, subjects: list[dict]) -> Finding:
    """A Finding from its table row and subject rows."""
    body = json.loads(row.get("body") or "{}")
    values = {name: row[name] for name in COLUMNS}
    for name in BODY_FIELDS:
        if name in body:
            values[name] = body[name]
    values["witnesses"] = [Witness(**w) for w in body.get("witnesses", [])]
    values["activities"] = [activity_from_dict(a) for a in body.get("activities", [])]
    values["subjects"] = [
        Subject(id=s["id"], name=s["name"], employment_type=s["employment_type"], nip=s["nip"], nik=s["nik"],
                position=s["position"], agency=s["agency"], address=s["address"],
                accounts=json.loads(s["accounts"]))
        for s in subjects
    ]
    return Finding(**values)


class Store:
    """One office's data dir: `netralitas.db` plus `evidence/`. Every public write is one transaction."""

    def __init__(self, data_dir: Path | str, *, readonly: bool = False):
        self.data_dir = Path(data_dir)
        self.readonly = readonly
        self.database = Database(self.data_dir / DB_NAME, readonly=readonly)
        self.conn = self.database.conn
        self.vault = Vault(self.data_dir / "evidence")
        self.catalog = load_catalog()
        self.regions = load_regions()
        self.device_id = self.setting("device_id")
        if not self.device_id:
            raise StoreError("Basis data belum disiapkan: jalankan `netralitas init`.")
        self.office = Office(**self.setting("office"))
        self.written_blobs: list[str] = []
        if not readonly:
            # An import killed after its commit left verified evidence in sync-tmp/: finish moving it now.
            from netralitas_desktop.data.sync_workdir import recover_interrupted_imports

            recover_interrupted_imports(self)
        self.officer = Officer(**self.setting("officer"))

    # -- creation ---------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, data_dir: Path | str, *, office_name: str, level: str, region_code: str, officer: str,
               office_address: str = "", office_code: str = "", officer_jabatan: str = "",
               officer_unit: str = "", election: str = "pemilu-2024") -> Store:
        """Create a new store; refuses a data dir that already holds one."""
        data_dir = Path(data_dir)
        if (data_dir / DB_NAME).exists():
            raise StoreError(f"Folder data {data_dir} sudah berisi basis data; tidak ditimpa. "
                             "Pilih folder lain atau gunakan data yang ada.")
        if level not in LEVELS:
            raise ValidationError(f"Tingkat kantor tidak dikenal: '{level}' (pilih: {', '.join(LEVELS)}).",
                                  "level")
        if not office_name.strip():
            raise ValidationError("Nama kantor wajib diisi.", "office_name")
        if not officer.strip():
            raise ValidationError("Nama petugas wajib diisi.", "officer")
        if region_code not in load_regions():
            raise ValidationError(f"Kode wilayah tidak dikenal: '{region_code}' (contoh: 19.03 atau 19.03.01).",
                                  "region_code")
        if election not in load_catalog().elections:
            raise ValidationError(f"Profil pemilu tidak dikenal: '{election}'.", "election")
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"Folder data tidak dapat dibuat: {data_dir} ({err.strerror or err}).") from err
        office = Office(id=new_id(), name=office_name.strip(), level=level, region_code=region_code,
                        address=office_address, office_code=office_code or region_code)
        device_id = new_id()
        database = Database(data_dir / DB_NAME, create=True)
        try:
            with database.transaction() as conn:
                conn.execute("INSERT INTO offices (id, name, level, region_code, address, office_code) "
                             "VALUES (:id, :name, :level, :region_code, :address, :office_code)", asdict(office))
                settings = {
                    "device_id": device_id, "office": asdict(office),
                    "officer": asdict(Officer(officer.strip(), officer_jabatan, officer_unit)),
                    "signer": {"name": officer.strip(), "jabatan": officer_jabatan},
                    "default_election": election, "paper_size": "A4",
                    "letterhead": {"office_name": office_name.strip(), "address": office_address, "logo": ""},
                }
                for key, value in settings.items():
                    conn.execute("INSERT INTO settings VALUES (?, ?)", (key, json.dumps(value)))
                ctx = audit.AuditContext(officer.strip(), device_id, office.id)
                entry = audit.append(conn, ctx, "store.init", "office", office.id, asdict(office))
                conn.execute("INSERT INTO settings VALUES ('audit_head', ?)",
                             (json.dumps([entry["device_seq"], entry["hash"]]),))
        finally:
            database.close()
        from netralitas_desktop.data.keys import create_device_keys

        create_device_keys(data_dir, device_id)
        return cls(data_dir)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- settings ---------------------------------------------------------------------------------------------
    def setting(self, key: str, default=None):
        value = self.database.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value) -> None:
        """Change a setting; recorded in the audit log."""
        for problem in setting_problems(key, value, self.catalog):
            raise problem
        with self.database.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))
            if key == "office":  # the offices table travels in bundles: keep it in step
                conn.execute("UPDATE offices SET name = :name, level = :level, region_code = :region_code, "
                             "address = :address, office_code = :office_code WHERE id = :id", value)
            self.record_audit(conn, "setting.set", "setting", key, {"value": value})
        if key == "office":
            self.office = Office(**value)
        elif key == "officer":
            self.officer = Officer(**value)

    def office_zone(self):
        """The office's time zone (WIB/WITA/WIT): setting `time_zone`, else the province of its region."""
        return self.catalog.office_zone(self.office.region_code, self.setting("time_zone", "") or "")

    def today(self) -> date:
        """Today's date in the office's time zone (the day a form is written, a report received)."""
        return datetime.now(self.office_zone().tzinfo).date()

    # -- internals --------------------------------------------------------------------------------------------
    @property
    def audit_context(self) -> audit.AuditContext:
        return audit.AuditContext(self.officer.name, self.device_id, self.office.id)

    def record_audit(self, conn: sqlite3.Connection, action: str, entity: str, entity_id: str, details: dict) -> None:
        """Append an audit entry inside the caller's transaction and keep the chain's head in settings."""
        entry = audit.append(conn, self.audit_context, action, entity, entity_id, details)
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('audit_head', ?)",
                     (json.dumps([entry["device_seq"], entry["hash"]]),))

    def next_local_seq(self, conn: sqlite3.Connection, count: int = 1) -> int:
        """Reserve `count` numbers of the local change counter; returns the first."""
        row = conn.execute("SELECT value FROM settings WHERE key = 'local_seq'").fetchone()
        first = (json.loads(row[0]) if row else 0) + 1
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('local_seq', ?)", (json.dumps(first + count - 1),))
        return first

    def _next_counter(self, conn: sqlite3.Connection, name: str) -> int:
        key = f"counter:{name}"
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        value = (json.loads(row[0]) if row else 0) + 1
        conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))
        return value

    def form_a_number_for(self, conn: sqlite3.Connection, on: date) -> str:
        seq = self._next_counter(conn, f"form_a:{on.year}")
        return register_number_for(self.catalog.numbering.form_a_template, seq=seq, kind="", election="",
                                   level="", office_code=self.office.office_code, on=on)

    def register_number_next(self, conn: sqlite3.Connection, finding: Finding, on: date) -> tuple[int, str]:
        """The next case number of this office for the year (the sequence restarts each year)."""
        numbering = self.catalog.numbering
        seq = self._next_counter(conn, f"register:{on.year}")
        election = self.catalog.elections.get(finding.election or self.setting("default_election"))
        number = register_number_for(
            numbering.register_template, seq=seq, kind=numbering.kind_codes[finding.source],
            election=election.register_code if election else "PL", level=numbering.level_codes[self.office.level],
            office_code=self.office.office_code, on=on)
        return seq, number

    def write_finding(self, conn: sqlite3.Connection, finding: Finding, *, insert: bool) -> None:
        """Write a finding row, its subjects and its search entry inside the caller's transaction."""
        row = finding_row(finding)
        row["local_seq"] = self.next_local_seq(conn)
        names = ", ".join(row)
        if insert:
            conn.execute(f"INSERT INTO findings ({names}) VALUES ({', '.join(':' + k for k in row)})", row)
        else:
            conn.execute(f"UPDATE findings SET {', '.join(f'{k} = :{k}' for k in row)} WHERE id = :id", row)
            conn.execute("DELETE FROM subjects WHERE finding_id = ?", (finding.id,))
        placeholders = ", ".join(":" + c for c in SUBJECT_COLUMNS)
        conn.executemany(f"INSERT INTO subjects ({', '.join(SUBJECT_COLUMNS)}) VALUES ({placeholders})",
                         subject_rows(finding))
        self.index_finding(conn, finding)

    def search_document(self, finding: Finding) -> dict:
        """The full-text fields of a finding."""
        region_names = " ".join(r.name for r in self.regions.ancestors(finding.region_code)) \
            if finding.region_code in self.regions else ""
        return {
            "register_number": " ".join(x for x in (finding.register_number, finding.form_a_number) if x),
            "title": finding.title,
            "description": "\n".join(x for x in (finding.description, finding.facts, finding.analysis) if x),
            "subjects": " ".join(" ".join([s.name, s.nip, s.nik, s.position, *s.accounts])
                                 for s in finding.subjects),
            "agencies": " ".join(s.agency for s in finding.subjects),
            "urls": " ".join(finding.urls),
            "place": f"{finding.address} {region_names}",
        }

    def index_finding(self, conn: sqlite3.Connection, finding: Finding) -> None:
        rowid = conn.execute("SELECT rowid FROM findings WHERE id = ?", (finding.id,)).fetchone()[0]
        conn.execute("DELETE FROM findings_fts WHERE rowid = ?", (rowid,))
        document = self.search_document(finding)
        conn.execute(f"INSERT INTO findings_fts (rowid, {', '.join(document)}) VALUES "
                     f"(?, {', '.join('?' * len(document))})", (rowid, *document.values()))

    def _evidence_record(self, conn: sqlite3.Connection, finding_id: str, path: Path, url: str = "",
                         note: str = "") -> Evidence:
        stored = self.vault.put(path)
        if stored.created:
            self.written_blobs.append(stored.sha256)
        now = utc_now()
        conn.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                     (stored.sha256, stored.size, stored.mime_type, now))
        item = Evidence(
            id=new_id(), finding_id=finding_id, sha256=stored.sha256, name=Path(path).name,
            mime_type=stored.mime_type, size=stored.size, added_at=now, added_by=self.officer.name,
            exif_time=stored.exif_time, gps_lat=stored.gps_lat, gps_lon=stored.gps_lon, url=url,
            seen_at=now if url else None, note=note, origin_office_id=self.office.id,
            origin_device_id=self.device_id)
        row = asdict(item)
        row["local_seq"] = self.next_local_seq(conn)
        conn.execute(f"INSERT INTO evidence ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row)
        self.record_audit(conn, "evidence.add", "evidence", item.id,
                    {"finding_id": finding_id, "sha256": item.sha256, "name": item.name, "size": item.size})
        return item

    # -- findings ---------------------------------------------------------------------------------------------
    def add_finding(self, finding: Finding, evidence: Iterable[Path] = ()) -> Finding:
        """Validate and store a new finding with its evidence files, as one transaction."""
        finding.election = finding.election or self.setting("default_election", "")
        self._fill_form_defaults(finding)
        validate_finding(finding, self.catalog, self.regions, today=self.today())
        now = utc_now()
        finding.id = finding.id or new_id()
        finding.origin_office_id, finding.origin_device_id = self.office.id, self.device_id
        finding.created_at = finding.updated_at = now
        finding.created_by = finding.updated_by = self.officer.name
        finding.version = 1
        if not finding.stage and (profile := self.catalog.elections.get(finding.election)):
            finding.stage = profile.stage_on(parse_date(finding.occurred_on)) or ""
        evidence = [Path(p) for p in evidence]
        Vault.check_readable(evidence)
        with self.evidence_action(), self.database.transaction() as conn:
            finding.form_a_number = (self.form_a_number_for(conn, parse_date(finding.written_on))
                                     if uses_form_a(finding) else None)
            self.write_finding(conn, finding, insert=True)
            initial = StatusEvent(new_id(), finding.id, None, finding.status, now, self.officer.name,
                                  "Dicatat", "", self.office.id, self.device_id)
            self._insert_status_event(conn, initial)
            self.record_audit(conn, "finding.create", "finding", finding.id, finding.to_json(with_evidence=False))
            for path in evidence:
                self._evidence_record(conn, finding.id, path)
        return self.get_finding(finding.id)

    def _fill_form_defaults(self, finding: Finding, *, written: bool = True, received: bool = True,
                            activities: bool = True) -> None:
        """Form A is dated the day it is written (today unless given); a laporan is received now unless given;
        an activity without an SPT number gets the office's default (setting `assignment_letter`)."""
        if written and uses_form_a(finding) and not finding.written_on:
            finding.written_on = self.today().isoformat()
        if received and finding.source == "laporan" and not finding.received_on:
            now = datetime.now(self.office_zone().tzinfo)
            finding.received_on, finding.received_time = now.date().isoformat(), now.strftime("%H:%M")
        if activities:
            finding.activities = with_assignment_letters(finding.activities, self.setting("assignment_letter", ""))

    def update_finding(self, finding_id: str, changes: dict) -> Finding:
        """Change editable fields of a finding; its version grows by one and the change is audited.

        The Form A number follows the date of writing: moved to another month or year, or the finding turned
        from laporan into temuan, it gets a new number; turned into a laporan, it loses it (domain/forms.py)."""
        current = self.get_finding(finding_id)
        self._refuse_foreign(current)
        updates = finding_fields_from_dict(changes)
        before = current.to_json(with_evidence=False)
        written_before = current.written_on
        for name, value in updates.items():
            setattr(current, name, value)
        # Only what this edit brings gets defaults: an older record keeps its empty fields (Form A then stands
        # on the day it became known, as it was numbered); a report turned temuan now is written today, a
        # temuan turned laporan now is received today.
        turned = before["source"] != current.source
        self._fill_form_defaults(current, written=turned, received=turned, activities="activities" in updates)
        validate_finding(current, self.catalog, self.regions, today=self.today())
        renumber = form_a_number_change(current, written_before or before["known_on"])
        if renumber == CLEAR:
            current.form_a_number = None
        after = current.to_json(with_evidence=False)
        diff = {k: {"dari": before[k], "menjadi": after[k]} for k in after if before[k] != after[k]}
        if not diff:
            return current
        current.version += 1
        current.updated_at, current.updated_by = utc_now(), self.officer.name
        with self.database.transaction() as conn:
            if renumber == ASSIGN:
                current.form_a_number = self.form_a_number_for(conn, parse_date(written_on_of(current)))
                diff["form_a_number"] = {"dari": before["form_a_number"], "menjadi": current.form_a_number}
            self.write_finding(conn, current, insert=False)
            self.record_audit(conn, "finding.edit", "finding", finding_id,
                              {"version": current.version, "changes": diff})
        return self.get_finding(finding_id)

    def _refuse_foreign(self, finding: Finding) -> None:
        if finding.origin_office_id != self.office.id:
            raise ValidationError("Temuan ini milik kantor lain: tambahkan status atau catatan, jangan mengubah "
                                  "isinya atau buktinya.", "origin_office_id")

    def change_status(self, finding_id: str, new_status: str, reason: str, *, forwarding_body: str = "",
                      on: date | None = None) -> Finding:
        """Move a finding along the workflow with a reason; registering it assigns the case number."""
        finding = self.get_finding(finding_id)
        catalog = self.catalog
        if new_status not in catalog.statuses:
            raise ValidationError(f"Status tidak dikenal: '{new_status}'.", "status")
        if not reason.strip():
            raise ValidationError("Alasan perubahan status wajib diisi.", "reason")
        if not catalog.can_transition(finding.status, new_status):
            allowed = ", ".join(catalog.statuses[finding.status].next) or "tidak ada"
            raise ValidationError(f"Status '{finding.status}' tidak dapat diubah menjadi '{new_status}' "
                                  f"(yang boleh: {allowed}).", "status")
        if new_status == "teregistrasi" and self.office.level not in REGISTERING_LEVELS:
            raise ValidationError("Panwaslu Kelurahan/Desa tidak meregistrasi temuan: teruskan temuan ke Panwaslu "
                                  "Kecamatan, yang berwenang meregistrasinya.", "status")
        if catalog.statuses[new_status].needs_forwarding_body:
            if not forwarding_body:
                raise ValidationError("Pilih instansi tujuan penerusan/pelimpahan.", "forwarding_body")
            if forwarding_body not in catalog.forwarding_bodies:
                raise ValidationError(f"Instansi tujuan tidak dikenal: '{forwarding_body}'.", "forwarding_body")
        on = on or date.today()
        now = utc_now()
        event = StatusEvent(new_id(), finding_id, finding.status, new_status, now, self.officer.name,
                            reason.strip(), forwarding_body, self.office.id, self.device_id)
        with self.database.transaction() as conn:
            self._insert_status_event(conn, event)
            if finding.origin_office_id == self.office.id:
                finding.status = new_status
                if new_status == "teregistrasi" and not finding.register_number:
                    finding.register_seq, finding.register_number = self.register_number_next(conn, finding, on)
                    finding.registered_on = on.isoformat()
                if forwarding_body:
                    finding.forwarded_to = forwarding_body
                finding.version += 1
                finding.updated_at, finding.updated_by = now, self.officer.name
                self.write_finding(conn, finding, insert=False)
            self.record_audit(conn, "finding.status", "finding", finding_id,
                        {"dari": event.from_status, "menjadi": new_status, "alasan": event.reason,
                         "instansi": forwarding_body, "register_number": finding.register_number})
        return self.get_finding(finding_id)

    def _insert_status_event(self, conn: sqlite3.Connection, event: StatusEvent) -> None:
        row = asdict(event)
        row["local_seq"] = self.next_local_seq(conn)
        conn.execute(f"INSERT INTO status_events ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})",
                     row)

    def resolve_id(self, text: str) -> str:
        """A finding id from a full id, a unique id prefix (≥ 4 characters) or a register/Form A number."""
        text = text.strip()
        rows = self.database.query(
            "SELECT id FROM findings WHERE id = ? OR register_number = ? OR form_a_number = ?", (text, text, text))
        if not rows and len(text) >= 4:
            rows = self.database.query("SELECT id FROM findings WHERE id LIKE ? LIMIT 2", (text + "%",))
        if not rows:
            raise NotFoundError(f"Temuan tidak ditemukan: '{text}'.")
        if len(rows) > 1:
            raise NotFoundError(f"'{text}' cocok dengan lebih dari satu temuan; tulis ID lebih lengkap.")
        return rows[0]["id"]

    def get_finding(self, finding_id: str) -> Finding:
        """One finding with its subjects, evidence and status history."""
        rows = self.database.query("SELECT * FROM findings WHERE id = ?", (finding_id,))
        if not rows:
            raise NotFoundError(f"Temuan tidak ditemukan: '{finding_id}'.")
        subjects = self.database.query("SELECT * FROM subjects WHERE finding_id = ? ORDER BY seq", (finding_id,))
        finding = finding_from_row(rows[0], subjects)
        finding.evidence = [
            Evidence(**{k: r[k] for k in EVIDENCE_COLUMNS})
            for r in self.database.query("SELECT * FROM evidence WHERE finding_id = ? ORDER BY added_at, rowid",
                                         (finding_id,))
        ]
        finding.history = [
            StatusEvent(**{k: r[k] for k in StatusEvent.__dataclass_fields__})
            for r in self.database.query("SELECT * FROM status_events WHERE finding_id = ? ORDER BY at, rowid",
                                         (finding_id,))
        ]
        return finding

    def list_findings(self, filt: FindingFilter | None = None, *, order: str = "-known_on",
                      limit: int | None = None, offset: int = 0) -> list[Finding]:
        """Findings matching a filter, with subjects (not evidence), in the given order."""
        where, params = where_clause(filt or FindingFilter())
        sql = f"SELECT f.* FROM findings f WHERE {where} ORDER BY {order_clause(order)}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        rows = self.database.query(sql, params)
        by_finding: dict[str, list[dict]] = {r["id"]: [] for r in rows}
        ids = list(by_finding)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for s in self.database.query(
                    f"SELECT * FROM subjects WHERE finding_id IN ({', '.join('?' * len(chunk))}) ORDER BY seq",
                    chunk):
                by_finding[s["finding_id"]].append(s)
        return [finding_from_row(r, by_finding[r["id"]]) for r in rows]

    def count_findings(self, filt: FindingFilter | None = None) -> int:
        where, params = where_clause(filt or FindingFilter())
        return self.database.scalar(f"SELECT count(*) FROM findings f WHERE {where}", params)

    def finding_ids(self, filt: FindingFilter | None = None, *, order: str = "-known_on") -> list[str]:
        """Only the ids, in order: cheap enough for 100,000 rows (the GUI fetches the rest page by page)."""
        where, params = where_clause(filt or FindingFilter())
        with translated_errors():
            return [r[0] for r in self.conn.execute(
                f"SELECT f.id FROM findings f WHERE {where} ORDER BY {order_clause(order)}", params)]

    def summary_rows(self, ids: list[str]) -> list[dict]:
        """Table rows for given ids (register number, dates, status, category, region, first subject)."""
        if not ids:
            return []
        rows = self.database.query(
            "SELECT f.id, f.register_number, f.form_a_number, f.status, f.category, f.region_code, f.occurred_on,"
            " f.known_on, f.registered_on, f.source, f.title, f.platform, f.election, f.origin_office_id,"
            " json_extract(f.body, '$.needs_more_info') AS needs_more_info, f.created_at,"
            " (SELECT name FROM subjects s WHERE s.finding_id = f.id ORDER BY seq LIMIT 1) AS subject,"
            " (SELECT employment_type FROM subjects s WHERE s.finding_id = f.id ORDER BY seq LIMIT 1)"
            " AS subject_type,"
            " (SELECT count(*) FROM subjects s WHERE s.finding_id = f.id) AS subject_count"
            f" FROM findings f WHERE f.id IN ({', '.join('?' * len(ids))})", ids)
        by_id = {r["id"]: r for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    # -- evidence ---------------------------------------------------------------------------------------------
    def add_evidence(self, finding_id: str, paths: Iterable[Path], *, url: str = "", note: str = "") -> list[Evidence]:
        """Store files as evidence of a finding, all or none (only the office that owns the finding adds evidence)."""
        self._refuse_foreign(self.get_finding(finding_id))
        paths = [Path(p) for p in paths]
        Vault.check_readable(paths)
        with self.evidence_action(), self.database.transaction() as conn:
            return [self._evidence_record(conn, finding_id, p, url, note) for p in paths]

    @contextmanager
    def evidence_action(self):
        """Remove vault files this action wrote if it fails, so a refused action leaves no trace."""
        self.written_blobs: list[str] = []
        try:
            yield
        except BaseException:
            for sha in self.written_blobs:
                if not self.database.scalar("SELECT 1 FROM evidence WHERE sha256 = ?", (sha,)):
                    self.vault.discard(sha)
            raise
        finally:
            self.written_blobs = []

    def remove_evidence(self, evidence_id: str, reason: str) -> None:
        """Mark evidence as removed, with who, when and why. The file stays in the vault."""
        if not reason.strip():
            raise ValidationError("Alasan penghapusan bukti wajib diisi.", "reason")
        rows = self.database.query("SELECT * FROM evidence WHERE id = ? OR id LIKE ?",
                                   (evidence_id, evidence_id + "%"))
        if len(rows) != 1:
            raise NotFoundError(f"Bukti tidak ditemukan: '{evidence_id}'.")
        item = rows[0]
        if item["origin_office_id"] != self.office.id:
            raise ValidationError("Bukti ini milik kantor lain: hanya kantor asal temuan yang dapat menghapusnya. "
                                  "Tambahkan catatan untuk meminta penghapusan.", "evidence")
        if item["removed_at"]:
            raise ValidationError("Bukti ini sudah dihapus sebelumnya.", "evidence")
        with self.database.transaction() as conn:
            conn.execute("UPDATE evidence SET removed_at = ?, removed_by = ?, removed_reason = ?, "
                         "version = version + 1, local_seq = ? WHERE id = ?",
                         (utc_now(), self.officer.name, reason.strip(), self.next_local_seq(conn), item["id"]))
            self.record_audit(conn, "evidence.remove", "evidence", item["id"],
                        {"finding_id": item["finding_id"], "sha256": item["sha256"], "alasan": reason.strip()})

    def describe_evidence(self, evidence_id: str, note: str) -> None:
        """Describe an evidence item in words (printed as barang bukti); its version grows and it is audited."""
        note = note.strip() if isinstance(note, str) else note
        for problem in evidence_description_problems(note):
            raise problem
        rows = self.database.query("SELECT * FROM evidence WHERE id = ? OR id LIKE ?",
                                   (evidence_id, evidence_id + "%"))
        if len(rows) != 1:
            raise NotFoundError(f"Bukti tidak ditemukan: '{evidence_id}'.")
        item = rows[0]
        if item["origin_office_id"] != self.office.id:
            raise ValidationError("Bukti ini milik kantor lain: tambahkan catatan, jangan mengubahnya.", "evidence")
        with self.database.transaction() as conn:
            conn.execute("UPDATE evidence SET note = ?, version = version + 1, local_seq = ? WHERE id = ?",
                         (note, self.next_local_seq(conn), item["id"]))
            self.record_audit(conn, "evidence.describe", "evidence", item["id"],
                              {"finding_id": item["finding_id"], "dari": item["note"], "menjadi": note})

    def evidence_path(self, sha256: str) -> Path:
        return self.vault.path_for(sha256)

    # -- deadlines, audit, check ------------------------------------------------------------------------------
    def deadline(self, finding: Finding | dict, today: date | None = None) -> Deadline | None:
        """The finding's next legal deadline under its election profile."""
        get = finding.get if isinstance(finding, dict) else lambda k, d=None: getattr(finding, k, d)
        profile = self.catalog.elections.get(get("election") or self.setting("default_election", ""))
        if profile is None:
            return None
        return deadline_for(
            status=get("status"), source=get("source"), known_on=parse_date(get("known_on")),
            received_on=parse_date((get("created_at") or get("known_on"))[:10]),
            registered_on=parse_date(get("registered_on")), needs_more_info=bool(get("needs_more_info")),
            rule=profile.deadlines, holidays=profile.holidays, today=today or date.today())

    def audit_trail(self, entity_id: str) -> list[dict]:
        """Audit entries about a finding and its evidence, oldest first."""
        trail = audit.entries_for(self.conn, entity_id)
        for ev in self.database.query("SELECT id FROM evidence WHERE finding_id = ?", (entity_id,)):
            trail.extend(audit.entries_for(self.conn, ev["id"]))
        return sorted(trail, key=lambda e: e["at"])

    def check(self) -> list[str]:
        """Everything wrong with the store, in Indonesian: database integrity, evidence hashes, audit chain."""
        problems = []
        with translated_errors():
            for (result,) in self.conn.execute("PRAGMA integrity_check"):
                if result != "ok":
                    problems.append(f"Basis data: {result}")
            for row in self.conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"Basis data: rujukan rusak di tabel {row[0]} (baris {row[1]}).")
            if not self.readonly:  # FTS5 runs its check through an INSERT
                try:
                    self.conn.execute("INSERT INTO findings_fts(findings_fts, rank) VALUES ('integrity-check', 1)")
                except sqlite3.DatabaseError:
                    problems.append("Indeks pencarian tidak cocok dengan data temuan (perlu dibangun ulang).")
            for (sha,) in self.conn.execute("SELECT DISTINCT sha256 FROM evidence"):
                if problem := self.vault.verify(sha):
                    problems.append(problem)
            problems += audit.verify_chain(self.conn, self.device_id)
            head = self.setting("audit_head")
            last = self.conn.execute("SELECT device_seq, hash FROM audit_log WHERE device_id = ? "
                                     "ORDER BY device_seq DESC LIMIT 1", (self.device_id,)).fetchone()
            if head and (not last or list(last) != head):
                problems.append("Log audit: entri terakhir perangkat ini hilang atau diganti.")
        return problems
