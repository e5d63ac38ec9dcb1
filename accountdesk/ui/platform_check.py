"""Can Qt show a window here? Asked before Qt starts, because Qt's own answer is an abort.

On Linux the X11 platform plugin (`libqxcb.so`) loads a dozen system libraries that a
minimal installation lacks; when one is missing Qt prints a paragraph and aborts. Loading
the plugin ourselves first turns that into one line naming the library and its package.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

# Shared libraries Qt's X11 plugin and Qt GUI load, and the Debian/Ubuntu package of each
# (found from the libraries' dependencies: readelf -d … | grep NEEDED, then dpkg -S).
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}

_MISSING = re.compile(r"(\S+\.so[.\d]*): cannot open shared object file")


def platform_problem(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """One line saying why Qt cannot open a window here, or None when it can (or may)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform and platform != "xcb":
        return None  # offscreen, wayland, vnc…: Qt's own plugins, nothing to check here
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "the desktop app needs a display, and DISPLAY is not set "
            "(start it in a desktop session; the command line works without one)"
        )
    plugin = xcb_plugin()
    if plugin is None:
        return None
    return missing_library_problem(plugin)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_library_problem(library: Path) -> str | None:
    """Load `library` as Qt would; when it fails, say every system library it lacks."""
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        missing = [name for name in DEBIAN_PACKAGES if not _loads(name)]
        return describe_load_error(str(exc), missing)
    return None


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def describe_load_error(message: str, missing: list[str]) -> str:
    found = _MISSING.search(message)
    if found is not None and Path(found.group(1)).name not in missing:
        missing = [Path(found.group(1)).name, *missing]
    if not missing:
        return f"the desktop app cannot start: Qt's X11 platform plugin does not load ({message})"
    packages = sorted({DEBIAN_PACKAGES[name] for name in missing if name in DEBIAN_PACKAGES})
    install = (
        f"on Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
        if packages
        else "install the packages that provide them"
    )
    return (
        "the desktop app cannot start: the system libraries Qt needs are missing: "
        f"{', '.join(missing)} ({install})"
    )
