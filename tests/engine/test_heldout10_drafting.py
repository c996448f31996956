"""Drafting found on held-out set 10 (a trust and safety Master Services Terms + Order, a pharmacovigilance
services agreement), each in other wordings than the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PV = ('This Agreement is between Aurelian Biopharma SA (the "MAH") and Corvane Safety Solutions Limited '
      '(the "Service Provider").\n')
TS = 'These Terms are between Tessellate Trust Services, Inc. ("Provider") and Oakfield Market, Inc. ("Customer").\n'

# A heads-of-terms summary that says, after the sentence introducing it, that it binds nobody: the whole passage
# is information, the sentences before the statement included when it looks back ("It", "This summary").
NOT_BINDING_SUMMARY = [
    ("PRD001", "missing",
     "Commercial Summary\nThe table below records the heads of terms. It is included for convenience only, is not "
     "binding on either party and does not form part of this Agreement.\nTopic | Position\nEfficiency sharing | "
     "Savings from the AI Tool shared 50:50 by fee credit"),
    ("EXT002", "missing",
     "Key commercial points\nThe Supplier will provide six months of exit assistance, including knowledge transfer. "
     "This summary does not form part of the Agreement and creates no obligations."),
    ("AUD002", "missing",
     "Overview\nThe following overview is for information only. If an audit reveals an overcharge, the Supplier "
     "shall refund it with interest and pay the audit costs where the overcharge exceeds 5%."),
    # said of one thing in the clause, not of the clause's text: the term before it still binds
    ("EXT002", "pass",
     "The Supplier shall provide exit assistance, including knowledge transfer, for six (6) months after "
     "termination. The exit team chart in Appendix 4 does not form part of this Agreement."),
    # "This Agreement is not binding until signed" says nothing of the clause's own text
    ("PRD001", "pass",
     "The Supplier shall credit the Customer with fifty per cent (50%) of the savings from automation each "
     "quarter. This Agreement is not binding on either party until signed by both."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NOT_BINDING_SUMMARY)
def test_a_summary_that_says_it_binds_nobody(code, expected, text):
    assert status_of(code, text) == expected


# Units priced per a valid report or a decision (pharmacovigilance, content moderation), in table cells and column
# headers; a valid invoice or a board's decision is no priced outcome.
PER_VALID_OR_DECISION = [
    ("PRC004", "weak", PV + "Case type | Charge per Valid ICSR (EUR)\nNon-serious | 46.00\nSerious | 82.00"),
    ("PRC004", "pass", TS + "The Case Management Fee of $20,000 per month covers two team leads and the review "
     "platform.\nFee | Basis | Price (USD)\nEscalated Decision | Per Final Decision | $4.60\nAppeal Decision | "
     "Per Final Decision | $7.90"),
    ("PRC004", "weak", TS + "Customer shall pay $0.35 for each Moderation Decision."),
    ("OUT002", "pass", TS + "Fee | Basis | Price (USD)\nEscalated Decision | Per Final Decision | $4.60\n5.2 A "
     "Final Decision overturned on appeal within thirty (30) days is not charged, and Provider shall credit any "
     "Fee already invoiced."),
    ("OUT002", "weak", PV + "Case type | Charge per Valid ICSR (EUR)\nSerious | 82.00\n3.2 Duplicates and "
     "follow-up reports are not charged as new Valid ICSRs."),
    ("OUT002", "pass", PV + "The MAH shall pay EUR 40 per Valid Case.\n3.2 A duplicate case received within ninety "
     "(90) days of the original is not billable, and any charge for it shall be credited."),
    # not outcome prices: an invoice paid when valid, a decision of a committee, a fee per month named for a service
    ("PRC004", "not_applicable", TS + "Customer shall pay each valid invoice of up to $5,000 within 30 days."),
    ("PRC004", "not_applicable", TS + "The Steering Committee shall record each decision it takes. Provider shall "
     "pay its own costs of attending."),
    ("OUT002", "not_applicable", PV + "Service | Case Management Fee per month (EUR)\nMonths 1 to 6 | 29,500.00\n"
     "From month 7 | 18,000.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), PER_VALID_OR_DECISION)
def test_prices_per_valid_report_or_decision(code, expected, text):
    assert status_of(code, text) == expected


# A decision as the billable outcome: the decision is the term's last word; a ledger or matrix of decisions is
# a record, not an outcome.
DECISION_OUTCOME = [
    ("OUT001", "pass",
     TS + '1.3 "Final Decision" means the disposition of a Review Item that applies an action from the Policy '
     "Action Matrix, records the reason code, is written back to the Customer's case tool and has not been reversed "
     "on appeal within 30 days.\nFee | Basis | Price (USD)\nEscalated Decision | Per Final Decision | $4.60"),
    ("OUT001", "weak",
     TS + '1.3 "Moderation Decision" means a decision that Provider determines, in its sole discretion, to be '
     "complete.\nCustomer shall pay $4.20 per Moderation Decision."),
    ("OUT001", "pass",
     TS + '1.3 "Final Decision" means a disposition recorded in the Customer CRM with a reason code and not reversed '
     'on appeal within 30 days.\n1.4 "Decision Ledger" means Provider\'s internal log of decisions and their billing '
     "status.\nCustomer shall pay $4.20 per Final Decision, as invoiced from the Decision Ledger."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DECISION_OUTCOME)
def test_a_decision_as_billable_outcome(code, expected, text):
    assert status_of(code, text) == expected


# A defined term whose own name or definition uses "excluded" / "excludes" as what the thing is or does carries
# its meaning; a carve-out after "but" / a comma still cuts it.
EXCLUDED_IN_THE_NAME = [
    ("PRD002", "pass",
     PV + '1.2 "Auto-Excluded Record" means a Literature Record that the AI Tool excludes without human review.\n'
     '1.3 "AI Tool" means the machine-learning screening application.\n4.3 The Service Provider shall not deploy a '
     "new model version of the AI Tool without the MAH's prior written approval. The Service Provider shall report to "
     "the MAH each quarter the percentage of Literature Records that were Auto-Excluded Records."),
    ("PRD002", "pass",
     TS + '1.2 "Excluded Listing" means a listing that the machine-learning classifier excludes from the '
     "marketplace without review.\n3.3 Provider shall notify Customer 30 days before it deploys a new classifier "
     "model, and shall report to Customer each month the number of Excluded Listings as a percentage of all listings."),
    ("PRD002", "weak",
     TS + '1.2 "Reviewed Listing" means a listing reviewed by Provider, but excludes any listing handled by a bot.\n'
     "3.3 Provider shall notify Customer 30 days before it deploys a new chatbot.\n7.1 Provider shall report to "
     "Customer each month the number of Reviewed Listings as a percentage of all listings."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EXCLUDED_IN_THE_NAME)
def test_excluded_in_a_terms_name_is_no_carve_out(code, expected, text):
    assert status_of(code, text) == expected


# Other wordings of the set-10 findings: a supplier's duty resumed after a subordinate clause naming the customer;
# the customer's name in "without the X's prior approval"; one benchmark in a late month; a standard report run
# on the customer's own database; safety data is data; an automation share named by "auto-"; discretion over
# the outcome of the review said in the next sentence.
OTHER_WORDINGS = [
    ("EXT003", "pass",
     TS + "Provider will return all Customer Data in CSV within 30 days after termination, and within 30 days after "
     "Customer confirms receipt will delete all remaining copies."),
    ("EXT003", "pass",
     TS + "Provider will return all Customer Data in JSON within 30 days after expiry, and once Customer has "
     "confirmed receipt will securely erase all copies."),
    # the customer's own duty after a subordinate clause stays the customer's
    ("EXT003", "weak",
     TS + "Provider will return all Customer Data in CSV within 30 days after termination. When Provider "
     "confirms delivery, Customer will delete the transfer files."),
    ("PRD002", "weak",
     PV + "4.3 The Service Provider shall not deploy any new AI model in the Services without the MAH's prior "
     "written approval."),
    ("PRD002", "missing",
     PV + "4.3 The MAH shall not deploy any new AI model in its own systems without the Service Provider's prior "
     "written approval."),
    ("PRC002", "weak",
     PV + "8.2 The charges are fixed for thirty-six (36) months. In the thirty-seventh (37th) month the MAH may "
     "appoint an independent benchmarker, and the charges shall be adjusted to the benchmarked level."),
    ("PRC002", "weak",
     TS + "Customer may, in month 25, require a benchmark review of the Fees by an independent benchmarker."),
    ("PRC002", "pass",
     TS + "Customer may require a benchmark review of the Fees by an independent benchmarker once in each Contract "
     "Year."),
    ("DAT001", "pass",
     PV + '1.1 "MAH Safety Database" means the Argus Safety instance licensed to and controlled by the MAH.\n3.3 The '
     "number of Valid ICSRs in each month shall be taken from a standard report run on the MAH Safety Database."),
    ("DAT001", "weak",
     TS + "3.3 The number of Final Decisions shall be counted from Provider's moderation platform, and Customer "
     "shall receive a standard report each month."),
    ("SEC002", "pass",
     PV + "9.1 The Service Provider shall process the personal data in safety reports only on the MAH's documented "
     "instructions and in accordance with the GDPR.\n9.2 The Service Provider shall not engage any sub-processor "
     "without the MAH's prior written authorisation."),
    ("SEC002", "missing",
     PV + "9.1 The Service Provider shall comply with the MAH's health and safety instructions when at the MAH's "
     "premises.\n9.2 The Service Provider shall not engage any sub-processor without the MAH's prior written "
     "authorisation."),
    ("PRC001", "weak",
     TS + "If the share of Final Decisions that are Auto-Decisions exceeds 65% for two consecutive months, Provider "
     "will review the per-decision Fees. Any adjustment, and its amount, is at Provider's discretion."),
    ("PRC001", "pass",
     PV + "If Auto-Excluded Records exceed 60% of all Literature Records in any quarter, the Literature Screening Fee "
     "shall be reviewed and reduced to reflect the reduced manual effort."),
    ("PRC001", "missing",
     TS + "Provider will review the Fees each year with Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OTHER_WORDINGS)
def test_other_wordings_of_the_set10_findings(code, expected, text):
    assert status_of(code, text) == expected
