"""The WCAG contrast arithmetic (Qt-free), checked against values WCAG's own examples and tools give."""

from __future__ import annotations

import pytest

from briefer.contrast import NON_TEXT, TEXT, is_dark, luminance, mix, ratio, readable, rgb


def test_black_on_white_is_21_and_a_colour_on_itself_is_1():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert ratio("#308cc6", "#308cc6") == pytest.approx(1.0)


@pytest.mark.parametrize("fg, bg, expected", [
    ("#777777", "#ffffff", 4.48),  # the classic "just fails AA" grey
    ("#767676", "#ffffff", 4.54),  # … and the lightest grey that passes
    ("#ffffff", "#308cc6", 3.69),  # Qt's default selected row: fails
    ("#b86e00", "#efefef", 3.47),  # the old "Needs attention" on a window: fails
])
def test_known_ratios(fg, bg, expected):
    assert ratio(fg, bg) == pytest.approx(expected, abs=0.01)


def test_luminance_follows_the_srgb_curve():
    assert luminance("#000") == 0 and luminance("#fff") == pytest.approx(1.0)
    assert luminance("#808080") == pytest.approx(0.2159, abs=1e-4)  # not 0.5: sRGB is not linear


def test_a_colour_that_reads_is_kept_as_it_is():
    assert readable("#1f5fa8", ["#ffffff", "#efefef"]) == "#1f5fa8"


@pytest.mark.parametrize("backs", [["#efefef", "#ffffff", "#f7f7f7"], ["#2d2d2d", "#1e1e1e"], ["#ffffff"], ["#000000"]])
@pytest.mark.parametrize("hue", ["#c62828", "#b86e00", "#ef8f00", "#308cc6", "#7a8a9a", "#888888"])
def test_readable_reaches_the_minimum_on_light_and_dark_backgrounds(hue, backs):
    for minimum in (TEXT, NON_TEXT):
        shade = readable(hue, backs, minimum)
        assert min(ratio(shade, b) for b in backs) >= minimum, (hue, backs, shade)


def test_readable_darkens_on_light_and_lightens_on_dark_keeping_the_hue():
    on_light, on_dark = readable("#ef8f00", ["#ffffff"]), readable("#ef8f00", ["#1e1e1e"])
    assert luminance(on_light) < luminance("#ef8f00") <= luminance(on_dark)
    r, g, b = rgb(on_light)
    assert r > g > b  # still an orange, not a grey


def test_mix_and_darkness():
    assert mix("#000000", "#ffffff", 0.5) == "#808080"
    assert is_dark("#1e1e1e") and not is_dark("#efefef")


def test_a_malformed_colour_is_refused_with_its_value():
    with pytest.raises(ValueError, match="'red'"):
        rgb("red")
