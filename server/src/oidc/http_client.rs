//! The HTTP client `openidconnect` talks to the provider with (discovery, keys, token
//! exchange): hyper's client from hyper-util, which the server's hyper already brings, with
//! rustls (ring) for TLS and the system's root certificates. reqwest (the crate's default) would
//! add a second HTTP stack for these few requests. Redirects are never followed (a provider
//! that redirects its token endpoint could otherwise point the server anywhere), answers are
//! limited to 1 MiB and every request to 10 s.

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use openidconnect::{AsyncHttpClient, HttpRequest, HttpResponse};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);
const MAX_ANSWER_BYTES: usize = 1024 * 1024;

#[derive(Clone)]
pub struct HttpClient(Client<HttpsConnector<HttpConnector>, Full<Bytes>>);

#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    #[error("request failed: {0}")]
    Request(#[from] hyper_util::client::legacy::Error),
    #[error("no answer within {TIMEOUT:?}")]
    Timeout,
    #[error("answer unreadable or over {MAX_ANSWER_BYTES} bytes: {0}")]
    Body(String),
}

impl HttpClient {
    /// A client trusting the system's root certificates; plain http only where the settings
    /// allow it (a provider on loopback, see `ProviderSettings::check`).
    pub fn new() -> std::io::Result<HttpClient> {
        let connector =
            hyper_rustls::HttpsConnectorBuilder::new().with_native_roots()?.https_or_http().enable_http1().build();
        Ok(HttpClient(Client::builder(TokioExecutor::new()).build(connector)))
    }

    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let (parts, body) = request.into_parts();
        let request = axum::http::Request::from_parts(parts, Full::new(Bytes::from(body)));
        let exchange = async {
            let response = self.0.request(request).await?;
            let (parts, body) = response.into_parts();
            let bytes = Limited::new(body, MAX_ANSWER_BYTES)
                .collect()
                .await
                .map_err(|e| HttpError::Body(e.to_string()))?
                .to_bytes();
            Ok(axum::http::Response::from_parts(parts, bytes.to_vec()))
        };
        tokio::time::timeout(TIMEOUT, exchange).await.map_err(|_| HttpError::Timeout)?
    }
}

impl<'c> AsyncHttpClient<'c> for HttpClient {
    type Error = HttpError;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, HttpError>> + Send + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.send(request))
    }
}
