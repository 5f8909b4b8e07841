"""The README stays true: its test command is what CI runs, and every command is documented."""
from __future__ import annotations

import re
from pathlib import Path

from graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    head = README.split("## Commands", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", head, re.S)


def test_docs_readme_has_exactly_two_setup_commands():
    cmds = _setup_commands()
    assert len(cmds) == 2
    assert "newsgraph build" in cmds[0] and "pytest" in cmds[1]


def test_docs_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = _setup_commands()[1]
    install_and_test = test_cmd.split("&&", 1)[1].strip()
    assert install_and_test in ci


def test_docs_every_command_has_a_readme_section():
    for name in main.commands:
        assert f"### `newsgraph {name}" in README, name


def test_docs_every_named_query_is_listed_in_the_readme():
    from graph.sparql import named_queries

    for name in named_queries():
        assert name in README, name
