"""Writing files so that a crash never leaves one half-written: temp file, then rename."""

from __future__ import annotations

import json
import math
import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, content: str | bytes, mode: int = 0o600) -> Path:
    """Write ``content`` to ``path`` via a temporary file in the same folder, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def strict_json(obj: object) -> str:
    """Indented JSON that strict readers accept: non-finite floats (inf epsilon, NaN loss) become null."""

    def clean(value: object) -> object:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        return value

    return json.dumps(clean(obj), indent=2, sort_keys=True, allow_nan=False) + "\n"
