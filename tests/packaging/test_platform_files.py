"""The Windows and macOS packaging can't run on this machine, so its files are read here: the
Info.plist (plistlib), the Inno Setup script and the release workflow (YAML), and every file
they name must exist or be one the build writes (icons from make_icons, the PyInstaller app)."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path, PureWindowsPath

import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
GENERATED_ICONS = {"build/icons/jmap-desktop.ico", "build/icons/jmap-desktop.icns"}  # make_icons
APP_FOLDER = "dist/jmap-desktop"  # the spec's COLLECT name


def test_info_plist_declares_the_jmap_type_and_opens_it():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == "org.jmap.desktop"
    (exported,) = info["UTExportedTypeDeclarations"]
    uti = exported["UTTypeIdentifier"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["jmap"]
    assert "application/x-jmap" in exported["UTTypeTagSpecification"]["public.mime-type"]
    assert "public.json" in exported["UTTypeConformsTo"]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [uti]
    assert document["CFBundleTypeRole"] == "Editor"
    for icon in (exported["UTTypeIconFile"], document["CFBundleTypeIconFile"]):
        assert f"build/icons/{icon}" in GENERATED_ICONS
    spec = (PACKAGING / "jmap-desktop.spec").read_text()
    assert '"macos" / "Info.plist"' in spec and "info_plist=info_plist" in spec


def read_iss() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in (PACKAGING / "windows" / "jmap-desktop.iss").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(match.group(1), [])
        elif current is not None:
            current.append(line)
    return sections


def unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('""', '"')
    return value


def iss_entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Flags: y` lines as dicts (quotes doubled inside values, as Inno writes them)."""
    entries = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)
        entries.append({k: unquote(v.strip()) for k, v in fields})
    return entries


def exists_or_is_built(relative: str) -> bool:
    """``relative`` is a path from the .iss folder, as Inno resolves it."""
    path = (PACKAGING / "windows" / PureWindowsPath(relative).as_posix()).resolve()
    from_root = path.relative_to(ROOT).as_posix()
    if from_root in GENERATED_ICONS:
        return True
    if from_root.startswith(APP_FOLDER + "/") or from_root == APP_FOLDER:
        return True
    return path.exists()


def test_inno_setup_installs_per_user_with_start_menu_and_jmap_association():
    sections = read_iss()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    for key in ("SetupIconFile", "LicenseFile"):
        assert exists_or_is_built(setup[key]), setup[key]
    for entry in iss_entries(sections["Files"]):
        assert exists_or_is_built(entry["Source"]), entry["Source"]

    icons = iss_entries(sections["Icons"])
    assert any(i["Name"].startswith("{autoprograms}") and i["Filename"] == r"{app}\jmap-desktop.exe"
               for i in icons)
    registry = {(e["Subkey"], e.get("ValueName", "")): e.get("ValueData", "")
                for e in iss_entries(sections["Registry"])}
    assert all(e["Root"] == "HKA" for e in iss_entries(sections["Registry"]))  # HKCU per user
    prog_id = registry[(r"Software\Classes\.jmap", "")]
    command = registry[(rf"Software\Classes\{prog_id}\shell\open\command", "")]
    assert command == r'"{app}\jmap-desktop.exe" "%1"'
    assert registry[(rf"Software\Classes\{prog_id}\DefaultIcon", "")].startswith(r"{app}\jmap-desktop.ico")


def test_release_workflow_builds_all_three_on_a_tag_with_files_that_exist():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["push"]["tags"] == ["v*"]
    jobs = workflow["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert any(r.startswith("ubuntu") for r in runners.values())
    assert any(r.startswith("windows") for r in runners.values())
    assert any(r.startswith("macos") for r in runners.values())
    assert set(jobs["release"]["needs"]) == {"linux", "windows", "macos"}

    makefile = (ROOT / "Makefile").read_text()
    for job in jobs.values():
        for step in job["steps"]:
            script = step.get("run", "")
            for path in re.findall(r"(?:packaging|scripts)[/\\][\w./\\-]+", script):
                assert (ROOT / PureWindowsPath(path).as_posix()).is_file(), path
            for target in re.findall(r"\bmake ([\w-]+)", script):
                assert re.search(rf"^{target}:", makefile, re.M), f"make {target}"
            if "smoke_test.py" in script:
                assert "dist/" in script  # it tests the built app, not the sources


def test_spec_names_the_launcher_and_the_icons_make_icons_writes():
    spec = (PACKAGING / "jmap-desktop.spec").read_text()
    assert '"packaging" / "launcher.py"' in spec and (PACKAGING / "launcher.py").is_file()
    assert 'root / "build" / "icons"' in spec
    for icon in GENERATED_ICONS:
        assert Path(icon).name in spec
    assert 'name="jmap-desktop"' in spec and 'name="jmap-desktop-cli"' in spec


