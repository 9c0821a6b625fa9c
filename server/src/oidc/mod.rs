//! OpenID Connect sign-in (authorization code flow with PKCE) behind the `IdentityProvider`
//! seam, for two providers: clients through DigiD (brokers that speak OpenID Connect; the BSN
//! comes from a configured claim) and staff through the organisation's single sign-on (Helder's
//! role from a configured role claim). Each provider is discovered at start-up.
//!
//! A sign-in: `start` makes a random `state`, `nonce` and PKCE verifier, keeps them in
//! `oidc_flows` bound to the browser (a random token in a SameSite=Lax flow cookie, which the
//! provider's redirect back carries) and sends the browser to the provider. `callback` takes the
//! flow out of the table (once), checks the browser and the state, exchanges the code with the
//! verifier, and verifies the ID token (signature against the provider's keys, issuer, audience,
//! expiry, nonce) with `openidconnect`. Claims are read from the ID token only. The BSN travels
//! only in that token, server to server: never in a URL, never in a log (`Claims` does not print
//! its values).

pub mod config;
pub mod http_client;
pub mod routes;

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, Client, ClientId, ClientSecret, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, IdTokenFields, IssuerUrl, RedirectUrl, StandardErrorResponse, StandardTokenResponse,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use crate::auth::EmployeeRole;
use http_client::HttpClient;

/// Which of the two providers: the path segment of its endpoints and redirect URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Clients, through DigiD.
    Client,
    /// The organisation's staff, through its single sign-on.
    Staff,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Client => "client",
            Audience::Staff => "staff",
        }
    }

    pub fn parse(text: &str) -> Option<Audience> {
        match text {
            "client" => Some(Audience::Client),
            "staff" => Some(Audience::Staff),
            _ => None,
        }
    }
}

/// One provider's settings, from `helder serve`'s flags and environment.
#[derive(Clone)]
pub struct ProviderSettings {
    pub issuer: String,
    pub client_id: String,
    /// From a file or the environment, never a flag (flags show in `ps`).
    pub client_secret: String,
    /// This server's callback: `https://<host>/api/v1/session/oidc/<client|staff>/callback`.
    pub redirect_url: String,
    /// Scopes besides `openid` (the broker's scope that releases the BSN, `profile`, …).
    pub scopes: Vec<String>,
    pub claims: ClaimSettings,
}

/// Where the provider's answer says who someone is.
#[derive(Clone)]
pub enum ClaimSettings {
    /// The claim that holds the client's BSN.
    Client { bsn_claim: String },
    /// The claim that holds the staff member's roles (a string or a list of strings), and what
    /// each of the organisation's roles is in Helder. A role not in the list gives no access.
    Staff { role_claim: String, roles: Vec<(String, EmployeeRole)> },
}

impl std::fmt::Debug for ProviderSettings {
    /// Without the client secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderSettings")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("redirect_url", &self.redirect_url)
            .finish_non_exhaustive()
    }
}

impl ProviderSettings {
    /// The settings' own checks: URLs that parse, https except on loopback (a provider or
    /// callback reached over plain http anywhere else would expose codes and tokens).
    pub fn check(&self) -> Result<(), String> {
        for (what, text) in [("issuer", &self.issuer), ("redirect URL", &self.redirect_url)] {
            let url = url::Url::parse(text).map_err(|e| format!("the {what} {text} is not a URL: {e}"))?;
            let loopback = match url.host() {
                Some(url::Host::Domain(domain)) => domain == "localhost",
                Some(url::Host::Ipv4(address)) => address.is_loopback(),
                Some(url::Host::Ipv6(address)) => address.is_loopback(),
                None => false,
            };
            if url.scheme() != "https" && !(url.scheme() == "http" && loopback) {
                return Err(format!("the {what} {text} must be https (plain http only on loopback)"));
            }
        }
        if self.client_id.is_empty() || self.client_secret.trim().is_empty() {
            return Err("a client id and a client secret are needed".into());
        }
        if let ClaimSettings::Staff { roles, .. } = &self.claims
            && roles.is_empty()
        {
            return Err("staff sign-in needs at least one role mapping (ROLE=staff or ROLE=supporter)".into());
        }
        Ok(())
    }
}

/// Reads `ROLE=staff` / `ROLE=supporter` mappings (the organisation's role, then Helder's).
pub fn parse_role_mappings(lines: &[String]) -> Result<Vec<(String, EmployeeRole)>, String> {
    lines
        .iter()
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            let (theirs, ours) = item.split_once('=').ok_or_else(|| format!("{item}: expected ROLE=staff"))?;
            let ours = match ours.trim() {
                "staff" => EmployeeRole::Staff,
                "supporter" => EmployeeRole::Supporter,
                other => return Err(format!("{item}: {other} is not a Helder role (staff, supporter)")),
            };
            Ok((theirs.trim().to_owned(), ours))
        })
        .collect()
}

/// The ID token's claims besides the standard ones, by name. Its `Debug` names the claims and
/// never their values (a BSN).
#[derive(Clone, Deserialize, Serialize)]
pub struct Claims {
    #[serde(flatten)]
    values: HashMap<String, serde_json::Value>,
}

impl AdditionalClaims for Claims {}

impl std::fmt::Debug for Claims {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.values.keys()).finish()
    }
}

impl Claims {
    /// A claim that is one string (a number is read as its digits: some brokers send a BSN so).
    fn text(&self, name: &str) -> Option<String> {
        match self.values.get(name)? {
            serde_json::Value::String(text) => Some(text.clone()),
            serde_json::Value::Number(number) => Some(number.to_string()),
            _ => None,
        }
    }

    /// A claim that is a string or a list of strings.
    fn texts(&self, name: &str) -> Vec<String> {
        match self.values.get(name) {
            Some(serde_json::Value::String(text)) => text.split_whitespace().map(str::to_owned).collect(),
            Some(serde_json::Value::Array(items)) => {
                items.iter().filter_map(|item| item.as_str()).map(str::to_owned).collect()
            }
            _ => Vec::new(),
        }
    }
}

type IdTokenFieldsWithClaims = IdTokenFields<
    Claims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type TokenResponse = StandardTokenResponse<IdTokenFieldsWithClaims, CoreTokenType>;
/// `CoreClient` with our `Claims` instead of none, as `from_provider_metadata` makes it.
type OidcClient = Client<
    Claims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// A discovered provider, ready for sign-ins.
pub struct Provider {
    pub audience: Audience,
    settings: ProviderSettings,
    client: OidcClient,
    http: HttpClient,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("audience", &self.audience).field("settings", &self.settings).finish()
    }
}

impl Provider {
    /// Checks the settings and fetches the provider's configuration and keys (OpenID Connect
    /// Discovery). The discovered issuer must be the configured one.
    pub async fn discover(audience: Audience, settings: ProviderSettings) -> Result<Provider, String> {
        settings.check()?;
        let http = HttpClient::new().map_err(|e| format!("root certificates: {e}"))?;
        let issuer = IssuerUrl::new(settings.issuer.clone()).map_err(|e| format!("issuer: {e}"))?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &http)
            .await
            .map_err(|e| format!("discovery at {}: {}", settings.issuer, error_chain(&e)))?;
        let redirect = RedirectUrl::new(settings.redirect_url.clone()).map_err(|e| format!("redirect URL: {e}"))?;
        let client = OidcClient::from_provider_metadata(
            metadata,
            ClientId::new(settings.client_id.clone()),
            Some(ClientSecret::new(settings.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        Ok(Provider { audience, settings, client, http })
    }
}

/// The providers this server signs in with (none, one or both).
#[derive(Debug, Default)]
pub struct Providers {
    pub client: Option<Provider>,
    pub staff: Option<Provider>,
}

impl Providers {
    /// Discovers every configured provider; a provider that cannot be reached stops the start.
    pub async fn discover(settings: Vec<(Audience, ProviderSettings)>) -> Result<Providers, String> {
        let mut providers = Providers::default();
        for (audience, settings) in settings {
            let provider = Provider::discover(audience, settings).await?;
            match audience {
                Audience::Client => providers.client = Some(provider),
                Audience::Staff => providers.staff = Some(provider),
            }
        }
        Ok(providers)
    }

    pub fn get(&self, audience: Audience) -> Option<&Provider> {
        match audience {
            Audience::Client => self.client.as_ref(),
            Audience::Staff => self.staff.as_ref(),
        }
    }
}

/// An error with its causes, for start-up messages and logs (never holds claims).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}
