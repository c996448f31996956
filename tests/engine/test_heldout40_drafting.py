"""Drafting found on held-out set 40 (a Ghanaian mobile-money subsidiary's dispute and reversal handling outsourcing, a
UK university's admissions-verification call-off), each in other wordings than the contracts', with its traps, linted
with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
INSTRUCTIONS = ("10.1 The Supplier shall process personal data only on the Customer's documented instructions and "
                "shall comply with the Data Protection Act 2018.\n")


# A carve-out stated before the approval rule it escapes: "The Vendor may engage any of its Affiliates as
# sub-processors without further consent. The Vendor shall not engage any other sub-processor without MoMo Co's prior
# written consent." The approval sentence's "not" cancelled the earlier carve-out (as a licence in the candidate's own
# sentence cancels an ownership said before it), though its "any other" sets the Affiliates apart; and "without
# further consent" was not read as "without consent". Sub-processors with no approval or notice: weak, not pass.
CARVE_OUT_BEFORE_ANY_OTHER = [
    (PLAIN, "SEC002", "weak",
     INSTRUCTIONS + "10.3 The Supplier may engage any of its Affiliates as sub-processors without further consent. The "
     "Supplier shall not engage any other sub-processor without the Customer's prior written consent."),
    (PLAIN, "SEC002", "weak",
     INSTRUCTIONS + "10.3 The Supplier may appoint its Affiliates as sub-processors without separate approval. The "
     "Supplier shall not appoint any other sub-processor without the Customer's prior written approval."),
    (PLAIN, "SEC002", "weak",
     INSTRUCTIONS + "10.3 The Supplier may appoint its Affiliates as sub-processors without consent. All other "
     "sub-processors shall not be appointed without the Customer's prior written approval."),
    (PLAIN, "SEC002", "weak",
     INSTRUCTIONS + "10.3 The Supplier shall not engage any sub-processor without the Customer's prior written "
     "consent.\n10.4 Notwithstanding clause 10.3, the Supplier may engage any of its Affiliates as sub-processors "
     "without further consent."),
    # traps: sub-processors the contract itself lists and approves; "any other" in a prohibition with no carve-out
    # before it; a subcontracting carve-out whose proviso "set out in this clause" names no list (still weak)
    (PLAIN, "SEC002", "pass",
     INSTRUCTIONS + "10.3 The sub-processors listed in Annex 4 are approved by the Customer and may be engaged without "
     "further consent. The Supplier shall not engage any other sub-processor without the Customer's prior written "
     "consent."),
    (PLAIN, "SEC002", "pass",
     INSTRUCTIONS + "10.3 The Supplier shall not engage any sub-processor or any other third party to process personal "
     "data without the Customer's prior written consent."),
    (PLAIN, "SEC002", "weak",
     INSTRUCTIONS + "10.3 The Supplier may subcontract the processing of personal data with third parties without the "
     "prior authorisation of the Customer, provided that it imposes on them the same obligations set out in this "
     "clause."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), CARVE_OUT_BEFORE_ANY_OTHER)
def test_a_carve_out_before_any_other_sub_processor_is_weak(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


CHARGES = ("Schedule 3 - Charges\n"
           "1. Charges: GBP 5.20 for each Resolved Contact and a Monthly Platform Fee of GBP 20,000.\n")

# An invoice's list of line items names the baseline fee among the figures it shows; it says nothing of what the fee
# buys. "Invoices shall show ... the number of Resolved Disputes closed by the Chatbot and by Agents ..., the Monthly
# Platform Fee, any service credits" lent the agents who close disputes to the fee as its scope: pass, not weak.
INVOICE_LINE_IS_NO_SCOPE = [
    (PLAIN, "PRC004", "weak",
     CHARGES + "2. Invoices shall show, for each month, the number of Resolved Contacts closed by the chatbot and by "
     "agents, the Monthly Platform Fee and any service credits."),
    (PLAIN, "PRC004", "weak",
     CHARGES + "2. Each invoice will itemise the Monthly Platform Fee, the Resolved Contacts handled by each agent "
     "team and the service credits."),
    # traps: the scope said in a sentence of its own beside the invoice line, or with the price itself
    (PLAIN, "PRC004", "pass",
     CHARGES + "2. The Monthly Platform Fee covers the minimum staffing of 12 agents.\n3. Invoices shall show the "
     "Monthly Platform Fee and the Resolved Contacts."),
    (PLAIN, "PRC004", "pass",
     "Schedule 3 - Charges\n1. Charges: GBP 5.20 for each Resolved Contact and a Monthly Platform Fee of GBP 20,000, "
     "which covers a minimum team of 12 agents."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), INVOICE_LINE_IS_NO_SCOPE)
def test_an_invoice_line_naming_the_fee_is_no_scope(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A share in words and figures bound to the saving by "of", with the period it is taken over between the verb and the
# share: "shall credit to MoMo Co, for each quarter of a Contract Year, forty per cent (40%) of the Net Automation
# Saving". The verb was too far from the saving for the windows that had no percentage to anchor them: not read.
SHARE_AFTER_A_PERIOD = [
    (PLAIN, "PRD001", "pass",
     "5.1 The Supplier shall credit to the Customer, for each quarter of a Contract Year, forty per cent (40%) of the "
     "Net Automation Saving for that quarter, calculated in accordance with paragraph 6 of Schedule 3."),
    (PLAIN, "PRD001", "pass",
     "5.1 The Supplier shall pay to the Customer, within thirty (30) days after the end of each Contract Year, fifty "
     "per cent (50%) of the Automation Savings for that Contract Year."),
    (PLAIN, "PRD001", "pass",
     "5.1 The Supplier shall credit to the Customer, at the end of each calendar quarter of the Term, thirty-five "
     "percent (35%) of the Net Saving."),
    # traps: the customer paying the share, the supplier's "may", a negation, a service credit's percentage
    (PLAIN, "PRD001", "missing",
     "5.1 The Customer shall pay to the Supplier, for each quarter of a Contract Year, forty per cent (40%) of the Net "
     "Automation Saving for that quarter."),
    (PLAIN, "PRD001", "missing",
     "5.1 The Supplier may credit to the Customer, for each quarter of a Contract Year, forty per cent (40%) of the "
     "Net Automation Saving for that quarter."),
    (PLAIN, "PRD001", "missing",
     "5.1 The Supplier shall not credit to the Customer, for any quarter of a Contract Year, any per cent of the Net "
     "Automation Saving."),
    (PLAIN, "PRD001", "missing",
     "5.1 The Supplier shall pay service credits to the Customer for each month in which fewer than 80 per cent of "
     "calls are answered; 5% of any saving is retained."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), SHARE_AFTER_A_PERIOD)
def test_a_share_of_the_saving_after_a_period_is_read(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A fee change scheduled over the term is a glide path (PRC003's), not a review an automation event triggers: "The
# Monthly Platform Fee shall be reduced ... over the Term, in steps and on dates to be agreed" under the heading
# "Automation Planning" took its automation from the heading and was read as an automation review with no threshold
# (weak). No event in the sentence fires anything: missing (the glide path itself stays PRC003 weak).
GLIDE_UNDER_AUTOMATION = ("11. Automation Planning\n11.1 The Monthly Platform Fee shall be reduced, and the "
                          "per-contact charges shall become the only Charges, over the Term, in steps and on dates to "
                          "be agreed by the Contract Managers.")
GLIDE_PATH_IS_NO_AUTOMATION_REVIEW = [
    (PLAIN, "PRC001", "missing", GLIDE_UNDER_AUTOMATION),
    (PLAIN, "PRC001", "missing",
     "9. Automation\n9.2 The Base Fee shall be reduced in stages over the Term, as set out in Schedule 4."),
    (PLAIN, "PRC003", "weak", GLIDE_UNDER_AUTOMATION),
    # traps: an event under the automation heading (a release), a step-down each automation threshold fires, a
    # review with no trigger under the heading (unchanged: no glide-path schedule in it)
    (PLAIN, "PRC001", "pass",
     "8. Automation\n8.2 The Charges shall be reviewed when each new release goes live."),
    (PLAIN, "PRC001", "pass",
     "12. Automation\n12.1 The Base Fee shall be reduced over the Term each time the Automation Rate reaches a further "
     "10%."),
    (PLAIN, "PRC001", "pass",
     "12. Automation\n12.1 Over the Term, if the automation rate exceeds 30%, the Charges shall be reduced in steps."),
    (PLAIN, "PRC001", "weak",
     "9. AI and Automation\n9.4 The parties shall review the Charges in good faith from time to time."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), GLIDE_PATH_IS_NO_AUTOMATION_REVIEW)
def test_a_glide_path_under_an_automation_heading_is_no_automation_review(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected
