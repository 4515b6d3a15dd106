//! Numbers in each locale's own way (`1,024`, `1.024`, `1 024`, `١٬٠٢٤`), through ICU4X's CLDR data.
//!
//! Compiled patterns and Fluent's resolver format numbers through the same functions, so the two
//! paths write the same text.

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use unic_langid::LanguageIdentifier;

use crate::data::NumberStyle;

/// A locale's two number formats: grouped, and without grouping.
pub(crate) struct NumberFormats {
    grouped: Option<DecimalFormatter>,
    plain: Option<DecimalFormatter>,
}

impl NumberFormats {
    /// The formats of a locale; a tag ICU4X cannot read formats like the root locale.
    pub(crate) fn new(tag: &str) -> NumberFormats {
        let locale = tag.parse::<icu_locale_core::Locale>().unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let make = |grouping: GroupingStrategy| {
            let mut options = DecimalFormatterOptions::default();
            options.grouping_strategy = Some(grouping);
            DecimalFormatter::try_new((&locale).into(), options).ok()
        };
        NumberFormats { grouped: make(GroupingStrategy::Auto), plain: make(GroupingStrategy::Never) }
    }

    /// A whole number in the locale's way; plain ASCII digits where the locale has no data.
    pub(crate) fn format(&self, number: i64, style: NumberStyle) -> String {
        let formatter = match style {
            NumberStyle::Plain => self.plain.as_ref(),
            NumberStyle::Grouped | NumberStyle::None => self.grouped.as_ref(),
        };
        match formatter {
            Some(formatter) => formatter.format(&Decimal::from(number)).to_string(),
            None => number.to_string(),
        }
    }
}

/// The numbers of one locale for Fluent's resolver, made once per bundle by its memoizer.
pub(crate) struct ResolverNumbers(NumberFormats);

impl intl_memoizer::Memoizable for ResolverNumbers {
    type Args = ();
    type Error = ();

    fn construct(language: LanguageIdentifier, _: ()) -> Result<ResolverNumbers, ()> {
        Ok(ResolverNumbers(NumberFormats::new(&language.to_string())))
    }
}

/// Fluent's number formatter for the resolver: whole numbers as the compiled path writes them
/// (CLDR's digits and grouping for the bundle's locale); anything else as Fluent writes it by
/// default. Set it on a concurrent bundle of your own to format numbers as the catalogue does.
///
/// # Example
///
/// ```
/// use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
///
/// let mut bundle = FluentBundle::new_concurrent(vec!["de-DE".parse().unwrap()]);
/// bundle.set_formatter(Some(vod_error_l10n::numbers::fluent_formatter));
/// bundle.add_resource(FluentResource::try_new("n = { $n }".to_owned()).unwrap()).unwrap();
/// let mut arguments = FluentArgs::new();
/// arguments.set("n", 1024);
/// let pattern = bundle.get_message("n").unwrap().value().unwrap();
/// assert_eq!(bundle.format_pattern(pattern, Some(&arguments), &mut Vec::new()), "1.024");
/// ```
pub fn fluent_formatter(
    value: &fluent_bundle::FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let fluent_bundle::FluentValue::Number(number) = value else { return None };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 9.0e15;
    if !whole || number.options.minimum_fraction_digits.is_some() {
        return None;
    }
    // The check above keeps the value an exact whole number within i64's range.
    #[allow(clippy::cast_possible_truncation)]
    let whole_number = number.value as i64;
    let style = if number.options.use_grouping { NumberStyle::Grouped } else { NumberStyle::Plain };
    memoizer.with_try_get::<ResolverNumbers, _, _>((), |numbers| numbers.0.format(whole_number, style)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_table() {
        let cases = [
            ("en-US", 1024, NumberStyle::Grouped, "1,024"),
            ("en-US", 1024, NumberStyle::Plain, "1024"),
            ("de-DE", 1024, NumberStyle::Grouped, "1.024"),
            ("es-ES", 1024, NumberStyle::Grouped, "1024"),
            ("es-ES", 1_234_567, NumberStyle::Grouped, "1.234.567"),
            ("fr-FR", 1024, NumberStyle::Grouped, "1\u{202f}024"),
            ("hi-IN", 1_234_567, NumberStyle::Grouped, "12,34,567"),
            ("ar-SA", 128, NumberStyle::Grouped, "١٢٨"),
            ("not a tag", 1024, NumberStyle::Grouped, "1,024"),
        ];
        for (tag, number, style, expected) in cases {
            assert_eq!(NumberFormats::new(tag).format(number, style), expected, "{tag} {number}");
        }
    }
}
