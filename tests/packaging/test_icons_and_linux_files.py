"""Icons are generated from the master artwork for every platform, and the Linux desktop entry
and MIME type agree with each other and with the icon names the packages install."""

from __future__ import annotations

import configparser
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_for_every_platform_come_from_the_svg(tmp_path):
    make_icons = load_script("make_icons")
    written = make_icons.make_icons(tmp_path)
    assert all(path.is_file() for path in written)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        for name in ("apps/jmap-desktop.png", "mimetypes/application-x-jmap.png"):
            with Image.open(tmp_path / "hicolor" / f"{size}x{size}" / name) as icon:
                assert icon.size == (size, size)
                assert icon.mode == "RGBA"
                # Drawn, not blank: the rounded corners are transparent, the middle is not.
                assert icon.getpixel((0, 0))[3] == 0
                assert icon.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(tmp_path / "jmap-desktop.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "jmap-desktop.icns") as icns:
        assert {(512, 512, 2), (16, 16, 2)} & set(icns.info["sizes"])
        assert (256, 256, 1) in icns.info["sizes"]


def test_desktop_entry_opens_jmap_files_with_the_installed_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # desktop entry keys are case-sensitive
    entry.read(LINUX / "jmap-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split() == ["jmap-desktop", "%f"]  # /usr/bin/jmap-desktop in the .deb
    assert desktop["Icon"] == "jmap-desktop"
    assert "application/x-jmap" in desktop["MimeType"].split(";")

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "jmap-desktop-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-jmap"
    assert mime.find("m:glob", ns).get("pattern") == "*.jmap"
    assert mime.find("m:icon", ns).get("name") == "jmap-desktop"

