//! Call-number keying and shelf sorting: throughput, the cost of a shelf sort against a plain
//! byte-wise sort, and keying time as one input grows (it must stay linear).
//!
//! ```text
//! cargo bench -p ils-core --bench callnumber_keys
//! ```
//!
//! The corpus is `python3 benches/gen_corpus.py --n 1000000 --seed 42`, generated once into
//! target/bench-corpus/. `cargo test --benches` runs each benchmark once on a 20,000-line corpus
//! (a smoke test). Figures are in benches/README.md.

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ils_core::callnumber::{push_sort_key, shelf_sort, sort_key, CallNumber, ShelvingPolicy};

/// The generated corpus of `n` lines (seed 42), made on first use.
fn corpus(n: usize) -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("target/bench-corpus");
    let path = dir.join(format!("gen_{n}_seed42.txt"));
    if !path.exists() {
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let out = Command::new("python3")
            .arg(root.join("benches/gen_corpus.py"))
            .args(["--n", &n.to_string(), "--seed", "42"])
            .output()
            .unwrap_or_else(|e| panic!("python3 benches/gen_corpus.py: {e}"));
        assert!(out.status.success(), "gen_corpus.py failed: {}", String::from_utf8_lossy(&out.stderr));
        std::fs::write(&path, &out.stdout).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().map(str::to_owned).collect()
}

/// A full run measures on a million lines; `cargo test --benches` only checks the code runs.
fn corpus_size() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        1_000_000
    } else {
        20_000
    }
}

fn keys(c: &mut Criterion) {
    let corpus = corpus(corpus_size());
    let policy = ShelvingPolicy::default();
    let mut group = c.benchmark_group("keys");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.sample_size(10);
    group.bench_function("sort_key", |b| b.iter(|| corpus.iter().map(|s| sort_key(s).len()).sum::<usize>()));
    group.bench_function("push_sort_key (one buffer)", |b| {
        let mut buffer = String::new();
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
    group.finish();
}

fn sorting(c: &mut Criterion) {
    let corpus = corpus(corpus_size());
    let policy = ShelvingPolicy::default();
    let mut group = c.benchmark_group("sort");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.sample_size(10);
    group.bench_function("shelf_sort (key + sort)", |b| {
        b.iter_batched(
            || corpus.iter().map(String::as_str).collect::<Vec<&str>>(),
            |mut shelf| {
                shelf_sort(&mut shelf, &policy);
                black_box(shelf)
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("plain byte-wise sort", |b| {
        b.iter_batched(
            || corpus.iter().map(String::as_str).collect::<Vec<&str>>(),
            |mut plain| {
                plain.sort_unstable();
                black_box(plain)
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// One call number of about `bytes` bytes: a class number and a long run of item parts, the
/// shape where a quadratic step would show.
fn long_input(bytes: usize) -> String {
    let mut s = String::from("QA76.73 .P98 L88 2010");
    let mut v = 1;
    while s.len() < bytes {
        s.push_str(&format!(" v.{v} no.{v}-{} c.2", v + 1));
        v += 1;
    }
    s
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("long input");
    for bytes in [1_000, 100_000, 1_000_000] {
        let input = long_input(bytes);
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_with_input(BenchmarkId::new("sort_key", bytes), &input, |b, s| b.iter(|| sort_key(s).len()));
        let junk: String = input.replace(' ', "^");
        group.bench_with_input(BenchmarkId::new("sort_key (no scheme)", bytes), &junk, |b, s| {
            b.iter(|| sort_key(s).len())
        });
    }
    group.finish();
}

criterion_group!(benches, keys, sorting, scaling);
criterion_main!(benches);
