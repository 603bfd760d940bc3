"""Which device made each record of a bundle, proven by signatures, and which office that device speaks for.

A record's origin device signs an attestation: the list of digests of the records it made (`format.record_digest`
of each record's canonical content). Relays pass records and attestations unchanged; the receiver checks each
attestation's signature once and each record's digest against the attestation it names. One signature covers
up to a few hundred records: checking an Ed25519 signature costs about a hundred times more than hashing a
record, and a store holds hundreds of thousands.

A device's key and office come from this store (itself, the devices it trusts, each fixed to the office identity
it was trusted for) or from device certificates in the bundle: statements signed by a known device that binds
another device's key to an office. Certificates chain — the province checks a kabupaten's certificate for a
kecamatan's device, which certifies a desa's device — and each link must obey `authority.certificate_verdict`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from netralitas_desktop.data import keys as device_keys
from netralitas_desktop.data.sync_origins import Attestation, Certificate, OfficeBinding
from netralitas_desktop.data.sync_tables import TrustedDevice
from netralitas_desktop.sync.authority import ACCEPT, IGNORE, OfficeIdentity, certificate_verdict
from netralitas_desktop.sync.format import (
    ATTESTATION_PREFIX,
    CERTIFICATE_PREFIX,
    BundleError,
    signed_bytes,
)


@dataclass(frozen=True)
class Device:
    """A device whose key this import may rely on, and the office it speaks for."""

    device_id: str
    signing_key: str
    office: OfficeIdentity
    how: str  # self | trusted | signer (trusted by this import) | certificate


@dataclass(frozen=True)
class IdentityChange:
    """An office that now claims another level or region than it was trusted for (needs an explicit re-trust)."""

    office_id: str
    name: str
    old_level: str
    old_region: str
    new_level: str
    new_region: str

    def text(self) -> str:
        return (f"{self.name or self.office_id[:8]}: dipercaya sebagai {self.old_level} {self.old_region}, kini "
                f"mengaku {self.new_level} {self.new_region}")

    def to_json(self) -> dict:
        return {"office_id": self.office_id, "name": self.name,
                "old": {"level": self.old_level, "region_code": self.old_region},
                "new": {"level": self.new_level, "region_code": self.new_region}}


@dataclass
class Origins:
    """The devices this import relies on, the certificates it accepted, and the attestations it checked."""

    devices: dict[str, Device]
    certificates: list[Certificate] = field(default_factory=list)  # accepted from the bundle
    attestations: dict[str, Attestation] = field(default_factory=dict)  # checked (device known, signature good)
    unknown_attestations: set[str] = field(default_factory=set)  # by a device nobody vouched for here
    identity_changes: list[IdentityChange] = field(default_factory=list)
    _digests: dict[str, frozenset[str]] = field(default_factory=dict)
    checked: bool = True

    def trust_all(self, attestations: list[dict]) -> None:
        """Take every attestation's device as the records' origin without checking a signature or a digest: only
        for measuring what checking costs (bench/bench_sync.py); never used by an import of the application."""
        self.checked = False
        for statement in attestations:
            if statement["device_id"] in self.devices:
                self.attestations[statement["id"]] = Attestation(
                    statement["id"], statement["device_id"], statement["signed_at"], tuple(statement["digests"]),
                    statement["signature"])
            else:
                self.unknown_attestations.add(statement["id"])

    def lists(self, attestation_id: str, digest: str) -> bool:
        """Whether a checked attestation lists this digest (in the benchmark mode without checks: any digest)."""
        if not self.checked:
            return attestation_id in self.attestations
        return digest in self._digests.get(attestation_id, ())

    def device_of(self, attestation_id: str, digest: str) -> Device | None:
        """The device that attested a record (by its `format.record_digest`), None when that device is unknown here.

        Raises BundleError when the attestation is missing or does not list the record (changed after signing).
        """
        if attestation_id in self.unknown_attestations:
            return None
        if not self.checked:
            return self.devices[self.attestations[attestation_id].device_id]
        digests = self._digests.get(attestation_id)
        if digests is None:
            raise BundleError(f"Bundel ditolak: catatan merujuk atestasi {attestation_id[:8]} yang tidak ada di "
                              "bundel.")
        if digest not in digests:
            return _CHANGED
        return self.devices[self.attestations[attestation_id].device_id]


# A sentinel: the record is not what its origin signed.
_CHANGED = Device("", "", OfficeIdentity("", "desa", ""), "changed")


def is_changed(device: Device | None) -> bool:
    return device is _CHANGED


def _valid(signing_key: str, prefix: bytes, statement: dict) -> bool:
    try:
        signature = base64.b64decode(statement["signature"], validate=True)
    except (ValueError, TypeError):
        return False
    return device_keys.signature_valid(signing_key, signed_bytes(prefix, statement), signature)


def establish(*, own: Device, trusted: list[TrustedDevice], signer: Device | None, bindings: dict[str, OfficeBinding],
              stored: list[Certificate], offices: dict[str, dict], certificates: list[dict],
              attestations: list[dict], receiver: OfficeIdentity, upward: bool) -> Origins:
    """Check every certificate and attestation of a bundle against the devices known here.

    Devices known here are this one, the trusted ones, and those certified by certificates accepted earlier
    (`stored`) whose issuer is still known. `signer` is the sending device when this import trusts it for the first
    time or re-trusts its office. Raises BundleError for a certificate or attestation that is forged or not the
    issuer's to give; an office that claims another level or region than it was bound to is listed in
    `identity_changes` (the caller refuses unless re-trusted).
    """
    def identity(office_id: str, level: str, region: str) -> OfficeIdentity:
        return OfficeIdentity(office_id, level, region, str(offices.get(office_id, {}).get("name", "")))

    devices = {own.device_id: own}
    for row in trusted:
        devices[row.device_id] = Device(row.device_id, row.signing_key,
                                        identity(row.office_id, row.bound_level, row.bound_region), "trusted")
    if signer is not None:
        devices[signer.device_id] = signer
    _add_stored(devices, stored, identity)
    origins = Origins(devices)
    seen_bindings = {office_id: (b.level, b.region_code) for office_id, b in bindings.items()}

    pending = list(certificates)
    progress = True
    while pending and progress:
        progress = False
        for cert in list(pending):
            issuer = devices.get(cert["issuer_device_id"])
            if issuer is None:
                continue
            pending.remove(cert)
            progress = True
            subject = identity(cert["office_id"], cert["level"], cert["region_code"])
            name = f"sertifikat perangkat {cert['device_id'][:8]} (diterbitkan perangkat {issuer.device_id[:8]})"
            if not _valid(issuer.signing_key, CERTIFICATE_PREFIX, cert):
                raise BundleError(f"Bundel ditolak: tanda tangan {name} tidak sah (sertifikat telah diubah).")
            verdict = certificate_verdict(issuer.office, subject, receiver, upward)
            if verdict == IGNORE:
                continue
            if verdict != ACCEPT:
                raise BundleError(f"Bundel ditolak: {name}: {verdict}.")
            known = devices.get(cert["device_id"])
            if known is not None:
                if known.signing_key != cert["signing_key"] or known.office.id != subject.id:
                    raise BundleError(f"Bundel ditolak: {name} menyebut kunci atau kantor lain untuk perangkat "
                                      "yang sudah dikenal di sini.")
                if known.how != "certificate":
                    continue  # what this store fixed itself stands
            bound = seen_bindings.get(subject.id)
            if subject.id == own.office.id:
                continue
            if bound is not None and bound != (subject.level, subject.region_code):
                _note_change(origins, subject, bound)
            seen_bindings.setdefault(subject.id, (subject.level, subject.region_code))
            devices[cert["device_id"]] = Device(cert["device_id"], cert["signing_key"], subject, "certificate")
            origins.certificates.append(Certificate(**cert))
    if pending:
        cert = pending[0]
        raise BundleError(f"Bundel ditolak: sertifikat perangkat {cert['device_id'][:8]} diterbitkan perangkat "
                          f"{cert['issuer_device_id'][:8]} yang tidak dikenal di sini.")

    for statement in attestations:
        device = devices.get(statement["device_id"])
        if device is None:
            origins.unknown_attestations.add(statement["id"])
            continue
        if not _valid(device.signing_key, ATTESTATION_PREFIX, statement):
            raise BundleError(f"Bundel ditolak: tanda tangan atestasi {statement['id'][:8]} perangkat "
                              f"{device.device_id[:8]} tidak sah (daftar catatannya telah diubah).")
        origins.attestations[statement["id"]] = Attestation(
            statement["id"], statement["device_id"], statement["signed_at"], tuple(statement["digests"]),
            statement["signature"])
        origins._digests[statement["id"]] = frozenset(statement["digests"])
    return origins


def _add_stored(devices: dict[str, Device], stored: list[Certificate], identity) -> None:
    """Devices certified in bundles imported before, as long as their issuer is still known here."""
    pending = [c for c in stored if c.device_id not in devices]
    progress = True
    while pending and progress:
        progress = False
        for cert in list(pending):
            if cert.issuer_device_id in devices and cert.device_id not in devices:
                devices[cert.device_id] = Device(cert.device_id, cert.signing_key,
                                                 identity(cert.office_id, cert.level, cert.region_code),
                                                 "certificate")
                pending.remove(cert)
                progress = True


def _note_change(origins: Origins, subject: OfficeIdentity, bound: tuple[str, str]) -> None:
    if not any(c.office_id == subject.id for c in origins.identity_changes):
        origins.identity_changes.append(IdentityChange(subject.id, subject.name, bound[0], bound[1], subject.level,
                                                       subject.region_code))


def sign_statement(private_key, prefix: bytes, statement: dict) -> str:
    """The base64 signature of an attestation or certificate by this device."""
    return base64.b64encode(private_key.sign(signed_bytes(prefix, statement))).decode("ascii")
