"""The live chart's axis ticks (dlviz/ui/training/live_chart.js), run in headless Chromium: finite, inside the range, readable."""

import pytest

from tests.browser import ROOT, chromium_page

pytestmark = pytest.mark.browser

SOURCE = (ROOT / "dlviz" / "ui" / "training" / "live_chart.js").read_text(encoding="utf-8")
TICKS_JS = """async ([source, cases]) => {
  const module = await import(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));
  return cases.map(([lo, hi]) => { const t = module.niceTicks(lo, hi); return [t.lo, t.hi, t.ticks, t.ticks.map(t.label)]; });
}"""
CASES = [
    (0.0, 0.03),
    (0.0, 0.0005),
    (0.0, 2e-5),
    (0.58, 0.73),
    (0.0016, 27.0),
    (3.0, 3.0),
    (0.6931471805599453, 0.6931471805599454),
    (-1.5, 2.5e6),
]


@pytest.fixture(scope="module")
def ticks():
    with chromium_page() as page:
        page.goto("about:blank")
        yield dict(zip(CASES, page.evaluate(TICKS_JS, [SOURCE, CASES]), strict=True))


@pytest.mark.parametrize("case", CASES)
def test_ticks_are_few_ordered_and_inside_the_axis(ticks, case):
    lo, hi, values, _ = ticks[case]
    assert lo < hi and lo <= case[0] and hi >= case[1]
    assert 2 <= len(values) <= 12
    assert values == sorted(values) and lo - 1e-9 <= values[0] and values[-1] <= hi * (1 + 1e-9) + 1e-12


@pytest.mark.parametrize(
    ("case", "labels"),
    [
        ((0.0, 0.03), ["0", "0.01", "0.02", "0.03"]),
        ((0.58, 0.73), ["0.6", "0.65", "0.7"]),
        ((0.0, 0.0005), ["0", "0.0001", "0.0002", "0.0003", "0.0004", "0.0005"]),
        ((0.0, 2e-5), ["0", "5e-6", "1e-5", "1.5e-5", "2e-5"]),
        ((0.0016, 27.0), ["10", "20"]),
        ((-1.5, 2.5e6), ["0", "5e+5", "1e+6", "1.5e+6", "2e+6", "2.5e+6"]),
    ],
)
def test_tick_labels_read_like_numbers_with_zero_as_0(ticks, case, labels):
    assert ticks[case][3] == labels
    assert [float(label) for label in labels] == pytest.approx(ticks[case][2])


def test_a_range_narrower_than_float_precision_still_gets_a_few_ticks(ticks):
    lo, hi, values, _ = ticks[(0.6931471805599453, 0.6931471805599454)]
    assert hi - lo > 0.1 and 2 <= len(values) <= 12
