"""Drafting found on held-out set 32 (an Indonesian bank's e-KYC outsourcing agreement in translation from Bahasa
Indonesia, a US hospital's medical coding and denials management agreement), each in other wordings than the
contract's, with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
ID = ('This Agreement is made between PT Bank Sejahtera Tbk, hereinafter referred to as the "FIRST PARTY" or the '
      '"Bank", and PT Layanan Data, hereinafter referred to as the "SECOND PARTY" or the "Vendor".\n')
HOSPITAL = ('This Agreement is entered into by and between Riverside Medical Center ("Hospital") and Apex Coding, LLC '
            '("Vendor").\n')
BREACH = "\n11.2 The Customer may terminate this Agreement immediately if the Supplier commits a material breach."


# A convenience exit "without any obligation to pay compensation or a termination fee": the duty to pay is denied, so
# the fee is named only to be ruled out, as in "without payment of any termination fee". The words between the denial
# and "to pay" must name the duty; a fee the customer must pay, or may not avoid, stays weak.
PAYMENT_DENIED = [
    ("pass", "11.1 The Customer may terminate this Agreement at any time for any reason by giving 60 days' prior "
             "written notice, without any obligation to pay compensation or a termination fee." + BREACH),
    ("pass", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice, with no liability to "
             "pay any early termination fee." + BREACH),
    ("pass", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice without having to pay "
             "a termination charge." + BREACH),
    ("pass", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice and shall not be "
             "required to pay any break fee." + BREACH),
    ("pass", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice, without an obligation "
             "to pay a cancellation charge." + BREACH),
    # traps: the fee payable; a duty to pay that is not denied ("shall not fail to pay"); the right itself denied
    ("weak", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice, provided that the "
             "Customer shall pay an early termination fee equal to the Charges for the rest of the Term." + BREACH),
    ("weak", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice but shall not fail to "
             "pay the termination fee equal to twelve months' Charges." + BREACH),
    ("weak", "11.1 The Customer may terminate this Agreement for convenience on 90 days' notice. The Customer shall "
             "have no right to terminate without an obligation to pay a termination fee equal to twelve months' "
             "Charges." + BREACH),
]


@pytest.mark.parametrize(("expected", "text"), PAYMENT_DENIED)
def test_a_denied_duty_to_pay_rules_the_termination_fee_out(expected, text):
    assert status_of("EXT001", PLAIN + text) == expected


# A service-level table's penalty stated as a share of a monthly fee named by what it pays for ("2% of the Monthly
# Platform Fee") is a remedy, not the fee reviewed; the task "manual review" in the same row is no price review. A
# real automation trigger beside the table still passes, and one at the supplier's discretion is weak.
SLA = ("6.1 The Supplier shall meet the service levels in Schedule 3.\nSchedule 3 Service Levels\n"
       "| Service level | Target | Penalty |\n|---|---|---|\n"
       "| Automated decisions returned within 60 seconds | 95% | 2% of the {fee} |\n"
       "| Manual review completed within 15 minutes | 90% | 2% of the {fee} |")
PENALTY_OF_A_NAMED_MONTHLY_FEE = [
    (PLAIN, "missing", SLA.format(fee="Monthly Platform Fee")),
    (PLAIN, "missing", SLA.format(fee="Monthly Base Fee")),
    (PLAIN, "missing", SLA.format(fee="Monthly Service Charge")),
    # traps: a real trigger beside the table; a trigger at the supplier's discretion; a share of the month's contacts
    (PLAIN, "pass", SLA.format(fee="Monthly Platform Fee") + "\n5.3 If the Automation Rate exceeds 30% in any quarter, "
                    "the parties shall review the Monthly Platform Fee and the Unit Charges."),
    (ID, "weak", SLA.format(fee="Monthly Platform Fee") + "\n5.3 If the SECOND PARTY deploys a new version of its "
                 "artificial intelligence engine, the SECOND PARTY may, at its sole discretion, propose an adjustment "
                 "of the fee per Completed Verification."),
    (PLAIN, "pass", "5.3 If more than 40% of the monthly Contacts are resolved by the Virtual Agent, the Customer may "
                    "require a review of the Monthly Platform Fee."),
]


@pytest.mark.parametrize(("preamble", "expected", "text"), PENALTY_OF_A_NAMED_MONTHLY_FEE)
def test_a_penalty_of_a_named_monthly_fee_is_no_price_review(preamble, expected, text):
    assert status_of("PRC001", preamble + text) == expected


# The count "based on" a document that records it, as translated drafting says it ("shall be based on the Transaction
# Recapitulation issued by the SECOND PARTY"): the count's source, judged like any other - the supplier's statement is
# weak, the customer's report from its own system passes. A price or a staff number based on a forecast counts nothing.
BASED_ON_A_RECORD = [
    (ID, "weak", "4.3 The number of Verified Applications for each month shall be based upon the Monthly "
                 "Recapitulation generated by the SECOND PARTY."),
    (PLAIN, "weak", "4.3 The number of Resolved Tickets shall be based on the daily summary issued by the Supplier."),
    (PLAIN, "pass", "4.3 The number of Resolved Contacts for each month shall be based on the closed-case report "
                    "generated by the Customer from its CRM, which the Customer owns and operates."),
    # traps: prices based on a schedule; staff based on a forecast; a reporting duty
    (PLAIN, "missing", "4.3 The Charges for each month shall be based on the rates in Schedule 2."),
    (PLAIN, "missing", "4.3 The number of Agents shall be based on the staffing forecast in Schedule 2."),
    (PLAIN, "missing", "4.3 The Supplier shall report the number of Resolved Contacts each month."),
]


@pytest.mark.parametrize(("preamble", "expected", "text"), BASED_ON_A_RECORD)
def test_a_count_based_on_a_record_names_its_source(preamble, expected, text):
    assert status_of("DAT001", preamble + text) == expected


# Ownership coordinated with keeping the thing, the owner after both participles: "which are owned and maintained by
# Hospital". The supplier as owner, or the customer only maintaining what the supplier owns, stays weak.
OWNED_AND_MAINTAINED = [
    (HOSPITAL, "pass", "4.2 The number of Coded Encounters for each month shall be determined solely from the Epic "
                       "reports, which are owned and maintained by Hospital."),
    (PLAIN, "pass", "4.2 Resolved Contacts shall be counted solely from the case management system, which is owned "
                    "and run by the Customer."),
    (PLAIN, "pass", "4.2 Resolved Contacts shall be counted solely from the case management system owned and "
                    "supported by the Customer."),
    # traps: the supplier owns it; ownership split
    (PLAIN, "weak", "4.2 Resolved Contacts shall be counted solely from the case management system, which is owned "
                    "and maintained by the Supplier."),
    (PLAIN, "weak", "4.2 Resolved Contacts shall be counted solely from the case management system, which is owned by "
                    "the Supplier and maintained by the Customer."),
    (PLAIN, "weak", "4.2 Resolved Contacts shall be counted solely from the Supplier's case management system, which "
                    "is owned and maintained by the Supplier; the Customer may request summary reports."),
]


@pytest.mark.parametrize(("preamble", "expected", "text"), OWNED_AND_MAINTAINED)
def test_owned_and_maintained_by_the_customer_is_control(preamble, expected, text):
    assert status_of("DAT001", preamble + text) == expected
