"""The command line: exit codes scripts can rely on, one readable line per problem."""

import json
import subprocess
import sys

import pytest

from jmap_desktop.cli.main import main
from jmap_desktop.io import save_map
from tests.factories import small_map


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "shoes.jmap"
    save_map(small_map(), path)
    return path


def test_validate_ok_and_problems(map_file, tmp_path, capsys):
    assert main(["validate", str(map_file)]) == 0
    bad = tmp_path / "bad.jmap"
    bad.write_text('{"format": "jmap", "cards": [{"stage_id": "x", "lane_id": "y"}]}', "utf-8")
    assert main(["validate", str(map_file), str(bad)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [f"{bad}: cards[0].stage_id: no stage has the id 'x'",
                     f"{bad}: cards[0].lane_id: no lane has the id 'y'"]


def test_validate_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["validate", "--bogus", "x.jmap"])
    assert info.value.code == 2


def test_info_text_and_json(map_file, capsys):
    assert main(["info", str(map_file)]) == 0
    out = capsys.readouterr().out
    assert "Buying running shoes" in out and "Discover" in out and "pain_point" in out
    assert main(["info", str(map_file), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["cards"] == 5
    assert [s["cards"] for s in info["stages"]] == [2, 2, 1]
    assert info["evidence"] == {"validated": 2, "hypothesis": 2, "invalidated": 1}
    assert info["kinds"] == {"note": 4, "pain_point": 1}


def test_info_on_missing_file_exits_1(tmp_path, capsys):
    assert main(["info", str(tmp_path / "nope.jmap")]) == 1
    assert "nope.jmap: file: no such file" in capsys.readouterr().err


def test_help_lists_subcommands(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for name in ("templates", "new", "validate", "info", "screenshot"):
        assert name in out


def test_console_script_runs_in_a_subprocess(map_file):
    result = subprocess.run([sys.executable, "-m", "jmap_desktop", "validate", str(map_file)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_help_lists_every_subcommand_and_each_has_its_own_help(capsys):
    from jmap_desktop.cli.main import COMMANDS

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    listing = capsys.readouterr().out
    for name in COMMANDS:
        assert name in listing
        with pytest.raises(SystemExit) as sub_exit:
            main([name, "--help"])
        assert sub_exit.value.code == 0
        assert f"jmap-desktop {name}" in capsys.readouterr().out


def test_export_html_leaves_hidden_lanes_out(map_file, tmp_path, capsys):
    from jmap_desktop.io import load_map, save_map

    doc = load_map(map_file)
    doc.lane("l-pain").hidden_in_export = True
    save_map(doc, map_file)
    out = tmp_path / "shoes.html"
    assert main(["export", str(map_file), "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "Sees an ad on Instagram" in page and "Shipping cost appears late" not in page
    assert "wrote" in capsys.readouterr().out
    assert main(["export", str(map_file), "-o", str(out), "--hide-lane", "Actions"]) == 0
    assert "Sees an ad on Instagram" not in out.read_text("utf-8")


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["analyze"], ["templates"]])
def test_a_reader_that_stops_early_gets_no_traceback(map_file, command):
    args = [sys.executable, "-m", "jmap_desktop", *command]
    if command[0] != "templates":
        args.append(str(map_file))
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like `| head -0`: nobody reads what it prints
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert proc.returncode == 0
