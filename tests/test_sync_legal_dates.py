"""Legal dates hold on the import path too: a status event whose forwarding body was not competent on its
decision date (KASN up to 23 August 2024, BKN from the 24th) is refused with the bundle, even when its sender
signed it; the decision date travels with the event."""

from __future__ import annotations

from cli_helpers import run
from sync_helpers import Rogue, add_finding, export, frozen, import_, make_office, ok


def test_a_signed_event_forwarding_to_bkn_before_the_switch_is_refused(tmp_path):
    toboali = make_office(tmp_path / "toboali", "kecamatan")
    kab = make_office(tmp_path / "kab", "kabupaten")
    finding = add_finding(toboali, tmp_path, "Guru mengunggah ajakan memilih.")
    for status, on in (("temuan", "2024-02-01"), ("teregistrasi", "2024-02-02"), ("kajian", "2024-02-05")):
        ok(toboali, "finding", "status", finding, status, "--reason", "Pleno", "--on", on)
    ok(toboali, "finding", "status", finding, "diteruskan", "--to", "kasn", "--on", "2024-02-20", "--reason",
       "Rekomendasi ke KASN")
    honest = export(toboali, tmp_path / "honest.nbundle")["path"]
    rogue = Rogue(toboali, honest)
    rogue.edit("status_events", lambda e: e["to_status"] == "diteruskan", lambda e: e.update(forwarding_body="bkn"))
    forged = rogue.write(tmp_path / "forged.nbundle")
    before = frozen(kab)
    refused = run(kab, "bundle", "import", forged, "--trust-new-device")
    assert refused.code == 1 and refused.err.count("\n") == 1, refused.err
    assert "Badan Kepegawaian Negara (BKN) tidak menerima penerusan untuk keputusan tanggal 2024-02-20" in refused.err
    assert frozen(kab) == before
    import_(kab, honest, "--trust-new-device")
    history = ok(kab, "finding", "show", finding, "--json")["history"]
    assert [(h["to_status"], h["decided_on"], h["forwarding_body"]) for h in history][-1] == \
        ("diteruskan", "2024-02-20", "kasn")


def test_an_event_from_a_store_without_decision_dates_is_taken_and_relayed_as_signed(tmp_path):
    """An office that has not upgraded sends status events without `decided_on`: they stand on the day they were
    typed, and a level above relays them with the signature of their origin intact."""
    toboali = make_office(tmp_path / "toboali", "kecamatan")
    kab = make_office(tmp_path / "kab", "kabupaten")
    provinsi = make_office(tmp_path / "provinsi", "provinsi")
    finding = add_finding(toboali, tmp_path, "Guru mengunggah ajakan memilih.")
    ok(toboali, "finding", "status", finding, "temuan", "--reason", "Pleno", "--on", "2024-02-01")
    rogue = Rogue(toboali, export(toboali, tmp_path / "new.nbundle")["path"])
    old = rogue.edit("status_events", lambda e: e["to_status"] == "temuan", lambda e: e.pop("decided_on"))
    older = rogue.write(tmp_path / "older.nbundle")
    import_(kab, older, "--trust-new-device")
    event = ok(kab, "finding", "show", finding, "--json")["history"][-1]
    assert event["to_status"] == "temuan" and event["decided_on"] in ("", old["at"][:10])
    up = export(kab, tmp_path / "kab-up.nbundle")
    import_(provinsi, up["path"], "--trust-new-device")
    relayed = ok(provinsi, "finding", "show", finding, "--json")["history"]
    assert [h["to_status"] for h in relayed][-1] == "temuan"
