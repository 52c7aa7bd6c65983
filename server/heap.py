"""The coordinator's heap: freed memory stays in the process for the next round instead of going back to the kernel.

Every round the ServerApp builds the new global adapter as 240-odd ``bytes`` objects
(Flower's ``Array`` holds bytes, one per tensor), frees the last round's, and receives
each site's reply as as many more. With glibc's defaults a free at the top of the heap of
more than 128 KiB is handed back to the kernel, and blocks of 128 KiB or more are mapped
afresh each time, so the next round pays a page fault for every 4 KiB it touches again:
about half of a 10-site round's aggregation time in ``bench/aggregate.py``.

``retain_freed_memory`` sets glibc's trim threshold (how much free memory the heap may keep)
and its mmap threshold (the size from which a block is mapped on its own) once for the
process, through ``mallopt``. The memory kept is bounded by ``keep``; a process on another
C library (musl, macOS) is left as it is. The same settings can be given to any process
from outside as ``MALLOC_TRIM_THRESHOLD_`` and ``MALLOC_MMAP_THRESHOLD_``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import platform

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1  # glibc's malloc.h
M_MMAP_THRESHOLD = -3
MMAP_LIMIT = 32 << 20  # glibc's largest mmap threshold on 64-bit (DEFAULT_MMAP_THRESHOLD_MAX)
KEEP = 256 << 20


def retain_freed_memory(keep: int = KEEP, mapped_from: int = MMAP_LIMIT) -> bool:
    """Keep up to ``keep`` bytes of freed heap; map only blocks of ``mapped_from`` bytes or more. False where not glibc."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    mallopt = getattr(ctypes.CDLL(name), "mallopt", None)
    if mallopt is None:
        return False
    # Both are set: setting the trim threshold alone would also fix the mmap threshold at 128 KiB.
    done = mallopt(M_MMAP_THRESHOLD, min(mapped_from, MMAP_LIMIT)) == 1 and mallopt(M_TRIM_THRESHOLD, keep) == 1
    if not done:
        log.warning("mallopt refused the heap settings; rounds will pay page faults for memory freed between them")
    return done
