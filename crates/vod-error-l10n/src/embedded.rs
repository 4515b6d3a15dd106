//! The embedded catalogue: the repository's `locales/`, compiled into `baked.rs` by `cargo xtask codegen`.

#[path = "baked.rs"]
// Written by `cargo xtask codegen` exactly as its freshness test expects; rustfmt leaves it alone.
#[rustfmt::skip]
mod baked;

use crate::data::CompiledLocale;

/// Every embedded locale with its tag and its tag with likely subtags added: the stored ones,
/// then (with the `pseudo` feature) the pseudolocales. The tags come from baked texts, so that a
/// fresh process reads a page or two of memory rather than one per locale (each costs a page
/// fault) and does not look likely subtags up.
pub(crate) fn locales() -> impl Iterator<Item = (&'static str, &'static str, &'static CompiledLocale)> {
    let pseudo: &[&CompiledLocale] = if cfg!(feature = "pseudo") { &baked::PSEUDO } else { &[] };
    let tags = baked::LOCALE_TAGS.split(' ').zip(baked::LIKELY_TAGS.split(' '));
    tags.zip(baked::STORED.iter().chain(pseudo).copied()).map(|((tag, likely), data)| (tag, likely, data))
}

/// The ids of the messages of the embedded locales' entries, in order: the VOD messages, then
/// the pages' strings.
pub(crate) fn message_ids() -> &'static [&'static str] {
    &baked::MESSAGE_IDS
}

#[cfg(test)]
mod tests {
    /// Each baked tag is its locale's.
    #[test]
    fn the_baked_tags_are_the_locales_tags() {
        let tags: Vec<&str> = super::baked::LOCALE_TAGS.split(' ').collect();
        let locales: Vec<&str> =
            super::baked::STORED.iter().chain(&super::baked::PSEUDO).map(|locale| &*locale.tag).collect();
        assert_eq!(tags, locales, "run `cargo xtask codegen`");
    }

    /// Each baked likely tag is its locale's tag with likely subtags added.
    #[test]
    fn the_baked_likely_tags_are_the_locales_maximized() {
        let likely: Vec<&str> = super::baked::LIKELY_TAGS.split(' ').collect();
        let maximized: Vec<String> = super::baked::LOCALE_TAGS
            .split(' ')
            .filter_map(|tag| tag.parse().ok())
            .map(|id| crate::chain::maximized(&id).to_string())
            .collect();
        assert_eq!(likely, maximized, "run `cargo xtask codegen`");
    }

    /// The baked entries start with the messages of `vod-error-codes`, in their order.
    #[test]
    fn the_baked_messages_are_the_code_table_s() {
        let core: Vec<&str> = vod_error_codes::Message::all().map(vod_error_codes::Message::id).collect();
        let baked = &super::baked::MESSAGE_IDS;
        assert_eq!(&baked[..core.len().min(baked.len())], core.as_slice(), "run `cargo xtask codegen`");
    }
}
