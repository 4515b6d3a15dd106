"""The error centre in a real browser: headless Chromium, driven by Selenium, on the generated site.

Run by .ci/run after `cargo xtask site --out $SITE_DIR`; screenshots go to $SCREENSHOT_DIR.
"""

import functools
import http.server
import os
import pathlib
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

SITE = pathlib.Path(os.environ.get("SITE_DIR", "target/site"))
SCREENSHOTS = pathlib.Path(os.environ.get("SCREENSHOT_DIR", "target/site-screenshots"))


@pytest.fixture(scope="module")
def base_url():
    """The site, served on 127.0.0.1 by a plain static file server."""
    assert (SITE / "en-US" / "index.html").is_file(), f"no site in {SITE}: run cargo xtask site --out {SITE}"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    yield driver
    driver.quit()


def screenshot(browser, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / name))


def visible_codes(browser):
    rows = browser.find_elements(By.CSS_SELECTOR, "#codes tbody tr")
    return [row.find_element(By.CSS_SELECTOR, "td").text for row in rows if row.is_displayed()]


def test_search_filters_the_japanese_index_as_you_type(browser, base_url):
    browser.get(f"{base_url}/ja-JP/index.html")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja-JP"
    everything = visible_codes(browser)
    assert len(everything) == 139
    browser.find_element(By.ID, "search").send_keys("invalidvideo")
    codes = visible_codes(browser)
    assert codes == ["InvalidVideo.NotFound", "InvalidVideo.NoneStream", "InvalidVideo.Damaged"], codes
    browser.find_element(By.ID, "search").clear()
    browser.find_element(By.ID, "search").send_keys("GetPlayInfo")
    assert "InvalidVideo.NotFound" in visible_codes(browser)
    browser.find_element(By.ID, "search").send_keys(" nothing-matches-this")
    assert visible_codes(browser) == []
    assert browser.find_element(By.ID, "empty").is_displayed()


def test_the_arabic_code_page_is_right_to_left(browser, base_url):
    browser.get(f"{base_url}/ar-SA/codes/invalid-video_not-found.html")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar-SA"
    assert browser.find_element(By.TAG_NAME, "h1").text == "InvalidVideo.NotFound"
    screenshot(browser, "ar-SA-code-page.png")


def test_the_language_switcher_keeps_the_page(browser, base_url):
    browser.get(f"{base_url}/ja-JP/codes/operation-denied_suspended.html")
    screenshot(browser, "ja-JP-code-page.png")
    browser.find_element(By.CSS_SELECTOR, "#languages summary").click()
    browser.find_element(By.CSS_SELECTOR, '#languages a[hreflang="de-DE"]').click()
    WebDriverWait(browser, 10).until(lambda driver: "/de-DE/" in driver.current_url)
    assert browser.current_url.endswith("/de-DE/codes/operation-denied_suspended.html")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de-DE"
    assert browser.find_element(By.TAG_NAME, "h1").text == "OperationDenied.Suspended"


def test_the_english_index(browser, base_url):
    browser.get(f"{base_url}/en-US/index.html")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "ltr"
    screenshot(browser, "en-US-index.png")
