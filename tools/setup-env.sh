# Sourced by tools/run-app and tools/run-tests: a Python 3.12+ virtual environment in .venv
# with LPKS Desktop installed in editable mode, and the system libraries Qt needs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
    else return 1
    fi
}

apt_install() {
    # Installs Debian packages when this machine can; says what is missing otherwise.
    command -v apt-get >/dev/null || { echo "Missing system packages: $* (install them yourself)" >&2; return 1; }
    if [ -z "${LPKS_APT_UPDATED:-}" ]; then
        as_root apt-get update -qq || { echo "Cannot run apt-get; install: $*" >&2; return 1; }
        export LPKS_APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

find_python() {
    local candidate
    for candidate in "${LPKS_PYTHON:-}" python3.13 python3.12 python3 \
                     "$HOME"/.pyenv/versions/3.13*/bin/python3 "$HOME"/.pyenv/versions/3.12*/bin/python3 \
                     /root/.pyenv/versions/3.13*/bin/python3 /root/.pyenv/versions/3.12*/bin/python3; do
        [ -n "$candidate" ] || continue
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            command -v "$candidate" 2>/dev/null || echo "$candidate"
            return 0
        fi
    done
    echo "LPKS Desktop needs Python 3.12 or newer; none found (set LPKS_PYTHON to one)." >&2
    return 1
}

ensure_qt_libraries() {
    # PySide6's wheels bring Qt but rely on the system's OpenGL, xkbcommon, fontconfig and D-Bus.
    [ "$(uname -s)" = Linux ] || return 0
    local missing=()
    local lib pkg
    # The second group is what Qt's xcb plugin needs to open a window on an X11 desktop.
    for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 \
                libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libglib-2.0.so.0:libglib2.0-0 \
                libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
                libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
                libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
                libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1 \
                libxkbcommon-x11.so.0:libxkbcommon-x11-0; do
        lib="${pair%%:*}"; pkg="${pair##*:}"
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}" || true
}

setup_venv() {
    local extras="$1" python stamp want
    python="$(find_python)"
    if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
        rm -rf "$VENV"
        "$python" -m venv "$VENV" || { apt_install python3-venv && "$python" -m venv "$VENV"; }
    fi
    stamp="$VENV/.lpks-installed"
    want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
        echo "$want" > "$stamp"
    fi
    ensure_qt_libraries
}
