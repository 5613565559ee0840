//! Call-number keying and shelf sorting throughput.
//!
//! ```text
//! cargo bench -p ils-core --bench callnumber_keys
//! ILS_BENCH_CORPUS=path/to/gen_1m.txt cargo bench -p ils-core --bench callnumber_keys
//! ```
//!
//! Without `ILS_BENCH_CORPUS` the corpus is the sample in examples/data repeated to 100,000
//! lines. `python3 ../shared/callnumbers/gen_corpus.py --n 1000000 --seed 42` makes the corpus
//! the figures in benches/README.md are measured on.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ils_core::callnumber::{push_sort_key, sort_key, CallNumber, ShelvingPolicy};

const SAMPLE: &str = include_str!("../examples/data/callnumbers.txt");

fn corpus() -> Vec<String> {
    if let Ok(path) = std::env::var("ILS_BENCH_CORPUS") {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("ILS_BENCH_CORPUS={path}: {e}"));
        return text.lines().map(str::to_owned).collect();
    }
    let lines: Vec<&str> = SAMPLE.lines().filter(|l| !l.starts_with('#')).collect();
    lines.iter().cycle().take(100_000).map(|s| (*s).to_owned()).collect()
}

fn keys(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("callnumber");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.sample_size(10);
    group.bench_function("sort_key", |b| b.iter(|| corpus.iter().map(|s| sort_key(s).len()).sum::<usize>()));
    group.bench_function("push_sort_key (reused buffer)", |b| {
        let mut buffer = String::new();
        let policy = ShelvingPolicy::default();
        b.iter(|| {
            let mut total = 0;
            for s in &corpus {
                buffer.clear();
                push_sort_key(s, &policy, &mut buffer);
                total += buffer.len();
            }
            total
        })
    });
    group.bench_function("CallNumber::parse", |b| {
        b.iter(|| corpus.iter().filter(|s| CallNumber::parse(s).is_ok()).count())
    });
    group.bench_function("shelf sort (key + sort)", |b| {
        b.iter(|| {
            let mut keyed: Vec<(String, &str)> = corpus.iter().map(|s| (sort_key(s), s.as_str())).collect();
            keyed.sort_unstable();
            black_box(keyed.len())
        })
    });
    group.bench_function("plain byte-wise sort (baseline)", |b| {
        b.iter(|| {
            let mut plain: Vec<&str> = corpus.iter().map(String::as_str).collect();
            plain.sort_unstable();
            black_box(plain.len())
        })
    });
    group.finish();
}

criterion_group!(benches, keys);
criterion_main!(benches);
