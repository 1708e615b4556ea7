"""Starting a map from a template: fresh ids everywhere, references intact, the file untouched."""

import datetime as dt
import json

import pytest

from jmap_desktop.cli.main import main
from jmap_desktop.io import dumps_map, load_map
from jmap_desktop.io.templates import (
    UnknownTemplateError,
    list_templates,
    new_from_template,
    template_info,
    with_fresh_ids,
)
from jmap_desktop.model import find_problems

TEMPLATES = list_templates()
NAMES = [t.name for t in TEMPLATES]
COLLECTIONS = ("personas", "stages", "lanes", "cards", "connections")


def _renamed_back(new, old) -> str:
    """The text of ``new`` with every id replaced by the id at the same place in ``old``."""
    dates = {"created": old.meta.created, "modified": old.meta.modified}
    text = dumps_map(new.model_copy(update={"meta": new.meta.model_copy(update=dates)}))
    for collection in COLLECTIONS:
        for a, b in zip(getattr(new, collection), getattr(old, collection), strict=True):
            text = text.replace(f'"{a.id}"', f'"{b.id}"')
    return text


@pytest.mark.parametrize("name", NAMES)
def test_every_id_is_fresh_and_every_reference_follows(name):
    info = template_info(name)
    before = info.path.read_bytes()
    original = load_map(info.path)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)

    doc = new_from_template(name)

    assert find_problems(doc) == []
    old_ids = {e.id for c in COLLECTIONS for e in getattr(original, c)}
    new_ids = {e.id for c in COLLECTIONS for e in getattr(doc, c)}
    assert len(new_ids) == len(old_ids) and not old_ids & new_ids
    # Mapping each new id back to the old one at the same place gives the template again:
    # so every card's stage, lane and persona, every arrow's ends and the primary persona
    # were rewritten consistently, and nothing else changed.
    assert _renamed_back(doc, original) == dumps_map(original)
    assert doc.meta.created == doc.meta.modified and doc.meta.created >= start
    assert info.path.read_bytes() == before


def test_two_maps_from_one_template_share_no_ids():
    a, b = new_from_template("b2c-online-purchase"), new_from_template("b2c-online-purchase")
    assert not {c.id for c in a.cards} & {c.id for c in b.cards}


def test_fresh_ids_leave_the_input_alone():
    original = load_map(template_info("patient-visit").path)
    text = dumps_map(original)
    with_fresh_ids(original)
    assert dumps_map(original) == text


def test_unknown_template_is_a_value_error_listing_the_names():
    with pytest.raises(UnknownTemplateError) as caught:
        new_from_template("b2c")
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    assert "'b2c'" in message and all(name in message for name in NAMES)


def test_listing_survives_damaged_and_extra_templates(tmp_path):
    (tmp_path / "b2c-online-purchase.jmap").write_text(
        template_info("b2c-online-purchase").path.read_text("utf-8"), "utf-8")
    (tmp_path / "a-team-map.jmap").write_text(json.dumps({"meta": {"title": "Ours"}}), "utf-8")
    (tmp_path / "broken.jmap").write_text("{not json", "utf-8")
    (tmp_path / "odd.jmap").write_text('{"meta": ["not", "an", "object"]}', "utf-8")
    (tmp_path / "notes.txt").write_text("not a template", "utf-8")

    infos = list_templates(tmp_path)

    # The known template first, then the others alphabetically, damaged ones under their name.
    assert [t.name for t in infos] == ["b2c-online-purchase", "a-team-map", "broken", "odd"]
    assert [t.title for t in infos][1:] == ["Ours", "broken", "odd"]
    assert template_info("a-team-map", tmp_path).path == tmp_path / "a-team-map.jmap"


def test_cli_lists_templates_and_creates_a_map(tmp_path, capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[:8]] == NAMES[:8]
    target = tmp_path / "workshop.jmap"
    assert main(["new", "--template", "service-blueprint", "-o", str(target)]) == 0
    made = load_map(target)
    assert find_problems(made) == [] and made.meta.title == "Lunch at a fast-casual restaurant"
    assert main(["new", "--template", "service-blueprint", "-o", str(target)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["new", "--template", "blank", "-o", str(target), "--force"]) == 0
    assert main(["new", "--template", "nope", "-o", str(tmp_path / "x.jmap")]) == 2
    assert "b2c-online-purchase" in capsys.readouterr().err
    assert not (tmp_path / "x.jmap").exists()
