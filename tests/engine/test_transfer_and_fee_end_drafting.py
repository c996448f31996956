"""Common drafting found by probing: help "to transfer the Services" with words between, and a fixed charge that
ends on a date while a price per outcome takes over, each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
           '(the "Supplier").\n')


HELP_TO_TRANSFER = [
    ("EXT002", "weak",
     "21.1 On termination, the Supplier shall provide such reasonable assistance as the Customer requests to "
     "transfer the Services, on terms to be agreed."),
    ("EXT002", "pass",
     "21.1 On expiry or termination the Supplier shall provide all cooperation reasonably required to migrate the "
     "Services to a replacement supplier for a period of up to 6 months."),
    # help that moves nothing at exit
    ("EXT002", "missing",
     "21.1 During the Term the Supplier shall provide such assistance as the Customer requests to transfer its "
     "telephone numbers to a new carrier."),
    ("EXT002", "missing",
     "21.1 The Supplier has no obligation to provide any assistance to transfer the Services on termination."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HELP_TO_TRANSFER)
def test_help_to_transfer_the_services_at_exit(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


FIXED_FEE_ENDS = [
    ("PRC003", "pass",
     "5.1 Until 30 June 2027 the Customer shall pay the Monthly Fixed Fee. From 1 July 2027 the Fixed Fee shall "
     "cease and the Customer shall pay only the Unit Price for each Resolved Claim."),
    ("PRC003", "pass",
     "5.1 During Contract Year 1 the Charges shall be the FTE Charges. From the start of Contract Year 2 the FTE "
     "Charges shall no longer apply and the Charges shall be USD 5.20 per Resolved Contact."),
    # the fixed fee ends with the agreement: no outcome price takes over
    ("PRC003", "missing",
     "5.1 The Fixed Fee shall cease on termination of this Agreement, and the Customer shall pay for each Resolved "
     "Claim processed before termination."),
    ("PRC003", "missing", "5.1 The Customer shall pay the Monthly Fixed Fee throughout the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FIXED_FEE_ENDS)
def test_a_fixed_fee_that_ends_for_an_outcome_price(code, expected, text):
    assert status_of(code, PARTIES + text) == expected
