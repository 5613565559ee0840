//! # ils-core
//!
//! The rules library staff apply every day, as pure, embeddable logic: no clock, no files, no
//! network; the same inputs always give the same outputs.
//!
//! This release covers **call numbers and shelf order** ([`callnumber`]): reading Library of
//! Congress, NLM and Dewey call numbers and computing sort keys whose byte order is shelf order.
//!
//! ```
//! use ils_core::callnumber::{sort_key, CallNumber, Scheme};
//!
//! // Put returned items in shelf order.
//! let mut cart = vec!["QA76.73 .P98 L88 2013", "005.133 J38 2004 v.10", "QA76 .S73 no.93-11",
//!                     "005.133 J38 2004 v.2", "QA76.73 .P98 L88 2010"];
//! cart.sort_by_cached_key(|c| sort_key(c));
//! assert_eq!(cart, ["QA76 .S73 no.93-11", "QA76.73 .P98 L88 2010", "QA76.73 .P98 L88 2013",
//!                   "005.133 J38 2004 v.2", "005.133 J38 2004 v.10"]);
//!
//! // Read one call number; errors say what is wrong and where.
//! assert_eq!(CallNumber::parse("e184 .a1")?.to_string(), "E184 .A1");
//! assert_eq!(CallNumber::parse("QS 504 G67 2005")?.scheme(), Scheme::Nlm);
//! let err = CallNumber::parse("QA76..73").unwrap_err();
//! assert_eq!(err.to_string(), r#""QA76..73": unexpected '.' at byte 5"#);
//! # Ok::<(), ils_core::callnumber::CallNumberError>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(not(test), warn(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

pub mod callnumber;

// The Rust examples of README.md run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
