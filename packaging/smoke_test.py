"""Smoke-test a built app the way a user's machine would run it: `python smoke_test.py EXE`.

EXE is the built program (dist/jmap-desktop/jmap-desktop, or /usr/bin/jmap-desktop after the
.deb is installed). Each run gets an empty environment (`env -i`: no venv, no PYTHONPATH, a
fresh HOME) and a working folder outside the repository, so the app can only use what it
carries. Checks: --help lists every subcommand; `templates` lists every template; `export`
writes a PDF whose fonts are all embedded (read back with pypdf) and a PNG; `screenshot`
renders the canvas; the editor opens a map offscreen, paints, and quits with exit code 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from jmap_desktop.cli.main import SUBCOMMANDS
from jmap_desktop.io.templates import list_templates
from jmap_desktop.resources import templates_dir

TIMEOUT_S = 120


class SmokeFailure(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    """An environment as bare as `env -i`, plus what the OS itself needs to start a program."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if os.name == "nt":  # Windows cannot start a process without SYSTEMROOT
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP")
                    if k in os.environ})
        env["PATH"] = os.path.join(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    else:
        env["PATH"] = "/usr/bin:/bin"
        env["XDG_RUNTIME_DIR"] = str(home / "runtime")
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def run(exe: str, args: list[str], home: Path, extra_env: dict[str, str] | None = None):
    env = {**clean_env(home), **(extra_env or {})}
    started = time.perf_counter()
    result = subprocess.run([exe, *args], cwd=home, env=env, capture_output=True, text=True,
                            timeout=TIMEOUT_S)
    took = time.perf_counter() - started
    print(f"  {Path(exe).name} {' '.join(args)}  -> exit {result.returncode} ({took:.1f} s)")
    if result.returncode != 0:
        raise SmokeFailure(f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def pdf_fonts(reader: PdfReader):
    """Every font dictionary on every page, including inside form XObjects (tiled sheets)."""
    seen = set()

    def walk(resources):
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                yield font
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from walk(xobject.get("/Resources"))

    for page in reader.pages:
        yield from walk(page.get("/Resources"))


def font_is_embedded(font) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants:
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def check(exe: str) -> None:
    with tempfile.TemporaryDirectory(prefix="jmap smoke ") as tmp:  # a space, as in "My Maps"
        home = Path(tmp)
        sample = home / "Workshop map.jmap"
        shutil.copy2(templates_dir() / "b2c-online-purchase.jmap", sample)

        out = run(exe, ["--help"], home).stdout
        missing = [name for name in SUBCOMMANDS if name not in out]
        if missing:
            raise SmokeFailure(f"--help does not list {missing}:\n{out}")

        out = run(exe, ["templates"], home).stdout
        missing = [t.name for t in list_templates() if t.name not in out]
        if missing:
            raise SmokeFailure(f"`templates` does not list {missing}:\n{out}")

        pdf = home / "poster.pdf"
        run(exe, ["export", str(sample), "-o", str(pdf), "--page", "A1"], home)
        fonts = list(pdf_fonts(PdfReader(pdf)))
        if not fonts:
            raise SmokeFailure(f"{pdf.name} has no fonts: the text is missing")
        loose = [str(f.get("/BaseFont")) for f in fonts if not font_is_embedded(f)]
        if loose:
            raise SmokeFailure(f"{pdf.name}: fonts not embedded: {loose}")

        png = home / "poster.png"
        run(exe, ["export", str(sample), "-o", str(png), "--dpi", "40"], home)
        check_picture(png)

        shot = home / "canvas.png"
        run(exe, ["screenshot", str(sample), "-o", str(shot)], home)
        check_picture(shot)

        result = run(exe, [str(sample)], home, {"JMAP_DESKTOP_EXIT_AFTER_PAINT": "1"})
        if "first-paint" not in result.stdout:
            raise SmokeFailure(f"the editor quit without painting:\n{result.stderr}")


def check_picture(path: Path) -> None:
    with Image.open(path) as image:
        image.load()
        low, high = image.convert("L").getextrema()
    if image.width < 100 or image.height < 100 or high - low < 64:
        raise SmokeFailure(f"{path.name}: {image.size}, grey levels {low}-{high}: looks empty")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", help="the built program to test")
    args = parser.parse_args()
    exe = Path(args.exe).absolute() if "/" in args.exe else shutil.which(args.exe)
    if exe is None or not Path(exe).is_file():
        print(f"SMOKE TEST FAILED: {args.exe}: no such program", file=sys.stderr)
        return 1
    print(f"Smoke test of {exe}")
    try:
        check(str(exe))
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print("Smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
