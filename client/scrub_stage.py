"""The scrubbing stage of a site's data path, with a cache keyed by data and policy.

Training never sees unscrubbed text unless the site's policy waives scrubbing
explicitly; the waiver is reported upward as a flag (see client/app.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fedtune.common.data import Record
from fedtune.common.fileio import write_atomic
from fedtune.common.policy import SitePolicy
from fedtune.scrubbing.operators import site_key_path
from fedtune.scrubbing.scrub import Scrubber

log = logging.getLogger(__name__)


def _data_hash(records: list[Record]) -> str:
    digest = hashlib.sha256()
    for record in records:
        digest.update(record.key.encode())
    return digest.hexdigest()


def site_scrubber(policy: SitePolicy) -> Scrubber:
    """The site's scrubber, with its pseudonym key kept in its state directory."""
    return Scrubber(policy.scrub, key_path=site_key_path(policy.state_dir))


# Scrubbers this process has built, by everything that decides their set-up. Building one
# loads Presidio and spaCy (seconds); a warm ClientApp server (client/prefork.py) builds the
# site's before it forks, and a simulation's worker keeps it across rounds. A scrubber that
# writes a review file is never kept: each scrub writes its own.
_SCRUBBERS: dict[tuple[str, str, int], Scrubber] = {}
_KEEP = 4


def _key_state(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


@contextmanager
def _scrubber(policy: SitePolicy) -> Iterator[Scrubber]:
    if policy.scrub.review_file is not None:
        with site_scrubber(policy) as scrubber:
            yield scrubber
        return
    key_path = site_key_path(policy.state_dir)
    key = (policy.scrub.model_dump_json(), str(key_path), _key_state(key_path))
    scrubber = _SCRUBBERS.pop(key, None) or site_scrubber(policy)
    yield scrubber
    _SCRUBBERS[key] = scrubber  # most recent last
    while len(_SCRUBBERS) > _KEEP:
        _SCRUBBERS.pop(next(iter(_SCRUBBERS))).close()


def warm_scrubber(policy: SitePolicy) -> None:
    """Build the site's scrubber and load its models now, so the first scrub finds them ready."""
    if policy.scrub.waive_scrubbing:
        return
    with _scrubber(policy) as scrubber:
        scrubber.scrub_records([{"instruction": "Warm-up.", "output": "Ready."}])


def scrub_cache_path(records: list[Record], policy: SitePolicy, scrubber: Scrubber) -> Path:
    """Where the site keeps these records scrubbed by this scrubber: keyed by the data's hash and the scrubber's fingerprint."""
    key = hashlib.sha256(f"{_data_hash(records)}:{scrubber.fingerprint()}".encode()).hexdigest()[:32]
    return policy.state_dir / "scrub-cache" / f"{key}.jsonl"


def scrub_stage(records: list[Record], policy: SitePolicy) -> tuple[list[Record], bool]:
    """Scrubbed records (from cache when data and policy are unchanged) and whether scrubbing ran."""
    if policy.scrub.waive_scrubbing:
        log.warning("site %s trains on UNSCRUBBED data: the policy waives scrubbing", policy.site_id)
        return records, False
    with _scrubber(policy) as scrubber:
        cache = scrub_cache_path(records, policy, scrubber)
        if cache.is_file():
            lines = cache.read_text(encoding="utf-8").splitlines()
            if len(lines) == len(records):
                log.info("site %s: scrubbed records from cache", policy.site_id)
                return [r.with_data(json.loads(line)) for r, line in zip(records, lines, strict=True)], True
        scrubbed = scrubber.scrub_records(records)
    result = [r.with_data(data) for r, data in zip(records, scrubbed, strict=True)]
    write_atomic(cache, "".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in result))
    log.info("site %s: scrubbed %d records", policy.site_id, len(result))
    return result, True

