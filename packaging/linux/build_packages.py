"""Package the built app (dist/jmap-desktop/) for Linux: a .tar.gz and a .deb.

`python packaging/linux/build_packages.py` after `make bundle` writes
  dist/jmap-desktop-VERSION-linux-ARCH.tar.gz  the app folder, with its desktop entry, MIME type
                                               and icons beside it (see install-user.sh inside)
  dist/jmap-desktop_VERSION_ARCH.deb           /opt/jmap-desktop, /usr/bin/jmap-desktop, the
                                               desktop entry, application/x-jmap and hicolor icons
The .deb is assembled in a staging folder and packed by dpkg-deb; Debian's triggers for
desktop-file-utils, shared-mime-info and hicolor-icon-theme refresh the caches on install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from make_icons import make_icons  # noqa: E402 (a script beside this one)

from jmap_desktop import __version__  # noqa: E402

APP = "jmap-desktop"
# Libraries the bundled Qt loads from the system (PyInstaller leaves the graphics stack, libc
# and D-Bus to the distribution). Debian 13 renamed a few with a t64 suffix: accept both.
DEPENDS = ("libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, "
           "libxkbcommon-x11-0, libxcb-cursor0, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0")

CONTROL = """Package: {app}
Version: {version}
Section: graphics
Priority: optional
Architecture: {arch}
Maintainer: JMap Desktop maintainers <maintainers@jmap-desktop.invalid>
Installed-Size: {size_kb}
Depends: {depends}
Description: offline editor for customer journey maps
 Stages across the top, lanes down the side, sticky-note cards in the cells, an
 emotion curve and evidence on every card; maps are saved as .jmap files and
 printed as wall-size poster PDFs.
"""

# dpkg triggers refresh the desktop, MIME and icon caches where their tools are installed;
# these scripts cover systems where the tools are present but the triggers are not.
POSTINST = """#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
"""
POSTRM = """#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
fi
exit 0
"""

INSTALL_USER = """#!/bin/sh
# Add JMap Desktop to your applications menu and make it open .jmap files (no root needed).
# Run from the unpacked folder: ./install-user.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/mime/packages" "$HOME/.local/bin"
ln -sf "$here/jmap-desktop" "$HOME/.local/bin/jmap-desktop"
sed "s|^Exec=.*|Exec=$here/jmap-desktop %f|" "$here/share/applications/jmap-desktop.desktop" \\
  > "$data/applications/jmap-desktop.desktop"
cp "$here/share/mime/packages/jmap-desktop.xml" "$data/mime/packages/"
cp -r "$here/share/icons" "$data/"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v xdg-mime >/dev/null && xdg-mime default jmap-desktop.desktop application/x-jmap || true
echo "JMap Desktop is in your applications menu; double-click a .jmap file to open it."
"""


def arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def install_shared_files(share: Path, icons: Path) -> None:
    """Desktop entry, MIME type and icons under ``share`` (a usr/share-like folder)."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / f"{APP}.desktop", share / "applications" / f"{APP}.desktop")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / f"{APP}-mime.xml", share / "mime" / "packages" / f"{APP}.xml")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)


def build_deb(bundle: Path, icons: Path, out: Path, architecture: str) -> Path:
    stage = ROOT / "build" / "deb" / APP
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / APP, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # The bootloader finds its _internal folder through the real path, so a symlink works.
    os.symlink(f"/opt/{APP}/{APP}", stage / "usr" / "bin" / APP)
    install_shared_files(stage / "usr" / "share", icons)
    doc = stage / "usr" / "share" / "doc" / APP
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", doc / "copyright")

    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(CONTROL.format(app=APP, version=__version__, arch=architecture,
                                                   size_kb=size_kb, depends=DEPENDS))
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text)
        (debian / name).chmod(0o755)
    deb = out / f"{APP}_{__version__}_{architecture}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(deb)],
                   check=True, stdout=subprocess.DEVNULL)
    return deb


def build_tarball(bundle: Path, icons: Path, out: Path, architecture: str) -> Path:
    folder = f"{APP}-{__version__}"
    tarball = out / f"{APP}-{__version__}-linux-{architecture}.tar.gz"
    share = ROOT / "build" / "tar-share"
    shutil.rmtree(share, ignore_errors=True)
    install_shared_files(share, icons)
    script = ROOT / "build" / "install-user.sh"
    script.write_text(INSTALL_USER)
    script.chmod(0o755)
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=folder)
        tar.add(share, arcname=f"{folder}/share")
        tar.add(script, arcname=f"{folder}/install-user.sh")
        tar.add(ROOT / "LICENSE", arcname=f"{folder}/LICENSE")
    return tarball


def main() -> int:
    bundle = ROOT / "dist" / APP
    if not (bundle / APP).is_file():
        print(f"{bundle}: no built app; run `make bundle` first", file=sys.stderr)
        return 1
    icons = ROOT / "build" / "icons"
    make_icons(icons)
    architecture = arch()
    out = ROOT / "dist"
    for made in (build_tarball(bundle, icons, out, architecture),
                 build_deb(bundle, icons, out, architecture)):
        print(f"wrote {made.relative_to(ROOT)} ({made.stat().st_size / 2**20:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
