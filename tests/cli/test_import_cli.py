"""`jmap-desktop import` and `new --from`: exit codes, one line per problem, nothing half done."""

from __future__ import annotations

import pytest

from jmap_desktop.cli.main import main
from jmap_desktop.io import load_map, save_map
from tests.factories import small_map
from tests.io import tables


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    return path


def test_import_csv_into_a_map_and_again_updates(map_file, tmp_path, capsys):
    data = tables.write_csv(tmp_path / "notes.csv", encoding="cp1252", delimiter=";")
    assert main(["import", str(data), "--into", str(map_file)]) == 0
    assert capsys.readouterr().out.strip() == f"{map_file}: 3 new, 0 updated, 0 skipped"
    doc = load_map(map_file)
    texts = {c.text for c in doc.cards}
    assert {"Sees an ad für Schuhe", "Too many choices", "Pays — with card"} <= texts
    assert (map_file.parent / "shoes.jmap.bak").exists()
    # Exported again and re-imported: every card matched by id, nothing duplicated.
    out = tmp_path / "cards.csv"
    assert main(["export", str(map_file), "-o", str(out)]) == 0
    assert main(["import", str(out), "--into", str(map_file), "--dry-run"]) == 0
    assert "0 new, 0 updated, 8 unchanged, 0 skipped" in capsys.readouterr().out


def test_problems_exit_1_and_change_nothing_unless_skipped(map_file, tmp_path, capsys):
    rows = [["Stage", "Lane", "Text", "Emotion"], ["Buy", "Actions", "ok", "1"],
            ["Buy", "Actions", "", "9"]]
    data = tables.write_csv(tmp_path / "bad.csv", rows)
    before = map_file.read_bytes()
    assert main(["import", str(data), "--into", str(map_file)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == ["bad.csv: row 3, column Text: the text is empty",
                       "bad.csv: row 3, column Emotion: 9 is outside the map's emotion scale -2..2"]
    assert map_file.read_bytes() == before
    assert main(["import", str(data), "--into", str(map_file), "--skip-invalid"]) == 0
    assert "1 new, 0 updated, 1 skipped" in capsys.readouterr().out


def test_map_option_and_usage_errors(map_file, tmp_path, capsys):
    rows = [["Wo", "Was", "Zeile"], ["Buy", "Compares prices", "Actions"]]
    data = tables.write_csv(tmp_path / "odd.csv", rows)
    assert main(["import", str(data), "--into", str(map_file), "--map", "Wo=stage",
                 "--map", "2=text", "--dry-run"]) == 0
    assert "1 new" in capsys.readouterr().out
    assert main(["import", str(data), "--into", str(map_file), "--map", "Wo=planet"]) == 2
    assert "unknown field 'planet'" in capsys.readouterr().err
    assert main(["import", str(data), "--into", str(tmp_path / "none.jmap")]) == 2


@pytest.mark.parametrize("make", [tables.zip_bomb, tables.encrypted_xlsx, tables.corrupt_xlsx])
def test_hostile_workbooks_exit_1_with_one_line(map_file, tmp_path, capsys, make):
    before = map_file.read_bytes()
    data = make(tmp_path / "evil.xlsx")
    assert main(["import", str(data), "--into", str(map_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("evil.xlsx: ")
    assert map_file.read_bytes() == before


def test_new_from_a_workbook(tmp_path, capsys):
    data = tables.write_xlsx(tmp_path / "research.xlsx")
    out = tmp_path / "new.jmap"
    assert main(["new", "--from", str(data), "--sheet", "Map", "-o", str(out)]) == 0
    assert "3 new, 0 updated, 0 skipped (2 new stages, 2 new lanes)" in capsys.readouterr().out
    doc = load_map(out)
    assert doc.meta.title == "research"
    assert [s.name for s in doc.stages] == ["Entdecken", "Kaufen"]
    assert main(["new", "--from", str(data), "-o", str(out)]) == 2  # exists, no --force
    assert main(["new", "--from", str(data), "-o", str(tmp_path / "x.jmap")]) == 1  # Notes sheet
    assert ("research.xlsx: no rows to import under the header on the sheet 'Notes'; choose "
            "another with --sheet (Notes, Map)") in capsys.readouterr().err


def test_export_xlsx_and_pptx_from_the_command_line(map_file, tmp_path, capsys):
    import openpyxl
    from pptx import Presentation

    xlsx, pptx = tmp_path / "out.xlsx", tmp_path / "out.pptx"
    assert main(["export", str(map_file), "-o", str(xlsx), "--hide-lane", "Pain points"]) == 0
    assert "wrote" in capsys.readouterr().out
    texts = [c.value for row in openpyxl.load_workbook(xlsx)["Map"].iter_rows() for c in row if c.value]
    assert any(str(t).startswith("Sees an ad on Instagram") for t in texts)
    assert not any(str(t).startswith("Shipping cost appears late") for t in texts)
    cards = [c.value for row in openpyxl.load_workbook(xlsx)["Cards"].iter_rows() for c in row]
    assert "Shipping cost appears late" not in cards  # left out of the data sheets too
    assert main(["export", str(map_file), "-o", str(pptx)]) == 0
    prs = Presentation(str(pptx))
    pictures = [s for s in prs.slides[1].shapes if s.shape_type == 13]
    assert pictures and pictures[0].image.content_type == "image/png"
    assert pictures[0].image.size[0] > 1000  # a high-resolution picture of the map
