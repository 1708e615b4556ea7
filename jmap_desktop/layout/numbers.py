"""Numbers and dates on cards and posters, written the way the reader's locale writes them.

The layout is Qt-free, so it cannot ask QLocale; the editor does (``ui.locale_format``) and
hands the separators and date pattern over once at start with ``use``. Canvas, poster and
SVG all read them here, so a KPI of 1234.5 reads ``1.234,5`` on a German screen and on the
poster printed from it. Without a ``use`` (the command line) numbers keep the plain form they
always had (``1234.5``) and dates read ``26 November 2026``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NumberFormats:
    decimal: str = "."
    group: str = ""  # no grouping unless a locale asks for it
    # A Qt date pattern (d, dd, M, MM, yy, yyyy and separators), e.g. "dd.MM.yyyy";
    # None: "26 November 2026", as posters were always dated.
    date_pattern: str | None = None


_current = NumberFormats()


def use(formats: NumberFormats) -> None:
    """From now on write numbers and dates with ``formats`` (the editor calls this at start)."""
    global _current
    _current = formats


def current() -> NumberFormats:
    return _current


def number(value: float, formats: NumberFormats | None = None) -> str:
    """``value`` with digit grouping and as many decimals as it has (at most 6)."""
    f = formats or _current
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text.replace(",", "\0").replace(".", f.decimal).replace("\0", f.group)


_TOKENS = re.compile(r"yyyy|yy|MM|M|dd|d")


def date(value: dt.date, formats: NumberFormats | None = None) -> str:
    f = formats or _current
    if f.date_pattern is None:
        return value.strftime("%d %B %Y")
    pattern = f.date_pattern if "yyyy" in f.date_pattern else f.date_pattern.replace("yy", "yyyy")
    fields = {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "MM": f"{value.month:02d}",
              "M": str(value.month), "dd": f"{value.day:02d}", "d": str(value.day)}
    return _TOKENS.sub(lambda m: fields[m.group(0)], pattern)
