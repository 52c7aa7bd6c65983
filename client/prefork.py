"""A site's warm ClientApp start: one process per SuperNode that has already imported the ClientApp, forked for each task.

Flower's SuperExec starts a fresh ``flwr-clientapp`` process for every message a site
receives: train and evaluate, every round. Each one imported torch, Flower, PEFT, Opacus,
transformers, Presidio and spaCy, then built the site's scrubber: about 20 s of CPU before
the first record, many times a local training step on small data.

``fedtune-site join`` therefore starts this server beside the SuperNode. It imports all of
that once, builds the site's scrubber, and listens on a Unix socket in the SuperNode's home
(owner-only folder, owner-only socket, peer uid checked). The launcher Flower starts
(client/bundle.py::write_launcher) is then a small stdlib-only program: it hands the server
its arguments, environment, working directory and standard streams; the server forks a
child that runs exactly what the cold launcher runs (the bundle check, then Flower's
ClientApp process); the launcher forwards SIGTERM/SIGINT/SIGHUP to the child and exits with
its status. When the server is not there, the launcher runs cold, as before.

What a warm task shares with the server is code and the site's scrubber set-up (read-only).
Nothing a task computes survives it: every child loads the policy, checks the request,
reads the ledger and the budget, and reads its data, in the same order as a cold process.
The server exits when the SuperNode it serves is gone; restart the node after upgrading.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import signal
import socket
import struct
import sys
import time
import traceback
from pathlib import Path

SOCKET_NAME = "clientapp.sock"
MAX_REQUEST = 1 << 20  # arguments and environment; anything larger is not a launcher's
KILL_AFTER = 10.0  # seconds an orphaned task has for Flower's graceful exit (it forces its own at 5) before SIGKILL

log = logging.getLogger(__name__)


def socket_path(home: Path) -> Path:
    """Where a SuperNode's warm server listens: inside its Flower home, which is owner-only."""
    return home / SOCKET_NAME


def warm(policy: Path) -> None:
    """Import the ClientApp and everything it imports; build the site's scrubber so a task finds it ready."""
    import importlib

    from fedtune.common.policy import load_policy

    # The ClientApp (torch, Flower, PEFT, Opacus, transformers) and Flower's ClientApp process.
    for module in ("fedtune.client.app", "flwr.supernode.runtime.run_clientapp", "flwr.supernode.cli.flwr_clientapp"):
        importlib.import_module(module)

    from .scrub_stage import warm_scrubber

    warm_scrubber(load_policy(policy))


def serve(home: Path, policy: Path, allowed: tuple[str, ...], watch: int) -> None:
    """Fork a ClientApp child for each launcher that connects, until process ``watch`` (the SuperNode) is gone."""
    started = time.monotonic()
    warm(policy)
    log.info("warm ClientApp server ready in %.1f s", time.monotonic() - started)
    path = socket_path(home)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path.unlink(missing_ok=True)
    old = os.umask(0o177)
    try:
        listener.bind(str(path))
    except OSError as exc:  # e.g. a path over the 107 bytes a Unix socket allows: tasks start cold
        log.warning("warm ClientApp server off, tasks start cold: cannot listen at %s (%s)", path, exc)
        return
    finally:
        os.umask(old)
    listener.listen(16)
    children: dict[int, socket.socket | None] = {}  # None: its launcher is gone
    orphans: dict[int, float] = {}  # pid: when it gets SIGKILL if it is still there
    try:
        while _alive(watch):
            launchers = {c: pid for pid, c in children.items() if c is not None}
            ready, _, _ = select.select([listener, *launchers], [], [], 0.2)
            if listener in ready:
                connection, _ = listener.accept()
                try:
                    pid = _fork_task(connection, listener, allowed, children)
                    children[pid] = connection
                except Exception as exc:  # a bad launcher request never stops the server
                    log.warning("warm ClientApp request refused: %s", exc)
                    connection.close()
            for connection in ready:
                if connection in launchers:  # a launcher sends nothing after its request: it is gone
                    _orphaned(launchers[connection], connection, children, orphans)
            _reap(children)
            _kill_late(children, orphans)
    finally:
        path.unlink(missing_ok=True)
        listener.close()
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie the SuperNode's parent has not reaped yet is gone too
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return True


def _receive(connection: socket.socket) -> tuple[dict, list[int]]:
    """The launcher's request (4-byte length, JSON) and its three standard streams."""
    uid = struct.unpack("3i", connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[1]
    if uid != os.getuid():
        raise PermissionError(f"connection from uid {uid}")
    data, fds, _, _ = socket.recv_fds(connection, MAX_REQUEST, 3)
    try:
        if len(fds) != 3 or len(data) < 4:
            raise ValueError("a request carries its length and three standard streams")
        size = int.from_bytes(data[:4], "big")
        if size > MAX_REQUEST:
            raise ValueError(f"request of {size} bytes")
        body = data[4:]
        while len(body) < size:
            chunk = connection.recv(size - len(body))
            if not chunk:
                raise ValueError("the launcher closed mid-request")
            body += chunk
        request = json.loads(body)
        if not (isinstance(request.get("argv"), list) and isinstance(request.get("env"), dict) and isinstance(request.get("cwd"), str)):
            raise ValueError("a request names argv, env and cwd")
        return request, fds
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise


def _fork_task(connection: socket.socket, listener: socket.socket, allowed: tuple[str, ...], children: dict) -> int:
    request, fds = _receive(connection)
    pid = os.fork()
    if pid == 0:  # the task: never returns
        code = 1
        try:
            listener.close()
            for other in children.values():
                if other is not None:
                    other.close()
            connection.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            for number in (signal.SIGTERM, signal.SIGHUP):
                signal.signal(number, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update({str(k): str(v) for k, v in request["env"].items()})
            code = run_task([str(a) for a in request["argv"]], allowed)
        except BaseException:  # noqa: BLE001  reported on the task's own stderr, like a cold process
            traceback.print_exc()
        finally:
            logging.shutdown()
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    for fd in fds:
        os.close(fd)
    connection.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    return pid


def run_task(argv: list[str], allowed: tuple[str, ...]) -> int:
    """What a cold launcher runs (client/bundle.py::main), with ``argv``; its exit status."""
    from .bundle import LAUNCHER, main

    sys.argv = [LAUNCHER, *argv]
    try:
        main(allowed)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


def _orphaned(pid: int, connection: socket.socket, children: dict[int, socket.socket | None], orphans: dict[int, float]) -> None:
    """A task never outlives its launcher: whatever ended the launcher (a signal that came before
    it could forward one, SIGKILL), the task gets SIGTERM, as a cold ClientApp would have died with it,
    and SIGKILL ``KILL_AFTER`` seconds later if its graceful exit has not ended it."""
    with contextlib.suppress(OSError):
        if connection.recv(4096):
            return  # not an end (a launcher never writes): dropped
    connection.close()
    children[pid] = None
    orphans[pid] = time.monotonic() + KILL_AFTER
    log.info("task %d: its launcher ended, SIGTERM sent", pid)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)


def _kill_late(children: dict[int, socket.socket | None], orphans: dict[int, float]) -> None:
    """SIGKILL each orphaned task still running past its deadline; forget those already reaped."""
    now = time.monotonic()
    for pid, deadline in list(orphans.items()):
        if pid not in children:
            del orphans[pid]
        elif now >= deadline:
            del orphans[pid]
            log.warning("task %d ignored SIGTERM for %.0f s after its launcher ended: killed", pid, KILL_AFTER)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _reap(children: dict[int, socket.socket | None]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        connection = children.pop(pid, None)
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.sendall(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode() + b"\n")
            connection.close()


# The launcher Flower starts: stdlib only, so it starts in milliseconds. It runs cold (the
# bundle check and Flower's ClientApp in this process) when no warm server answers.
LAUNCHER_CODE = """\
import json, os, signal, socket, sys
SOCKET, COLD = {socket!r}, {cold!r}
try:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.connect(SOCKET)
except OSError:
    os.execv(COLD[0], COLD + sys.argv[1:])
body = json.dumps({{"argv": sys.argv[1:], "env": dict(os.environ), "cwd": os.getcwd()}}).encode()
pid, early = None, []
def forward(number, _frame):
    if pid is None:
        early.append(number)  # before the task's pid is known: sent to it as soon as it is
    else:
        os.kill(pid, number)
for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(number, forward)
socket.send_fds(server, [len(body).to_bytes(4, "big") + body], [0, 1, 2])
replies = server.makefile("rb")
pid = json.loads(replies.readline())["pid"]
for number in early:
    os.kill(pid, number)
line = replies.readline()
sys.exit(json.loads(line)["exit"] if line else 1)
"""


def main(argv: list[str] | None = None) -> None:
    """``python -I -m fedtune.client.prefork HOME POLICY WATCH_PID [HASH ...]``: the server ``join`` starts."""
    args = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    home, policy, watch, *allowed = args
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    serve(Path(home), Path(policy), tuple(allowed), int(watch))


if __name__ == "__main__":
    main()
