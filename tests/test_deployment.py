"""Flower's deployment engine on loopback: a TLS federation of registered sites admits no one else, and leaks no canary.

Every federation runs as deployed: TLS with the federation's own CA, and only sites whose
keys the coordinator registered. Every process is started by the test on 127.0.0.1 with
free ports and stopped by its pid; FLWR_HOME and every state folder live in the test's
temporary folder. The shared set-up is tests/deployment_support.py.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from fedtune.client.guard import TRANSCRIPT_ENV
from fedtune.common.policy import load_policy
from fedtune.common.processes import stop_process
from fedtune.common.runconfig import RunConfig
from fedtune.server.launch import flwr, superlink, write_app_dir
from tests.conftest import write_site
from tests.deployment_support import federation_certs, node, register, site_home

pytestmark = pytest.mark.slow


# Unique strings planted in the hospital's raw records: a name, an MRN, an e-mail and a sentence.
CANARIES = ("Zebulon Quarternight", "MRN 58302917", "zq.canary@example.org", "The violet heron counts seventeen lanterns")


def _plant_canaries(policy: Path) -> None:
    data = load_policy(policy).data
    record = {
        "instruction": f"Summarise the admission of {CANARIES[0]} ({CANARIES[1]}, contact {CANARIES[2]}).",
        "output": f"{CANARIES[0]} was admitted with chest pain. {CANARIES[3]}.",
    }
    with (data / "instruction.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")


def _files_holding(root: Path, needles: tuple[str, ...], skip: tuple[Path, ...]) -> list[str]:
    """Every file under ``root`` (outside ``skip``) whose bytes hold a needle, as 'path: needle'."""
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not any(path.is_relative_to(s) for s in skip):
            data = path.read_bytes()
            found += [f"{path}: {n}" for n in needles if n.encode() in data]
    return found


def test_a_tls_federation_of_registered_sites_runs_and_admits_no_one_else(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sites = [
        write_site(tmp_path, "hospital", "clinical", 24, 1, base=tiny_model, waive_scrubbing=False),
        write_site(tmp_path, "lawfirm", "legal", 24, 2, base=tiny_model),
    ]
    _plant_canaries(sites[0])
    transcripts = tmp_path / "outbound"  # every byte the sites send, through the outermost mod
    monkeypatch.setenv(TRANSCRIPT_ENV, str(transcripts))
    intruder = write_site(tmp_path, "intruder", "clinical", 24, 3, base=tiny_model)  # a key nobody registered
    stranger = write_site(tmp_path, "stranger", "legal", 24, 4, base=tiny_model)  # registered, but trusts another CA
    run = RunConfig(
        base_model=str(tiny_model), num_server_rounds=2, local_steps=3, max_length=768,
        learning_rate=5e-3, run_dir=str(tmp_path / "run"),
    )
    app = write_app_dir(tmp_path / "app", run)
    home = tmp_path / "flwr"
    tls = federation_certs(tmp_path)
    other_ca = federation_certs(tmp_path, "other").ca
    with superlink(home, simulation=False, tls=tls) as link:
        for policy in (*sites, stranger):
            register(link, policy)
        nodes = [node(link.address, tls, p) for p in sites]
        nodes += [node(link.address, tls, intruder), node(link.address, tls, stranger, ca=other_ca)]
        try:
            result = flwr(home, "run", str(app), "fedtune", "--stream", timeout=480)
            listed = flwr(home, "supernode", "ls", "fedtune", "--format", "json")
            refused = [process.poll() for process in nodes[2:]]
        finally:
            for process in nodes:
                stop_process(process)
        assert all(process.poll() is not None for process in nodes)
    assert refused == [1, 1]  # both outsiders gave up on their own: Flower's exit code 305
    assert link.process.poll() is not None
    assert result.returncode == 0, result.stdout[-3000:]
    assert "https://" in link.log.read_text() and "insecure = true" not in (home / "config.toml").read_text()
    online = [n for n in json.loads(listed.stdout)["nodes"] if n["online-at"] != "N/A"]
    assert len(online) == 2  # the two registered sites that trust the CA; the stranger never got through
    intruder_log = (site_home(intruder) / "supernode.log").read_text()
    stranger_log = (site_home(stranger) / "supernode.log").read_text()
    assert NOT_REGISTERED in intruder_log, intruder_log[-2000:]
    assert CERT_FAILED in stranger_log, stranger_log[-2000:]
    for policy in sites:  # every ClientApp process went through the site's bundle check
        assert "app bundle" in (site_home(policy) / "supernode.log").read_text() and "accepted" in (site_home(policy) / "supernode.log").read_text()
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert [r["round"] for r in history["rounds"]] == [1, 2]
    for entry in history["rounds"]:
        assert len(entry["sites"]) == 2  # both registered sites took part in every round, and no one else
        assert all(site["num-examples"] > 0 and site["bytes-sent"] > 0 for site in entry["sites"].values())
    final = load_file(tmp_path / "run" / "adapter" / "adapter_model.safetensors")
    first = load_file(tmp_path / "run" / "checkpoints" / "round-0001" / "adapter_model.safetensors")
    lora_b = [k for k in final if "lora_B" in k]
    assert lora_b and any(final[k].abs().sum() > 0 for k in lora_b)  # B starts at zero
    assert any(not torch.equal(final[k], first[k]) for k in lora_b)  # round 2 moved it again
    # The canaries: scrubbed, trained on and federated for 2 rounds, they are nowhere but in
    # the hospital's raw data and its scrub cache: not in what it sent (replies, decoded),
    # not in the coordinator's state.db, logs, checkpoints or history, not in the sites' logs.
    sent = [json.loads(line) for line in (transcripts / "outbound.jsonl").read_text().splitlines()]
    assert {s["kind"] for s in sent} == {"train", "evaluate"} and len(sent) >= 8
    decoded = b"".join(base64.b64decode(a[2]) for s in sent for a in s["arrays"].values())
    assert not [c for c in CANARIES if c.encode() in decoded]
    hospital = load_policy(sites[0])
    raw_and_cache = (hospital.data, hospital.state_dir / "scrub-cache")
    assert _files_holding(hospital.data, CANARIES, ())  # planted where the test looks
    assert _files_holding(tmp_path, CANARIES, raw_and_cache) == []


NOT_REGISTERED = "Failed to activate SuperNode"  # Flower's words when the SuperLink rejects a node's key
CERT_FAILED = "CERTIFICATE_VERIFY_FAILED"
