#!/usr/bin/env bash
# Install the built .deb as a user would (dpkg -i), use the installed app, check the desktop
# integration (desktop entry, .jmap MIME type and its default application, icons), remove it
# (dpkg -r) and check nothing is left. Needs root; CI runs it after `make packages`.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "check_deb.sh installs a package: run it as root" >&2; exit 1; }
deb=$(ls -t dist/jmap-desktop_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "no dist/jmap-desktop_*.deb: run 'make packages' first" >&2; exit 1; }
python=${PYTHON:-.venv/bin/python}

# A run cut short earlier may have left the package installed.
dpkg-query -W -f='${Status}' jmap-desktop 2>/dev/null | grep -q installed && dpkg -r jmap-desktop >/dev/null
trap 'dpkg -r jmap-desktop >/dev/null 2>&1 || true' EXIT

echo "== dpkg -i $deb"
dpkg -i "$deb"
test -x /usr/bin/jmap-desktop
desktop-file-validate /usr/share/applications/jmap-desktop.desktop
# update-mime-database (run by the shared-mime-info trigger) compiled our type into the database.
grep -q 'application/x-jmap' /usr/share/mime/globs2
test -f /usr/share/mime/application/x-jmap.xml
for size in 16 24 32 48 64 128 256 512; do
  test -f "/usr/share/icons/hicolor/${size}x${size}/apps/jmap-desktop.png"
  test -f "/usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-jmap.png"
done

# Ask as a fresh user would (no personal mimeapps.list), through the generic XDG lookup.
home=$(mktemp -d)
default=$(env -i HOME="$home" PATH=/usr/bin:/bin xdg-mime query default application/x-jmap)
rm -rf "$home"
echo "xdg-mime query default application/x-jmap: $default"
[ "$default" = jmap-desktop.desktop ] || { echo "the .jmap type does not open JMap Desktop" >&2; exit 1; }

echo "== the installed app"
"$python" packaging/smoke_test.py /usr/bin/jmap-desktop

echo "== dpkg -r jmap-desktop"
dpkg -r jmap-desktop
trap - EXIT
for path in /opt/jmap-desktop /usr/bin/jmap-desktop /usr/share/applications/jmap-desktop.desktop \
            /usr/share/mime/packages/jmap-desktop.xml; do
  [ ! -e "$path" ] || { echo "$path is left after dpkg -r" >&2; exit 1; }
done
grep -q 'application/x-jmap' /usr/share/mime/globs2 && { echo "MIME type left after dpkg -r" >&2; exit 1; }
echo "Debian package check passed"
