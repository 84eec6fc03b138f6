"""newsarchive: scraped news pages in, a clean, dated Parquet archive out.

The library does the work with plain function calls and no orchestrator:

    >>> from newsarchive import Selection, run_backfill, run_ingest
    >>> summary = run_ingest(Path("seeds"), Path("archive"))      # new and changed inputs
    >>> summary = run_backfill(Path("archive"), Selection(path_glob="*.txt"))  # re-clean from raw/

The Prefect flows in the ``flows`` package run the same steps as tasks.
"""

from newsarchive.clean import clean_document
from newsarchive.config import PIPELINE_VERSION, Settings
from newsarchive.pipeline import RunSummary, Selection, run_backfill, run_ingest
from newsarchive.schema import DOCUMENT_SCHEMA

__version__ = PIPELINE_VERSION

__all__ = [
    "DOCUMENT_SCHEMA",
    "PIPELINE_VERSION",
    "RunSummary",
    "Selection",
    "Settings",
    "__version__",
    "clean_document",
    "run_backfill",
    "run_ingest",
]
