"""Credit forms a seventh audit of pasted articles found missing (the prose here is invented)."""

from __future__ import annotations

from reader.engine import credits, outlets


def test_a_financial_wire_of_a_registry_agency_is_its_own_source() -> None:
    assert outlets.canonical("dpa-AFX") == "dpa-AFX"
    text = "BERLIN (dpa-AFX) – The coalition partners will meet again on Tuesday, a spokeswoman said on Monday."
    assert {c.name: c.roles for c in credits.find_credits(text, [])} == {"dpa-AFX": ["source"]}
    text = "BERLIN (dpa) – The coalition partners will meet again on Tuesday, a spokeswoman said on Monday."
    assert {c.name: c.roles for c in credits.find_credits(text, [])} == {"dpa": ["source"]}
