//! Results as Python sees them: takes an [`bodycopy::Article`], gives the
//! result dict (`title`, the body under its format's name, `metadata`, and
//! `comments` and `blocks` when asked).
//!
//! Everything but the last step runs on the worker threads without the
//! GIL: the body is rendered and the library's serde form of the metadata,
//! comments and blocks built there; with the GIL, only Python objects are
//! made from them.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde_json::Value;

use crate::errors::Failure;
use crate::options::{Format, Options};

/// An article, ready to become a result dict.
pub struct Extracted {
    title: Option<String>,
    kind: Value,
    format: Format,
    body: String,
    metadata: Value,
    comments: Option<Value>,
    blocks: Option<Value>,
}

impl Extracted {
    /// What the options ask for of an extraction's result.
    pub fn of(
        result: Result<bodycopy::Article, bodycopy::Error>,
        options: &Options,
    ) -> Result<Extracted, Failure> {
        let article = result.map_err(|error| Failure::extract(&error))?;
        let format = options.format();
        let body = match format {
            Format::Text => article.text.clone(),
            Format::Markdown => article.to_markdown(),
            Format::Html => article.to_html(),
        };
        let comments = options.library().comments.then(|| {
            let mut value = to_value(&article.comments);
            if let Value::Array(comments) = &mut value {
                for comment in comments {
                    if let Some(Value::Array(blocks)) = comment.get_mut("blocks") {
                        blocks.iter_mut().for_each(spans_in_code_points);
                    }
                }
            }
            value
        });
        let blocks = options.blocks().then(|| {
            let mut value = to_value(&article.blocks);
            if let Value::Array(blocks) = &mut value {
                blocks.iter_mut().for_each(spans_in_code_points);
            }
            value
        });
        Ok(Extracted {
            title: article.title,
            kind: to_value(&article.kind),
            format,
            body,
            metadata: to_value(&article.metadata),
            comments,
            blocks,
        })
    }

    /// The result dict.
    pub fn into_py(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let dict = PyDict::new(py);
        dict.set_item("title", self.title)?;
        dict.set_item("kind", to_py(py, &self.kind)?)?;
        dict.set_item(self.format.name(), self.body)?;
        dict.set_item("metadata", to_py(py, &self.metadata)?)?;
        if let Some(comments) = &self.comments {
            dict.set_item("comments", to_py(py, comments)?)?;
        }
        if let Some(blocks) = &self.blocks {
            dict.set_item("blocks", to_py(py, blocks)?)?;
        }
        Ok(dict.into_any())
    }
}

/// The library's serde form of a value (its JSON, as the command-line tool
/// writes it).
pub fn to_value(value: &impl serde::Serialize) -> Value {
    // The library's types serialise to JSON without fail (string keys, no
    // non-finite numbers in these fields).
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Makes the spans of a block index its text as Python does, by code
/// point, where the library gives UTF-8 byte offsets: `text[start:end]` is
/// then the span's text in Python too.
fn spans_in_code_points(block: &mut Value) {
    let Some(Value::String(text)) = block.get("text") else {
        return;
    };
    let text = text.clone();
    let Some(Value::Array(spans)) = block.get_mut("spans") else {
        return;
    };
    let code_points = |byte: u64| -> u64 {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        text.get(..byte).map_or(0, |s| s.chars().count() as u64)
    };
    for span in spans {
        for key in ["start", "end"] {
            if let Some(offset) = span.get(key).and_then(Value::as_u64) {
                span[key] = Value::from(code_points(offset));
            }
        }
    }
}

/// Python objects from the serde form: dicts, lists, str, int, float,
/// bool and None.
pub fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (_, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(fields) => {
            let dict = PyDict::new(py);
            for (key, item) in fields {
                dict.set_item(key, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}
