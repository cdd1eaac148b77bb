//! The one hash the guide stores: 64-bit FNV-1a. It is small and gives the same value on
//! every platform and release (unlike `DefaultHasher`), which matters because its values
//! outlive the binary: resume codes carry one, and build.rs stores one with the compiled
//! content.

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over `parts`, each followed by a zero byte, so that moving bytes from one part to
/// the next (`"ab", "c"` and `"a", "bc"`) changes the hash.
pub(crate) fn fnv1a_parts<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut hash = OFFSET_BASIS;
    for part in parts {
        for &b in part.iter().chain(&[0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // FNV-1a of the empty input is the offset basis; of a single zero byte, the
        // published test vector.
        assert_eq!(fnv1a_parts([]), OFFSET_BASIS);
        assert_eq!(fnv1a_parts([&b""[..]]), 0xaf63_bd4c_8601_b7df);
        assert_ne!(
            fnv1a_parts([&b"ab"[..], b"c"]),
            fnv1a_parts([&b"a"[..], b"bc"])
        );
    }
}
