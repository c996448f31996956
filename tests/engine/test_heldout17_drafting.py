"""Drafting found on held-out set 17 (a translated Polish finance-and-accounting shared-services agreement, an
English-law airline revenue accounting agreement), each in other wordings than the contracts', with its traps,
linted with the real rule (and, for the clause tree, extracted)."""

from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')
ORDERING = ('Agreement concluded in Poznań between Kornfeld Retail AG, hereinafter referred to as "the Ordering '
            'Party", and Warta Accounting Services sp. z o.o., hereinafter referred to as "the Contractor".\n')


def _tree(text: str) -> list[tuple[str, str]]:
    return [(c.path, c.heading) for c in snippet_document(text).clauses if c.path]


# Civil-law drafting restarts "1.", "2." under every "§ N." heading: they are the §'s sections (cited "§ 9 section 2"),
# not top-level clauses 1, 2, ... repeated under each §.
def test_typed_sections_under_a_section_sign_heading_are_its_paragraphs():
    tree = _tree("§ 3. Audit\n1. The Ordering Party may audit the records of the Contractor.\n"
                 "2. The audit may be carried out once a year.\n§ 4. Term\n1. The Agreement runs for three years.\n"
                 "Appendix No. 1 – Prices\n1. The fee per Booked Invoice is EUR 4.80.")
    assert tree == [("3", "Audit"), ("3(1)", ""), ("3(2)", ""), ("4", "Term"), ("4(1)", ""),
                    ("Appendix 1", "Prices"), ("Appendix 1/1", "")]


def test_decimal_clauses_and_a_number_out_of_sequence_are_left_alone():
    # "1.1" sub-clauses under a § keep their own numbering; a "3." that does not continue the §'s run (no "1." yet)
    # is a clause of its own
    assert _tree("§ 1 Scope\n1.1 The Supplier shall provide the Services.\n3. Charges") == [
        ("1", "Scope"), ("1.1", ""), ("3", "Charges")]


SECTIONS = [
    # the frequency in the next section limits the grant in the first
    ("AUD001", "weak",
     ORDERING + "§ 9. Audit\n1. The Ordering Party shall be entitled to audit the records, systems and data on which "
                "the remuneration and the number of Booked Invoices are based.\n2. The audit may be carried out not "
                "more often than once every three years."),
    ("AUD001", "pass",
     ORDERING + "§ 9. Audit\n1. The Ordering Party shall be entitled to audit the records, systems and data on which "
                "the remuneration and the number of Booked Invoices are based.\n2. The audit may be carried out once "
                "in each calendar year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SECTIONS)
def test_sections_of_a_paragraph_read_together(code, expected, text):
    assert status_of(code, text) == expected


# A glossary of numbered points with a dash between the term and its meaning ("5) Posted Invoice – a purchase invoice
# ... which fulfils all of the following conditions: a) ..."), and an outcome named by its booking ("Posted").
DASH_GLOSSARY = [
    ("OUT001", "pass",
     ORDERING + "§ 1. Definitions\n1. In the Agreement the following terms shall have the meaning given below:\n"
                "1) Posted Payment – an incoming payment of a customer which has been matched to the open item and "
                "recorded in the Ordering Party's SAP system with a document number;\n2) Working Day – a day from "
                "Monday to Friday.\n§ 5. Remuneration\n1. The Contractor shall receive EUR 4.20 for each Posted "
                "Payment."),
    # the same under a lead-in only, with no definitions heading
    ("OUT001", "pass",
     ORDERING + "§ 1. General\n1. Whenever the following terms are used in the Agreement, they shall have the meaning "
                "given below:\n1) Posted Invoice - a supplier invoice recorded in the Ordering Party's ERP system with "
                "an accounting document number and matched to the purchase order.\n§ 5. Fees\n1. The fee for each "
                "Posted Invoice is EUR 5.10."),
    # traps: a dash line that is a run-in heading, not a definition, and a "Posting Date" that names no outcome
    ("OUT001", "missing",
     ORDERING + "§ 5. Remuneration\n1. Fees – the Ordering Party shall pay EUR 4.20 for each invoice the Contractor "
                "handles.\n2. The Posting Date is the date the invoice is recorded."),
    ("PRC004", "pass",
     ORDERING + "§ 1. Definitions\n1) Posted Invoice – a supplier invoice recorded in the Ordering Party's ERP system "
                "with an accounting document number.\n§ 5. Fees\n1. The Ordering Party shall pay EUR 5.10 per Posted "
                "Invoice."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DASH_GLOSSARY)
def test_dash_definitions_in_numbered_points(code, expected, text):
    assert status_of(code, text) == expected


# "Appendix No. 3" is Appendix 3: its heading opens a schedule, a reference to it reaches its table, and the "3." that
# ends the reference's sentence opens no clause.
APPENDIX_NUMBERS = [
    ("GOV001", "pass",
     ORDERING + "§ 7. Quality\n1. For each KPI not achieved in a month the Contractor shall pay the contractual "
                "penalty set out in Appendix No. 2. The penalties shall not exceed 10% of the monthly "
                "remuneration.\nAppendix No. 2 – KPIs\nKPI | Target | Contractual penalty\nPosting time | 95% of "
                "invoices within 3 Working Days | 2% of the monthly remuneration"),
    # trap: the appendix exists but sets no target
    ("GOV001", "weak",
     ORDERING + "§ 7. Quality\n1. For each KPI not achieved in a month the Contractor shall pay the contractual "
                "penalty set out in Appendix No. 2.\nAppendix No. 2 – KPIs\nKPI | Contractual penalty\nPosting time "
                "| 2% of the monthly remuneration"),
]


@pytest.mark.parametrize(("code", "expected", "text"), APPENDIX_NUMBERS)
def test_appendix_numbered_with_no(code, expected, text):
    assert status_of(code, text) == expected


def test_appendix_no_heading_and_an_abbreviation_before_a_number():
    tree = _tree("§ 2. Penalties\n1. The penalty is set out in Appendix No. 3. The total shall not exceed 10%.\n"
                 "2. Set-off is allowed.\nAppendix No. 3 – Penalties\n1. Late posting: 2%.")
    assert tree == [("2", "Penalties"), ("2(1)", ""), ("2(2)", ""), ("Appendix 3", "Penalties"),
                    ("Appendix 3/1", "")]


# In accounting an outcome comes back by being reversed and "posted again"; a window is how long after, not the day a
# thing happens on.
REPOSTED = [
    ("OUT002", "weak",
     PARTIES + '"Posted Invoice" means an invoice recorded in the Customer\'s SAP system with a document number.\nThe '
               'Customer shall pay EUR 5.00 per Posted Invoice.\nAn invoice reversed and re-posted because of an error '
               'of the Supplier shall not be charged as a further Posted Invoice.'),
    ("OUT002", "pass",
     PARTIES + '"Posted Invoice" means an invoice recorded in the Customer\'s SAP system with a document number.\nThe '
               'Customer shall pay EUR 5.00 per Posted Invoice.\nAn invoice posted again within 60 days after a '
               'reversal caused by the Supplier shall not be charged again.'),
    # trap: the day the reversal happens on is no window
    ("OUT002", "weak",
     PARTIES + '"Posted Invoice" means an invoice recorded in the Customer\'s SAP system with a document number.\nThe '
               'Customer shall pay EUR 5.00 per Posted Invoice.\nWhere an invoice is reversed in the SAP system on the '
               'last day of a month and posted again because of an error of the Supplier, the invoice posted again '
               'shall not be charged as a further Posted Invoice.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), REPOSTED)
def test_reposted_invoices(code, expected, text):
    assert status_of(code, text) == expected


# A unit counted "whether or not it has been matched, prorated, billed or recognised" is an input volume, whatever its
# name ("Processed Coupon"): no outcome is defined or priced.
INPUT_UNITS = [
    ("OUT001", "missing",
     PARTIES + '"Processed Document" means each document received by the Supplier in a month, whether or not it has '
               'been matched to a claim, coded or paid.\nThe Customer shall pay GBP 0.30 per Processed Document.'),
    ("OUT002", "not_applicable",
     PARTIES + '"Processed Document" means each document received by the Supplier in a month, whether or not it has '
               'been matched to a claim, coded or paid.\nThe Customer shall pay GBP 0.30 per Processed Document.'),
    ("PRC004", "not_applicable",
     PARTIES + '"Processed Coupon" means each flight coupon received by the Supplier, whether or not it was billed.\n'
               'Charge | Unit | Rate (GBP)\nCoupon Charge | per Processed Coupon | 0.05'),
    # trap: "whether or not" of a step that is no completion keeps the outcome
    ("OUT001", "pass",
     PARTIES + '"Processed Claim" means a claim closed in the Customer\'s claims system with a decision code, whether '
               'or not it was escalated to a supervisor.\nThe Customer shall pay GBP 4.50 per Processed Claim.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), INPUT_UNITS)
def test_units_counted_whatever_their_result(code, expected, text):
    assert status_of(code, text) == expected


# Two parties both named by supplier words: "the Carrier" that pays "the Contractor" for the Services is the customer
# (an airline); a carrier paid to carry is still the supplier.
CARRIER = ('This Agreement is made between Northwind Airways plc (the "Carrier") and Ridgeway Accounting Services '
           'Limited (the "Contractor").\n2.1 The Contractor shall provide the Services.\n5.1 The Carrier shall pay '
           'the Charges to the Contractor.\n')
CARRIERS = [
    ("EXT001", "pass",
     CARRIER + "15.1 The Carrier may terminate this Agreement, or any part of the Services, for convenience on six "
               "months' notice.\n15.2 Either party may terminate this Agreement if the other commits a material "
               "breach which is not remedied within 30 days."),
    # trap: the right is the Contractor's
    ("EXT001", "weak",
     CARRIER + "15.1 The Contractor may terminate this Agreement for convenience on six months' notice.\n15.2 Either "
               "party may terminate this Agreement if the other commits a material breach which is not remedied within "
               "30 days."),
    # trap: a haulier named the Carrier beside the Customer is the supplier; its convenience right is no customer's
    ("EXT001", "weak",
     'This Agreement is made between Hollins Foods Limited (the "Customer") and Tern Freight Limited (the '
     '"Carrier").\n2.1 The Carrier shall provide the transport Services.\n15.1 The Carrier may terminate this '
     'Agreement for convenience on six months\' notice.\n15.2 Either party may terminate this Agreement if the other '
     'commits a material breach which is not remedied within 30 days.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), CARRIERS)
def test_a_carrier_that_buys_the_services(code, expected, text):
    assert status_of(code, text) == expected


# Shared services serve the customer's own functions: their "stakeholder satisfaction" is customer satisfaction; and a
# service-level table is bound by the supplier's duty to meet it, not by the customer's right to verify it.
STAKEHOLDERS = [
    ("GOV002", "pass",
     PARTIES + "7.1 The Supplier shall meet the Service Levels in Schedule 2.\nSchedule 2 - Service Levels\n1. The "
               "Service Levels are measured monthly by the Supplier. The Customer may verify any measurement.\n"
               "Service Level | Target | Measurement\nStakeholder satisfaction | at least 80% satisfied | survey of "
               "the Customer's finance users run by the Customer every quarter"),
    ("GOV002", "pass",
     PARTIES + "7.2 The Supplier shall achieve a business satisfaction score of at least 4 out of 5 in the annual "
               "survey of the Customer's finance managers."),
    # a level to hold with no number: weak
    ("GOV002", "weak",
     PARTIES + "7.2 The Supplier shall maintain a high level of stakeholder satisfaction, measured by an annual "
               "survey."),
    # traps: a survey with no target (as for "customer satisfaction"), and a table the customer only may verify, with
    # no duty to meet it
    ("GOV002", "missing",
     PARTIES + "7.2 The Supplier shall survey stakeholder satisfaction each year and share the results."),
    ("GOV002", "missing",
     PARTIES + "Schedule 2 - Measures\n1. The Customer may verify any measurement.\nMeasure | Target | Measurement\n"
               "Stakeholder satisfaction | at least 80% satisfied | quarterly survey run by the Customer"),
]


@pytest.mark.parametrize(("code", "expected", "text"), STAKEHOLDERS)
def test_stakeholder_satisfaction_and_the_table_binder(code, expected, text):
    assert status_of(code, text) == expected


# A fixed fee whose amounts fall by dated period in a table, beside a price per outcome, is a glide path though no
# word says it falls; a fee that rises or stays, one with no outcome price beside it, or undated rows are not.
FEE_TABLE = ("Appendix 2 - Remuneration\n1. The Ordering Party shall pay EUR 4.90 per Posted Invoice.\n2. Fixed "
             "Monthly Fee. It covers the month-end close team and shall amount to:\n")
FALLING_FEES = [
    ("PRC003", "pass",
     ORDERING + FEE_TABLE + "Period | Fixed Monthly Fee (EUR)\n1 July 2026 – 30 June 2027 | 80,000.00\n"
                            "1 July 2027 – 30 June 2028 | 50,000.00\n1 July 2028 – 30 June 2030 | 20,000.00"),
    ("PRC003", "pass",
     PARTIES + "Schedule 4 - Charges\n1. The Customer shall pay GBP 5.20 per Resolved Contact and the Base Fee below:\n"
               "Contract Year | Base Fee (GBP per month)\nYear 1 | 40,000\nYear 2 | 25,000\nYear 3 | nil"),
    # traps: a fee that rises, one that stays, a falling fee with no outcome price, rows that are not dated
    ("PRC003", "missing",
     ORDERING + FEE_TABLE + "Period | Fixed Monthly Fee (EUR)\n1 July 2026 – 30 June 2027 | 80,000.00\n"
                            "1 July 2027 – 30 June 2028 | 84,000.00\n1 July 2028 – 30 June 2030 | 88,000.00"),
    ("PRC003", "missing",
     ORDERING + FEE_TABLE + "Period | Fixed Monthly Fee (EUR)\n1 July 2026 – 30 June 2027 | 80,000.00\n"
                            "1 July 2027 – 30 June 2028 | 80,000.00"),
    ("PRC003", "missing",
     PARTIES + "Schedule 4 - Charges\n1. The Customer shall pay the FTE Charges and the Platform Fee below:\n"
               "Contract Year | Platform Fee (GBP per month)\nYear 1 | 40,000\nYear 2 | 25,000\nYear 3 | 10,000"),
    ("PRC003", "missing",
     PARTIES + "Schedule 4 - Charges\n1. The Customer shall pay GBP 5.20 per Resolved Contact and the Base Fee below:\n"
               "Service line | Base Fee (GBP per month)\nCards | 40,000\nLoans | 25,000"),
]


@pytest.mark.parametrize(("code", "expected", "text"), FALLING_FEES)
def test_a_fixed_fee_falling_by_dated_steps(code, expected, text):
    assert status_of(code, text) == expected
