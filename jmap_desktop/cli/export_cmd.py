"""`jmap-desktop export FILE -o OUT.{pdf,png,svg,csv,html}`: posters, tiled sheets, images, data,
and the interactive page for people without the app."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report

MAX_DPI = 600
FORMATS = (".pdf", ".png", ".svg", ".csv", ".xlsx", ".pptx", ".html")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "export", help="export a poster PDF, tiled sheets, PNG, SVG, CSV, interactive HTML, Excel or PowerPoint",
        description="Export FILE. The format follows the extension of -o: .pdf (a vector poster, "
        "or tiled sheets with --tile), .png (the canvas at --dpi), .svg, .csv (one row per card), .html (one self-contained interactive page; lanes marked hidden "
        "in export are always left out of it), .xlsx (a Map sheet laid out like the map plus data "
        "sheets), .pptx (16:9 slides: title, map picture, emotion curve, a slide per stage). "
        "Exit status: 0 done, 1 the map has problems or cannot be written, 2 usage error.")
    parser.add_argument("file", metavar="FILE", help="the map")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    parser.add_argument("--page", default="A0", help="A0-A4, ARCH-D, ARCH-E, ANSI-D, ANSI-E, Letter, "
                        "Legal, Tabloid, 24in/36in/42in roll (ROLL24...), or WxH like 900x600mm (A0)")
    parser.add_argument("--orientation", choices=("auto", "portrait", "landscape"), default="auto")
    parser.add_argument("--margin", default="12mm", help="page margin (12mm)")
    parser.add_argument("--scale", type=float, help="fixed scale instead of fitting the page "
                        "(1 = the canvas at 100 %%)")
    parser.add_argument("--tile", metavar="SHEET", help="print on A4, Letter, A3, Legal or Tabloid sheets")
    parser.add_argument("--overlap", default="10mm", help="glue margin between tiled sheets (10mm)")
    parser.add_argument("--hide-lane", action="append", default=[], metavar="NAME",
                        help="leave a lane out (name or id); repeat for several")
    parser.add_argument("--no-persona", action="store_true", help="leave the persona panel out")
    parser.add_argument("--no-comments", action="store_true", help="leave card comments out of the HTML page")
    parser.add_argument("--no-photos", action="store_true", help="leave card photos off the poster")
    parser.add_argument("--dpi", type=int, default=150, help=f"PNG resolution (150, at most {MAX_DPI})")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return fail("export", f"cannot tell the format of {out.name}: use {', '.join(FORMATS)}", EXIT_USAGE)
    if not out.parent.is_dir():
        return fail("export", f"the folder {out.parent} does not exist", EXIT_USAGE)
    if suffix == ".png" and not 10 <= args.dpi <= MAX_DPI:
        return fail("export", f"--dpi must be between 10 and {MAX_DPI} (a poster-size PNG above that "
                    "would take gigabytes; export a PDF for print)", EXIT_USAGE)
    from ..export import (
        ExportError,
        PageError,
        export_csv,
        export_hidden,
        export_html,
        export_pdf,
        export_svg,
        hidden_lane_ids,
        plan_poster,
    )
    from ..export.pages import parse_length
    from ..export.poster import PosterOptions

    doc = load_or_report("export", args.file)
    if doc is None:
        return EXIT_PROBLEMS
    try:
        hidden = hidden_lane_ids(doc, args.hide_lane)
        if suffix == ".pdf":
            options = PosterOptions(page=args.page, orientation=args.orientation,
                                    margin=parse_length(args.margin), scale=args.scale,
                                    hidden_lanes=hidden, persona_panel=not args.no_persona, photos=not args.no_photos,
                                    tile=args.tile, overlap=parse_length(args.overlap))
            plan = plan_poster(doc, options, hidden)  # the same plan the dialog's preview shows
            export_pdf(doc, out, options, plan)
            for warning in plan.warnings:
                print(f"jmap-desktop export: note: {warning}", file=sys.stderr)
            print(f"wrote {out} ({plan.describe()})")
        elif suffix == ".xlsx":
            from ..export.xlsx_export import export_xlsx

            print(f"wrote {out} ({export_xlsx(doc, out, export_hidden(doc, hidden))} cards on the Map sheet)")
        elif suffix == ".pptx":
            return _pptx(doc, out, export_hidden(doc, hidden))
        elif suffix == ".csv":
            print(f"wrote {out} ({export_csv(doc, out)} cards)")
        elif suffix == ".html":
            size = export_html(doc, out, export_hidden(doc, hidden), comments=not args.no_comments)
            print(f"wrote {out} ({size / 1024:.0f} KB, {len(doc.cards)} cards in the map)")
        elif suffix == ".svg":
            export_svg(doc, out, hidden)
            print(f"wrote {out}")
        else:
            return _png(doc, out, args.dpi, hidden)
    except (PageError, ExportError) as exc:
        return fail("export", str(exc), EXIT_USAGE)
    except OSError as exc:
        return fail("export", f"{out}: cannot be written ({exc.strerror or exc})", EXIT_PROBLEMS)
    return EXIT_OK


def _pptx(doc, out: Path, hidden) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the map picture needs no display
    from PySide6.QtWidgets import QApplication

    from ..canvas.map_png import map_png_bytes
    from ..export.pptx_export import export_pptx

    _app = QApplication.instance() or QApplication(["jmap-desktop"])
    slides = export_pptx(doc, out, map_png_bytes(doc, hidden_lanes=hidden), hidden)
    print(f"wrote {out} ({slides} slides)")
    return EXIT_OK


def _png(doc, out: Path, dpi: int, hidden) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the picture needs no display
    from PySide6.QtWidgets import QApplication

    from ..canvas.map_png import PictureTooLarge, save_map_png

    _app = QApplication.instance() or QApplication(["jmap-desktop"])
    try:  # painted strip by strip: memory holds one strip of the picture, not all of it
        width, height = save_map_png(doc, dpi / 72, out, hidden)  # layout units are points
    except PictureTooLarge as exc:
        return fail("export", f"{exc} (--dpi)", EXIT_USAGE)
    print(f"wrote {out} ({width}x{height} at {dpi} dpi)")
    return EXIT_OK
