#!/usr/bin/env python3
# Copied from the shared reference material (shared/callnumbers/check_order.py) so that the
# test command runs without it; run it with the list files of core/tests/vectors/.
"""Check a call-number sort-key command against the shelf-order lists in this folder.

The command reads call numbers on standard input, one a line, and prints exactly one
sort key a line, in the same order (an empty line where it has no key). Keys are compared
byte-wise, as a database with C collation or a plain `sort` would.

  python3 check_order.py --cmd "target/release/examples/sort_keys"             # all lists here
  python3 check_order.py --cmd "..." lc_ordered.txt equivalents.tsv           # some of them

Files:
  *_ordered.txt   one ascending sequence per file ('order-scope: global'), or several
                  sequences separated by blank lines ('order-scope: group'); '#' = comment.
  equivalents.tsv variant<TAB>canonical: both must get the same key.
  weird.txt       junk and odd-but-legal inputs: the command must not crash on them.
Exit status 0 when every pair is in order and every equivalence holds.
"""
import argparse
import glob
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def keys_for(cmd, items):
    data = "".join(s + "\n" for s in items).encode()
    proc = subprocess.run(shlex.split(cmd), input=data, capture_output=True, timeout=600)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:2000]}")
    out = proc.stdout.decode("utf-8", errors="replace").split("\n")
    if out and out[-1] == "":
        out.pop()
    if len(out) != len(items):
        sys.exit(f"command printed {len(out)} lines for {len(items)} inputs")
    return [k if k != "" else None for k in out]


def read_sequences(path):
    scope, seqs, cur = "global", [], []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("#"):
            if "order-scope:" in line:
                scope = line.split("order-scope:", 1)[1].split()[0]
            continue
        if not line.strip():
            if scope == "group" and cur:
                seqs.append(cur)
                cur = []
            continue
        cur.append(line.strip())
    if cur:
        seqs.append(cur)
    return scope, seqs


def check_ordered(cmd, path, show):
    scope, seqs = read_sequences(path)
    if scope == "none":
        items = [s for seq in seqs for s in seq]
        keys_for(cmd, items)
        print(f"{os.path.basename(path)}: {len(items)} inputs, no crash")
        return True
    pairs = ok = 0
    bad = []
    for seq in seqs:
        ks = keys_for(cmd, seq)
        for i in range(len(seq) - 1):
            pairs += 1
            a, b = ks[i], ks[i + 1]
            if a is not None and b is not None and a < b:
                ok += 1
            else:
                rel = "no key" if a is None or b is None else ("tie" if a == b else "reversed")
                bad.append(f"  {rel}: {seq[i]!r} should precede {seq[i + 1]!r}  [{a!r} vs {b!r}]")
    print(f"{os.path.basename(path)}: {ok}/{pairs} adjacent pairs in order")
    for line in bad[:show]:
        print(line)
    return ok == pairs


def check_equivalents(cmd, path, show):
    pairs = []
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        a, b = line.split("\t")[:2]
        pairs.append((a, b))
    ks = keys_for(cmd, [x for p in pairs for x in p])
    bad = [f"  {a!r} -> {ks[2 * i]!r} but {b!r} -> {ks[2 * i + 1]!r}"
           for i, (a, b) in enumerate(pairs) if ks[2 * i] is None or ks[2 * i] != ks[2 * i + 1]]
    print(f"{os.path.basename(path)}: {len(pairs) - len(bad)}/{len(pairs)} equivalences hold")
    for line in bad[:show]:
        print(line)
    return not bad


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True, help="command: call numbers on stdin, one key a line on stdout")
    ap.add_argument("--show", type=int, default=20, help="failures to print per file")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(HERE, "*_ordered.txt"))) + [
        os.path.join(HERE, "equivalents.tsv"), os.path.join(HERE, "weird.txt")]
    good = True
    for f in files:
        if not os.path.exists(f):
            f = os.path.join(HERE, f)
        good &= (check_equivalents if f.endswith(".tsv") else check_ordered)(args.cmd, f, args.show)
    print("all hold" if good else "some do not hold")
    sys.exit(0 if good else 1)


if __name__ == "__main__":
    main()
