"""The NER model's matrix products on numpy's OpenBLAS, one BLAS thread per scrubbing thread.

spaCy multiplies with blis, which falls back to its generic reference kernel on CPUs it
does not recognise (blis 1.3 on AMD Zen 4: a sixth of all scrubbing time went there);
numpy's OpenBLAS picks an optimised kernel at run time and cut the NER time by a fifth,
with the same entities. OpenBLAS would also split each product over every core: on
shared cores that was slower than blis, and parallel scrubbing runs one worker process
per core anyway, so the scrubbing thread is pinned to one BLAS thread while it detects.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy
from thinc.api import use_ops

# numpy's Linux wheels bundle OpenBLAS here; 0.3.27 added the per-thread setting.
BUNDLED_OPENBLAS = "libscipy_openblas*.so"
PER_THREAD_SETTER = "openblas_set_num_threads_local"


def find_openblas() -> ctypes.CDLL | None:
    """numpy's own OpenBLAS if it can set the thread count of one calling thread, else None.

    Other builds (Accelerate on macOS, a system OpenBLAS, MKL) keep blis: without the
    per-thread setting, OpenBLAS threads would compete with the worker processes.
    """
    folder = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(folder.glob(BUNDLED_OPENBLAS)):
        # The library numpy already loaded: dlopen hands back the same instance.
        library = ctypes.CDLL(str(path))
        if hasattr(library, PER_THREAD_SETTER):
            return library
    return None


@contextmanager
def ner_ops(openblas: ctypes.CDLL | None) -> Iterator[None]:
    """A model built within the block multiplies with numpy's BLAS where it can be pinned, blis otherwise."""
    with use_ops("numpy", use_blis=openblas is None):
        yield


@contextmanager
def one_blas_thread(openblas: ctypes.CDLL | None) -> Iterator[None]:
    """Within the block, OpenBLAS runs the calling thread's products on that thread alone."""
    if openblas is None:
        yield
        return
    set_threads = getattr(openblas, PER_THREAD_SETTER)
    previous = set_threads(1)
    try:
        yield
    finally:
        set_threads(previous)
