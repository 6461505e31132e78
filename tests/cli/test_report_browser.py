"""The report's HTML page in a real headless Chromium: it renders, its charts have their bars,
it loads nothing, and it holds no token. The screenshot is kept under test-artifacts/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.browser import Browser
from tests.cli.fake_statements import FakeWarehouse
from tests.cli.fake_workspace import CANARY_TOKEN, leaked
from tests.cli.report_day import ROSTER, day, report

__all__ = ["day"]  # the fixture
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("CODING_ASSISTANTS_TEST_ARTIFACTS") or REPO / "test-artifacts")
BARS = """
const charts = {};
for (const figure of document.querySelectorAll('figure svg')) {
  const bars = [...figure.querySelectorAll('g.bar')].map(bar => {
    const area = [...bar.querySelectorAll('rect')].reduce((sum, rect) => {
      const box = rect.getBoundingClientRect(); return sum + box.width * box.height; }, 0);
    return {label: bar.dataset.label, area: area};
  });
  charts[figure.parentElement.id] = bars;
}
return {charts: charts, title: document.title,
        loaded: performance.getEntriesByType('resource').map(e => e.name),
        width: document.documentElement.scrollWidth};
"""


@pytest.fixture(scope="module")
def server():
    fake = FakeWarehouse().start()
    yield fake
    fake.stop()


def test_report_html_renders_in_chromium(cli, day, tmp_path):
    page = tmp_path / "day.html"
    code, _, err = report(cli, day, "--html", str(page))
    assert code == 0, err
    assert not leaked(CANARY_TOKEN, page.read_text())

    with Browser() as browser:
        browser.open(page.as_uri())
        seen = browser.script(BARS)
        shot = browser.screenshot()

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report.png").write_bytes(shot)
    assert shot.startswith(b"\x89PNG") and len(shot) > 10_000
    assert seen["title"] == "claude-code-workshop: what the day cost"
    assert seen["loaded"] == []
    charts = seen["charts"]
    assert set(charts) == {"cost-per-attendee", "tokens-over-the-day", "clusters-over-the-day"}
    assert [b["label"] for b in charts["cost-per-attendee"]] == list(ROSTER)
    assert [b["label"] for b in charts["tokens-over-the-day"]] == [
        "09:00",
        "10:00",
        "11:00",
        "12:00",
    ]
    assert len(charts["clusters-over-the-day"]) == 4
    drawn = {b["label"]: b["area"] > 0 for b in charts["cost-per-attendee"]}
    assert drawn == {
        "ada@example.com": True,
        "bob@example.com": True,
        "cyd@example.com": True,
        "dan@example.com": False,
    }
    assert all(b["area"] > 0 for b in charts["clusters-over-the-day"])
