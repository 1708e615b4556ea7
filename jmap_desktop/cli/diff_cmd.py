"""`jmap-desktop diff A B [--json]`: what changed from map A to map B (files or snapshots)."""

from __future__ import annotations

import json
import sys

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail

EXIT_DIFFERENT = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "diff", help="compare two maps or versions",
        description="List what was added, removed, changed and moved from A to B. A and B are "
        ".jmap files or MAP.jmap@SNAPSHOT (a snapshot or revision in the file's history). "
        "Maps drawn separately are matched by stage and lane names and card text. Exit 0 when "
        "identical, 1 when they differ, 2 when a file or version cannot be read.")
    parser.add_argument("before", metavar="A", help="the older map or MAP.jmap@SNAPSHOT")
    parser.add_argument("after", metavar="B", help="the newer map or MAP.jmap@SNAPSHOT")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--pdf", metavar="OUT.pdf",
                        help="also draw B with the change marks and their legend on one page")
    parser.add_argument("--page", default="A3", help="paper for --pdf (default A3)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..versions import compare
    from ..versions.sources import LoadError, VersionNotFound, open_version

    try:
        a, b = open_version(args.before), open_version(args.after)
    except LoadError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except VersionNotFound as exc:
        return fail("diff", str(exc), EXIT_USAGE)
    result = compare(a.data, b.data)
    if args.pdf:
        code = _pdf(result, a.label, args.pdf, args.page)
        if code:
            return code
    if args.json:
        out = {"before": a.label, "after": b.label, **result.to_json()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print_text(result, a.label, b.label)
    return EXIT_OK if result.identical else EXIT_DIFFERENT


def _pdf(result, before: str, out: str, page: str) -> int:
    from ..export.pages import PageError
    from ..export.plan import ExportError
    from ..io import LoadError, load_data
    from ..versions.compare_pdf import export_comparison_pdf

    try:
        doc = load_data(result.after, source=out)
        export_comparison_pdf(doc, result, out, f"Changes since {before}", page)
    except (ExportError, PageError, LoadError) as exc:
        return fail("diff", str(exc), EXIT_PROBLEMS)
    return 0


SIGNS = {"added": "+", "removed": "-", "changed": "~", "moved": ">"}


def print_text(result, before: str, after: str) -> None:
    if result.identical:
        print(f"{before} and {after} are identical")
        return
    counts = ", ".join(f"{n} {kind}" for kind, n in result.counts().items() if n)
    print(f"{before} → {after}: {counts}")
    for change in result.changes:
        what = change.collection.rstrip("s").replace("_", " ")
        line = f"{SIGNS[change.kind]} {what} “{change.label}”"
        if change.kind == "moved" and change.collection == "cards":
            old, new = result.cells_of_move(change)
            details = f"{old} → {new}"
        else:
            details = "; ".join(f"{f.field}: {_value(f.before)} → {_value(f.after)}"
                                for f in change.fields)
        print(f"{line}: {details}" if details else line)


def _value(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 80 else text[:79] + "…"


__all__ = ["EXIT_DIFFERENT", "EXIT_OK", "EXIT_PROBLEMS", "register", "run"]
