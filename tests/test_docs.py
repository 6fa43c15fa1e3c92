"""What `make run` and README.md tell people about HR editors' accounts is there, and the commands they name work."""

import re
import shlex
import subprocess
from pathlib import Path

from django.core.management import get_commands, load_command_class

BASE_DIR = Path(__file__).resolve().parents[1]


def readme_section(title):
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    return readme.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def manage_py_commands(text):
    """Each `manage.py NAME ARGS` the text names, as [NAME, *ARGS]."""
    return [shlex.split(line.split("manage.py", 1)[1]) for line in re.findall(r"manage\.py [^`\"\n]+", text)]


def assert_runs_as_written(name, *args):
    """The command exists and takes these arguments (parsed by its own parser; nothing is run)."""
    assert name in get_commands(), name
    command = load_command_class(get_commands()[name], name)
    command.create_parser("manage.py", name).parse_args(args)  # a CommandError if it does not


def test_make_run_prints_how_to_make_a_local_editor_account():
    recipe = subprocess.run(["make", "-n", "run"], cwd=BASE_DIR, capture_output=True, text=True, timeout=120,
                            check=True).stdout.splitlines()
    printed = [number for number, line in enumerate(recipe) if line.startswith("echo ") and "createhreditor" in line]
    server = [number for number, line in enumerate(recipe) if "manage.py runserver" in line]
    assert printed and server and printed[0] < server[0], recipe  # said before the server takes the terminal
    line = recipe[printed[0]]
    assert "manage.py createhreditor --username" in line
    [command] = manage_py_commands(line)
    assert_runs_as_written(*command)


def test_the_readme_tells_how_to_enrol_an_editor_reset_a_lost_device_and_lift_a_lockout():
    section = readme_section("HR editors")
    commands = manage_py_commands(section)
    named = {command[0]: command[1:] for command in commands}
    assert "--static-codes" in named["createhreditor"] and "--username" in named["createhreditor"]
    assert "--static-codes" in named["resetotpdevice"] and "--username" in named["resetotpdevice"]
    assert re.search(r"locked-out editor:\s+`manage\.py axes_reset_username ", section, re.IGNORECASE)
    for command in commands:
        assert_runs_as_written(*command)
    # The reset deletes the backup codes: one still kept works only until then.
    assert "until the reset" in section.lower() and "in the meantime" not in section
