"""The site's warm ClientApp start (client/prefork.py): a forked task behaves as the cold launcher would.

One warm server serves every test here; it imports the ClientApp once (the point of it),
so the module is marked slow. Its tasks run Flower's ``flwr-clientapp`` behind the bundle
check with the launcher's own arguments, environment, working directory and streams.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fedtune.client.bundle import write_launcher
from fedtune.client import prefork
from fedtune.client.prefork import socket_path
from fedtune.common.processes import stop_process

pytestmark = pytest.mark.slow


def _policy(tmp: Path) -> Path:
    (tmp / "data").mkdir()
    policy = tmp / "site.toml"
    policy.write_text(
        f'site_id = "warm"\ndata = "{tmp / "data"}"\nstate_dir = "{tmp / "state"}"\nbase_model = "unused"\n'
        "[scrub]\nwaive_scrubbing = true\n",
        encoding="utf-8",
    )
    return policy


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("warm")
    home = tmp / "flwr"
    home.mkdir(mode=0o700)
    watched = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    log = (tmp / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-I", "-m", "fedtune.client.prefork", str(home), str(_policy(tmp)), str(watched.pid)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    deadline = time.monotonic() + 180
    while not socket_path(home).exists():
        assert server.poll() is None, (tmp / "server.log").read_text()
        assert time.monotonic() < deadline, "the warm server never listened"
        time.sleep(0.2)
    launcher = write_launcher(tmp / "bin", warm_socket=socket_path(home))
    yield tmp, home, launcher, server, watched
    watched.kill()
    watched.wait()
    stop_process(server)
    log.close()


def _run(launcher: Path, *args: str, cwd: Path, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(launcher), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_the_socket_is_owner_only(warm) -> None:
    _, home, *_ = warm
    assert socket_path(home).stat().st_mode & 0o077 == 0


def test_a_forked_task_gets_the_launchers_arguments_streams_and_exit_status(warm) -> None:
    tmp, _, launcher, server, _ = warm
    started = time.monotonic()
    shown = _run(launcher, "--help", cwd=tmp)
    warm_seconds = time.monotonic() - started
    assert shown.returncode == 0, shown.stderr
    assert "--runtime-api-address" in shown.stdout  # Flower's own parser answered, on our stdout
    refused = _run(launcher, "--no-such-flag", cwd=tmp)
    assert refused.returncode == 2
    assert "flwr-clientapp: error: one of the arguments --token --token-file is required" in refused.stderr
    assert server.poll() is None  # a task's exit is not the server's
    # Cold, the same command imports Flower first; warm it is forked from a process that has.
    assert warm_seconds < 5, f"a warm --help took {warm_seconds:.1f} s"


def test_a_task_runs_in_the_launchers_working_directory_with_its_environment(warm, tmp_path: Path) -> None:
    tmp, _, launcher, *_ = warm
    # argparse wraps its help at $COLUMNS, read when the help is printed: in the task, not the server.
    narrow = _run(launcher, "--help", cwd=tmp, env={**os.environ, "COLUMNS": "40"})
    wide = _run(launcher, "--help", cwd=tmp, env={**os.environ, "COLUMNS": "200"})
    assert len(narrow.stdout.splitlines()) > 1.5 * len(wide.stdout.splitlines())
    probe = tmp_path / "probe"
    probe.mkdir()
    before = _tasks()
    waiting = subprocess.Popen(  # a task that waits for a Runtime API that never answers, inspected while it runs
        [str(launcher), "--runtime-api-address", "127.0.0.1:9", "--insecure", "--token", "t"],
        cwd=probe, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        child = _wait_for_child(before)
        # The forked task moves into the launcher's directory first thing, before it runs anything; seen straight
        # after the fork (a loaded machine) it may still be in the server's.
        assert _settled_cwd(child, probe.resolve()) == probe.resolve()
    finally:
        waiting.send_signal(signal.SIGTERM)
        waiting.wait(30)
    _wait_gone(child)


@pytest.mark.parametrize("stop", ["terminate", "kill"])
def test_stopping_the_launcher_stops_its_task(warm, stop: str) -> None:
    # SIGTERM is forwarded; SIGKILL leaves the launcher no chance to, so the server sees its end and stops the task.
    tmp, _, launcher, server, _ = warm
    before = _tasks()
    waiting = subprocess.Popen(
        [str(launcher), "--runtime-api-address", "127.0.0.1:9", "--insecure", "--token", "t"],
        cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    child = _wait_for_child(before)
    getattr(waiting, stop)()
    waiting.wait(30)
    _wait_gone(child, tmp / "server.log")
    assert server.poll() is None


def test_an_orphaned_task_that_ignores_sigterm_is_killed_after_its_grace() -> None:
    # Flower's graceful exit normally ends a task within seconds; one that hangs must not outlive its launcher.
    stubborn = subprocess.Popen(
        [sys.executable, "-c", "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print(flush=True); time.sleep(600)"],
        stdout=subprocess.PIPE,
    )
    try:
        stubborn.stdout.readline()  # SIGTERM is ignored from here on
        children, orphans = {stubborn.pid: None, 12345678: None}, {stubborn.pid: time.monotonic() + 0.5, 87654321: 0.0}
        os.kill(stubborn.pid, signal.SIGTERM)
        prefork._kill_late(children, orphans)  # before the deadline: left alone; an entry already reaped is dropped
        assert stubborn.poll() is None and orphans == {stubborn.pid: pytest.approx(orphans[stubborn.pid])}
        time.sleep(0.6)
        prefork._kill_late(children, orphans)
        assert stubborn.wait(10) == -signal.SIGKILL and orphans == {}
    finally:
        stubborn.kill()
        stubborn.wait()


def test_without_a_server_the_launcher_runs_cold(tmp_path: Path) -> None:
    launcher = write_launcher(tmp_path / "bin", warm_socket=tmp_path / "nobody.sock")
    result = _run(launcher, "--help", cwd=tmp_path, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "--runtime-api-address" in result.stdout


def test_the_server_leaves_when_its_supernode_is_gone(warm) -> None:
    tmp, home, _, server, watched = warm
    # Last in this module: it ends the shared server.
    watched.kill()
    watched.wait()
    server.wait(30)
    assert not socket_path(home).exists()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().split(") ", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _tasks() -> set[int]:
    """The forked tasks of this test's warm server, running or not yet reaped."""
    servers = [p for p in _children(os.getpid()) if b"fedtune.client.prefork" in Path(f"/proc/{p}/cmdline").read_bytes()]
    return {c for s in servers for c in _children(s)}


def _wait_for_child(before: set[int]) -> int:
    """The forked task serving the launcher started after ``before`` was taken: the one task not in it."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = _tasks() - before
        if new:
            return max(new)
        time.sleep(0.1)
    raise AssertionError("no forked task appeared")


def _settled_cwd(pid: int, expected: Path) -> Path:
    """The task's working directory once it is ``expected``, or what it still is after 30 s."""
    deadline = time.monotonic() + 30
    while (cwd := Path(f"/proc/{pid}/cwd").resolve()) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return cwd


def _wait_gone(pid: int, server_log: Path | None = None) -> None:
    # The server sends SIGTERM at once and SIGKILL KILL_AFTER (10) s later; the rest of the minute is for a
    # loaded CI machine (one run there passed 30 s), and a failure says what the task and the server were doing.
    deadline = time.monotonic() + 60
    while _alive(pid):
        if time.monotonic() > deadline:
            state = Path(f"/proc/{pid}/status").read_text() if Path(f"/proc/{pid}").exists() else "gone"
            tail = server_log.read_text()[-3000:] if server_log else ""
            raise AssertionError(f"the task {pid} outlived its launcher by 60 s\n{state}\n--- server log ---\n{tail}")
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"
