//! What one run of plain mode holds: the guide, the language, the answers so far, where
//! the output goes and the voice. Every other file of plain mode adds what the session does.

use crate::engine::answers::Answers;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::speak::Speaker;
use chrono::NaiveDate;
use std::io::Write;

/// One run of plain mode: what it shows, in which language, and the answers so far.
pub(super) struct Session<'g, W: Write> {
    pub(super) guide: &'g Guide,
    pub(super) lang: Lang,
    pub(super) today: NaiveDate,
    pub(super) answers: Answers,
    pub(super) out: W,
    /// Wrap output lines to this many cells; `None`: do not wrap.
    pub(super) width: Option<usize>,
    pub(super) speech: Speech,
}

/// Where the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stage {
    Question(usize),
    Review,
}

/// Plain mode's voice: the configured speaker, if any, and whether it reads on its own.
#[derive(Debug, Default)]
pub(crate) struct Speech {
    pub(crate) speaker: Option<Speaker>,
    /// `--speak`: read everything as it is shown, not only on `v`.
    pub(crate) automatic: bool,
    /// The spoken form of what was shown last: what `v` reads.
    pub(super) last_shown: String,
}

impl Speech {
    pub(crate) fn new(speaker: Option<Speaker>, automatic: bool) -> Speech {
        Speech {
            speaker,
            automatic,
            last_shown: String::new(),
        }
    }
}
