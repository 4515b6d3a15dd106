//! The raw sources of a catalogue folder: its locale folders, their Fluent files and review records.

use std::borrow::Cow;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::loader::problem::LoadError;

/// The name of a locale's review record file.
pub const REVIEW_FILE: &str = "review.json";

/// The name of a locale's glossary file.
pub const GLOSSARY_FILE: &str = "glossary.json";

/// The largest Fluent file a catalogue folder may hold: far above any real translation file.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// One Fluent file of a locale folder, as it was read.
///
/// # Example
///
/// ```
/// use vod_error_l10n::loader::{FileContent, SourceFile};
///
/// let file = SourceFile::text("locales/en-US/errors.ftl", "forbidden = Forbidden.\n");
/// assert!(matches!(file.content, FileContent::Text(_)));
/// ```
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path shown in diagnostics: the folder as given, then `<tag>/<file>.ftl`.
    pub path: String,
    /// What reading the file gave.
    pub content: FileContent,
}

/// What reading a Fluent file gave: its text, or why there is none.
///
/// # Example
///
/// ```
/// use vod_error_l10n::loader::FileContent;
///
/// let content = FileContent::from_bytes(vec![b'a', 0xff]);
/// assert!(matches!(content, FileContent::NotUtf8 { valid_up_to: 1, line: 1, column: 2 }));
/// ```
#[derive(Clone, Debug)]
pub enum FileContent {
    /// The file's text, valid UTF-8.
    Text(Cow<'static, str>),
    /// The file is not UTF-8; its bytes are valid up to this offset.
    NotUtf8 {
        /// The length of the longest valid UTF-8 prefix.
        valid_up_to: usize,
        /// The 1-based line of the first invalid byte.
        line: usize,
        /// The 1-based column (in characters) of the first invalid byte.
        column: usize,
    },
    /// The file could not be read.
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
    },
}

impl FileContent {
    /// Classifies bytes read from a file as text or not.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::FileContent;
    ///
    /// assert_eq!(FileContent::from_bytes(b"a = b".to_vec()).text(), Some("a = b"));
    /// ```
    pub fn from_bytes(bytes: Vec<u8>) -> FileContent {
        match String::from_utf8(bytes) {
            Ok(text) => FileContent::Text(Cow::Owned(text)),
            Err(error) => {
                let valid_up_to = error.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(&error.as_bytes()[..valid_up_to]).into_owned();
                let line = valid.matches('\n').count() + 1;
                let column = valid.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
                FileContent::NotUtf8 { valid_up_to, line, column }
            }
        }
    }

    /// The text, when the file is valid UTF-8.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::FileContent;
    ///
    /// assert_eq!(FileContent::Unreadable { reason: "denied".into() }.text(), None);
    /// ```
    pub fn text(&self) -> Option<&str> {
        match self {
            FileContent::Text(text) => Some(text),
            _ => None,
        }
    }
}

impl SourceFile {
    /// A file whose text is already known.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::SourceFile;
    ///
    /// let file = SourceFile::text("fr-FR/errors.ftl", "forbidden = Interdit.");
    /// assert_eq!(file.content.text(), Some("forbidden = Interdit."));
    /// ```
    pub fn text(path: impl Into<String>, text: impl Into<Cow<'static, str>>) -> SourceFile {
        SourceFile { path: path.into(), content: FileContent::Text(text.into()) }
    }
}

/// One locale folder: its name, which should be a BCP 47 tag, and its Fluent files.
///
/// # Example
///
/// ```
/// use vod_error_l10n::loader::{LocaleSource, SourceFile};
///
/// let locale = LocaleSource {
///     tag: "de-DE".into(),
///     path: "locales/de-DE".into(),
///     files: vec![SourceFile::text("locales/de-DE/errors.ftl", "")],
///     review: None,
///     glossary: None,
/// };
/// assert_eq!(locale.files.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct LocaleSource {
    /// The folder's name, exactly as on disk.
    pub tag: String,
    /// The folder's path as shown in diagnostics.
    pub path: String,
    /// The folder's `*.ftl` files, sorted by name.
    pub files: Vec<SourceFile>,
    /// The folder's review record (`review.json`), when it has one.
    pub review: Option<SourceFile>,
    /// The folder's glossary (`glossary.json`), when it has one; the checker reads it.
    pub glossary: Option<SourceFile>,
}

/// Reads every locale folder of a catalogue folder laid out as `<dir>/<tag>/*.ftl`.
///
/// Problems with single files (not UTF-8, unreadable, too large) are kept in the file's
/// [`FileContent`], to be reported with the rest; only a folder that cannot be listed is an
/// error here.
///
/// # Example
///
/// ```
/// let locales = vod_error_l10n::loader::read_locales_dir("../../locales".as_ref())?;
/// assert!(locales.iter().any(|locale| locale.tag == "en-US"));
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
pub fn read_locales_dir(dir: &Path) -> Result<Vec<LocaleSource>, LoadError> {
    Ok(list_locales_dir(dir)?.iter().map(LocaleFolder::read).collect())
}

/// A locale folder whose files are listed but not yet read.
#[derive(Clone, Debug)]
pub(crate) struct LocaleFolder {
    /// The folder's name, exactly as on disk.
    pub(crate) tag: String,
    /// The folder's path as shown in diagnostics.
    pub(crate) path: String,
    /// Its `*.ftl` files, sorted by name.
    fluent: Vec<PathBuf>,
    review: Option<PathBuf>,
    glossary: Option<PathBuf>,
}

impl LocaleFolder {
    /// Whether the folder has a Fluent file.
    pub(crate) fn has_fluent_files(&self) -> bool {
        !self.fluent.is_empty()
    }

    /// Reads the folder's files.
    pub(crate) fn read(&self) -> LocaleSource {
        let read = |file: &PathBuf| SourceFile { path: shown(file), content: read_file(file) };
        LocaleSource {
            tag: self.tag.clone(),
            path: self.path.clone(),
            files: self.fluent.iter().map(read).collect(),
            review: self.review.as_ref().map(read),
            glossary: self.glossary.as_ref().map(read),
        }
    }
}

/// Lists every locale folder of a catalogue folder and its files, reading none of them; only a
/// folder that cannot be listed is an error.
pub(crate) fn list_locales_dir(dir: &Path) -> Result<Vec<LocaleFolder>, LoadError> {
    let io_error = |reason: io::Error| LoadError::Io { path: dir.to_path_buf(), reason };
    let metadata = fs::metadata(dir).map_err(io_error)?;
    if !metadata.is_dir() {
        return Err(LoadError::NotADirectory { path: dir.to_path_buf() });
    }
    let mut locales = Vec::new();
    for (tag, path) in sorted_entries(dir)? {
        if !path.is_dir() {
            continue;
        }
        let mut folder = LocaleFolder { tag, path: shown(&path), fluent: Vec::new(), review: None, glossary: None };
        for (name, file) in sorted_entries(&path)? {
            if name.ends_with(".ftl") {
                folder.fluent.push(file);
            } else if name == REVIEW_FILE {
                folder.review = Some(file);
            } else if name == GLOSSARY_FILE {
                folder.glossary = Some(file);
            }
        }
        locales.push(folder);
    }
    Ok(locales)
}

/// Reads one Fluent file, refusing one that is too large before reading it.
fn read_file(path: &Path) -> FileContent {
    let unreadable = |error: io::Error| FileContent::Unreadable { reason: error.to_string() };
    match fs::metadata(path) {
        Ok(metadata) if metadata.len() > MAX_FILE_BYTES => FileContent::TooLarge { bytes: metadata.len() },
        Ok(_) => fs::read(path).map_or_else(unreadable, FileContent::from_bytes),
        Err(error) => unreadable(error),
    }
}

/// The entries of a folder as (name, path), sorted by name; names that are not UTF-8 are shown lossily.
fn sorted_entries(dir: &Path) -> Result<Vec<(String, PathBuf)>, LoadError> {
    let io_error = |reason: io::Error| LoadError::Io { path: dir.to_path_buf(), reason };
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_error)? {
        let entry = entry.map_err(io_error)?;
        entries.push((entry.file_name().to_string_lossy().into_owned(), entry.path()));
    }
    entries.sort();
    Ok(entries)
}

/// A path as diagnostics show it, with `/` separators.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
