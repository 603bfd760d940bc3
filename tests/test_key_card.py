"""The key card ("kartu kunci"): the office above makes it with one command, the office below opens it, and its
bundles upward are then encrypted for the office above. A changed or foreign card is refused with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import add_finding, age_key, export, import_, make_office, ok

from netralitas_desktop.data.store import Store
from netralitas_desktop.services.key_card import KeyCardError, qr_matrix, read_key_card
from netralitas_desktop.sync import recipients


@pytest.fixture
def offices(tmp_path):
    return {kind: make_office(tmp_path / kind, kind) for kind in ("kecamatan", "kabupaten", "kecamatan2", "desa")}


def card_of(data_dir: Path, folder: Path) -> Path:
    result = ok(data_dir, "keys", "card", "-o", folder)
    return Path(result.out.split(" ditulis ke ")[1].split(".nkunci")[0] + ".nkunci")


def test_a_card_from_the_office_above_encrypts_the_bundles_below_for_it(offices, tmp_path):
    kab, kec = offices["kabupaten"], offices["kecamatan"]
    card = card_of(kab, tmp_path)
    assert card.name == "kartu-kunci-bawaslu-kabupaten-bangka-selatan.nkunci" and card.stat().st_size < 1024
    fingerprint = ok(kab, "keys", "show", "--json")["fingerprint"]
    result = ok(kec, "keys", "set-recipient", "--card", card)
    assert fingerprint in result.out, "the officer is told which fingerprint to compare by phone"
    with Store(kec) as store:
        assert recipients(store) == [{"name": "Bawaslu Kabupaten Bangka Selatan", "key": age_key(kab)}]
    # The next bundle upward is encrypted for the kabupaten, which can open it.
    add_finding(kec, tmp_path, "Mengunggah ajakan memilih.")
    bundle = export(kec, tmp_path / "naik.nbundle")["path"]
    assert Path(bundle).read_bytes().startswith(b"age-encryption.org/v1")
    assert import_(kab, Path(bundle), "--trust-new-device")["counts"]["findings"]["added"] == 1


def test_the_card_reads_back_as_written_and_fits_a_qr_code(offices, tmp_path):
    kab = offices["kabupaten"]
    path = card_of(kab, tmp_path)
    card = read_key_card(path)
    keys = ok(kab, "keys", "show", "--json")
    assert card.office["name"] == "Bawaslu Kabupaten Bangka Selatan" and card.office["level"] == "kabupaten"
    assert (card.age_recipient, card.fingerprint, card.device_id) == (keys["age_recipient"], keys["fingerprint"],
                                                                      keys["device_id"])
    assert read_key_card(path.read_text(encoding="utf-8")) == card, "pasted text reads like the file"
    matrix = qr_matrix(path.read_text(encoding="utf-8"))
    assert len(matrix) == len(matrix[0]) and (len(matrix) - 17) % 4 == 0 and len(matrix) <= 4 * 20 + 17
    assert matrix[0][:7] == [True] * 7, "a finder pattern in the corner"


def test_a_card_changed_on_the_way_is_refused(offices, tmp_path):
    kab, kec = offices["kabupaten"], offices["kecamatan"]
    original = card_of(kab, tmp_path).read_text(encoding="utf-8")
    data = json.loads(original)
    forged_key = age_key(offices["kecamatan2"])  # someone swaps in a key of their own …
    for field, value in (("age_recipient", forged_key), ("fingerprint", "0000 0000 0000 0000 0000 0000 0000 0000")):
        changed = tmp_path / f"{field}.nkunci"
        changed.write_text(json.dumps({**data, field: value}), encoding="utf-8")
        result = run(kec, "keys", "set-recipient", "--card", changed)
        assert result.code != 0 and "telah diubah" in result.err and "Traceback" not in result.err
    office = dict(data["office"], name="Bawaslu Kabupaten Bangka Barat")
    changed = tmp_path / "kantor.nkunci"
    changed.write_text(json.dumps({**data, "office": office}), encoding="utf-8")
    assert "telah diubah" in run(kec, "keys", "set-recipient", "--card", changed).err
    with Store(kec) as store:
        assert recipients(store) == [], "nothing was set"


@pytest.mark.parametrize("content, expected", [
    (b"bukan kartu", "bukan kartu kunci"),
    (b"\xff\xfe\x00", "bukan kartu kunci"),
    (b'{"format": "netralitas-bundle"}', "bukan kartu kunci"),
    (b'[1, 2]', "bukan kartu kunci"),
    (b'{"format": "netralitas-key-card", "format_version": 99}', "versi lebih baru"),
    (b'{"format": "netralitas-key-card", "format_version": true}', "versi formatnya tidak sah"),
    (b'{"format": "netralitas-key-card", "format_version": 1, "format": "x"}', "bukan kartu kunci"),
    (b'{"format": "netralitas-key-card", "format_version": 1}', "isian hilang"),
    (b'{"format": "netralitas-key-card", "format_version": NaN}', "bukan kartu kunci"),
    (b"{" + b" " * 9000 + b"}", "terlalu besar"),
])
def test_a_file_that_is_not_a_card_is_refused_in_one_line(offices, tmp_path, content, expected):
    path = tmp_path / "kartu.nkunci"
    path.write_bytes(content)
    result = run(offices["kecamatan"], "keys", "set-recipient", "--card", path)
    assert result.code != 0 and expected in result.err and result.err.count("\n") == 1, result.err


def test_a_card_of_this_office_of_one_below_or_of_another_area_is_refused(offices, tmp_path):
    kec = offices["kecamatan"]
    (tmp_path / "own").mkdir()
    own = card_of(kec, tmp_path / "own")
    assert "kantor ini sendiri" in run(kec, "keys", "set-recipient", "--card", own).err
    below = card_of(offices["desa"], tmp_path)
    assert "bukan kantor di atas" in run(kec, "keys", "set-recipient", "--card", below).err
    beside = card_of(offices["kecamatan2"], tmp_path)
    assert "bukan kantor di atas" in run(kec, "keys", "set-recipient", "--card", beside).err
    other_area = make_office(tmp_path / "babar", "kabupaten")
    with Store(other_area) as store:  # a kabupaten of another regency
        office = store.setting("office")
        store.set_setting("office", {**office, "name": "Bawaslu Kabupaten Bangka Barat", "region_code": "19.01",
                                     "office_code": "19.01"})
    assert "di luar wilayah" in run(kec, "keys", "set-recipient", "--card", card_of(other_area, tmp_path)).err
    assert run(kec, "keys", "set-recipient").code != 0, "a key or a card is needed"
    with Store(kec) as store:
        assert recipients(store) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
                      st.dictionaries(st.sampled_from(["format", "format_version", "office", "age_recipient",
                                                       "signature", "signing_key", "fingerprint", "device_id",
                                                       "created_at"]),
                                      st.one_of(st.none(), st.integers(), st.text(max_size=40),
                                                st.lists(st.integers(), max_size=3),
                                                st.dictionaries(st.text(max_size=8), st.text(max_size=8),
                                                                max_size=4)))
                      .map(lambda d: json.dumps({"format": "netralitas-key-card", **d}))))
def test_hostile_text_is_refused_never_a_traceback(text):
    with pytest.raises(KeyCardError):
        read_key_card(text)
