"""Drafting found on held-out set 14 (a British Columbia government payroll, pension and benefits shared-services
agreement, an English district council's revenues and benefits contract), each in other wordings than the
contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PROVINCE = ('This Agreement is between His Majesty the King in right of the Province of Manitoba, as represented by '
            'the Minister of Finance (the "Province") and Red River Payroll Services Inc. (the "Service Provider").\n')
COUNCIL = ('This Contract is made between Eastmoor Borough Council (the "Council") and Ashgrove Revenues Limited (the '
           '"Contractor").\n')


# A unit named by the state that makes it billable: "per Assessed Claim", like "per Cleared Application".
ASSESSED_UNIT = [
    ("PRC004", "weak",
     COUNCIL + "Schedule 5 Payment\n3. For each New Claim above the volume band the Council shall pay the Contractor "
               "£16.20 per Assessed Claim."),
    ("PRC004", "pass",
     COUNCIL + "Schedule 5 Payment\n3. The Council shall pay the Contractor £4.10 per Assessed Application, and a "
               "monthly Core Charge of £40,000 which covers the staffing of the benefits team and no other services."),
    ("OUT002", "missing",
     COUNCIL + "Schedule 5 Payment\n3. The Council shall pay the Contractor £4.10 per Assessed Application. A "
               "reconsideration is counted as a further Assessed Application."),
    # the work charged by the month is no per-unit outcome price
    ("PRC004", "not_applicable",
     COUNCIL + "Schedule 5 Payment\n3. The Council shall pay the Contractor £42,000 per month for assessing claims."),
    ("OUT002", "not_applicable",
     COUNCIL + "Schedule 5 Payment\n3. The Council shall pay the Contractor £42,000 per month for assessing claims."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ASSESSED_UNIT)
def test_a_unit_priced_once_assessed(code, expected, text):
    assert status_of(code, text) == expected


# Business rates and non-domestic rates are a property tax, not a price; a description of the processing is no
# review of the charges.
PROPERTY_TAX = [
    ("PRC001", "missing",
     COUNCIL + '"Triage Engine" means the Contractor\'s machine learning software that scores incoming claims.\n'
               "Schedule 6 Data Processing\nDescription | Details\nSubject matter | Billing and recovery of business "
               "rates; assessment of council tax reduction\nNature of the processing | Storage, scoring by the Triage "
               "Engine and assessment"),
    ("PRC001", "missing",
     COUNCIL + "7.1 The Contractor shall use automation to reduce arrears of non-domestic rates and council tax."),
    # the rates charged are a price: a review of them on an automation threshold stays a review
    ("PRC001", "pass",
     COUNCIL + "7.1 If automation routes more than 40% of claims in a quarter, the Council may require a review of the "
               "rates in Schedule 4."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PROPERTY_TAX)
def test_property_tax_rates_are_no_price(code, expected, text):
    assert status_of(code, text) == expected


# A UK payment mechanism: each missed KPI scores Performance Points that become deductions; a time in calendar days
# is a target.
PERFORMANCE_POINTS = [
    ("GOV001", "pass",
     COUNCIL + "Schedule 3 Key Performance Indicators\nKPI | Measure | Target | Performance Points if missed\nKPI 1 | "
               "Average time to process new claims | 20 calendar days | 30\nKPI 2 | Council tax collected in year | "
               "96.5% | 40"),
    ("GOV001", "pass",
     COUNCIL + "Schedule 3 Service Levels\nService Level | Target | Service Points for each failure to meet the "
               "target\nChanges of circumstances processed | 8 calendar days | 10"),
    # points with no target measure nothing
    ("GOV001", "weak",
     COUNCIL + "Schedule 3 Key Performance Indicators\nKPI | Measure | Performance Points if missed\nKPI 1 | "
               "Processing of new claims | 30\nKPI 2 | Collection of council tax | 40"),
    # points that weight a scorecard are no remedy
    ("GOV001", "weak",
     COUNCIL + "Schedule 3 Key Performance Indicators\nThe Contractor shall meet each KPI in the table below.\nKPI | "
               "Measure | Target | Weighting points\nKPI 1 | Average time to process new claims | 20 calendar days | "
               "30"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PERFORMANCE_POINTS)
def test_performance_points_are_a_remedy(code, expected, text):
    assert status_of(code, text) == expected


# A schedule states a fee cut in the present tense: "the Fee is reduced by the Automation Dividend" binds as "shall be
# reduced by" does; a share of savings is PRD001's mechanism, not PRC001's price review.
FEE_CUT = [
    ("PRD001", "pass",
     PROVINCE + "Schedule D Automation\n3. From the month after the eligibility engine goes live, the Monthly "
                "Administration Fee is reduced by the Automation Dividend, calculated as 40% x (Baseline Hours - "
                "Actual Hours) x $58.00."),
    ("PRD001", "pass",
     COUNCIL + "Schedule 4 Payment Mechanism\n5. Each quarter the Annual Service Charge is reduced by the Efficiency "
               "Dividend, being 50% of the Net Automation Savings for that quarter."),
    # a condition, and a recital of an expectation, bind nobody
    ("PRD001", "missing",
     PROVINCE + "Schedule D Automation\n3. If the Monthly Administration Fee is reduced by the Province under clause "
                "9, the Service Provider may report the reduction to the Service Management Board."),
    ("PRD001", "missing",
     PROVINCE + "Background\nC. The Province expects that the Fees are reduced by automation savings over time."),
    # the dividend is no price review, even when it starts at go-live
    ("PRC001", "missing",
     PROVINCE + "Schedule D Automation\n3. From the month after the eligibility engine goes live, the Monthly "
                "Administration Fee is reduced by the Automation Dividend, calculated as 40% x (Baseline Hours - "
                "Actual Hours) x $58.00."),
    ("PRC001", "missing",
     COUNCIL + "Schedule 4 Payment Mechanism\n5. Where automation is deployed, the Charges shall be reduced by the "
               "Council's share of savings, being 50% of the Net Automation Savings."),
    # a review of the prices beside the dividend is still a review
    ("PRC001", "pass",
     COUNCIL + "Schedule 4 Payment Mechanism\n5. If the Automation Rate exceeds 30% in any quarter, the parties shall "
               "review the Charges and the Efficiency Dividend within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FEE_CUT)
def test_a_fee_cut_stated_in_the_present_tense(code, expected, text):
    assert status_of(code, text) == expected


# Payroll's "pay" is a noun: a "Completed Pay Run" measured by a service level on the "pay date" is not billed.
PAYROLL_PAY = [
    ("OUT001", "missing",
     PROVINCE + '1.1 "Completed Pay Run" means a pay run for which net pay has been deposited to every employee\'s '
                "account on the pay date and the run has been closed in the Province's payroll system.\n"
                "4.1 The Province will pay $3.90 per Pay Statement.\n"
                "Schedule C Service Levels\nService Level | Target\nCompleted Pay Runs by the scheduled pay date | "
                "100%"),
    ("OUT001", "missing",
     PROVINCE + '1.1 "Completed Pay Run" means a pay run for which net pay has been deposited to every employee\'s '
                "account on the pay date and the run has been closed in the Province's payroll system.\n"
                "4.1 The Province will pay $3.90 per Pay Statement.\n"
                "7.1 The Service Provider must deliver each Completed Pay Run for each pay period by the pay date."),
    # the unit the Province pays for is the billable outcome
    ("OUT001", "pass",
     PROVINCE + '1.1 "Completed Pay Run" means a pay run for which net pay has been deposited to every employee\'s '
                "account on the pay date and the run has been closed in the Province's payroll system.\n"
                "4.1 The Province will pay $1,900 for each Completed Pay Run."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PAYROLL_PAY)
def test_payroll_pay_is_no_charge(code, expected, text):
    assert status_of(code, text) == expected


# A detail of an earlier coordinated duty left "to be agreed" does not defer what a later predication of the sentence
# grants: "must return ... in a format to be agreed at the time, and must then securely destroy all copies" agrees
# the destruction. A deferral in the predication itself, or "in good faith" / "negotiate", still governs.
DETAIL_DEFERRED = [
    ("AUD001", "pass",
     PROVINCE + "5.1 The Service Provider must keep records of the Fees in a form to be agreed by the parties, and the "
                "Province may audit those records at any time on 10 Business Days' notice."),
    ("EXT002", "pass",
     PROVINCE + "12.1 The Service Provider must deliver an exit plan in a form to be agreed, and must continue to "
                "provide the Services for up to 12 months after expiry and co-operate with any replacement provider."),
    # the deferral in the predication itself
    ("AUD001", "missing",
     PROVINCE + "5.1 The Province may audit the records of the Fees at times to be agreed by the parties."),
    ("EXT002", "weak",
     PROVINCE + "12.1 The Service Provider must continue to provide the Services after expiry for a period to be "
                "agreed."),
    # a negotiation governs what follows it
    ("PRD001", "weak",
     PROVINCE + "6.1 The parties will negotiate in good faith, and the Service Provider will share with the Province "
                "50% of the savings from automation."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DETAIL_DEFERRED)
def test_a_detail_left_to_be_agreed_defers_only_its_own_duty(code, expected, text):
    assert status_of(code, text) == expected


# Among weak definitions the priced unit's is the evidence: not another defined term that sits near a charging word.
def test_the_priced_unit_is_the_weak_outcome_evidence():
    from tests.engine.snippets import result_of

    text = (COUNCIL + '1.1 "Cleared Return" means a tax return which the Contractor has processed to completion in '
            "accordance with the Contractor's procedures.\n"
            '1.2 "Claim Scanner" means the Contractor\'s software which scores incoming claims.\n'
            "5.4 The introduction of the Claim Scanner shall not of itself entitle either party to any change to the "
            "Charges.\n"
            "Schedule 4 Payment\n3. The Council shall pay the Contractor £4.60 per Cleared Return.")
    result = result_of("OUT001", text)
    assert result.status.value == "weak"
    assert result.evidence[0].quote.startswith('"Cleared Return" means')


# The particulars of processing in a data processing annex ("Nature and purposes of the processing | ... scoring by the
# Triage Engine, disclosure to HMRC") describe what is done to personal data: no notice of automation.
PROCESSING_PARTICULARS = [
    ("PRD002", "missing",
     COUNCIL + '1.1 "Triage Engine" means the Contractor\'s machine learning software which scores incoming New Claims '
               "and routes them.\n10.2 The Contractor shall process Personal Data only on the Council's documented "
               "instructions set out in Schedule 5.\nSchedule 5 Data Processing\nDescription | Details\nNature and "
               "purposes of the processing | Collection, storage, scoring by the Triage Engine, disclosure to HMRC as "
               "required by law, and destruction"),
    # a real notice and report beside the same table
    ("PRD002", "pass",
     COUNCIL + '1.1 "Triage Engine" means the Contractor\'s machine learning software which scores incoming New Claims '
               "and routes them.\n7.1 The Contractor shall notify the Council at least 30 days before it deploys any "
               "new automation in the Services, and shall report to the Council each month the proportion of claims "
               "routed by the Triage Engine without manual review.\nSchedule 5 Data Processing\nDescription | Details\n"
               "Nature and purposes of the processing | Collection, storage, scoring by the Triage Engine, disclosure "
               "to HMRC as required by law, and destruction"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PROCESSING_PARTICULARS)
def test_the_particulars_of_processing_are_no_automation_notice(code, expected, text):
    assert status_of(code, text) == expected


# A second ground after ", or" follows the verb it shares: before the modal, ", or on service of notice of termination"
# goes on with the opening time phrase of an exit term and grants no convenience exit.
BANK = 'This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd (the "Supplier").\n'
OPENING_TIME_PHRASE = [
    ("EXT001", "weak",
     BANK + "20.1 The Customer may terminate this Agreement if the Supplier commits a material breach.\n"
            "Schedule 7 Exit\n2. On expiry or termination of this Agreement, or on service of notice of termination, "
            "the Supplier shall continue to provide the Services for up to nine months."),
    # after the verb it is a second ground of its own
    ("EXT001", "pass",
     BANK + "20.1 The Customer may terminate this Agreement at any time on 90 days' notice, and immediately by notice "
            "if the Supplier commits a material breach."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OPENING_TIME_PHRASE)
def test_a_second_ground_follows_its_verb(code, expected, text):
    assert status_of(code, text) == expected
