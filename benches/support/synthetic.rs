//! The questions file of the synthetic trees, shared by `benches/engine.rs` and
//! `bench/yaml-compare` so both measure exactly the same text.

use std::fmt::Write as _;

/// A binary tree of yes/no questions after the `gap_start` month question the engine needs:
/// every question splits the path in two, and the leaves end. `n` questions give about n/2
/// paths, each log2(n) long.
pub fn questions_yaml(n: usize) -> String {
    let mut q = String::from("questions:\n");
    q.push_str("  - id: gap_start\n    kind: month\n    next:\n      - goto: q0\n");
    for i in 0..n {
        let (l, r) = (2 * i + 1, 2 * i + 2);
        let _ = write!(q, "  - id: q{i}\n    kind: yes_no\n    next:\n");
        if r < n {
            let _ = write!(
                q,
                "      - when: {{ answer: q{i}, in: [\"yes\"] }}\n        goto: q{l}\n      - goto: q{r}\n"
            );
        } else if l < n {
            let _ = write!(
                q,
                "      - when: {{ answer: q{i}, in: [\"yes\"] }}\n        goto: q{l}\n      - goto: end\n"
            );
        } else {
            q.push_str("      - goto: end\n");
        }
    }
    q
}
