"""Every bundled template is a valid, realistic map that round-trips byte for byte."""

import pytest

from jmap_desktop.cli.main import main
from jmap_desktop.io import dumps_map, load_map
from jmap_desktop.io.templates import (
    UnknownTemplateError,
    list_templates,
    new_from_template,
    template_info,
)
from jmap_desktop.model import EvidenceStatus, LaneKind, find_problems

TEMPLATES = list_templates()
NAMES = [t.name for t in TEMPLATES]


def test_at_least_the_eight_templates_in_order():
    assert NAMES[:8] == ["blank", "first-hypothesis-sketch", "b2c-online-purchase", "b2b-purchase",
                         "saas-trial-onboarding", "service-blueprint", "employee-onboarding",
                         "patient-visit"]
    assert all(t.description for t in TEMPLATES)


@pytest.mark.parametrize("info", TEMPLATES, ids=NAMES)
def test_template_is_valid_and_round_trips(info):
    doc = load_map(info.path)
    assert find_problems(doc) == []
    assert dumps_map(doc) == info.path.read_text("utf-8")
    assert doc.meta.primary_persona_id is not None
    assert doc.meta.scenario and doc.stages and doc.lanes


@pytest.mark.parametrize("info", [t for t in TEMPLATES if t.name != "blank"],
                         ids=[n for n in NAMES if n != "blank"])
def test_template_has_real_content(info):
    doc = load_map(info.path)
    persona = next(p for p in doc.personas if p.id == doc.meta.primary_persona_id)
    assert persona.goals and persona.needs and persona.frustrations and persona.quote
    assert any(c.emotion is not None for c in doc.cards)
    assert doc.connections
    statuses = {c.evidence.status for c in doc.cards}
    if info.name == "first-hypothesis-sketch":
        assert statuses == {EvidenceStatus.HYPOTHESIS}
    else:
        assert {EvidenceStatus.HYPOTHESIS, EvidenceStatus.VALIDATED} <= statuses
        validated = [c for c in doc.cards if c.evidence.status == EvidenceStatus.VALIDATED]
        assert all(c.evidence.sources for c in validated)
    assert all(len(c.text.split()) <= 16 for c in doc.cards)  # sticky notes, not paragraphs


def test_required_stages_and_blueprint_lanes():
    def stages(name):
        return [s.name for s in load_map(template_info(name).path).stages]

    assert stages("b2c-online-purchase") == ["Awareness", "Consideration", "Decision", "Purchase",
                                              "Post-purchase"]
    assert stages("b2b-purchase") == ["Awareness", "Research", "Evaluation", "Decision",
                                      "Validation", "Loyalty"]
    kinds = {ln.kind for ln in load_map(template_info("service-blueprint").path).lanes}
    assert {LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT} <= kinds
    patient = load_map(template_info("patient-visit").path)
    assert len(patient.personas) == 2 and {c.persona_id for c in patient.cards} - {None}


def test_new_from_template_gives_fresh_ids_and_keeps_the_file():
    info = template_info("b2c-online-purchase")
    before = info.path.read_bytes()
    original = load_map(info.path)
    doc = new_from_template("b2c-online-purchase")
    assert find_problems(doc) == []
    old_ids = {c.id for c in original.cards} | {s.id for s in original.stages}
    assert not old_ids & ({c.id for c in doc.cards} | {s.id for s in doc.stages})
    assert [c.text for c in doc.cards] == [c.text for c in original.cards]
    assert len(doc.connections) == len(original.connections)
    assert doc.meta.created != original.meta.created
    assert info.path.read_bytes() == before


def test_unknown_template_lists_names():
    with pytest.raises(UnknownTemplateError, match="b2c-online-purchase"):
        template_info("nope")


def test_cli_templates_and_new(tmp_path, capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("blank ") and len(out) >= 8
    target = tmp_path / "workshop.jmap"
    assert main(["new", "--template", "service-blueprint", "-o", str(target)]) == 0
    assert find_problems(load_map(target)) == []
    assert main(["new", "--template", "service-blueprint", "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["new", "--template", "blank", "-o", str(target), "--force"]) == 0
    assert main(["new", "--template", "nope", "-o", str(tmp_path / "x.jmap")]) == 2
    assert not (tmp_path / "x.jmap").exists()
