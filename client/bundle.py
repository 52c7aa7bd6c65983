"""The site runs only its own code: Flower's ClientApp process, behind a check of the coordinator's app bundle.

Flower 1.42 unpacks the bundle (FAB) the SuperLink serves, puts its folder first on
``sys.path`` and imports the component it names, so a bundle that ships a ``fedtune``
package would run in place of the site's. The site's SuperNode therefore starts this
launcher as its ``flwr-clientapp``: before anything from the bundle is unpacked or
imported it refuses a bundle that carries any file but its ``pyproject.toml`` and Flower's
manifest, one whose ClientApp is not ``fedtune.client.app:app``, and (when the site pins
bundles) one whose SHA-256 is not on its list. The ClientApp is then imported from the
site's installed fedtune, never from the bundle, and the bundle's dependencies are never
installed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import shlex
import sys
import tomllib
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

CLIENT_APP = "fedtune.client.app:app"
MANIFEST_DIR = ".info/"  # Flower's build writes .info/CONTENT (and signatures) beside the pyproject
LAUNCHER = "flwr-clientapp"  # the name Flower's SuperExec starts a ClientApp process by

log = logging.getLogger(__name__)


class BundleRefused(RuntimeError):
    """The coordinator's app bundle is not one this site runs; the message names no file content."""

    def __init__(self, code: str) -> None:
        super().__init__(f"the site refused the app bundle ({code})")
        self.code = code


def check_bundle(content: bytes, allowed: Iterable[str] = ()) -> str:
    """The bundle's SHA-256 if this site may run it, else BundleRefused with a fixed code.

    Codes: ``not-a-bundle`` (not a zip with a pyproject), ``code`` (a Python, compiled or
    path file), ``extra-file`` (anything else beyond pyproject.toml and .info/),
    ``component`` (the ClientApp is not fedtune's), ``not-allowed`` (a hash the site did
    not pin).
    """
    digest = hashlib.sha256(content).hexdigest()
    pinned = {h.strip().lower() for h in allowed}
    if pinned and digest not in pinned:
        raise BundleRefused("not-allowed")
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = archive.namelist()
            for name in names:
                if name.endswith((".py", ".pyc", ".pyo", ".pyd", ".so", ".pth", ".whl", ".egg")):
                    raise BundleRefused("code")
                if name != "pyproject.toml" and not name.startswith(MANIFEST_DIR):
                    raise BundleRefused("extra-file")
            if "pyproject.toml" not in names:
                raise BundleRefused("not-a-bundle")
            project = tomllib.loads(archive.read("pyproject.toml").decode("utf-8"))
    except (zipfile.BadZipFile, UnicodeError, tomllib.TOMLDecodeError):
        raise BundleRefused("not-a-bundle") from None
    components = project.get("tool", {}).get("flwr", {}).get("app", {}).get("components", {})
    if components.get("clientapp") != CLIENT_APP:
        raise BundleRefused("component")
    return digest


def _installed_client_app() -> Any:
    """fedtune's ClientApp from the site's own installation; refuses a module loaded from a Flower app folder."""
    import fedtune.client.app as module

    flwr_home = Path(os.environ.get("FLWR_HOME", Path.home() / ".flwr")).resolve()
    if flwr_home in Path(module.__file__ or "").resolve().parents:
        raise BundleRefused("shadowed")
    return module.app


def _patch_flower(allowed: tuple[str, ...]) -> None:
    """Route Flower's ClientApp process through the check; fails closed if Flower's names moved."""
    from flwr.supernode.runtime import run_clientapp as runtime

    for name in ("install_from_fab", "get_load_client_app_fn", "install_app_dependencies"):
        if not callable(getattr(runtime, name, None)):
            raise RuntimeError(f"flwr.supernode.runtime.run_clientapp.{name} is gone: this Flower is not the one fedtune's launcher supports")

    def check_instead_of_install(fab: bytes, *_: Any, **__: Any) -> Path:
        digest = check_bundle(fab, allowed)
        log.info("app bundle %s accepted: configuration only, ClientApp %s", digest[:12], CLIENT_APP)
        return Path()  # nothing is unpacked: the ClientApp below never looks at the bundle

    def installed_loader(**_: Any) -> Callable[[str, str, str], Any]:
        return lambda *_args: _installed_client_app()

    def no_install(*_: Any, **__: Any) -> None:
        raise BundleRefused("dependencies")

    runtime.install_from_fab = check_instead_of_install
    runtime.get_load_client_app_fn = installed_loader
    runtime.install_app_dependencies = no_install


def main(allowed: tuple[str, ...] = ()) -> None:
    """``flwr-clientapp`` for this site: Flower's own process, with the bundle check in front."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    _patch_flower(allowed)
    from flwr.supernode.cli.flwr_clientapp import flwr_clientapp

    sys.argv[0] = LAUNCHER
    flwr_clientapp()


def write_launcher(folder: Path, allowed: Iterable[str] = (), *, warm_socket: Path | None = None) -> Path:
    """Write ``folder/flwr-clientapp``; put ``folder`` first on the SuperNode's PATH so Flower starts it.

    It runs this interpreter isolated (``-I``: no script folder, working directory,
    PYTHONPATH or user site on ``sys.path``), so ``fedtune`` is the installed package. With
    ``warm_socket`` it first asks the site's warm server (client/prefork.py) to fork the
    task, and runs cold, as without it, when no server answers there.
    """
    pinned = tuple(h.strip().lower() for h in allowed)
    bad = [h for h in pinned if len(h) != 64 or any(c not in "0123456789abcdef" for c in h)]
    if bad:
        raise ValueError(f"bundle hash {bad[0]!r}: expected 64 hex digits (SHA-256 of the app bundle)")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    cold = [sys.executable, "-I", "-c", f"from fedtune.client.bundle import main; main({pinned!r})"]
    if warm_socket is None:
        command = [*cold, '"$@"']
    else:
        from .prefork import LAUNCHER_CODE

        code = LAUNCHER_CODE.format(socket=str(warm_socket), cold=cold)
        command = [sys.executable, "-I", "-S", "-c", code, '"$@"']
    script = folder / LAUNCHER
    quoted = " ".join(part if part == '"$@"' else shlex.quote(part) for part in command)
    script.write_text(f"#!/bin/sh\nexec {quoted}\n", encoding="utf-8")
    script.chmod(0o700)
    return script
