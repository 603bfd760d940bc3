"""Hostile input through the command line (property-based): whatever a careless script or an attacker types or
puts in a `--json-file`, `netralitas` answers with exit code 0, 1 or 2 and — when it refuses — one Indonesian
line on stderr, never a traceback; and the store still opens and passes `check` afterwards."""

import json
import os
from pathlib import Path

import pytest
from cli_helpers import FINDING_ARGS, INIT_ARGS, run
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from netralitas_desktop.cli.findings import FIELD_FLAGS
from netralitas_desktop.domain.validation import SETTABLE_KEYS

# Modest by default so the suite stays fast; HOSTILE_EXAMPLES=500 for a longer hunt.
EXAMPLES = settings(max_examples=int(os.environ.get("HOSTILE_EXAMPLES", 40)), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# -- what hostile input looks like --------------------------------------------------------------------------------
any_character = st.one_of(st.characters(exclude_categories=["Cs"]),
                          st.sampled_from("\x1b\x00\x07\x7f\u202e\u2066\u2028\ufeff\r\n\t"))

HUGE = st.builds(lambda piece, times: piece * times,
                 st.sampled_from(["a", "\x1b[31m", "\u0663", "\u202e", " ", "\n", "kata ", "🇮🇩"]),
                 st.integers(1_000, 60_000))
SPECIAL = st.sampled_from([
    "", " ", "0", "-1", "null", "[]", "{}", "NaN", "1e999", "2023-12-03", "20231203", "2023-W48-6", "2023-02-29",
    "0000-00-00", "9999-12-31", "03/12/2023", "\u0662\u0660\u0662\u0663-\u0661\u0662-\u0660\u0663",
    "\uff12\uff10\uff12\uff13-\uff11\uff12-\uff10\uff13", "19.03.01.2008", "19.99.99", "../../etc/passwd",
    "%", "_", "\\", "'; DROP TABLE findings; --", '"', "\x1b]0;judul\x07", "Hendra\u202eartupaS", "MS-SOSIALISASI",
    "pns", "kasn", "bkn", "teregistrasi", "selesai", "A4", "F4", "pemilu-2024", "age1", "~", "-", "--json",
    "nama\udcff\udc80",  # bytes that are not UTF-8 in a real command line arrive as lone surrogates
])
TEXT = st.one_of(st.text(any_character, max_size=40), SPECIAL, HUGE)
DIGITS = st.text(st.characters(categories=["Nd"]), min_size=14, max_size=20)
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), TEXT, DIGITS),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=10)
SUBJECT = st.one_of(
    st.fixed_dictionaries({}, optional={"name": TEXT, "employment_type": st.one_of(SPECIAL, TEXT),
                                        "type": TEXT, "nip": st.one_of(DIGITS, TEXT, JSON_VALUE),
                                        "nik": st.one_of(DIGITS, TEXT), "position": TEXT, "agency": TEXT,
                                        "address": TEXT, "accounts": st.one_of(st.lists(TEXT, max_size=3),
                                                                               JSON_VALUE), "id": JSON_VALUE}),
    JSON_VALUE)
ACTIVITY = st.fixed_dictionaries({}, optional={
    "form": st.one_of(st.sampled_from(["analisis", "langsung"]), TEXT), "purpose": TEXT, "target": TEXT,
    "date": st.one_of(st.dates().map(str), SPECIAL, JSON_VALUE), "time_from": st.one_of(st.just("09:00"), TEXT),
    "time_to": st.one_of(st.just("11:00"), TEXT), "place": TEXT, "assignment_letter": TEXT})
FINDING_JSON = st.one_of(
    st.fixed_dictionaries({}, optional={
        **{field: st.one_of(TEXT, JSON_VALUE) for _, field, _ in FIELD_FLAGS},
        "subjects": st.one_of(st.lists(SUBJECT, max_size=3), JSON_VALUE),
        "urls": st.one_of(st.lists(TEXT, max_size=3), JSON_VALUE),
        "witnesses": st.one_of(st.lists(st.one_of(TEXT, JSON_VALUE), max_size=3), JSON_VALUE),
        "activities": st.one_of(st.lists(st.one_of(ACTIVITY, JSON_VALUE), max_size=3), JSON_VALUE),
        "needs_more_info": JSON_VALUE, "handover": JSON_VALUE, "status": JSON_VALUE, "id": JSON_VALUE,
    }),
    JSON_VALUE)
WORDS = st.text(st.characters(categories=["L", "Zs"]), min_size=1, max_size=30)
MAYBE = st.one_of(WORDS, TEXT)  # mostly a plain value, sometimes a hostile one: reaches past the first refusal
FLAGS = st.lists(st.tuples(st.sampled_from([flag for flag, _, _ in FIELD_FLAGS] + ["--subject", "--url",
                                                                                   "--witness", "--activity"]),
                           MAYBE),
                 max_size=4)


# -- checks -------------------------------------------------------------------------------------------------------
def assert_answered(result) -> None:
    """Exit 0, 1 or 2; a refusal is exactly one `galat: …` line (run() lets any traceback through)."""
    assert result.code in (0, 1, 2), result
    event(f"exit {result.code}")
    if result.code:
        assert result.err.startswith("galat: ") and result.err.count("\n") == 1, result.err


def assert_sound(data_dir: Path) -> None:
    result = run(data_dir, "check")
    assert result.code == 0, result.out + result.err


@pytest.fixture
def store(tmp_path):
    """A store with one finding in it, shared by all examples of one test."""
    folder = tmp_path / "data"
    assert run(folder, *INIT_ARGS).code == 0
    finding_id = run(folder, *FINDING_ARGS, "--json").json()["id"]
    return folder, finding_id


def flag_args(flags) -> list[str]:
    """`--flag=value`, so that a value starting with '-' stays a value."""
    return [f"{flag}={value}" for flag, value in flags]


# -- properties ---------------------------------------------------------------------------------------------------
@EXAMPLES
@given(flags=FLAGS, payload=st.one_of(st.none(), FINDING_JSON), raw_file=st.one_of(st.none(), TEXT),
       edit=st.booleans(), extra=st.lists(st.sampled_from(["--handover", "--no-handover", "--needs-more-info",
                                                           "--json"]), max_size=2))
def test_finding_add_and_edit_answer_every_input(store, tmp_path, flags, payload, raw_file, edit, extra):
    data_dir, finding_id = store
    args = flag_args(flags) + extra
    if payload is not None or raw_file is not None:
        file = tmp_path / "temuan.json"
        if raw_file is not None:
            file.write_text(raw_file, encoding="utf-8", errors="surrogatepass")
        else:
            file.write_text(json.dumps(payload), encoding="utf-8")
        args += ["--json-file", str(file)]
    command = ["finding", "edit", finding_id] if edit else list(FINDING_ARGS)  # valid fields, then the hostile
    assert_answered(run(data_dir, *command, *args))
    assert_sound(data_dir)


@EXAMPLES
@given(status=st.one_of(st.sampled_from(["temuan", "kajian_awal", "teregistrasi", "klarifikasi", "kajian",
                                         "diteruskan", "dilimpahkan", "selesai"]), SPECIAL, TEXT),
       reason=MAYBE, on=st.one_of(st.none(), SPECIAL, TEXT, st.dates().map(str)),
       to=st.one_of(st.none(), SPECIAL, TEXT), which=st.one_of(st.just(None), TEXT))
def test_finding_status_answers_every_input(store, status, reason, on, to, which):
    data_dir, finding_id = store
    args = ["finding", "status", f"--reason={reason}"]
    args += [] if on is None else [f"--on={on}"]
    args += [] if to is None else [f"--to={to}"]
    args += ["--", which if which is not None else finding_id, status]
    assert_answered(run(data_dir, *args))
    assert_sound(data_dir)


@EXAMPLES
@given(options=st.lists(st.tuples(st.sampled_from(["--status", "--region", "--category", "--subject-type",
                                                   "--from", "--to", "--search", "--order", "--limit",
                                                   "--offset", "--date-field", "--source"]), TEXT), max_size=4),
       show=st.one_of(st.none(), TEXT, st.just("001/LHP")), as_json=st.booleans())
def test_finding_list_and_show_answer_every_input(store, options, show, as_json):
    data_dir, _ = store
    tail = ["--json"] if as_json else []
    if show is not None:
        assert_answered(run(data_dir, "finding", "show", *tail, "--", show))
    assert_answered(run(data_dir, "finding", "list", *flag_args(options), *tail))
    assert_answered(run(data_dir, "finding", "list", "--search", "Hendra", *tail))
    assert_sound(data_dir)


@EXAMPLES
@given(key=st.one_of(st.sampled_from([*SETTABLE_KEYS, "device_id", "local_seq", "audit_head",
                                      "counter:form_a:2023"]), TEXT),
       value=st.one_of(TEXT, WORDS, st.sampled_from(['"Budi Santoso"', '{"name": "Budi", "jabatan": "Ketua"}', "F4",
                                                     '{"region_code": "19.03.02"}', '{"level": "kabupaten"}',
                                                     '[{"name": "x", "key": "age1"}]', '{"logo": 5}']),
                       JSON_VALUE.map(lambda v: json.dumps(v, ensure_ascii=False))))
def test_settings_set_answers_every_input(store, key, value):
    data_dir, _ = store
    assert_answered(run(data_dir, "settings", "set", "--", key, value))
    assert_sound(data_dir)
    assert_answered(run(data_dir, *FINDING_ARGS))  # an accepted setting never breaks the next command
    assert_answered(run(data_dir, "finding", "list"))


@EXAMPLES
@given(name=MAYBE, level=st.one_of(st.sampled_from(["pusat", "provinsi", "kabupaten", "kecamatan", "desa"]), TEXT),
       region=st.one_of(st.sampled_from(["19", "19.03", "19.03.01", "19.03.01.2008", "31"]), TEXT), officer=MAYBE,
       code=st.one_of(st.none(), st.sampled_from(["19.03", "14.09"]), TEXT),
       election=st.one_of(st.none(), st.just("pilkada-2024"), TEXT),
       extra=st.lists(st.tuples(st.sampled_from(["--office-address", "--jabatan"]), MAYBE), max_size=2))
def test_init_answers_every_input(tmp_path_factory, name, level, region, officer, code, election, extra):
    folder = tmp_path_factory.mktemp("init") / "data"
    args = ["init", f"--office-name={name}", f"--level={level}", f"--region={region}", f"--officer={officer}",
            *flag_args(extra)]
    args += [] if code is None else [f"--office-code={code}"]
    args += [] if election is None else [f"--election={election}"]
    result = run(folder, *args)
    assert_answered(result)
    if result.code == 0:
        assert_sound(folder)
        assert run(folder, "finding", "list").code == 0
    else:
        assert not (folder / "netralitas.db").exists()


@EXAMPLES
@given(url=st.one_of(st.none(), TEXT, st.just("https://www.facebook.com/x/posts/1")), note=st.one_of(st.none(), TEXT),
       describe=st.one_of(st.none(), MAYBE), which=st.one_of(st.just(None), TEXT), region=st.one_of(TEXT, WORDS))
def test_evidence_and_region_lookup_answer_every_input(store, tmp_path, url, note, describe, which, region):
    data_dir, finding_id = store
    picture = tmp_path / "bukti.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64)))
    args = ["evidence", "add", "--json"] + ([] if url is None else [f"--url={url}"])
    args += ([] if note is None else [f"--note={note}"]) + ["--", which if which is not None else finding_id,
                                                              str(picture)]
    result = run(data_dir, *args)
    assert_answered(result)
    if result.code == 0 and describe is not None:
        evidence_id = result.json()[0]["id"]
        assert_answered(run(data_dir, "evidence", "describe", "--", evidence_id, describe))
    assert_answered(run(data_dir, "region", "--", region))
    assert_sound(data_dir)
