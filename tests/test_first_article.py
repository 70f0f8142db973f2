"""The app's first article is analysed in a child forked before anything heavy is loaded
(asyncio, Textual, the engine), and a child still at work when the app closes is ended."""

from __future__ import annotations

import json
import subprocess
import sys

TEXT = "Maria Lopez met John Smith in Paris on 3 May 2024. Lopez left.\n"
HEAVY = ("asyncio", "textual", "rich", "multiprocessing", "concurrent.futures",
         "newsview.models.analysis", "newsview.tui.app", "newsview.tui.analysis_runner")


def test_the_command_forks_the_first_analysis_before_loading_anything_heavy(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    # In a fresh interpreter: the first fork the command makes says what was loaded by then,
    # and ends the program there.
    probe = (
        "import json, os, sys\n"
        f"heavy = {HEAVY!r}\n"
        "def fork():\n"
        "    sys.__stdout__.write('LOADED ' + json.dumps([m for m in heavy if m in sys.modules]))\n"
        "    sys.__stdout__.flush()\n"
        "    os._exit(0)\n"
        "os.fork = fork\n"
        "from newsview.tui.cli import main\n"
        "main(sys.argv[1:])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert "LOADED " in done.stdout, done.stderr
    assert json.loads(done.stdout.split("LOADED ", 1)[1]) == []


# Forking is safe only in a process with no other thread, which a test run is not (Textual's
# tests leave threads behind): each scenario runs in a fresh interpreter of its own.
SCENARIO = """
import os, sys, time
from datetime import date
from newsview.models.analysis import analyse
from newsview.tui.first_article import ChildFailed, start_first_analysis, stop_first_analysis
TEXT = {text!r}
path = sys.argv[1]
future = start_first_analysis([path], date(2024, 5, 4))
assert future is not None, "no fork: threads running in a fresh interpreter"
{body}
print("SCENARIO OK")
"""


def in_fresh_interpreter(path, body: str) -> None:
    code = SCENARIO.format(text=TEXT, body=body)
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert "SCENARIO OK" in done.stdout, done.stdout + done.stderr


def test_the_childs_analysis_comes_back_whole(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    in_fresh_interpreter(path, """
length, _, analysis, article = future.result(timeout=60)
assert length == len(TEXT) and article.text == TEXT
assert analysis == analyse(TEXT, date(2024, 5, 4))
""")


def test_no_article_to_read_is_no_result(tmp_path):
    in_fresh_interpreter(tmp_path / "missing.txt", "assert future.result(timeout=60) is None")


def test_a_child_still_at_work_when_the_app_closes_is_ended(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(TEXT * 20_000, encoding="utf-8")  # seconds of analysis
    in_fresh_interpreter(path, """
pid = future.child_pid
stop_first_analysis(future)
try:
    future.result(timeout=30)
    raise AssertionError("the stopped child's result came back")
except ChildFailed:
    pass
for _ in range(100):  # reaped by the future's reader: no process of that id is left
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    time.sleep(0.05)
else:
    raise AssertionError("the child is still there")
""")
