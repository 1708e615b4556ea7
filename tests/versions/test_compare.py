"""Comparing two maps: by id, and matched by names and text when drawn separately."""

from __future__ import annotations

import json

from jmap_desktop.cli.main import main
from jmap_desktop.io import save_map
from jmap_desktop.model import Card, DocumentStore, Lane, Stage
from jmap_desktop.versions import MatchFixes, compare, map_data
from tests.factories import small_map


def edited():
    store = DocumentStore(small_map())
    store.update_card("c2", text="Reads reviews on two sites", emotion=-1.0)
    store.move_cards(["c3"], "s-use", "l-actions")
    store.remove_cards(["c4"])
    store.add_card(Card(id="c9", stage_id="s-buy", lane_id="l-pain", text="No express option"))
    store.update_stage("s-use", name="Use and enjoy")
    return store.doc


def kinds(result, kind):
    return sorted((c.collection, c.id) for c in result.of_kind(kind))


def test_identical_maps_have_no_changes():
    result = compare(small_map(), small_map())
    assert result.identical and result.counts() == {"added": 0, "removed": 0, "changed": 0, "moved": 0}


def test_added_removed_changed_moved_by_id():
    result = compare(small_map(), edited())
    assert kinds(result, "added") == [("cards", "c9")]
    assert kinds(result, "removed") == [("cards", "c4")]
    assert kinds(result, "moved") == [("cards", "c3")]
    changed = {(c.collection, c.id): c for c in result.of_kind("changed")}
    text = {f.field: (f.before, f.after) for f in changed[("cards", "c2")].fields}
    assert text == {"text": ("Reads reviews", "Reads reviews on two sites"), "emotion": (0.0, -1.0)}
    assert changed[("stages", "s-use")].fields[0].after == "Use and enjoy"
    (move,) = result.of_kind("moved")
    assert result.cells_of_move(move) == ("Buy / Actions", "Use and enjoy / Actions")


def test_stage_reorder_is_a_move():
    store = DocumentStore(small_map())
    store.move_stage("s-use", 0)
    result = compare(small_map(), store.doc)
    assert kinds(result, "moved") == [("stages", "s-use")]


def separately_drawn():
    """The same journey drawn again from scratch: new ids, one card reworded, one moved."""
    s = DocumentStore()
    for name in ("Discover", "Buy", "Use"):
        s.add_stage(Stage(id=f"new-{name}", name=name))
    s.add_lane(Lane(id="n-actions", name="actions"))
    s.add_card(Card(id="x1", stage_id="new-Discover", lane_id="n-actions", text="Sees an ad on Instagram"))
    s.add_card(Card(id="x2", stage_id="new-Discover", lane_id="n-actions", text="Reads the reviews"))
    s.add_card(Card(id="x3", stage_id="new-Use", lane_id="n-actions", text="Pays with card"))
    return s.doc


def test_separately_drawn_maps_are_matched_by_names_and_text():
    result = compare(small_map(), separately_drawn())
    assert result.matched["new-Buy"] == "s-buy" and result.matched["n-actions"] == "l-actions"
    assert result.matched["x2"] == "c2"  # reworded in the same cell
    assert result.matched["x3"] == "c3"  # same text, another stage
    # Changes name the cards as the newer map (the open one, on the canvas) knows them.
    assert ("cards", "x3") in kinds(result, "moved")
    assert ("cards", "x2") in [(c.collection, c.id) for c in result.of_kind("changed")]
    assert ("cards", "x1") not in kinds(result, "added") + kinds(result, "removed")
    assert ("cards", "c4") in kinds(result, "removed")
    (move,) = result.of_kind("moved")
    assert result.cells_of_move(move) == ("Buy / actions", "Use / actions")
    assert result.match_of("x2") == ("c2", "text") and result.match_of("c4") is None
    as_json = result.to_json()
    assert {"id": "x3", "before_id": "c3"}.items() <= as_json["moved"][0].items()
    assert all("before_id" not in item for item in as_json["removed"] + as_json["added"])


def test_the_user_corrects_a_match():
    """A wrong text match taken apart leaves one card added and one removed; two cards paired
    by hand compare as one card, changed."""
    store = DocumentStore(separately_drawn())
    store.add_card(Card(id="x4", stage_id="new-Buy", lane_id="n-actions", text="Delivery costs surprise"))
    after = store.doc
    result = compare(small_map(), after)
    assert ("cards", "x4") in kinds(result, "added") and ("cards", "c4") in kinds(result, "removed")
    fixes = MatchFixes().pair("x4", "c4")
    paired = compare(small_map(), after, fixes=fixes)
    assert paired.match_of("x4") == ("c4", "user")
    assert ("cards", "x4") not in kinds(paired, "added") and ("cards", "c4") not in kinds(paired, "removed")
    (change,) = [c for c in paired.of_kind("changed") if c.id == "x4"]
    assert [(f.before, f.after) for f in change.fields if f.field == "text"] == \
        [("Shipping cost appears late", "Delivery costs surprise")]
    # Taken apart again (a user pair or a text match alike): an added and a removed card.
    for b_id, a_id in (("x4", "c4"), ("x2", "c2")):
        apart = compare(small_map(), after, fixes=fixes.unpair(b_id, a_id))
        assert ("cards", b_id) in kinds(apart, "added") and ("cards", a_id) in kinds(apart, "removed")
        assert apart.match_of(b_id) is None
    # A pair that no longer fits (the card was deleted since) is ignored, not an error.
    store.remove_cards(["x4"])
    assert ("cards", "c4") in kinds(compare(small_map(), store.doc, fixes=fixes), "removed")


def test_the_user_corrects_a_stage_or_lane_match_and_the_cards_follow():
    """A renamed stage and lane are not matched by name: their cards read as moved from cells
    that are gone. Paired by hand, the stage reads as renamed and its cards as unchanged; a
    name match taken apart makes the stage's cards move to the new one."""
    store = DocumentStore(separately_drawn())
    store.update_stage("new-Buy", name="Purchase")
    store.update_lane("n-actions", name="Doing")
    after = store.doc
    result = compare(small_map(), after)
    assert ("stages", "new-Buy") in kinds(result, "added") and ("stages", "s-buy") in kinds(result, "removed")
    assert ("lanes", "l-actions") in kinds(result, "removed")
    assert ("cards", "x1") in kinds(result, "moved")  # same text, but its stage and lane are "new"
    fixes = MatchFixes().pair("new-Buy", "s-buy").pair("n-actions", "l-actions")
    paired = compare(small_map(), after, fixes=fixes)
    assert paired.match_of("new-Buy", "stages") == ("s-buy", "user")
    assert paired.match_of("n-actions", "lanes") == ("l-actions", "user")
    (stage,) = [c for c in paired.changes if c.collection == "stages"]
    assert stage.kind == "changed" and [(f.field, f.before, f.after) for f in stage.fields] == \
        [("name", "Buy", "Purchase")]
    assert [c.kind for c in paired.for_card("x1")] == ["changed"]  # fields, but not moved
    assert ("cards", "x3") in kinds(paired, "moved")  # Buy/Actions -> Use/Actions, as before
    # A name match taken apart: the stage is removed and added, its card moves between them.
    plain = compare(small_map(), separately_drawn())
    assert plain.match_of("new-Discover", "stages") == ("s-discover", "name")
    assert ("stages", "new-Discover", "s-discover") in plain.axis_matches()
    apart = compare(small_map(), separately_drawn(), fixes=MatchFixes().unpair("new-Discover", "s-discover"))
    assert ("stages", "new-Discover") in kinds(apart, "added") and ("stages", "s-discover") in kinds(apart, "removed")
    assert ("cards", "x1") in kinds(apart, "moved")
    # Pairs across collections, or of ids in both maps, are ignored.
    odd = compare(small_map(), after, fixes=MatchFixes().pair("new-Buy", "l-actions").pair("x1", "s-use"))
    assert odd.match_of("new-Buy", "stages") is None


def test_diff_cli_exit_codes_and_json(tmp_path, capsys):
    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    save_map(small_map(), a)
    save_map(edited(), b)
    assert main(["diff", str(a), str(a)]) == 0
    assert "identical" in capsys.readouterr().out
    assert main(["diff", str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "+ card “No express option”" in out
    assert "> card “Pays with card”: Buy / Actions → Use and enjoy / Actions" in out
    assert main(["diff", str(a), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in data["added"]] == ["c9"]
    assert data["moved"][0]["from"] == "Buy / Actions"
    changed = {c["id"]: c for c in data["changed"]}
    assert {"field": "text", "before": "Reads reviews", "after": "Reads reviews on two sites"} in changed["c2"]["fields"]


def test_diff_cli_usage_errors_exit_2(tmp_path, capsys):
    a = tmp_path / "a.jmap"
    save_map(small_map(), a)
    assert main(["diff", str(a), str(tmp_path / "missing.jmap")]) == 2
    assert "missing.jmap: file: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.jmap"
    bad.write_text("{", "utf-8")
    assert main(["diff", str(bad), str(a)]) == 2
    assert "bad.jmap: line 1" in capsys.readouterr().err


def test_map_data_has_no_history():
    assert "history" not in map_data(small_map())


def test_snapshot_cli_then_diff_against_it(tmp_path, capsys):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    assert main(["snapshot", str(path), "--name", "After workshop 1", "--author", "Ana"]) == 0
    assert "After workshop 1" in capsys.readouterr().out
    # Another tool edits the file (no history recorded), then a second snapshot.
    save_map(edited_keeping_history(path), path)
    assert main(["snapshot", str(path), "--name", "After workshop 2"]) == 0
    capsys.readouterr()
    assert main(["snapshot", str(path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "After workshop 1" in out and "After workshop 2" in out and "Revisions: 2" in out
    assert main(["diff", f"{path}@After workshop 1", f"{path}@After workshop 2", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in data["added"]] == ["c9"]
    assert data["before"] == "shoes.jmap@After workshop 1"
    assert main(["diff", f"{path}@After workshop 2", str(path)]) == 0
    assert main(["diff", f"{path}@nope", str(path)]) == 2
    assert "no snapshot or revision named 'nope'" in capsys.readouterr().err


def edited_keeping_history(path):
    from jmap_desktop.io import load_map

    doc = load_map(path)
    fresh = edited()
    fresh.history = doc.history
    return fresh


def test_snapshot_cli_usage(tmp_path, capsys):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    assert main(["snapshot", str(path), "--list"]) == 0
    assert "no history yet" in capsys.readouterr().out
    assert main(["snapshot", str(path), "--name", "  "]) == 2
    assert main(["snapshot", str(tmp_path / "missing.jmap"), "--name", "x"]) == 1


def test_diff_cli_draws_the_comparison_on_paper(tmp_path, capsys):
    from pypdf import PdfReader

    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    save_map(small_map(), a)
    save_map(edited(), b)
    out = tmp_path / "changes.pdf"
    assert main(["diff", str(a), str(b), "--pdf", str(out)]) == 1
    pages = PdfReader(out).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    for words in ("Changes since a.jmap", "1 added", "Removed (ghost in its old cell)",
                  "Moved (arrow from its old cell)", "No express option", "Reads reviews on two sites"):
        assert words in text


def test_kpi_changes_read_as_values_in_the_tooltip():
    from jmap_desktop.canvas.items.compare_overlay import tooltip
    from jmap_desktop.model import CardKind, Metric

    store = DocumentStore(small_map())
    store.add_card(Card(id="m1", stage_id="s-buy", lane_id="l-actions", kind=CardKind.METRIC,
                        text="Conversion", metric=Metric(value=7.8, unit="%", target=10)))
    before = store.doc.model_copy(deep=True)
    store.update_card("m1", metric=Metric(value=9.1, unit="%", target=10))
    (change,) = compare(before, store.doc).of_kind("changed")
    assert "Metric: 7.8 % (target 10) → 9.1 % (target 10)" in tooltip(change)
