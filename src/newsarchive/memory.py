"""Hand freed memory back to the operating system between the phases of a run.

A run's phases allocate from two heaps: Python objects from the C library's ``malloc``, Arrow
buffers from Arrow's own pool. Memory one phase frees stays with the heap that held it, so the
next phase, drawing from the other heap, stacks its peak on top of it. Trimming both heaps at a
phase boundary lets the resident size follow what is live (the remedy Dask's documentation gives
for workers whose memory is "not released back to the OS").

Arrow's own pool stays the default (mimalloc): the C library's allocator for Arrow held 1.9 GB at
the commit of a 100,000-document run against 0.7 GB (its heap grew through the partition
writes, bench/README.md, session 12).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc

import pyarrow as pa


@functools.cache
def _malloc_trim() -> ctypes._CFuncPtr | None:
    """glibc's ``malloc_trim``; None on a C library without it (musl, macOS)."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    if trim is not None:
        trim.argtypes = [ctypes.c_size_t]
        trim.restype = ctypes.c_int
    return trim


def release_freed_memory(collect: bool = True) -> None:
    """Return the free pages of Python's heap and of Arrow's pool to the operating system.

    ``collect`` first runs a full garbage collection, for phase boundaries; between batches the
    reference counts have already freed what a batch left behind, and a full collection over
    every live object would cost more than the trim.
    """
    if collect:
        gc.collect()
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
