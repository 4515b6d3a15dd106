//! `LiveCatalog`: a catalogue loaded from a folder that can be reloaded while threads render from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use arc_swap::ArcSwap;

use crate::catalog::Catalog;
use crate::loader::{LoadError, Loaded, Problem};

/// A catalogue folder, loaded and checked, that can be reloaded at any time.
///
/// Readers take a snapshot with [`LiveCatalog::current`] (one reference count, no lock) and render
/// from it: everything rendered from one snapshot comes from one version of the folder. A reload
/// checks the folder first; one that fails changes nothing, and the last good catalogue keeps
/// serving. Reloads run one at a time, in the order they were asked for, so the folder read last
/// is the one installed; the generation number names it.
///
/// # Example
///
/// ```
/// use vod_error_l10n::LiveCatalog;
///
/// let live = LiveCatalog::load("../../locales".as_ref())?;
/// assert_eq!(live.generation(), 0);
/// let reloaded = live.reload()?;
/// assert_eq!(reloaded.generation, 1);
/// let (generation, catalog) = live.snapshot();
/// assert_eq!(generation, 1);
/// assert!(catalog.locales().count() > 1);
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
#[derive(Debug)]
pub struct LiveCatalog {
    dir: PathBuf,
    /// The installed catalogue and its generation, swapped as one.
    current: ArcSwap<(u64, Catalog)>,
    /// Held for the whole of a reload, so that reloads never overlap.
    reloading: Mutex<()>,
}

/// What a successful reload installed.
///
/// # Example
///
/// ```
/// use vod_error_l10n::LiveCatalog;
///
/// let live = LiveCatalog::load("../../locales".as_ref())?;
/// let reloaded = live.reload()?;
/// assert_eq!(reloaded.generation, 1);
/// for warning in &reloaded.warnings {
///     eprintln!("{warning}"); // what falls back to en-US, if anything
/// }
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
#[derive(Debug)]
pub struct Reloaded {
    /// The generation now installed: how many reloads have succeeded.
    pub generation: u64,
    /// The catalogue now installed.
    pub catalog: Catalog,
    /// What the load found that does not stop the folder from loading.
    pub warnings: Vec<Problem>,
}

impl LiveCatalog {
    /// Loads and checks a catalogue folder.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{LoadError, LiveCatalog};
    ///
    /// assert!(matches!(LiveCatalog::load("no/such/folder".as_ref()), Err(LoadError::Io { .. })));
    /// ```
    pub fn load(dir: &Path) -> Result<LiveCatalog, LoadError> {
        let Loaded { catalog, .. } = Catalog::load(dir)?;
        Ok(LiveCatalog {
            dir: dir.to_path_buf(),
            current: ArcSwap::from_pointee((0, catalog)),
            reloading: Mutex::new(()),
        })
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
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn current(&self) -> Catalog {
        self.current.load().1.clone()
    }

    /// The catalogue now and its generation, read together.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// let live = LiveCatalog::load("../../locales".as_ref())?;
    /// assert_eq!(live.snapshot().0, 0);
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn snapshot(&self) -> (u64, Catalog) {
        let current = self.current.load();
        (current.0, current.1.clone())
    }

    /// How many reloads have succeeded: the generation of the catalogue installed now.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// assert_eq!(LiveCatalog::load("../../locales".as_ref())?.generation(), 0);
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn generation(&self) -> u64 {
        self.current.load().0
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
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads and checks the folder again; on success every later snapshot is the new catalogue,
    /// and on failure nothing changes and the error says why.
    ///
    /// Reloads run one at a time: a second call waits for the first, then reads the folder
    /// itself, so the folder as it was at the last call is what ends up installed.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LiveCatalog;
    ///
    /// let live = LiveCatalog::load("../../locales".as_ref())?;
    /// let reloaded = live.reload()?;
    /// assert!(reloaded.catalog.locales().count() > 1);
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn reload(&self) -> Result<Reloaded, LoadError> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(PoisonError::into_inner);
        let Loaded { catalog, warnings } = Catalog::load(&self.dir)?;
        let generation = self.current.load().0 + 1;
        self.current.store(Arc::new((generation, catalog.clone())));
        Ok(Reloaded { generation, catalog, warnings })
    }
}
