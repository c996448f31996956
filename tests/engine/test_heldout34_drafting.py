"""Drafting found on held-out set 34 (a Thai bank's card-dispute outsourcing agreement translated from Thai, an Ontario
hospital's patient registration shared-services agreement under PHIPA), each in other wordings than the contracts',
with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.segment import is_joiner_line
from tests.engine.snippets import status_of

HOSPITAL = ('This Agreement is made between Lakeview Regional Hospital (the "Customer") and Contoso Health Services '
            'Inc. (the "Supplier").\n')
SUBCONTRACTORS = ("\n8.2 The Supplier shall not permit any subcontractor to access personal health information without "
                  "the prior written consent of the Customer.")


# Patient records are protected by health-information statutes where no general data-protection act applies (Canada's
# provinces: Ontario's Personal Health Information Protection Act, 2004 (PHIPA), Manitoba's and Nova Scotia's Personal
# Health Information Act, Alberta's Health Information Act, Saskatchewan's Health Information Protection Act; New
# Zealand's Health Information Privacy Code). Handling personal health information only on the customer's instructions
# and under such a statute is processing under data-protection law, by the title, by its acronym, or by a short name
# the contract defines for it; complying with one in a clause of its own does too, and complying with one alone is the
# law without the instructions (weak). A statute that is not about information ("Health Insurance Act"), a statute the
# customer alone is subject to, a negated instruction duty and subcontractors without consent are still read.
HEALTH_INFORMATION_STATUTE = [
    ("pass",
     'B. The Customer is a health information custodian under the Personal Health Information Protection Act, 2004 '
     '("PHIPA").\n8.1 The Supplier shall use and disclose personal health information only as permitted by the '
     "Customer's written instructions and PHIPA." + SUBCONTRACTORS),
    ("pass",
     "8.1 The Supplier shall process personal health information only on the Customer's written instructions and in "
     "accordance with the Health Information Act (Alberta)." + SUBCONTRACTORS),
    ("pass",
     "8.1 The Supplier shall collect and use personal health information solely as directed by the Customer and in "
     "compliance with The Personal Health Information Act (Manitoba)." + SUBCONTRACTORS),
    ("pass",
     "8.1 The Supplier shall process personal information only on the Customer's documented instructions.\n8.3 The "
     "Supplier shall comply with the Health Information Protection Act (Saskatchewan)." + SUBCONTRACTORS),
    ("weak",   # the statute without the customer's instructions
     "8.1 The Supplier shall comply with the Personal Health Information Protection Act, 2004 when it processes "
     "personal health information." + SUBCONTRACTORS),
    ("weak",
     "8.1 The Supplier shall comply with PHIPA when it processes personal health information." + SUBCONTRACTORS),
    # traps: a health statute that is no data-protection law; the statute binding the customer only; the instructions
    # negated; subcontractors without consent; a drafting note
    ("weak",
     "8.1 The Supplier shall process personal information only on the Customer's documented instructions and in "
     "accordance with the Health Insurance Act." + SUBCONTRACTORS),
    ("weak",
     "8.1 The Supplier shall process personal information only on the Customer's documented instructions.\n8.3 The "
     "Customer is subject to the Personal Health Information Protection Act, 2004." + SUBCONTRACTORS),
    ("missing",
     "8.1 The Supplier is not obliged to follow the Customer's instructions and may process personal health "
     "information in accordance with the Personal Health Information Protection Act, 2004." + SUBCONTRACTORS),
    ("weak",
     "8.1 The Supplier shall process personal health information only on the Customer's written instructions and in "
     "accordance with the Personal Health Information Act.\n8.2 The Supplier may engage subcontractors to process "
     "personal health information without the consent of the Customer."),
    ("missing",
     "Drafting note: ask for processing only on the Customer's instructions and under the Personal Health Information "
     "Protection Act, 2004, with consent to subcontractors."),
]


@pytest.mark.parametrize(("expected", "text"), HEALTH_INFORMATION_STATUTE)
def test_a_health_information_statute_is_data_protection_law(expected, text):
    assert status_of("SEC002", HOSPITAL + text) == expected


# "- and -" between the two parties' blocks ("BETWEEN: ... - and - ...", Canadian commencements) is set in bold but is
# no heading: the DOCX reader never took it for one, and the PDF reader now agrees, so the clause trees match. A bare
# "And" or "AND" is a plain heading line in every format, and stays one.
JOINER_LINES = [
    ("- and -", True),
    ("-and-", True),
    ("\u2014 and \u2014", True),
    ("And", False),
    ("AND", False),
    ("Between", False),
    ("Recitals", False),
]


@pytest.mark.parametrize(("line", "expected"), JOINER_LINES)
def test_a_dashed_and_between_the_parties_is_no_heading(line, expected):
    assert is_joiner_line(line) is expected
