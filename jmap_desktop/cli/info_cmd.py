"""`jmap-desktop info FILE [--json]`: what a map holds, counted per stage, lane, kind, evidence."""

from __future__ import annotations

import json
from collections import Counter

from .common import EXIT_OK, EXIT_PROBLEMS, load_or_report, terminal_safe


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "info", help="summarise a map",
        description="Count the cards of FILE per stage, lane, card kind and evidence status.")
    parser.add_argument("file", metavar="FILE", help="the map")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.set_defaults(run=run)


def summary(doc) -> dict:
    per_stage = Counter(c.stage_id for c in doc.cards)
    per_lane = Counter(c.lane_id for c in doc.cards)
    return {
        "title": doc.meta.title,
        "schema_version": doc.schema_version,
        "cards": len(doc.cards),
        "connections": len(doc.connections),
        "personas": [p.name for p in doc.personas],
        "stages": [{"id": s.id, "name": s.name, "cards": per_stage[s.id]} for s in doc.stages],
        "lanes": [{"id": ln.id, "name": ln.name, "kind": str(ln.kind), "cards": per_lane[ln.id]}
                  for ln in doc.lanes],
        "kinds": dict(sorted(Counter(str(c.kind) for c in doc.cards).items())),
        "evidence": {status: sum(1 for c in doc.cards if c.evidence.status == status)
                     for status in ("validated", "hypothesis", "invalidated")},
    }


def run(args) -> int:
    doc = load_or_report("info", args.file)
    if doc is None:
        return EXIT_PROBLEMS
    info = summary(doc)
    if args.json:
        print(terminal_safe(json.dumps(info, indent=2, ensure_ascii=False)))
        return EXIT_OK
    print(terminal_safe(f"{info['title']}  ({info['cards']} cards, {info['connections']} connections)"))
    if info["personas"]:
        print(terminal_safe(f"Personas: {', '.join(info['personas'])}"))
    _table("Stage", [(s["name"], s["cards"]) for s in info["stages"]])
    _table("Lane", [(f"{ln['name']} ({ln['kind']})", ln["cards"]) for ln in info["lanes"]])
    _table("Card kind", list(info["kinds"].items()))
    _table("Evidence", list(info["evidence"].items()))
    return EXIT_OK


def _table(title: str, rows: list[tuple[str, int]]) -> None:
    rows = [(terminal_safe(str(name)), count) for name, count in rows]
    width = max([len(title)] + [len(name) for name, _ in rows])
    print(f"\n{title:<{width}}  cards")
    for name, count in rows:
        print(f"{name:<{width}}  {count:>5}")
