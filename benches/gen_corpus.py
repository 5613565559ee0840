#!/usr/bin/env python3
# Copied from the shared reference material (shared/callnumbers/gen_corpus.py) so that the
# benchmarks and the anchor comparison run without it.
"""Deterministic generator of realistic mixed LC / Dewey (+ a little NLM,
SuDoc and local) call numbers, for benchmarks and fuzz-style differential
runs.  Same --seed and --n always give the same output (Python's
random.Random is stable across versions for the methods used here).

  python3 gen_corpus.py --n 1000000 --seed 42 > gen_1m.txt
  python3 gen_corpus.py --n 100000 --seed 42 --labels > gen_100k.tsv   # scheme<TAB>callnumber

Distributions are hand-set approximations of an academic + public library
mix (not measured from any catalogue): LC class letters weighted towards
P, H, Q, B, D, K, E/F, N, M; class numbers drawn in plausible per-class
ranges; 1-3 Cutters with 1-4 digits; publication years skewed to recent
decades; occasional volume/copy/part/supplement designations, ordinal
"doon" numbers, work marks, lowercase, missing spaces or periods and local
prefixes (REF, FOLIO, J, FIC ...).
"""
import argparse
import random
import sys

# (class letters, weight, max class integer)
LC_CLASSES = [
    ('PS', 60, 3626), ('PR', 45, 9680), ('PQ', 30, 9999), ('PN', 40, 6790), ('PT', 15, 9999),
    ('PL', 12, 8844), ('PG', 10, 9665), ('PA', 10, 8595), ('PE', 6, 3729), ('PJ', 5, 9293),
    ('P', 8, 1091), ('PZ', 8, 90),
    ('HD', 40, 9999), ('HF', 20, 6351), ('HV', 22, 9960), ('HQ', 25, 2044), ('HM', 10, 1281),
    ('HN', 8, 995), ('HB', 12, 3840), ('HC', 12, 1085), ('HG', 14, 9999), ('HE', 8, 9990),
    ('HT', 6, 1595), ('HX', 4, 970), ('H', 3, 99), ('HA', 4, 4737),
    ('QA', 35, 939), ('QC', 15, 999), ('QD', 10, 999), ('QH', 14, 705), ('QL', 8, 991),
    ('QK', 5, 989), ('QP', 10, 981), ('QR', 5, 502), ('QE', 6, 996), ('QB', 5, 991), ('Q', 5, 390),
    ('B', 15, 5802), ('BF', 18, 1999), ('BL', 8, 2790), ('BM', 5, 990), ('BP', 6, 610),
    ('BQ', 4, 9800), ('BR', 8, 1725), ('BS', 10, 2970), ('BT', 6, 1480), ('BV', 8, 5099),
    ('BX', 10, 9999), ('BJ', 4, 1725), ('BD', 3, 701), ('BH', 2, 301), ('BC', 2, 199),
    ('D', 10, 1075), ('DA', 15, 995), ('DC', 8, 947), ('DD', 8, 905), ('DE', 2, 100),
    ('DF', 4, 951), ('DG', 6, 999), ('DK', 8, 949), ('DP', 5, 900), ('DS', 20, 937),
    ('DT', 8, 3415), ('DU', 3, 950), ('DAW', 1, 1051), ('DJK', 1, 77),
    ('E', 25, 909), ('F', 20, 3799),
    ('G', 8, 9980), ('GV', 10, 1860), ('GN', 6, 890), ('GF', 3, 900), ('GT', 3, 7070), ('GB', 3, 5030),
    ('J', 2, 99), ('JA', 3, 92), ('JC', 6, 628), ('JF', 5, 2112), ('JK', 8, 9993), ('JN', 5, 9689),
    ('JQ', 3, 6651), ('JV', 4, 9480), ('JX', 2, 5810), ('JZ', 5, 6530),
    ('K', 8, 7720), ('KF', 25, 9827), ('KD', 4, 9500), ('KE', 3, 9500), ('KJC', 1, 9999),
    ('KJE', 1, 9999), ('KZ', 2, 7500), ('KBP', 1, 4860), ('KNQ', 1, 9999),
    ('L', 2, 991), ('LA', 5, 2397), ('LB', 14, 3640), ('LC', 8, 6691), ('LD', 2, 7501),
    ('M', 10, 5000), ('ML', 12, 3930), ('MT', 5, 960),
    ('N', 10, 9211), ('NA', 8, 9428), ('NB', 4, 1952), ('NC', 5, 1940), ('ND', 8, 3416),
    ('NK', 6, 9990), ('NX', 4, 820), ('TR', 5, 1050),
    ('R', 3, 920), ('RA', 10, 1270), ('RC', 14, 1245), ('RJ', 4, 570), ('RM', 3, 950), ('RT', 3, 120),
    ('S', 4, 972), ('SB', 5, 1110), ('SD', 2, 669), ('SF', 4, 1100), ('SH', 2, 691), ('SK', 2, 664),
    ('T', 4, 995), ('TA', 6, 2040), ('TC', 2, 1800), ('TD', 5, 1066), ('TJ', 5, 1570),
    ('TK', 10, 9971), ('TL', 4, 4050), ('TN', 3, 997), ('TP', 4, 1185), ('TS', 4, 2301),
    ('TT', 3, 999), ('TX', 5, 1110),
    ('U', 3, 900), ('UA', 4, 997), ('UG', 2, 1530), ('V', 2, 995), ('VA', 2, 750),
    ('Z', 8, 8999), ('ZA', 2, 5190), ('A', 1, 99), ('AC', 2, 999), ('AE', 1, 90), ('AP', 2, 230),
    ('AS', 2, 945), ('AZ', 1, 999), ('C', 1, 51), ('CB', 3, 482), ('CC', 2, 960), ('CD', 2, 6471),
    ('CJ', 1, 6661), ('CS', 2, 3090), ('CT', 4, 9999),
]
# Dewey hundreds weights (public + academic mix)
DEWEY_HUNDREDS = [(0, 6), (100, 5), (200, 6), (300, 18), (400, 3), (500, 8), (600, 14),
                  (700, 10), (800, 17), (900, 13)]
# first-letter weights for Cutters (roughly surname initial frequency)
CUTTER_LETTERS = ('A' * 4 + 'B' * 9 + 'C' * 8 + 'D' * 5 + 'E' * 2 + 'F' * 4 + 'G' * 5 + 'H' * 8
                  + 'I' * 1 + 'J' * 2 + 'K' * 5 + 'L' * 5 + 'M' * 9 + 'N' * 2 + 'O' * 2 + 'P' * 5
                  + 'Q' * 1 + 'R' * 5 + 'S' * 10 + 'T' * 4 + 'U' * 1 + 'V' * 2 + 'W' * 6 + 'Y' * 1
                  + 'Z' * 1)
LOCAL_PREFIXES = ['REF', 'FOLIO', 'OVERSIZE', 'J', 'YA', 'CD', 'DVD', 'MICROFILM']
SURNAMES = ['ADAMS', 'BALDACCI', 'BROWN', 'CHRISTIE', 'CLANCY', 'GRISHAM', 'KING', 'MORRISON',
            'PATTERSON', 'ROBERTS', 'ROWLING', 'SMITH', 'STEEL', 'TOLKIEN', 'WALKER', 'ZUSAK']


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


LC_WEIGHTS = [((c, mx), w) for c, w, mx in LC_CLASSES]


def cutter(rng, maxdigits=4):
    nd = weighted(rng, [(1, 20), (2, 45), (3, 28), (4, 7)][:maxdigits])
    # Cutter digits are a decimal fraction: they never end in 0
    digits = ''.join(str(rng.randint(0, 9)) for _ in range(nd - 1)) + str(rng.randint(1, 9))
    if nd > 1 and digits[0] == '0':
        digits = str(rng.randint(1, 9)) + digits[1:]
    return rng.choice(CUTTER_LETTERS) + digits


def year(rng):
    y = int(2024 - abs(rng.gauss(0, 22)))
    return str(max(1600, min(2024, y)))


def item_part(rng):
    parts = []
    r = rng.random()
    if r < 0.07:
        parts.append('v.%d' % int(1 + abs(rng.gauss(0, 8))))
        if rng.random() < 0.2:
            parts.append('pt.%d' % rng.randint(1, 4))
    elif r < 0.09:
        parts.append('no.%d' % rng.randint(1, 250))
    elif r < 0.10:
        parts.append(rng.choice(['suppl.', 'Suppl.', 'index', 'guide']))
    if rng.random() < 0.04:
        parts.append('c.%d' % rng.randint(2, 5))
    return parts


def style(rng, s):
    r = rng.random()
    if r < 0.02:
        s = s.lower()
    elif r < 0.03:
        s = s.replace(' .', '.')
    elif r < 0.04:
        s = s.replace(' .', ' ')
    return s


def gen_lc(rng):
    letters, mx = weighted(rng, LC_WEIGHTS)
    num = str(int(1 + min(mx - 1, abs(rng.gauss(0, mx / 2.2)))))
    if rng.random() < 0.28:
        num += '.' + str(rng.randint(1, 9)) + ''.join(
            str(rng.randint(0, 9)) for _ in range(weighted(rng, [(0, 50), (1, 35), (2, 15)])))
    s = letters + num
    if rng.random() < 0.01:
        n = rng.randint(1, 120)
        suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
        s += ' %d%s' % (n, suf)
    elif rng.random() < 0.01:
        s += ' ' + year(rng)
    s += ' .' + cutter(rng)
    if rng.random() < 0.02:
        s += rng.choice('abcdefghmrsw')
    if rng.random() < 0.42:
        s += ' ' + cutter(rng)
        if rng.random() < 0.05:
            s += ' ' + cutter(rng, 3)
    if rng.random() < 0.78:
        s += ' ' + year(rng)
        if rng.random() < 0.03:
            s += rng.choice('abx')
    parts = item_part(rng)
    if parts:
        s += ' ' + ' '.join(parts)
    if rng.random() < 0.03:
        s = rng.choice(LOCAL_PREFIXES[:3]) + ' ' + s
    return style(rng, s)


def gen_dewey(rng):
    hund = weighted(rng, DEWEY_HUNDREDS)
    cls = hund + rng.randint(0, 99)
    s = '%03d' % cls
    nd = weighted(rng, [(0, 28), (1, 22), (2, 20), (3, 14), (4, 9), (5, 5), (6, 2)])
    if nd:
        s += '.' + ''.join(str(rng.randint(0, 9)) for _ in range(nd - 1)) + str(rng.randint(1, 9))
    s += ' ' + cutter(rng, 3)
    if rng.random() < 0.35:
        s += rng.choice('abcdeghklmnprstw')
    if rng.random() < 0.45:
        s += ' ' + year(rng)
    parts = item_part(rng)
    if parts:
        s += ' ' + ' '.join(parts)
    if rng.random() < 0.12:
        s = rng.choice(['J', 'REF', 'YA', 'J REF']) + ' ' + s
    return style(rng, s)


def gen_nlm(rng):
    letters = rng.choice(['QS', 'QT', 'QU', 'QV', 'QW', 'QZ', 'W', 'WA', 'WB', 'WD', 'WG', 'WH',
                          'WI', 'WJ', 'WL', 'WM', 'WN', 'WO', 'WP', 'WQ', 'WR', 'WS', 'WT', 'WU',
                          'WV', 'WW', 'WY', 'WZ'])
    s = '%s %d' % (letters, rng.randint(1, 950))
    if rng.random() < 0.3:
        s += '.%d' % rng.randint(1, 9)
    s += ' ' + cutter(rng, 3) + ' ' + year(rng)
    return s


def gen_sudoc(rng):
    agency = rng.choice(['A', 'C', 'D', 'E', 'HE', 'HS', 'I', 'J', 'L', 'NAS', 'PREX', 'S', 'T', 'Y'])
    s = '%s %d.%d' % (agency, rng.randint(1, 99), rng.randint(1, 300))
    if rng.random() < 0.3:
        s += '/%d' % rng.randint(1, 12)
    s += ':' + rng.choice([year(rng), '%s %d' % (rng.choice('ABCDEFGHRST'), rng.randint(1, 99)),
                           str(rng.randint(1, 999))])
    return s


def gen_local(rng):
    r = rng.random()
    if r < 0.6:
        s = rng.choice(['FIC', 'J FIC', 'YA FIC', 'E', 'B']) + ' ' + rng.choice(SURNAMES)
        if rng.random() < 0.2:
            s += ' c.%d' % rng.randint(2, 4)
        return s
    return '%s %s' % (rng.choice(['DVD', 'CD', 'VIDEO']), rng.randint(1, 9999))


GENERATORS = {'lc': gen_lc, 'dewey': gen_dewey, 'nlm': gen_nlm, 'sudoc': gen_sudoc,
              'local': gen_local}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--n', type=int, default=1000000)
    ap.add_argument('--seed', type=int, default=42)
    ap.add_argument('--mix', default='lc=0.58,dewey=0.36,nlm=0.02,sudoc=0.01,local=0.03',
                    help='scheme=weight list')
    ap.add_argument('--labels', action='store_true', help='prefix each line with scheme + TAB')
    args = ap.parse_args()
    mix = [(k, float(v)) for k, v in (p.split('=') for p in args.mix.split(','))]
    rng = random.Random(args.seed)
    out = sys.stdout
    buf = []
    for _ in range(args.n):
        scheme = weighted(rng, mix)
        s = GENERATORS[scheme](rng)
        buf.append(scheme + '\t' + s if args.labels else s)
        if len(buf) >= 10000:
            out.write('\n'.join(buf) + '\n')
            buf = []
    if buf:
        out.write('\n'.join(buf) + '\n')


if __name__ == '__main__':
    main()
