"""Drafting found by a fourth round of probes (US services agreements between "Company" and "Vendor", and
others), read before any fix: a unit named billable by its defined term, work done "without human touch", a
fee cut by a share of "the resulting reduction"; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

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
