//! WARC files: takes a path, gives an iterator of one dict per HTML
//! response record, read and extracted by `bodycopy-batch` (the reader and
//! the ordered parallel map of the command-line tool) on a pool of threads
//! of the iterator's own.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use bodycopy_batch::{OrderedMap, Source, Status, WarcReader};
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::convert::Extracted;
use crate::errors::Failure;
use crate::options::Options;

/// A record's place and what became of it; `None` for a record that is no
/// page (a request, metadata, a response that is not HTML or not 2xx).
type Record = Option<(Where, Result<Extracted, Failure>)>;

/// Where a record is: its address, `WARC-Record-ID`, `WARC-Date` and
/// offset.
struct Where {
    url: Option<String>,
    record_id: Option<String>,
    date: Option<String>,
    offset: Option<u64>,
}

/// The records of a WARC file, extracted (see `bodycopy.iter_warc`).
///
/// Its threads run while it is iterated and stop when it is exhausted or
/// dropped. Iterate it in the process that made it: threads do not survive
/// a fork.
#[pyclass(frozen, module = "bodycopy")]
pub struct WarcRecords {
    records: Mutex<OrderedMap<Record>>,
}

#[pymethods]
impl WarcRecords {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        loop {
            let next = py.detach(|| {
                self.records
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .next()
            });
            match next {
                None => return Ok(None),
                Some(None) => {}
                Some(Some((place, result))) => return entry(py, place, result).map(Some),
            }
        }
    }
}

/// The dict for a record: its place, then its result.
fn entry<'py>(
    py: Python<'py>,
    place: Where,
    result: Result<Extracted, Failure>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("url", place.url)?;
    dict.set_item("warc_record_id", place.record_id)?;
    dict.set_item("warc_date", place.date)?;
    dict.set_item("warc_offset", place.offset)?;
    let result = match result {
        Ok(extracted) => extracted.into_py(py)?.cast_into::<PyDict>()?,
        Err(failure) => failure.into_entry(py)?,
    };
    dict.update(result.as_mapping())?;
    Ok(dict)
}

/// Reads a WARC file's records and extracts its HTML pages (see
/// `bodycopy.iter_warc`).
#[pyfunction]
#[pyo3(signature = (path, threads, options))]
pub fn iter_warc(
    py: Python<'_>,
    path: PathBuf,
    threads: Option<usize>,
    options: &Options,
) -> PyResult<WarcRecords> {
    let pool = crate::pool(threads)?;
    let reader = py
        .detach(|| WarcReader::open(&path))
        .map_err(|e| {
            PyOSError::new_err((e.raw_os_error().unwrap_or(0), e.to_string(), path.clone()))
        })?
        .max_page_bytes(options.library().max_input_bytes);
    let options = options.clone();
    let records = pool.map(reader, move |item| {
        let outcome = item.extract(options.library());
        let (record_id, offset) = match outcome.source {
            Source::Warc {
                record_id, offset, ..
            } => (record_id, Some(offset)),
            _ => (None, None),
        };
        let place = Where {
            url: outcome.url,
            record_id,
            date: outcome.date,
            offset,
        };
        match outcome.status {
            Status::Extracted(article) => Some((place, Extracted::of(Ok(*article), &options))),
            Status::Failed(error) => Some((place, Err(Failure::batch(&error)))),
            _ => None,
        }
    });
    Ok(WarcRecords {
        records: Mutex::new(records),
    })
}
