"""Drafting found on held-out set 13 (a Philippine contact-centre MSA with an outcome-priced Statement of Work, a US
legal process outsourcing engagement letter from the vendor "we" to a law firm "you"), each in other wordings than
the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

LETTER = ('Thank you for choosing Larkspur Discovery LLC ("Larkspur", "we" or "us") to support Dunmore & Vale LLP '
          '("you") with the review in this matter.\n')
MSA = ('This Agreement is made between Kalinaw Savings Bank, Inc. (the "Client") and Visayan Contact Solutions Corp. '
       '(the "Contractor").\n')


# The supplier chooses the auditor in a relative clause: "an accountant we approve", "an auditor the Contractor
# selects" - the customer's own choice is no weakness.
AUDITOR_CHOSEN = [
    ("AUD001", "weak",
     LETTER + "9.1 Once in each year you may have an independent accountant we approve examine our billing records "
              "for the matter."),
    ("AUD001", "weak",
     MSA + "6.2 The Client may audit the Contractor's records relating to the Fees once in each Contract Year through "
           "an auditor the Contractor selects."),
    ("AUD001", "weak",
     MSA + "6.2 The Client may audit the Contractor's records relating to the Fees once in each Contract Year through "
           "a firm that the Contractor nominates."),
    # the customer's choice
    ("AUD001", "pass",
     LETTER + "9.1 Once in each year you may have an independent accountant you choose examine our billing records "
              "for the matter."),
    ("AUD001", "pass",
     MSA + "6.2 The Client may audit the Contractor's records relating to the Fees once in each Contract Year through "
           "an auditor the Client selects."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDITOR_CHOSEN)
def test_the_supplier_choosing_the_auditor_in_a_relative_clause(code, expected, text):
    assert status_of(code, text) == expected


# The supplier sizes the share in a relative clause: "in an amount we determine".
AMOUNT_DECIDED = [
    ("PRD001", "weak",
     LETTER + "4.4 Where automated review lowers our cost of the review, we will share the saving with you by a credit "
              "on the next invoice, in an amount we decide."),
    ("PRD001", "weak",
     MSA + "5.4 The Contractor shall credit the Client with a share of any savings from Automation, in an amount the "
           "Contractor determines each quarter."),
    # a stated share, the customer checking the amount
    ("PRD001", "pass",
     MSA + "5.4 The Contractor shall credit the Client with 40% of any savings from Automation each quarter, in an "
           "amount the Client determines from the Savings Report."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AMOUNT_DECIDED)
def test_the_supplier_deciding_the_amount_shared(code, expected, text):
    assert status_of(code, text) == expected


# A unit measured for service levels ("each Completed Batch", "a random sample of 200 Files per Completed Batch") is no
# per-unit outcome price; the fee on the input volume is none either.
MEASURED_NOT_PRICED = [
    ("PRC004", "not_applicable",
     LETTER + "6.1 We will meet the turnaround times in Part B for each Completed Batch.\n6.2 Accuracy is measured on "
              "a random sample of 200 Files per Completed Batch.\n7.1 The Review Fee is USD 0.65 for every File loaded "
              "to the review workspace."),
    ("OUT001", "missing",
     LETTER + '1.1 "Completed Batch" means a batch of Files in which every File has been coded and has passed our '
              "quality control.\n6.1 Turnaround for each Completed Batch | 4 business days | a credit of 5% of the "
              "batch's Review Fees\n7.1 The Review Fee is USD 0.65 for every File loaded to the review workspace."),
    # priced per the unit
    ("PRC004", "pass",
     MSA + "4.1 The Client shall pay USD 6.10 for each Completed Claim."),
    ("PRC004", "pass",
     MSA + "4.1 The Client shall pay a fee of USD 4.00 for each Approved Invoice."),
    ("PRC004", "pass",
     MSA + "4.1 The Client shall pay USD 5.00 per Completed Claim. Quality is checked on a random sample of Completed "
           "Claims each month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), MEASURED_NOT_PRICED)
def test_a_unit_measured_is_not_a_unit_priced(code, expected, text):
    assert status_of(code, text) == expected


# "Part C" points to the part headed so: the service levels the commitment names are read there.
PART_REFERENCES = [
    ("GOV001", "pass",
     MSA + "7.1 The Contractor shall meet the service levels in Part 2 of the Commercial Exhibit.\nCOMMERCIAL EXHIBIT\n"
           "Part 1 - Charges\nThe Charges are set out in the Rate Card.\nPart 2 - Service Levels\n"
           "Measure | Level | Remedy\nCalls answered within 20 seconds | 80% | credit of 3% of the monthly Charges\n"
           "Quality score | 90% | credit of 2% of the monthly Charges"),
    # the part states levels with no remedy
    ("GOV001", "weak",
     MSA + "7.1 The Contractor shall meet the service levels in Part 2 of the Commercial Exhibit.\nCOMMERCIAL EXHIBIT\n"
           "Part 1 - Charges\nThe Charges are set out in the Rate Card.\nPart 2 - Service Levels\n"
           "Measure | Level\nCalls answered within 20 seconds | 80%\nQuality score | 90%"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PART_REFERENCES)
def test_a_part_named_by_its_heading(code, expected, text):
    assert status_of(code, text) == expected


# Governance by telephone: a weekly status call is a (single) tier.
STATUS_CALLS = [
    ("GOV003", "weak",
     LETTER + "5.4 While the review is running, our review manager will hold a status call with your associates every "
              "week."),
    ("GOV003", "pass",
     LETTER + "5.4 Our review manager will hold a weekly status call with your associates, and our Managing Director "
              "will hold a quarterly review meeting with your supervising partner."),
    # a call the customer may make, and calls refused
    ("GOV003", "missing",
     LETTER + "5.4 You may call our review manager at any time about the status of a batch."),
    ("GOV003", "missing",
     LETTER + "5.4 We will not hold status calls with your associates unless you pay for them separately."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STATUS_CALLS)
def test_status_calls(code, expected, text):
    assert status_of(code, text) == expected


# "End the engagement": an engagement letter's termination.
ENGAGEMENT_ENDED = [
    ("EXT001", "pass",
     LETTER + "11.1 You may end our engagement at any time and for any reason on written notice.\n11.2 Either of us "
              "may end the engagement by notice if the other commits a material breach and fails to cure it within 15 "
              "days."),
    # only the vendor may leave at will
    ("EXT001", "weak",
     LETTER + "11.1 We may end this engagement at any time, for any reason, by notice to you.\n11.2 Either of us may "
              "end the engagement by notice if the other commits a material breach."),
    # the engagement ending by itself is no right
    ("EXT001", "missing",
     LETTER + "11.1 Our engagement will end when the last production has been made."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ENGAGEMENT_ENDED)
def test_ending_the_engagement(code, expected, text):
    assert status_of(code, text) == expected


# Help to move the work, the customer named beside its successor.
SUCCESSOR_HELP = [
    ("EXT002", "weak",
     LETTER + "12.1 When our engagement ends, we will assist you and any new vendor to take over the review, on terms "
              "to be agreed at that time."),
    ("EXT002", "pass",
     MSA + "17.1 For six (6) months after termination, the Contractor shall cooperate with the Client and any "
           "replacement provider to transfer the Services, and shall continue to provide the Services at the Client's "
           "request."),
    # the customer's cooperation is not the supplier's help
    ("EXT002", "missing",
     MSA + "17.1 On termination, the Client shall cooperate with the Contractor and any replacement provider the "
           "Contractor nominates."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SUCCESSOR_HELP)
def test_help_to_a_successor(code, expected, text):
    assert status_of(code, text) == expected


# A service level measuring repeat contacts takes nothing off the bill; an exclusion beside it still counts.
REPEATS_MEASURED = [
    ("OUT002", "missing",
     MSA + "4.1 The Client shall pay PHP 250.00 per Resolved Ticket.\nAnnex C\nService Level | Measure | Target | "
           "Service Credit\nFirst Contact Resolution | Resolved Tickets with no repeat contact within 7 days | 75% | "
           "3% of the monthly Fees"),
    ("OUT002", "pass",
     MSA + "4.1 The Client shall pay PHP 250.00 per Resolved Ticket.\n4.2 A Resolved Ticket reopened within 7 days is "
           "not billable and counts against First Contact Resolution."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REPEATS_MEASURED)
def test_a_service_level_on_repeats_is_no_exclusion(code, expected, text):
    assert status_of(code, text) == expected


# A fee that reaches nothing in its row's last cell, in any currency code.
ZERO_LAST_CELL = [
    ("PRC003", "pass",
     MSA + "Annex B - Rate Card\nFee | Basis | Year 1 | Year 2 | Year 3\nCapacity Fee | per month | MYR 240,000.00 | "
           "MYR 120,000.00 | MYR 0.00\nResolved Case Fee | per Resolved Case | MYR 21.00 | MYR 21.00 | MYR 21.00"),
    # a fee that was never charged is no step
    ("PRC003", "missing",
     MSA + "Annex B - Rate Card\nFee | Amount\nSet-up Fee | MYR 0.00\nResolved Case Fee | MYR 21.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), ZERO_LAST_CELL)
def test_a_fee_stepping_to_zero_in_any_currency(code, expected, text):
    assert status_of(code, text) == expected


# With "Ticket" and "Resolved Ticket" both defined and the price per Resolved Ticket, the evidence is the priced unit's
# definition, not the shorter term's.
def test_the_priced_unit_is_the_evidence_beside_a_shorter_defined_term():
    from bpolint.config import Config
    from bpolint.engine import lint
    from bpolint.engine.examples import snippet_document

    text = (MSA + '1.1 "Ticket" means a record opened in the Client CRM for an End User contact.\n'
            '1.2 "Resolved Ticket" means a Ticket closed in the Client CRM with an approved resolution code and not '
            "transferred to the Client's Tier 2 team.\n4.1 The Client shall pay PHP 250.00 per Resolved Ticket and "
            "shall keep records of the Fees invoiced and the Tickets handled.")
    check = lint(snippet_document(text), Config.make(select=["OUT001"])).checks[0]
    assert check.status.value == "pass"
    assert check.evidence[0].clause == "1.2"
