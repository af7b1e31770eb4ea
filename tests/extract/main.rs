//! The integration tests: one binary, one module per concern.
//!
//! - `hostile`: huge, deep, flooded, hidden and non-HTML input.
//! - `properties`: random pages from a grammar of real elements.

mod hostile;
mod properties;
