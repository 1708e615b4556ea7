"""`jmap-desktop kpi MAP.jmap FEED.csv`: feed dated KPI values into the map's metric cards.

Rows name a metric card by id, or by stage and metric name, with a date and a value; each card
gets the values added to its history and its latest value as current. Rows naming no metric
card are reported (``FEED: row R, column C: message``) and nothing changes (exit 1), unless
``--skip-invalid`` feeds the other rows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "kpi", help="update metric cards from a CSV/XLSX feed of dated values",
        description="Read FEED (.csv, .tsv or .xlsx) with columns for the metric card (id, or "
        "stage and metric name), the date and the value; append the values to each metric's "
        "history and set its current value. Exit status: 0 done, 1 rows name unknown metrics or "
        "hold bad values (nothing changed), 2 usage error.")
    parser.add_argument("map", metavar="MAP.jmap", help="the map to update")
    parser.add_argument("feed", metavar="FEED", help="the KPI feed (.csv, .tsv, .xlsx)")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (the first one)")
    parser.add_argument("--skip-invalid", action="store_true", help="feed the good rows, skip the others")
    parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import SaveError, save_map
    from ..io.kpi_feed import plan_kpis
    from ..io.table_read import TableError, read_table
    from ..model import DocumentStore, StoreError

    target = Path(args.map)
    if not target.is_file():
        return fail("kpi", f"{target}: no such map", EXIT_USAGE)
    doc = load_or_report("kpi", target)
    if doc is None:
        return EXIT_PROBLEMS
    try:
        table = read_table(args.feed, sheet=args.sheet)
    except TableError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    plan = plan_kpis(doc, table)
    for problem in plan.problems:
        print(problem.line(table.source), file=sys.stderr)
    if plan.problems and not args.skip_invalid:
        print("jmap-desktop kpi: nothing updated (fix the rows above or use --skip-invalid)", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.dry_run or not plan.updates:
        print(f"{target}: {plan.summary}" + (" (dry run, nothing changed)" if args.dry_run else ""))
        return EXIT_OK
    store = DocumentStore(doc)
    try:
        store.update_cards(plan.updates)
        save_map(store.doc, target)
    except (StoreError, SaveError) as exc:
        return fail("kpi", str(exc), EXIT_PROBLEMS)
    print(f"{target}: {plan.summary}")
    return EXIT_OK
