"""Drafting found on held-out set 41 (a Malta-licensed gaming operator's player-support outsourcing, a Canadian bank's
recruitment process outsourcing statement of work), each in other wordings than the contracts', with its traps,
linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')


# One review timed at the start of a late year of the term, or before it: "The Fees shall be fixed for the first three
# Contract Years. Before the start of the fourth Contract Year the parties shall review the Fees against the rates
# charged by comparable providers". The late-event qualifier knew a review "in", "during" or "at the end of" a late
# Contract Year, not one at its start or before it, so "Contract Year" was read as an annual cadence: a single review
# late in the term is weak (less often than every two years), not pass.
ONE_REVIEW_AT_THE_START_OF_A_LATE_YEAR = [
    (PLAIN, "PRC002", "weak",
     "9.1 The Charges shall be fixed for the first three Contract Years. Before the start of the fourth Contract Year "
     "the parties shall review the Charges against the rates of comparable providers, and the Charges may be increased "
     "or reduced as a result."),
    (PLAIN, "PRC002", "weak",
     "9.2 At the beginning of the third Contract Year the Customer may benchmark the Charges against those of "
     "comparable providers."),
    (PLAIN, "PRC002", "weak",
     "9.2 Prior to the commencement of the fifth Contract Year, the Customer may require a review of the Unit Rates "
     "against comparable services."),
    (PLAIN, "PRC002", "weak",
     "9.2 Before the fourth Contract Year begins, the parties shall review the Charges."),
    # traps: a review before the start of each year, one from a late year on that recurs annually, and one each year
    # from the second (pass); a late-year review ruled out (missing); advice (missing)
    (PLAIN, "PRC002", "pass",
     "9.2 The parties shall review the Charges before the start of each Contract Year."),
    (PLAIN, "PRC002", "pass",
     "9.2 From the start of the fourth Contract Year the parties shall review the Charges annually."),
    (PLAIN, "PRC002", "pass",
     "9.2 The parties shall review the Charges at the start of the second Contract Year and each Contract Year after "
     "that."),
    (PLAIN, "PRC002", "missing",
     "9.2 The Charges are fixed for the Term. Nothing in this Agreement entitles either party to a review of the "
     "Charges, whether before the start of the fourth Contract Year or at any other time."),
    (PLAIN, "PRC002", "missing",
     "9.2 Customers should insist on a review of the Charges before the start of the fourth Contract Year at the "
     "latest."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), ONE_REVIEW_AT_THE_START_OF_A_LATE_YEAR)
def test_one_review_at_the_start_of_a_late_year_is_weak(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected
