"""`jmap-desktop validate FILE...`: exit 0 when every file is a valid map, else one line per problem."""

from __future__ import annotations

from .common import EXIT_OK, EXIT_PROBLEMS, load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate", help="check .jmap files",
        description="Check each FILE. Prints 'FILE: place: message' for every problem. Exit "
        "status: 0 all valid, 1 some file has problems, 2 usage error.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="maps to check")
    parser.set_defaults(run=run)


def run(args) -> int:
    ok = True
    for path in args.files:
        if load_or_report("validate", path) is None:
            ok = False
    return EXIT_OK if ok else EXIT_PROBLEMS
