//! Any bytes as the checklist file: load and validate never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use yibao_guide::engine::files::GuideFiles;

fuzz_target!(|data: &[u8]| {
    let mut files = GuideFiles::embedded();
    if let Some(f) = files.content.iter_mut().find(|f| f.name == "checklist.yaml") {
        f.text = String::from_utf8_lossy(data).into_owned().into();
    }
    let _ = yibao_guide::validate::validate(&files, "2026-11-22".parse().unwrap());
});
