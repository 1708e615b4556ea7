"""Builders of real research tables for import tests: CSV in every encoding, workbooks, hostile files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

ROWS = [
    ["Stage", "Lane", "Text", "Kind", "Emotion"],
    ["Discover", "Actions", "Sees an ad für Schuhe", "note", "1"],
    ["Discover", "Pain points", "Too many choices", "pain point", "-1"],
    ["Buy", "Actions", "Pays — with card", "", "0"],
]


def write_csv(path: Path, rows=ROWS, encoding="utf-8", delimiter=",") -> Path:
    text = "\r\n".join(delimiter.join(_quote(c, delimiter) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def _quote(cell: str, delimiter: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if delimiter in cell or '"' in cell else cell


def write_xlsx(path: Path) -> Path:
    """A workbook as people make them: a title sheet first, merged stage cells, a date, a formula."""
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb["Notes"]["A1"] = "Read me: the map is on the next sheet"
    ws = wb.create_sheet("Map")
    ws.append(["Phase", "Ebene", "Beobachtung", "Score", "Quelle", "Datum"])
    ws.append(["Entdecken", "Handlungen", "Sieht Werbung", 1, "interview", dt.datetime(2026, 3, 5)])
    ws.append([None, "Schmerzpunkte", "Zu viele Modelle", -1.5, "survey", dt.date(2026, 3, 6)])
    ws.append(["Kaufen", "Handlungen", '=CONCAT("Bezahlt ","mit Karte")', 0, None, None])
    ws.merge_cells("A2:A3")  # the stage heading spans its rows
    wb.save(path)
    return path


def zip_bomb(path: Path) -> Path:
    """A tiny .xlsx whose sheet declares gigabytes once unpacked (patched size fields)."""
    write_xlsx(path)
    data = bytearray(path.read_bytes())
    start = 0
    while (at := data.find(b"PK\x01\x02", start)) >= 0:  # central directory entries
        data[at + 24:at + 28] = (0xFFFFFF00).to_bytes(4, "little")  # uncompressed size
        start = at + 4
    path.write_bytes(bytes(data))
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE file with an EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    return path


def corrupt_xlsx(path: Path) -> Path:
    write_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_not_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return path
