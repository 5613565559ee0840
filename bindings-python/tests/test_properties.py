"""Invariants checked on generated input (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import ils_core

lc_like = st.builds(
    lambda cls, n, cutters, year, vol: f"{cls}{n}"
    + "".join((" ." if i == 0 else " ") + c for i, c in enumerate(cutters))
    + (f" {year}" if year else "")
    + (f" v.{vol}" if vol else ""),
    st.sampled_from(["Q", "QA", "PZ", "HD", "E", "WB", "QS", "KJV"]),
    st.integers(1, 9999),
    st.lists(st.from_regex(r"\A[A-Z][0-9]{1,5}\Z"), max_size=3),
    st.one_of(st.none(), st.integers(1400, 2099)),
    st.one_of(st.none(), st.integers(1, 300)),
)


@settings(max_examples=500)
@given(st.text())
def test_sort_key_never_raises_on_str(text: str) -> None:
    key = ils_core.sort_key(text)
    assert key.isascii() and key.startswith("1")
    assert ils_core.sort_keys([text]) == [key]


@settings(max_examples=500)
@given(lc_like, lc_like)
def test_order_agrees_with_the_key(a: str, b: str) -> None:
    x, y = ils_core.CallNumber(a), ils_core.CallNumber(b)
    assert (x < y) == (x.sort_key < y.sort_key)
    assert (x == y) == (ils_core.sort_key(a) == ils_core.sort_key(b))


@settings(max_examples=300)
@given(st.integers(1, 10**6), st.integers(1, 10**6))
def test_volumes_compare_as_numbers(m: int, n: int) -> None:
    ka, kb = ils_core.sort_key(f"QA1 .A1 v.{m}"), ils_core.sort_key(f"QA1 .A1 v.{n}")
    assert (ka < kb) == (m < n)
