//! `helder-server`: the authoritative result over HTTP and the command line. It returns exactly
//! what `helder-core` computed; it never does arithmetic of its own.

pub mod api;
pub mod auth;
pub mod backup;
pub mod batch;
pub mod call_notes;
pub mod campaign_news;
pub mod case_summary;
pub mod changes;
pub mod cli;
pub mod client_address;
pub mod correction_requests;
pub mod db;
pub mod demo;
pub mod dutch_day;
pub mod email;
pub mod error;
pub mod http;
pub mod impact;
pub mod import;
pub mod input;
pub mod letters;
pub mod news;
pub mod news_job;
pub mod oidc;
pub mod outbox;
pub mod passwords;
pub mod ratelimit;
pub mod result_cache;
pub mod search_terms;
pub mod serve;
pub mod session_policy;
pub mod stored_results;
pub mod workbench;
