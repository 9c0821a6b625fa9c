//! `helder serve`'s OpenID Connect settings: flags, each also read from the environment. A
//! provider is on when its issuer is given; then its client id, secret and redirect URL are
//! needed. Secrets come from a file or the environment, never from a flag (flags show in `ps`).

use super::{Audience, ClaimSettings, ProviderSettings, parse_role_mappings};

#[derive(clap::Args, Debug, Default)]
pub struct OidcArgs {
    /// DigiD for clients: the broker's issuer URL (discovery is read from it at start-up).
    #[arg(long, env = "HELDER_OIDC_CLIENT_ISSUER", value_name = "URL")]
    pub oidc_client_issuer: Option<String>,
    /// The client id Helder has at the DigiD broker.
    #[arg(long, env = "HELDER_OIDC_CLIENT_ID")]
    pub oidc_client_id: Option<String>,
    /// A file holding the client secret at the DigiD broker (or set HELDER_OIDC_CLIENT_SECRET).
    #[arg(long, env = "HELDER_OIDC_CLIENT_SECRET_FILE", value_name = "FILE")]
    pub oidc_client_secret_file: Option<std::path::PathBuf>,
    /// This server's callback for clients: https://HOST/api/v1/session/oidc/client/callback.
    #[arg(long, env = "HELDER_OIDC_CLIENT_REDIRECT_URL", value_name = "URL")]
    pub oidc_client_redirect_url: Option<String>,
    /// Scopes to ask the broker for besides openid (repeat or separate with commas).
    #[arg(long, env = "HELDER_OIDC_CLIENT_SCOPES", value_delimiter = ',')]
    pub oidc_client_scope: Vec<String>,
    /// The ID token claim that holds the client's BSN.
    #[arg(long, env = "HELDER_OIDC_CLIENT_BSN_CLAIM", default_value = "bsn")]
    pub oidc_client_bsn_claim: String,

    /// Staff single sign-on: the organisation's issuer URL.
    #[arg(long, env = "HELDER_OIDC_STAFF_ISSUER", value_name = "URL")]
    pub oidc_staff_issuer: Option<String>,
    /// The client id Helder has at the organisation's single sign-on.
    #[arg(long, env = "HELDER_OIDC_STAFF_CLIENT_ID")]
    pub oidc_staff_client_id: Option<String>,
    /// A file holding the staff client secret (or set HELDER_OIDC_STAFF_CLIENT_SECRET).
    #[arg(long, env = "HELDER_OIDC_STAFF_CLIENT_SECRET_FILE", value_name = "FILE")]
    pub oidc_staff_client_secret_file: Option<std::path::PathBuf>,
    /// This server's callback for staff: https://HOST/api/v1/session/oidc/staff/callback.
    #[arg(long, env = "HELDER_OIDC_STAFF_REDIRECT_URL", value_name = "URL")]
    pub oidc_staff_redirect_url: Option<String>,
    /// Scopes to ask for besides openid (repeat or separate with commas).
    #[arg(long, env = "HELDER_OIDC_STAFF_SCOPES", value_delimiter = ',', default_value = "profile")]
    pub oidc_staff_scope: Vec<String>,
    /// The ID token claim that holds the staff member's roles (a string or a list).
    #[arg(long, env = "HELDER_OIDC_STAFF_ROLE_CLAIM", default_value = "roles")]
    pub oidc_staff_role_claim: String,
    /// ROLE=staff or ROLE=supporter: what an organisation role is in Helder (repeat or separate
    /// with commas). Anyone with none of these roles gets no access.
    #[arg(long, env = "HELDER_OIDC_STAFF_ROLES", value_delimiter = ',', value_name = "ROLE=HELDER_ROLE")]
    pub oidc_staff_role: Vec<String>,
}

impl OidcArgs {
    /// The configured providers' settings, or what is missing.
    pub fn providers(&self) -> Result<Vec<(Audience, ProviderSettings)>, String> {
        let mut providers = Vec::new();
        if let Some(issuer) = &self.oidc_client_issuer {
            let settings = ProviderSettings {
                issuer: issuer.clone(),
                client_id: required(&self.oidc_client_id, "--oidc-client-id")?,
                client_secret: secret(&self.oidc_client_secret_file, "HELDER_OIDC_CLIENT_SECRET")?,
                redirect_url: required(&self.oidc_client_redirect_url, "--oidc-client-redirect-url")?,
                scopes: self.oidc_client_scope.clone(),
                claims: ClaimSettings::Client { bsn_claim: self.oidc_client_bsn_claim.clone() },
            };
            providers.push((Audience::Client, settings));
        }
        if let Some(issuer) = &self.oidc_staff_issuer {
            let settings = ProviderSettings {
                issuer: issuer.clone(),
                client_id: required(&self.oidc_staff_client_id, "--oidc-staff-client-id")?,
                client_secret: secret(&self.oidc_staff_client_secret_file, "HELDER_OIDC_STAFF_CLIENT_SECRET")?,
                redirect_url: required(&self.oidc_staff_redirect_url, "--oidc-staff-redirect-url")?,
                scopes: self.oidc_staff_scope.clone(),
                claims: ClaimSettings::Staff {
                    role_claim: self.oidc_staff_role_claim.clone(),
                    roles: parse_role_mappings(&self.oidc_staff_role)?,
                },
            };
            providers.push((Audience::Staff, settings));
        }
        Ok(providers)
    }
}

fn required(value: &Option<String>, flag: &str) -> Result<String, String> {
    value.clone().filter(|v| !v.trim().is_empty()).ok_or_else(|| format!("{flag} is needed with its issuer"))
}

/// The secret from its file (trailing newline dropped), else from the environment variable.
fn secret(file: &Option<std::path::PathBuf>, variable: &str) -> Result<String, String> {
    let secret = match file {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the client secret file {}: {e}", path.display()))?,
        None => std::env::var(variable).map_err(|_| format!("a client secret file or {variable} is needed"))?,
    };
    let secret = secret.trim_end_matches(['\r', '\n']).to_owned();
    if secret.is_empty() {
        return Err(format!("the client secret ({variable} or its file) is empty"));
    }
    Ok(secret)
}
