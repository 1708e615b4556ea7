"""`jmap-desktop templates`: the bundled templates, one line each (name and description)."""

from __future__ import annotations

from .common import EXIT_OK


def register(subparsers) -> None:
    parser = subparsers.add_parser("templates", help="list the bundled map templates",
                                   description="List the bundled templates: name and description.")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io.templates import list_templates

    templates = list_templates()
    width = max((len(t.name) for t in templates), default=0)
    for t in templates:
        print(f"{t.name:<{width}}  {t.description or t.title}")
    return EXIT_OK
