"""Author the bundled templates from compact text specs and write them to jmap_desktop/data/templates/*.jmap.

Run `python scripts/build_templates.py` after changing a spec; the .jmap files it writes are
what ships (and what tests check). Spec lines:

    stage KEY Name [| width] [| link=FILE.jmap]    lane KEY KIND Name
    about KEY [time span] | description    (the stage's, read under its title when presenting)
    persona KEY Name | Role | quote | goal; goal | need; need | frustration; frustration
    ID: STAGE LANE KIND EVIDENCE EMOTION | text [| key=value ...]
    flow ID > ID > ID          depends ID > ID          (connections, with optional "label")

EVIDENCE is H (hypothesis), V (validated) or X (invalidated); EMOTION a score or "-".
Extras: channel=web, metric=value/unit/target, polarity=positive, persona=KEY, tags=a;b,
owner=Team, src=kind/date/description/link (several separated by ";;"), link=FILE.jmap[#KEY]
(a link to another template beside it, or to its card KEY).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jmap_desktop.io import save_map  # noqa: E402
from jmap_desktop.model import (  # noqa: E402
    Card,
    Connection,
    DocumentStore,
    Evidence,
    Lane,
    MapLink,
    MapMeta,
    Metric,
    Persona,
    Source,
    Stage,
)

STAMP = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
EVIDENCE = {"H": "hypothesis", "V": "validated", "X": "invalidated"}


def readable_id(prefix: str, name: str) -> str:
    """``stage-post-purchase`` from ("stage", "Post-purchase"); ids stay legible in diffs."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug if slug.startswith(prefix + "-") else f"{prefix}-{slug}"


def build(name: str, meta: dict, spec: str):
    store = DocumentStore()
    personas: dict[str, str] = {}
    axes: dict[str, str] = {}  # spec key ("stage:aw", "lane:act") -> id
    about = _stage_abouts(spec)
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(" ")
        if head == "about":
            continue  # read above, given to its stage
        if head == "stage":
            key, _, tail = rest.partition(" ")
            title, _, width = tail.partition("|")
            width, _, link = width.partition("|")
            axes[f"stage:{key}"] = readable_id("stage", title)
            store.add_stage(Stage(id=axes[f"stage:{key}"], name=title.strip(),
                                  width=float(width) if width.strip() else 260.0,
                                  time_span=about.get(key, ("", ""))[0], description=about.get(key, ("", ""))[1],
                                  link=_link(link.strip().removeprefix("link=")) if link.strip() else None))
        elif head == "lane":
            key, kind, title = rest.split(" ", 2)
            axes[f"lane:{key}"] = readable_id("lane", title)
            store.add_lane(Lane(id=axes[f"lane:{key}"], kind=kind, name=title))
        elif head == "persona":
            key, _, tail = rest.partition(" ")
            parts = [p.strip() for p in tail.split("|")]
            split = lambda s: [x.strip() for x in s.split(";") if x.strip()]  # noqa: E731
            pid = f"persona-{key}"
            store.add_persona(Persona(id=pid, name=parts[0], role=parts[1], quote=parts[2],
                                      goals=split(parts[3]), needs=split(parts[4]),
                                      frustrations=split(parts[5])))
            personas[key] = pid
        elif head in ("flow", "depends"):
            body, _, label = rest.partition('"')
            ids = [x.strip() for x in body.split(">")]
            for a, b in zip(ids, ids[1:], strict=False):
                store.add_connection(Connection(
                    id=f"conn-{name}-{a}-{b}", source_id=f"card-{name}-{a}",
                    target_id=f"card-{name}-{b}", kind="flow" if head == "flow" else "dependency",
                    label=label.rstrip('"')))
        else:
            store.add_card(_card(name, head.rstrip(":"), rest, personas, axes))
    meta = dict(meta)
    primary = meta.pop("primary", None)
    store.doc.meta = MapMeta(created=STAMP, modified=STAMP, **meta,
                             primary_persona_id=personas.get(primary) if primary else None)
    return store.doc


def _stage_abouts(spec: str) -> dict[str, tuple[str, str]]:
    """``about KEY time span | description`` lines: stage KEY -> (time span, description)."""
    found = {}
    for raw in spec.strip().splitlines():
        head, _, rest = raw.strip().partition(" ")
        if head == "about":
            key, _, tail = rest.partition(" ")
            span, _, text = tail.partition("|")
            found[key] = (span.strip(), text.strip())
    return found


def _card(name: str, key: str, rest: str, personas: dict[str, str], axes: dict[str, str]) -> Card:
    fields, text, *extras = [p.strip() for p in rest.split("|")]
    stage, lane, kind, evidence, emotion = fields.split()
    card = {"id": f"card-{name}-{key}", "stage_id": axes[f"stage:{stage}"],
            "lane_id": axes[f"lane:{lane}"],
            "kind": kind, "text": text, "emotion": None if emotion == "-" else float(emotion)}
    sources = []
    for extra in extras:
        k, _, v = extra.partition("=")
        if k == "channel":
            card["channel"] = v
        elif k == "metric":
            value, unit, target = v.split("/")
            card["metric"] = Metric(value=float(value) if value else None, unit=unit,
                                    target=float(target) if target else None)
        elif k == "polarity":
            card["polarity"] = v
        elif k == "persona":
            card["persona_id"] = personas[v]
        elif k == "tags":
            card["tags"] = [t for t in v.split(";") if t]
        elif k == "owner":
            card["owner"] = v
        elif k == "link":
            card["link"] = _link(v)
        elif k == "src":
            for item in v.split(";;"):
                kind_, date, description, link = (item.split("/", 3) + ["", "", ""])[:4]
                sources.append(Source(kind=kind_, date=dt.date.fromisoformat(date) if date else None,
                                      description=description, link=link))
    card["evidence"] = Evidence(status=EVIDENCE[evidence], sources=sources)
    return Card(**card)


def _link(value: str) -> MapLink:
    """``saas-trial-onboarding.jmap#a2``: that template beside this one, at its card a2."""
    path, _, key = value.partition("#")
    return MapLink(path=path, card_id=f"card-{path.removesuffix('.jmap')}-{key}" if key else None)


def main() -> None:
    from template_specs import TEMPLATES  # noqa: PLC0415 (the specs live beside this script)

    out = ROOT / "jmap_desktop" / "data" / "templates"
    out.mkdir(exist_ok=True)
    for name, meta, spec in TEMPLATES:
        save_map(build(name, meta, spec), out / f"{name}.jmap", backup=False)
        print(f"wrote {out.relative_to(ROOT)}/{name}.jmap")


if __name__ == "__main__":
    main()
