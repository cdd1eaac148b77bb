//! Parses the synthetic 10,000-question file (the same text benches/engine.rs builds) with
//! each parser, into serde's `IgnoredAny` so only the parsing is timed. Prints the median of
//! 9 runs and the throughput.

#[path = "../../../benches/support/synthetic.rs"]
mod tree;

use serde::de::IgnoredAny;
use std::time::{Duration, Instant};

fn median(mut f: impl FnMut()) -> Duration {
    f();
    let mut runs: Vec<Duration> = (0..9)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let text = tree::questions_yaml(10_000);
    let mb = text.len() as f64 / 1e6;
    println!("synthetic questions file: {} KiB", text.len() / 1024);
    let report = |name: &str, d: Duration| {
        let ms = d.as_secs_f64() * 1000.0;
        println!("{name:<44} {ms:>8.1} ms {:>6.1} MB/s", mb / d.as_secs_f64());
    };
    report(
        "serde-saphyr 2.1.1 (serde, line numbers)",
        median(|| {
            let _: IgnoredAny = serde_saphyr::from_str(&text).unwrap();
        }),
    );
    report(
        "granit-parser 2.2.0 (its events only)",
        median(|| {
            for event in granit_parser::Parser::new_from_str(&text) {
                std::hint::black_box(event.unwrap());
            }
        }),
    );
    report(
        "yaml_serde 0.10.7 (serde, no line numbers)",
        median(|| {
            let _: IgnoredAny = yaml_serde::from_str(&text).unwrap();
        }),
    );
}
