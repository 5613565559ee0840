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
    "sudoc_ordered.txt": "sudoc",
    "prefixed_ordered.txt": None,
    "decisions_ordered.txt": None,
}


@pytest.mark.parametrize("name", sorted(ORDERED))
def test_lists_are_in_shelf_order(name: str) -> None:
    for seq in sequences(name):
        keys = ils_core.sort_keys(seq)
        assert keys == [ils_core.sort_key(s) for s in seq]
        for a, b, ka, kb in zip(seq, seq[1:], keys, keys[1:]):
            assert ka < kb, f"{a!r} should file before {b!r}"
        parsed = [ils_core.CallNumber(s) for s in seq]
        assert ORDERED[name] is None or all(c.scheme == ORDERED[name] for c in parsed)
        assert ils_core.shelf_sort(reversed(seq)) == seq
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
        assert cn.base_key == case.get("base_key", cn.sort_key)
        assert cn.explain().get("affixes", []) == case.get("affixes", [])


def test_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        ils_core.CallNumber("")
    with pytest.raises(ils_core.EmptyCallNumberError):
        ils_core.CallNumber("  ")
    with pytest.raises(ils_core.LonePrefixError):
        ils_core.CallNumber("REF")
    with pytest.raises(ils_core.SudocMissingColonError):
        ils_core.CallNumber("Y 4.2")
    assert issubclass(ils_core.CallNumberError, ils_core.IlsError)
    assert issubclass(ils_core.IlsError, ValueError)


def test_every_error_code_has_its_own_class() -> None:
    codes = ils_core._native.error_codes()
    assert sorted(codes) == sorted(ils_core.BY_CODE)
    classes = [ils_core.BY_CODE[c] for c in codes]
    assert len(set(classes)) == len(classes)
    assert all(issubclass(c, ils_core.IlsError) for c in classes)


def test_shelving_policy() -> None:
    default = ils_core.ShelvingPolicy()
    assert "REF" in default.prefixes and default.prefix_filing == "grouped"
    assert ils_core.sort_key("REF QA76 .A1") == ils_core.sort_key("REF QA76 .A1", default)
    assert ils_core.sort_key("QA77") < ils_core.sort_key("REF QA76 .A1")
    ignore = ils_core.ShelvingPolicy(["REF", "STORAGE"], prefix_filing="ignore")
    assert ils_core.sort_key("STORAGE QA76 .A1", ignore) == ils_core.sort_key("QA76 .A1", ignore)
    assert ils_core.shelf_sort(["REF QA77", "QA76"], policy=ignore) == ["QA76", "REF QA77"]
    assert ils_core.CallNumber("STORAGE QA76 .A1", policy=ignore).parts["prefixes"] == ["STORAGE"]
    with pytest.raises(ils_core.EmptyPrefixError):
        ils_core.ShelvingPolicy(["REF", ""])
    with pytest.raises(ils_core.PrefixWithSpaceError):
        ils_core.ShelvingPolicy(["BIG BOOKS"])
    with pytest.raises(ils_core.UnknownFilingError):
        ils_core.ShelvingPolicy(prefix_filing="sideways")
    assert repr(ignore) == "ShelvingPolicy(prefixes=['REF', 'STORAGE'], prefix_filing='ignore')"


def test_parts_explain_and_range_keys() -> None:
    cn = ils_core.CallNumber("REF QA76.73 .P98 L88 2010 v.2")
    assert cn.parts == {
        "prefixes": ["REF"],
        "class_letters": "QA",
        "class_number": "76.73",
        "cutters": ["P98", "L88"],
        "other": ["2010"],
        "item_parts": ["v.2"],
    }
    sudoc = ils_core.CallNumber("A 13.2:T 73/4")
    assert sudoc.parts == {"agency": "A", "stem": "13.2", "book_number": "T 73/4"}
    why = sudoc.explain()
    assert why["scheme"] == "sudoc" and why["reason"] == {"rule": "sudoc_colon"}
    assert why["sentence"].startswith("Read as SuDocs")
    assert ils_core.CallNumber("QA76.9 .A1").sort_key < ils_core.CallNumber("QA76").range_end_key
    assert ils_core.CallNumber("QA77").sort_key > ils_core.CallNumber("QA76").range_end_key
    assert ils_core.CallNumber("QA76").reverse_key > ils_core.CallNumber("QA77").reverse_key
    assert ils_core.CallNumber("QA1 .A1 v.2").base_key == ils_core.CallNumber("QA1 .A1").sort_key


def test_forcing_a_scheme() -> None:
    assert ils_core.CallNumber("XB12 .A1", scheme="lc").scheme == "lc"
    assert ils_core.CallNumber("XB12 .A1").scheme == "local"
    with pytest.raises(ils_core.UnknownClassError):
        ils_core.CallNumber("MLCS12", scheme="lc")
    with pytest.raises(ils_core.UnknownSchemeError, match="not a call-number scheme"):
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
    missing = []
    for name in ils_core.__all__:
        obj = getattr(ils_core, name)
        if not (obj.__doc__ or "").strip():
            missing.append(name)
        if isinstance(obj, type) and obj.__module__.startswith("ils_core"):
            for member, value in vars(obj).items():
                if not member.startswith("_") and not (getattr(value, "__doc__", "") or "").strip():
                    missing.append(f"{name}.{member}")
    assert BY_CODE_DOC, "BY_CODE documented in _errors"
    assert missing == []


BY_CODE_DOC = "Each error code" in open(ils_core._errors.__file__, encoding="utf-8").read()
