"""Drafting found on held-out set 24 (a Nigerian telecom's customer-care outsourcing agreement, read right blind, and
heads of terms for a UK building society's mortgage servicing written as a term sheet), each in other wordings than
the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.segment import is_plain_heading_line
from bpolint.nlp.parties import find_parties
from tests.engine.snippets import status_of

# A term sheet lists its parties as "Label: legal name" lines; the label is the party's short name.
SHEET = ("TERM SHEET\n1. Parties\n- Mutual: Westmoor Mutual Limited, company number 07123456, registered office "
         "1 Quay Street, Bristol.\n- Provider: Kestrel Operations Ltd, company number 09876543.\n"
         "- Date: 3 March 2026.\n")
PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')


def test_a_term_sheets_labelled_parties_are_the_parties():
    parties = find_parties([], text=SHEET + "2. Scope (Binding)\n- Services: tenancy enquiries.\n")
    assert "mutual" in parties.customer
    assert "provider" in parties.supplier
    # a label whose value is no legal person names nobody ("Date: 3 March 2026", "Services: tenancy enquiries")
    assert "date" not in parties.customer + parties.supplier
    assert "services" not in parties.customer + parties.supplier


def test_a_labelled_line_after_the_parties_is_no_party():
    # what the sheet defines after its parties list ('the platform ("CaseDesk")') is not a third party that would
    # keep the label "Mutual" from being the customer
    text = SHEET + ('2. Systems (Binding)\n- Platform: the Mutual\'s case system ("CaseDesk") and its reporting tool '
                    '("InsightHub").\n')
    assert "mutual" in find_parties([], text=text).customer


LABELLED_PARTIES = [
    ("EXT001", "pass",
     SHEET + "9. Termination (Binding)\n- Convenience: The Mutual may terminate the agreement at any time on 90 days' "
             "written notice without any termination charge.\n- Cause: Either party may terminate on the other's "
             "material breach not remedied within 30 days."),
    # trap: the convenience exit is the Provider's
    ("EXT001", "weak",
     SHEET + "9. Termination (Binding)\n- Convenience: The Provider may terminate the agreement at any time on 90 "
             "days' written notice.\n- Cause: Either party may terminate on the other's material breach not "
             "remedied within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), LABELLED_PARTIES)
def test_rights_of_a_labelled_party(code, expected, text):
    assert status_of(code, text) == expected


# A run-in label before the sentence ("Inspection: The Mutual, its auditors and the Regulator may ...") is no part of
# its subject.
RUN_IN_LABEL = [
    ("AUD001", "pass",
     SHEET + "7. Records (Binding)\n- Inspection: The Mutual, its internal auditors, its external auditors and the "
             "Regulator may inspect and copy the Provider's records, systems and data relating to the services, "
             "including the data used to calculate the Charges."),
    ("AUD001", "pass",
     PARTIES + "11. Audit\nAudit right: The Customer, its internal and external auditors, the FCA and the PRA may "
               "audit the Supplier's records relating to the Charges and the outcome counts."),
    # trap: the inspection is the Provider's, of the Mutual's records
    ("AUD001", "missing",
     SHEET + "7. Records (Binding)\n- Inspection: The Provider and its insurers may inspect the Mutual's records "
             "relating to the services and the data behind the Charges."),
]


@pytest.mark.parametrize(("code", "expected", "text"), RUN_IN_LABEL)
def test_a_run_in_label_before_the_subject(code, expected, text):
    assert status_of(code, text) == expected


# A heading marked "(Subject to contract)", "- Non-binding" or "[Indicative only]" makes its paragraph no term.
NOT_BINDING_HEADINGS = [
    ("PRC004", "not_applicable",
     SHEET + "5. Charges (Binding)\n- Charge: USD 2,100 per FTE per month.\n6. Outcome pricing (Subject to "
             "contract)\n- Price: USD 5.00 per Resolved Enquiry.\n"),
    ("OUT002", "not_applicable",
     SHEET + "5. Charges (Binding)\n- Charge: USD 2,100 per FTE per month.\n6. Outcome pricing - Non-binding\n"
             "- Price: USD 5.00 per Resolved Enquiry. An enquiry reopened within 7 days is not charged again.\n"),
    ("GOV002", "missing",
     SHEET + "8. Tenant satisfaction [Indicative only]\n- Target: The Provider will achieve a tenant satisfaction "
             "score of at least 85%, measured by a monthly SMS survey.\n"),
    # traps: the same paragraphs marked binding
    ("PRC004", "pass",
     SHEET + "6. Outcome pricing (Binding)\n- Price: USD 5.00 per Resolved Enquiry.\n"),
    ("GOV002", "pass",
     SHEET + "8. Tenant satisfaction (Binding)\n- Target: The Provider will achieve a tenant satisfaction score of "
             "at least 85%, measured by a monthly SMS survey.\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), NOT_BINDING_HEADINGS)
def test_a_heading_marked_not_binding(code, expected, text):
    assert status_of(code, text) == expected


# A term sheet's open item on the line after a term ("Split: to be agreed", "Format: TBC") leaves a detail of that
# term open.
OPEN_ITEMS = [
    ("PRD001", "weak",
     SHEET + "4. Automation (Binding)\n- Savings: The Provider will share with the Mutual the savings from automation. "
             "Split: to be agreed.\n"),
    ("EXT003", "weak",
     SHEET + "10. Exit (Binding)\n- Data: The Provider will return all Mutual data within 30 days after termination "
             "and will then delete all copies and certify the deletion. Format: TBC.\n"),
    # traps: the detail stated, or the open item about something else
    ("PRD001", "pass",
     SHEET + "4. Automation (Binding)\n- Savings: The Provider will share with the Mutual the savings from automation. "
             "Split: 50% to the Mutual, credited quarterly.\n"),
    ("EXT003", "pass",
     SHEET + "10. Exit (Binding)\n- Data: The Provider will return all Mutual data within 30 days after termination "
             "in CSV format and will then delete all copies and certify the deletion.\n- Exit manager: named by the "
             "Provider.\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), OPEN_ITEMS)
def test_an_open_item_after_the_term(code, expected, text):
    assert status_of(code, text) == expected


# A review interval put as a period ("once in each period of three years"), and a label ruled out by its value
# ("Indexation: None").
REVIEW_PERIODS = [
    ("PRC002", "weak",
     SHEET + "11. Price review (Binding)\n- Benchmarking: The Mutual may benchmark the Charges once in each period of "
             "three years.\n"),
    ("PRC002", "pass",
     SHEET + "11. Price review (Binding)\n- Benchmarking: The Mutual may benchmark the Charges once in every period of "
             "twelve (12) months, and the Charges will be adjusted up or down to the benchmark.\n"
             "- Indexation: None.\n"),
    # trap: indexation that is stated, not ruled out
    ("PRC002", "weak",
     SHEET + "11. Price review (Binding)\n- Indexation: The Charges will increase on each anniversary by CPI.\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), REVIEW_PERIODS)
def test_a_review_period_and_a_label_ruled_out(code, expected, text):
    assert status_of(code, text) == expected


# A Binding paragraph of heads of terms is operative: its verbless lines are terms, as a schedule's are.
BINDING_LINES = [
    ("GOV003", "pass",
     SHEET + "12. Governance (Binding)\n- Monthly: Operations review between the Mutual's Head of Housing Services and "
             "the Provider's Account Director.\n- Quarterly: Partnership board chaired by the Mutual's Director of "
             "Operations.\n- Annual: Strategic review attended by both chief executives.\n"),
    # trap: the same lines Subject to contract
    ("GOV003", "missing",
     SHEET + "12. Governance (Subject to contract)\n- Monthly: Operations review between the Mutual's Head of Housing "
             "Services and the Provider's Account Director.\n- Quarterly: Partnership board chaired by the Mutual's "
             "Director of Operations.\n- Annual: Strategic review attended by both chief executives.\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), BINDING_LINES)
def test_verbless_lines_of_a_binding_paragraph(code, expected, text):
    assert status_of(code, text) == expected


# "its auditors" after the supplier are the supplier's auditors: the customer's agent words name the customer's side
# only when the party that owns them is not the supplier.
OWNED_AGENTS = [
    ("AUD001", "missing",
     PARTIES + "11. Audit\n11.1 The Supplier, its auditors and its insurers may inspect the Customer's records "
               "relating to the services and the data behind the Charges."),
    ("AUD001", "missing",
     PARTIES + "11. Audit\n11.1 The Supplier and its external auditors may audit the Customer's records relating to "
               "the Charges."),
    # traps: the customer's own auditors, and the customer's auditors let in by the supplier
    ("AUD001", "pass",
     PARTIES + "11. Audit\n11.1 The Customer and its internal and external auditors may audit the Supplier's records "
               "relating to the Charges and the outcome counts."),
    ("AUD001", "pass",
     PARTIES + "11. Audit\n11.1 The Supplier shall permit the Customer and its auditors to audit the Supplier's "
               "records relating to the Charges and the outcome counts."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OWNED_AGENTS)
def test_the_suppliers_own_auditors(code, expected, text):
    assert status_of(code, text) == expected


@pytest.mark.parametrize(("line", "heading"), [
    ("Steps and dates: [TBC]", False),  # a term sheet's open item, a label and a bracketed placeholder
    ("Automation assets: [TBC]", False),
    ("Format: [to be agreed]", False),
    # traps: headings
    ("Part A: Rates", True),
    ("Governance and reporting", True),
])
def test_an_open_item_line_is_no_heading(line, heading):
    assert is_plain_heading_line(line) is heading
