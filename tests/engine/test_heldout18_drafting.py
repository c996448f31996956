"""Drafting found on held-out set 18 (a Danish municipality's citizen-service contact centre contract in translated
Danish drafting, a US credit union's card dispute operations agreement), each in other wordings than the contracts',
with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')


# A state and its "to" split by a comma-fenced aside: "is entitled, with 10 working days' notice, to inspect ...".
ASIDES = [
    ("AUD001", "pass",
     PARTIES + "8.1 The Customer and its external auditor are entitled, on fifteen Business Days' notice, to inspect "
               "and audit the Supplier's records, systems and data on which the Charges are based, once in each "
               "calendar year."),
    ("AUD001", "pass",
     PARTIES + "8.1 The Customer is entitled, at any time during the Term, to audit the books and records from which "
               "the invoices are calculated, not more than once a year."),
    # traps: the supplier's right with an aside, and the customer's right denied with one
    ("AUD001", "missing",
     PARTIES + "8.1 The Supplier is entitled, on fifteen Business Days' notice, to audit the Customer's records on "
               "which the Charges are based, once in each calendar year."),
    ("AUD001", "missing",
     PARTIES + "8.1 The Customer is not entitled, with or without notice, to audit the Supplier's records on which "
               "the Charges are based."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ASIDES)
def test_a_right_split_by_an_aside_is_still_granted(code, expected, text):
    assert status_of(code, text) == expected


# Scandinavian drafting "regulates" prices by an index in the present tense; a base year a change is measured against
# is no review period.
PRICE_REGULATION = [
    ("PRC002", "weak",
     PARTIES + "6.4 The unit prices are regulated once a year on 1 January by the change in the consumer price index "
               "published by Statistics Norway. The prices can only be regulated upwards."),
    ("PRC002", "weak",
     PARTIES + "6.4 The Fees are adjusted annually on 1 July by the development in the net price index."),
    ("PRC002", "pass",
     PARTIES + "6.4 The Fees are reviewed each Contract Year against the market rates of comparable providers, and "
               "may be reduced as well as increased."),
    # traps: a review triggered by a change against the first year, a review in a condition, a party's own fees
    ("PRC002", "missing",
     PARTIES + "6.4 If the share of tickets closed by the virtual agent rises significantly compared with the first "
               "Contract Year, the parties shall review the Charges."),
    ("PRC002", "missing",
     PARTIES + "6.4 If the Fees are reviewed each year, the Supplier shall tell the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PRICE_REGULATION)
def test_prices_regulated_by_an_index_are_a_periodic_mechanism(code, expected, text):
    assert status_of(code, text) == expected


# Danish and Norwegian drafting keeps "Bilag" for its appendices: a reference to "Bilag 2" reaches the appendix.
BILAG = [
    ("GOV001", "pass",
     PARTIES + "9.1 The Supplier must meet the service levels in Bilag 2. If a service level is not met, the Supplier "
               "must pay a penalty calculated in accordance with Bilag 2.\nBilag 2 – Service Levels\nService level | "
               "Target | Penalty if not met\nCalls answered within 60 seconds | 80% | 2% of the monthly payment"),
    # trap: the appendix with no targets
    ("GOV001", "weak",
     PARTIES + "9.1 The Supplier must meet the service levels in Bilag 2. If a service level is not met, the Supplier "
               "must pay a penalty calculated in accordance with Bilag 2.\nBilag 2 – Service Levels\nThe service "
               "levels will be described by the Supplier after the start date."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BILAG)
def test_a_bilag_is_an_appendix(code, expected, text):
    assert status_of(code, text) == expected


# A unit counted "irrespective of whether" the matter is concluded is an input volume; a completed unit with a
# hyphenated prefix priced in a row labelled "Price per ..." is an outcome price.
UNITS = [
    ("OUT002", "not_applicable",
     PARTIES + '"Logged Ticket" means a ticket opened in the Customer\'s CRM, regardless of whether the customer\'s '
               'issue is resolved.\nThe Customer shall pay USD 5.00 per Logged Ticket.'),
    ("PRC004", "not_applicable",
     PARTIES + '"Handled Request" means a request answered or registered by the Supplier, irrespective of whether '
               'the requester\'s matter has been concluded.\nThe Customer shall pay EUR 5,50 per Handled Request.'),
    # trap: "regardless of whether" of something else in an outcome's definition
    ("OUT002", "missing",
     PARTIES + '"Resolved Enquiry" means an enquiry answered in full, regardless of whether the survey has been '
               'completed.\nThe Customer shall pay USD 5.00 per Resolved Enquiry.'),
    ("PRC004", "weak",
     PARTIES + '"Pre-processed Application" means an application which the Supplier has checked for completeness and '
               'registered in the Customer\'s case system.\nSchedule 3 – Prices\nPrice element | Price (EUR)\n'
               'Price per Pre-processed Application | 16,00'),
    ("PRC004", "pass",
     PARTIES + '"Completed Case" means a case closed in the Customer\'s case system with all checks done.\n'
               'Schedule 3 – Prices\nPrice element | Price (EUR)\nPrice per Completed Case | 6,00'),
    # trap: a time log per pre-processed document is no price
    ("PRC004", "not_applicable",
     PARTIES + "The Supplier shall keep a log of the time spent per pre-processed document."),
]


@pytest.mark.parametrize(("code", "expected", "text"), UNITS)
def test_units_whatever_their_result_and_completed_units_in_a_price_row(code, expected, text):
    assert status_of(code, text) == expected


# A reopened unit "invoiced again" is billed twice, whatever a party's name says ("Credit Union" holds no credit).
REOPENED = [
    ("OUT002", "missing",
     PARTIES + '"Resolved Ticket" means a ticket closed in the Customer\'s CRM with the end user\'s confirmation.\n'
               'The Customer shall pay USD 5.00 per Resolved Ticket.\nA Ticket reopened by the Credit Team after it '
               'has been closed is billed again as a Resolved Ticket when it is closed.'),
    ("OUT002", "missing",
     'This Agreement is between Lakeview Federal Credit Union (the "Credit Union") and Orbis Dispute Services LLC '
     '("Service Provider").\n"Resolved Dispute" means a Dispute closed in the Credit Union\'s dispute system.\n'
     'The Credit Union shall pay USD 7.00 per Resolved Dispute.\nA Dispute reopened by the Credit Union after closure '
     'shall be treated as a new Dispute and shall be charged again when it is closed.'),
    # trap: the real exclusion, in the negative
    ("OUT002", "pass",
     PARTIES + '"Resolved Ticket" means a ticket closed in the Customer\'s CRM with the end user\'s confirmation.\n'
               'The Customer shall pay USD 5.00 per Resolved Ticket.\nA Ticket reopened within 7 days after closure '
               'shall not be invoiced again, and the Supplier shall credit any charge already paid for it.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), REOPENED)
def test_a_reopened_unit_invoiced_again_is_no_exclusion(code, expected, text):
    assert status_of(code, text) == expected


# A glide-path table whose fixed fee reaches "$0" in the row's last cell.
GLIDE = [
    ("PRC003", "pass",
     PARTIES + "Schedule 4 – Charges\nCharge | Year 1 | Year 2 | Year 3 onwards\nMonthly Capacity Fee | $40,000 | "
               "$20,000 | $0\nPer Resolved Contact | $4.00 | $4.50 | $5.00\nFrom Year 3 the Charges consist only of "
               "the charge per Resolved Contact."),
    # trap: a credit that falls to $0 by year moves nothing toward outcome pricing
    ("PRC003", "missing",
     PARTIES + "Schedule 4 – Credits\nCredit | Year 1 | Year 2 | Year 3\nLate report credit | $500 | $250 | $0"),
]


@pytest.mark.parametrize(("code", "expected", "text"), GLIDE)
def test_a_fixed_fee_falling_to_a_zero_last_cell_is_a_glide_path(code, expected, text):
    assert status_of(code, text) == expected
