"""`jmap-desktop new --template NAME -o OUT.jmap`: a new map from a template."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "new", help="create a map from a template",
        description="Create a new map from a bundled template (see 'jmap-desktop templates'). "
        "The new map gets fresh ids. An existing file is only replaced with --force.")
    parser.add_argument("--template", "-t", required=True, metavar="NAME", help="template name")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.jmap", help="file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT.jmap if it exists")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import SaveError, save_map
    from ..io.templates import UnknownTemplateError, new_from_template

    out = Path(args.output)
    if out.exists() and not args.force:
        return fail("new", f"{out} already exists; use --force to replace it", EXIT_USAGE)
    if out.is_dir():
        return fail("new", f"{out} is a folder", EXIT_USAGE)
    try:
        doc = new_from_template(args.template)
    except UnknownTemplateError as exc:
        return fail("new", str(exc), EXIT_USAGE)
    try:
        save_map(doc, out, backup=False)
    except SaveError as exc:
        return fail("new", str(exc), EXIT_PROBLEMS)
    print(f"created {out} from the template {args.template!r}")
    return EXIT_OK
