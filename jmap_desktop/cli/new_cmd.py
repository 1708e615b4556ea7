"""`jmap-desktop new --template NAME -o OUT.jmap`: a new map from a template, or
`jmap-desktop new --from DATA.xlsx -o OUT.jmap`: a new map built from a research table."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail
from .import_cmd import add_table_options, apply_plan, plan_from_args


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "new", help="create a map from a template",
        description="Create a new map from a bundled template (see 'jmap-desktop templates'). "
        "The new map gets fresh ids; a template whose stages link to detailed maps (customer-lifecycle) "
        "writes them beside it, never over an existing file. An existing file is only replaced with --force. With --from, "
        "the map is built from a table's stages, lanes and cards instead (see 'jmap-desktop import').")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", "-t", metavar="NAME", help="template name")
    source.add_argument("--from", dest="data", metavar="DATA", help="a .csv, .tsv or .xlsx table")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jmap", help="file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT.jmap if it exists")
    add_table_options(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import SaveError, save_map
    from ..io.template_set import linked_templates, write_with_linked
    from ..io.templates import UnknownTemplateError, new_from_template

    out = Path(args.output)
    if out.exists() and not args.force:
        return fail("new", f"{out} already exists; use --force to replace it", EXIT_USAGE)
    if out.is_dir():
        return fail("new", f"{out} is a folder", EXIT_USAGE)
    if args.data:
        return _from_table(args, out)
    try:
        doc = new_from_template(args.template)
    except UnknownTemplateError as exc:
        return fail("new", str(exc), EXIT_USAGE)
    try:
        if linked_templates(doc):  # an overview: its detailed maps go beside it, links working
            written = write_with_linked(args.template, out)
        else:
            save_map(doc, out, backup=False)
            written = [out]
    except SaveError as exc:
        return fail("new", str(exc), EXIT_PROBLEMS)
    print(f"created {out} from the template {args.template!r}")
    for detail in written[1:]:
        print(f"created {detail}, linked from it")
    return EXIT_OK


def _from_table(args, out: Path) -> int:
    from ..io import SaveError, save_map
    from ..model import JourneyMap, MapMeta, StoreError

    doc = JourneyMap(meta=MapMeta(title=Path(args.data).stem.replace("_", " ")[:200]))
    plan, code = plan_from_args("new", doc, args)
    if plan is None:
        return code
    try:
        save_map(apply_plan(doc, plan), out, backup=False)
    except StoreError as exc:
        return fail("new", f"{args.data}: {exc}", EXIT_PROBLEMS)
    except SaveError as exc:
        return fail("new", str(exc), EXIT_PROBLEMS)
    print(f"created {out} from {Path(args.data).name}: {plan.summary}")
    return EXIT_OK
