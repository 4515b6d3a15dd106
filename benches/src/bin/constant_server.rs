//! The load comparison's baseline: a minimal axum server that answers every request with one
//! constant error body and the headers `vod-errors serve` sends, on a free loopback port.
//! Prints `listening on http://ADDR` like `serve`, and stops on Ctrl-C.

#![forbid(unsafe_code)]

use axum::Router;
use axum::http::header::{CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::IntoResponse;

/// What `serve --error InvalidVideo.NotFound` answers to `?Action=GetPlayInfo` in English.
const BODY: &str = r#"{"RequestId":"7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D","HostId":"vod.cn-shanghai.aliyuncs.com","Code":"InvalidVideo.NotFound","Message":"The video does not exist.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=vod&requestId=7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D"}"#;

async fn answer() -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        [
            (CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8")),
            (CONTENT_LANGUAGE, HeaderValue::from_static("en-US")),
            (VARY, HeaderValue::from_static("Accept, Accept-Language")),
            (
                HeaderName::from_static("x-acs-request-id"),
                HeaderValue::from_static("7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D"),
            ),
        ],
        BODY,
    )
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("listening on http://{}", listener.local_addr()?);
    let app = Router::new().fallback(answer);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
