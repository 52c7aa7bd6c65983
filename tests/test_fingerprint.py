"""The base-model fingerprint is stable for one model and changes with any weight or computing config value."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from safetensors.torch import load_file, save_file

from fedtune.common.fingerprint import FingerprintError, FingerprintMismatch, check_fingerprint, fingerprint


@pytest.fixture
def model(tiny_model: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(tiny_model, folder, ignore=shutil.ignore_patterns(".fedtune-fingerprint.json"))
    return folder


def _edit_config(folder: Path, **changes) -> None:  # noqa: ANN003
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.tmp").write_text(json.dumps({**config, **changes}, indent=3))
    (folder / "config.tmp").replace(folder / "config.json")


def test_the_same_folder_and_a_copy_give_the_same_fingerprint(model, tmp_path) -> None:
    first = fingerprint(model)
    assert first.startswith("v1:") and fingerprint(model) == first
    assert (model / ".fedtune-fingerprint.json").is_file()
    copy = tmp_path / "copy"
    shutil.copytree(model, copy, ignore=shutil.ignore_patterns(".fedtune-fingerprint.json"))
    assert fingerprint(copy) == first
    check_fingerprint(first, copy)


def test_a_changed_weight_changes_the_weights_part(model) -> None:
    before = fingerprint(model)
    tensors = load_file(model / "model.safetensors")
    name = sorted(tensors)[-1]
    tensors[name].view(-1)[0] += 1e-3
    # Written aside and renamed, as tools replace model files: the cache keys on inode, size and mtime.
    save_file(tensors, model / "new.tmp", metadata={"format": "pt"})
    (model / "new.tmp").replace(model / "model.safetensors")
    after = fingerprint(model)
    assert after.split(":")[1] == before.split(":")[1] and after.split(":")[2] != before.split(":")[2]
    with pytest.raises(FingerprintMismatch, match="in its weights") as caught:
        check_fingerprint(before, model)
    assert "restart this site" in str(caught.value)


def test_a_changed_config_value_changes_it_and_volatile_keys_do_not(model) -> None:
    before = fingerprint(model)
    _edit_config(model, transformers_version="0.0.1", use_cache=False)
    assert fingerprint(model) == before  # JSON layout and save-time keys do not count
    _edit_config(model, rms_norm_eps=1e-5)
    with pytest.raises(FingerprintMismatch, match="in its config"):
        check_fingerprint(before, model)


def test_unfingerprintable_folders_and_foreign_fingerprints_are_refused_clearly(model) -> None:
    with pytest.raises(FingerprintError, match="not a v1 base-model fingerprint"):
        check_fingerprint("sha256:abc", model)
    (model / "model.safetensors").unlink()
    with pytest.raises(FingerprintError, match="no \\*.safetensors"):
        fingerprint(model)


def test_a_forged_cache_fools_the_cached_fingerprint_but_not_a_full_hash(model) -> None:
    # The cache trusts size, mtime and inode; whoever can write the model folder can forge it.
    # A site that pins its base fingerprint hashes every byte when it joins.
    honest = fingerprint(model)
    cache = model / ".fedtune-fingerprint.json"
    forged = json.loads(cache.read_text())
    forged["fingerprint"] = honest.rsplit(":", 1)[0] + ":" + "0" * 64
    cache.write_text(json.dumps(forged))
    assert fingerprint(model) == forged["fingerprint"]
    assert fingerprint(model, cached=False) == honest
