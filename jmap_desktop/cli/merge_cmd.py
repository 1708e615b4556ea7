"""`jmap-desktop merge MINE THEIRS -o OUT [--ours|--theirs]`: merge two copies of a map."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "merge", help="merge two copies of a map",
        description="Merge THEIRS into MINE against the newest revision both files share (or, "
        "for maps started separately, by matching stages, lanes and cards). Every change only "
        "one side made is kept. When both sides disagree the conflicts are listed, no file is "
        "written and the exit code is 1, unless --ours or --theirs settles them all.")
    parser.add_argument("mine", metavar="MINE", help="your copy")
    parser.add_argument("theirs", metavar="THEIRS", help="the other copy")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the merged map")
    side = parser.add_mutually_exclusive_group()
    side.add_argument("--ours", action="store_const", const="ours", dest="side",
                      help="settle every conflict with MINE's version")
    side.add_argument("--theirs", action="store_const", const="theirs", dest="side",
                      help="settle every conflict with THEIRS' version")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    parser.add_argument("--author", default="", help="who merges (recorded in the history)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import LoadError, SaveError, load_data, save_map
    from ..io.history import record_revision
    from ..versions.copies import changed_outside, merge_copies, theirs_head

    out = Path(args.output)
    if out.exists() and not args.force and out.resolve() != Path(args.mine).resolve():
        return fail("merge", f"{out} exists; use --force to overwrite it", EXIT_USAGE)
    mine, theirs = load_or_report("merge", args.mine), load_or_report("merge", args.theirs)
    if mine is None or theirs is None:
        return EXIT_PROBLEMS
    result, base = merge_copies(mine, theirs, default=args.side)
    if result.unresolved:
        _report(result, args)
        return EXIT_PROBLEMS
    try:
        merged = load_data(result.data, source=out)
    except LoadError as exc:  # a conflict choice broke a rule of the map (e.g. a scale change)
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    merged.history = mine.history
    pending = record_revision(merged, author=args.author, note=f"Merged {Path(args.theirs).name}",
                              merged=theirs_head(theirs))
    try:
        save_map(merged, out)
    except SaveError as exc:
        pending.rollback()
        return fail("merge", str(exc), EXIT_PROBLEMS)
    pending.commit()
    settled = len(result.conflicts)
    how = (f"against revision {base.revision_id[:8]}" if base
           else "by matching (a copy was changed by another program since JMap saved it)"
           if changed_outside(mine, theirs) else "by matching (no shared revision)")
    print(f"Merged {args.theirs} into {args.mine} {how}: {out}"
          + (f" ({settled} conflict(s) settled with --{args.side})" if settled else ""))
    return EXIT_OK


def _report(result, args) -> None:
    conflicts = result.unresolved
    if args.json:
        print(json.dumps({"conflicts": [
            {"key": c.key, "kind": c.kind, "label": c.label, "ours": None if c.ours_gone else c.ours,
             "theirs": None if c.theirs_gone else c.theirs, "ours_deleted": c.ours_gone,
             "theirs_deleted": c.theirs_gone} for c in conflicts]}, indent=2, ensure_ascii=False))
    else:
        print(f"{len(conflicts)} conflict(s) between {args.mine} (ours) and {args.theirs} (theirs); "
              "nothing written. Settle them in the editor (File › Merge Copy…) or rerun with "
              "--ours or --theirs.")
        for c in conflicts:
            print(f"  {c.label}\n      ours:   {_show(c.ours, c.ours_gone)}\n"
                  f"      theirs: {_show(c.theirs, c.theirs_gone)}")
    print(f"jmap-desktop merge: {len(conflicts)} conflict(s); no output written", file=sys.stderr)


def _show(value, gone: bool) -> str:
    if gone:
        return "(deleted)"
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 100 else text[:99] + "…"
