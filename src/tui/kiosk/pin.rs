//! The operator PIN rule: a kiosk's way out is the operator's key and PIN, and guessing the
//! PIN gets slower with every wrong one. Nothing here knows the wizard's screens.

/// Wrong operator PINs allowed before the exit locks.
pub const PIN_FREE_TRIES: u32 = 3;

/// The first lock; each further wrong PIN doubles it, up to [`PIN_LOCK_MAX_MS`].
pub const PIN_LOCK_MS: u64 = 30_000;

pub const PIN_LOCK_MAX_MS: u64 = 15 * 60_000;

/// A wrong PIN this long after the last one starts the count again: an operator's
/// occasional typo over weeks is not an attack.
pub const PIN_FORGET_MS: u64 = 60 * 60_000;

/// Guessing the operator PIN: after [`PIN_FREE_TRIES`] wrong ones the exit locks for a
/// while, longer after each further wrong PIN; an hour without a wrong PIN forgets them.
/// Held in memory only: a kiosk writes nothing, and restarting the program needs the
/// operator anyway.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PinGuard {
    pub failures: u32,
    pub locked_until_ms: u64,
    pub last_failure_ms: u64,
}

impl PinGuard {
    /// Counts a wrong PIN typed at `now_ms`, and locks the exit once too many were.
    pub fn failed(&mut self, now_ms: u64) {
        if now_ms.saturating_sub(self.last_failure_ms) >= PIN_FORGET_MS {
            self.failures = 0;
        }
        self.last_failure_ms = now_ms;
        self.failures = self.failures.saturating_add(1);
        if let Some(extra) = self.failures.checked_sub(PIN_FREE_TRIES) {
            let lock = PIN_LOCK_MS
                .saturating_mul(1 << extra.min(16))
                .min(PIN_LOCK_MAX_MS);
            self.locked_until_ms = now_ms.saturating_add(lock);
        }
    }

    /// Whole seconds until the exit unlocks (rounded up), if it is locked.
    pub fn locked_for_seconds(&self, now_ms: u64) -> Option<u64> {
        let left = self.locked_until_ms.saturating_sub(now_ms);
        (left > 0).then(|| left.div_ceil(1000))
    }
}

/// Compares a typed PIN with the configured one without stopping at the first difference,
/// so timing does not tell how much of a guess was right.
pub(crate) fn same_secret(expected: &str, typed: &str) -> bool {
    let (a, b) = (expected.as_bytes(), typed.as_bytes());
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}
