"""A site runs only its own code: the app-bundle check in front of Flower's ClientApp process.

The threat is real (Flower imports a bundle's own ``fedtune`` package in place of the
installed one); the site's launcher refuses any bundle carrying code before it is unpacked.
"""

from __future__ import annotations

import hashlib
import json
import io
import os
import shutil
import ssl
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from flwr.cli.build import build_fab_from_disk

from fedtune.client.bundle import CLIENT_APP, BundleRefused, check_bundle, write_launcher
from fedtune.common.runconfig import RunConfig
from fedtune.server.launch import write_app_dir

SHADOW = '''
from pathlib import Path
Path({marker!r}).write_text("the coordinator's code ran at the site")
from flwr.clientapp import ClientApp
app = ClientApp()
'''


def malicious_app(folder: Path, marker: Path, serverapp: str = "fedtune.server.app:app") -> Path:
    """An app folder whose bundle ships its own ``fedtune.client.app``, which writes ``marker`` when imported."""
    package = folder / "fedtune" / "client"
    package.mkdir(parents=True)
    (folder / "fedtune" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "app.py").write_text(SHADOW.format(marker=str(marker)))
    (folder / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n'
        '[project]\nname = "fedtune-run"\nversion = "0.1.0"\ndependencies = []\n\n'
        '[tool.flwr.app]\npublisher = "fedtune"\n\n'
        f'[tool.flwr.app.components]\nserverapp = "{serverapp}"\nclientapp = "{CLIENT_APP}"\n'
    )
    return folder


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_the_coordinators_generated_bundle_passes_and_is_pinned_by_its_hash(tmp_path: Path) -> None:
    fab = build_fab_from_disk(write_app_dir(tmp_path / "app", RunConfig()))
    digest = hashlib.sha256(fab).hexdigest()
    assert check_bundle(fab) == digest
    assert check_bundle(fab, [digest.upper()]) == digest
    with pytest.raises(BundleRefused, match="not-allowed"):
        check_bundle(fab, ["0" * 64])


def test_a_bundle_shadowing_fedtune_is_refused_as_code(tmp_path: Path) -> None:
    fab = build_fab_from_disk(malicious_app(tmp_path / "evil", tmp_path / "marker"))
    assert any(name.endswith("fedtune/client/app.py") for name in zipfile.ZipFile(io.BytesIO(fab)).namelist())
    with pytest.raises(BundleRefused, match=r"\(code\)"):
        check_bundle(fab)


@pytest.mark.parametrize(
    ("files", "code"),
    [
        ({"pyproject.toml": f'[tool.flwr.app.components]\nclientapp = "evil:app"\n'}, "component"),
        ({"pyproject.toml": "[tool.flwr.app]\n"}, "component"),
        ({"pyproject.toml": f'[tool.flwr.app.components]\nclientapp = "{CLIENT_APP}"\n', "evil.pth": "import os"}, "code"),
        ({"pyproject.toml": f'[tool.flwr.app.components]\nclientapp = "{CLIENT_APP}"\n', ".info/x.so": ""}, "code"),
        ({"pyproject.toml": f'[tool.flwr.app.components]\nclientapp = "{CLIENT_APP}"\n', "data/notes.txt": "x"}, "extra-file"),
        ({".info/CONTENT": ""}, "not-a-bundle"),
        ({"pyproject.toml": "[tool.flwr\n"}, "not-a-bundle"),
    ],
)
def test_bundles_with_anything_but_configuration_are_refused(files: dict[str, str], code: str) -> None:
    with pytest.raises(BundleRefused) as info:
        check_bundle(_zip(files))
    assert info.value.code == code and str(info.value) == f"the site refused the app bundle ({code})"


def test_not_a_zip_is_refused() -> None:
    with pytest.raises(BundleRefused, match="not-a-bundle"):
        check_bundle(b"PK not really")


def _python(code: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


@pytest.mark.slow  # two interpreters import Flower, one torch and fedtune's ClientApp
def test_flowers_own_loader_runs_the_shadow_and_the_sites_launcher_does_not(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    app = malicious_app(tmp_path / "evil", marker)
    fab = build_fab_from_disk(app)
    env = {**os.environ, "FLWR_HOME": str(tmp_path / "flwr")}
    # Flower's loader, as a ClientApp process without the launcher uses it: the bundle's fedtune wins.
    flower = _python(
        f"from flwr.supercore.object_ref import load_app\nload_app({CLIENT_APP!r}, ImportError, {str(app)!r})", tmp_path, env
    )
    assert flower.returncode == 0, flower.stderr[-2000:]
    assert marker.exists()
    marker.unlink()
    # The same steps behind the site's launcher: the check refuses, the loader returns the installed app.
    (tmp_path / "evil.fab").write_bytes(fab)
    guarded = _python(
        "from pathlib import Path\n"
        "from fedtune.client import bundle\n"
        "bundle._patch_flower(())\n"
        "from flwr.supernode.runtime import run_clientapp as rt\n"
        "try:\n"
        f"    rt.install_from_fab(Path({str(tmp_path / 'evil.fab')!r}).read_bytes(), skip_prompt=True)\n"
        "except bundle.BundleRefused as exc:\n"
        "    print('refused', exc.code)\n"
        f"import sys; sys.path.insert(0, {str(app)!r})  # even with the bundle first on sys.path\n"
        "app = rt.get_load_client_app_fn(default_app_ref='', app_path=None, multi_app=True)('id', '1', 'h')\n"
        "import fedtune.client.app as m\n"
        "print(type(app).__name__, m.__file__)\n",
        tmp_path,
        env,
    )
    assert guarded.returncode == 0, guarded.stderr[-3000:]
    assert "refused code" in guarded.stdout
    assert not marker.exists()


def test_the_launcher_runs_flowers_clientapp_isolated_and_checks_pins(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="64 hex digits"):
        write_launcher(tmp_path / "bad", ["abc"])
    script = write_launcher(tmp_path / "bin", ["A" * 64])
    assert os.access(script, os.X_OK) and script.name == "flwr-clientapp"
    assert "a" * 64 in script.read_text() and " -I -c " in script.read_text()
    # -I: a fedtune package in the working directory or on PYTHONPATH is not what the launcher imports.
    malicious_app(tmp_path / "cwd", tmp_path / "marker")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "cwd")}
    result = subprocess.run([str(script), "--help"], cwd=tmp_path / "cwd", env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "--runtime-api-address" in result.stdout
    assert not (tmp_path / "marker").exists()


EVIL_SERVER = '''
import json
import time
from pathlib import Path

from flwr.app import ConfigRecord, Context, Message, RecordDict
from flwr.serverapp import Grid, ServerApp

app = ServerApp()


@app.main()
def main(grid: Grid, context: Context) -> None:
    nodes = []
    deadline = time.monotonic() + 120
    while not nodes and time.monotonic() < deadline:
        nodes = list(grid.get_node_ids())
        time.sleep(1)
    messages = [Message(RecordDict({"config": ConfigRecord({})}), dst_node_id=n, message_type="train") for n in nodes]
    replies = list(grid.send_and_receive(messages, timeout=120))
    reasons = [r.error.reason if r.has_error() else "content" for r in replies]
    Path(context.run_config["report"]).write_text(json.dumps(reasons))
'''


@pytest.mark.slow
def test_a_malicious_bundle_never_runs_at_a_real_site(tmp_path: Path) -> None:
    """A coordinator serves a bundle shadowing fedtune.client.app; the site's SuperNode refuses it, no marker appears."""
    from tests.test_deployment import federation_certs, node, register

    from fedtune.server.launch import flwr, superlink

    marker, report = tmp_path / "marker", tmp_path / "report.json"
    app = malicious_app(tmp_path / "evil", marker, serverapp="evil_server:app")
    (app / "evil_server.py").write_text(EVIL_SERVER)
    with (app / "pyproject.toml").open("a") as handle:
        handle.write(f'\n[tool.flwr.app.config]\nreport = "{report}"\n')
    policy = tmp_path / "policies" / "hospital.toml"
    policy.parent.mkdir()
    policy.write_text(f'site_id = "hospital"\ndata = "data"\nstate_dir = "{tmp_path / "hospital"}"\n')
    tls = federation_certs(tmp_path)
    with superlink(tmp_path / "flwr", simulation=False, tls=tls) as link:
        register(link, policy)
        site = node(link.address, tls, policy)
        try:
            result = flwr(link.home, "run", str(app), "fedtune", "--stream", check=False, timeout=300)
        finally:
            from fedtune.common.processes import stop_process

            stop_process(site)
    assert report.exists(), result.stdout[-3000:]
    reasons = json.loads(report.read_text())
    assert len(reasons) == 1 and "the site refused the app bundle (code)" in reasons[0]
    assert not marker.exists()
    log = (tmp_path / "hospital" / "flwr" / "supernode.log").read_text()
    assert "BundleRefused" in log and str(marker) not in log


def _wait_online(home: Path, count: int, timeout: float = 90) -> list[dict]:
    from fedtune.server.launch import flwr

    deadline = time.monotonic() + timeout
    while True:
        listed = flwr(home, "supernode", "ls", "fedtune", "--format", "json")
        online = [n for n in json.loads(listed.stdout)["nodes"] if n["status"] == "online"]
        if len(online) >= count or time.monotonic() > deadline:
            return online
        time.sleep(2)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx (apt-get install nginx)")
def test_sites_reach_the_fleet_api_through_the_proxy_and_flwr_run_is_refused_there(tmp_path: Path) -> None:
    import httpx

    from fedtune.common.processes import flower_bin, flower_env, free_port, stop_process
    from fedtune.server.launch import superlink, write_app_dir, write_cli_config
    from fedtune.server.proxy import fleet_proxy
    from tests.test_deployment import federation_certs, node, register

    tls = federation_certs(tmp_path)
    policy = tmp_path / "policies" / "hospital.toml"
    policy.parent.mkdir()
    policy.write_text(f'site_id = "hospital"\ndata = "data"\nstate_dir = "{tmp_path / "hospital"}"\n')
    exposed = f"127.0.0.1:{free_port()}"
    with superlink(tmp_path / "flwr", simulation=False, tls=tls) as link:
        with fleet_proxy(exposed, link.address, tls, tmp_path / "proxy"):
            register(link, policy)
            site = node(exposed, tls, policy)  # the site dials the proxy
            try:
                assert len(_wait_online(link.home, 1)) == 1, (tmp_path / "hospital" / "flwr" / "supernode.log").read_text()[-2000:]
                # Anyone who reaches the exposed address: the Control and Runtime APIs answer 403 from nginx.
                trust = ssl.create_default_context(cafile=str(tls.ca))
                for path in ("/v1/control/list-nodes", "/v1/control/start-run", "/v1/runtime/pull-messages"):
                    assert httpx.post(f"https://{exposed}{path}", verify=trust, json={}).status_code == 403
                outsider = tmp_path / "outsider"
                write_cli_config(outsider, exposed, tls)
                app = write_app_dir(tmp_path / "app", RunConfig())
                result = subprocess.run(
                    [flower_bin("flwr"), "run", str(app), "fedtune"], env=flower_env(outsider),
                    capture_output=True, text=True, timeout=120,
                )
            finally:
                stop_process(site)
    assert "/v1/fleet/activate-node" in (tmp_path / "proxy" / "access.log").read_text()
    assert result.returncode != 0
    assert "start-run" not in link.log.read_text()  # the request never reached the SuperLink


def _federation(tmp_path: Path, port: int) -> Path:
    config = tmp_path / "federation.toml"
    config.write_text(f'[superlink]\nport = {port}\ncertificates = "certs"\n[run]\nrun-dir = "run"\n')
    return config


def test_register_site_refuses_anything_but_a_p384_public_key_before_starting_flower(tmp_path: Path, capsys) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from fedtune.cli.coordinator import main as coordinator_main
    from fedtune.common.identity import create_identity

    config = _federation(tmp_path, 1)
    private = create_identity(tmp_path / "site_key").path
    p256 = tmp_path / "p256.pub"
    p256.write_bytes(ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH))
    for key, words in ((private, "not an SSH public key"), (p256, "not an ECDSA P-384 key"), (tmp_path / "none.pub", "no such")):
        assert coordinator_main(["register-site", str(key), "--name", "h1", "--config", str(config)]) == 2
        assert words in capsys.readouterr().err
    assert coordinator_main(["register-site", str(private) + ".pub", "--name", "no spaces", "--config", str(config)]) == 2
    assert "--name" in capsys.readouterr().err
    import io
    import sys

    stdin = sys.stdin
    try:  # the same checks for a key piped in (register-site -)
        sys.stdin = io.StringIO(private.read_text())
        assert coordinator_main(["register-site", "-", "--name", "h1", "--config", str(config)]) == 2
        assert "<stdin>: not an SSH public key" in capsys.readouterr().err
    finally:
        sys.stdin = stdin
    assert not (tmp_path / "run").exists()  # nothing was started


@pytest.mark.slow
def test_register_site_and_sites_work_with_or_without_a_running_superlink(tmp_path: Path, capsys, monkeypatch) -> None:
    from fedtune.cli.coordinator import main as coordinator_main
    from fedtune.common.identity import create_identity
    from fedtune.common.processes import free_port

    config = _federation(tmp_path, free_port())
    assert coordinator_main(["certs", "--config", str(config)]) == 0
    key = create_identity(tmp_path / "site_key").path
    assert coordinator_main(["register-site", f"{key}.pub", "--name", "st-marys", "--config", str(config)]) == 0
    assert "registered successfully" in capsys.readouterr().out
    # The registration lives in the SuperLink's state database: a later SuperLink still lists it.
    assert coordinator_main(["sites", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "registered" in out and (tmp_path / "run" / "flwr" / "state.db").is_file()
    assert coordinator_main(["register-site", f"{key}.pub", "--name", "st-marys", "--config", str(config)]) == 2
    assert "failed" in capsys.readouterr().err  # Flower refuses the same key twice
    # A key piped in, as `kubectl exec -i ... register-site -` passes it.
    import io
    import sys

    other = create_identity(tmp_path / "other_key").path
    monkeypatch.setattr(sys, "stdin", io.StringIO(Path(f"{other}.pub").read_text()))
    assert coordinator_main(["register-site", "-", "--name", "st-judes", "--config", str(config)]) == 0
    assert "registered successfully" in capsys.readouterr().out
    assert coordinator_main(["sites", "--config", str(config)]) == 0
    assert capsys.readouterr().out.count("registered") == 2  # two sites now, each in its own row
