"""Drafting styles from held-out clause batch k (benchmarks/heldout-clauses/2026-12-04-k.yaml), each in
several wordings with its traps, linted with the real rule: Greek and Portuguese public drafting, side letters,
change notes, SOW amendments, a RACI matrix, and "to be agreed" consequences."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_INSURER = "This Agreement is between Meridian Assurance S.A. (the \"Insurer\") and Corvale Services Ltd " \
    "(the \"Contractor\").\n"

# OUT001: a completion step done in a part of the customer's system ("in the warranty module of the Principal's SAP
# system") or through it ("through the Principal's dealer portal") is as objective as one recorded "in" it.
SYSTEM_PART = [
    ("pass",
     _INSURER + "1.2 \"Settled Claim\" means a claim for which (a) the Contractor has entered a decision in the claims "
     "module of the Insurer's Pega application, (b) the decision has been sent to the broker, and (c) the decision has "
     "not been overturned on appeal by the Insurer's claims manager within fourteen (14) days of the decision.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
    ("pass",
     _INSURER + "1.2 \"Settled Claim\" means a claim whose decision has been logged in the Insurer's ClaimCenter "
     "system and sent to the policyholder via the Insurer's customer portal.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
    # the supplier's own module and portal are no check the customer can make
    ("weak",
     _INSURER + "1.2 \"Settled Claim\" means a claim for which the Contractor has entered a decision in the claims "
     "module of the Contractor's case application and sent it to the broker through the Contractor's portal.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
]


@pytest.mark.parametrize(("expected", "text"), SYSTEM_PART)
def test_step_in_a_part_of_the_customers_system(expected, text):
    assert status_of("OUT001", text) == expected
