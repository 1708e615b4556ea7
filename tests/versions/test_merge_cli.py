"""Merging two copies of one file: the shared revision, both parents, the merge subcommand."""

from __future__ import annotations

import json
import shutil

from jmap_desktop.cli.main import main
from jmap_desktop.io import load_map, save_map
from jmap_desktop.io.history import record_revision
from jmap_desktop.model import Card, DocumentStore
from jmap_desktop.versions.copies import common_base, merge_copies
from tests.factories import small_map


def save_with_history(doc, path, author=""):
    pending = record_revision(doc, author=author)
    save_map(doc, path)
    pending.commit()


def edit(path, change, author):
    """Open a copy, change it through the store, save it (a revision), as a laptop would."""
    doc = load_map(path)
    store = DocumentStore(doc)
    change(store)
    save_with_history(store.doc, path, author)


def two_laptops(tmp_path):
    original = tmp_path / "journey.jmap"
    save_with_history(small_map(), original)
    mine, theirs = tmp_path / "mine.jmap", tmp_path / "theirs.jmap"
    shutil.copy(original, mine)
    shutil.copy(original, theirs)
    return original, mine, theirs


def test_merge_finds_the_shared_revision_and_keeps_both_sides(tmp_path, capsys):
    original, mine, theirs = two_laptops(tmp_path)
    edit(mine, lambda s: s.update_card("c1", text="Sees an ad on TikTok"), "Ana")
    edit(theirs, lambda s: s.add_card(Card(id="t1", stage_id="s-buy", lane_id="l-pain",
                                           text="Coupon code rejected")), "Ben")
    base = common_base(load_map(mine), load_map(theirs))
    assert base is not None and base.revision_id == load_map(original).history.head.id
    out = tmp_path / "merged.jmap"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 0
    doc = load_map(out)
    assert doc.card("c1").text == "Sees an ad on TikTok" and doc.card("t1") is not None
    head = doc.history.head
    assert head.merged == load_map(theirs).history.head.id and head.note == "Merged theirs.jmap"
    # They go on editing; a second merge starts from what the first one merged.
    edit(theirs, lambda s: s.update_card("t1", text="Coupon code rejected at checkout"), "Ben")
    result, base = merge_copies(load_map(out), load_map(theirs))
    assert base.revision_id == head.merged and result.conflicts == []


def test_merge_cli_conflicts_write_a_report_and_no_file(tmp_path, capsys):
    _, mine, theirs = two_laptops(tmp_path)
    edit(mine, lambda s: s.update_card("c2", text="Reads reviews on Reddit"), "Ana")
    edit(theirs, lambda s: s.update_card("c2", text="Reads reviews on YouTube"), "Ben")
    out = tmp_path / "merged.jmap"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert "Reads reviews on Reddit" in captured.out and "Reads reviews on YouTube" in captured.out
    assert "1 conflict(s)" in captured.err and not out.exists()
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["conflicts"][0]["key"] == "cards/c2/text"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--theirs"]) == 0
    assert load_map(out).card("c2").text == "Reads reviews on YouTube"
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--ours"]) == 2  # exists
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--ours", "--force"]) == 0
    assert load_map(out).card("c2").text == "Reads reviews on Reddit"


def test_merge_cli_without_shared_history_and_bad_input(tmp_path, capsys):
    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    save_map(small_map(), a)
    other = small_map()
    other.cards[0].text = "Hears about it from a friend"
    save_map(other, b)
    assert main(["merge", str(a), str(b), "-o", str(tmp_path / "out.jmap")]) == 1
    assert "Hears about it from a friend" in capsys.readouterr().out
    assert main(["merge", str(a), str(tmp_path / "missing.jmap"), "-o", str(tmp_path / "o.jmap")]) == 1
    assert "missing.jmap: file: no such file" in capsys.readouterr().err


def edit_outside(path, card_id, text):
    """Another program's edit: the map changed in the file, its history left as it was."""
    data = json.loads(path.read_text(encoding="utf-8"))
    next(c for c in data["cards"] if c["id"] == card_id)["text"] = text
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def test_a_copy_changed_by_another_program_is_not_taken_for_the_shared_version(tmp_path, capsys):
    """Its history no longer describes its map: the base comes from the other copy, or there
    is none (every difference a choice), and no edit of either side is lost silently."""
    _, mine, theirs = two_laptops(tmp_path)
    assert load_map(mine).history.head.digest  # JMap notes what it wrote
    edit_outside(mine, "c1", "Sees an ad on TikTok")
    edit(theirs, lambda s: s.update_card("c1", text="Sees an ad on the bus"), "Ben")
    result, base = merge_copies(load_map(mine), load_map(theirs))
    assert base is not None  # their copy still rebuilds the version both started from
    assert [c.key for c in result.conflicts] == ["cards/c1/text"]
    edit_outside(theirs, "c2", "Reads reviews on Reddit")
    result, base = merge_copies(load_map(mine), load_map(theirs))
    assert base is None and not result.base_found
    assert {"cards/c1/text", "cards/c2/text"} <= {c.key for c in result.conflicts}
    assert main(["merge", str(mine), str(theirs), "-o", str(tmp_path / "out.jmap")]) == 1
    capsys.readouterr()
    assert main(["merge", str(mine), str(theirs), "-o", str(tmp_path / "out.jmap"), "--theirs"]) == 0
    assert "a copy was changed by another program since JMap saved it" in capsys.readouterr().out


def test_saving_again_unchanged_keeps_the_copy_trusted(tmp_path):
    _, mine, _ = two_laptops(tmp_path)
    doc = load_map(mine)
    save_with_history(doc, mine)  # nothing changed: no new revision, the file rewritten
    save_map(load_map(mine), mine)
    reread = load_map(mine)
    from jmap_desktop.io.history import head_matches

    assert head_matches(reread) and len(reread.history.revisions) == 1
