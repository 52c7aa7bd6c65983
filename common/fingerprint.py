"""Base-model fingerprint: the model's config and a hash of its weights, so a site can prove it runs the coordinator's base.

A fingerprint reads ``v1:<config sha256, 16 hex>:<weights sha256, 64 hex>``. The weights
part hashes each safetensors tensor's name, dtype, shape and bytes, not the files, so
shard layout and file metadata do not matter; the config part drops keys that say how a
model was saved or run rather than what it computes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import struct
from pathlib import Path
from typing import Any

from .fileio import write_atomic

log = logging.getLogger(__name__)

VERSION = "v1"
_VOLATILE_CONFIG_KEYS = frozenset(
    {
        "transformers_version",
        "_name_or_path",
        "_model_name_or_path",
        "_commit_hash",
        "dtype",  # each tensor's dtype is in the weights hash
        "torch_dtype",
        "use_cache",
        "_attn_implementation",
        "_attn_implementation_autoset",
        "attn_implementation",
        "output_attentions",
        "output_hidden_states",
        "return_dict",
    }
)
# Re-hashing 0.5 GB costs about a second per call; a site checks on every message.
_CACHE = ".fedtune-fingerprint.json"
_CHUNK = 8 << 20


class FingerprintError(ValueError):
    """A model folder that cannot be fingerprinted, or a malformed fingerprint."""


class FingerprintMismatch(FingerprintError):
    """The local base model is not the one the coordinator fingerprinted."""


def _canonical_config(config: Any) -> Any:
    if isinstance(config, dict):
        return {k: _canonical_config(v) for k, v in config.items() if k not in _VOLATILE_CONFIG_KEYS}
    if isinstance(config, list):
        return [_canonical_config(v) for v in config]
    return config


def config_digest(model_dir: Path) -> str:
    path = model_dir / "config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FingerprintError(f"{path}: cannot read the model config ({exc})") from exc
    canonical = json.dumps(_canonical_config(config), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _tensor_digests(path: Path) -> dict[str, str]:
    """name -> "dtype shape sha256" for every tensor of one safetensors file, read sequentially."""
    with path.open("rb") as handle:
        (length,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(length))
        header.pop("__metadata__", None)
        digests = {}
        buffer = bytearray(_CHUNK)
        for name, info in sorted(header.items(), key=lambda item: item[1]["data_offsets"][0]):
            begin, end = info["data_offsets"]
            handle.seek(8 + length + begin)
            digest, left = hashlib.sha256(), end - begin
            while left:
                view = memoryview(buffer)[: min(left, _CHUNK)]
                read = handle.readinto(view)
                if not read:
                    raise FingerprintError(f"{path}: truncated at tensor {name}")
                digest.update(view[:read])
                left -= read
            digests[name] = f"{info['dtype']} {info['shape']} {digest.hexdigest()}"
    return digests


def weights_digest(files: list[Path]) -> str:
    digests: dict[str, str] = {}
    for path in files:
        for name, digest in _tensor_digests(path).items():
            if name in digests:
                raise FingerprintError(f"{path}: tensor {name} appears in two weight files")
            digests[name] = digest
    combined = "".join(f"{name}\t{digests[name]}\n" for name in sorted(digests))
    return hashlib.sha256(combined.encode("utf-8")).hexdigest()


def _stamp(files: list[Path]) -> dict[str, list[int]]:
    """What the cache is valid for: each file's size, modification time and inode."""
    stats = {p.name: p.stat() for p in files}
    return {name: [st.st_size, st.st_mtime_ns, st.st_ino] for name, st in stats.items()}


def fingerprint(model_dir: str | Path, *, cached: bool = True) -> str:
    """The fingerprint of a local model folder (config.json plus ``*.safetensors``).

    ``cached`` trusts the folder's cache while each file's size, mtime and inode are
    unchanged; ``cached=False`` hashes every byte, as a site does when it joins and
    checks its model against the fingerprint its policy pins.
    """
    folder = Path(model_dir)
    weights = sorted(folder.glob("*.safetensors"))
    if not weights:
        raise FingerprintError(
            f"{folder}: no *.safetensors weights; fedtune fingerprints safetensors only "
            "(save the model with save_pretrained, whose default format it is)"
        )
    stamp = _stamp([folder / "config.json", *weights])
    cache = folder / _CACHE
    try:
        found = json.loads(cache.read_text(encoding="utf-8")) if cached else {}
        if found.get("stamp") == stamp and str(found.get("fingerprint", "")).startswith(f"{VERSION}:"):
            return found["fingerprint"]
    except (OSError, json.JSONDecodeError):
        pass
    value = f"{VERSION}:{config_digest(folder)[:16]}:{weights_digest(weights)}"
    try:
        write_atomic(cache, json.dumps({"stamp": stamp, "fingerprint": value}) + "\n", mode=0o644)
    except OSError as exc:  # a read-only model folder is fine: the next call hashes again
        log.debug("fingerprint not cached in %s: %s", folder, exc)
    return value


def check_fingerprint(expected: str, model_dir: str | Path) -> None:
    """Raise ``FingerprintMismatch`` unless the base model in ``model_dir`` is the one ``expected`` names."""
    parts = expected.split(":")
    if len(parts) != 3 or parts[0] != VERSION:
        raise FingerprintError(f"{expected!r} is not a {VERSION} base-model fingerprint; update fedtune at this site")
    actual = fingerprint(model_dir)
    if actual == expected:
        return
    _, config, weights = actual.split(":")
    what = " and ".join(
        part for part, same in (("config", config == parts[1]), ("weights", weights == parts[2])) if not same
    )
    raise FingerprintMismatch(
        f"base model {model_dir} differs from the federation's in its {what} "
        f"(local {actual[:32]}..., coordinator {expected[:32]}...); "
        "install the base model the coordinator names and restart this site"
    )
