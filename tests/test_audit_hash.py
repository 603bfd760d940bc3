"""The audit chain's entry hash is SHA-256 over the previous hash and the canonical JSON of the entry: written out
field by field for speed, it must give exactly the bytes canonical_json gives (old chains and other offices'
entries are checked against it)."""

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from netralitas_desktop.data.audit import HASHED_FIELDS, canonical_json, entry_hash

ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({name: (st.integers(min_value=1, max_value=2**40) if name == "device_seq" else ANY_TEXT)
                              for name in HASHED_FIELDS}), ANY_TEXT)
def test_the_fast_entry_hash_equals_the_canonical_one(entry, prev_hash):
    content = canonical_json({k: entry[k] for k in HASHED_FIELDS})
    assert entry_hash(prev_hash, entry) == hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()
