"""The lifecycle overview made with its detailed maps: files beside it, links that resolve,
card links following fresh ids, nothing overwritten; from the command line too."""

from __future__ import annotations

from jmap_desktop.cli.main import main
from jmap_desktop.io import load_map
from jmap_desktop.io.links import LinkState, resolve_link
from jmap_desktop.io.template_set import linked_templates, write_with_linked
from jmap_desktop.io.templates import new_from_template, template_info


def _every_link_resolves(path):
    doc = load_map(path)
    links = [e.link for e in (*doc.stages, *doc.cards) if e.link]
    assert links
    assert {resolve_link(path, link).state for link in links} == {LinkState.OK}
    return doc


def test_the_bundled_overview_links_to_templates_beside_it():
    path = template_info("customer-lifecycle").path
    doc = _every_link_resolves(path)  # opened from the templates folder, its links work
    assert linked_templates(doc) == ["saas-trial-onboarding", "b2b-purchase"]
    assert [s.name for s in doc.stages if s.link] == ["Trial & onboard", "Buy"]
    assert any(c.link and c.link.card_id for c in doc.cards)  # and cards to cards in them


def test_made_with_its_detailed_maps_every_link_resolves_with_fresh_ids(tmp_path):
    (tmp_path / "saas-trial-onboarding.jmap").write_bytes(b"someone's own map")
    written = write_with_linked("customer-lifecycle", tmp_path / "lifecycle.jmap")
    assert [p.name for p in written] == ["lifecycle.jmap", "saas-trial-onboarding 2.jmap",
                                         "b2b-purchase.jmap"]
    assert (tmp_path / "saas-trial-onboarding.jmap").read_bytes() == b"someone's own map"
    doc = _every_link_resolves(tmp_path / "lifecycle.jmap")
    template_ids = {c.id for c in load_map(template_info("b2b-purchase").path).cards}
    for card in doc.cards:
        if card.link and card.link.card_id:
            assert card.link.card_id not in template_ids | {
                c.id for c in load_map(template_info("saas-trial-onboarding").path).cards}
            target = load_map(tmp_path / card.link.path).card(card.link.card_id)
            assert target is not None


def test_an_untitled_overview_has_broken_links_that_are_states_not_errors(tmp_path):
    doc = new_from_template("customer-lifecycle")
    stage = next(s for s in doc.stages if s.link)
    assert resolve_link(None, stage.link).state == LinkState.NO_FOLDER
    assert resolve_link(tmp_path / "alone.jmap", stage.link).state == LinkState.MISSING


def test_cli_new_writes_the_detailed_maps_beside_the_overview(tmp_path, capsys):
    out = tmp_path / "maps" / "overview.jmap"
    out.parent.mkdir()
    assert main(["new", "--template", "customer-lifecycle", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "saas-trial-onboarding.jmap" in said and "b2b-purchase.jmap" in said
    _every_link_resolves(out)


def test_the_folder_moved_as_a_whole_keeps_every_link(tmp_path):
    (tmp_path / "a").mkdir()
    write_with_linked("customer-lifecycle", tmp_path / "a" / "overview.jmap")
    moved = tmp_path / "shared" / "journeys"
    moved.parent.mkdir()
    (tmp_path / "a").rename(moved)  # zipped, mailed, unpacked elsewhere: links are relative
    _every_link_resolves(moved / "overview.jmap")
