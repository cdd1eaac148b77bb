//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The built binary, with a fixed day and a neutral environment (no language variables).
pub fn guide() -> Command {
    Command::from_std(guide_std())
}

/// [`guide`] as a std command, for tests that feed its input while it runs.
pub fn guide_std() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("yibao-guide"));
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        // Plain mode wraps to COLUMNS when it is set; tests choose it themselves.
        .env_remove("COLUMNS")
        .arg("--today")
        .arg(TODAY);
    cmd
}

pub const TODAY: &str = "2026-11-22";

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A writable copy of the shipped content and locales, to break on purpose.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("content"), &dir.path().join("content"));
        copy_dir(&repo().join("locales"), &dir.path().join("locales"));
        Fixture { dir }
    }

    pub fn content(&self) -> PathBuf {
        self.dir.path().join("content")
    }

    pub fn locales(&self) -> PathBuf {
        self.dir.path().join("locales")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Replaces the first occurrence of `from` with `to` in `rel`; returns the 1-based line
    /// where the replacement starts.
    pub fn replace(&self, rel: &str, from: &str, to: &str) -> u32 {
        let path = self.path(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let at = text
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not in {rel}"));
        let line = 1 + text[..at].matches('\n').count() as u32;
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        line
    }

    /// Runs `validate` on this fixture.
    pub fn validate(&self) -> assert_cmd::assert::Assert {
        guide()
            .args(["--lang", "en", "validate", "--content"])
            .arg(self.content())
            .arg("--locales")
            .arg(self.locales())
            .assert()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Answers for one complete path, as `--answer` flags.
pub fn answer_flags(pairs: &[(&str, &str)]) -> Vec<String> {
    pairs
        .iter()
        .flat_map(|(k, v)| ["--answer".to_owned(), format!("{k}={v}")])
        .collect()
}

pub const FLEXIBLE_SAME_CITY: &[(&str, &str)] = &[
    ("reason", "resigned"),
    ("gap_start", "2026-09"),
    ("gap_end", "none"),
    ("plan", "flexible"),
    ("city", "same"),
    ("gap_medical", "no"),
    ("situations", "none"),
];

/// Runs `checklist --format json` in English with extra arguments (after `--today TODAY`,
/// unless `today` overrides it) and returns the parsed output.
pub fn checklist_json_with(today: &str, args: &[String]) -> serde_json::Value {
    let out = Command::cargo_bin("yibao-guide")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args([
            "--today",
            today,
            "--lang",
            "en",
            "checklist",
            "--format",
            "json",
        ])
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

/// The wizard drawn at `w` x `h`, one text line per row; a wide character's second cell is
/// not printed again.
pub fn render(m: &yibao_guide::tui::model::Model<'_>, w: u16, h: u16) -> String {
    use ratatui::{Terminal, backend::TestBackend};
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| yibao_guide::tui::view::view(m, f))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..w {
            let symbol = buffer[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A complete path: moved, 2-month gap, resident insurance in another city (answer flags).
pub const MOVED_RESIDENT: [&str; 7] = [
    "reason=moved",
    "gap_months=2",
    "gap_end=none",
    "plan=resident",
    "city=other",
    "gap_medical=no",
    "situations=none",
];

/// A kiosk configuration: operator exit ctrl+alt+x / 2468, exports into `export_dir` if
/// given, and a print command when `print`.
pub fn kiosk_config(export_dir: Option<&Path>, print: bool) -> yibao_guide::config::Config {
    use yibao_guide::config::{Config, KeySpec, Mode, OperatorExit};
    Config {
        mode: Mode::Kiosk,
        idle_timeout: std::time::Duration::from_secs(120),
        countdown: std::time::Duration::from_secs(20),
        operator_exit: Some(OperatorExit {
            key: KeySpec::parse("ctrl+alt+x").unwrap(),
            pin: "2468".into(),
        }),
        export_dir: export_dir.map(Path::to_path_buf),
        print_command: print.then(|| vec!["lp".into()]),
        ..Config::default()
    }
}

/// A wizard model in `mode` with `config`, in Chinese, at 80x24, its clock started.
pub fn model<'g>(
    g: &'g yibao_guide::guide::Guide,
    mode: yibao_guide::config::Mode,
    config: &yibao_guide::config::Config,
) -> yibao_guide::tui::model::Model<'g> {
    use yibao_guide::i18n::Lang;
    use yibao_guide::tui::model::{Model, Msg, Settings};
    use yibao_guide::tui::step as update;
    let mut m = Model::new(g, Lang::Zh, TODAY.parse().unwrap());
    m.settings = Settings::from_config(mode, config, Lang::Zh);
    update(&mut m, Msg::Resize(80, 24));
    update(&mut m, Msg::Tick(0));
    m
}

/// Answers from `--answer` flags, checked as batch mode checks them.
pub fn answers_from(
    g: &yibao_guide::guide::Guide,
    flags: &[&str],
    m: &yibao_guide::tui::model::Model<'_>,
) -> yibao_guide::engine::answers::Answers {
    let raw: Vec<_> = flags
        .iter()
        .map(|f| yibao_guide::batch::parse_answer_flag(f).unwrap())
        .collect();
    yibao_guide::batch::resolve(&g.content, &raw, m.today).unwrap()
}
