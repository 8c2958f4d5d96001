"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) platform there?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"" and a core dump,
which names neither the missing library nor the package. This checks first and says which
Debian/Ubuntu packages to install. Only the standard library: it runs before PySide6 loads
(importing QtGui already needs libGL and fontconfig)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What the xcb platform plugin of PySide6 6.x loads (the NEEDED entries of
# plugins/platforms/libqxcb.so, lib/libQt6XcbQpa.so.6, libQt6Gui, libQt6DBus and
# libQt6Core, without Qt's own and the C runtime), each with the Debian/Ubuntu package
# that ships it. Found with `readelf -d` and `dpkg -S` on Debian 12.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
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
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def loads(soname: str) -> bool:
    """Whether the dynamic linker finds and loads the library (and what it needs)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will try the xcb platform: asked for by name, or chosen by default in an
    X11 session (in a Wayland session Qt takes its Wayland platform)."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_xcb_libraries(loader: Callable[[str], bool] = loads) -> list[tuple[str, str]]:
    """(library, Debian package) of each library of the xcb platform that does not load."""
    return [(lib, package) for lib, package in XCB_LIBRARIES.items() if not loader(lib)]


def missing_message(missing: list[tuple[str, str]]) -> str:
    packages = list(dict.fromkeys(package for _lib, package in missing))
    lines = ["The workstation cannot open its window: Qt's X11 (xcb) platform needs system "
             "libraries that are not installed:"]
    lines += [f"  {lib}  (package {package})" for lib, package in missing]
    lines += ["Install them, on Debian or Ubuntu:",
              f"  sudo apt-get install {' '.join(packages)}",
              "README.md, \"Linux system packages\", lists them all (and Fedora's names).",
              "Without a display (tests, screenshots) set QT_QPA_PLATFORM=offscreen."]
    return "\n".join(lines)


def check_qt_platform(environ: Mapping[str, str] | None = None, platform: str | None = None,
                      loader: Callable[[str], bool] | None = None) -> str | None:
    """None when Qt can start here; otherwise what to tell the user (and install)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or not uses_xcb(environ):
        return None
    missing = missing_xcb_libraries(loader or loads)
    if missing:
        return missing_message(missing)
    if not environ.get("DISPLAY"):
        # Qt would abort the same way ("could not connect to display").
        return ("The workstation cannot open its window: there is no display (DISPLAY is not "
                "set).\nStart it on a desktop, or set QT_QPA_PLATFORM=offscreen to run it "
                "without one (tests, screenshots).")
    return None


def exit_unless_qt_can_start() -> None:
    """Print what is missing and exit with status 1, instead of Qt's abort."""
    problem = check_qt_platform()
    if problem:
        print(problem, file=sys.stderr)
        raise SystemExit(1)
