//! Any text as an answers file or an --answer value: parsed or refused, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let Ok(guide) = yibao_guide::guide::Guide::embedded() else { return };
    let today = "2026-11-22".parse().unwrap();
    if let Ok(raw) = yibao_guide::batch::parse_answers_text("fuzz.yaml", data) {
        let _ = yibao_guide::batch::resolve(&guide.content, &raw, today);
    }
    if let Ok(raw) = yibao_guide::batch::parse_answer_flag(data) {
        let _ = yibao_guide::batch::resolve(&guide.content, &[raw], today);
    }
});
