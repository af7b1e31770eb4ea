//! The Rust core of the `bodycopy` Python package (`bodycopy._core`): the
//! extraction functions, the options object and the exceptions. The Python
//! layer (`bodycopy/__init__.py`) adds keyword options on top.
//!
//! The binding converts at the edge and holds no extraction logic: pages go
//! to [`bodycopy`], batches and WARC files to [`bodycopy_batch`] (the reader
//! and the ordered parallel map the command-line tool uses), and the
//! results come back as dicts. Every extraction runs with the GIL released;
//! the threads of a batch are started for it and stopped after it, so a
//! process forked between two calls starts clean.

#![forbid(unsafe_code)]

mod convert;
mod errors;
mod options;
mod warc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyList, PyString};

use crate::convert::Extracted;

/// Rust's allocations in the module go to mimalloc, not glibc's malloc:
/// about 6% fewer instructions an extraction (see `Cargo.toml`). Python's
/// own objects keep Python's allocator; nothing allocated here is freed by
/// Python or the other way round.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use crate::errors::Failure;
use crate::options::Options;

/// A page as given: text already decoded, or bytes whose charset the
/// library finds.
enum Page {
    Text(String),
    Bytes(Vec<u8>),
}

impl Page {
    /// Copies a `str`, `bytes` or `bytearray` page out of Python.
    fn copy(page: &Bound<'_, PyAny>) -> PyResult<Page> {
        if let Ok(text) = page.cast::<PyString>() {
            Ok(Page::Text(text.to_str()?.to_owned()))
        } else if let Ok(bytes) = page.cast::<PyBytes>() {
            Ok(Page::Bytes(bytes.as_bytes().to_vec()))
        } else if let Ok(bytes) = page.cast::<PyByteArray>() {
            Ok(Page::Bytes(bytes.to_vec()))
        } else {
            Err(not_a_page(page))
        }
    }

    fn extract(&self, options: &bodycopy::Options) -> Result<bodycopy::Article, bodycopy::Error> {
        match self {
            Page::Text(html) => bodycopy::extract_with(html, options),
            Page::Bytes(bytes) => bodycopy::extract_bytes_with(bytes, options),
        }
    }
}

fn not_a_page(page: &Bound<'_, PyAny>) -> PyErr {
    let kind = page
        .get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string());
    PyTypeError::new_err(format!("a page is str or bytes, not {kind}"))
}

/// The library options for one page: the shared ones with its address and
/// transport charset.
fn page_options(
    options: &Options,
    url: Option<String>,
    charset: Option<String>,
) -> bodycopy::Options {
    let mut library = options.library().clone();
    library.url = url;
    library.charset = charset;
    library
}

/// Extracts one page (see `bodycopy.extract`).
#[pyfunction]
#[pyo3(signature = (html, url, charset, options))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<String>,
    charset: Option<String>,
    options: &Options,
) -> PyResult<Bound<'py, PyAny>> {
    let library = page_options(options, url, charset);
    // The page is read in place: `str` and `bytes` are immutable and held
    // by the caller for the whole call.
    let result = if let Ok(text) = html.cast::<PyString>() {
        let text = text.to_str()?;
        py.detach(|| Extracted::of(bodycopy::extract_with(text, &library), options))
    } else if let Ok(bytes) = html.cast::<PyBytes>() {
        let bytes = bytes.as_bytes();
        py.detach(|| Extracted::of(bodycopy::extract_bytes_with(bytes, &library), options))
    } else {
        let page = Page::copy(html)?;
        py.detach(|| Extracted::of(page.extract(&library), options))
    };
    match result {
        Ok(extracted) => extracted.into_py(py),
        Err(failure) => Err(failure.into_err(py)),
    }
}

/// The number of threads asked for: `None` is one per core.
fn pool(threads: Option<usize>) -> PyResult<bodycopy_batch::Pool> {
    match threads {
        Some(0) => Err(PyValueError::new_err(
            "threads must be at least 1 (or None: one per core)",
        )),
        Some(n) => Ok(bodycopy_batch::Pool::new(n)),
        None => Ok(bodycopy_batch::Pool::new(0)),
    }
}

/// Extracts many pages in parallel (see `bodycopy.extract_many`).
#[pyfunction]
#[pyo3(signature = (pages, urls, threads, options))]
fn extract_many<'py>(
    py: Python<'py>,
    pages: &Bound<'py, PyAny>,
    urls: Option<Vec<Option<String>>>,
    threads: Option<usize>,
    options: &Options,
) -> PyResult<Bound<'py, PyList>> {
    let pool = pool(threads)?;
    let mut work = Vec::new();
    for page in pages.try_iter()? {
        work.push(Page::copy(&page?)?);
    }
    let urls = match urls {
        Some(urls) if urls.len() != work.len() => {
            return Err(PyValueError::new_err(format!(
                "{} pages but {} urls: give one url (or None) per page",
                work.len(),
                urls.len()
            )));
        }
        Some(urls) => urls,
        None => vec![None; work.len()],
    };
    let shared = options.clone();
    let results: Vec<Result<Extracted, Failure>> = py.detach(move || {
        pool.map(work.into_iter().zip(urls), move |(page, url)| {
            let library = page_options(&shared, url, None);
            Extracted::of(page.extract(&library), &shared)
        })
        .collect()
    });
    let list = PyList::empty(py);
    for result in results {
        let item = match result {
            Ok(extracted) => extracted.into_py(py)?,
            Err(failure) => failure.into_entry(py)?.into_any(),
        };
        list.append(item)?;
    }
    Ok(list)
}

/// The `bodycopy._core` module.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Options>()?;
    m.add_class::<warc::WarcRecords>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(warc::iter_warc, m)?)?;
    errors::register(m)?;
    Ok(())
}
