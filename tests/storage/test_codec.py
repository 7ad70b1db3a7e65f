"""The codec turns every inquiry into JSON and back without losing anything."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from desk_app.model import FootnoteRef, Inquiry, Paragraph, Run
from desk_app.storage import FORMAT_VERSION, decode, encode
from tests.strategies import canonical_inquiries, inquiries


@settings(max_examples=100, deadline=None)
@given(inquiries())
def test_round_trip_through_json_is_exact(inquiry: Inquiry) -> None:
    text = json.dumps(encode(inquiry), ensure_ascii=False)
    assert decode(json.loads(text)) == inquiry


@settings(max_examples=25, deadline=None)
@given(canonical_inquiries())
def test_round_trip_keeps_canonical_inquiries_canonical(inquiry: Inquiry) -> None:
    assert decode(encode(inquiry)) == inquiry


def test_runs_and_footnote_references_are_distinguished() -> None:
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        title=Paragraph([Run("a", bold=True), FootnoteRef("x"), Run("b", italic=True), Run("c")]),
    )
    assert encode(inquiry)["title"]["inlines"] == [
        {"t": "a", "b": True},
        {"ref": "x"},
        {"t": "b", "i": True},
        {"t": "c"},
    ]


def test_status_is_derived_not_stored() -> None:
    data = encode(Inquiry("NW", "kleine-anfrage", drucksache="17/8765"))
    assert "status" not in data
    assert data["format"] == FORMAT_VERSION


def test_missing_optional_keys_take_the_model_defaults() -> None:
    assert decode({"parliament": "BT", "kind": "grosse-anfrage"}) == Inquiry("BT", "grosse-anfrage")


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"parliament": "NW"},
        {"parliament": 1, "kind": "kleine-anfrage"},
        {"parliament": "NW", "kind": "kleine-anfrage", "term": "17"},
        {"parliament": "NW", "kind": "kleine-anfrage", "withdrawn": "ja"},
        {"parliament": "NW", "kind": "kleine-anfrage", "dates": {"submitted": "19.02.2020"}},
        {"parliament": "NW", "kind": "kleine-anfrage", "preamble": "Text"},
        {"parliament": "NW", "kind": "kleine-anfrage", "format": 99},
        {"parliament": "NW", "kind": "kleine-anfrage", "title": {"inlines": [{"x": 1}]}},
    ],
)
def test_malformed_data_raises_value_error(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        decode(data)
