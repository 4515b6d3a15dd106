//! `CatalogError`: everything that can go wrong when loading a catalogue or choosing a locale.

use std::io;
use std::path::PathBuf;

use crate::check::Report;

/// A catalogue could not be loaded, or a locale could not be chosen.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, CatalogError};
///
/// let error = Catalog::from_dir("no/such/folder".as_ref()).unwrap_err();
/// assert!(matches!(error, CatalogError::Io { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// A folder could not be read.
    #[error("cannot read the folder {}", path.display())]
    Io {
        /// The folder.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// The path given as a catalogue folder is not a folder.
    #[error("{} is not a folder; give the folder that holds the locale folders (like `locales/`)", path.display())]
    NotADirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The catalogue failed the check; the report says where and how to fix it.
    #[error(
        "the catalogue in {} has {} error(s); run `cargo xtask check --locales-dir {}` for details",
        path.display(),
        report.error_count(),
        path.display()
    )]
    Invalid {
        /// The catalogue folder.
        path: PathBuf,
        /// Every finding, errors and warnings.
        report: Box<Report>,
    },
    /// A language tag that is not valid BCP 47.
    #[error("{tag:?} is not a BCP 47 language tag (such as `en-US` or `zh-CN`)")]
    InvalidTag {
        /// The tag as given.
        tag: String,
    },
}
