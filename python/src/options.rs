//! The options object: built once, shared by every call that takes it,
//! immutable, and pickled by its settings (engines ship it to their
//! workers).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// The format of the body in a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    const ALL: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];

    /// Its name, also the result's key for the body.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// Extraction options, built once and reused for many pages. Every
/// argument is keyword-only and has the default shown.
///
/// - `focus`: how the doubtful edge of the body is decided: `"precision"`,
///   `"balanced"` or `"recall"`.
/// - `format`: the body as `"text"`, `"markdown"` or `"html"` (the key
///   of the body in the result).
/// - `comments`: also return the comment thread (`"comments"`).
/// - `blocks`: also return the body's blocks (`"blocks"`).
/// - `tables`: keep the body's tables.
/// - `links`, `formatting`: keep links and emphasis (in Markdown and HTML,
///   and as the blocks' spans).
/// - `images`, `captions`: keep the body's images (with their figures'
///   captions; `captions` implies `images`).
/// - `max_bytes`: refuse larger pages (`TooLargeError`); `None`, no limit.
/// - `min_words`: fewest words of prose an article needs; `None`, the
///   library's default.
#[pyclass(frozen, eq, module = "bodycopy", name = "Options")]
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    library: bodycopy::Options,
    format: Format,
    blocks: bool,
}

impl Options {
    /// The library's options (without a page's address or charset).
    pub fn library(&self) -> &bodycopy::Options {
        &self.library
    }

    /// The format of the body.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Whether results carry the blocks.
    pub fn blocks(&self) -> bool {
        self.blocks
    }
}

#[pymethods]
impl Options {
    #[new]
    #[pyo3(signature = (*, focus = "balanced", format = "text", comments = false, blocks = false, tables = true, links = false, formatting = false, images = false, captions = false, max_bytes = None, min_words = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        focus: &str,
        format: &str,
        comments: bool,
        blocks: bool,
        tables: bool,
        links: bool,
        formatting: bool,
        images: bool,
        captions: bool,
        max_bytes: Option<usize>,
        min_words: Option<u32>,
    ) -> PyResult<Self> {
        let focus: bodycopy::Focus = focus
            .parse()
            .map_err(|e: bodycopy::ParseFocusError| PyValueError::new_err(e.to_string()))?;
        let format = Format::ALL
            .into_iter()
            .find(|f| f.name() == format)
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "unknown format '{format}' (expected text, markdown or html)"
                ))
            })?;
        let mut library = bodycopy::Options::default()
            .focus(focus)
            .comments(comments)
            .tables(tables)
            .links(links)
            .formatting(formatting)
            .images(images || captions)
            .captions(captions)
            .max_input_bytes(max_bytes);
        if let Some(words) = min_words {
            library.min_article_words = words;
        }
        Ok(Options {
            library,
            format,
            blocks,
        })
    }

    /// `"precision"`, `"balanced"` or `"recall"`.
    #[getter]
    fn focus(&self) -> &'static str {
        self.library.focus.name()
    }

    /// `"text"`, `"markdown"` or `"html"`.
    #[getter(format)]
    fn format_name(&self) -> &'static str {
        self.format.name()
    }

    /// Whether results carry the comment thread.
    #[getter]
    fn comments(&self) -> bool {
        self.library.comments
    }

    /// Whether results carry the body's blocks.
    #[getter(blocks)]
    fn with_blocks(&self) -> bool {
        self.blocks
    }

    /// Whether the body's tables are kept.
    #[getter]
    fn tables(&self) -> bool {
        self.library.tables
    }

    /// Whether the body's links are kept.
    #[getter]
    fn links(&self) -> bool {
        self.library.links
    }

    /// Whether emphasis and inline code are kept.
    #[getter]
    fn formatting(&self) -> bool {
        self.library.formatting
    }

    /// Whether the body's images are kept.
    #[getter]
    fn images(&self) -> bool {
        self.library.images
    }

    /// Whether images keep their figures' captions.
    #[getter]
    fn captions(&self) -> bool {
        self.library.captions
    }

    /// The largest page accepted, in bytes (`None`: no limit).
    #[getter]
    fn max_bytes(&self) -> Option<usize> {
        self.library.max_input_bytes
    }

    /// The fewest words of prose an article needs.
    #[getter]
    fn min_words(&self) -> u32 {
        self.library.min_article_words
    }

    /// The settings by name: `Options(**options.as_dict())` is an equal
    /// object.
    fn as_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("focus", self.focus())?;
        dict.set_item("format", self.format_name())?;
        dict.set_item("comments", self.comments())?;
        dict.set_item("blocks", self.blocks)?;
        dict.set_item("tables", self.tables())?;
        dict.set_item("links", self.links())?;
        dict.set_item("formatting", self.formatting())?;
        dict.set_item("images", self.images())?;
        dict.set_item("captions", self.captions())?;
        dict.set_item("max_bytes", self.max_bytes())?;
        dict.set_item("min_words", self.min_words())?;
        Ok(dict)
    }

    /// Pickling (protocol 2 and later) and copying: the settings, given
    /// again to the constructor.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.as_dict(py)?))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let default = Options::new(
            "balanced", "text", false, false, true, false, false, false, false, None, None,
        )?
        .as_dict(py)?;
        let mut changed = Vec::new();
        for (key, value) in self.as_dict(py)?.iter() {
            let unchanged = match default.get_item(&key)? {
                Some(default) => default.eq(&value)?,
                None => false,
            };
            if !unchanged {
                changed.push(format!("{key}={}", value.repr()?));
            }
        }
        Ok(format!("Options({})", changed.join(", ")))
    }
}
