"""`jmap-desktop analyze FILE [--json]`: scenarios, emotion curve, evidence, hotspots, checks."""

from __future__ import annotations

import json

from .common import EXIT_OK, EXIT_PROBLEMS, load_or_report, terminal_safe


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "analyze", help="analyse a map's paths, emotions and evidence",
        description="Analyse FILE: scenarios (paths through the flow connections, worst first), "
        "the emotion curve per stage, evidence coverage, pain hotspots and structure checks.")
    parser.add_argument("file", metavar="FILE", help="the map")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.add_argument("--max-scenarios", type=int, default=50, metavar="N",
                        help="list at most N scenarios (all are counted); default 50")
    parser.set_defaults(run=run)


def run(args) -> int:
    from ..analysis import analyze, report_to_json

    doc = load_or_report("analyze", args.file)
    if doc is None:
        return EXIT_PROBLEMS
    report = analyze(doc, max(1, args.max_scenarios))
    if args.json:
        print(terminal_safe(json.dumps(report_to_json(report), indent=2, ensure_ascii=False)))
    else:
        print(terminal_safe(render_text(doc, report)))
    return EXIT_OK


def render_text(doc, report) -> str:
    stages = {s.id: s.name or "(unnamed stage)" for s in doc.stages}
    lanes = {ln.id: ln.name or "(unnamed lane)" for ln in doc.lanes}
    cards = {c.id: c for c in doc.cards}
    out = [doc.meta.title, "=" * len(doc.meta.title)]

    out += ["", "Emotion curve (mean score per stage, number of scores)"]
    width = max([len(n) for n in stages.values()] + [5])
    for e in report.emotion:
        value = "   —" if e.mean is None else f"{e.mean:+4.1f}"
        out.append(f"  {stages[e.stage_id]:<{width}}  {value}  ({e.count})")

    shares = report.evidence.shares
    out += ["", f"Evidence ({report.evidence.total} cards): "
            f"{shares['validated']:.0%} validated, {shares['hypothesis']:.0%} hypothesis, "
            f"{shares['invalidated']:.0%} invalidated"]

    bound = "" if report.scenarios_exact else "at least "  # too many paths to count them all
    out += ["", f"Scenarios: {bound}{report.scenarios_total} path(s)"
            + (f", showing the first {len(report.scenarios)}" if report.scenarios_total > len(report.scenarios) else "")
            + ", worst first"]
    for i, s in enumerate(report.scenarios[:10], 1):
        mean = "unscored" if s.mean_emotion is None else f"mean {s.mean_emotion:+.1f}"
        steps = " → ".join(_short(cards[c].text) for c in s.cards)
        out.append(f"  {i}. ({mean}, {len(s.pain_points)} pain point(s)) {steps}")

    if report.hotspots:
        out += ["", "Hotspots (pain points and negative emotion)"]
        for h in report.hotspots[:5]:
            out.append(f"  {stages.get(h.stage_id, h.stage_id)} × {lanes.get(h.lane_id, h.lane_id)}: "
                       f"{h.pain_points} pain point(s), {h.negative} negative score(s)")
    if report.graph.cycles:
        out += ["", f"Cycles in the flow: {len(report.graph.cycles)}"]
    if report.checks:
        out += ["", f"Checks ({len(report.checks)})"]
        out += [f"  - {c.message}" for c in report.checks]
    return "\n".join(out)


def _short(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
