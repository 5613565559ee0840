//! Python bindings of ils-core: conversion and error mapping only. Every rule lives in `ils_core`.
//!
//! The native module is `ils_core._native`; the package `ils_core` (bindings-python/python/)
//! re-exports it beside the exception classes, which are defined in Python (`ils_core._errors`)
//! so that they carry typed attributes.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use ils_core::callnumber::{self, CallNumber, CallNumberError, Scheme};
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// Raises the Python exception class `ils_core._errors.<class>` with the error's message, code,
/// input and 0-based character position.
fn call_number_error(py: Python<'_>, e: &CallNumberError) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let class = py.import("ils_core._errors")?.getattr("CallNumberError")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("code", e.code())?;
        kwargs.set_item("input", e.input())?;
        kwargs.set_item("position", e.char_index())?;
        Ok(PyErr::from_value(
            class.call((e.to_string(),), Some(&kwargs))?,
        ))
    };
    build().unwrap_or_else(|err| err)
}

/// A call number read in its scheme (LC, NLM or Dewey).
#[pyclass(module = "ils_core", name = "CallNumber", frozen)]
struct PyCallNumber {
    inner: CallNumber,
}

#[pymethods]
impl PyCallNumber {
    #[new]
    #[pyo3(signature = (call_number, scheme = None))]
    fn new(py: Python<'_>, call_number: &str, scheme: Option<&str>) -> PyResult<Self> {
        let parsed = match scheme {
            None => CallNumber::parse(call_number),
            Some(name) => {
                let scheme: Scheme = name
                    .parse()
                    .map_err(|e: callnumber::UnknownScheme| PyValueError::new_err(e.to_string()))?;
                CallNumber::parse_as(call_number, scheme)
            }
        };
        parsed
            .map(|inner| PyCallNumber { inner })
            .map_err(|e| call_number_error(py, &e))
    }

    /// The scheme: "lc", "nlm" or "dewey".
    #[getter]
    fn scheme(&self) -> &'static str {
        self.inner.scheme().as_str()
    }

    /// The shelf-order sort key.
    #[getter]
    fn sort_key(&self) -> &str {
        self.inner.key()
    }

    /// The class letters in upper case ("QA"; "" for Dewey).
    #[getter]
    fn class_letters(&self) -> &str {
        self.inner.class_letters()
    }

    /// The class number as written ("76.73", "005.133").
    #[getter]
    fn class_number(&self) -> &str {
        self.inner.class_number()
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let display = PyString::new(py, &self.inner.to_string());
        Ok(format!("CallNumber({})", display.repr()?))
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.inner.key().hash(&mut h);
        h.finish()
    }

    /// Shelf order; a comparison with anything but a CallNumber is NotImplemented.
    fn __richcmp__(&self, other: &Self, op: CompareOp) -> bool {
        op.matches(self.inner.cmp(&other.inner))
    }
}

/// The shelf-order sort key of any string; never raises for a str.
#[pyfunction]
fn sort_key(call_number: &str) -> String {
    callnumber::sort_key(call_number)
}

/// The sort keys of an iterable of str, in order, computed without holding the GIL.
#[pyfunction]
fn sort_keys<'py>(
    py: Python<'py>,
    call_numbers: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let mut texts: Vec<String> = Vec::with_capacity(call_numbers.len().unwrap_or(0));
    for (index, item) in call_numbers.try_iter()?.enumerate() {
        let item = item?;
        let Ok(s) = item.cast::<PyString>() else {
            let type_name = item
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into());
            return Err(PyTypeError::new_err(format!(
                "sort_keys: item {index} is {type_name}, not str"
            )));
        };
        texts.push(s.to_cow()?.into_owned());
    }
    let keys = py.detach(move || callnumber::sort_keys(&texts));
    PyList::new(py, keys)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCallNumber>()?;
    m.add_function(wrap_pyfunction!(sort_key, m)?)?;
    m.add_function(wrap_pyfunction!(sort_keys, m)?)?;
    Ok(())
}
