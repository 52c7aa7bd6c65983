"""Replacement operators per entity type: typed placeholder, keyed pseudonym, mask, redact."""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from cryptography.hazmat.primitives import hashes, hmac

from fedtune.common.policy import Operator, ScrubSettings

logger = logging.getLogger(__name__)

KEY_BYTES = 32
# 40 bits: collisions stay unlikely for the people of one site (about 1 in 10^5 at 5,000 names).
PSEUDONYM_HEX_CHARS = 10
MASK_CHAR = "*"


def site_key_path(state_dir: Path) -> Path:
    """Where a site keeps its pseudonym key: one place for the training path and the command line."""
    return Path(state_dir) / "keys" / "pseudonym.key"


class KeyFileError(RuntimeError):
    """The site's pseudonym key file cannot be used; the message says how to fix it."""


def load_or_create_key(path: Path) -> bytes:
    """The site's pseudonym key, created on first use with owner-only permissions.

    Anyone holding the key can test guesses against pseudonyms, so it never leaves
    the site, is never logged, and is refused if other users can read it.
    """
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(KEY_BYTES))
        logger.info("created a new pseudonym key at %s", path)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyFileError(
            f"{path}: pseudonym key is readable by other users (mode {mode:04o}); run: chmod 600 {path}"
        )
    key = path.read_bytes()
    if len(key) != KEY_BYTES:
        raise KeyFileError(
            f"{path}: a pseudonym key must be {KEY_BYTES} bytes, found {len(key)}; restore it from "
            "backup, or delete it to start new pseudonyms (earlier ones will no longer match)"
        )
    return key


class Operators:
    """Replaces a detected value according to the policy's operator for its entity type."""

    def __init__(self, settings: ScrubSettings, key: bytes | None) -> None:
        self._default: Operator = settings.default_operator
        self._by_entity: dict[str, Operator] = dict(settings.operators)
        if self.needs_key(settings) and key is None:
            raise KeyFileError("the policy selects 'pseudonym' but no key path was given for the site's key")
        self._key = key

    @staticmethod
    def needs_key(settings: ScrubSettings) -> bool:
        return "pseudonym" in {settings.default_operator, *settings.operators.values()}

    def __repr__(self) -> str:
        return f"Operators(default={self._default!r}, by_entity={self._by_entity!r})"

    def operator_for(self, entity: str) -> Operator:
        return self._by_entity.get(entity, self._default)

    def apply(self, entity: str, value: str) -> str:
        operator = self.operator_for(entity)
        if operator == "placeholder":
            return f"<{entity}>"
        if operator == "pseudonym":
            return f"<{entity}_{self._pseudonym(entity, value)}>"
        if operator == "mask":
            return MASK_CHAR * len(value)
        return ""

    def key_id(self) -> str | None:
        """A public identifier of the key, so a cache made with another key is not reused."""
        return None if self._key is None else self._mac(b"fedtune-key-id")[:16]

    def _pseudonym(self, entity: str, value: str) -> str:
        return self._mac(f"{entity}\x00{_normalise(entity, value)}".encode())[:PSEUDONYM_HEX_CHARS]

    def _mac(self, message: bytes) -> str:
        assert self._key is not None
        mac = hmac.HMAC(self._key, hashes.SHA256())
        mac.update(message)
        return mac.finalize().hex()


def _normalise(entity: str, value: str) -> str:
    """One spelling per value: case and spacing ignored, "BAKER, Robert" read as "Robert Baker"."""
    text = " ".join(value.split()).casefold()
    if entity == "PERSON" and text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        text = f"{first} {last}"
    return text
