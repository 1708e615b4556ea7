"""Entry point of `jmap-desktop`.

``jmap-desktop [FILE]`` opens the editor; ``jmap-desktop SUBCOMMAND ...`` works headless. Each
subcommand lives in its own module here with ``register(subparsers)`` and ``run(args) -> int``,
listed in ``COMMANDS`` by a plain import (a frozen app only contains modules that something
imports by name, so discovery at run time would lose them). Modules import their heavy
dependencies (Qt, ReportLab) inside ``run`` so that ``--help`` and the editor's start stay fast.

Exit codes scripts can rely on: 0 success, 1 the input has problems (validation, export),
2 usage errors (bad arguments, unknown template, refusing to overwrite).
"""

from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from . import (
    analyze_cmd,
    diff_cmd,
    export_cmd,
    import_cmd,
    info_cmd,
    kpi_cmd,
    merge_cmd,
    new_cmd,
    screenshot_cmd,
    snapshot_cmd,
    templates_cmd,
    validate_cmd,
    workshop_cmd,
)

# Order here is the order in --help.
COMMANDS = {
    "templates": templates_cmd,
    "new": new_cmd,
    "validate": validate_cmd,
    "info": info_cmd,
    "analyze": analyze_cmd,
    "export": export_cmd,
    "import": import_cmd,
    "kpi": kpi_cmd,
    "screenshot": screenshot_cmd,
    "snapshot": snapshot_cmd,
    "diff": diff_cmd,
    "merge": merge_cmd,
    "workshop": workshop_cmd,
}
SUBCOMMANDS = tuple(COMMANDS)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exits with 2 too; keep the message short
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jmap-desktop",
        usage="jmap-desktop [FILE.jmap]\n       jmap-desktop SUBCOMMAND [options]",
        description="Offline editor for customer journey maps. Without a subcommand, opens the "
        "editor (on FILE when given).",
        epilog="Run 'jmap-desktop SUBCOMMAND --help' for each subcommand's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", parser_class=_Parser,
                                       prog="jmap-desktop")
    for module in COMMANDS.values():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A first argument that is not a subcommand is a file to open in the editor.
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        from .editor import open_editor

        return open_editor(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.run(args) or 0)
    except BrokenPipeError:
        # `jmap-desktop info MAP | head`: the reader left early, which is not an error. Point
        # stdout at nothing so Python's own flush at exit does not complain a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
