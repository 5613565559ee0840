#!/usr/bin/env python3
"""Compare ils-core's call-number keys with the anchors, for speed and for order.

Anchors: pycallnumber (`pip install pycallnumber`) and Library::CallNumber::LC, the Perl module
behind Koha's and Evergreen's LC sorting (`apt-get install liblibrary-callnumber-lc-perl`).
Run from the repository root with the .venv that scripts/test builds (ils_core installed):

    .venv/bin/pip install pycallnumber
    .venv/bin/python benches/compare_anchors.py                      # gen_corpus --n 100000 --seed 1
    .venv/bin/python benches/compare_anchors.py --n 20000 --examples 5

Speed: every implementation keys the same lines in one run; the script prints keys per second
and ratios. Order: the lines are put in ils-core's shelf order, and for each neighbouring pair
that an anchor can key at all, the anchor agrees when it orders the pair the same way (or ties
it). Disagreements are grouped by the first part where the two call numbers differ, with
examples; docs/callnumber-decisions.md explains each kind. pycallnumber keys about 200 lines a
second, so the default run takes about ten minutes.
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import time

import ils_core

HERE = os.path.dirname(os.path.abspath(__file__))

PERL = r"""
use strict; use warnings;
use Library::CallNumber::LC;
use Time::HiRes qw(time);
binmode STDIN, ':encoding(UTF-8)'; binmode STDOUT, ':encoding(UTF-8)';
my @lines = <STDIN>; chomp @lines;
my @keys;
my $t = time;
for my $s (@lines) {
    my $k = eval { Library::CallNumber::LC->new($s)->normalize };
    push @keys, defined $k ? $k : '';
}
my $dt = time - $t;
print STDERR "$dt\n";
print "$_\n" for @keys;
"""


def corpus(n: int, seed: int) -> list[str]:
    out = subprocess.run(
        [sys.executable, os.path.join(HERE, "gen_corpus.py"), "--n", str(n), "--seed", str(seed)],
        capture_output=True, text=True, check=True,
    ).stdout
    return out.splitlines()


def time_ils(lines: list[str]) -> tuple[list[str], float]:
    best = float("inf")
    keys: list[str] = []
    for _ in range(5):
        t = time.perf_counter()
        keys = ils_core.sort_keys(lines)
        best = min(best, time.perf_counter() - t)
    return keys, best


def time_pycallnumber(lines: list[str]) -> tuple[list[str | None], float] | None:
    try:
        import pycallnumber  # type: ignore[import-not-found]
    except ImportError:
        print("pycallnumber: not installed (pip install pycallnumber)", file=sys.stderr)
        return None
    import warnings

    warnings.simplefilter("ignore")
    keys: list[str | None] = []
    t = time.perf_counter()
    for s in lines:
        try:
            keys.append(pycallnumber.callnumber(s).for_sort())
        except Exception:  # pycallnumber raises many kinds of errors on input it cannot read
            keys.append(None)
    return keys, time.perf_counter() - t


def time_perl(lines: list[str]) -> tuple[list[str | None], float] | None:
    try:
        proc = subprocess.run(["perl", "-e", PERL], input="\n".join(lines) + "\n",
                              capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"Library::CallNumber::LC: not available ({e})", file=sys.stderr)
        return None
    keys = [k if k else None for k in proc.stdout.split("\n")[: len(lines)]]
    return keys, float(proc.stderr.strip().splitlines()[-1])


def first_difference(a: str, b: str) -> str:
    """The kind of a pair: the first part where two call numbers differ, as ils-core reads them."""
    try:
        ca, cb = ils_core.CallNumber(a), ils_core.CallNumber(b)
    except ils_core.IlsError:
        return "input ils-core rejects (keyed as text)"
    if ca.scheme != cb.scheme:
        return f"scheme boundary ({ca.scheme} / {cb.scheme})"
    pa, pb = ca.parts, cb.parts
    if pa.get("prefixes") or pb.get("prefixes") or pa.get("suffixes") or pb.get("suffixes"):
        return "prefix or suffix"
    if ca.scheme in ("sudoc", "local"):
        return f"{ca.scheme}: " + ("book number" if pa.get("stem") == pb.get("stem") else "stem or text")
    for field in ("class_letters", "class_number", "cutters", "other", "item_parts"):
        va, vb = pa.get(field), pb.get(field)
        if va == vb:
            continue
        if field == "class_number" and va and vb and va.split(".")[0] == vb.split(".")[0]:
            return "class decimal"
        if field in ("cutters", "other", "item_parts"):
            va, vb = va or [], vb or []
            for x, y in zip(va, vb):
                if x != y:
                    return f"{field}: {describe(x)} vs {describe(y)}"
            return f"{field}: nothing vs something"
        return field
    return "same key"


def describe(element: str) -> str:
    if element[:1].isdigit():
        return "number" + ("+letters" if any(c.isalpha() for c in element) else "")
    if any(c.isdigit() for c in element):
        return "cutter" if element[:1].isupper() else "caption+number"
    return "letters"


def agreement(name: str, ordered: list[str], anchor: dict[str, str | None], examples: int) -> None:
    pairs = agree = 0
    kinds: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for a, b in zip(ordered, ordered[1:]):
        ka, kb = anchor.get(a), anchor.get(b)
        if ka is None or kb is None:
            continue
        pairs += 1
        if ka <= kb:
            agree += 1
        else:
            kinds[first_difference(a, b)].append((a, b))
    keyed = sum(1 for k in anchor.values() if k is not None)
    print(f"\n{name}: keys {keyed} of {len(anchor)} distinct lines; "
          f"{agree} of {pairs} neighbouring pairs in the same order ({100 * agree / max(pairs, 1):.2f}%)")
    for kind, found in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(found):6d}  {kind}")
        for a, b in found[:examples]:
            print(f"            ils-core: {a!r} < {b!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=3, help="examples printed per kind of disagreement")
    args = ap.parse_args()

    lines = corpus(args.n, args.seed)
    print(f"corpus: gen_corpus.py --n {args.n} --seed {args.seed} ({len(lines)} lines)")
    ils_keys, ils_time = time_ils(lines)
    print(f"\nspeed (keys per second, same {len(lines)} lines)")
    print(f"  ils_core.sort_keys          {len(lines) / ils_time:14,.0f}")
    results = {}
    for name, run in (("Library::CallNumber::LC", time_perl), ("pycallnumber", time_pycallnumber)):
        got = run(lines)
        if got is None:
            continue
        keys, seconds = got
        results[name] = keys
        print(f"  {name:<27} {len(lines) / seconds:14,.0f}   ils-core is {seconds / ils_time:,.0f}x faster")

    ordered = [s for _, s in sorted(zip(ils_keys, lines))]
    for name, keys in results.items():
        agreement(name, ordered, dict(zip(lines, keys)), args.examples)


if __name__ == "__main__":
    main()
