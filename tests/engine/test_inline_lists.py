"""A list run on inside one sentence - "...: (i) ...; (ii) ...; and (iii) ..." - reads as the same list set
out line by line: each item is a provision of its own that shares the lead-in, so words of one item do not
complete another item's term (a warranty that the supplier owns the platform does not make a licence "to the
Customer" in the item before it a licence of the automation assets). The lead-in still reads with every item,
and an element that counts several things (governance tiers) counts them across the items."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is between Larch Logistics Ltd (the "Customer") and Fenwick Support Services LLC '
           '(the "Supplier").\n')




CASES = [
    # the licence "to the Customer" and the bots "delivered hereunder" sit in different items of a warranty list
    ("EXT004", "not pass",
     "9. The Supplier represents, warrants and covenants that: (i) the Services will perform in all material "
     "respects to industry standards; (ii) it owns or controls the rights granted or licensed to the Customer "
     "herein; (iii) it is the rightful owner of all intellectual property rights to the platform and the bots "
     "and scripts delivered hereunder; and (iv) it will comply with all applicable laws."),
    ("EXT004", "not pass",
     "9. The Supplier warrants that: (a) it has licensed to the Customer the reporting portal; (b) the "
     "knowledge base and scripts used in the Services were written by its own staff; and (c) it holds all "
     "necessary consents."),
    # the lead-in's verb and party read with each item
    ("EXT004", "pass",
     "9. On termination the Supplier shall: (a) return all Customer Data; (b) assign to the Customer all "
     "intellectual property rights in the bots and scripts developed for the Customer; and (c) certify "
     "its compliance in writing."),
    # one item holding the whole term
    ("EXT004", "pass",
     "9. The parties agree that: (i) the Supplier shall provide the Services; (ii) all bots, scripts and "
     "knowledge bases developed for the Customer shall vest in the Customer on creation; and (iii) each party "
     "shall bear its own costs."),
    # tiers counted across the items of one list
    ("GOV003", "pass",
     "8. The parties shall hold: (a) a monthly Operational Review between the Service Delivery Managers; (b) a "
     "quarterly Commercial Review; and (c) an annual Executive Steering Committee meeting."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CASES)
def test_items_of_a_run_on_list_are_provisions_of_their_own(code: str, expected: str, text: str) -> None:
    status = status_of(code, PARTIES + text)
    if expected == "not pass":
        assert status != "pass"
    else:
        assert status == expected
