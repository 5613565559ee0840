"""Readers of the shared vector files in core/tests/vectors/ (also run by the Rust and wasm suites)."""

from __future__ import annotations

import json
from pathlib import Path

VECTORS = Path(__file__).resolve().parents[2] / "core" / "tests" / "vectors"


def sequences(name: str) -> list[list[str]]:
    """The ascending sequences of an ``*_ordered.txt`` file, as check_order.py reads them."""
    text = (VECTORS / name).read_text(encoding="utf-8")
    group = any(line.startswith("#") and "order-scope: group" in line for line in text.splitlines())
    seqs: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if group and seqs[-1]:
                seqs.append([])
            continue
        seqs[-1].append(line.strip())
    return [s for s in seqs if s]


def equivalents() -> list[tuple[str, str]]:
    pairs = []
    for line in (VECTORS / "equivalents.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            variant, canonical = line.split("\t")[:2]
            pairs.append((variant, canonical))
    return pairs


def lines(name: str) -> list[str]:
    text = (VECTORS / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if not line.startswith("#")]


def parse_cases() -> list[dict]:
    return json.loads((VECTORS / "callnumber_parse.json").read_text(encoding="utf-8"))["cases"]
