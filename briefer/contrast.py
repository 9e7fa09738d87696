"""Colour contrast as WCAG 2.x measures it, and colours nudged until they pass.

Qt-free on purpose: the rule (relative luminance, contrast ratio, the 4.5:1 and
3:1 thresholds) is the same whether the colours end up on a screen, in a PDF
or in a test, and a test can check it without a display.

Colours are ``"#rrggbb"`` strings throughout.

Why nudge instead of picking fixed colours: the app runs on whatever palette
the desktop gives it (light, dark, high contrast). A fixed red that passes on
white fails on a dark grey; so the app keeps the *hue* that carries meaning
(red = cannot work, amber = needs attention) and moves it towards black or
white until it reads on the background actually in use.
"""

from __future__ import annotations

from typing import Iterable

#: WCAG 2.x success criterion 1.4.3 (text) and 1.4.11 (state indicators, borders, icons).
TEXT = 4.5
NON_TEXT = 3.0

RGB = tuple[int, int, int]


def rgb(colour: str) -> RGB:
    """``"#1a4f8b"`` (or ``"1a4f8b"``, or ``"#abc"``) as an (r, g, b) tuple of 0–255."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6 or any(c not in "0123456789abcdefABCDEF" for c in text):
        raise ValueError(f"not a colour: {colour!r} (expected #rrggbb)")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(value: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in value))


def luminance(colour: str) -> float:
    """Relative luminance (0 = black, 1 = white), as WCAG defines it from sRGB."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    """The contrast ratio of two colours, from 1 (same) to 21 (black on white); order does not matter."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """``a`` moved a fraction ``t`` of the way to ``b`` (0 = a, 1 = b), per channel."""
    ra, rb = rgb(a), rgb(b)
    return hex_colour(tuple(x + (y - x) * t for x, y in zip(ra, rb)))


def is_dark(colour: str) -> bool:
    """True for a background on which light text reads better than dark text."""
    return ratio(colour, "#ffffff") > ratio(colour, "#000000")


def readable(colour: str, backgrounds: Iterable[str], minimum: float = TEXT) -> str:
    """``colour`` itself if it reaches ``minimum`` against every background, else the nearest shade that does.

    The shade is found by mixing towards black (on light backgrounds) or white
    (on dark ones) in small steps, so the hue stays recognisable. When no shade
    of that direction can reach the minimum (backgrounds of very different
    lightness), the best one found is returned and :func:`ratio` tells the truth.
    """
    backs = list(backgrounds)
    if not backs:
        return colour
    worst = lambda c: min(ratio(c, b) for b in backs)  # noqa: E731
    if worst(colour) >= minimum:
        return colour
    dark_backs = sum(is_dark(b) for b in backs) * 2 > len(backs)
    target = "#ffffff" if dark_backs else "#000000"
    best = colour
    for step in range(1, 41):
        candidate = mix(colour, target, step / 40)
        if worst(candidate) > worst(best):
            best = candidate
        if worst(candidate) >= minimum:
            return candidate
    return best
