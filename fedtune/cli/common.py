"""What every fedtune command shares: logging set-up and turning known errors into exit codes."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable

from fedtune.common.data import DataError
from fedtune.common.policy import PolicyError
from fedtune.server.registry import RegistryError

# A missing or unusable base model is a ModelError, a ValueError (common/model.py): caught below
# without importing torch for it.
USER_ERRORS = (DataError, PolicyError, ValueError, FileNotFoundError, RegistryError)


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
        force=True,  # Opacus calls basicConfig on import; the command's settings win
    )
    # Presidio logs one INFO line per recognizer it loads (32 before a scrub's one line of
    # result); a user who wants them passes --verbose.
    logging.getLogger("presidio-analyzer").setLevel(logging.DEBUG if verbose else logging.WARNING)


def run_command(func: Callable[[], int]) -> int:
    """Run a command; a user's mistake prints one clear line instead of a traceback.

    SIGTERM becomes SystemExit so that the processes a command started (SuperLink,
    SuperNodes) are stopped by its context managers, as they are on Ctrl-C.
    """
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        return func()
    except USER_ERRORS as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
