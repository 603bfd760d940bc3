"""A forgotten store passphrase: recover the store key with the printed recovery code or with headquarters' age
identity, then wrap it under a new passphrase. The one path both `netralitas passphrase recover` and the app's
"Lupa kata sandi?" take (the crypto is data/store_key.py's)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyrage
from pyrage import x25519

from netralitas_desktop.data import store_key
from netralitas_desktop.domain.errors import ValidationError
from netralitas_desktop.services.backup import identities_from_file


def identities_in_file(path: Path | str) -> list[x25519.Identity]:
    """The age identities in a key file (headquarters' `keys/age-identity.txt`), refused in one line when it holds
    none or a damaged one."""
    try:
        return [x25519.Identity.from_str(line) for line in identities_from_file(Path(path))]
    except pyrage.IdentityError as err:
        raise ValidationError(f"Berkas {path} berisi kunci age yang rusak.", "hq_identity") from err


def recover_store(data_dir: Path | str, new_passphrase: str, *, code: str = "",
                  identities: Iterable[x25519.Identity] = ()) -> None:
    """Open the store with the recovery `code` or headquarters' `identities` (exactly one of them) and set
    `new_passphrase`; a used code is spent. The new passphrase is checked first, so a short one costs no try."""
    if not store_key.is_protected(data_dir):
        raise ValidationError("Data ini tidak dilindungi kata sandi: tidak ada yang perlu dipulihkan.", "passphrase")
    store_key.check_new_passphrase(new_passphrase)
    identities = list(identities)
    if bool(code.strip()) == bool(identities):
        raise ValidationError("Pilih satu cara pemulihan: kode pemulihan atau kunci kantor atasan.", "code")
    if code.strip():
        key = store_key.recover_with_code(data_dir, code)
    else:
        key = store_key.recover_with_identities(data_dir, identities)
    store_key.reset_passphrase(data_dir, key, new_passphrase, used_code=bool(code.strip()))
