//! Peak memory of keying and sorting a million call numbers into shelf order.
//!
//! ```text
//! cargo bench -p ils-core --bench shelf_sort_memory
//! ```
//!
//! Linux only: the peak is the process's VmHWM after resetting it (`/proc/self/clear_refs`)
//! once the input is loaded, so it counts what `shelf_sort` adds on top of the input (the slice
//! it sorts in place is counted as input). Under
//! `cargo test --benches` it runs on 20,000 lines and prints the same figures.

use std::path::PathBuf;
use std::process::Command;

use ils_core::callnumber::{shelf_sort, sort_key, ShelvingPolicy};

fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let n = if std::env::args().any(|a| a == "--bench") { 1_000_000 } else { 20_000 };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let path = root.join(format!("target/bench-corpus/gen_{n}_seed42.txt"));
    if !path.exists() {
        std::fs::create_dir_all(root.join("target/bench-corpus")).expect("target/bench-corpus");
        let out = Command::new("python3")
            .arg(root.join("benches/gen_corpus.py"))
            .args(["--n", &n.to_string(), "--seed", "42"])
            .output()
            .expect("python3 benches/gen_corpus.py");
        std::fs::write(&path, out.stdout).expect("write corpus");
    }
    let text = std::fs::read_to_string(&path).expect("read corpus");
    let lines: Vec<&str> = text.lines().collect();
    let input_bytes: usize = lines.iter().map(|l| l.len()).sum();
    let slice_bytes = lines.len() * std::mem::size_of::<&str>();
    let key_bytes: usize = lines.iter().map(|l| sort_key(l).len()).sum();

    // Reset the peak to what is resident now, then sort.
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let before = status_kib("VmRSS:");
    let mut shelf = lines.clone();
    let copy_kib = (shelf.len() * std::mem::size_of::<&str>() / 1024) as u64;
    let before = before.map(|b| b + copy_kib);
    shelf_sort(&mut shelf, &ShelvingPolicy::default());
    let peak = status_kib("VmHWM:");
    assert_eq!(shelf.len(), lines.len());

    let mib = |b: f64| b / (1024.0 * 1024.0);
    println!(
        "{} call numbers: text {:.1} MiB, &str slice {:.1} MiB, keys {:.1} MiB",
        lines.len(),
        mib(input_bytes as f64),
        mib(slice_bytes as f64),
        mib(key_bytes as f64)
    );
    match (reset, before, peak) {
        (true, Some(before), Some(peak)) => {
            let added = (peak.saturating_sub(before) * 1024) as f64;
            let budget = (2 * input_bytes + key_bytes) as f64;
            println!(
                "shelf_sort added at peak {:.1} MiB ({:.2} x the keys); with the input text, {:.1} MiB against a budget of 2 x input + keys = {:.1} MiB",
                mib(added),
                added / key_bytes as f64,
                mib(added + input_bytes as f64),
                mib(budget)
            );
        }
        _ => println!("peak memory: not measurable here (needs Linux /proc/self/clear_refs)"),
    }
}
