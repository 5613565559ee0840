"""Call-number keys and CallNumber objects, from the shared vectors."""

from __future__ import annotations

import doctest

import pytest

import ils_core
from vectors import equivalents, lines, parse_cases, sequences

ORDERED = {
    "lc_ordered.txt": "lc",
    "nlm_ordered.txt": "nlm",
    "dewey_ordered.txt": "dewey",
    "dewey_local_ordered.txt": "dewey",
}


@pytest.mark.parametrize("name", sorted(ORDERED))
def test_lists_are_in_shelf_order(name: str) -> None:
    for seq in sequences(name):
        keys = ils_core.sort_keys(seq)
        assert keys == [ils_core.sort_key(s) for s in seq]
        for a, b, ka, kb in zip(seq, seq[1:], keys, keys[1:]):
            assert ka < kb, f"{a!r} should file before {b!r}"
        parsed = [ils_core.CallNumber(s) for s in seq]
        assert all(c.scheme == ORDERED[name] for c in parsed)
        assert [c.sort_key for c in parsed] == keys
        assert sorted(reversed(parsed)) == parsed


def test_equivalent_spellings_share_a_key() -> None:
    pairs = equivalents()
    assert len(pairs) == 9
    for variant, canonical in pairs:
        assert ils_core.sort_key(variant) == ils_core.sort_key(canonical)
        a, b = ils_core.CallNumber(variant), ils_core.CallNumber(canonical)
        assert a == b and hash(a) == hash(b) and str(a) == str(b)


def test_every_weird_line_gets_a_key() -> None:
    for line in lines("weird.txt"):
        key = ils_core.sort_key(line)
        assert key.startswith("1") and key.isascii() and key.isprintable()


@pytest.mark.parametrize("case", parse_cases(), ids=lambda c: repr(c["input"]))
def test_parse_vectors(case: dict) -> None:
    text = case["input"]
    if "error" in case:
        with pytest.raises(ils_core.CallNumberError) as info:
            ils_core.CallNumber(text)
        err = info.value
        assert err.code == case["error"]
        assert err.position == case["position"]
        assert err.input == text
        if "message" in case:
            assert str(err) == case["message"]
        assert ils_core.sort_key(text) == case["fallback_key"]
    else:
        cn = ils_core.CallNumber(text)
        assert cn.scheme == case["scheme"]
        assert str(cn) == case["display"]
        assert cn.sort_key == case["sort_key"] == ils_core.sort_key(text)


def test_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        ils_core.CallNumber("")
    assert issubclass(ils_core.CallNumberError, ils_core.IlsError)
    assert issubclass(ils_core.IlsError, ValueError)


def test_forcing_a_scheme() -> None:
    assert ils_core.CallNumber("XB12 .A1", scheme="lc").scheme == "lc"
    with pytest.raises(ils_core.CallNumberError):
        ils_core.CallNumber("XB12 .A1")
    with pytest.raises(ValueError, match="not a call-number scheme"):
        ils_core.CallNumber("QA76", scheme="udc")


def test_sort_keys_names_the_bad_item() -> None:
    with pytest.raises(TypeError, match="item 2 is int"):
        ils_core.sort_keys(["QA76", "QA77", 3])
    assert ils_core.sort_keys(iter(["QA76", "005 A1"])) == [ils_core.sort_key("QA76"), ils_core.sort_key("005 A1")]
    assert ils_core.sort_keys([]) == []


def test_comparisons_with_other_types() -> None:
    cn = ils_core.CallNumber("QA76")
    assert cn != "QA76"
    with pytest.raises(TypeError):
        _ = cn < "QA77"  # type: ignore[operator]
    assert repr(cn) == "CallNumber('QA76')"
    assert cn.class_letters == "QA" and cn.class_number == "76"


def test_docstring_examples_run() -> None:
    for module in (ils_core, ils_core._errors):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0


def test_every_public_name_has_a_docstring() -> None:
    for name in ils_core.__all__:
        obj = getattr(ils_core, name)
        assert obj.__doc__ and obj.__doc__.strip(), name
