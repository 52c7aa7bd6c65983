"""Answers already paid for: a request the site has answered before gets the same reply again, at no new cost.

A coordinator that restarts resends the round it was interrupted in; a curious one may ask
the same evaluation many times to average its noise away. Either way the request is the
same (kind, round, run config and adapter bytes), and its reply is a release the ledger
already counts: resending it is post-processing and costs nothing, while training or
noising afresh would charge the site twice. The cache lives in the site's state directory
and holds only what was (or was about to be) sent: tensors and the contract's numbers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from flwr.app import Array, ArrayRecord

from fedtune.common.fileio import write_atomic

log = logging.getLogger(__name__)

FOLDER = "replies"
KEEP = 8  # the most recent replies kept; a resent round is one of the last few


def request_key(kind: str, server_round: int, run_config: dict[str, Any], arrays: ArrayRecord) -> str:
    """A digest of everything a reply depends on that the coordinator chose."""
    digest = hashlib.sha256(json.dumps([kind, server_round, run_config], sort_keys=True, default=str).encode())
    for key in sorted(arrays):
        array = arrays[key]
        digest.update(json.dumps([key, array.dtype, list(array.shape), array.stype]).encode())
        digest.update(array.data)
    return digest.hexdigest()


class ReplyCache:
    """Replies by request digest, under the site's state directory; call under the site's budget lock."""

    def __init__(self, state_dir: Path) -> None:
        self.folder = Path(state_dir) / FOLDER

    def get(self, key: str) -> tuple[dict[str, float | int], ArrayRecord | None] | None:
        path = self.folder / f"{key}.json"
        if not path.is_file():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        arrays = None
        if raw["arrays"] is not None:
            arrays = ArrayRecord(
                {
                    a["key"]: Array(dtype=a["dtype"], shape=tuple(a["shape"]), stype=a["stype"], data=base64.b64decode(a["data"]))
                    for a in raw["arrays"]
                }
            )
        log.info("answering a request already answered (%s...): the same reply, no new release", key[:12])
        return raw["metrics"], arrays

    def put(self, key: str, metrics: dict[str, float | int], arrays: ArrayRecord | None) -> None:
        encoded = None
        if arrays is not None:
            encoded = [
                {"key": k, "dtype": a.dtype, "shape": list(a.shape), "stype": a.stype, "data": base64.b64encode(a.data).decode("ascii")}
                for k, a in arrays.items()
            ]
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(self.folder / f"{key}.json", json.dumps({"metrics": metrics, "arrays": encoded}))
        for old in sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns)[:-KEEP]:
            old.unlink()
