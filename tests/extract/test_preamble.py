"""Parties and date from a contract's opening words (the checklist's cover block)."""

from __future__ import annotations

import pytest

from bpolint.extract.preamble import preamble_metadata


@pytest.mark.parametrize(("text", "expected"), [
    ('This Master Services Agreement (the "Agreement") is made on 2 March 2026 between Northwind Retail Limited '
     '(the "Customer") and Contoso Contact Solutions Limited (the "Supplier").',
     [("parties", "Northwind Retail Limited; Contoso Contact Solutions Limited"), ("date", "2 March 2026")]),
    ("THIS SERVICES AGREEMENT is entered into as of January 5, 2021 by and between Acme Corp., a Delaware "
     "corporation (\"Client\"), and Beta Services LLC, a New York limited liability company (\"Provider\").",
     [("parties", "Acme Corp.; Beta Services LLC"), ("date", "January 5, 2021")]),
    ("THIS AGREEMENT is dated 1st June 2025\n\nBETWEEN:\n(1) ALPHA LIMITED, incorporated in England; and\n"
     "(2) GAMMA BPO PRIVATE LIMITED, incorporated in India.\n\n",
     [("parties", "ALPHA LIMITED; GAMMA BPO PRIVATE LIMITED"), ("date", "1st June 2025")]),
    ("Made this 6th day of April, 1999 between Customer and Vendor as named in Schedule 1.",
     [("parties", "Customer; Vendor as named in Schedule 1"), ("date", "6th day of April, 1999")]),
    ("Agreement effective 2026-01-31.", [("date", "2026-01-31")]),
    ("This Agreement is made on 26 September 2019 between BICYCLETX LIMITED a company incorporated under the "
     "laws of England and NIGEL CROCKETT of 12 High Street, Cambridge.",
     [("parties", "BICYCLETX LIMITED; NIGEL CROCKETT"), ("date", "26 September 2019")]),
    ("This Agreement is made between Emerald Health Naturals, Inc. and Dr. Jane Roe.",
     [("parties", "Emerald Health Naturals, Inc.; Dr. Jane Roe")]),
    ("Agreement between Cardlytics, Inc. and Bank of America, N.A. dated as of November 5, 2010.",
     [("parties", "Cardlytics, Inc.; Bank of America, N.A."), ("date", "November 5, 2010")]),
    ("Agreement between VerticalNet, Inc., on the one hand, and Converge, Inc. on the other hand.",
     [("parties", "VerticalNet, Inc.; Converge, Inc.")]),
])
def test_metadata_reads_parties_and_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert preamble_metadata(text) == expected


@pytest.mark.parametrize("text", [
    "1. DEFINITIONS\n1.1 In this Agreement the following definitions apply.",
    "The difference between the parties' positions and the market is large.",
    "Customer shall review the Charges annually.",
    "Agreement between RadialSpark, LLC and RadialSpark, LLC.",
    "The split between WHEREAS, pursuant to the Purchase Agreement, and NOW, THEREFORE, the parties agree.",
    'Allocated between SEV and DCL "Bodywork" means the vehicle body.',
])
def test_metadata_gives_nothing_rather_than_a_guess(text: str) -> None:
    assert preamble_metadata(text) == []


def test_metadata_looks_only_at_the_opening() -> None:
    assert preamble_metadata("x " * 2000 + "made on 2 March 2026 between A Ltd and B Ltd.") == []
