"""Drafting found on held-out set 33 (a Singapore insurer's claims-processing outsourcing agreement under the MAS
Guidelines on Outsourcing, a German telecom's customer-service contract in translation with a GDPR Art. 28 processing
annex), each in other wordings than the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.segment import is_plain_heading_line
from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
DE = ('Contract between Hafenstadt Energie GmbH - hereinafter the "Client" - and Dialogwerk Service GmbH - hereinafter '
      'the "Contractor" -.\n')


# A fee whose name is a hyphenated compound ("Per-Claim Fee", "Per-Ticket Charge", "Re-Work Fee") is split by the
# tokenizer at the hyphen, so "no Per-Claim Fee shall be payable" is as much a denial of the fee as "no Resolution Fee
# shall be payable": the reopened outcome is not billed again. The window and the supplier's discretion are still read.
HYPHENATED_FEE_DENIED = [
    ("OUT002", "pass",
     "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n4.2 No Per-Ticket Charge is invoiced for a Ticket "
     "reopened by the same user within 14 days of closure."),
    ("OUT002", "pass",
     "4.1 The Customer shall pay USD 7.00 per Settled Claim.\n4.2 Where a Settled Claim is reopened "
     "within 30 days after settlement, no Per-Claim Fee shall be payable for its second settlement."),
    ("OUT002", "weak",   # no window
     "4.1 The Customer shall pay USD 7.00 per Settled Claim.\n4.2 Where a Settled Claim is subsequently "
     "reopened because of an error by the Supplier, no Per-Claim Fee shall be payable for its second settlement."),
    # traps: the fee charged again; the window too short; the supplier decides; a fee waived for something else
    ("OUT002", "missing",
     "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n4.2 A Per-Ticket Charge is payable for a Ticket "
     "reopened within 14 days of closure."),
    ("OUT002", "weak",
     "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n4.2 No Per-Ticket Charge is payable for a Ticket "
     "reopened within 24 hours of closure."),
    ("OUT002", "weak",
     "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n4.2 No Per-Ticket Charge is payable for a Ticket "
     "reopened within 14 days of closure, unless the Supplier determines that the reopening concerns a new issue."),
    ("OUT002", "missing",
     "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n4.2 No Per-Ticket Charge is payable for training or "
     "onboarding sessions."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HYPHENATED_FEE_DENIED)
def test_a_hyphenated_fee_denied_for_a_reopened_outcome_excludes_it(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# German drafting lets the customer "have" the records checked by an auditor (prüfen lassen): "is entitled to have
# the invoices and the underlying contact data checked by a certified public auditor". A causative "have ... checked /
# reviewed / verified by" is an audit right over what is named, as "have the records examined by" already was; an
# auditor "to be selected by" the supplier is still the supplier choosing the auditor.
HAVE_RECORDS_CHECKED = [
    (DE, "AUD001", "pass",
     "§ 8 Audit\n(1) The Client is entitled, once per contract year, to have the invoices and the "
     "underlying contact data checked by a certified public auditor bound to professional secrecy."),
    (PLAIN, "AUD001", "pass",
     "9.1 The Customer may have the Supplier's documents relating to the Charges reviewed by an "
     "accounting firm once in each year."),
    (DE, "AUD001", "weak",
     "§ 8 Audit\n(1) The Client is entitled, once per contract year, to have the invoices and the "
     "underlying contact data checked by a certified public auditor bound to professional secrecy, to be selected by "
     "the Contractor."),
    (PLAIN, "AUD001", "weak",
     "9.1 The Customer may have the Supplier's invoices and the supporting data verified once a year by "
     "an auditor to be appointed by the Supplier."),
    # traps: the supplier's right over the customer's invoices; the supplier's own check; controls, not records; a
    # negated right
    (DE, "AUD001", "missing",
     "§ 8 Audit\n(1) The Contractor is entitled to have the Client's payment data checked by its auditor once a year."),
    (PLAIN, "AUD001", "missing",
     "9.1 The Supplier shall have its invoices checked by its own finance team before issuing them to the Customer."),
    (PLAIN, "AUD001", "missing",
     "9.1 The Customer may have the Supplier's security controls reviewed by an independent firm once a year."),
    (PLAIN, "AUD001", "missing",
     "9.1 The Customer shall have no right to have the invoices or the contact data checked by an auditor."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), HAVE_RECORDS_CHECKED)
def test_having_the_records_checked_by_an_auditor_is_an_audit_right(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A notice of AI or automation given to someone other than the customer discloses nothing to the customer: the
# supplier's works council (German co-determination before a technical facility that can monitor staff), a union, or
# the end users the AI talks to (the EU AI Act's transparency duty). The customer told in the same sentence still is.
NOTICE_TO_A_THIRD_PARTY = [
    (DE, "PRD002", "missing",
     "§ 4 Artificial Intelligence\n(2) Before introducing or materially changing any AI system or automated speech "
     "analysis capable of monitoring the performance of employees, the Contractor shall inform its works council and "
     "obtain its consent where co-determination applies."),
    (PLAIN, "PRD002", "missing",
     "6.1 The Supplier shall not deploy any chatbot in the Services without the prior consent of its works council."),
    (PLAIN, "PRD002", "missing",
     "6.1 The Supplier shall consult the recognised trade union at least 30 days before introducing any "
     "robotic process automation, and shall report to the trade union each quarter the percentage of work handled by "
     "the bots."),
    (PLAIN, "PRD002", "missing",
     "6.1 The Supplier shall ensure that callers are informed, before the chatbot is used in a conversation, that they "
     "are interacting with an AI system."),
    # not traps: the customer told as well, or first
    (PLAIN, "PRD002", "pass",
     "6.1 The Supplier shall notify the Customer and its works council in writing at least 60 days before introducing "
     "any AI system into the Services, and shall report to the Customer monthly the percentage of contacts handled by "
     "the AI system."),
    (PLAIN, "PRD002", "pass",
     "6.1 Before introducing any AI system into the Services the Supplier shall inform the Customer in "
     "writing, so that the Customer can consult its works council. The Supplier shall report monthly the percentage of "
     "contacts handled by the AI system."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), NOTICE_TO_A_THIRD_PARTY)
def test_notice_of_automation_to_a_works_council_or_end_users_is_no_disclosure(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A processing agreement ends "after the end of the provision of services relating to processing" (GDPR Art. 28(3)(g)):
# that is the end of the agreement's services, so the return it orders is a return at exit. And where the choice
# between deleting and returning is the customer's ("at the choice of the Client, delete or return"), the supplier
# cannot keep the data back by destroying it: the customer who wants it returned gets it.
END_OF_THE_PROVISION_OF_SERVICES = [
    (DE, "EXT003", "weak",   # no format
     "Annex 2 - Processing Agreement\n7. After the end of the provision of the Services, the Contractor shall, at the "
     "choice of the Client, delete or return all personal data to the Client and delete existing copies, "
     "unless Union or Member State law requires storage of the personal data."),
    (PLAIN, "EXT003", "pass",
     "12.4 After the end of the provision of the Services, the Supplier shall return all Customer Data to the Customer "
     "in CSV format within 30 days and then delete all existing copies."),
    (PLAIN, "EXT003", "pass",
     "12.4 On termination, the Supplier shall return or destroy all Customer Data in CSV format as the Customer may "
     "direct, and shall then delete all remaining copies."),
    # traps: deletion only; the supplier's own option; the customer's duty to return the supplier's materials; a
    # report's provision, not the services'
    (PLAIN, "EXT003", "weak",
     "12.4 After the end of the provision of services relating to processing, the Supplier shall delete all personal "
     "data and delete existing copies."),
    (PLAIN, "EXT003", "weak",
     "12.4 On termination, the Supplier shall, at its option, return or delete all Customer Data in CSV format within "
     "30 days, and delete existing copies."),
    (PLAIN, "EXT003", "missing",
     "12.4 At the end of the provision of the Services the Customer shall return all Supplier materials to the "
     "Supplier."),
    (PLAIN, "EXT003", "missing",
     "12.4 After the end of the provision of each report, the Supplier shall return the draft to the Customer."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), END_OF_THE_PROVISION_OF_SERVICES)
def test_the_end_of_the_provision_of_services_is_the_exit(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# The place of signing before the date on a line of its own, above the signature table ("Hamburg / Leipzig, 18 February
# 2026"), is no heading, as the bare date line is not: plain text and Markdown made it a clause of its own where the
# DOCX and PDF keep it in the last clause's body. A heading that names a place or a month still is one.
@pytest.mark.parametrize(("line", "heading"), [
    ("Hamburg / Leipzig, 18 February 2026", False),
    ("Singapore, 3 February 2026", False),
    ("Frankfurt am Main, March 2, 2026", False),
    ("Geneva and Zurich, 12 March 2026", False),
    # traps: headings
    ("March 2026 Price Review", True),
    ("Hamburg Office Services", True),
    ("Leipzig and Magdeburg Sites", True),
])
def test_a_place_and_date_line_is_no_heading(line, heading):
    assert is_plain_heading_line(line) is heading
