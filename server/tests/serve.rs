//! Finding 9 of the security review: slow connections were kept open forever (500 of 500 for
//! 60 s), there was no connection limit, and one slow client blocked graceful shutdown. Against
//! the real listener on a loopback socket, with short limits.

use helder_server::http::{AppState, app};
use helder_server::serve::{ServeLimits, serve};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Reads until the server closes the connection (or `within` passes); the time it took.
async fn closed_within(stream: &mut TcpStream, within: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buffer = [0u8; 1024];
    loop {
        match tokio::time::timeout(within.saturating_sub(started.elapsed()), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => {}
            Err(_) => return None,
        }
    }
}

async fn health(address: std::net::SocketAddr) -> String {
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer)).await;
    answer
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_limited_and_never_block_shutdown() {
    let limits = ServeLimits {
        header_read_timeout: Duration::from_secs(1),
        request_timeout: Duration::from_secs(2),
        max_connections: 8,
        shutdown_grace: Duration::from_secs(1),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(listener, app(AppState::new(None, None, false)), limits, async {
        let _ = stopped.await;
    }));
    assert!(health(address).await.starts_with("HTTP/1.1 200"), "a normal request is served");

    // A connection that sends nothing, and one that sends half its headers, are closed after the
    // header timeout.
    let mut silent = TcpStream::connect(address).await.unwrap();
    let mut half = TcpStream::connect(address).await.unwrap();
    half.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    for (name, stream) in [("silent", &mut silent), ("half headers", &mut half)] {
        let closed = closed_within(stream, Duration::from_secs(5)).await;
        assert!(closed.is_some_and(|t| t < Duration::from_secs(3)), "{name} connection kept open: {closed:?}");
    }
    // A request whose body never comes is answered 408 after the request timeout.
    let mut slow_body = TcpStream::connect(address).await.unwrap();
    slow_body
        .write_all(b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        .await
        .unwrap();
    let mut answer = vec![0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(5), slow_body.read(&mut answer)).await;
    let answer = String::from_utf8_lossy(&answer[..read.ok().and_then(Result::ok).unwrap_or(0)]).into_owned();
    assert!(answer.starts_with("HTTP/1.1 408"), "a request with a slow body: {answer:?}");

    // The connection limit: 8 open connections, the 9th is closed at once.
    let mut open = Vec::new();
    for _ in 0..8 {
        open.push(TcpStream::connect(address).await.unwrap());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let mut over = TcpStream::connect(address).await.unwrap();
    let closed = closed_within(&mut over, Duration::from_millis(900)).await;
    assert!(closed.is_some(), "a connection over the limit was kept");
    drop(open);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(health(address).await.starts_with("HTTP/1.1 200"), "served again once connections closed");

    // Shutdown with a client that keeps trickling header bytes: stopped within the grace.
    let mut trickle = TcpStream::connect(address).await.unwrap();
    trickle.write_all(b"GET /api/v1/health HTTP/1.1\r\n").await.unwrap();
    let trickling = tokio::spawn(async move {
        for _ in 0..50 {
            if trickle.write_all(b"X-Slow: a\r\n").await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let asked = Instant::now();
    let _ = stop.send(());
    let outcome = tokio::time::timeout(Duration::from_secs(5), server).await;
    assert!(outcome.is_ok(), "a slow client blocked shutdown");
    assert!(asked.elapsed() < Duration::from_secs(3), "shutdown took {:?}", asked.elapsed());
    trickling.abort();
}
