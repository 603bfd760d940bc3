"""The local store: a data dir holding the SQLite database and the evidence vault, and every user action on it.

Every public write passes the one validation gate (`domain.validation`) and is one transaction. The sync engine
calls the building blocks below (`write_finding`, `record_audit`, `next_local_seq`, `evidence_action`, …) inside
its own transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from netralitas_desktop.data import audit, numbers, persons, readings, store_key
from netralitas_desktop.data import holidays as holiday_table
from netralitas_desktop.data.conversion import finish_interrupted
from netralitas_desktop.data.database import DB_ERRORS, DB_NAME, Database, translated_errors
from netralitas_desktop.data.keys import (
    HQ_SETTING,
    RECIPIENTS_SETTING,
    create_device_keys,
    create_vault_identity,
    recipients,
    vault_sealer,
)
from netralitas_desktop.data.query import order_clause, where_clause
from netralitas_desktop.data.rows import (
    BODY_FIELDS,
    COLUMNS,
    EVIDENCE_COLUMNS,
    FTS_COLUMNS,
    SUBJECT_COLUMNS,
    Row,
    evidence_from_row,
    finding_from_row,
    finding_row,
    insert_sql,
    status_event_from_row,
    subject_rows,
)
from netralitas_desktop.data.sealed import Sealer
from netralitas_desktop.data.store_key import LockedStore, StoreKey
from netralitas_desktop.data.sync_workdir import recover_interrupted_imports, session_folder
from netralitas_desktop.data.vault import Vault
from netralitas_desktop.domain.catalog import TimeZone, load_catalog
from netralitas_desktop.domain.deadlines import Deadline, deadline_for, report_filing
from netralitas_desktop.domain.errors import EvidenceError, NotFoundError, StoreError, ValidationError
from netralitas_desktop.domain.filters import FindingFilter
from netralitas_desktop.domain.forms import (
    ASSIGN,
    CLEAR,
    form_a_number_change,
    uses_form_a,
    with_assignment_letters,
    written_on_of,
)
from netralitas_desktop.domain.holidays import Holiday, HolidayCalendar
from netralitas_desktop.domain.model import (
    Evidence,
    Finding,
    Office,
    Officer,
    StatusEvent,
    new_id,
    parse_date,
    utc_now,
)
from netralitas_desktop.domain.regions import load_regions
from netralitas_desktop.domain.validation import (
    EVIDENCE_DESCRIPTION_RULE,
    REASON_RULE,
    URL_LIMIT,
    TextRule,
    evidence_description_problems,
    normalise_finding,
    normalise_finding_fields,
    normalise_office,
    normalise_person,
    normalise_setting,
    normalise_text,
    setting_problem,
    valid_url,
    validate_finding,
    validate_status_change,
)

json_int = numbers.json_int

__all__ = ["BODY_FIELDS", "COLUMNS", "EVIDENCE_COLUMNS", "SUBJECT_COLUMNS", "Store", "SubjectLine",
           "finding_from_row", "finding_row", "subject_rows"]

PLACEHOLDER_OFFICER = "(petugas belum diatur)"
# The decision date of a temuan's setting in pleno (its latest `temuan` status event), for the clocks that start then.
SET_ON_SQL = ("SELECT e.decided_on FROM status_events e WHERE e.finding_id = f.id AND e.to_status = 'temuan' "
              "ORDER BY e.at DESC, e.rowid DESC LIMIT 1")
ESSENTIAL_SETTINGS = ("office", "officer")  # writes are refused while one of these is broken
_EVIDENCE_NAME_RULE = TextRule("Nama berkas bukti", 255)


class SubjectLine(NamedTuple):
    """A subject as the register lists it."""

    name: str
    employment_type: str
    position: str


def _like_prefix(text: str) -> str:
    """A LIKE pattern matching `text` literally at the start (with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Store:
    """One office's data dir: `netralitas.db` plus `evidence/`. Every public write is one transaction.

    A protected store (encrypted database, sealed evidence and drafts, wrapped private keys) opens with its store
    key: given as `key`, or the one this process unlocked for the folder (`store_key.unlock`); without either it
    raises LockedStore."""

    def __init__(self, data_dir: Path | str, *, readonly: bool = False, key: StoreKey | None = None):
        self.data_dir = Path(data_dir)
        self.readonly = readonly
        if not readonly:
            finish_interrupted(self.data_dir)  # a conversion killed midway: keep the old store or the new one
        self.store_key: StoreKey | None = None
        self.sealer: Sealer | None = None
        if store_key.is_protected(self.data_dir):
            key = key or store_key.key_for(self.data_dir)
            if key is None:
                raise LockedStore(f"Data di {self.data_dir} dilindungi kata sandi: berikan kata sandinya "
                                  "($NETRALITAS_STORE_PASSPHRASE atau --store-passphrase-file BERKAS sebelum "
                                  "perintahnya).")
            self.store_key = key
            self.sealer = vault_sealer(self.data_dir, key)
        self.database = Database(self.data_dir / DB_NAME, readonly=readonly,
                                 key=self.store_key.sqlcipher_key() if self.store_key else None)
        self.conn: sqlite3.Connection = self.database.conn
        self.vault = Vault(self.data_dir / "evidence", self.sealer)
        self.catalog = load_catalog()
        self.regions = load_regions()
        device_id = self._raw_setting("device_id")
        if not isinstance(device_id, str) or not device_id:
            self.database.close()
            raise StoreError("Basis data belum disiapkan: jalankan `netralitas init`.")
        self.device_id: str = device_id
        self.office: Office = self._own_office()
        self.officer: Officer = self._own_officer()
        self.written_blobs: list[str] = []
        self._region_words: dict[str, str] = {}
        self._calendar: HolidayCalendar | None = None
        self._calendar_version = -1
        self.closed = False
        self._holiday_dates: dict[str, frozenset[date]] = {}
        if not readonly:
            # An import killed after its commit left verified evidence in sync-tmp/: finish moving it now.
            recover_interrupted_imports(self)
            self.wrap_for_headquarters()
            persons.fill_missing_keys(self)  # subjects stored before person keys existed (migration 0061)

    @property
    def protected(self) -> bool:
        """True for a store encrypted under a passphrase."""
        return self.store_key is not None

    def wrap_for_headquarters(self) -> None:
        """Keep the store key wrapped to exactly the headquarters keys of the settings (recovery at the office
        above follows every change of them)."""
        if self.store_key is not None and not self.readonly:
            store_key.set_headquarters(self.data_dir, self.store_key, [r["key"] for r in recipients(self)])

    # -- creation ---------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, data_dir: Path | str, *, office_name: str, level: str, region_code: str, officer: str,
               office_address: str = "", office_code: str = "", officer_jabatan: str = "",
               officer_unit: str = "", election: str = "pemilu-2024", passphrase: str | None = None) -> Store:
        """Create a new store; refuses a data dir that already holds one, and an office whose region does not
        match its level. With a passphrase the store is protected (encrypted under a new store key)."""
        data_dir = Path(data_dir)
        if passphrase is not None:
            store_key.check_new_passphrase(passphrase)
        if (data_dir / DB_NAME).exists():
            raise StoreError(f"Folder data {data_dir} sudah berisi basis data; tidak ditimpa. "
                             "Pilih folder lain atau gunakan data yang ada.")
        catalog, regions = load_catalog(), load_regions()
        office = Office(id=new_id(), **normalise_office(
            {"name": office_name, "level": level, "region_code": region_code, "address": office_address,
             "office_code": office_code}, regions))
        person = normalise_person({"name": officer, "jabatan": officer_jabatan, "unit": officer_unit}, "Petugas",
                                  "officer", ("name", "jabatan", "unit"))
        election = normalise_setting("default_election", election, catalog=catalog, regions=regions)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"Folder data tidak dapat dibuat: {data_dir} ({err.strerror or err}).") from err
        device_id = new_id()
        new_key = None
        if passphrase is not None:
            new_key = store_key.create_key(data_dir, passphrase)
            create_vault_identity(data_dir, new_key)
        database = Database(data_dir / DB_NAME, create=True, key=new_key.sqlcipher_key() if new_key else None)
        try:
            with database.transaction() as conn:
                conn.execute(insert_sql("offices", tuple(asdict(office))), asdict(office))
                settings = {
                    "device_id": device_id, "series_keeper": device_id, "office": asdict(office), "officer": person,
                    "signer": {"name": person["name"], "jabatan": person["jabatan"]},
                    "default_election": election, "paper_size": "A4",
                    "letterhead": {"office_name": office.name, "address": office.address, "logo": ""},
                }
                for key, value in settings.items():
                    conn.execute("INSERT INTO settings VALUES (?, ?)", (key, json.dumps(value)))
                ctx = audit.AuditContext(person["name"], device_id, office.id)
                entry = audit.append(conn, ctx, "store.init", "office", office.id, asdict(office))
                conn.execute("INSERT INTO settings VALUES ('audit_head', ?)",
                             (json.dumps([entry["device_seq"], entry["hash"]]),))
        finally:
            database.close()
        create_device_keys(data_dir, device_id, new_key)
        return cls(data_dir, key=new_key)

    def close(self) -> None:
        self.closed = True
        self.database.close()

    def interrupt(self) -> None:
        """Stop a running query at once (from another thread, when the user cancels a job)."""
        self.conn.interrupt()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    # -- settings ---------------------------------------------------------------------------------------------
    def _raw_setting(self, key: str) -> Any:
        text = self.database.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        if text is None:
            return None
        try:
            return json.loads(text)
        except (TypeError, ValueError):
            return text  # written by hand, not as JSON: shown as it is, repaired with `settings set`

    def setting(self, key: str, default: Any = None) -> Any:
        """A setting's value; `default` when it is missing, or when it breaks the setting's rules (a value written
        by an older version or by hand: `check` names it and `settings set` repairs it)."""
        value = self._raw_setting(key)
        if value is None or setting_problem(key, value, catalog=self.catalog, regions=self.regions):
            return default
        return value

    def set_setting(self, key: str, value: Any) -> None:
        """Change a setting after checking it (internal keys are refused); recorded in the audit log."""
        value = normalise_setting(key, value, catalog=self.catalog, regions=self.regions,
                                  current=self._raw_setting(key))
        with self.database.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))
            if key == "office":  # the offices table travels in bundles: keep it in step
                updated = conn.execute(
                    "UPDATE offices SET name = :name, level = :level, region_code = :region_code, "
                    "address = :address, office_code = :office_code WHERE id = :id", value).rowcount
                if not updated:
                    conn.execute(insert_sql("offices", tuple(value)), value)
            self.record_audit(conn, "setting.set", "setting", key, {"value": value})
        if key in (RECIPIENTS_SETTING, HQ_SETTING):
            self.wrap_for_headquarters()
        if key == "office":
            self.office = Office(**value)
        elif key == "officer":
            self.officer = Officer(**value)

    def office_zone(self) -> TimeZone:
        """The office's time zone (WIB/WITA/WIT): setting `time_zone`, else the province of its region."""
        return self.catalog.office_zone(self.office.region_code, self.setting("time_zone", "") or "")

    def today(self) -> date:
        """Today's date in the office's time zone (the day a form is written, a report received)."""
        return datetime.now(self.office_zone().tzinfo).date()

    def settings_for_display(self) -> dict[str, Any]:
        """Every setting except the number counters, as stored."""
        rows = self.database.query("SELECT key FROM settings WHERE key NOT LIKE 'counter:%' ORDER BY key")
        return {r["key"]: self._raw_setting(r["key"]) for r in rows}

    def setting_problems(self) -> list[str]:
        """Stored settings that break their rules, each with how to repair it."""
        problems = []
        for row in self.database.query("SELECT key FROM settings ORDER BY key"):
            key = row["key"]
            if problem := setting_problem(key, self._raw_setting(key), catalog=self.catalog, regions=self.regions):
                problems.append(f"Pengaturan '{key}' tidak sah ({problem}); perbaiki dengan "
                                f"`netralitas settings set {key} …`.")
        for key in ESSENTIAL_SETTINGS:
            if self._raw_setting(key) is None:
                problems.append(f"Pengaturan '{key}' tidak ada; isi dengan `netralitas settings set {key} …`.")
        return problems

    def _own_office(self) -> Office:
        value = self._raw_setting("office")
        if isinstance(value, dict) and all(isinstance(value.get(k), str) for k in ("id", "name", "level",
                                                                                   "region_code")):
            return Office(**{k: v for k, v in value.items() if k in Office.__dataclass_fields__})
        rows = self.database.query("SELECT * FROM offices ORDER BY rowid LIMIT 1")  # the first: made by init
        if rows:
            return Office(**rows[0])
        return Office(id="", name="(kantor belum diatur)", level="kecamatan", region_code="")

    def _own_officer(self) -> Officer:
        value = self._raw_setting("officer")
        if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip():
            return Officer(value["name"], str(value.get("jabatan", "")), str(value.get("unit", "")))
        return Officer(PLACEHOLDER_OFFICER)

    def _refuse_while_settings_broken(self) -> None:
        for key in ESSENTIAL_SETTINGS:
            value = self._raw_setting(key)
            problem = "tidak ada" if value is None else setting_problem(key, value, catalog=self.catalog,
                                                                      regions=self.regions)
            if problem:
                raise StoreError(f"Pengaturan '{key}' perlu diperbaiki dulu ({problem}): gunakan "
                                 f"`netralitas settings set {key} …`. Tidak ada data yang berubah.")

    # -- building blocks for one transaction (also used by the sync engine) ------------------------------------
    @property
    def audit_context(self) -> audit.AuditContext:
        return audit.AuditContext(self.officer.name, self.device_id, self.office.id)

    def record_audit(self, conn: sqlite3.Connection, action: str, entity: str, entity_id: str,
                     details: dict[str, Any]) -> None:
        """Append an audit entry inside the caller's transaction and keep the chain's head in settings."""
        entry = audit.append(conn, self.audit_context, action, entity, entity_id, details)
        self.set_audit_head(conn, entry["device_seq"], entry["hash"])

    @staticmethod
    def set_audit_head(conn: sqlite3.Connection, device_seq: int, entry_hash: str) -> None:
        """Remember this device's last audit entry (check compares it with the chain: a removed tail shows)."""
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('audit_head', ?)",
                     (json.dumps([device_seq, entry_hash]),))

    def analyze(self) -> None:
        """Refresh the query planner's statistics, sampled (a full ANALYZE of 100,000 findings costs seconds)."""
        with translated_errors():
            self.conn.execute("PRAGMA analysis_limit = 1000")
            self.conn.execute("ANALYZE")

    def next_local_seq(self, conn: sqlite3.Connection, count: int = 1) -> int:
        """Reserve `count` numbers of the local change counter; returns the first."""
        row = conn.execute("SELECT value FROM settings WHERE key = 'local_seq'").fetchone()
        current = json_int(row[0]) if row else 0
        if current is None:  # damaged by hand or by an old version: continue after the highest in use
            current = max(conn.execute(f"SELECT coalesce(max(local_seq), 0) FROM {table}").fetchone()[0]
                          for table in ("findings", "evidence", "status_events", "notes"))
        first = current + 1
        conn.execute("INSERT OR REPLACE INTO settings VALUES ('local_seq', ?)", (json.dumps(first + count - 1),))
        return first

    def form_a_number_for(self, conn: sqlite3.Connection, on: date) -> str:
        """The next Form A number of this device for a form written on `on` (data/numbers.py)."""
        return numbers.form_a_number(self, conn, on)

    def register_number_next(self, conn: sqlite3.Connection, finding: Finding, on: date) -> tuple[int, str]:
        """The next case number of this office in the finding's series (kind, election kind; restarts each year)."""
        election = self.catalog.elections.get(finding.election or self.setting("default_election", ""))
        return numbers.register_number(self, conn, source=finding.source,
                                       election_code=election.register_code if election else "PL", on=on)

    def write_finding(self, conn: sqlite3.Connection, finding: Finding, *, insert: bool) -> None:
        """Write a finding row, its subjects and its search entry inside the caller's transaction."""
        row = finding_row(finding)
        row["local_seq"] = self.next_local_seq(conn)
        if insert:
            conn.execute(insert_sql("findings", tuple(row)), row)
        else:
            conn.execute(f"UPDATE findings SET {', '.join(f'{k} = :{k}' for k in row)} WHERE id = :id", row)
            conn.execute("DELETE FROM subjects WHERE finding_id = ?", (finding.id,))
        conn.executemany(insert_sql("subjects", SUBJECT_COLUMNS), subject_rows(finding))
        self.index_finding(conn, finding)

    def region_words(self, code: str) -> str:
        """The names of a region and every region above it, for the search index (cached: they never change)."""
        words = self._region_words.get(code)
        if words is None:
            words = " ".join(r.name for r in self.regions.ancestors(code)) if code in self.regions else ""
            self._region_words[code] = words
        return words

    def search_document(self, finding: Finding, evidence_text: str = "") -> dict[str, str]:
        """The full-text fields of a finding (FTS_COLUMNS, in that order); `evidence_text`, the words read from its
        evidence pictures (data/readings.py)."""
        region_names = self.region_words(finding.region_code)
        return {
            "register_number": " ".join(x for x in (finding.register_number, finding.form_a_number) if x),
            "title": finding.title,
            "description": "\n".join(x for x in (finding.description, finding.facts, finding.analysis) if x),
            "subjects": " ".join(" ".join([s.name, s.nip, s.nik, s.position, *s.accounts])
                                 for s in finding.subjects),
            "agencies": " ".join(s.agency for s in finding.subjects),
            "urls": " ".join(finding.urls),
            "place": f"{finding.address} {region_names}",
            "evidence_text": evidence_text,
        }

    def index_finding(self, conn: sqlite3.Connection, finding: Finding) -> None:
        """Replace the finding's search entry (inside the caller's transaction)."""
        rowid = conn.execute("SELECT rowid FROM findings WHERE id = ?", (finding.id,)).fetchone()[0]
        conn.execute("DELETE FROM findings_fts WHERE rowid = ?", (rowid,))
        document = self.search_document(finding, readings.finding_text(conn, finding.id))
        conn.execute(f"INSERT INTO findings_fts (rowid, {', '.join(FTS_COLUMNS)}) VALUES "
                     f"(?, {', '.join('?' * len(FTS_COLUMNS))})", (rowid, *(document[c] for c in FTS_COLUMNS)))

    def _evidence_record(self, conn: sqlite3.Connection, finding_id: str, path: Path, url: str = "",
                         note: str = "") -> Evidence:
        stored = self.vault.put(path)
        if stored.created:
            self.written_blobs.append(stored.sha256)
        now = utc_now()
        conn.execute("INSERT OR IGNORE INTO blobs VALUES (?, ?, ?, ?)",
                     (stored.sha256, stored.size, stored.mime_type, now))
        item = Evidence(
            id=new_id(), finding_id=finding_id, sha256=stored.sha256, name=_evidence_name(Path(path).name),
            mime_type=stored.mime_type, size=stored.size, added_at=now, added_by=self.officer.name,
            exif_time=stored.exif_time, gps_lat=stored.gps_lat, gps_lon=stored.gps_lon, url=url,
            seen_at=now if url else None, note=note, origin_office_id=self.office.id,
            origin_device_id=self.device_id)
        row = asdict(item)
        row["local_seq"] = self.next_local_seq(conn)
        conn.execute(insert_sql("evidence", tuple(row)), row)
        readings.queue_pictures(conn, [(item.sha256, item.mime_type)])  # read in the background (OCR)
        self.record_audit(conn, "evidence.add", "evidence", item.id,
                          {"finding_id": finding_id, "sha256": item.sha256, "name": item.name, "size": item.size})
        return item

    # -- findings ---------------------------------------------------------------------------------------------
    def add_finding(self, finding: Finding, evidence: Iterable[Path | str] = ()) -> Finding:
        """Check and store a new finding with its evidence files, as one transaction."""
        self._refuse_while_settings_broken()
        normalise_finding(finding)
        finding.election = finding.election or self.setting("default_election", "")
        if finding.status not in ("draf", "temuan"):
            raise ValidationError(f"Temuan baru berstatus 'draf' atau 'temuan', bukan '{finding.status}'; status "
                                  "berikutnya diubah dengan `finding status`.", "status")
        self._fill_form_defaults(finding)
        validate_finding(finding, self.catalog, self.regions, self.today(), office=self.office)
        now = utc_now()
        finding.id = finding.id or new_id()
        finding.origin_office_id, finding.origin_device_id = self.office.id, self.device_id
        finding.created_at = finding.updated_at = now
        finding.created_by = finding.updated_by = self.officer.name
        finding.version = 1
        if not finding.stage and (profile := self.catalog.elections.get(finding.election)):
            finding.stage = profile.stage_on(date.fromisoformat(finding.occurred_on)) or ""
        paths = [Path(p) for p in evidence]
        Vault.check_readable(paths)
        with self.evidence_action(), self.database.transaction() as conn:
            finding.form_a_number = (self.form_a_number_for(conn, date.fromisoformat(finding.written_on))
                                     if uses_form_a(finding) else None)
            self.write_finding(conn, finding, insert=True)
            initial = StatusEvent(new_id(), finding.id, None, finding.status, now, self.officer.name,
                                  "Dicatat", "", self.office.id, self.device_id)
            self._insert_status_event(conn, initial)
            self.record_audit(conn, "finding.create", "finding", finding.id, finding.to_json(with_evidence=False))
            for path in paths:
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

    def update_finding(self, finding_id: str, changes: Mapping[str, object]) -> Finding:
        """Change editable fields of a finding; its version grows by one and the change is audited.

        The Form A number follows the date of writing: moved to another month or year, or the finding turned
        from laporan into temuan, it gets a new number; turned into a laporan, it loses it (domain/forms.py)."""
        self._refuse_while_settings_broken()
        current = self.get_finding(finding_id)
        self._refuse_foreign(current)
        updates = normalise_finding_fields(changes)
        before = current.to_json(with_evidence=False)
        written_before = current.written_on
        for name, value in updates.items():
            setattr(current, name, value)
        # Only what this edit brings gets defaults: an older record keeps its empty fields (Form A then stands
        # on the day it became known, as it was numbered); a report turned temuan now is written today, a
        # temuan turned laporan now is received today.
        turned = before["source"] != current.source
        self._fill_form_defaults(current, written=turned, received=turned, activities="activities" in updates)
        validate_finding(current, self.catalog, self.regions, self.today(), office=self.office)
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
                current.form_a_number = self.form_a_number_for(conn, date.fromisoformat(written_on_of(current)))
                diff["form_a_number"] = {"dari": before["form_a_number"], "menjadi": current.form_a_number}
            self.write_finding(conn, current, insert=False)
            self.record_audit(conn, "finding.edit", "finding", finding_id,
                              {"version": current.version, "changes": diff})
        return self.get_finding(finding_id)

    def _refuse_foreign_evidence(self, item: Row) -> None:
        if item["origin_office_id"] != self.office.id:
            raise ValidationError("Bukti ini milik kantor lain: hanya kantor asal temuan yang dapat mengubah atau "
                                  "menghapusnya. Tambahkan catatan untuk memintanya.", "evidence")

    def _refuse_foreign(self, finding: Finding) -> None:
        if finding.origin_office_id != self.office.id:
            raise ValidationError("Temuan ini milik kantor lain: tambahkan status atau catatan, jangan mengubah "
                                  "isinya atau buktinya.", "origin_office_id")

    def change_status(self, finding_id: str, new_status: str, reason: str, *, forwarding_body: str = "",
                      on: date | str | None = None) -> Finding:
        """Move a finding along the workflow with a reason and the date of the decision (default today), kept on
        the status event; registering it assigns the case number of that date's month and year."""
        self._refuse_while_settings_broken()
        finding = self.get_finding(finding_id)
        change = validate_status_change(finding, new_status, reason, forwarding_body, on, self.catalog,
                                        self.today(), office=self.office)
        now = utc_now()
        event = StatusEvent(new_id(), finding_id, finding.status, change.new_status, now, self.officer.name,
                            change.reason, change.forwarding_body, self.office.id, self.device_id,
                            decided_on=change.on.isoformat())
        with self.database.transaction() as conn:
            self._insert_status_event(conn, event)
            if finding.origin_office_id == self.office.id:
                finding.status = change.new_status
                if change.new_status == "teregistrasi" and not finding.register_number:
                    finding.register_seq, finding.register_number = self.register_number_next(conn, finding,
                                                                                              change.on)
                    finding.registered_on = change.on.isoformat()
                if change.forwarding_body:
                    finding.forwarded_to = change.forwarding_body
                finding.version += 1
                finding.updated_at, finding.updated_by = now, self.officer.name
                self.write_finding(conn, finding, insert=False)
            self.record_audit(conn, "finding.status", "finding", finding_id,
                              {"dari": event.from_status, "menjadi": change.new_status, "alasan": change.reason,
                               "instansi": change.forwarding_body, "tanggal": change.on.isoformat(),
                               "register_number": finding.register_number})
        return self.get_finding(finding_id)

    def _insert_status_event(self, conn: sqlite3.Connection, event: StatusEvent) -> None:
        row = asdict(event)
        row["local_seq"] = self.next_local_seq(conn)
        conn.execute(insert_sql("status_events", tuple(row)), row)

    def resolve_id(self, text: str) -> str:
        """A finding id from a full id, a unique id prefix (≥ 4 characters) or a register/Form A number."""
        text = text.strip()
        rows = self.database.query(
            "SELECT id FROM findings WHERE id = ? OR register_number = ? OR form_a_number = ?", (text, text, text))
        if not rows and len(text) >= 4:
            rows = self.database.query("SELECT id FROM findings WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                       (_like_prefix(text),))
        shown = text if len(text) <= 40 else text[:40] + "…"
        if not rows:
            raise NotFoundError(f"Temuan tidak ditemukan: '{shown}'.")
        if len(rows) > 1:
            raise NotFoundError(f"'{shown}' cocok dengan lebih dari satu temuan; tulis ID lebih lengkap.")
        return str(rows[0]["id"])

    def get_finding(self, finding_id: str) -> Finding:
        """One finding with its subjects, evidence and status history."""
        rows = self.database.query("SELECT * FROM findings WHERE id = ?", (finding_id,))
        if not rows:
            raise NotFoundError(f"Temuan tidak ditemukan: '{finding_id}'.")
        subjects = self.database.query("SELECT * FROM subjects WHERE finding_id = ? ORDER BY seq", (finding_id,))
        finding = finding_from_row(rows[0], subjects)
        finding.evidence = [evidence_from_row(r) for r in self.database.query(
            "SELECT * FROM evidence WHERE finding_id = ? ORDER BY added_at, rowid", (finding_id,))]
        finding.history = [status_event_from_row(r) for r in self.database.query(
            "SELECT * FROM status_events WHERE finding_id = ? ORDER BY at, rowid", (finding_id,))]
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
        by_finding: dict[str, list[Row]] = {r["id"]: [] for r in rows}
        ids = list(by_finding)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for s in self.database.query(
                    f"SELECT * FROM subjects WHERE finding_id IN ({', '.join('?' * len(chunk))}) ORDER BY seq",
                    chunk):
                by_finding[s["finding_id"]].append(s)
        return [finding_from_row(r, by_finding[r["id"]]) for r in rows]

    def count_findings(self, filt: FindingFilter | None = None) -> int:
        """How many findings a filter selects."""
        where, params = where_clause(filt or FindingFilter())
        return int(self.database.scalar(f"SELECT count(*) FROM findings f WHERE {where}", params))

    def finding_ids(self, filt: FindingFilter | None = None, *, order: str = "-known_on") -> list[str]:
        """Only the ids, in order: cheap enough for 100,000 rows (the GUI fetches the rest page by page)."""
        where, params = where_clause(filt or FindingFilter())
        with translated_errors():
            return [r[0] for r in self.conn.execute(
                f"SELECT f.id FROM findings f WHERE {where} ORDER BY {order_clause(order)}", params)]

    def summary_rows(self, ids: list[str]) -> list[Row]:
        """Table rows for given ids (register number, dates, status, category, region, first subject)."""
        if not ids:
            return []
        rows = self.database.query(
            "SELECT f.id, f.register_number, f.form_a_number, f.status, f.category, f.region_code, f.occurred_on,"
            " f.known_on, f.registered_on, f.source, f.title, f.platform, f.election, f.origin_office_id,"
            " json_extract(f.body, '$.needs_more_info') AS needs_more_info, f.created_at,"
            " CASE WHEN f.source = 'laporan' THEN json_extract(f.body, '$.received_on') END AS received_on,"
            f" CASE WHEN f.source = 'temuan' AND f.status != 'draf' THEN ({SET_ON_SQL}) END AS set_on,"
            " (SELECT name FROM subjects s WHERE s.finding_id = f.id ORDER BY seq LIMIT 1) AS subject,"
            " (SELECT employment_type FROM subjects s WHERE s.finding_id = f.id ORDER BY seq LIMIT 1)"
            " AS subject_type,"
            " (SELECT count(*) FROM subjects s WHERE s.finding_id = f.id) AS subject_count"
            f" FROM findings f WHERE f.id IN ({', '.join('?' * len(ids))})", ids)
        by_id = {r["id"]: r for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def subject_lines(self, ids: list[str]) -> dict[str, list[SubjectLine]]:
        """Every subject of the given findings, in their order on each finding."""
        found: dict[str, list[SubjectLine]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.database.query(
                    "SELECT finding_id, name, employment_type, position FROM subjects "
                    f"WHERE finding_id IN ({', '.join('?' * len(chunk))}) ORDER BY finding_id, seq", chunk):
                found[row["finding_id"]].append(SubjectLine(row["name"], row["employment_type"],
                                                            row["position"] or ""))
        return found

    # -- evidence ---------------------------------------------------------------------------------------------
    def add_evidence(self, finding_id: str, paths: Iterable[Path | str], *, url: str = "",
                     note: str = "") -> list[Evidence]:
        """Store files as evidence of a finding, all or none (only the office that owns the finding adds
        evidence)."""
        self._refuse_while_settings_broken()
        self._refuse_foreign(self.get_finding(finding_id))
        url = normalise_text(url, TextRule("Tautan bukti", URL_LIMIT), "url")
        if url and not valid_url(url):
            raise ValidationError(f"Tautan bukti tidak valid: '{url[:40]}' (harus diawali http:// atau https://).",
                                  "url")
        note = normalise_text(note, EVIDENCE_DESCRIPTION_RULE, "note")
        files = [Path(p) for p in paths]
        Vault.check_readable(files)
        with self.evidence_action(), self.database.transaction() as conn:
            return [self._evidence_record(conn, finding_id, p, url, note) for p in files]

    @contextmanager
    def evidence_action(self) -> Iterator[None]:
        """Remove vault files this action wrote if it fails, so a refused action leaves no trace."""
        self.written_blobs = []
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
        self._refuse_while_settings_broken()
        reason = normalise_text(reason, REASON_RULE, "reason")
        if not reason:
            raise ValidationError("Alasan penghapusan bukti wajib diisi.", "reason")
        item = self._one_evidence(evidence_id)
        self._refuse_foreign_evidence(item)
        if item["removed_at"]:
            raise ValidationError("Bukti ini sudah dihapus sebelumnya.", "evidence")
        with self.database.transaction() as conn:
            conn.execute("UPDATE evidence SET removed_at = ?, removed_by = ?, removed_reason = ?, "
                         "version = version + 1, local_seq = ? WHERE id = ?",
                         (utc_now(), self.officer.name, reason, self.next_local_seq(conn), item["id"]))
            readings.refresh_search(conn, [item["finding_id"]])  # its words no longer find the finding
            self.record_audit(conn, "evidence.remove", "evidence", item["id"],
                              {"finding_id": item["finding_id"], "sha256": item["sha256"], "alasan": reason})

    def describe_evidence(self, evidence_id: str, note: str) -> None:
        """Describe an evidence item in words (printed as barang bukti); its version grows and it is audited."""
        self._refuse_while_settings_broken()
        note = note.strip() if isinstance(note, str) else note
        for problem in evidence_description_problems(note):
            raise problem
        item = self._one_evidence(evidence_id)
        self._refuse_foreign_evidence(item)
        with self.database.transaction() as conn:
            conn.execute("UPDATE evidence SET note = ?, version = version + 1, local_seq = ? WHERE id = ?",
                         (note, self.next_local_seq(conn), item["id"]))
            self.record_audit(conn, "evidence.describe", "evidence", item["id"],
                              {"finding_id": item["finding_id"], "dari": item["note"], "menjadi": note})

    def _one_evidence(self, evidence_id: str) -> Row:
        """The evidence row of a full id or a unique prefix (≥ 4 characters)."""
        evidence_id = evidence_id.strip()
        rows = self.database.query("SELECT * FROM evidence WHERE id = ? OR (length(?) >= 4 AND id LIKE ? "
                                   "ESCAPE '\\')", (evidence_id, evidence_id, _like_prefix(evidence_id)))
        if len(rows) != 1:
            raise NotFoundError(f"Bukti tidak ditemukan: '{evidence_id[:40]}'.")
        return rows[0]

    def evidence_path(self, sha256: str) -> Path:
        """A path to read an evidence file's content from: the vault file itself, or in a protected store a
        decrypted copy in this process's scratch folder inside the data dir (removed when the app closes)."""
        if self.sealer is None:
            return self.vault.path_for(sha256)
        try:
            return self.viewable_evidence(sha256, "")
        except EvidenceError:
            return session_folder(self.data_dir) / sha256  # not there, like a missing vault file

    def viewable_evidence(self, sha256: str, name: str) -> Path:
        """A read-only copy of an evidence file under its own name for other programs, inside the data dir (a
        protected store's evidence is never decrypted outside it); EvidenceError when it cannot be read."""
        clean = Path(name).name if name else ""
        target = session_folder(self.data_dir) / (f"{sha256[:8]}-{clean}" if clean else sha256)
        try:
            return self.vault.write_plain_copy(sha256, target)
        except OSError as err:
            raise EvidenceError(f"Bukti tidak dapat disalin untuk dilihat ({err.strerror or err}).") from err

    # -- deadlines, audit, check ------------------------------------------------------------------------------
    def deadline(self, finding: Finding | Row, today: date | None = None) -> Deadline | None:
        """The finding's next legal deadline under its election profile, counted from the date the law names
        (domain/deadlines.py) with this office's holiday list. A row needs `received_on` and `set_on` (see
        `summary_rows`) for the clocks that start from them; without them the day it became known stands in."""
        values: Mapping[str, Any] = finding if isinstance(finding, dict) else vars(finding)
        profile = self.catalog.elections.get(values.get("election") or self.setting("default_election", ""))
        known_on = parse_date(values.get("known_on"))
        if profile is None or known_on is None:
            return None
        return deadline_for(
            status=values["status"], source=values["source"], known_on=known_on,
            received_on=self._clock_start(finding, values), registered_on=parse_date(values.get("registered_on")),
            needs_more_info=bool(values.get("needs_more_info")), rule=profile.deadlines,
            holidays=self.holiday_dates(profile.code), today=today or self.today(),
            known_years=self.holiday_calendar().known_years)

    @staticmethod
    def _clock_start(finding: Finding | Row, values: Mapping[str, Any]) -> date | None:
        """The day a laporan was received, or the day a temuan was set in pleno (its `temuan` decision)."""
        if values.get("source") == "laporan":
            received = values.get("received_on") or (values.get("created_at") or "")[:10]
            return parse_date(received) if received else None
        if isinstance(finding, Finding):
            set_on = next((e.decision_date for e in reversed(finding.history) if e.to_status == "temuan"), None)
        else:
            set_on = values.get("set_on")
        return parse_date(set_on) if set_on else None

    def report_filing(self, finding: Finding) -> Deadline | None:
        """For a laporan: whether it reached the office within the days the law gives after the violation became
        known (`days_left` < 0: filed late), or None."""
        profile = self.catalog.elections.get(finding.election or self.setting("default_election", ""))
        known, received = parse_date(finding.known_on), parse_date(finding.received_on or None)
        if finding.source != "laporan" or profile is None or known is None or received is None:
            return None
        return report_filing(known_on=known, received_on=received, rule=profile.deadlines,
                             holidays=self.holiday_dates(profile.code),
                             known_years=self.holiday_calendar().known_years)

    # -- holidays ---------------------------------------------------------------------------------------------
    def holiday_calendar(self) -> HolidayCalendar:
        """The national list shipped in the catalog with this office's own changes. Kept until the database
        changes: SQLite's data_version tells, at no cost, when another connection (a GUI worker) wrote."""
        if self.closed and self._calendar is not None:  # a window's last redraw after the store closed
            return self._calendar
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._calendar is None or version != self._calendar_version:
            self._calendar = holiday_table.calendar(self, self.catalog.holidays)
            self._calendar_version = version
            self._holiday_dates = {}
        return self._calendar

    def holiday_dates(self, election: str) -> frozenset[date]:
        """The days that are not working days under an election profile: the holiday list and the profile's own."""
        calendar = self.holiday_calendar()
        dates = self._holiday_dates.get(election)
        if dates is None:
            profile = self.catalog.elections.get(election)
            dates = self._holiday_dates[election] = calendar.dates | (profile.holidays if profile else frozenset())
        return dates

    def add_holiday(self, day: object, name: object, *, kind: object = "libur_nasional",
                    provisional: object = False, source: object = "") -> Holiday:
        """Add (or rename) a day off in this office's list, through the gate; audited."""
        holiday = holiday_table.add(self, {"date": day, "name": name, "kind": kind, "provisional": provisional,
                                           "source": source})
        self._calendar = None
        return holiday

    def remove_holiday(self, day: object) -> Holiday:
        """Take a day off out of this office's list (a shipped one is kept as removed); audited."""
        removed = holiday_table.remove(self, day)
        self._calendar = None
        return removed

    def import_holidays(self, path: Path | str) -> holiday_table.ImportResult:
        """Load a holiday file (CSV or JSON): for each year it covers, its list becomes the file's; audited."""
        result = holiday_table.import_file(self, Path(path))
        self._calendar = None
        return result

    def audit_trail(self, entity_id: str) -> list[dict[str, Any]]:
        """Audit entries about a finding and its evidence, oldest first."""
        trail = audit.entries_for(self.conn, entity_id)
        for ev in self.database.query("SELECT id FROM evidence WHERE finding_id = ?", (entity_id,)):
            trail.extend(audit.entries_for(self.conn, ev["id"]))
        return sorted(trail, key=lambda e: str(e["at"]))

    def check(self) -> list[str]:
        """Everything wrong with the store, in Indonesian: database integrity, evidence hashes, audit chain,
        settings."""
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
                except DB_ERRORS:
                    problems.append("Indeks pencarian tidak cocok dengan data temuan (perlu dibangun ulang).")
            for (sha,) in self.conn.execute("SELECT DISTINCT sha256 FROM evidence"):
                if problem := self.vault.verify(sha):
                    problems.append(problem)
            problems += audit.verify_chain(self.conn, self.device_id)
            head = self._raw_setting("audit_head")
            last = self.conn.execute("SELECT device_seq, hash FROM audit_log WHERE device_id = ? "
                                     "ORDER BY device_seq DESC LIMIT 1", (self.device_id,)).fetchone()
            if head and (not last or list(last) != head):
                problems.append("Log audit: entri terakhir perangkat ini hilang atau diganti.")
            problems += self.setting_problems()
            problems += self._values_not_in_stored_form()
        return problems

    def _values_not_in_stored_form(self) -> list[str]:
        """Dates and identity numbers that older versions stored as typed (`20231203`, full-width digits): such a
        finding drops out of period lists and searches. Each is named with the edit that repairs it."""
        iso = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        problems = []
        for finding_id, name, value in self.conn.execute(
                f"SELECT id, 'known_on', known_on FROM findings WHERE known_on NOT GLOB '{iso}' UNION ALL "
                f"SELECT id, 'occurred_on', occurred_on FROM findings WHERE occurred_on NOT GLOB '{iso}' UNION ALL "
                f"SELECT id, 'registered_on', registered_on FROM findings WHERE registered_on NOT GLOB '{iso}' "
                "UNION ALL SELECT finding_id, 'nip', nip FROM subjects WHERE nip != '' AND (length(nip) != 18 OR "
                "nip GLOB '*[^0-9]*') UNION ALL SELECT finding_id, 'nik', nik FROM subjects WHERE nik != '' AND "
                "(length(nik) != 16 OR nik GLOB '*[^0-9]*') LIMIT 100"):
            flag = {"nip": "--subject", "nik": "--subject"}.get(name, "--" + name.replace("_", "-"))
            problems.append(f"Temuan {finding_id[:8]}: {name} tersimpan sebagai '{str(value)[:40]}', bukan dalam "
                            f"bentuk bakunya; perbaiki dengan `netralitas finding edit {finding_id[:8]} {flag} …`.")
        return problems


def _evidence_name(name: str) -> str:
    """A file name as evidence keeps it: control characters (possible in file names) become '_', at most 255."""
    cleaned = "".join("_" if not ch.isprintable() and ch not in " " else ch for ch in name)
    try:
        return normalise_text(cleaned[:255], _EVIDENCE_NAME_RULE, "evidence") or "_"
    except ValidationError:
        return "_"

