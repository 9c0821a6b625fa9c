//! `helder-server`: the authoritative result over HTTP and the command line. It returns exactly
//! what `helder-core` computed; it never does arithmetic of its own.

pub mod batch;
pub mod cli;
pub mod http;
