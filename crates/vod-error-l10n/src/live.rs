//! `LiveCatalog`: a catalogue loaded from a folder that can be reloaded while threads render from it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{PoisonError, RwLock};

use crate::catalog::Catalog;
use crate::error::CatalogError;

/// A catalogue folder, loaded and checked, that can be reloaded at any time.
///
/// Readers take a snapshot with [`LiveCatalog::current`] (one reference count) and render from it:
/// everything rendered from one snapshot comes from one version of the folder. A reload checks
/// the folder first; one that fails changes nothing, and the last good catalogue keeps serving.
///
/// # Example
///
/// ```
/// use vod_error_l10n::LiveCatalog;
///
/// let live = LiveCatalog::load("../../locales".as_ref())?;
/// let before = live.generation();
/// live.reload()?;
/// assert_eq!(live.generation(), before + 1);
/// let catalog = live.current();
/// assert!(catalog.locales().count() > 1);
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Debug)]
pub struct LiveCatalog {
    dir: PathBuf,
    current: RwLock<Catalog>,
    generation: AtomicU64,
}

impl LiveCatalog {
    /// Loads and checks a catalogue folder.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{CatalogError, LiveCatalog};
    ///
    /// assert!(matches!(LiveCatalog::load("no/such/folder".as_ref()), Err(CatalogError::Io { .. })));
    /// ```
    pub fn load(dir: &Path) -> Result<LiveCatalog, CatalogError> {
        let catalog = Catalog::from_dir(dir)?;
        Ok(LiveCatalog { dir: dir.to_path_buf(), current: RwLock::new(catalog), generation: AtomicU64::new(0) })
    }

    /// The catalogue now: a snapshot that later reloads do not change.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// let live = LiveCatalog::load("../../locales".as_ref())?;
    /// let snapshot = live.current();
    /// assert!(snapshot.locales().any(|locale| locale.to_string() == "en-US"));
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn current(&self) -> Catalog {
        self.current.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// How many reloads have succeeded.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// assert_eq!(LiveCatalog::load("../../locales".as_ref())?.generation(), 0);
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// The folder the catalogue is loaded from.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// let live = LiveCatalog::load("../../locales".as_ref())?;
    /// assert!(live.dir().ends_with("locales"));
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads and checks the folder again; on success every later snapshot is the new catalogue,
    /// and on failure nothing changes and the error says why.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// let live = LiveCatalog::load("../../locales".as_ref())?;
    /// let reloaded = live.reload()?;
    /// assert!(reloaded.locales().count() > 1);
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn reload(&self) -> Result<Catalog, CatalogError> {
        let catalog = Catalog::from_dir(&self.dir)?;
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        *current = catalog.clone();
        self.generation.fetch_add(1, Ordering::AcqRel);
        Ok(catalog)
    }
}
