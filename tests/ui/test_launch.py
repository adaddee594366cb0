"""Starting the window where it cannot open, as a first-time user on a fresh machine does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.ui import display_check
from timeline_app.ui.display_check import display_problem, missing_libraries

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's"
)


def _unused_display() -> str:
    number = 1987
    while Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    return f":{number}"


def launch(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The command in a clean environment: no display unless ``env`` gives one."""
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"}
    }
    base.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=base,
        stdin=subprocess.DEVNULL,
    )


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def test_no_display_says_so_in_one_line_and_exits_non_zero(tmp_path):
    result = launch(tmp_path, QT_QPA_PLATFORM="xcb")
    assert result.returncode == 1  # not Qt's abort (134)
    line = _one_line(result.stderr)
    assert line.startswith("crisis-timeline: ") and "DISPLAY is not set" in line
    assert "Reinstalling" not in result.stderr


def test_a_display_nobody_answers_on_is_named(tmp_path):
    display = _unused_display()
    result = launch(tmp_path, DISPLAY=display)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    # a machine without Qt's X11 libraries is told that first: no display could help it
    missing = missing_libraries()
    if missing:
        assert all(name in line for name in missing) and "apt install" in line
    else:
        assert f"cannot connect to the display {display}" in line


def test_a_missing_x11_library_is_named_with_its_package(monkeypatch):
    monkeypatch.setitem(display_check.XCB_LIBRARIES, "libxcb-not-there.so.0", "libxcb-not-there0")
    problem = display_problem({"DISPLAY": _unused_display(), "QT_QPA_PLATFORM": "xcb"})
    assert problem is not None
    # named with its package beside any real library this machine lacks too
    assert "libxcb-not-there.so.0" in problem
    assert "libxcb-not-there0" in problem.partition("apt install ")[2].split()
    assert missing_libraries({"libc.so.6": "libc6"}) == []


def test_platforms_without_a_display_server_need_none():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "minimal:fontengine=freetype"}) is None
    problem = display_problem({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": "/nonexistent"})
    assert problem is not None and "Wayland" in problem


def test_a_platform_qt_does_not_have_is_named(tmp_path):
    result = launch(tmp_path, QT_QPA_PLATFORM="offscren")
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert 'no Qt platform plugin "offscren"' in line and "offscreen" in line


def test_a_wayland_session_without_x11_is_pointed_to_wayland(tmp_path):
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    (runtime / "wayland-0").touch()
    problem = display_problem({"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": "wayland-0"})
    assert problem is not None and "QT_QPA_PLATFORM=wayland" in problem


def test_a_screenshot_needs_no_display(tmp_path):
    out = tmp_path / "window.png"
    result = launch(tmp_path, "--screenshot", str(out), "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("name", ["missing.ctimeline", "unreadable.ctimeline"])
def test_a_screenshot_of_a_file_that_cannot_be_opened_fails(tmp_path, name):
    source = tmp_path / name
    if name.startswith("unreadable"):
        source.write_text("this is not a timeline", encoding="utf-8")
    out = tmp_path / "window.png"
    result = launch(tmp_path, str(source), "--screenshot", str(out), QT_QPA_PLATFORM="offscreen")
    assert result.returncode != 0
    assert name in result.stderr
    assert not out.exists()
