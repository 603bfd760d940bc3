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
