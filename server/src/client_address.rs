//! The caller's address, for rate limits and the audit's origin. Production runs behind a
//! reverse proxy (the server speaks no TLS), where every connection comes from the proxy: the
//! client's address is then taken from `X-Forwarded-For`, but only when the connection comes
//! from a proxy named with `--trusted-proxy`, and only the right-most entry that is not itself a
//! trusted proxy (entries further left are whatever the client chose to send). Without a trusted
//! proxy the header is ignored and the connecting address counts.

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// The caller's address as resolved by [`resolve`]; loopback when unknown (tests in-process).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddress, Self::Rejection> {
        if let Some(resolved) = parts.extensions.get::<ClientAddress>() {
            return Ok(*resolved);
        }
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
        Ok(ClientAddress(peer.map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |ip| ip.to_canonical())))
    }
}

/// The reverse proxies whose `X-Forwarded-For` we believe: addresses or CIDR blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// Parses `10.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`.
    pub fn parse(entries: &[String]) -> Result<TrustedProxies, String> {
        let mut networks = Vec::new();
        for entry in entries.iter().flat_map(|e| e.split(',')).map(str::trim).filter(|e| !e.is_empty()) {
            let (address, bits) = match entry.split_once('/') {
                Some((address, bits)) => (address, Some(bits)),
                None => (entry, None),
            };
            let address: IpAddr =
                address.parse().map_err(|_| format!("--trusted-proxy: {entry} is not an address or network"))?;
            let address = address.to_canonical();
            let max = if address.is_ipv4() { 32 } else { 128 };
            let bits =
                match bits {
                    Some(bits) => bits.parse::<u8>().ok().filter(|b| *b <= max).ok_or_else(|| {
                        format!("--trusted-proxy: {entry} has a prefix length that is not 0 to {max}")
                    })?,
                    None => max,
                };
            networks.push((address, bits));
        }
        Ok(TrustedProxies(networks))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|(network, bits)| match (network, address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(*bits)).unwrap_or(0);
                u32::from(*network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX.checked_shl(128 - u32::from(*bits)).unwrap_or(0);
                u128::from(*network) & mask == u128::from(address) & mask
            }
            _ => false,
        })
    }

    /// The client's address for a connection from `peer` carrying `headers`.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.contains(peer) {
            return peer;
        }
        // Several header lines are one list, in order.
        let entries: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(str::trim)
            .collect();
        for entry in entries.iter().rev() {
            let Some(address) = parse_hop(entry) else {
                // Not written by a proxy of ours: the hop before it is all we know.
                return peer;
            };
            if !self.contains(address) {
                return address;
            }
        }
        peer
    }
}

/// `1.2.3.4`, `1.2.3.4:5678`, `::1` or `[::1]:5678`.
fn parse_hop(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|socket| socket.ip()))
        .map(|address| address.to_canonical())
}

/// Middleware: resolves the client's address once per request, for [`ClientAddress`].
pub async fn resolve(State(trusted): State<Arc<TrustedProxies>>, mut request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |info| info.0.ip());
    let address = trusted.client_address(peer, request.headers());
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", value.parse().unwrap());
        }
        headers
    }

    #[test]
    fn the_right_most_untrusted_hop_counts_only_behind_a_trusted_proxy() {
        let trusted = TrustedProxies::parse(&["10.0.0.1".into(), "192.168.0.0/16".into()]).unwrap();
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        // (peer, X-Forwarded-For lines, client address): one line per case.
        let cases: &[(&str, &[&str], &str)] = &[
            ("10.0.0.1", &["203.0.113.9"], "203.0.113.9"),
            ("10.0.0.1", &["1.1.1.1, 203.0.113.9"], "203.0.113.9"),
            ("10.0.0.1", &["203.0.113.9, 192.168.3.4"], "203.0.113.9"),
            ("10.0.0.1", &["1.1.1.1", "203.0.113.9"], "203.0.113.9"),
            ("10.0.0.1", &["garbage, 203.0.113.9"], "203.0.113.9"),
            ("10.0.0.1", &["203.0.113.9, garbage"], "10.0.0.1"),
            ("10.0.0.1", &[], "10.0.0.1"),
            ("10.0.0.1", &["192.168.1.1"], "10.0.0.1"),
            ("10.0.0.1", &["[2001:db8::1]:443"], "2001:db8::1"),
            ("::ffff:10.0.0.1", &["203.0.113.9"], "203.0.113.9"),
            ("10.0.0.2", &["203.0.113.9"], "10.0.0.2"),
            ("198.51.100.7", &["10.0.0.1"], "198.51.100.7"),
        ];
        for (peer, lines, expected) in cases {
            assert_eq!(trusted.client_address(ip(peer), &headers(lines)), ip(expected), "{peer} {lines:?}");
        }
        let none = TrustedProxies::default();
        assert_eq!(none.client_address(ip("10.0.0.1"), &headers(&["203.0.113.9"])), ip("10.0.0.1"));
        assert!(TrustedProxies::parse(&["10.0.0.0/33".into()]).is_err());
        assert!(TrustedProxies::parse(&["proxy".into()]).is_err());
        assert!(TrustedProxies::parse(&["0.0.0.0/0".into()]).unwrap().contains(ip("8.8.8.8")));
    }
}
