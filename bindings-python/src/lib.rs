//! Python bindings of ils-core: conversion and error mapping only. Every rule lives in `ils_core`.
//!
//! The native module is `ils_core._native`; the package `ils_core` (bindings-python/python/)
//! re-exports it beside the exception classes, which are defined in Python (`ils_core._errors`,
//! one class per error code) so that they carry typed attributes.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use ils_core::callnumber::{
    self, CallNumber, CallNumberError, CallNumberErrorKind, PrefixFiling, Scheme, ShelvingPolicy, ShelvingPolicyError,
};
use pyo3::basic::CompareOp;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// Raises the class `ils_core._errors` maps `code` to, with the message and attributes given.
fn ils_error(py: Python<'_>, code: &str, message: String, attributes: &[(&str, Py<PyAny>)]) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let class = py.import("ils_core._errors")?.getattr("BY_CODE")?.get_item(code)?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("code", code)?;
        for (name, value) in attributes {
            kwargs.set_item(*name, value)?;
        }
        Ok(PyErr::from_value(class.call((message,), Some(&kwargs))?))
    };
    build().unwrap_or_else(|err| err)
}

fn call_number_error(py: Python<'_>, e: &CallNumberError) -> PyErr {
    let attributes = [
        ("input", PyString::new(py, e.input()).into_any().unbind()),
        ("position", e.char_index().into_pyobject(py).map_or_else(|never| match never {}, |n| n.into_any().unbind())),
    ];
    ils_error(py, e.code(), e.to_string(), &attributes)
}

fn policy_error(py: Python<'_>, e: &ShelvingPolicyError) -> PyErr {
    ils_error(py, e.code(), e.to_string(), &[])
}

/// A JSON value as the equivalent Python object (dict, list, str, int, bool, None).
fn to_python(py: Python<'_>, value: &serde_json::Value) -> PyResult<Py<PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_pyobject(py)?.into_any().unbind(),
            None => n.as_f64().unwrap_or_default().into_pyobject(py)?.into_any().unbind(),
        },
        Value::String(s) => PyString::new(py, s).into_any().unbind(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                let is_empty = matches!(v, Value::Null) || matches!(v, Value::Array(a) if a.is_empty());
                if !is_empty {
                    dict.set_item(k, to_python(py, v)?)?;
                }
            }
            dict.into_any().unbind()
        }
    })
}

fn serialized<T: serde::Serialize>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    let json = serde_json::to_value(value).map_err(|e| PyTypeError::new_err(e.to_string()))?;
    to_python(py, &json)
}

/// Which prefixes are recognised and where prefixed call numbers file.
#[pyclass(module = "ils_core", name = "ShelvingPolicy", frozen)]
struct PyShelvingPolicy {
    inner: ShelvingPolicy,
}

#[pymethods]
impl PyShelvingPolicy {
    #[new]
    #[pyo3(signature = (prefixes = None, prefix_filing = "grouped"))]
    fn new(py: Python<'_>, prefixes: Option<Vec<String>>, prefix_filing: &str) -> PyResult<Self> {
        let filing: PrefixFiling = prefix_filing.parse().map_err(|e| policy_error(py, &e))?;
        let inner = match prefixes {
            None => ShelvingPolicy::default().with_filing(filing),
            Some(list) => ShelvingPolicy::new(list, filing).map_err(|e| policy_error(py, &e))?,
        };
        Ok(PyShelvingPolicy { inner })
    }

    /// The prefixes recognised, as they display.
    #[getter]
    fn prefixes(&self) -> Vec<String> {
        self.inner.prefixes().map(str::to_owned).collect()
    }

    /// Where prefixed call numbers file: "grouped" (after the others, by prefix) or "ignore".
    #[getter]
    fn prefix_filing(&self) -> &'static str {
        self.inner.prefix_filing().as_str()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let prefixes = PyList::new(py, self.prefixes())?;
        let filing = PyString::new(py, self.prefix_filing());
        Ok(format!("ShelvingPolicy(prefixes={}, prefix_filing={})", prefixes.repr()?, filing.repr()?))
    }

    fn __eq__(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

fn policy_of(policy: Option<&Bound<'_, PyShelvingPolicy>>) -> ShelvingPolicy {
    policy.map(|p| p.get().inner.clone()).unwrap_or_default()
}

/// A call number read in its scheme (LC, NLM, Dewey, SuDocs or local text).
#[pyclass(module = "ils_core", name = "CallNumber", frozen)]
struct PyCallNumber {
    inner: CallNumber,
}

#[pymethods]
impl PyCallNumber {
    #[new]
    #[pyo3(signature = (call_number, scheme = None, policy = None))]
    fn new(
        py: Python<'_>,
        call_number: &str,
        scheme: Option<&str>,
        policy: Option<&Bound<'_, PyShelvingPolicy>>,
    ) -> PyResult<Self> {
        let policy = policy_of(policy);
        let parsed = match scheme {
            None => CallNumber::parse_with(call_number, &policy),
            Some(name) => {
                let scheme: Scheme = name.parse().map_err(|e: callnumber::UnknownScheme| {
                    ils_error(py, callnumber::UnknownScheme::CODE, e.to_string(), &[])
                })?;
                CallNumber::parse_as_with(call_number, scheme, &policy)
            }
        };
        parsed.map(|inner| PyCallNumber { inner }).map_err(|e| call_number_error(py, &e))
    }

    /// The scheme: "lc", "nlm", "dewey", "sudoc" or "local".
    #[getter]
    fn scheme(&self) -> &'static str {
        self.inner.scheme().as_str()
    }

    /// The shelf-order sort key.
    #[getter]
    fn sort_key(&self) -> &str {
        self.inner.key()
    }

    /// The sort key without item parts (v.2, c.3): shared by the volumes and copies of a title.
    #[getter]
    fn base_key(&self) -> &str {
        self.inner.base_key()
    }

    /// The key that ends a range taking in every call number that extends this one.
    #[getter]
    fn range_end_key(&self) -> String {
        self.inner.range_end_key()
    }

    /// A key whose order is the reverse of shelf order (descending browse).
    #[getter]
    fn reverse_key(&self) -> String {
        self.inner.reverse_key()
    }

    /// The class letters in upper case ("QA"; "" for other schemes).
    #[getter]
    fn class_letters(&self) -> &str {
        self.inner.class_letters()
    }

    /// The class number as written ("76.73", "005.133"; "" for other schemes).
    #[getter]
    fn class_number(&self) -> &str {
        self.inner.class_number()
    }

    /// The named parts as a dict (only those present): prefixes, class_letters, class_number,
    /// cutters, other, item_parts, agency, stem, book_number, text, suffixes.
    #[getter]
    fn parts(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serialized(py, &self.inner.parts())
    }

    /// Which scheme was chosen and why: a dict with "scheme", "reason" (the rule and its
    /// facts), "affixes", "prefix_filing" and "sentence".
    fn explain(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        serialized(py, &self.inner.explain())
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

/// Reads an iterable of str into owned strings; a non-str item raises TypeError naming it.
fn strings<'py>(function: &str, items: &Bound<'py, PyAny>) -> PyResult<(Vec<String>, Vec<Bound<'py, PyAny>>)> {
    let capacity = items.len().unwrap_or(0);
    let (mut texts, mut objects) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
    for (index, item) in items.try_iter()?.enumerate() {
        let item = item?;
        let Ok(s) = item.cast::<PyString>() else {
            let type_name = item.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
            return Err(PyTypeError::new_err(format!("{function}: item {index} is {type_name}, not str")));
        };
        texts.push(s.to_cow()?.into_owned());
        objects.push(item);
    }
    Ok((texts, objects))
}

/// The shelf-order sort key of any string; never raises for a str.
#[pyfunction]
#[pyo3(signature = (call_number, policy = None))]
fn sort_key(call_number: &str, policy: Option<&Bound<'_, PyShelvingPolicy>>) -> String {
    callnumber::sort_key_with(call_number, &policy_of(policy))
}

/// The sort keys of an iterable of str, in order, computed without holding the GIL.
#[pyfunction]
#[pyo3(signature = (call_numbers, policy = None))]
fn sort_keys<'py>(
    py: Python<'py>,
    call_numbers: &Bound<'py, PyAny>,
    policy: Option<&Bound<'py, PyShelvingPolicy>>,
) -> PyResult<Bound<'py, PyList>> {
    let (texts, _) = strings("sort_keys", call_numbers)?;
    let policy = policy_of(policy);
    let keys = py.detach(move || callnumber::sort_keys_with(&texts, &policy));
    PyList::new(py, keys)
}

/// The items of an iterable of str in shelf order (a new list of the same str objects).
#[pyfunction]
#[pyo3(signature = (call_numbers, policy = None))]
fn shelf_sort<'py>(
    py: Python<'py>,
    call_numbers: &Bound<'py, PyAny>,
    policy: Option<&Bound<'py, PyShelvingPolicy>>,
) -> PyResult<Bound<'py, PyList>> {
    let (texts, objects) = strings("shelf_sort", call_numbers)?;
    let policy = policy_of(policy);
    let order = py.detach(move || callnumber::shelf_order(&texts, &policy));
    PyList::new(py, order.into_iter().filter_map(|i| objects.get(i)))
}

/// Every error code the native module can raise, for the check that each has its class.
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = CallNumberErrorKind::CODES.to_vec();
    codes.extend(ShelvingPolicyError::CODES);
    codes.push(callnumber::UnknownScheme::CODE);
    codes
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCallNumber>()?;
    m.add_class::<PyShelvingPolicy>()?;
    m.add_function(wrap_pyfunction!(sort_key, m)?)?;
    m.add_function(wrap_pyfunction!(sort_keys, m)?)?;
    m.add_function(wrap_pyfunction!(shelf_sort, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    Ok(())
}
