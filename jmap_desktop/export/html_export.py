"""One self-contained, interactive HTML file of a map, for people without the app.

The page is the viewer (``data/viewer``: markup, stylesheet and script, inlined), the map's
data as JSON in a ``<script type="application/json">`` block, and the bundled fonts subset to
the characters used. Nothing is fetched: a Content-Security-Policy allows only the viewer's own
script and style (by hash) and data: images and fonts, so even a hostile card cannot run code
or make the reader's browser reach the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import tempfile
from pathlib import Path

from .. import __version__
from ..model import JourneyMap
from ..resources import data_dir
from .html_data import viewer_data, without_hidden_lanes
from .html_fonts import collect_text, css_font_stack, font_faces


def viewer_dir() -> Path:
    return data_dir() / "viewer"


def _json_for_script(data: dict) -> str:
    # Inside <script> only "</script" or "<!--" could end or confuse the block; escaping every
    # <, > and & as \\u escapes keeps the JSON valid and the HTML parser blind to it.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def export_hidden(doc: JourneyMap, extra=frozenset()) -> frozenset[str]:
    """The lanes marked "hidden in export", plus ``extra`` lane ids."""
    return frozenset(extra) | {ln.id for ln in doc.lanes if ln.hidden_in_export}


def map_html(doc: JourneyMap, hidden_lanes: frozenset[str] | None = None, *,
             comments: bool = True) -> str:
    """The page for ``doc``. The lanes in ``hidden_lanes`` (by default those marked hidden in
    export) are left out of it entirely: not drawn, not listed, not in the data."""
    doc = without_hidden_lanes(doc, export_hidden(doc) if hidden_lanes is None else frozenset(hidden_lanes))
    data, _layout = viewer_data(doc, comments=comments)
    chars: set[str] = set()
    collect_text(data, chars)
    folder = viewer_dir()
    style = (f":root{{--font:{css_font_stack()}}}\n" + font_faces(chars) + "\n"
             + (folder / "viewer.css").read_text("utf-8"))
    script = (folder / "viewer.js").read_text("utf-8")
    csp = ("default-src 'none'; script-src " + _sha256(script) + "; style-src " + _sha256(style)
           + "; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    values = {"csp": csp, "version": __version__, "title": html.escape(doc.meta.title),
              "style": style, "script": script, "data": _json_for_script(data)}
    template = (folder / "viewer.html").read_text("utf-8")
    # One pass over the template only: text inside the values is never scanned for tokens.
    return re.sub(r"\{(csp|version|title|style|script|data)\}", lambda m: values[m.group(1)], template)


def export_html(doc: JourneyMap, path: str | Path, hidden_lanes: frozenset[str] | None = None, *,
                comments: bool = True) -> int:
    """Write the page atomically; returns its size in bytes."""
    path = Path(path)
    page = map_html(doc, hidden_lanes, comments=comments).encode("utf-8")
    fd, tmp = tempfile.mkstemp(suffix=".html", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(page)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; a page is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(page)
