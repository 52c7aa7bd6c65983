"""The chain check of one site's ledger against the key its coordinator registered: the first bad entry and its kind.

Unlike the site's own reader (fedtune.common.ledger), which stops at any problem, this
classifies it for an auditor: edited, removed, reordered, forged, replayed, key changed.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from fedtune.common.ledger import GENESIS_PREV, LedgerEntry, UnsignedLedger, parse_entry, read_lines

from .findings import Finding, Kind


@dataclass(frozen=True)
class Line:
    """One line of a ledger file, parsed when it could be."""

    number: int
    entry: LedgerEntry | None
    error: str | None
    ended: bool  # False: the file's last line, without its newline


@dataclass(frozen=True)
class ChainCheck:
    """The entries that verified (genesis first, up to the first bad one) and that bad one, if any."""

    site: str
    path: Path
    lines: list[Line]
    entries: list[LedgerEntry]
    finding: Finding | None

    @property
    def releases(self) -> list[LedgerEntry]:
        return self.entries[1:]


def key_fingerprint(public_line: str) -> str:
    """``SHA256:...`` as ``ssh-keygen -l`` prints it, so an officer can compare keys by eye."""
    blob = base64.b64decode(public_line.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii").rstrip("=")


def read_ledger(path: Path) -> list[Line]:
    lines = []
    for number, raw, ended in read_lines(path):
        try:
            lines.append(Line(number, parse_entry(raw), None, ended))
        except UnsignedLedger as exc:
            lines.append(Line(number, None, str(exc), ended))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            lines.append(Line(number, None, f"not a ledger entry ({exc})", ended))
    return lines


def verify_chain(site: str, path: Path, registered: str, other_keys: dict[str, str]) -> ChainCheck:
    """Check ``path`` entry by entry against ``registered`` (the coordinator's copy of the site's key).

    ``other_keys`` (name -> OpenSSH line) are keys a forger may have used: the other sites'.
    """
    lines = read_ledger(path)
    entries: list[LedgerEntry] = []

    def done(kind: Kind, detail: str, line: Line | None, seq: int | None = None, fails: bool = True) -> ChainCheck:
        if line is not None and seq is None and line.entry is not None:
            seq = line.entry.seq
        finding = Finding(site, kind, detail, seq, line.number if line else None, fails)
        return ChainCheck(site, path, lines, entries, finding)

    if not lines:
        return done("removed", "the ledger is empty: even its genesis entry is missing", None, 0)
    first = lines[0]
    if first.entry is None:
        return done("malformed", first.error or "unreadable", first, 0)
    genesis = first.entry
    if genesis.kind != "genesis" or genesis.seq != 0 or genesis.prev_hash != GENESIS_PREV:
        return done("removed", f"the genesis entry is missing: line 1 is seq {genesis.seq} ({genesis.kind})", first, 0)
    if genesis.public_key != registered:
        return done(
            "key changed",
            f"the genesis names key {_fp(genesis.public_key)}, "
            f"the coordinator registered {key_fingerprint(registered)}",
            first,
        )
    if not genesis.signature_valid(registered):
        return done("edited", "the genesis entry's signature does not verify against the registered key", first)
    if genesis.site != site:
        return done("wrong site", f"the genesis names site {genesis.site!r}, collected as {site!r}", first)
    entries.append(genesis)

    digests = {line.entry.digest: line.number for line in lines if line.entry is not None}
    seqs_at: dict[int, list[int]] = {}
    for line in lines:
        if line.entry is not None:
            seqs_at.setdefault(line.entry.seq, []).append(line.number)
    seen = {genesis.digest: genesis}

    for index, line in enumerate(lines[1:], start=1):
        prev = entries[-1]
        expected = prev.seq + 1
        entry = line.entry
        if entry is None:
            if not line.ended:  # a write interrupted by a crash: the release it was recording was never sent
                detail = "the last line is incomplete (an interrupted write); ignored"
                return done("torn line", detail, line, expected, fails=False)
            return done("malformed", line.error or "unreadable", line, expected)
        if entry.digest in seen:
            return done("replayed", f"a copy of seq {seen[entry.digest].seq}", line)
        if entry.seq < expected:
            return done("replayed", f"seq {entry.seq} again, after seq {prev.seq}", line)
        if entry.seq > expected:
            if any(n > line.number for n in seqs_at.get(expected, [])):
                return done("reordered", f"seq {entry.seq} stands where seq {expected} belongs", line)
            missing = f"seq {expected}" if entry.seq == expected + 1 else f"seqs {expected}-{entry.seq - 1}"
            return done("removed", f"{missing} missing: seq {entry.seq} follows seq {prev.seq}", line, expected)
        if not entry.signature_valid(registered):
            return done(*_bad_signature(entry, lines[index + 1 :], other_keys), line)
        if entry.prev_hash != prev.digest:
            elsewhere = digests.get(entry.prev_hash)
            if elsewhere is not None:
                return done("reordered", f"prev_hash points to the entry on line {elsewhere}, not the one before", line)
            return done("removed", "prev_hash points to an entry that is not in the ledger", line)
        if entry.site != site:
            return done("wrong site", f"the entry names site {entry.site!r}", line)
        entries.append(entry)
        seen[entry.digest] = entry
    return ChainCheck(site, path, lines, entries, None)


def _bad_signature(entry: LedgerEntry, rest: list[Line], other_keys: dict[str, str]) -> tuple[Kind, str]:
    """Forged (signed as written, by another key) or edited (changed after it was signed)."""
    for name, key in other_keys.items():
        if entry.signature_valid(key):
            return "forged", f"signed by {name}'s key, not the site's registered key"
    following = rest[0].entry if rest else None
    if following is not None and following.prev_hash == entry.digest:
        # The next entry was chained to this one as it stands, so it was written like this:
        # signed, by a key that is not the site's.
        return "forged", "signed by a key other than the site's registered key; the entries after it chain to it"
    return "edited", "the signature does not verify: the entry was changed after it was signed"


def _fp(public_line: str | None) -> str:
    try:
        return key_fingerprint(public_line or "")
    except (IndexError, ValueError):
        return "(unreadable)"
