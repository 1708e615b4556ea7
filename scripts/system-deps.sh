#!/usr/bin/env bash
# Debian packages Qt needs to run headless (and under Xvfb), poppler-utils for looking at
# posters, chromium, in which the tests load the interactive HTML export, and xdotool, with
# which a smoke test types into the real window on a private Xvfb display. Installed only
# when missing, and only where we can (root with apt-get); elsewhere it prints what is missing
# and carries on, so a developer's own machine is never touched.
# `system-deps.sh packaging` also brings the desktop-integration tools that
# packaging/linux/check_deb.sh checks the installed .deb with.
set -u
pkgs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
      xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxkbcommon-x11-0 poppler-utils chromium xdotool)
[ "${1:-}" = packaging ] && pkgs+=(xdg-utils desktop-file-utils shared-mime-info hicolor-icon-theme)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Note: missing Debian packages (install them for Qt): ${missing[*]}" >&2
fi
exit 0
