//! The embedded catalogue: the repository's `locales/`, compiled into `baked.rs` by `cargo xtask codegen`.

#[path = "baked.rs"]
// Written by `cargo xtask codegen` exactly as its freshness test expects; rustfmt leaves it alone.
#[rustfmt::skip]
mod baked;

use crate::data::CompiledLocale;

/// Every embedded locale: the stored ones, then (with the `pseudo` feature) the pseudolocales.
pub(crate) fn locales() -> impl Iterator<Item = &'static CompiledLocale> {
    let pseudo: &[&CompiledLocale] = if cfg!(feature = "pseudo") { &baked::PSEUDO } else { &[] };
    baked::STORED.iter().chain(pseudo).copied()
}

/// The ids of the messages of the embedded locales' entries, in order: the VOD messages, then
/// the pages' strings.
pub(crate) fn message_ids() -> &'static [&'static str] {
    &baked::MESSAGE_IDS
}

#[cfg(test)]
mod tests {
    /// The baked entries start with the messages of `vod-error-codes`, in their order.
    #[test]
    fn the_baked_messages_are_the_code_table_s() {
        let core: Vec<&str> = vod_error_codes::Message::all().map(vod_error_codes::Message::id).collect();
        let baked = &super::baked::MESSAGE_IDS;
        assert_eq!(&baked[..core.len().min(baked.len())], core.as_slice(), "run `cargo xtask codegen`");
    }
}
