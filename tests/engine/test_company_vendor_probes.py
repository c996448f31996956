"""Drafting found by a fourth round of probes (US services agreements between "Company" and "Vendor", and
others), read before any fix: a unit named billable by its defined term, work done "without human touch", a
fee cut by a share of "the resulting reduction"; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import result_of, status_of

PARTIES_C = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
             '(the "Supplier").\n')
COMPANY_VENDOR = ('This Services Agreement is entered into by Acme Health, Inc. ("Company") and Northstar BPO LLC '
                  '("Vendor").\n')

BILLABLE_UNIT = [
    ("PRC004", "pass",
     "4.4 Fees. Company shall pay (a) $4.25 per Billable Claim and (b) a monthly platform fee of $12,000, which "
     "covers the minimum staffing of ten (10) FTE processors."),
    ("PRC004", "weak", "4.4 Fees. Company shall pay $14.75 for each Billable Transaction."),
    ("OUT002", "pass",
     "4.3 A Billable Claim that is reopened within thirty (30) days after its adjudication shall not be billed "
     "again.\n4.4 Fees. Company shall pay $4.25 per Billable Claim."),
    ("OUT001", "weak",
     '"Billable Claim" means a Claim processed by Vendor in accordance with Vendor\'s standard operating procedures.\n'
     "4.4 Fees. Company shall pay $4.25 per Billable Claim."),
    # billable time or heads are no outcome
    ("PRC004", "not_applicable", "4.4 Fees. Company shall pay $48.00 per Billable Hour."),
    ("OUT002", "not_applicable", "4.4 Fees. Company shall pay $310 for each Billable FTE Day."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BILLABLE_UNIT)
def test_a_unit_named_billable_is_an_outcome_price(code, expected, text):
    assert status_of(code, COMPANY_VENDOR + text) == expected


NO_HUMAN_TOUCH = [
    ("PRC001", "pass",
     "7.1 If the proportion of Claims adjudicated without human touch exceeds thirty-five percent (35%) in any "
     "calendar quarter, the parties shall review the per-Claim fee within thirty (30) days."),
    ("PRC001", "pass",
     "7.1 Where more than 40% of invoices are posted without any human involvement in a month, Company may require a "
     "review of the unit price per invoice."),
    # a triggered renegotiation whose result is open stays weak, as before
    ("PRC001", "weak",
     "7.1 If the proportion of Claims adjudicated without human touch exceeds thirty-five percent (35%) in any "
     "calendar quarter, the parties shall renegotiate the per-Claim fee in good faith."),
    # the share reported, or the review tied to nothing the machine does
    ("PRC001", "missing",
     "7.1 Vendor shall report monthly the proportion of Claims adjudicated without human touch."),
    ("PRC001", "missing",
     "7.1 If the proportion of Claims pended for a human touch exceeds thirty-five percent (35%), Vendor shall "
     "prepare a remediation plan."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NO_HUMAN_TOUCH)
def test_work_done_without_human_touch_is_automation(code, expected, text):
    assert status_of(code, COMPANY_VENDOR + text) == expected


SHARE_OF_THE_RESULTING_REDUCTION = [
    ("PRD001", "pass",
     "6.1 Efficiency Dividend. Where Vendor's deployment of automation reduces the average handling time per Claim "
     "below the Baseline, the per-Claim fee shall be reduced by fifty percent (50%) of the resulting percentage "
     "reduction."),
    ("PRD001", "pass",
     "6.1 If the use of bots lowers the hours needed per invoice, Vendor shall credit Company with one half of the "
     "corresponding reduction each quarter."),
    # reported, discussed or refused
    ("PRD001", "missing",
     "6.1 Where automation reduces handling time, Vendor shall report the resulting reduction to Company."),
    ("PRD001", "weak",
     "6.1 Where automation reduces handling time, the parties may discuss whether the fee should be reduced by a "
     "share of the resulting reduction."),
    ("PRD001", "missing",
     "6.1 Where automation reduces handling time, Vendor shall not be required to reduce the fee by any part of "
     "the resulting reduction."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SHARE_OF_THE_RESULTING_REDUCTION)
def test_a_fee_cut_by_a_share_of_the_resulting_reduction(code, expected, text):
    assert status_of(code, COMPANY_VENDOR + text) == expected


BUYER_SUPPLIER = ('This Contract is between the Secretary of State for Work and Pensions (the "Buyer") and Meridian '
                  'Operations Ltd (the "Supplier").\n')

AUDITOR_APPROVED_BY_THE_SUPPLIER = [
    ("AUD001", "weak",
     "6.1 The Buyer may appoint an auditor, approved in advance by the Supplier, to inspect the Supplier's records "
     "relating to the Charges and the Performance Indicators once in each Contract Year."),
    ("AUD001", "weak",
     "6.1 The Buyer may have the Supplier's records relating to the Charges and the Performance Indicators inspected "
     "by an auditor pre-approved by the Supplier."),
    # the Buyer's own choice, and an approval of something else
    ("AUD001", "pass",
     "6.1 The Buyer may appoint an auditor to inspect the Supplier's records relating to the Charges and the "
     "Performance Indicators once in each Contract Year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDITOR_APPROVED_BY_THE_SUPPLIER)
def test_an_auditor_the_supplier_approves(code, expected, text):
    assert status_of(code, BUYER_SUPPLIER + text) == expected


A_MONTHLY_CHARGE_BESIDE_THE_UNIT_PRICE = [
    ("PRC004", "weak",
     "8.1 The Buyer will pay £6.40 for each Completed Case and a Core Service Charge of £40,000 per month."),
    ("PRC004", "pass",
     "8.1 The Buyer will pay £6.40 for each Completed Case and a Core Service Charge of £40,000 per month, which "
     "covers the minimum staffing of 12 case officers."),
    # a cap is no fee
    ("PRC004", "pass",
     "8.1 The Buyer will pay £6.40 for each Completed Case, subject to a cap on the total charge of £90,000 per "
     "month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), A_MONTHLY_CHARGE_BESIDE_THE_UNIT_PRICE)
def test_a_charge_of_a_sum_each_month_is_a_baseline_fee(code, expected, text):
    assert status_of(code, BUYER_SUPPLIER + text) == expected


KPI_TABLE = "Schedule 3 (Performance Levels)\nKPI | Measure | Target | Service Credit\n"
CUSTOMER_NAMED_AS_OWNER_IN_A_ROW = [
    ("GOV002", "pass",
     KPI_TABLE + "KPI 3 | Customer satisfaction, measured by the Buyer's monthly GOV.UK survey | at least 80% "
     "satisfied or very satisfied | 1% of monthly Charges"),
    ("GOV002", "pass",
     KPI_TABLE + "KPI 3 | Claimant satisfaction, as reported to the Buyer from the exit survey | 85% | 1% of monthly "
     "Charges"),
    # the customer acting in the row: its own duty
    ("GOV002", "missing",
     KPI_TABLE + "KPI 3 | Customer satisfaction | Buyer to survey claimants and aim for 80% | -"),
]


@pytest.mark.parametrize(("code", "expected", "text"), CUSTOMER_NAMED_AS_OWNER_IN_A_ROW)
def test_a_row_naming_the_customer_only_as_owner_binds_the_supplier(code, expected, text):
    assert status_of(code, BUYER_SUPPLIER + text) == expected


SPLIT_OF_THE_CHARGES_BY_PERIOD = [
    ("PRC003", "pass",
     "Schedule 5 (Charges), Part C - Transition of the Charging Mechanism\nPeriod | Resource-based Charges | "
     "Outcome-based Charges\nMonths 1-6 | 100% | 0%\nMonths 7-18 | 60% | 40%\nMonths 19-36 | 20% | 80%"),
    ("PRC003", "pass",
     "Schedule 5 (Charges), Part C\nPeriod | Outcome-based Charges | Resource-based Charges\nMonths 1-6 | 0% | 100%\n"
     "Months 7-18 | 50% | 50%\nMonths 19-36 | 90% | 10%"),
    # one share per row is a discount or a cap as often
    ("PRC003", "missing",
     "Schedule 5 (Charges), Part C - Volume discounts\nPeriod | Discount on Resource-based Charges\nMonths 1-6 | 0%\n"
     "Months 7-18 | 2%"),
    ("PRC003", "missing",
     "Schedule 3 - Service Credits\nPeriod | Service Credit cap | Bonus\nMonths 1-3 | 10% | 0%\n"
     "Months 4-36 | 12% | 0%"),
]


@pytest.mark.parametrize(("code", "expected", "text"), SPLIT_OF_THE_CHARGES_BY_PERIOD)
def test_a_table_splitting_the_charges_between_two_bases_by_period(code, expected, text):
    assert status_of(code, BUYER_SUPPLIER + text) == expected


BOARDS_IN_SIBLING_PARAGRAPHS = [
    ("GOV003", "pass",
     "Schedule 7 (Governance)\n1. The Operational Board meets monthly.\n2. The Commercial Board meets quarterly.\n"
     "3. The Strategic Board meets every six months.\n4. The Supplier must attend each Board with its nominated "
     "representatives."),
    # one board only
    ("GOV003", "weak",
     "Schedule 7 (Governance)\n1. The Operational Board meets monthly.\n2. The Supplier must attend each Board with "
     "its nominated representatives."),
    # boards described, no one bound to attend or hold them
    ("GOV003", "missing",
     "Schedule 7 (Governance)\n1. The Operational Board meets monthly.\n2. The Commercial Board meets quarterly.\n"
     "3. The Strategic Board meets every six months."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BOARDS_IN_SIBLING_PARAGRAPHS)
def test_attendance_at_each_board_with_the_cadences_beside_it(code, expected, text):
    assert status_of(code, BUYER_SUPPLIER + text) == expected


WE_YOU = ('These terms are between Contoso Services Ltd ("we", "us") and the customer named in the Order Form '
          '("you").\n')
PER_RESOLUTION = "5.1 You pay USD 4.99 per Resolution.\n"

EXPORT_OF_THE_FULL_RECORDS = [
    ("DAT001", "pass",
     "5.3 We count Resolutions in our platform. You can export the full conversation-level log behind the count at "
     "any time through the API, without restriction."),
    ("DAT001", "pass",
     "5.3 We count Resolutions in our platform. You may download the complete ticket-level data behind each invoice "
     "at any time."),
    # a summary, or the full records only on request - in the sentence that gives them, whatever its order
    ("DAT001", "weak",
     "5.3 We count Resolutions in our platform. You can export a summary of the count from your dashboard."),
    ("DAT001", "weak",
     "5.3 We count Resolutions in our platform. On request we will export the raw conversation data."),
    ("DAT001", "weak",
     "5.3 We count Resolutions in our platform. We will export the full conversation-level log behind the count on "
     "request."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EXPORT_OF_THE_FULL_RECORDS)
def test_self_service_export_of_the_full_records_behind_the_count(code, expected, text):
    assert status_of(code, WE_YOU + PER_RESOLUTION + text) == expected


PLAIN_DENIAL_BEFORE_A_MODAL_HALF = [
    ("EXT002", "missing",
     "12.5 We don't provide transition or migration services when these Terms end, but our partners may be able to "
     "help you for a fee."),
    ("EXT003", "missing",
     "12.4 We do not return your data after termination, but our partners may help you migrate it for a fee."),
    # the plain first half that grants, and a modal second half
    ("EXT002", "pass",
     "12.5 We provide transition services for 3 months after these Terms end, and you may ask us to extend that "
     "period."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PLAIN_DENIAL_BEFORE_A_MODAL_HALF)
def test_a_plain_denial_is_not_governed_by_the_modal_after_but(code, expected, text):
    assert status_of(code, WE_YOU + text) == expected


COMPANY_SERVICE_PROVIDER = ('This Master Services Agreement is executed between Bharat Life Insurance Company Limited '
                            '(the "Company") and Sahyadri Process Services Private Limited (the "Service Provider").\n')
INDIAN_MSA = [
    # audits counted in financial or fiscal years
    ("AUD001", "weak",
     "15.1 The Company may, not more than once in every two (2) financial years, inspect the books and records of "
     "the Service Provider pertaining to the Fees and the Processed Policies."),
    ("AUD001", "pass",
     "15.1 The Company may, once in each financial year, inspect the books and records of the Service Provider "
     "pertaining to the Fees and the Processed Policies."),
    # an excess found on audit, refunded many words later
    ("AUD002", "pass",
     "15.3 Any excess amount found on audit to have been billed by the Service Provider shall be refunded to the "
     "Company within fifteen (15) days together with interest at twelve percent (12%) per annum; provided that where "
     "the excess exceeds five percent (5%) of the Fees for the audited period, the Service Provider shall also bear "
     "the cost of such audit."),
    ("AUD002", "missing",
     "15.3 Any excess amount found on audit to have been billed by the Service Provider shall be adjusted only if the "
     "Service Provider so agrees in writing."),
    # a committed productivity improvement that the bill follows
    ("PRD001", "pass",
     "9.6 The Service Provider shall deliver a productivity improvement of five percent (5%) per annum from the "
     "second Contract Year, and the FTE count billed to the Company shall be reduced accordingly."),
    ("PRD001", "missing",
     "9.6 The Service Provider shall deliver a productivity improvement of five percent (5%) per annum from the "
     "second Contract Year."),
    ("PRD001", "missing",
     "9.6 The Service Provider shall deliver a productivity improvement of five percent (5%) per annum, but the FTE "
     "count billed to the Company shall not be reduced."),
    # a policy document generated in the customer's system and despatched without discrepancy
    ("OUT001", "pass",
     '1.1(r) "Processed Policy" shall mean a policy proposal for which the policy document has been generated in the '
     "Company's Policy Administration System and which has been despatched to the proposer without any discrepancy.\n"
     "9.1 The Company shall pay the Service Provider INR 310 per Processed Policy."),
    ("OUT001", "weak",
     '1.1(r) "Processed Policy" shall mean a policy proposal despatched by the Service Provider.\n'
     "9.1 The Company shall pay the Service Provider INR 310 per Processed Policy."),
    # counts "as per" the reports of a named system: whose system decides
    ("DAT001", "pass",
     "9.1 The Company shall pay the Service Provider INR 310 per Processed Policy.\n9.2 The number of Processed "
     "Policies for each month shall be as per the reports generated from the Company's Policy Administration System."),
    ("DAT001", "weak",
     "9.1 The Company shall pay the Service Provider INR 310 per Processed Policy.\n9.2 The number of Processed "
     "Policies for each month shall be as per the reports generated from the Service Provider's workflow system."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INDIAN_MSA)
def test_indian_msa_drafting(code, expected, text):
    assert status_of(code, COMPANY_SERVICE_PROVIDER + text) == expected


STATE_CONTRACTOR = ('This Deed is made between the State of Victoria acting through the Department of Health (the '
                    '"State") and Southbank Processing Pty Ltd (the "Contractor").\n')
FINALISED_CLAIM_PRICE = "7.1 The State must pay the Contractor $6.80 (excluding GST) for each Finalised Claim.\n"
AUSTRALIAN_STATE_DEED = [
    # the data deleted after the disengagement period ends
    ("EXT003", "pass",
     "19.2 Within 10 Business Days after the end of the Disengagement Period, the Contractor must deliver to the "
     "State all State Data in its possession in a machine-readable format specified by the State, and then destroy "
     "all remaining copies and give the State a statutory declaration confirming the destruction."),
    ("EXT003", "weak",
     "19.2 Within 10 Business Days after the end of the Disengagement Period, the Contractor must deliver to the "
     "State all State Data in its possession in a machine-readable format specified by the State."),
    # reviews in a governance table's first cells
    ("GOV003", "pass",
     "Schedule 4 - Governance\nMeeting | Attendees | Frequency\nService Delivery Meeting | Contract managers | "
     "Fortnightly\nPerformance Review | Directors | Quarterly\nStrategic Review | Executives | Annually\nThe "
     "Contractor must ensure its nominated attendees attend every meeting listed above."),
    ("GOV003", "weak",
     "Schedule 4 - Governance\nMeeting | Attendees | Frequency\nService Delivery Meeting | Contract managers | "
     "Fortnightly\nPrice Review | Commercial leads | Annually\nThe Contractor must ensure its nominated attendees "
     "attend every meeting listed above."),
    # a review that may move the fees either way; an index either way is still an index
    ("PRC002", "pass",
     "7.4 The State and the Contractor must review the Fees on each anniversary of the Commencement Date, and the "
     "Fees may be increased or decreased as a result of that review."),
    ("PRC002", "weak", "7.4 On each anniversary of the Commencement Date the Fees will be increased by CPI."),
    ("PRC002", "weak",
     "7.4 On each anniversary the Fees will be increased or decreased by the percentage change in CPI."),
    # the count defined as the number a record holds: whose record decides
    ("DAT001", "weak",
     FINALISED_CLAIM_PRICE + "7.3 The number of Finalised Claims in a month is the number recorded in the "
     "Contractor's monthly report, unless the State disputes it."),
    ("DAT001", "pass",
     FINALISED_CLAIM_PRICE + "7.3 The number of Finalised Claims in a month is the number recorded in the State's "
     "claims management system."),
    ("DAT001", "missing",
     FINALISED_CLAIM_PRICE + "7.3 The number of complaints in a month is the number recorded in the Contractor's "
     "complaints log."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUSTRALIAN_STATE_DEED)
def test_australian_state_deed_drafting(code, expected, text):
    assert status_of(code, STATE_CONTRACTOR + text) == expected


def test_one_reason_is_given_once_when_two_qualifiers_carry_it():
    check = result_of("PRC002", STATE_CONTRACTOR + "7.4 On each anniversary of the Commencement Date the Fees will be "
                      "increased by CPI.")
    assert check.message.count("the only periodic mechanism is indexation or an increase") == 1


CAPS_LABELS = ('THIS MASTER SERVICES AGREEMENT is made by and between Lakeshore Mutual Insurance Company ("LAKESHORE") '
               'and Orion Business Solutions, Inc. ("ORION").\nSection 2.1 ORION shall provide the Services to '
               'LAKESHORE in accordance with this Agreement.\n')
COMPLETED_CLAIM_PRICE = "Section 5.1 Fees. LAKESHORE shall pay ORION $7.25 for each Completed Claim.\n"
US_MSA_WITH_SHORT_NAMES = [
    # the parties by their own short names, placed by what the body says they do
    ("AUD001", "pass",
     "Section 9.1 Records; Audit. ORION shall maintain complete and accurate records relating to the Services and "
     "all amounts invoiced hereunder, including the number of Completed Claims. Upon reasonable prior notice, "
     "LAKESHORE or its designated representatives shall have the right to audit such records."),
    ("AUD001", "missing",
     "Section 9.1 Records; Audit. LAKESHORE shall maintain complete and accurate records relating to its use of the "
     "ORION Platform. Upon reasonable prior notice, ORION or its designated representatives shall have the right to "
     "audit such records."),
    ("EXT002", "pass",
     "Section 12.5 Transition Services. Upon any expiration or termination of this Agreement, and at LAKESHORE's "
     "request, ORION shall continue to provide the Services, and shall provide such disentanglement assistance as "
     "LAKESHORE may reasonably request, for up to nine (9) months."),
    # a perpetual licence in the sentence itself outweighs the supplier's ownership said before it
    ("EXT004", "pass",
     "Section 10.2 ORION Tools. ORION owns the ORION Tools. Upon expiration or termination of this Agreement, ORION "
     "shall grant LAKESHORE a perpetual, fully paid-up license to use the ORION Tools, including all robotic process "
     "automation scripts and workflows configured for LAKESHORE."),
    ("EXT004", "weak",
     "Section 10.2 ORION Tools. ORION owns the ORION Tools, including all robotic process automation scripts and "
     "workflows, and no license is granted to LAKESHORE except for use during the Term."),
    # a US regulator's name for a breach
    ("SEC001", "pass",
     "Section 11.1 ORION shall maintain an information security program that complies with the NYDFS Cybersecurity "
     "Regulation (23 NYCRR 500) and is audited annually against SOC 2 Type II, and shall notify LAKESHORE in writing "
     "of any Cybersecurity Event affecting LAKESHORE Data within seventy-two (72) hours."),
    ("SEC001", "weak",
     "Section 11.1 ORION shall maintain SOC 2 Type II and shall notify LAKESHORE promptly of any Cybersecurity "
     "Event."),
    # the count taken from the customer's own data
    ("DAT001", "pass",
     COMPLETED_CLAIM_PRICE + "Section 5.2 Completed Claims shall be determined exclusively by reference to "
     "LAKESHORE's Guidewire ClaimCenter production data."),
    ("DAT001", "weak",
     COMPLETED_CLAIM_PRICE + "Section 5.2 Completed Claims shall be determined exclusively by reference to ORION's "
     "production data."),
]


@pytest.mark.parametrize(("code", "expected", "text"), US_MSA_WITH_SHORT_NAMES)
def test_us_msa_with_the_parties_short_names(code, expected, text):
    assert status_of(code, CAPS_LABELS + text) == expected


KPI_SCHEDULE = "Schedule 2 - Key Performance Indicators\n"
ENTRIES_OF_A_SCHEDULE_LIST = [
    # verbless entries of a schedule's list read as the rows of its table
    ("GOV001", "pass",
     KPI_SCHEDULE + "Item 1: Claims processed within 10 Business Days - target 95% - abatement 2% of the monthly Fee "
     "for each percentage point below target.\nItem 2: Processing accuracy - target 98% - abatement 3% of the monthly "
     "Fee if not met."),
    ("GOV001", "pass",
     KPI_SCHEDULE + "1. Timeliness: 95% of claims processed within 10 Business Days (abatement: 2% of the monthly Fee "
     "for each percentage point below target).\n2. Accuracy: 98% of claims processed without error (abatement: 3% of "
     "the monthly Fee)."),
    ("GOV001", "weak",
     KPI_SCHEDULE + "Item 1: Claims processed within 10 Business Days - target 95%.\nItem 2: Processing accuracy - "
     "target 98%."),
    # entries that withhold it, a list outside the operative documents, a sentence with its party as subject
    ("GOV001", "missing",
     KPI_SCHEDULE + "Item 1: Claims processed within 10 Business Days - no target - no abatement."),
    ("GOV001", "missing",
     "Key Performance Indicators (illustrative)\nItem 1: Claims processed within 10 Business Days - target 95% - "
     "abatement 2% of the monthly Fee."),
    ("GOV003", "pass",
     "Schedule 8 - Governance\nOperational Review: weekly, between the Service Delivery Managers.\nTactical Review: "
     "monthly, between the Account Directors.\nStrategic Relationship Review: annually, between the Chief Operating "
     "Officers."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ENTRIES_OF_A_SCHEDULE_LIST)
def test_entries_of_a_schedule_list_are_its_terms(code, expected, text):
    assert status_of(code, STATE_CONTRACTOR + text) == expected


NO_CHARGE_MADE_PER_OUTCOME = [
    ("PRC004", "not_applicable",
     "4.1 The Customer shall pay the monthly FTE Charges in Schedule 3. No charge is made per Resolution."),
    ("OUT002", "not_applicable",
     "4.1 The Customer shall pay the monthly FTE Charges in Schedule 3. No charge shall be made per Resolution."),
    # a price per outcome beside no charge for repeats
    ("PRC004", "pass", "4.1 The Customer shall pay USD 6 per Resolution. No charge is made per Repeat Contact."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NO_CHARGE_MADE_PER_OUTCOME)
def test_no_charge_made_per_outcome_is_no_outcome_price(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected


ALL_CHARGES_BECOME_OUTCOME_CHARGES = [
    ("PRC003", "pass",
     "5.4 Transition to Outcome Pricing. In Contract Year 1 the Charges comprise the FTE Charge only. In Contract Year "
     "2, 50% of the Charges shall be payable as Outcome Charges per Resolved Case and 50% as the FTE Charge. From "
     "Contract Year 3, all Charges shall be Outcome Charges."),
    ("PRC003", "pass",
     "5.4 In Contract Year 1 the Charges are the FTE Charge. From Contract Year 2, the Charges shall be Outcome "
     "Charges."),
    # outcome charges from the start, a discussion, a later date for something else
    ("PRC003", "missing", "5.4 All Charges shall be Outcome Charges throughout the Term."),
    ("PRC003", "missing",
     "5.4 The parties may discuss whether all Charges shall be Outcome Charges from Contract Year 3."),
    ("PRC003", "missing", "5.4 From Contract Year 2, the Charges shall be payable monthly in arrears."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ALL_CHARGES_BECOME_OUTCOME_CHARGES)
def test_all_charges_becoming_outcome_charges_from_a_later_year(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected


GRANTS = [
    # a grant made by the words themselves, as "shall give" makes one
    ("AUD001", "pass",
     "11.1 The Supplier hereby grants the Customer the right to audit its records relating to the Charges once a "
     "year."),
    ("AUD001", "pass",
     "11.1 The Supplier grants the Customer the right to audit its records relating to the Charges once a year."),
    ("AUD001", "pass",
     "11.1 The Customer is granted the right to audit the Supplier's records relating to the Charges once a year."),
    # the customer granting the supplier, or a grant of nothing
    ("AUD001", "missing",
     "11.1 The Customer hereby grants the Supplier the right to audit the Customer's records relating to the Charges "
     "once a year."),
    ("AUD001", "missing", "11.1 The Supplier grants the Customer no right to audit its records."),
    # a general authorisation approves no sub-processor in particular
    ("SEC002", "weak",
     "17.1 The Supplier shall process Personal Data only on the documented instructions of the Customer and in "
     "accordance with the GDPR.\n17.2 The Customer hereby grants the Supplier a general written authorisation to "
     "engage sub-processors."),
    ("SEC002", "pass",
     "17.1 The Supplier shall process Personal Data only on the documented instructions of the Customer and in "
     "accordance with the GDPR.\n17.2 The Customer hereby grants the Supplier a general written authorisation to "
     "engage sub-processors. The Supplier shall inform the Customer of any intended addition or replacement of other "
     "processors at least 30 days in advance, and the Customer may object to the change."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GRANTS)
def test_a_grant_in_the_present_tense(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected


CLIENT_CONTRACTOR = ('This Outsourcing Agreement is made between Hanseatic Versicherung AG (the "Client") and Baltic '
                     'Process Services GmbH (the "Contractor").\n')
COMPLETED_CLAIM_CASE = ('§ 1 Definitions\n"Completed Claim Case" means a claim case which has been closed in the '
                        "Client's claims system with a settlement decision and has not been reopened within 30 days.\n")
GERMAN_OUTSOURCING_AGREEMENT = [
    ("AUD001", "pass",
     "§ 11 Audit and Information Rights\n(1) The Contractor grants the Client, its auditors and BaFin unrestricted "
     "information, inspection and audit rights with regard to the outsourced processes, including the data from "
     "which the remuneration is calculated."),
    # audit rights over something else than the records behind the charges
    ("AUD001", "missing",
     "§ 11 Audit and Information Rights\n(1) The Contractor grants the Client, its auditors and BaFin unrestricted "
     "information, inspection and audit rights with regard to the Contractor's security measures."),
    # the supplier receiving a sum for each unit is its price
    ("OUT001", "pass",
     COMPLETED_CLAIM_CASE + "§ 7 Remuneration\n(1) The Contractor receives EUR 4.80 for each Completed Claim Case."),
    ("PRC004", "pass",
     COMPLETED_CLAIM_CASE + "§ 7 Remuneration\n(1) The Contractor receives EUR 4.80 for each Completed Claim Case."),
    ("PRC004", "not_applicable",
     "§ 8 Service Credits\n(1) The Client receives a credit of EUR 4.80 for each Late Claim Case."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GERMAN_OUTSOURCING_AGREEMENT)
def test_german_outsourcing_agreement_drafting(code, expected, text):
    assert status_of(code, CLIENT_CONTRACTOR + text) == expected


A_DEADLINE_IS_NO_ASSISTANCE_PERIOD = [
    # the time to agree or deliver the exit plan says nothing of how long the help lasts
    ("EXT002", "weak",
     "21.1 On expiry or termination the Supplier shall provide the Customer with such exit assistance as is set out in "
     "the Exit Plan, which the parties shall agree within 6 months of the Effective Date."),
    ("EXT002", "pass",
     "21.1 On expiry or termination the Supplier shall, for up to six (6) months, continue to provide the Services and "
     "provide exit assistance in accordance with an exit plan to be delivered within sixty (60) days of the "
     "Commencement Date."),
    ("EXT002", "pass",
     "21.1 On expiry or termination the Supplier shall provide the exit assistance set out in the Exit Plan for a "
     "period of 6 months after the termination date."),
]


@pytest.mark.parametrize(("code", "expected", "text"), A_DEADLINE_IS_NO_ASSISTANCE_PERIOD)
def test_a_deadline_for_the_exit_plan_is_no_assistance_period(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected


A_SHARE_PAID_TO_ITS_PARTY = [
    # the customer's share paid: the customer is paid, not the one who pays
    ("PRD001", "pass",
     "Schedule 2 - Charges, Part D (Gainshare)\nSavings | Customer share | Supplier share\nNet Automation Savings in "
     "each Contract Year | 50% | 50%\nThe Customer's share shall be paid by way of a credit against the Charges within "
     "30 days after the end of each Contract Year."),
    ("PRD001", "pass",
     "9.1 The Customer's share of the Net Automation Savings shall be paid by way of a credit against the Charges each "
     "quarter, being 50% of those Savings."),
    # the supplier's share, paid to it or kept by it
    ("PRD001", "missing",
     "9.1 The Supplier's share of the Net Automation Savings, being 100%, shall be paid to the Supplier."),
    ("PRD001", "missing", "9.1 The Supplier's share of the Net Automation Savings shall be retained by the Supplier."),
]


@pytest.mark.parametrize(("code", "expected", "text"), A_SHARE_PAID_TO_ITS_PARTY)
def test_a_share_paid_to_its_party(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected


THE_SUPPLIERS_OWN_COORDINATED_CLAUSE = [
    # the supplier's convenience ground lends nothing to "either party may terminate" after it
    ("EXT001", "weak",
     "20.1 The Supplier may terminate this Agreement for convenience on 90 days' notice, and either party may "
     "terminate for insolvency of the other."),
    ("EXT001", "pass",
     "20.1 Either party may terminate this Agreement for insolvency of the other, and the Customer may terminate it "
     "for convenience on 90 days' notice."),
    # a supplier's target and the customer's credit in one sentence: the customer's clause is not the supplier's
    ("GOV001", "pass",
     "9.1 The Supplier shall answer 90% of calls within 30 seconds in each month, and the Customer shall be entitled "
     "to a service credit of 2% of the monthly Charges for each month in which it does not."),
]


@pytest.mark.parametrize(("code", "expected", "text"), THE_SUPPLIERS_OWN_COORDINATED_CLAUSE)
def test_the_suppliers_own_coordinated_clause(code, expected, text):
    assert status_of(code, PARTIES_C + text) == expected
