"""Who may say what in a bundle: signed must mean authorised (docs/bundle-format.md, "Who may say what").

Every office has an identity — its id, level and region — fixed when one of its devices was trusted (or
certified by a trusted device). From those identities:

1. A finding's content, subjects and evidence are made and changed only by its origin office. A higher level adds
   status decisions and notes (append-only) to findings of offices below it, never content, and never removes
   evidence.
2. A device speaks for its own office. In an upward bundle it may relay, unchanged (their origin signatures
   prove it), records of offices below it; in a return bundle, the decisions and notes of offices above the
   recipient about the recipient's findings, and those findings only as parents.
3. Nothing attributed to the receiving office itself is taken from another office's bundle.
4. An office vouches (certificates) only for devices of its own office or of offices below it; in a return
   bundle, for devices of offices above the recipient.
5. Only levels that may register cases register them (shared/domain.md: Bawaslu RI, Provinsi, Kabupaten/Kota and
   Panwaslu Kecamatan; a Panwaslu Kelurahan/Desa writes Form A and passes it up).

These are pure functions: the importer gives them identities and records and acts on the answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from netralitas_desktop.domain.model import LEVELS, REGISTERING_LEVELS

LEVEL_NAMES = {"pusat": "Bawaslu RI", "provinsi": "Bawaslu Provinsi", "kabupaten": "Bawaslu Kabupaten/Kota",
               "kecamatan": "Panwaslu Kecamatan", "desa": "Panwaslu Kelurahan/Desa"}

ACCEPT = "accept"
IGNORE = "ignore"  # sound but not this sender's to give: not written, counted and reported


@dataclass(frozen=True)
class OfficeIdentity:
    """An office as trusted: id, level and Kemendagri region (the area it supervises)."""

    id: str
    level: str
    region_code: str
    name: str = ""

    def covers(self, other: OfficeIdentity) -> bool:
        """Whether this office is above `other` and `other` lies in its area (Bawaslu RI covers every office)."""
        if self.id == other.id or LEVELS.index(self.level) >= LEVELS.index(other.level):
            return False
        if self.level == "pusat":
            return True
        return other.region_code == self.region_code or other.region_code.startswith(self.region_code + ".")

    @property
    def may_register(self) -> bool:
        return self.level in REGISTERING_LEVELS

    @property
    def shown(self) -> str:
        return f"{self.name or self.id[:8]} ({self.level}, {self.region_code})"


def may_register(level: str) -> bool:
    """Whether an office of this level may register a finding (give it a case number)."""
    return level in REGISTERING_LEVELS


def direction_problem(signer: OfficeIdentity, receiver: OfficeIdentity, destination: str | None) -> str | None:
    """Why this receiver does not take a bundle from this signer at all (None when it may)."""
    if destination is None:
        if signer.id == receiver.id or receiver.covers(signer):
            return None
        return (f"bundel ke atas dari {signer.shown} tidak diterima di sini: kantor itu tidak berada di bawah "
                f"kantor ini ({receiver.level}, {receiver.region_code})")
    if destination != receiver.id:
        return "bundel balik ini dibuat untuk kantor lain, bukan untuk kantor ini"
    if not signer.covers(receiver):
        return f"bundel balik hanya diterima dari kantor di atas kantor ini, bukan dari {signer.shown}"
    return None


def certificate_verdict(issuer: OfficeIdentity, subject: OfficeIdentity, receiver: OfficeIdentity,
                        upward: bool) -> str:
    """ACCEPT, IGNORE, or why a device certificate is refused."""
    if subject.id == receiver.id:
        return IGNORE  # this office decides which devices are its own
    if not upward and receiver.covers(subject):
        return IGNORE  # below the recipient: it knows those devices itself (they sent it their records)
    if upward:
        if subject.id == issuer.id or issuer.covers(subject):
            return ACCEPT
        return (f"kantor {issuer.shown} menerbitkan sertifikat untuk kantor {subject.shown} yang tidak berada di "
                "bawahnya")
    if (subject.id == issuer.id or subject.covers(issuer)) and subject.covers(receiver):
        return ACCEPT
    return f"bundel balik memuat sertifikat untuk kantor {subject.shown} yang tidak berada di atas kantor ini"


def claimed_office(kind: str, record: dict) -> str:
    """The office a record says made it."""
    if kind == "offices":
        return record["id"]
    if kind == "audit":
        return record["office_id"]
    return record["origin_office_id"]


def record_verdict(kind: str, record: dict, origin: OfficeIdentity, device_id: str, signer: OfficeIdentity,
                   receiver: OfficeIdentity, upward: bool, finding_office: OfficeIdentity | None) -> str:
    """ACCEPT, IGNORE, or why a record is refused, given the office whose device made it (`origin`, proven by its
    attestation) and, for records about a finding, the finding's origin office."""
    claimed = claimed_office(kind, record)
    if claimed != origin.id:
        return (f"dikaitkan dengan kantor {claimed[:8]}, tetapi ditandatangani perangkat {device_id[:8]} milik "
                f"kantor {origin.shown}")
    own_device = record.get("device_id") if kind == "audit" else record.get("origin_device_id")
    if kind in ("status_events", "notes", "audit") and own_device != device_id:
        return f"dikaitkan dengan perangkat {str(own_device)[:8]}, tetapi ditandatangani perangkat {device_id[:8]}"
    if claimed == receiver.id and signer.id != receiver.id:
        return IGNORE  # our own record as another office passes it back: we have it, or a newer one
    if upward:
        if origin.id != signer.id and not signer.covers(origin):
            return (f"kantor {signer.shown} meneruskan catatan kantor {origin.shown} yang tidak berada di "
                    "bawahnya")
    elif kind in ("findings", "evidence"):
        if origin.id != receiver.id and not receiver.covers(origin):
            return f"bundel balik memuat {kind_word(kind)} kantor {origin.shown} yang bukan milik kantor ini"
        return IGNORE  # parents only: a return bundle never changes the recipient's findings
    elif kind != "offices" and not origin.covers(receiver):
        return f"bundel balik memuat catatan kantor {origin.shown} yang tidak berada di atas kantor ini"
    return _kind_rule(kind, record, origin, finding_office)


def kind_word(kind: str) -> str:
    return {"findings": "temuan", "evidence": "bukti"}.get(kind, "catatan")


def _kind_rule(kind: str, record: dict, origin: OfficeIdentity, finding_office: OfficeIdentity | None) -> str:
    if kind == "findings" and record["register_number"] is not None and not origin.may_register:
        return (f"{LEVEL_NAMES[origin.level]} tidak berwenang meregistrasi temuan (nomor register "
                f"'{record['register_number'][:40]}'); registrasi dilakukan Panwaslu Kecamatan ke atas")
    if kind in ("evidence", "status_events", "notes"):
        if finding_office is None:
            return "temuannya tidak ada di bundel"
        if kind == "evidence" and origin.id != finding_office.id:
            return (f"bukti hanya ditambahkan atau dihapus oleh kantor asal temuannya ({finding_office.shown}), "
                    f"bukan oleh {origin.shown}")
        if kind != "evidence" and origin.id != finding_office.id and not origin.covers(finding_office):
            what = "status" if kind == "status_events" else "catatan"
            return (f"{what} pada temuan kantor {finding_office.shown} hanya boleh dari kantor itu atau kantor di "
                    f"atasnya, bukan dari {origin.shown}")
        if kind == "status_events" and record["to_status"] == "teregistrasi" and not origin.may_register:
            return (f"{LEVEL_NAMES[origin.level]} tidak berwenang meregistrasi temuan; registrasi dilakukan "
                    "Panwaslu Kecamatan ke atas")
    return ACCEPT
