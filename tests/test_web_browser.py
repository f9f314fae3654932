"""The pages in a real browser: Debian's headless Chromium (through chromedriver) loads the list,
searches, opens a syndicated story and sees every outlet; a screenshot is kept as an artifact
(in $NEWSAGG_TEST_ARTIFACTS, default: the test's tmp dir). Skipped without Chromium, except in
CI (NEWSAGG_TEST_POSTGRES_URL set), where a missing browser is a failure."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import Engine

from settings import Settings
from storage.db import make_engine, session_factory
from tests.readside import HEADLINES, OUTLETS, Corpus, populate
from web import create_app

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1100,900")  # fmt: skip


def _require_browser() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if not missing:
        return
    reason = f"browser tests need Debian's chromium and chromium-driver (missing {missing})"
    if os.environ.get("NEWSAGG_TEST_POSTGRES_URL"):
        pytest.fail(f"{reason}: CI must install them")
    pytest.skip(reason)


@pytest.fixture
def served(
    tmp_path: Path, sqlite_template: Path, settings: Settings
) -> Iterator[tuple[str, Corpus]]:
    path = tmp_path / "browser.db"
    shutil.copyfile(sqlite_template, path)
    engine: Engine = make_engine(f"sqlite:///{path}")
    corpus = populate(engine)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings, session_factory(engine))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:  # uvicorn flips this once it listens
        if not thread.is_alive():
            pytest.fail("uvicorn did not start")
        threading.Event().wait(0.02)
    yield f"http://127.0.0.1:{port}", corpus
    server.should_exit = True
    thread.join(10)
    engine.dispose()


@pytest.fixture
def browser() -> Iterator[object]:
    _require_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_search_then_open_a_syndicated_story_and_see_every_outlet(
    served: tuple[str, Corpus], browser: object, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    base, corpus = served
    browser.get(base + "/")
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "ol.stories h2")]
    assert len(titles) == 3 and titles.count(HEADLINES[0]) == 1
    box = browser.find_element(By.NAME, "q")
    box.send_keys("consulates caseworkers")
    box.submit()
    WebDriverWait(browser, 20).until(lambda driver: "q=" in driver.current_url)
    hits = browser.find_elements(By.CSS_SELECTOR, "ol.stories h2 a")
    assert [hit.text for hit in hits] == [HEADLINES[0]]
    artifacts = Path(os.environ.get("NEWSAGG_TEST_ARTIFACTS") or tmp_path)
    artifacts.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(artifacts / "web-search.png"))
    hits[0].click()
    WebDriverWait(browser, 20).until(lambda driver: "/stories/" in driver.current_url)
    assert browser.current_url == f"{base}/stories/{corpus.syndicated}"
    outlets = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "td.outlet-name")]
    assert outlets == list(OUTLETS)
    assert "Seen at 3 outlets" in browser.find_element(By.TAG_NAME, "body").text
    shot = artifacts / "web-story.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
