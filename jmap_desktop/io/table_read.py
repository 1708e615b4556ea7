"""Reading tables of research data: CSV/TSV files, .xlsx workbooks, pasted TSV and HTML cells.

Everything comes out as a ``Table`` of text cells with the header row separate, so that mapping
columns to card fields (``card_rows``) never cares where the data came from. Reading is bounded:
files above ``MAX_IMPORT_BYTES``, tables above ``MAX_IMPORT_ROWS`` rows and workbooks whose zip
members declare more than ``MAX_XLSX_UNCOMPRESSED`` bytes are refused with a ``TableError``
before they can fill the memory. Nothing is ever evaluated: a cell ``=HYPERLINK(...)`` stays
that text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..model import limits
from ..model.messages import say
from .formula_guard import unguard

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SUFFIXES = TEXT_SUFFIXES + XLSX_SUFFIXES
# An encrypted Office file (and an old .xls) is an OLE compound file, not a zip.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


class TableError(Exception):
    """A table that cannot be read at all; ``str`` is ``SOURCE: message``."""

    def __init__(self, source: str, message: str) -> None:
        self.source, self.message = source, message
        super().__init__(f"{source}: {message}")


@dataclass
class Table:
    """Rows of text cells under a header row, and how they were read."""

    source: str  # file name (or "clipboard") for messages
    headers: list[str]
    rows: list[list[str]]  # padded to len(headers)
    encoding: str = ""  # text files: utf-8, utf-8 (BOM), utf-16, cp1252
    delimiter: str = ""  # text files: "," ";" or "\t"
    sheet: str = ""  # workbooks: the sheet read
    sheets: list[str] = field(default_factory=list)  # workbooks: every sheet, for a picker
    header_row: int = 1  # blank rows above the header push it down

    def row_number(self, index: int) -> int:
        """The row number a spreadsheet shows for data row ``index``."""
        return index + self.header_row + 1

    @property
    def delimiter_name(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}.get(self.delimiter, self.delimiter)


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a .csv/.tsv/.txt or .xlsx file; raises TableError with a plain reason."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise TableError(name, say("is not a file"))
    except FileNotFoundError:
        raise TableError(name, say("no such file")) from None
    except OSError as exc:
        raise TableError(name, say("cannot be read ({reason})", reason=exc.strerror or exc)) from None
    if size > limits.MAX_IMPORT_BYTES:
        raise TableError(name, say("is {size} MB; tables above {limit} MB are not imported (split the file)",
                                   size=f"{size / 1e6:.0f}", limit=limits.MAX_IMPORT_BYTES // 2**20))
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            if path.suffix.lower() in XLSX_SUFFIXES or head.startswith((b"PK\x03\x04", _OLE_MAGIC)):
                return _read_xlsx(path, name, head, sheet)
            data = head + f.read()
    except OSError as exc:
        raise TableError(name, say("cannot be read ({reason})", reason=exc.strerror or exc)) from None
    return read_text(data, name, tab=path.suffix.lower() == ".tsv")


# -- text tables -----------------------------------------------------------------------------

def decode(data: bytes, source: str) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding (BOMs first, then UTF-8, then cp1252)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", source), "utf-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source), "utf-16"
    sample = data[:4096]
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return _strict(data, "utf-16-le", source), "utf-16"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
        return _strict(data, "utf-16-be", source), "utf-16"
    if b"\x00" in sample:
        raise TableError(source, say("is binary data, not a table (save it as CSV or XLSX)"))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"  # what Excel on Windows writes as "CSV"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"  # never fails; garbage is refused after


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TableError(source, say("is not readable text ({encoding} fails at byte {position}); save it as "
                                     "CSV in UTF-8", encoding=encoding, position=exc.start)) from None
    return text


def read_text(data: bytes | str, source: str, tab: bool = False) -> Table:
    """A CSV/TSV table from bytes (encoding detected) or text (pasted cells)."""
    if isinstance(data, bytes):
        text, encoding = decode(data, source)
    else:
        text, encoding = data, ""
    if text.startswith("\ufeff"):
        text = text[1:]
    _refuse_binary(text, source)
    delimiter = "\t" if tab else sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = _bounded(reader, source)
    except csv.Error as exc:
        raise TableError(source, say("is not a readable table ({reason})", reason=exc)) from None
    rows = [[unguard(cell) for cell in row] for row in rows]  # '=... as our CSV export wrote it
    return _table(source, rows, encoding=encoding, delimiter=delimiter)


def _refuse_binary(text: str, source: str) -> None:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise TableError(source, say("is binary data, not a table (save it as CSV or XLSX)"))


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (German Excel) or tab, whichever splits the first lines evenly."""
    lines = [ln for ln in text[:20_000].splitlines()[:20] if ln.strip()]
    best, best_score = ",", -1.0
    for candidate in ("\t", ";", ",", "|"):
        counts = [_count_outside_quotes(ln, candidate) for ln in lines]
        if not counts or counts[0] == 0:
            continue
        steady = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = steady * 10 + min(counts[0], 9) / 10
        if score > best_score:
            best, best_score = candidate, score
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _bounded(rows, source: str) -> list[list[str]]:
    """The rows, refusing more than MAX_IMPORT_ROWS. Blank rows are kept only when data follows
    them (row numbers stay right), so a sheet formatted down to row 1,048,576 is no problem."""
    out: list[list[str]] = []
    blank = 0
    for row in rows:
        if not any(cell.strip() for cell in row):
            blank += 1
            if blank > limits.MAX_IMPORT_ROWS_SCANNED:
                break  # nothing but empty rows from here on, as far as anyone would look
            continue
        if len(out) + blank > limits.MAX_IMPORT_ROWS:  # the header plus MAX_IMPORT_ROWS rows
            raise TableError(source, say("has more than {limit} rows; import it in parts",
                                         limit=f"{limits.MAX_IMPORT_ROWS:,}"))
        out.extend([] for _ in range(blank))
        blank = 0
        if len(row) > limits.MAX_IMPORT_COLUMNS:
            if any(cell.strip() for cell in row[limits.MAX_IMPORT_COLUMNS:]):
                raise TableError(source, say("row {row} has more than {limit} columns", row=len(out) + 1,
                                             limit=limits.MAX_IMPORT_COLUMNS))
            row = row[: limits.MAX_IMPORT_COLUMNS]
        out.append(row)
    return out


def _table(source: str, rows: list[list[str]], **how: object) -> Table:
    # Blank rows above the header are skipped; the header is the first row with any text.
    skipped = 0
    while skipped < len(rows) and not any(cell.strip() for cell in rows[skipped]):
        skipped += 1
    rows = rows[skipped:]
    if not rows:
        raise TableError(source, say("is empty: no header row and no data"))
    headers = [cell.strip() for cell in rows[0]]
    width = max(len(r) for r in rows)
    while width > 1 and not any(len(r) >= width and r[width - 1].strip() for r in rows):
        width -= 1  # trailing columns with neither a header nor data
    headers = (headers + [""] * width)[:width]
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    body = [(r + [""] * (width - len(r)))[:width] for r in rows[1:]]
    return Table(source, headers, body, header_row=skipped + 1, **how)  # type: ignore[arg-type]


# -- pasted HTML (what Excel, LibreOffice and Google Sheets put on the clipboard) -------------

class _CellCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._tables = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "table":
            self._tables += 1
        elif tag == "tr" and self._tables == 1:
            self.rows.append([])
        elif tag in ("td", "th") and self.rows and self._tables == 1:
            self._cell = []
            span = dict(attrs).get("colspan")
            # A cell spanning columns keeps the grid aligned with empty cells after it.
            self._span = max(1, min(int(span), 50)) if span and span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._tables -= 1
        elif tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell).replace("\xa0", " ").split(" "))
            self.rows[-1].append(text.strip())
            self.rows[-1].extend([""] * (self._span - 1))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            # HTML collapses whitespace; line breaks inside a cell come from <br>.
            self._cell.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def read_html(html: str, source: str = "clipboard") -> Table | None:
    """The first table of an HTML fragment, or None when it holds no table."""
    if len(html) > limits.MAX_IMPORT_BYTES:
        raise TableError(source, say("is too large to import"))
    parser = _CellCollector()
    parser.feed(html)
    parser.close()
    rows = [r for r in parser.rows if r]
    if not rows:
        return None
    return _table(source, _bounded(iter(rows), source))


# -- workbooks -------------------------------------------------------------------------------

def _read_xlsx(path: Path, name: str, head: bytes, sheet: str | None) -> Table:
    if head.startswith(_OLE_MAGIC):
        with open(path, "rb") as f:
            start = f.read(64 * 1024)
        if _ENCRYPTED_MARK in start or b"EncryptedPackage" in start:
            raise TableError(name, say("is password-protected; open it in Excel, save it without a password "
                                       "and import that copy"))
        raise TableError(name, say("is an old Excel .xls file; save it as .xlsx or CSV first"))
    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
            if declared > limits.MAX_XLSX_UNCOMPRESSED:
                raise TableError(name, say("would unpack to {size} MB (a zip bomb or a huge workbook); workbooks "
                                           "above {limit} MB are not imported", size=f"{declared / 1e6:,.0f}",
                                           limit=limits.MAX_XLSX_UNCOMPRESSED // 2**20))
            if "xl/workbook.xml" not in archive.namelist():
                raise TableError(name, say("is a zip file but not an Excel workbook"))
    except zipfile.BadZipFile:
        raise TableError(name, say("is not a valid .xlsx workbook (damaged or another format)")) from None
    import openpyxl  # deferred: only a workbook import pays for it

    try:
        # Two read-only passes, in step: cached values for formulas Excel computed, and the
        # formula text itself where no value was cached (kept as text, never evaluated).
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise TableError(name, say("is a damaged workbook ({reason})", reason=f"{type(exc).__name__}: {exc}")) from None
    try:
        sheets = list(values.sheetnames)
        if not sheets:
            raise TableError(name, say("has no sheets"))
        chosen = sheet if sheet is not None else sheets[0]
        if chosen not in sheets:
            raise TableError(name, say("has no sheet {sheet!r} (it has {sheets})", sheet=chosen, sheets=", ".join(sheets)))
        ws_v, ws_f = values[chosen], formulas[chosen]
        max_col = limits.MAX_IMPORT_COLUMNS
        pairs = zip(ws_v.iter_rows(max_col=max_col, values_only=True),
                    ws_f.iter_rows(max_col=max_col, values_only=True), strict=False)
        rows = _bounded(([_cell_text(v, f) for v, f in zip(rv, rf, strict=False)] for rv, rf in pairs), name)
    except TableError:
        raise
    except Exception as exc:
        raise TableError(name, say("is a damaged workbook ({reason})", reason=f"{type(exc).__name__}: {exc}")) from None
    finally:
        values.close()
        formulas.close()
    # Read-only sheets report trailing empty cells; trim them so widths reflect the data.
    rows = [_trim(r) for r in rows]
    while rows and not any(rows[-1]):
        rows.pop()
    table = _table(name, rows, sheet=chosen)
    table.sheets = sheets
    return table


def _trim(row: list[str]) -> list[str]:
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]


def _cell_text(value: object, formula: object) -> str:
    if value is None:
        value = formula if isinstance(formula, str) else None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value).strip()
