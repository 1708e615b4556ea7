"""`jmap-desktop import DATA.(csv|tsv|xlsx) --into MAP.jmap`: cards from a research table.

Prints ``DATA: row R, column C: message`` for each problem and changes nothing (exit 1), unless
``--skip-invalid`` imports the other rows. ``--dry-run`` only prints what would happen. The map
is changed through the same undo command the editor uses, then saved atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="import cards from a CSV, TSV or Excel table",
        description="Import cards from DATA (.csv, .tsv or .xlsx) into MAP. Columns are mapped by "
        "their headers (English or German: stage/Phase, lane/Ebene, text/Notiz, kind/Typ, "
        "emotion/score, evidence, source, tags, owner, persona, channel, value/unit/target, id); "
        "stages and lanes the map lacks are created; a row whose id matches a card updates it. "
        "Exit status: 0 done, 1 the table has problems (nothing is changed), 2 usage error.")
    parser.add_argument("data", metavar="DATA", help="the table (.csv, .tsv, .xlsx)")
    parser.add_argument("--into", required=True, metavar="MAP.jmap", help="the map to import into")
    add_table_options(parser)
    parser.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    parser.set_defaults(run=run)


def add_table_options(parser) -> None:
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (the first one)")
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help="read COLUMN (its header or number) as FIELD, or 'ignore'; repeatable. "
                        "Fields: id, stage, lane, text, kind, emotion, evidence, sources, tags, "
                        "owner, persona, channel, metric_value, metric_unit, metric_target, "
                        "colour, polarity")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and skip the rows with problems")


def mapping_for(headers: list[str], overrides: list[str]) -> list[str] | str:
    """The guessed mapping with ``COLUMN=FIELD`` overrides, or a usage message."""
    from ..io.card_rows import FIELDS, IGNORE, guess_mapping

    mapping = guess_mapping(headers)
    for item in overrides:
        column, sep, field = item.partition("=")
        field = field.strip().lower()
        if not sep or not column.strip():
            return f"--map {item!r}: use COLUMN=FIELD"
        if field not in FIELDS and field != "ignore":
            return f"--map {item!r}: unknown field {field!r} (use {', '.join(FIELDS)} or ignore)"
        wanted = column.strip()
        matches = [i for i, h in enumerate(headers) if h.casefold() == wanted.casefold()]
        if not matches and wanted.isdigit() and 1 <= int(wanted) <= len(headers):
            matches = [int(wanted) - 1]
        if not matches:
            return f"--map {item!r}: no column {wanted!r} (the columns are {', '.join(headers)})"
        field = IGNORE if field == "ignore" else field
        if field:  # a field is read from one column only
            mapping = [IGNORE if f == field else f for f in mapping]
        mapping[matches[0]] = field
    return mapping


def plan_from_args(command: str, doc, args):
    """(plan, exit code): the table read and planned against ``doc``, problems printed."""
    from ..io.table_import import plan_import
    from ..io.table_read import TableError, read_table

    try:
        table = read_table(args.data, sheet=args.sheet)
    except TableError as exc:
        print(str(exc), file=sys.stderr)
        return None, EXIT_PROBLEMS
    if not any(any(cell.strip() for cell in row) for row in table.rows):
        hint = f" on the sheet {table.sheet!r}; choose another with --sheet ({', '.join(table.sheets)})" if table.sheets else ""
        print(f"{table.source}: no rows to import under the header{hint}", file=sys.stderr)
        return None, EXIT_PROBLEMS
    mapping = mapping_for(table.headers, args.map)
    if isinstance(mapping, str):
        return None, fail(command, mapping, EXIT_USAGE)
    plan = plan_import(doc, table, mapping)
    for problem in plan.problems:
        print(problem.line(table.source), file=sys.stderr)
    if plan.problems and not args.skip_invalid:
        print(f"jmap-desktop {command}: nothing imported ({len(plan.skipped_rows)} row(s) with "
              "problems; fix them or use --skip-invalid)", file=sys.stderr)
        return None, EXIT_PROBLEMS
    return plan, EXIT_OK


def apply_plan(doc, plan):
    """``doc`` with ``plan`` applied through the editor's undo command; raises StoreError."""
    from ..commands.import_cards import ImportCardsCommand
    from ..model import DocumentStore

    store = DocumentStore(doc)
    command = ImportCardsCommand(store, plan)
    command.redo()
    if command.error is not None:
        raise command.error
    return store.doc


def run(args) -> int:
    from ..io import SaveError, save_map
    from ..model import StoreError

    target = Path(args.into)
    if not target.is_file():
        return fail("import", f"{target}: no such map (create one with 'jmap-desktop new')", EXIT_USAGE)
    doc = load_or_report("import", target)
    if doc is None:
        return EXIT_PROBLEMS
    plan, code = plan_from_args("import", doc, args)
    if plan is None:
        return code
    if args.dry_run:
        print(f"{target}: would import {plan.summary} (dry run, nothing changed)")
        return EXIT_OK
    try:
        doc = apply_plan(doc, plan)
        save_map(doc, target)
    except StoreError as exc:
        return fail("import", f"{args.data}: {exc}; nothing imported", EXIT_PROBLEMS)
    except SaveError as exc:
        return fail("import", str(exc), EXIT_PROBLEMS)
    print(f"{target}: {plan.summary}")
    return EXIT_OK
