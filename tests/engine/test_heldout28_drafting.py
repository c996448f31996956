"""Drafting found on held-out set 28 (a Swedish municipal energy company's customer-service contract, a UK
retailer's order form with an AI support vendor's master terms), each in other wordings than the contracts', with
its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

SE = ('This Contract is made between Vasterby Energi AB (the "Purchaser") and Kundkraft Service AB '
      '(the "Supplier").\n')
GB = ('This Order Form is entered into between Pellworth Stores plc (the "Client") and Quillon AI Ltd '
      '(the "Provider").\n')


# A state and its "to" split by several comma-fenced asides in a row (the notice, the frequency, the occasion).
STACKED_ASIDES = [
    ("AUD001", "pass",
     "11.1 The Purchaser is entitled, on 20 Working Days' notice, once each calendar year, to audit the Supplier's "
     "records and data relating to the amounts invoiced and the number of Completed Cases."),
    ("AUD001", "pass",
     "11.1 The Purchaser and its auditors are entitled, at their own cost, on reasonable notice, and where an "
     "incorrect invoice is suspected, to inspect the Supplier's records relating to the Fees."),
    # a promise split the same way
    ("EXT003", "pass",
     "15.2 The Supplier agrees, at its own cost, within 30 days after the end of the Contract, to return all of the "
     "Purchaser's data in CSV format and thereafter to delete all copies of it."),
    ("EXT001", "pass",
     "14.1 The Purchaser is entitled, at any time, for any reason, on three months' notice, to terminate the Contract "
     "without any termination fee.\n14.2 The Purchaser may terminate the Contract for material breach."),
    # trap: the same right negated
    ("AUD001", "missing",
     "11.1 The Purchaser is not entitled, on any notice, at any time, to audit the Supplier's records relating to "
     "the amounts invoiced."),
    # trap: the right runs the other way
    ("AUD001", "missing",
     "11.1 The Supplier is entitled, on 20 Working Days' notice, once each calendar year, to audit the Purchaser's "
     "records relating to the amounts invoiced."),
    # trap: advice to a buyer, with the same asides
    ("AUD001", "missing",
     "Buyers should make sure that they are entitled, on reasonable notice, once a year, to audit the supplier's "
     "records relating to the charges."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STACKED_ASIDES)
def test_a_right_with_asides_in_a_row_before_its_to(code, expected, text):
    assert status_of(code, SE + text) == expected


# "No X shall entitle ..." after a fronted exception that only points to another provision: still a denial.
DENIAL_AFTER_A_REFERENCE = [
    ("PRC001", "missing",
     "3.5 Save under clause 3.4, no change in the automation rate shall entitle either party to a review of the Fees."),
    ("PRC001", "missing",
     "3.5 Subject to clause 3.4, no deployment of a new AI model shall entitle the Client to a reduction of the Fees."),
    ("PRC001", "missing",
     "3.5 Except as provided in Schedule 2, no increase in the share of conversations handled by the AI Agent shall "
     "entitle the Client to any adjustment of the Fees."),
    # the exception after the denial, pointing elsewhere
    ("PRC001", "missing",
     "3.5 No change in the automation rate shall entitle the Client to a review of the Fees, save as provided in "
     "clause 3.4."),
    # trap: an exception that states a threshold is a trigger
    ("PRC001", "pass",
     "3.5 Unless the automation rate exceeds 40%, no change in the automation rate shall entitle the Client to a "
     "review of the Fees."),
    ("PRC001", "pass",
     "3.5 No change in the automation rate shall entitle the Client to a review of the Fees, except where the "
     "automation rate exceeds 40% in any quarter."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DENIAL_AFTER_A_REFERENCE)
def test_a_denial_after_an_exception_that_points_elsewhere(code, expected, text):
    assert status_of(code, GB + text) == expected


# A rate card whose price column is "per unit": each row's label names the unit sold.
PER_UNIT_RATE_CARD = [
    ("OUT002", "pass",
     "6.3 A Completed Case reopened by the same customer within 10 Working Days shall not be remunerated again.\n"
     "APPENDIX 2 PRICES\n"
     "1. Prices (SEK, excluding VAT):\n"
     "Item | Price per unit (SEK)\n"
     "Completed Case, telephone | 52\n"
     "Completed Case, e-mail | 48"),
    ("OUT002", "pass",
     "6.3 A Resolved Ticket reopened within 7 days shall not be charged again.\n"
     "SCHEDULE 2 CHARGES\n"
     "Service | Unit rate (EUR)\n"
     "Resolved Ticket (chat) | 4.10\n"
     "Resolved Ticket (email) | 4.60"),
    ("OUT002", "pass",
     "6.3 A Resolved Ticket reopened within 7 days shall not be charged again.\n"
     "SCHEDULE 2 CHARGES\n"
     "Service | Unit price (EUR)\n"
     "Resolved Ticket - chat | 4.10\n"
     "Resolved Ticket - email | 4.60"),
    # trap: the rows name an input, not an outcome
    ("OUT002", "not_applicable",
     "6.3 A Case reopened within 10 Working Days shall not be remunerated again.\n"
     "APPENDIX 2 PRICES\n"
     "Item | Price per unit (SEK)\n"
     "Agent hour, telephone | 520\n"
     "Agent hour, e-mail | 480"),
    # trap: a credit column is no price, whatever its rows
    ("OUT002", "not_applicable",
     "6.3 A Resolved Ticket reopened within 7 days shall not be charged again.\n"
     "SCHEDULE 3 SERVICE CREDITS\n"
     "Service level | Credit per unit (EUR)\n"
     "Resolved Ticket late | 4.10"),
    # trap: a unit the header names in its brackets is the column's, whatever the rows' labels
    ("OUT002", "not_applicable",
     "6.3 A Resolved Ticket reopened within 7 days shall not be charged again.\n"
     "SCHEDULE 2 CHARGES\n"
     "Service | Unit Fee (EUR per Agent Hour)\n"
     "Resolved Ticket support, chat | 31.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PER_UNIT_RATE_CARD)
def test_a_per_unit_rate_card_prices_what_its_rows_name(code, expected, text):
    assert status_of(code, SE + text) == expected


# A reopen exclusion in translated drafting ("not be remunerated again"), and the supplier's judgement as a proviso.
REOPEN_REMUNERATED = [
    ("OUT002", "pass",
     "6.3 A Completed Case which the same customer reopens concerning the same matter within 10 Working Days shall "
     "not be remunerated again.\n6.4 The Purchaser shall pay SEK 52 per Completed Case."),
    ("OUT002", "weak",
     "6.3 A Completed Case which the same customer reopens within 10 Working Days shall not be remunerated again, "
     "provided that the Supplier considers the reopening to be due to its own handling.\n"
     "6.4 The Purchaser shall pay SEK 52 per Completed Case."),
    ("OUT002", "weak",
     "6.3 A Completed Case reopened within 10 Working Days shall not be remunerated again, provided the Supplier "
     "determines that the reopening concerns the same matter.\n6.4 The Purchaser shall pay SEK 52 per Completed Case."),
    # trap: a reopened case remunerated as a new one
    ("OUT002", "missing",
     "6.3 A Completed Case which the customer reopens within 10 Working Days shall be remunerated again as a new "
     "Completed Case.\n6.4 The Purchaser shall pay SEK 52 per Completed Case."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REOPEN_REMUNERATED)
def test_a_reopened_case_not_remunerated_again(code, expected, text):
    assert status_of(code, SE + text) == expected


# A processor's data-protection audit reaches no charge or count.
DATA_PROTECTION_AUDIT = [
    ("AUD001", "missing",
     "7. Audits. The Provider shall allow for audits by the Client of the Provider's processing of the personal data. "
     "Any such audit is limited to data protection compliance."),
    ("AUD001", "missing",
     "7. The Processor shall make available to the Controller all information necessary to demonstrate compliance "
     "with Article 28 of the UK GDPR and shall allow for and contribute to audits, including inspections, conducted "
     "by the Controller."),
    # trap: the same right also over the records of the charges is an audit of them
    ("AUD001", "pass",
     "7. The Client may, once in each year, audit the Provider's records relating to the Fees and the Resolutions "
     "counted and its processing of personal data."),
    # trap: an audit of the charges that carves out the outcome data stays weak
    ("AUD001", "weak",
     "7. The Client may audit the Provider's records relating to the Fees once in each year, but the audit shall not "
     "extend to the data from which the Resolutions are counted."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DATA_PROTECTION_AUDIT)
def test_a_data_protection_audit_is_no_audit_of_the_charges(code, expected, text):
    assert status_of(code, GB + text) == expected


# A review on a date that only has regard to automation, and savings the supplier keeps: no automation trigger.
NOT_AN_AUTOMATION_TRIGGER = [
    ("PRC001", "missing",
     "3.4 The parties shall review the Fees annually, before each anniversary of the Start Date, having regard to "
     "volumes, the Automated Resolution Rate and market rates."),
    ("PRC001", "missing",
     "3.4 Each year the Fees shall be reviewed, taking into account the share of conversations handled by the AI "
     "Agent and prevailing market rates."),
    ("PRC001", "missing",
     "9.4 Any efficiencies and cost reductions arising from the AI Agent shall accrue solely to the Provider."),
    # trap: a review with a threshold, whatever it has regard to
    ("PRC001", "pass",
     "3.4 If the Automated Resolution Rate exceeds 50% in any quarter, the parties shall review the Fees, having "
     "regard to the Provider's reduced cost to serve."),
    # trap: a review made to take account of automation is one automation prompts (no threshold: weak)
    ("PRC001", "weak",
     "3.4 The Charges shall be reviewed to take account of the automation achieved by the Provider."),
    # trap: a review on each new AI release, taking account of savings
    ("PRC001", "pass",
     "3.4 Upon the deployment of each new AI model release, the Client may require a review of the Fees, taking "
     "into account the savings achieved."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NOT_AN_AUTOMATION_TRIGGER)
def test_a_review_that_only_weighs_automation_is_no_trigger(code, expected, text):
    assert status_of(code, GB + text) == expected
