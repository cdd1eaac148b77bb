//! Any text as a resume code: decoded or refused; what decodes encodes back the same.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let Ok(guide) = yibao_guide::guide::Guide::embedded() else { return };
    let Ok(today) = "2026-11-22".parse() else { return };
    if let Ok(r) = yibao_guide::resume::decode(&guide.content, data, today) {
        let again = yibao_guide::resume::encode(&guide.content, &r.answers);
        assert_eq!(yibao_guide::resume::decode(&guide.content, &again, today).unwrap().answers, r.answers);
    }
});
