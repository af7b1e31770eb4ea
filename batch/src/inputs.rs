//! Inputs: takes paths (files, folders, `-` for standard input) and lists
//! of paths, gives the [`Item`]s they hold, lazily and in order: a folder
//! is walked one directory at a time as items are pulled, a WARC file is
//! read one record at a time, and a list is read one line at a time.
//!
//! What a file is comes from its first bytes, never its name: gzip is
//! un-gzipped, a file that starts with a WARC record is read as a WARC
//! file, anything else is a page. Inside a folder, names do count: hidden
//! files and folders (a name starting with a dot) are skipped, and so are
//! files whose name does not look like a page's or a WARC file's (see
//! [`is_page_name`]).

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::item::{Content, Error, Item, Page, Skip, Source};
use crate::stream::GZIP_MAGIC;
use crate::warc::WarcReader;

/// Extensions of the files taken from a folder, after a `.gz` and a query
/// string (`page.php?id=3`, as wget saves it) are set aside. A file without
/// an extension is taken too: crawlers often save pages under their path.
pub const PAGE_EXTENSIONS: [&str; 11] = [
    "html", "htm", "xhtml", "xht", "shtml", "php", "asp", "aspx", "jsp", "cfm", "warc",
];

/// Bytes read from a file before deciding what it is: enough for a gzip
/// member's first bytes to inflate into a WARC record's version line.
const SNIFF_BYTES: usize = 16 << 10;

/// Whether a file found in a folder is taken: its name, less a `.gz` and a
/// query string, has no extension or one of [`PAGE_EXTENSIONS`].
///
/// ```
/// use bodycopy_batch::is_page_name;
/// assert!(is_page_name("index.html"));
/// assert!(is_page_name("story.htm.gz"));
/// assert!(is_page_name("article"));
/// assert!(is_page_name("view.php?id=3"));
/// assert!(is_page_name("CC-MAIN-20250101-00000.warc.gz"));
/// assert!(!is_page_name("logo.png"));
/// assert!(!is_page_name("styles.css.gz"));
/// ```
pub fn is_page_name(name: &str) -> bool {
    let name = name.split('?').next().unwrap_or(name);
    let name = name.strip_suffix(".gz").unwrap_or(name);
    match Path::new(name).extension() {
        None => true,
        Some(ext) => {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            PAGE_EXTENSIONS.contains(&ext.as_str())
        }
    }
}

/// The inputs of a run, read as [`Item`]s.
///
/// ```no_run
/// use bodycopy_batch::{Inputs, Pool};
/// let mut inputs = Inputs::new();
/// inputs.path("crawl/"); // a folder
/// inputs.path("CC-MAIN-00000.warc.gz"); // a WARC file
/// let options = bodycopy::Options::default();
/// let outcomes = Pool::new(0).map(inputs, move |item| item.extract(&options));
/// # let _ = outcomes;
/// ```
#[derive(Default)]
pub struct Inputs {
    args: VecDeque<Arg>,
    limit: Option<usize>,
    bytes_read: Arc<AtomicU64>,
}

enum Arg {
    Path(PathBuf),
    List(PathBuf),
}

impl Inputs {
    /// No inputs yet.
    pub fn new() -> Self {
        Inputs::default()
    }

    /// Adds a file, a folder, or `-` for standard input.
    pub fn path(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.args.push_back(Arg::Path(path.into()));
        self
    }

    /// Adds the paths listed in a file, one per line (`-`: read the list
    /// from standard input). Each may be a file, a folder or a WARC file.
    pub fn list(&mut self, list: impl Into<PathBuf>) -> &mut Self {
        self.args.push_back(Arg::List(list.into()));
        self
    }

    /// Refuses, unread, the pages larger than `limit` bytes (files, and
    /// WARC records), reporting them as too large.
    pub fn max_page_bytes(&mut self, limit: Option<usize>) -> &mut Self {
        self.limit = limit;
        self
    }

    /// A counter of the bytes read from the inputs so far (as stored:
    /// compressed bytes of gzip'd files), updated as items are pulled; for
    /// progress reports from another thread.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    /// The total size of the inputs, when they are all files given by path
    /// (not folders, lists or standard input).
    pub fn total_bytes(&self) -> Option<u64> {
        self.args.iter().try_fold(0u64, |sum, arg| match arg {
            Arg::Path(path) if path.as_os_str() != "-" => {
                let meta = std::fs::metadata(path).ok()?;
                meta.is_file().then(|| sum + meta.len())
            }
            _ => None,
        })
    }
}

impl IntoIterator for Inputs {
    type Item = Item;
    type IntoIter = Reader;

    fn into_iter(self) -> Reader {
        Reader {
            args: self.args,
            frames: Vec::new(),
            limit: self.limit,
            bytes_read: self.bytes_read,
        }
    }
}

/// The items of [`Inputs`], read as they are pulled.
pub struct Reader {
    args: VecDeque<Arg>,
    /// What is being read, innermost last: a list, a folder inside it, a
    /// WARC file inside that.
    frames: Vec<Frame>,
    limit: Option<usize>,
    bytes_read: Arc<AtomicU64>,
}

enum Frame {
    List {
        path: PathBuf,
        lines: Box<dyn BufRead + Send>,
    },
    Walk(walkdir::IntoIter),
    Warc {
        reader: Box<WarcReader<Box<dyn Read + Send>>>,
        counted: u64,
    },
}

/// What a path turned out to be.
enum Opened {
    Item(Item),
    Warc(Box<WarcReader<Box<dyn Read + Send>>>),
    Folder(PathBuf),
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let opened = match self.frames.last_mut() {
                None => match self.args.pop_front()? {
                    Arg::Path(path) => self.open(&path, true),
                    Arg::List(path) => match open_list(&path) {
                        Ok(lines) => {
                            self.frames.push(Frame::List { path, lines });
                            continue;
                        }
                        Err(error) => Opened::Item(failed(Source::File { path }, error)),
                    },
                },
                Some(Frame::Warc { reader, counted }) => {
                    let item = reader.next();
                    let read = reader.bytes_read();
                    self.bytes_read
                        .fetch_add(read.saturating_sub(*counted), Ordering::Relaxed);
                    *counted = read;
                    match item {
                        Some(item) => return Some(item),
                        None => {
                            self.frames.pop();
                            continue;
                        }
                    }
                }
                Some(Frame::List { path, lines }) => {
                    let mut line = Vec::new();
                    match lines.read_until(b'\n', &mut line) {
                        Ok(0) => {
                            self.frames.pop();
                            continue;
                        }
                        Ok(_) => {
                            let line = String::from_utf8_lossy(&line);
                            let entry = line.trim_end_matches(['\n', '\r']);
                            if entry.is_empty() {
                                continue;
                            }
                            let entry = PathBuf::from(entry);
                            self.open(&entry, true)
                        }
                        Err(error) => {
                            let path = path.clone();
                            self.frames.pop();
                            Opened::Item(failed(Source::File { path }, error))
                        }
                    }
                }
                Some(Frame::Walk(walk)) => match walk.next() {
                    None => {
                        self.frames.pop();
                        continue;
                    }
                    Some(Err(error)) => {
                        let path = error.path().map(Path::to_path_buf).unwrap_or_default();
                        Opened::Item(failed(Source::File { path }, io::Error::from(error)))
                    }
                    Some(Ok(entry)) if entry.depth() == 0 => continue,
                    Some(Ok(entry)) => {
                        let path = entry.path();
                        let name = entry.file_name().to_string_lossy();
                        let kind = entry.file_type();
                        if name.starts_with('.') {
                            if kind.is_dir() {
                                walk.skip_current_dir();
                            }
                            Opened::Item(skipped(path, Skip::Hidden))
                        } else if kind.is_dir() {
                            continue;
                        } else if !is_page_name(&name) {
                            Opened::Item(skipped(path, Skip::NotPageName))
                        } else if kind.is_file() {
                            let path = path.to_path_buf();
                            self.open(&path, false)
                        } else if kind.is_symlink() {
                            // A link is followed to a file (a broken one
                            // fails as unreadable), never into a folder.
                            match std::fs::metadata(path) {
                                Ok(meta) if meta.is_dir() => {
                                    Opened::Item(skipped(path, Skip::NotPageName))
                                }
                                _ => {
                                    let path = path.to_path_buf();
                                    self.open(&path, false)
                                }
                            }
                        } else {
                            // Pipes, sockets, devices: opening a pipe would
                            // wait for a writer.
                            Opened::Item(skipped(path, Skip::NotPageName))
                        }
                    }
                },
            };
            match opened {
                Opened::Item(item) => return Some(item),
                Opened::Warc(reader) => self.frames.push(Frame::Warc { reader, counted: 0 }),
                Opened::Folder(path) => self.frames.push(Frame::Walk(
                    walkdir::WalkDir::new(path).follow_links(false).into_iter(),
                )),
            }
        }
    }
}

impl Reader {
    /// Opens a path: a folder to walk (when given, not when found in a
    /// folder), a WARC file to read, or a page.
    fn open(&mut self, path: &Path, given: bool) -> Opened {
        let stdin = path.as_os_str() == "-";
        let source = if stdin {
            Source::Stdin
        } else {
            Source::File {
                path: path.to_path_buf(),
            }
        };
        let mut file: Box<dyn Read + Send> = if stdin {
            Box::new(io::stdin())
        } else {
            if given && path.is_dir() {
                return Opened::Folder(path.to_path_buf());
            }
            match File::open(path) {
                Ok(file) => Box::new(file),
                Err(error) => return Opened::Item(failed(source, error)),
            }
        };
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        if let Err(error) = file
            .by_ref()
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
        {
            return Opened::Item(failed(source, error));
        }
        if is_warc(&head) {
            let reader: Box<dyn Read + Send> = Box::new(Cursor::new(head).chain(file));
            return match WarcReader::new(reader, path) {
                Ok(reader) => Opened::Warc(Box::new(reader.max_page_bytes(self.limit))),
                Err(error) => Opened::Item(failed(source, error)),
            };
        }
        let plain = !head.starts_with(&GZIP_MAGIC);
        let mut bytes = head;
        // A plain page over the limit is refused without reading the rest.
        let cap = match self.limit {
            Some(limit) if plain => limit as u64 + 1 - (bytes.len() as u64).min(limit as u64 + 1),
            _ => u64::MAX,
        };
        if let Err(error) = file.take(cap).read_to_end(&mut bytes) {
            return Opened::Item(failed(source, error));
        }
        self.bytes_read
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if let Some(limit) = self.limit
            && plain
            && bytes.len() > limit
        {
            let error = bodycopy::Error::TooLarge {
                size: bytes.len(),
                limit,
            };
            return Opened::Item(failed(source, Error::Extract(error)));
        }
        Opened::Item(Item::page(source, Page::from_file_bytes(bytes)))
    }
}

/// Whether a file's first bytes are a WARC record's, plain or gzip'd.
fn is_warc(head: &[u8]) -> bool {
    const MAGIC: &[u8] = b"WARC/";
    if head.starts_with(&GZIP_MAGIC) {
        let mut start = [0; 5];
        let mut gz = flate2::read::GzDecoder::new(head);
        gz.read_exact(&mut start).is_ok() && start == MAGIC
    } else {
        head.starts_with(MAGIC)
    }
}

fn open_list(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    Ok(if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        Box::new(BufReader::new(File::open(path)?))
    })
}

fn failed(source: Source, error: impl Into<Error>) -> Item {
    Item {
        source,
        url: None,
        date: None,
        content: Content::Failed(error.into()),
    }
}

fn skipped(path: &Path, skip: Skip) -> Item {
    Item {
        source: Source::File {
            path: path.to_path_buf(),
        },
        url: None,
        date: None,
        content: Content::Skipped(skip),
    }
}
