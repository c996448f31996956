"""Common drafting found by probing (short contracts written for each rule in the usual styles, read before any fix):
help "to transfer the Services" with words between, a fixed charge that ends on a date while a price per outcome
takes over, data transferred to the customer, an outcome defined after a colon, "No charge is payable for" a repeat,
a subject before a comma-fenced aside; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
           '(the "Supplier").\n')


HELP_TO_TRANSFER = [
    ("EXT002", "weak",
     "21.1 On termination, the Supplier shall provide such reasonable assistance as the Customer requests to "
     "transfer the Services, on terms to be agreed."),
    ("EXT002", "pass",
     "21.1 On expiry or termination the Supplier shall provide all cooperation reasonably required to migrate the "
     "Services to a replacement supplier for a period of up to 6 months."),
    # help that moves nothing at exit
    ("EXT002", "missing",
     "21.1 During the Term the Supplier shall provide such assistance as the Customer requests to transfer its "
     "telephone numbers to a new carrier."),
    ("EXT002", "missing",
     "21.1 The Supplier has no obligation to provide any assistance to transfer the Services on termination."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HELP_TO_TRANSFER)
def test_help_to_transfer_the_services_at_exit(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


FIXED_FEE_ENDS = [
    ("PRC003", "pass",
     "5.1 Until 30 June 2027 the Customer shall pay the Monthly Fixed Fee. From 1 July 2027 the Fixed Fee shall "
     "cease and the Customer shall pay only the Unit Price for each Resolved Claim."),
    ("PRC003", "pass",
     "5.1 During Contract Year 1 the Charges shall be the FTE Charges. From the start of Contract Year 2 the FTE "
     "Charges shall no longer apply and the Charges shall be USD 5.20 per Resolved Contact."),
    # the fixed fee ends with the agreement: no outcome price takes over
    ("PRC003", "missing",
     "5.1 The Fixed Fee shall cease on termination of this Agreement, and the Customer shall pay for each Resolved "
     "Claim processed before termination."),
    ("PRC003", "missing", "5.1 The Customer shall pay the Monthly Fixed Fee throughout the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FIXED_FEE_ENDS)
def test_a_fixed_fee_that_ends_for_an_outcome_price(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


COUNCIL = "This Agreement is between Hillcrest Council (the Authority) and Northgate Services Ltd (the Contractor).\n"
DATA_TRANSFERRED = [
    ("EXT003", "pass",
     "23.4 On expiry or termination the Contractor shall transfer all Authority Data to the Authority or the "
     "Replacement Contractor in an agreed open format within 20 Working Days, and shall then securely erase all "
     "Authority Data from its systems."),
    ("EXT003", "weak",
     "23.4 On termination the Contractor shall transfer all Authority Data to the Authority in CSV format within 10 "
     "days."),
    # the data moved by the customer, or by the supplier to its own affiliates
    ("EXT003", "missing",
     "23.4 On termination the Authority shall transfer all Authority Data to the Contractor's new platform."),
    ("EXT003", "missing", "23.4 During the Term the Contractor may transfer Authority Data to its affiliates."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DATA_TRANSFERRED)
def test_data_transferred_to_the_customer_is_returned(code, expected, text):
    assert status_of(code, COUNCIL + text) == expected


COLON_DEFINED_OUTCOME = [
    ("OUT001", "pass",
     "1.1 Completed Case: a Case that has been closed on the Authority's CRM with all mandatory fields completed and "
     "that is not reopened within 10 Working Days.\n6.1 The Authority shall pay GBP 4.20 for each Completed Case."),
    ("OUT002", "pass",
     "1.1 Completed Case: a Case that has been closed on the Authority's CRM with all mandatory fields completed and "
     "that is not reopened within 10 Working Days.\n6.1 The Authority shall pay GBP 4.20 for each Completed Case."),
    # a run-in heading is no definition: the outcome is named, never defined
    ("OUT001", "missing",
     "6.1 Charges: the Authority shall pay GBP 4.20 for each Completed Case."),
]


@pytest.mark.parametrize(("code", "expected", "text"), COLON_DEFINED_OUTCOME)
def test_an_outcome_defined_after_a_colon(code, expected, text):
    assert status_of(code, COUNCIL + text) == expected


# "No charge is payable for a Repeat Contact": the denial is the exclusion itself, not a charge ruled out elsewhere.
REPEAT = ('1.2 "Repeat Contact" means a Contact from the same customer about the same issue within 10 days of a '
          'Resolved Contact.\n6.1 The Customer shall pay USD 5.00 per Resolved Contact. ')
NO_CHARGE_FOR_REPEATS = [
    ("OUT002", "pass", REPEAT + "No charge is payable for a Resolved Contact that is followed by a Repeat Contact."),
    ("OUT002", "pass", REPEAT + "No charge shall be made for a Repeat Contact."),
    # no charge for something else excludes no repeat
    ("OUT002", "missing", REPEAT + "No charge is payable for the Supplier's training of its agents."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NO_CHARGE_FOR_REPEATS)
def test_no_charge_for_a_repeat_contact(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# "Contractor will keep records, and Company, or an auditor designated by Company, may audit them": the right is the
# subject's before the aside, not the first clause's.
MSA = ('This Master Services Agreement is entered into by Lakeside Mutual Insurance Company ("Company") and '
       'Brightpath Solutions, Inc. ("Contractor").\n')
SUBJECT_BEFORE_ASIDE = [
    ("AUD001", "pass",
     "9.1 Contractor will maintain complete books and records relating to the Fees, and Company, or an independent "
     "auditor designated by Company, may audit such books and records once in any twelve-month period."),
    ("EXT001", "pass",
     "14.2 Contractor will continue the Services during any notice period, and Company, acting through its Chief "
     "Procurement Officer, may terminate this Agreement without cause on 90 days' notice or for Contractor's "
     "material breach on 10 days' notice."),
    # the supplier before the aside keeps its own right
    ("AUD001", "missing",
     "9.1 Company will provide its data, and Contractor, or a subcontractor approved by Company, may audit the data "
     "once a year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SUBJECT_BEFORE_ASIDE)
def test_the_subject_before_a_comma_fenced_aside(code, expected, text):
    assert status_of(code, MSA + text) == expected


# Commentators advising the reader bind nobody; "There shall be no X" rules X out as "No X shall apply" does.
ADVICE_AND_THERE_BE_NO = [
    ("DAT001", "missing",
     "5.1 The Customer shall pay USD 5.00 for each Resolved Contact. Advisers recommend that the number of Resolved "
     "Contacts be counted in a system controlled by the buyer."),
    ("AUD001", "missing",
     "Experts suggest that the Customer should be able to audit the Supplier's records of Resolved Contacts."),
    # a named role recommending inside a term is no advice
    ("PRC002", "pass",
     "10.5 The Customer may benchmark the Charges once in each Contract Year. Where the Benchmarker recommends that "
     "the Charges be reduced, the Supplier shall reduce them to the benchmark within 30 days."),
    ("GOV003", "missing",
     "18.1 There shall be no formal governance meetings; each party may contact the other's account manager as "
     "needed."),
    ("OUT002", "pass",
     "5.1 The Customer shall pay USD 5.00 per Resolved Contact. There shall be no charge for a Resolved Contact that "
     "is reopened within 7 days."),
    # a denial limited to some cases leaves the rest standing
    ("GOV001", "pass",
     "8.1 The Supplier shall answer 90% of calls within 30 seconds each month, failing which it shall credit the "
     "Customer 5% of the monthly Charges. There will be no service credit for any failure caused by the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ADVICE_AND_THERE_BE_NO)
def test_commentators_advice_and_there_shall_be_no(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


INDIAN = ('This Agreement is made between Sunrise Finance Limited (hereinafter the "Company") and Apex Process '
          'Services Private Limited (hereinafter the "Service Provider").\n')
MEASURES_AND_BENEFITS = [
    # a quality measure with its level, and a turnaround time, with no remedy: targets without a remedy
    ("GOV001", "weak",
     "10.1 The Service Provider shall maintain an accuracy of 98% and a turnaround time of 24 hours for 95% of "
     "cases."),
    ("GOV001", "pass",
     "10.1 The Service Provider shall maintain a processing accuracy of at least 98%. For each month in which the "
     "accuracy falls below 98%, the Service Provider shall credit the Company 5% of the monthly fees."),
    # an accuracy the customer's data must have is no service level
    ("GOV001", "missing", "10.1 The Company shall ensure that the data it supplies has an accuracy of 99%."),
    # benefits named by what produced them, shared on terms to be agreed
    ("PRD001", "weak",
     "9.1 Any benefits arising out of automation shall be shared between the Parties in a manner to be mutually "
     "agreed."),
    ("PRD001", "pass",
     "9.1 Benefits resulting from automation shall be shared equally between the Parties, the Company's share being "
     "credited against the next invoice."),
    ("PRD001", "missing", "9.1 The benefits of the Services shall be shared with the Company's customers."),
]


@pytest.mark.parametrize(("code", "expected", "text"), MEASURES_AND_BENEFITS)
def test_quality_measures_and_automation_benefits(code, expected, text):
    assert status_of(code, INDIAN + text) == expected


PLAIN = ('These terms are between Contoso Services Ltd ("we", "us") and the customer named in the Order Form '
         '("you").\n')
PLAIN_TERMS = [
    ("OUT002", "pass",
     "2. Fees\nYou pay $1.20 per Resolution. If a customer reopens a conversation within 7 days of it being marked "
     "solved, we don't charge you for that Resolution."),
    # "don't" about something else excludes nothing
    ("OUT002", "missing",
     "2. Fees\nYou pay $1.20 per Resolution. We don't charge you for onboarding."),
    ("DAT001", "pass",
     "4. Counting\nWe count Resolutions from your Zendesk account, which you own and control, and you can see every "
     "Resolution we bill in your own dashboard."),
    ("DAT001", "weak",
     "4. Counting\nWe count Resolutions in our platform, which we own and control, and you can see them in a "
     "monthly dashboard."),
    ("AUD002", "pass",
     "6. Checking our numbers\nOnce a year you may audit the records behind the Resolutions we bill you. If the "
     "audit shows we overbilled you, we'll refund the difference with interest, and if we overbilled you by more "
     "than 5%, we'll also pay for the audit."),
    ("AUD002", "weak",
     "6. Checking our numbers\nOnce a year you may audit the records behind the Resolutions we bill you. If the "
     "audit shows we overbilled you, we'll refund the difference, and you pay for the audit."),
    ("PRC002", "weak", "18. Price changes\nWe may raise our prices once a year by up to 5%, with 60 days' notice."),
    ("PRC002", "missing", "18. Price changes\nWe may raise the quality of our service at any time."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PLAIN_TERMS)
def test_plain_terms_by_we_and_you(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# A glide-path table whose rows open with the Contract Year alone.
YEAR_ROWS = [
    ("PRC003", "pass",
     "7.1 The Charges shall transition in accordance with the Pricing Glide Path in Schedule 4.\n"
     "SCHEDULE 4 - PRICING GLIDE PATH\nContract Year | Fixed Charge | Price per Resolved Case\n"
     "1 | GBP 50,000 per month | GBP 2.00\n2 | GBP 25,000 per month | GBP 3.50\n3 | nil | GBP 5.00"),
    # one row is no schedule of steps
    ("PRC003", "weak",
     "7.1 The Charges shall transition in accordance with the Pricing Glide Path in Schedule 4.\n"
     "SCHEDULE 4 - PRICING GLIDE PATH\nContract Year | Fixed Charge | Price per Resolved Case\n"
     "1 to the end of the Term | nil | GBP 5.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), YEAR_ROWS)
def test_a_glide_path_table_by_contract_year(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# A fee table by fiscal year whose fixed fee reaches a zero amount in the row's last cell (held-out set 9's gap).
FISCAL_YEARS = [
    ("PRC003", "pass",
     "Schedule 2 (Fees)\n1. The Fees consist of the Platform Fee and the per-case fees in the table below.\n"
     "Fee item | FY2026 | FY2027 | FY2028\nPlatform Fee (per month) | USD 40,000 | USD 20,000 | USD 0\n"
     "Fee per Completed Case | USD 4.00 | USD 4.00 | USD 4.00"),
    # the fixed fee never falls: no glide path
    ("PRC003", "missing",
     "Schedule 2 (Fees)\n1. The Fees consist of the Platform Fee and the per-case fees in the table below.\n"
     "Fee item | FY2026 | FY2027 | FY2028\nPlatform Fee (per month) | USD 40,000 | USD 40,000 | USD 40,000\n"
     "Fee per Completed Case | USD 4.00 | USD 4.00 | USD 4.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), FISCAL_YEARS)
def test_a_fee_table_by_fiscal_year(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# The targets as a schedule's verbless paragraphs, the credit in a later one; audits counted in a period.
SCHEDULE_TARGETS = [
    ("GOV001", "pass",
     "SCHEDULE 2 - SERVICE LEVELS\n1. First Contact Resolution: at least 78% each month.\n2. Average Handle Time: no "
     "more than 420 seconds each month.\n3. For each Service Level Failure the Supplier shall pay a Service Credit of "
     "2.5% of the monthly Charges."),
    # a credit with no target anywhere in the schedule
    ("GOV001", "weak",
     "SCHEDULE 2 - SERVICE LEVELS\n1. The Service Levels shall be agreed within 90 days.\n2. For each Service Level "
     "Failure the Supplier shall pay a Service Credit of 2.5% of the monthly Charges."),
    ("AUD001", "weak",
     '1.6 "Audit" means an audit carried out under clause 14.\n14.1 The Customer may carry out one Audit in any '
     "period of 24 months, on 60 days' notice, of the Supplier's records relating to the Charges."),
    ("AUD001", "pass",
     "14.1 The Customer may carry out up to two audits per Contract Year of the Supplier's records relating to the "
     "Charges and the Resolved Contacts."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SCHEDULE_TARGETS)
def test_schedule_targets_and_counted_audits(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


REGISTER_AND_ATTENDANCE = [
    ("PRD002", "weak",
     "9.3 The Supplier shall maintain an AI Register listing each artificial intelligence system used in the "
     "Services and shall make it available to the Customer on request."),
    ("PRD002", "missing", "9.3 The Supplier shall maintain a risk register listing each risk to the Services."),
    ("GOV003", "pass",
     "Schedule 7. Governance: weekly service reviews between the service managers; monthly performance reviews "
     "between the contract managers; quarterly executive reviews between the executive sponsors. The Supplier "
     "shall prepare for and attend each review."),
    # one forum attended is one tier
    ("GOV003", "weak",
     "Schedule 7. Governance: quarterly business reviews between the account managers. The Supplier shall prepare "
     "for and attend each review."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REGISTER_AND_ATTENDANCE)
def test_an_ai_register_and_attendance_at_each_review(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


EFFORT_ONLY_SECURITY = [
    ("SEC001", "weak",
     "16.1 The Supplier shall comply with ISO 27001 to the extent commercially reasonable and shall notify the "
     "Customer of any Security Incident within 24 hours."),
    ("SEC001", "pass",
     "16.1 The Supplier shall comply with ISO 27001 and shall, so far as it is able, notify the Customer of any "
     "Security Incident within 24 hours."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EFFORT_ONLY_SECURITY)
def test_security_standards_as_an_effort(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# A fee for every month left, set away from the free exit (an Order's row over the Terms): held-out set 10's gap.
FEE_FOR_EACH_MONTH_LEFT = [
    ("EXT001", "weak",
     "20.1 The Customer may terminate this Agreement for convenience on 60 days' notice.\n20.2 Either party may "
     "terminate this Agreement if the other materially breaches it and fails to cure within 30 days.\nORDER FORM\n"
     "Early termination | If the Customer terminates for convenience before the end of the Order term, the Customer "
     "will pay the minimum monthly commitment for each month remaining in the Order term."),
    # charges counted by month elsewhere, with no termination in the sentence, leave the exit free
    ("EXT001", "pass",
     "20.1 The Customer may terminate this Agreement for convenience on 60 days' notice.\n20.2 Either party may "
     "terminate this Agreement if the other materially breaches it and fails to cure within 30 days.\nSCHEDULE 4\n"
     "The Supplier shall invoice the Charges for each month remaining in the Contract Year in advance."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FEE_FOR_EACH_MONTH_LEFT)
def test_a_fee_for_each_month_left(code, expected, text):
    assert status_of(code, PARTIES + text) == expected
