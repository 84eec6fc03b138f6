from __future__ import annotations

import json

import pyarrow as pa
import pytest

from newsarchive.schema import (
    COLUMNS,
    DOCUMENT_SCHEMA,
    SchemaViolation,
    contract_json,
    contract_markdown,
    schema_from_contract,
    validate_table,
)
from tests.conftest import ROOT

CONTRACT = ROOT / "schemas" / "documents.v1.json"
PAGE = ROOT / "schemas" / "documents.md"
FIX = "run `newsarchive schema --write schemas` and review the change"


def test_committed_contract_matches_the_code() -> None:
    assert json.loads(CONTRACT.read_text(encoding="utf-8")) == contract_json(), FIX


def test_committed_schema_page_matches_the_code() -> None:
    assert PAGE.read_text(encoding="utf-8") == contract_markdown(), FIX


def test_contract_rebuilds_the_arrow_schema() -> None:
    rebuilt = schema_from_contract(json.loads(CONTRACT.read_text(encoding="utf-8")))
    assert rebuilt.equals(DOCUMENT_SCHEMA.remove_metadata(), check_metadata=False)


def test_the_issue_columns_are_all_there() -> None:
    required = {
        "doc_id",
        "source_path",
        "source_sha256",
        "title",
        "text",
        "published_date",
        "date_min",
        "date_max",
        "date_source",
        "event_period",
        "language",
        "word_count",
        "removed",
        "repairs",
        "duplicate_of",
        "pipeline_version",
        "processed_at",
        "run_id",
    }
    assert required <= {c.name for c in COLUMNS}
    removed = DOCUMENT_SCHEMA.field("removed").type.value_type
    assert [f.name for f in removed] == ["rule_id", "category", "line_no", "text"]


def test_every_column_is_described() -> None:
    for column in COLUMNS:
        assert len(column.description) > 20, column.name
        assert f"`{column.name}`" in PAGE.read_text(encoding="utf-8")


def test_a_batch_with_a_wrong_type_is_refused() -> None:
    table = DOCUMENT_SCHEMA.empty_table()
    bad = table.set_column(table.schema.get_field_index("word_count"), "word_count", pa.array([], pa.string()))
    with pytest.raises(SchemaViolation, match="word_count"):
        validate_table(bad)
