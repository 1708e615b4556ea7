"""Numbers, percentages and dates as the user's locale writes them (QLocale).

The window shows ``1.234,5`` and ``26.11.26 14:30`` to a German user and ``1,234.5`` and
``11/26/26 2:30 PM`` to an American one; cards and the poster get the same through
``layout.numbers``, which ``share_with_layout`` hands this QLocale's separators and date pattern
when the app starts. ``QLocale()`` is the default locale: the system's region (not the language
chosen in Preferences), or the one a test sets with ``QLocale.setDefault``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ..layout import numbers as layout_numbers


def number(value: float, decimals: int | None = None) -> str:
    """``value`` with the locale's digit grouping and decimal sign; ``decimals`` None shows
    as many as the value has (up to 6), without trailing zeros."""
    locale = QLocale()
    if decimals is None:
        if float(value).is_integer():
            return locale.toString(int(value))
        text = locale.toString(float(value), "f", 6)
        return text.rstrip("0").rstrip(locale.decimalPoint())
    return locale.toString(float(value), "f", decimals)


def percent(share: float) -> str:
    """A share (0.42) as the locale writes a percentage: ``42%``, ``42 %`` in German."""
    locale = QLocale()
    digits = locale.toString(round(share * 100))
    spaced = locale.language() not in (QLocale.Language.English, QLocale.Language.C)
    return f"{digits}\u00a0{locale.percent()}" if spaced else f"{digits}{locale.percent()}"


def date_time(value: dt.datetime) -> str:
    """A moment in the locale's short date and time format, in local time."""
    if value.tzinfo is not None:
        value = value.astimezone()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    if QLocale().language() == QLocale.Language.C:  # its short format reads "27 11 2026 04:15"
        return moment.toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def share_with_layout() -> None:
    """Cards, posters and SVGs (Qt-free) write numbers and dates as this locale does."""
    locale = QLocale()
    grouped = not locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator  # "C" omits it
    layout_numbers.use(layout_numbers.NumberFormats(
        decimal=locale.decimalPoint(), group=locale.groupSeparator() if grouped else "",
        # The "C" locale's short date ("4 03 2026") reads worse than the posters' own default.
        date_pattern=None if locale.language() == QLocale.Language.C
        else locale.dateFormat(QLocale.FormatType.ShortFormat)))
