"""Whether Qt can open a window here, asked before Qt tries.

Qt aborts the process (exit 134, a core dump) with several lines ending "Reinstalling the
application may fix this problem" when its platform plugin cannot start: no display, an X
server that does not answer, or an X11 library missing (libxcb-cursor0 is the usual one on a
fresh machine). These checks find the same causes in a few milliseconds, so that the command
can say in one line what is missing and how to get it.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

# What Qt's xcb platform plugin links against (`ldd libqxcb.so libQt6XcbQpa.so.6`), with the
# Debian/Ubuntu package that holds each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

# Platforms that need no display server (pictures, tests, a VNC or framebuffer session).
_NO_SERVER = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def missing_libraries(sonames: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The libraries of ``sonames`` that the dynamic loader cannot find."""
    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def platform_name(environ: Mapping[str, str]) -> str:
    """The Qt platform plugin that will be tried first ("xcb", "wayland", "offscreen", …)."""
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if requested:
        return requested
    # With no choice made, Qt 6 tries Wayland first in a Wayland session, else X11.
    if environ.get("XDG_SESSION_TYPE") == "wayland" and _wayland_socket(environ):
        return "wayland"
    return "xcb"


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why Qt could not open a window here, in one sentence; None when it can (or when this
    is not a system where Qt needs a display server)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    env = os.environ if environ is None else environ
    platform = platform_name(env)
    plugins = platform_plugins(env)
    if plugins and platform not in plugins:
        return (
            f'there is no Qt platform plugin "{platform}" (QT_QPA_PLATFORM); this Qt has '
            f"{', '.join(sorted(plugins))}"
        )
    if platform in _NO_SERVER:
        return None
    if platform.startswith("wayland"):
        if _wayland_socket(env) is None:
            return (
                "no Wayland display to open the window on (WAYLAND_DISPLAY is not set and "
                "there is no Wayland socket): start it from a desktop session"
            )
        return None
    if platform != "xcb":
        return None  # a plugin of someone's own: let Qt judge
    display = env.get("DISPLAY", "")
    if not display:
        if _wayland_socket(env) is not None:
            return (
                "DISPLAY is not set, so there is no X11 display to open the window on; this "
                "is a Wayland session: start it with QT_QPA_PLATFORM=wayland"
            )
        return (
            "no display to open the window on (DISPLAY is not set): start it from a desktop "
            "session, or make a picture without one with --screenshot OUT.png"
        )
    missing = missing_libraries()
    if missing:
        packages = " ".join(dict.fromkeys(XCB_LIBRARIES[m] for m in missing))
        return (
            f"the window needs X11 libraries that are missing ({', '.join(missing)}); "
            f"on Debian or Ubuntu: sudo apt install {packages}"
        )
    if not _x_server_answers(display):
        return (
            f"cannot connect to the display {display}: no X server answers there, or this "
            "user may not use it (check DISPLAY, or run `xhost` in that session)"
        )
    return None


def platform_plugins(environ: Mapping[str, str]) -> set[str]:
    """The platform plugins Qt can load ("xcb", "offscreen", …); empty if none are found
    where they should be, in which case Qt is left to judge."""
    from PySide6.QtCore import QLibraryInfo

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    folders += [Path(p) for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    names = set()
    for folder in folders:
        for plugin in (folder / "platforms").glob("libq*.so"):
            names.add(plugin.name[len("libq") : -len(".so")])
    return names


def _wayland_socket(env: Mapping[str, str]) -> Path | None:
    name = env.get("WAYLAND_DISPLAY") or "wayland-0"
    path = Path(name)
    if not path.is_absolute():
        runtime = env.get("XDG_RUNTIME_DIR")
        if not runtime:
            return None
        path = Path(runtime) / name
    return path if path.exists() else None


def _x_server_answers(display: str) -> bool:
    # The same connection Qt's xcb plugin makes first, through the same library.
    xcb = ctypes.CDLL("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection is not None:
            xcb.xcb_disconnect(connection)  # also frees the error object it returns
