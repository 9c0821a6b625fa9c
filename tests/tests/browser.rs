//! Browser smoke test: `helder serve` with the built portal, opened in headless Chromium. After a
//! staff sign-in (only staff see the build of the rules on screen) the page must show the rules
//! version computed by the helder-core inside its WASM module.

use fantoccini::Locator;
use helder_tests::browser::{screenshot_dir, start_browser, start_helder};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn portal_renders_the_core_version() {
    let (_server, url) = start_helder();
    let (_driver, client) = start_browser(1280, 900).await;
    client.goto(&format!("{url}/")).await.expect("the portal loads");
    let field = |id: &'static str| {
        let client = client.clone();
        async move {
            client.wait().at_most(Duration::from_secs(30)).for_element(Locator::Id(id)).await.expect("the sign-in form")
        }
    };
    field("username").await.send_keys("carla").await.expect("typing");
    field("password").await.send_keys("helder-demo").await.expect("typing");
    field("sign-in").await.click().await.expect("signing in");
    let element = client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Id("core-version"))
        .await
        .expect("the portal rendered the core version");
    let shown = element.text().await.expect("text");
    assert_eq!(shown, helder_core::rules_version());
    let language = client.execute("return document.documentElement.lang", vec![]).await.unwrap();
    assert_eq!(language, "nl");
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(screenshot_dir().join("smoke-1280.png"), png).expect("screenshot saved");
    client.close().await.expect("the session closes");
}
