//! depeche: who said what about which country in French press dispatches.
//!
//! The pipeline is a chain of stages with plain data between them, one module each:
//! [`ingest`] (files → documents) → [`text`] (sentences and words with code-point
//! offsets) → [`ner`] + [`model`] (entities) → [`output`] (CSV / JSONL). The
//! [`pipeline`] module wires them; `main.rs` only parses the command line.

pub mod actors;
pub mod document;
pub mod evaluate;
pub mod ingest;
pub mod manifest;
pub mod matrix;
pub mod model;
pub mod ner;
pub mod output;
pub mod pipeline;
pub mod resources;
pub mod statements;
pub mod text;
