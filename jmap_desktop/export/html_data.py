"""What the interactive HTML viewer shows, as plain JSON-able data (no Qt, no markup).

The geometry comes from the shared layout (the poster's layout), so the browser draws every
stage, lane, card and wrapped line where the poster puts it, and each card's face (icons,
badges, a KPI's strip) as the poster draws it (``export.html_face``). Lanes hidden from export are
removed from the document *before* anything is taken from it: their cards, connections,
comments and photos never reach this data, so a client copy cannot leak backstage text.
"""

from __future__ import annotations

import datetime as dt

from ..analysis import emotion_by_persona, emotion_by_stage, evidence_coverage, find_scenarios
from ..layout import MapLayout, compute_layout, is_rtl, palette, smooth_curve
from ..layout.card_face import card_face, photo_bottom
from ..layout.header_face import lane_header_face, stage_header_face
from ..model import JourneyMap
from ..model.kinds import (
    CARD_KIND_LABELS,
    CHANNEL_LABELS,
    EVIDENCE_LABELS,
    LANE_KIND_LABELS,
    CardKind,
    EvidenceStatus,
    MapState,
)
from .html_face import face_data, header_ops

SCENARIO_LIMIT = 20


def without_hidden_lanes(doc: JourneyMap, hidden: frozenset[str]) -> JourneyMap:
    """A copy of ``doc`` without the lanes in ``hidden`` (ids), their cards and connections."""
    if not hidden:
        return doc
    copy = doc.model_copy(deep=True)
    copy.lanes = [ln for ln in copy.lanes if ln.id not in hidden]
    copy.cards = [c for c in copy.cards if c.lane_id not in hidden]
    kept = {c.id for c in copy.cards}
    copy.connections = [k for k in copy.connections if k.source_id in kept and k.target_id in kept]
    return copy


def _r(rect) -> list[float]:
    return [round(rect.x, 2), round(rect.y, 2), round(rect.w, 2), round(rect.h, 2)]


def _pt(points) -> list[list[float]]:
    return [[round(x, 2), round(y, 2)] for x, y in points]


def _image_uri(image) -> str | None:
    if image is None:
        return None
    return f"data:{image.media_type};base64,{image.data}"


def _link(link) -> dict | None:
    """A link to another map, shown as text only: the viewer never follows local paths."""
    if link is None:
        return None
    return {"path": getattr(link, "path", ""), "card": getattr(link, "card_id", None)}


def viewer_data(doc: JourneyMap, *, comments: bool = True) -> tuple[dict, MapLayout]:
    """Everything the viewer draws and lists, from an already lane-filtered document."""
    layout = compute_layout(doc)
    st = layout.style
    personas = {p.id: p for p in doc.personas}
    stages_by_id = {s.id: s for s in doc.stages}
    lanes_by_id = {ln.id: ln for ln in doc.lanes}
    meta = doc.meta
    data: dict = {
        "meta": {
            "title": meta.title, "subtitle": meta.subtitle, "description": meta.description,
            "scenario": meta.scenario, "goal": meta.goal, "expectations": list(meta.expectations),
            "organisation": meta.organisation, "authors": list(meta.authors),
            "version": meta.version_label,
            "state": "Future state" if meta.state == MapState.FUTURE else "Current state",
            "date": (meta.modified or meta.created or dt.datetime.now()).strftime("%d %B %Y"),
            "logo": _image_uri(meta.logo), "primaryPersona": meta.primary_persona_id,
        },
        "size": [round(layout.width, 2), round(layout.height, 2)],
        "style": {"cardFont": st.card_font_size},  # below it a card is too small for its marks
        "palette": {
            "ink": palette.INK, "muted": palette.MUTED_INK, "grid": palette.GRID_LINE,
            "background": palette.CANVAS_BACKGROUND, "blue": palette.BLUE, "header": palette.HEADER_FILL,
            "curve": palette.EMOTION_CURVE, "validated": palette.BLUISH_GREEN,
            "positive": palette.EMOTION_POSITIVE, "negative": palette.EMOTION_NEGATIVE,
            "neutral": palette.EMOTION_NEUTRAL,
            "blueprint": dict(palette.BLUEPRINT_LINE_COLOURS),
        },
        "kinds": {k.value: {"label": CARD_KIND_LABELS[k], "fill": palette.card_style(k).fill,
                            "accent": palette.card_style(k).accent, "glyph": palette.card_style(k).glyph}
                  for k in CardKind},
        "evidence": {s.value: {"label": EVIDENCE_LABELS[s], "glyph": palette.EVIDENCE_STYLES[s].glyph,
                               "dashed": palette.EVIDENCE_STYLES[s].dashed,
                               "tick": palette.EVIDENCE_STYLES[s].tick,
                               "faded": palette.EVIDENCE_STYLES[s].faded}
                     for s in EvidenceStatus},
        "scale": {"min": doc.emotion_scale.min, "max": doc.emotion_scale.max,
                  "labels": [doc.emotion_scale.label_for(s)
                             for s in range(doc.emotion_scale.min, doc.emotion_scale.max + 1)]},
    }
    data["stages"] = [{
        "id": box.stage_id, "name": stages_by_id[box.stage_id].name or "Untitled stage",
        "description": stages_by_id[box.stage_id].description,
        "span": stages_by_id[box.stage_id].time_span,
        "header": _r(box.header), "column": _r(box.column),
        "runs": header_ops(stage_header_face(i, stages_by_id[box.stage_id].name, stages_by_id[box.stage_id].time_span,
                                             box.header, st.stage_font_size)),
        "link": _link(getattr(stages_by_id[box.stage_id], "link", None)),
    } for i, box in enumerate(layout.stages, 1)]
    data["lanes"] = []
    for box in layout.lanes:
        lane = lanes_by_id[box.lane_id]
        style = palette.lane_style(lane.kind)
        data["lanes"].append({
            "id": lane.id, "name": lane.name or style.label, "kind": LANE_KIND_LABELS[lane.kind],
            "glyph": style.glyph, "tint": lane.colour or style.tint, "accent": style.accent,
            "header": _r(box.header), "row": _r(box.row), "collapsed": box.collapsed,
            "runs": header_ops(lane_header_face(style.glyph, style.accent, lane.name or style.label, box.header,
                                                st.lane_font_size, box.collapsed)),
        })
    data["cells"] = [_r(r) for r in layout.cells.values()]
    data["cards"] = [_card(card, layout, stages_by_id, lanes_by_id, personas, comments)
                     for card in doc.cards if card.id in layout.cards]
    data["connections"] = [{"points": _pt(route.points), "dependency": conn.kind == "dependency"}
                           for conn in doc.connections
                           if (route := layout.connections.get(conn.id)) is not None]
    data["blueprint"] = [{"kind": ln.kind, "label": ln.label, "y": round(ln.y, 2),
                          "x0": ln.x0, "x1": ln.x1, "plate": _r(ln.label_box),
                          "label_x": round(ln.label_x, 2), "baseline": round(ln.label_baseline, 2)}
                         for ln in layout.blueprint_lines]
    data["emotion"] = _emotion(doc, layout)
    data["personas"] = _personas(doc)
    data["scenarios"] = _scenarios(doc)
    coverage = evidence_coverage(doc)
    data["coverage"] = {"total": coverage.total, "shares": coverage.shares}
    return data, layout


def _card(card, layout: MapLayout, stages, lanes, personas, with_comments: bool) -> dict:
    box = layout.cards[card.id]
    persona = personas.get(card.persona_id) if card.persona_id else None
    metric = None
    if card.metric is not None:
        m = card.metric
        metric = {"value": m.value, "unit": m.unit, "target": m.target,
                  "history": _history(m)}
    out = {
        "id": card.id, "kind": card.kind.value, "text": card.text,
        "rect": _r(box.rect), "font": box.font_size, "visible": box.visible, "rtl": is_rtl(card.text),
        "face": face_data(card_face(card, box.rect, box.lines, box.font_size, layout.style, box.stacked)),
        "photoBottom": round(photo_bottom(card, box.rect, layout.style), 2),
        "stage": stages[card.stage_id].name, "stageId": card.stage_id,
        "lane": lanes[card.lane_id].name, "laneId": card.lane_id,
        "tags": list(card.tags), "owner": card.owner, "emotion": card.emotion,
        "evidence": card.evidence.status.value,
        "sources": [{"kind": s.kind.value.replace("_", " ").capitalize(), "description": s.description,
                     "date": s.date.isoformat() if s.date else "", "link": s.link}
                    for s in card.evidence.sources],
        "channel": CHANNEL_LABELS[card.channel] if card.channel else None,
        "channelGlyph": palette.CHANNEL_GLYPHS[card.channel] if card.channel else None,
        "metric": metric,
        "polarity": card.polarity.value if card.polarity else None,
        "votes": card.votes or 0,  # dots from a workshop vote
        "persona": persona.name if persona else None, "personaId": card.persona_id,
        "link": _link(getattr(card, "link", None)),
        "photos": [_image_uri(p) for p in getattr(card, "photos", None) or []],
        "comments": [],
    }
    if with_comments:
        out["comments"] = [{"author": c.author, "date": str(c.date or ""), "text": c.text,
                            "resolved": c.resolved} for c in getattr(card, "comments", None) or []]
    return out


def _history(metric) -> list[dict]:
    """Dated KPI values, when the file carries them (a field other releases may add)."""
    out = []
    for entry in getattr(metric, "history", None) or []:
        get = entry.get if isinstance(entry, dict) else (lambda k, e=entry: getattr(e, k, None))
        out.append({"date": str(get("date") or ""), "value": get("value")})
    return out


def _emotion(doc: JourneyMap, layout: MapLayout) -> dict | None:
    em = layout.emotion
    if em is None:
        return None
    names = {p.id: p.name for p in doc.personas}

    def path(points) -> list:
        if not points:
            return []
        return [_pt([points[0]])[0]] + [_pt(seg) for seg in smooth_curve(points)]

    return {
        "rect": _r(em.rect),
        "ticks": [{"score": s, "y": round(em.y_for(s), 2)}
                  for s in range(doc.emotion_scale.min, doc.emotion_scale.max + 1)],
        "curve": path(em.curve), "dots": _pt(em.curve),
        "personas": [{"name": names.get(pid, ""), "colour": palette.PERSONA_CURVES[i % len(palette.PERSONA_CURVES)][0],
                      "dash": list(palette.PERSONA_CURVES[i % len(palette.PERSONA_CURVES)][1]),
                      "curve": path(points)}
                     for i, (pid, points) in enumerate(em.persona_curves.items())],
    }


def _personas(doc: JourneyMap) -> list[dict]:
    curves = emotion_by_persona(doc)
    overall = emotion_by_stage(doc)
    out = []
    for p in doc.personas:
        stages = curves.get(p.id, overall if p.id == doc.meta.primary_persona_id else [])
        out.append({
            "id": p.id, "name": p.name, "role": p.role, "quote": p.quote,
            "goals": list(p.goals), "needs": list(p.needs), "frustrations": list(p.frustrations),
            "photo": _image_uri(p.photo),
            "curve": [{"stage": s.stage_id, "mean": s.mean, "count": s.count} for s in stages],
        })
    return out


def _scenarios(doc: JourneyMap) -> dict:
    scenarios, total = find_scenarios(doc, limit=SCENARIO_LIMIT)
    cards = {c.id: c for c in doc.cards}

    def label(card_id: str) -> str:
        return cards[card_id].text.split("\n", 1)[0][:80]

    return {"total": total, "list": [{
        "name": f"{label(s.cards[0])} → {label(s.cards[-1])}",
        "cards": s.cards, "stages": s.stages, "mean": s.mean_emotion,
        "emotion": [{"stage": sid, "mean": v} for sid, v in s.emotion_by_stage.items()],
        "pains": [label(c) for c in s.pain_points], "moments": [label(c) for c in s.moments_of_truth],
    } for s in scenarios]}
