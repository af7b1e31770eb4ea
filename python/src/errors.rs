//! Errors as Python sees them: takes the library's [`bodycopy::Error`] (or
//! the batch crate's, for a WARC record), gives an exception of the class
//! for its kind, or the `{"error": {"kind", "message"}}` entry that stands
//! for a page in a batch.
//!
//! The classes: `Error` (a `ValueError`), and under it one per kind of the
//! library's error. `EmptyError` is a `NoArticleError`: an empty page has
//! no article either. The message is the library's own.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::Value;

use crate::convert::{to_py, to_value};

create_exception!(
    bodycopy,
    Error,
    PyValueError,
    "Why a page gave no article; `kind` names the kind (a class attribute)."
);
create_exception!(
    bodycopy,
    NoArticleError,
    Error,
    "No part of the page reads as an article body. `title` and `metadata` say what was found."
);
create_exception!(
    bodycopy,
    EmptyError,
    NoArticleError,
    "The page is empty or only whitespace."
);
create_exception!(
    bodycopy,
    NotHtmlError,
    Error,
    "The page's bytes are a known binary format (PDF, an image, ...), not HTML."
);
create_exception!(
    bodycopy,
    TooLargeError,
    Error,
    "The page is larger than the `max_bytes` option."
);

/// The classes and their kinds, as the module exports them.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let classes = [
        (py.get_type::<Error>(), "error"),
        (py.get_type::<NoArticleError>(), "no_article"),
        (py.get_type::<EmptyError>(), "empty"),
        (py.get_type::<NotHtmlError>(), "not_html"),
        (py.get_type::<TooLargeError>(), "too_large"),
    ];
    for (class, kind) in classes {
        class.setattr("kind", kind)?;
        m.add(class.name()?, class)?;
    }
    Ok(())
}

/// Why a page gave no article, ready for Python.
pub struct Failure {
    kind: &'static str,
    message: String,
    /// For a page without an article: its title and metadata.
    page: Option<(Option<String>, Value)>,
}

impl Failure {
    /// The library's error.
    pub fn extract(error: &bodycopy::Error) -> Failure {
        let page = match error {
            bodycopy::Error::NoArticle { page, .. } => {
                Some((page.title.clone(), to_value(&page.metadata)))
            }
            _ => None,
        };
        Failure {
            kind: kind(error),
            message: error.to_string(),
            page,
        }
    }

    /// The batch crate's error, for a WARC record: the library's, or one of
    /// reading the record (`decode`, `io`, `warc`).
    pub fn batch(error: &bodycopy_batch::Error) -> Failure {
        match error {
            bodycopy_batch::Error::Extract(error) => Failure::extract(error),
            other => Failure {
                kind: other.kind(),
                message: other.to_string(),
                page: None,
            },
        }
    }

    /// The exception to raise.
    pub fn into_err(self, py: Python<'_>) -> PyErr {
        let err = match self.kind {
            "no_article" => NoArticleError::new_err(self.message),
            "empty" => EmptyError::new_err(self.message),
            "not_html" => NotHtmlError::new_err(self.message),
            "too_large" => TooLargeError::new_err(self.message),
            _ => Error::new_err(self.message),
        };
        if let Some((title, metadata)) = self.page {
            let value = err.value(py);
            let set = value
                .setattr("title", title)
                .and_then(|()| value.setattr("metadata", to_py(py, &metadata)?));
            if let Err(error) = set {
                return error;
            }
        }
        err
    }

    /// The entry standing for the page in a batch: `{"error": {"kind",
    /// "message"}}`, with the page's `title` and `metadata` when it has no
    /// article.
    pub fn into_entry(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let entry = PyDict::new(py);
        let error = PyDict::new(py);
        error.set_item("kind", self.kind)?;
        error.set_item("message", self.message)?;
        entry.set_item("error", error)?;
        if let Some((title, metadata)) = self.page {
            entry.set_item("title", title)?;
            entry.set_item("metadata", to_py(py, &metadata)?)?;
        }
        Ok(entry)
    }
}

/// The kind of the library's error, as the classes' `kind` names it.
fn kind(error: &bodycopy::Error) -> &'static str {
    match error {
        bodycopy::Error::Empty => "empty",
        bodycopy::Error::NoArticle { .. } => "no_article",
        bodycopy::Error::NotHtml { .. } => "not_html",
        bodycopy::Error::TooLarge { .. } => "too_large",
        _ => "error",
    }
}
