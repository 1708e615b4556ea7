"""`jmap-desktop snapshot MAP --name NAME` pins the saved map as a named snapshot; `--list` shows
the file's history (snapshots and revisions) and its size limit."""

from __future__ import annotations

import json

from .common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, load_or_report


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "snapshot", help="name the saved map, or list the file's history",
        description="Record the map in FILE as a named snapshot in the file's own history "
        "(never pruned), or list its snapshots and revisions. Compare with "
        "'jmap-desktop diff FILE@NAME FILE'.")
    parser.add_argument("file", metavar="FILE", help="the map")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--name", help='the snapshot\'s name, e.g. "After workshop 2"')
    group.add_argument("--list", action="store_true", help="list snapshots and revisions")
    parser.add_argument("--author", default="", help="who takes the snapshot")
    parser.add_argument("--json", action="store_true", help="with --list: print a JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..io import SaveError, save_map
    from ..io.history import add_snapshot, record_revision

    if args.name is not None and not args.name.strip():
        return fail("snapshot", "the snapshot name is empty", EXIT_USAGE)
    doc = load_or_report("snapshot", args.file)
    if doc is None:
        return EXIT_PROBLEMS
    if args.list:
        return _list(doc, args.json)
    # A map written without history (or changed by another tool) is recorded as a revision first.
    pending = record_revision(doc, author=args.author)
    snap = add_snapshot(doc, args.name, author=args.author)
    try:
        save_map(doc, args.file)
    except SaveError as exc:
        pending.rollback()
        return fail("snapshot", str(exc), EXIT_PROBLEMS)
    pending.commit()
    print(f"Snapshot “{snap.name}” of revision {snap.revision[:8]} saved in {args.file}")
    return EXIT_OK


def _list(doc, as_json: bool) -> int:
    from ..io.history import history_size, map_data, size_limit

    history = doc.history
    if history is None:
        print(json.dumps({"snapshots": [], "revisions": []}) if as_json else
              "This map has no history yet: it is recorded from the next save.")
        return EXIT_OK
    data = history.model_dump(mode="json", exclude={"revisions": {"__all__": {"patch"}}})
    data["size"], data["limit"] = history_size(history), size_limit(history, map_data(doc))
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print("Snapshots:" if history.snapshots else "No snapshots.")
    for snap in history.snapshots:
        print(f"  {snap.name:<30} {_when(snap.time)}  {snap.author or '-':<16} {snap.revision[:8]}")
    print(f"Revisions: {len(history.revisions)}, newest last; {data['size'] // 1024} KB of a "
          f"{data['limit'] // 1024} KB limit, kept {history.keep_days} days")
    for rev in history.revisions:
        print(f"  {rev.id[:8]}  {_when(rev.time)}  {rev.author or '-':<16} {rev.note}".rstrip())
    return EXIT_OK


def _when(time) -> str:
    return time.strftime("%Y-%m-%d %H:%M")
