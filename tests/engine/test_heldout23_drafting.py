"""Drafting found on held-out set 23 (a Mexican insurer's claims-settlement agreement translated from the Spanish, an
Australian superannuation trustee's member administration deed), each in other wordings than the contracts', with
its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')
MEXICO = ('SERVICES AGREEMENT entered into, on the one hand, by ASEGURADORA DEL BAJIO, S.A. DE C.V., hereinafter "THE '
          'CLIENT", and, on the other hand, by GESTION DE SINIESTROS DEL CENTRO, S.A. DE C.V., hereinafter "THE '
          'PROVIDER", pursuant to the following Clauses.\n')
DEED = ("THIS DEED is made between Coastline Super Pty Ltd as trustee of the Coastline Super Fund (the Trustee) and "
        "Kestrel Registry Services Pty Ltd (the Administrator).\n")


# Civil-law translations say "authorisation" for the controller's approval of sub-processors: "without the prior
# authorisation of THE CLIENT" leaves the sub-processors uncontrolled, "shall not ... without" controls them.
SUBPROCESSOR_AUTHORISATION = [
    ("SEC002", "weak",
     MEXICO + "9.1. THE PROVIDER shall process Personal Data only on the documented instructions of THE CLIENT and in "
              "compliance with the LFPDPPP.\n9.2. THE PROVIDER may entrust the processing of Personal Data to "
              "subcontractors without the authorization of THE CLIENT."),
    ("SEC002", "weak",
     PARTIES + "9.1 The Supplier shall process Personal Data only on the Customer's written instructions and in "
               "accordance with Data Protection Law.\n9.2 The Supplier may appoint sub-processors without prior "
               "authorisation, provided that it imposes equivalent obligations on them."),
    # traps: the same words as the prohibition they usually make
    ("SEC002", "pass",
     MEXICO + "9.1. THE PROVIDER shall process Personal Data only on the documented instructions of THE CLIENT and in "
              "compliance with the LFPDPPP.\n9.2. THE PROVIDER shall not subcontract the processing of Personal Data "
              "without the prior written authorisation of THE CLIENT."),
    ("SEC002", "pass",
     PARTIES + "9.1 The Supplier shall process Personal Data only on the Customer's written instructions and in "
               "accordance with Data Protection Law.\n9.2 No sub-processor may be engaged without the prior "
               "authorization of the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SUBPROCESSOR_AUTHORISATION)
def test_subprocessors_without_the_customers_authorisation(code, expected, text):
    assert status_of(code, text) == expected


# A fee table by period of the term whose currency is said once, in the sentence before it ("Fees are in Australian
# dollars"): the period columns hold the prices, as a price column does.
PERIOD_COLUMNS = [
    ("PRC004", "pass",
     DEED + "SCHEDULE 3 - CHARGES\n1. All Charges are in New Zealand dollars, excluding GST:\n"
            "Charge | Unit | Contract Year 1 | Contract Year 2 | Contract Year 3\n"
            "Service Fee | per month | 95,000 | 60,000 | 30,000\n"
            "Enquiry Charge | per Resolved Enquiry | 9.20 | 9.20 | 9.20\n"
            "2. The Service Fee covers the minimum staffing of 12 agents and the hosting of the contact platform."),
    ("OUT002", "pass",
     DEED + "4.3 An Enquiry reopened within 10 Business Days after it was resolved is not a Resolved Enquiry.\n"
            "SCHEDULE 3 - CHARGES\n1. Charges are expressed in Australian dollars:\n"
            "Fee | Basis | FY2027 | FY2028\n"
            "Resolution Fee | per Resolved Enquiry | 6.40 | 6.10"),
    # trap: a forecast of volumes by year under the same sentence prices nothing
    ("PRC004", "not_applicable",
     DEED + "SCHEDULE 3 - VOLUMES\n1. Fees are in Australian dollars and are set out in Schedule 4.\n"
            "Forecast volume | Year 1 | Year 2 | Year 3\n"
            "Resolved Enquiries | 120,000 | 140,000 | 150,000"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PERIOD_COLUMNS)
def test_period_columns_take_the_lead_in_currency(code, expected, text):
    assert status_of(code, text) == expected


# PRC001: "no adjustment ... will be made" because of automation is a negation; a trigger put as its exception is not;
# a share of the savings "with the Trustee" is PRD001's mechanism, not a review of the prices.
NO_ADJUSTMENT = [
    ("PRC001", "missing",
     PARTIES + "7.4 No adjustment to the Charges shall be made merely because the Supplier deploys bots, machine "
               "learning or other automation in the Services."),
    ("PRC001", "missing",
     DEED + "4.4 No review of the Fees will take place by reason of the Administrator's use of robotic process "
            "automation."),
    ("PRC001", "missing",
     DEED + "4.4 The Administrator will share with the Trustee half of the Automation Savings of each year by a credit "
            "against the Fees."),
    # traps: the exception is the trigger
    ("PRC001", "pass",
     PARTIES + "7.4 No adjustment to the Charges shall be made on account of automation unless the Automation Rate "
               "exceeds 35% in a quarter, in which case the parties shall review the Charges within 30 days."),
    ("PRC001", "pass",
     DEED + "4.4 If the proportion of Member Transactions completed by automation exceeds 30% in any quarter, the "
            "Trustee may require a review of the Transaction Fee."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NO_ADJUSTMENT)
def test_no_adjustment_for_automation_is_a_negation(code, expected, text):
    assert status_of(code, text) == expected


# PRC002: a measure defined "for each calendar quarter" lends no review period to a review it triggers; a defined date
# still does.
PERIOD_OF_A_MEASURE = [
    ("PRC002", "missing",
     PARTIES + '1.1 "Straight-Through Rate" means, for each calendar month, the percentage of invoices posted without '
               'manual intervention.\n6.2 If the Straight-Through Rate exceeds 60%, the parties shall review the Unit '
               'Price within 30 days.'),
    ("PRC002", "missing",
     MEXICO + 'FIRST.- DEFINITIONS\n"Automation Rate": for each calendar quarter, the percentage of Claims closed '
              'without an adjuster.\nTHIRD.- CONSIDERATION\n3.6. If the Automation Rate exceeds 35%, THE PARTIES '
              'shall meet to review the Fees.'),
    # trap: a defined review date is a period
    ("PRC002", "pass",
     PARTIES + '1.1 "Review Date" means each anniversary of the Commencement Date.\n6.2 On each Review Date the '
               'parties shall review the Charges against market rates and may increase or reduce them.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), PERIOD_OF_A_MEASURE)
def test_a_measures_period_is_no_review_period(code, expected, text):
    assert status_of(code, text) == expected


# GOV003: the cadence set off by commas after each forum in a list of committees.
COMMA_CADENCE = [
    ("GOV003", "pass",
     MEXICO + "6.1. THE PARTIES shall hold:\n(a) a service review, weekly, with the team leaders of both Parties;\n"
              "(b) a steering committee, quarterly, chaired by the claims director of THE CLIENT."),
    ("GOV003", "pass",
     PARTIES + "8.1 The parties shall hold an operations meeting, monthly, and an executive board, annually, at which "
               "the relationship is reviewed."),
    # trap: one forum so set off is one tier
    ("GOV003", "weak",
     PARTIES + "8.1 The parties shall hold a service review, monthly, to discuss performance and the monthly reports."),
]


@pytest.mark.parametrize(("code", "expected", "text"), COMMA_CADENCE)
def test_cadence_between_commas_after_the_forum(code, expected, text):
    assert status_of(code, text) == expected


# AUD002: the excess named in the condition, the refund of "them" in the main clause.
REIMBURSE_THEM = [
    ("AUD002", "weak",
     PARTIES + "10.3 If an audit shows that the Supplier charged amounts in excess of those due, the Supplier shall "
               "reimburse them within 30 days with interest at 4% per year."),
    # trap: the customer's reimbursement is no remedy
    ("AUD002", "missing",
     PARTIES + "10.3 If an audit shows that the Supplier charged amounts in excess of those due, the Customer shall "
               "reimburse them to the Supplier's auditors."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REIMBURSE_THEM)
def test_reimburse_them_after_an_audit(code, expected, text):
    assert status_of(code, text) == expected


# DAT001: the count "according to the report generated ... from" a system: whose system decides.
ACCORDING_TO_THE_REPORT = [
    ("DAT001", "pass",
     MEXICO + 'FIRST.- DEFINITIONS\n"NEXO": the claims platform owned and administered by THE CLIENT.\n'
              "THIRD.- CONSIDERATION\n3.2. The number of Closed Files for each month shall be the number of files "
              "closed in NEXO, according to the report exported by THE CLIENT from NEXO."),
    # trap: the report comes from the supplier's own tool
    ("DAT001", "weak",
     MEXICO + 'FIRST.- DEFINITIONS\n"NEXO": the workflow tool owned and operated by THE PROVIDER.\n'
              "THIRD.- CONSIDERATION\n3.2. The number of Closed Files for each month shall be the number of files "
              "closed in NEXO, according to the report generated by THE PROVIDER from NEXO."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ACCORDING_TO_THE_REPORT)
def test_count_according_to_a_report_from_a_system(code, expected, text):
    assert status_of(code, text) == expected


# PRC001: a service-level row named a "review" whose remedy is a share of the month's fees reviews no price; the share
# of claims the machine settles, named "Automatic Triage Rate", is an automation trigger.
SERVICE_LEVEL_ROW_AND_AUTOMATIC_RATE = [
    ("PRC001", "missing",
     MEXICO + 'FIRST.- DEFINITIONS\n"Scoring Engine": the machine learning model of THE PROVIDER that scores each '
              'Claim.\nANNEX "A" - SERVICE LEVELS\nA.1. THE PROVIDER shall operate the Scoring Engine and comply '
              "with the following Service Levels:\nService Level | Target | Measurement | Conventional penalty\n"
              "Quality review | 98% of files without error | monthly sample | 3% of the monthly Fees"),
    ("PRC001", "pass",
     MEXICO + "3.7. If the Automatic Settlement Rate exceeds 35% in any calendar quarter, THE PARTIES shall meet "
              "within thirty (30) days to review the Fee per Closed File."),
    # trap: an automatic renewal is no automation
    ("PRC001", "missing",
     PARTIES + "2.2 This Agreement renews automatically for further periods of 12 months, and on each automatic "
               "renewal the parties shall review the Charges if volumes fall by more than 20%."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SERVICE_LEVEL_ROW_AND_AUTOMATIC_RATE)
def test_service_level_rows_and_automatic_rates(code, expected, text):
    assert status_of(code, text) == expected


# GOV003: a meeting only to review the prices is a price review, not a governance tier.
FEE_REVIEW_MEETING = [
    ("GOV003", "missing",
     DEED + "5.1 In each year of the term, within 60 days after 1 April, the parties must meet to review the Fees "
            "against the Administrator's costs and market rates."),
    # traps: a governance meeting that also looks at the prices, and two tiers beside the fee meeting
    ("GOV003", "weak",
     DEED + "7.1 The parties must meet monthly to review performance and the Fees."),
    ("GOV003", "pass",
     DEED + "5.1 Each year the parties must meet to review the Fees.\n7.1 The operations managers must meet monthly "
            "to review the Services, and a steering committee must meet quarterly to review performance."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FEE_REVIEW_MEETING)
def test_a_fee_review_meeting_is_no_governance_tier(code, expected, text):
    assert status_of(code, text) == expected
