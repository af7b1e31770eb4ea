//! Where the output goes: standard output, a file (gzip'd when its name
//! ends in `.gz`), or one file per page under a folder.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;

use bodycopy_batch::Source;

use crate::cli::Format;
use crate::render::{self, Rendered};

pub enum Sink {
    /// One stream; `headers` starts each page of text output with a line
    /// naming its source.
    Stream {
        out: Out,
        headers: bool,
        format: Format,
        /// A page was written (text pages are then set apart by a blank line).
        started: bool,
    },
    /// One file per page.
    Folder {
        dir: PathBuf,
        folders: Vec<PathBuf>,
        ext: &'static str,
    },
}

/// The stream written to.
pub enum Out {
    Plain(Box<dyn Write>),
    /// Finished (its trailer written) at the end.
    Gzip(Box<GzEncoder<BufWriter<File>>>),
}

impl Out {
    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Out::Plain(out) => out,
            Out::Gzip(gz) => gz.as_mut(),
        }
    }
}

impl Sink {
    /// Standard output, or `path` when given.
    pub fn stream(path: Option<&Path>, format: Format, headers: bool) -> io::Result<Sink> {
        let out = match path {
            None => Out::Plain(Box::new(BufWriter::with_capacity(64 << 10, io::stdout()))),
            Some(path) => {
                let file = BufWriter::with_capacity(64 << 10, File::create(path)?);
                if path.extension().is_some_and(|e| e == "gz") {
                    Out::Gzip(Box::new(GzEncoder::new(
                        file,
                        flate2::Compression::default(),
                    )))
                } else {
                    Out::Plain(Box::new(file))
                }
            }
        };
        Ok(Sink::Stream {
            out,
            headers,
            format,
            started: false,
        })
    }

    /// One file per page under `dir`; `folders` are the folders given on
    /// the command line, whose own paths are left out of the names.
    pub fn folder(dir: PathBuf, folders: Vec<PathBuf>, format: Format) -> Sink {
        Sink::Folder {
            dir,
            folders,
            ext: format.extension(),
        }
    }

    /// Writes a page's output, if it has one.
    pub fn write(&mut self, page: &Rendered) -> io::Result<()> {
        let Some(output) = &page.output else {
            return Ok(());
        };
        match self {
            Sink::Stream {
                out,
                headers,
                format,
                started,
            } => {
                let out = out.writer();
                if *format != Format::Json {
                    if *started {
                        out.write_all(b"\n")?;
                    }
                    // A WARC record is named even when its file was the
                    // only input.
                    if *headers || matches!(page.source, Source::Warc { .. }) {
                        out.write_all(
                            render::header(&page.source, page.url.as_deref()).as_bytes(),
                        )?;
                    }
                }
                *started = true;
                out.write_all(output.as_bytes())
            }
            Sink::Folder { dir, folders, ext } => {
                let path = dir.join(render::output_name(&page.source, folders, ext));
                write_file(&path, output.as_bytes())
            }
        }
    }

    /// Flushes what is buffered (and finishes a gzip'd file).
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stream {
                out: Out::Plain(mut out),
                ..
            } => out.flush(),
            Sink::Stream {
                out: Out::Gzip(gz), ..
            } => gz.finish()?.flush(),
            Sink::Folder { .. } => Ok(()),
        }
    }
}

/// Writes a file, creating its folders.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, bytes)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display())))
}
