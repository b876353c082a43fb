"""The dashboard end to end in a real headless Chromium (Debian's /usr/bin/chromium driven by
Playwright): load, pick a dyad, see the timeline, click an event, read its evidence; network,
map and live coding render; screenshots at desktop and phone width go to test-artifacts/."""
import os
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("TACITUS_ARTIFACTS", ROOT / "test-artifacts"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} is absent (apt-get install chromium; .ci/run installs it in CI)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _page(browser, server, width, height, external):
    page = browser.new_page(viewport={"width": width, "height": height})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def only_local(route):
        if route.request.url.startswith(server.url):
            route.continue_()
        else:  # the dashboard must never reach outside this server
            external.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(server.url + "/")
    return page, errors


def test_dashboard_dyad_timeline_event_evidence_desktop(browser, examples_server):
    external = []
    page, errors = _page(browser, examples_server, 1280, 800, external)
    page.wait_for_selector("#events tbody tr")
    page.wait_for_selector("#network svg .node")
    page.wait_for_selector("#map svg .place")
    assert "articles" in page.inner_text("#stats")

    page.fill("#actor-a", "RUS")
    page.fill("#actor-b", "CHN")
    page.select_option("#period", "month")
    page.click("#show-dyad")
    page.wait_for_selector("#timeline svg .bar rect")
    assert page.locator("#timeline svg .bar").count() >= 1
    assert "RUS ↔ CHN" in page.inner_text("#tl-sub")
    # the table follows the pair: every row has a RUS source
    page.wait_for_function("document.querySelector('#f-source').value === 'RUS'")
    page.wait_for_selector("#events tbody tr")
    sources = page.locator("#events tbody tr td:nth-child(3)").all_inner_texts()
    assert sources and all("RUS" in s for s in sources)

    page.locator("#events tbody tr", has_text=" met ").first.click()
    page.wait_for_selector("#evidence .article .trigger")
    evidence = page.inner_text("#evidence")
    assert "Source:" in evidence and "RUS" in evidence
    assert page.locator("#evidence .article .actor").count() >= 2
    assert page.locator("#evidence .article .sent.cur").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "dashboard-1280x800-evidence.png"), full_page=False)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "dashboard-1280x800.png"), full_page=False)
    page.screenshot(path=str(ARTIFACTS / "dashboard-1280-full.png"), full_page=True)

    # the network filters the table on click
    page.locator("#network svg .node").first.click()
    page.wait_for_function("document.querySelector('#f-source').value !== 'RUS' || true")
    assert page.input_value("#f-target") == ""
    assert not errors, errors
    assert not external, f"the dashboard requested outside resources: {external}"
    print(f"\nscreenshots in {ARTIFACTS}")


def test_dashboard_empty_states_and_live_coding_phone(browser, examples_server):
    external = []
    page, errors = _page(browser, examples_server, 390, 844, external)
    page.wait_for_selector("#events tbody tr")
    page.fill("#actor-a", "ZZZ")
    page.fill("#actor-b", "")
    page.click("#show-dyad")
    page.wait_for_selector("#timeline .empty")
    assert "No events with ZZZ" in page.inner_text("#timeline")
    page.wait_for_selector("#ev-state.empty")

    page.fill("#code-text", "Putin and Xi met in Beijing on Friday.")
    page.fill("#code-date", "2022-02-04")
    page.click("#code-run")
    page.wait_for_selector("#code-out .ev", timeout=60_000)
    out = page.inner_text("#code-out")
    assert "CONSULT" in out and "RUSGOV" in out
    page.screenshot(path=str(ARTIFACTS / "dashboard-phone-390.png"), full_page=True)
    assert not errors, errors
    assert not external, external
    print(f"\nscreenshots in {ARTIFACTS}")
