from __future__ import annotations

import sys

import pytest

from newsarchive.memory import _malloc_trim, release_freed_memory


def _resident_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux") or _malloc_trim() is None, reason="glibc only")
def test_freed_heap_goes_back_to_the_operating_system() -> None:
    release_freed_memory()
    before = _resident_mb()
    # Many mid-sized objects, freed but one in 64: the heap cannot shrink from its top alone.
    chunks = [bytes(2000) + str(i).encode() for i in range(100_000)]
    survivors = chunks[::64]
    del chunks
    release_freed_memory()
    assert _resident_mb() - before < 60  # 200 MB were allocated
    assert len(survivors) == 1563
