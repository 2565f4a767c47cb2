"""The README's quick start: two commands that work on a stock Debian or Ubuntu, the same as CI runs."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start() -> tuple[list[str], str]:
    """The quick start's commands and the text of its section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()], section


def test_two_commands_each_in_a_virtual_environment_without_a_python_command():
    commands, _ = quick_start()
    assert len(commands) == 2
    for command in commands:
        assert command.startswith("python3 -m venv .venv && .venv/bin/python -m pip install -e ")
        assert not re.search(r"(^|&& )(python|pip) ", command), "stock Debian and Ubuntu have no `python`; pip refuses outside a venv"
    assert commands[0].endswith("&& .venv/bin/partnership-atlas")
    assert commands[1].endswith('&& .venv/bin/python -m pytest')


def test_the_system_libraries_qt_needs_are_named_in_the_quick_start_and_installed_by_ci():
    _, section = quick_start()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = set(re.search(r'system_packages="([^"]+)"', ci).group(1).split())
    named = set(re.search(r"sudo apt install ([^`]+)```", section, re.S).group(1).replace("\\", " ").split())
    assert "python3-venv" in named and "libxcb-cursor0" in named, "the window needs xcb-cursor on X11 with Qt 6.5 and later"
    # What CI needs beyond the quick start: the standalone build, a second font set, the browser tests.
    qt_offscreen = ci_packages - {"binutils", "fonts-noto-core", "chromium"}
    assert qt_offscreen <= named, qt_offscreen - named


def test_ci_runs_the_readme_test_command():
    commands, _ = quick_start()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in ci and ".venv/bin/python -m pytest\n" in ci
    assert not re.search(r"^python -m", ci, re.M), "CI uses the virtual environment as the README does"
