"""The wheel a user installs holds every bundled template, font and icon as real files.

The data used to reach the package through symlinks, which a checkout without symlink support
(Git for Windows' default) turns into small text files, so wheels built there had no templates
or fonts. Building the wheel here from a plain copy of the sources proves the files are real.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

from jmap_desktop import __version__
from jmap_desktop.resources import data_dir, fonts_dir, icon_path, templates_dir

ROOT = Path(__file__).resolve().parents[2]


def test_bundled_data_is_real_files_inside_the_package():
    package = ROOT / "jmap_desktop"
    assert data_dir().resolve().is_relative_to(package.resolve())
    for path in data_dir().rglob("*"):
        assert not path.is_symlink(), path
    assert len(list(templates_dir().glob("*.jmap"))) >= 8
    assert len(list(fonts_dir().glob("*.ttf"))) >= 10
    assert icon_path().is_file()


def test_wheel_holds_every_template_font_and_icon(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "jmap_desktop", source / "jmap_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("jmap_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    expected = [p for p in data_dir().rglob("*") if p.is_file()]
    assert expected
    for path in expected:
        member = "jmap_desktop/data/" + path.relative_to(data_dir()).as_posix()
        assert member in names, f"{member} missing from {wheel.name}"
    with zipfile.ZipFile(wheel) as archive:
        font = archive.read("jmap_desktop/data/fonts/NotoSans-Regular.ttf")
        dist_info = f"jmap_desktop-{__version__}.dist-info"
        metadata = archive.read(f"{dist_info}/METADATA").decode()
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
        license_text = archive.read(f"{dist_info}/licenses/LICENSE").decode()
    assert font[:4] == b"\x00\x01\x00\x00"  # a TrueType file, not a symlink's target text

    # The package's metadata: one version (from jmap_desktop/__init__.py), the licence file,
    # classifiers, and both the console and the windowed entry points.
    assert f"Version: {__version__}\n" in metadata
    assert "License-Expression: MIT" in metadata and license_text.startswith("MIT License")
    assert "Classifier: Operating System :: Microsoft :: Windows" in metadata
    assert "jmap-desktop = jmap_desktop.cli.main:main" in entry_points
    assert "[gui_scripts]\njmap-desktop-gui = jmap_desktop.cli.editor:gui_main" in entry_points


def test_every_declared_dependency_is_imported_by_the_app():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    modules = packages_distributions()
    source = "\n".join(p.read_text("utf-8") for p in (ROOT / "jmap_desktop").rglob("*.py"))
    for requirement in project["dependencies"]:
        dist = re.match(r"[A-Za-z0-9_.-]+", requirement).group().lower().replace("_", "-")
        names = [m for m, dists in modules.items()
                 if dist in (d.lower().replace("_", "-") for d in dists)]
        assert names, f"{dist} is not installed"
        assert any(re.search(rf"^\s*(import|from) {re.escape(n)}\b", source, re.M) for n in names), \
            f"{dist} is declared but nothing in jmap_desktop imports it ({names})"
