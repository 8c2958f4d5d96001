"""Before Qt starts on Linux: missing libraries of the xcb platform are named, with the
packages to install, instead of Qt's abort."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ui.shell import platform_check
from ui.shell.platform_check import XCB_LIBRARIES, check_qt_platform, missing_xcb_libraries

X11 = {"DISPLAY": ":0"}


def loader_without(*missing: str):
    asked: list[str] = []

    def loads(soname: str) -> bool:
        asked.append(soname)
        return soname not in missing

    loads.asked = asked   # type: ignore[attr-defined]
    return loads


def test_a_complete_system_passes():
    assert check_qt_platform(X11, "linux", loader_without()) is None


def test_missing_libraries_are_named_with_the_apt_get_line():
    message = check_qt_platform(X11, "linux", loader_without(
        "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    assert message is not None
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in message
    assert "libxcb-icccm.so.4  (package libxcb-icccm4)" in message
    assert "libxcb-randr0" not in message, "only what is missing"
    assert "QT_QPA_PLATFORM=offscreen" in message


def test_one_package_named_once_for_two_of_its_libraries():
    message = check_qt_platform(X11, "linux",
                                loader_without("libglib-2.0.so.0", "libgthread-2.0.so.0"))
    assert "sudo apt-get install libglib2.0-0\n" in message


def test_no_display_is_said_too():
    message = check_qt_platform({}, "linux", loader_without())
    assert message is not None and "DISPLAY" in message
    assert "QT_QPA_PLATFORM=offscreen" in message


@pytest.mark.parametrize("environ, platform", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),     # tests, screenshots
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),      # Qt takes its Wayland platform
    ({}, "win32"),
    ({}, "darwin"),
])
def test_not_checked_where_xcb_is_not_used(environ, platform):
    loads = loader_without(*XCB_LIBRARIES)
    assert check_qt_platform(environ, platform, loads) is None
    assert loads.asked == []


@pytest.mark.parametrize("platform_name", ["xcb", "xcb:nograb", "xcb;wayland"])
def test_checked_when_xcb_is_asked_for(platform_name):
    environ = {"QT_QPA_PLATFORM": platform_name, "WAYLAND_DISPLAY": "wayland-0", **X11}
    assert check_qt_platform(environ, "linux", loader_without("libxcb-xkb.so.1")) is not None


def test_main_exits_with_1_and_the_message_before_the_demo_server_starts(monkeypatch,
                                                                          capsys):
    import main
    import server.embedded

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "loads", loader_without("libxcb-cursor.so.0"))
    monkeypatch.setattr(server.embedded, "start_embedded_server",
                        lambda **_: pytest.fail("the server started before the check"))
    monkeypatch.setattr(main.sys, "argv", ["main.py", "--demo"])
    with pytest.raises(SystemExit) as exited:
        main.run()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0" in err


def _xcb_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


@pytest.mark.skipif(shutil.which("ldd") is None or _xcb_plugin() is None,
                    reason="needs ldd and PySide6's xcb plugin (Linux)")
def test_what_the_dynamic_linker_cannot_find_the_check_finds_too():
    """Against this machine: every library the real xcb plugin lacks here is in the list,
    and the real loader reports it missing."""
    out = subprocess.run(["ldd", str(_xcb_plugin())], capture_output=True, text=True).stdout
    not_found = {line.split("=>")[0].strip() for line in out.splitlines()
                 if "not found" in line}
    assert not_found <= set(XCB_LIBRARIES), "a library the plugin needs is not checked"
    missing = {lib for lib, _package in missing_xcb_libraries()}
    assert not_found <= missing
