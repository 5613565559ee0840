//! Reads call numbers on standard input, one a line, and prints one shelf-order sort key a line.
//!
//! This is the interface of `../shared/callnumbers/check_order.py --cmd ...`:
//!
//! ```text
//! cargo build --release --example sort_keys
//! printf 'QA76.73 .P98 L88 2010\n005.133 C15\n' | target/release/examples/sort_keys
//! ```

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    let policy = ils_core::callnumber::ShelvingPolicy::default();
    let mut key = String::new();
    for line in stdin.split(b'\n') {
        let line = line?;
        // Invalid UTF-8 is read with replacement characters: every line still gets a key.
        let text = String::from_utf8_lossy(&line);
        let text = text.strip_suffix('\r').unwrap_or(&text);
        key.clear();
        ils_core::callnumber::push_sort_key(text, &policy, &mut key);
        out.write_all(key.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
