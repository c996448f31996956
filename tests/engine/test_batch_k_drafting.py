"""Drafting styles from held-out clause batch k (benchmarks/heldout-clauses/2026-12-04-k.yaml), each in
several wordings with its traps, linted with the real rule: Greek and Portuguese public drafting, side letters,
change notes, SOW amendments, a RACI matrix, and "to be agreed" consequences."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_INSURER = "This Agreement is between Meridian Assurance S.A. (the \"Insurer\") and Corvale Services Ltd " \
    "(the \"Contractor\").\n"

# OUT001: a completion step done in a part of the customer's system ("in the warranty module of the Principal's SAP
# system") or through it ("through the Principal's dealer portal") is as objective as one recorded "in" it.
SYSTEM_PART = [
    ("pass",
     _INSURER + "1.2 \"Settled Claim\" means a claim for which (a) the Contractor has entered a decision in the claims "
     "module of the Insurer's Pega application, (b) the decision has been sent to the broker, and (c) the decision has "
     "not been overturned on appeal by the Insurer's claims manager within fourteen (14) days of the decision.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
    ("pass",
     _INSURER + "1.2 \"Settled Claim\" means a claim whose decision has been logged in the Insurer's ClaimCenter "
     "system and sent to the policyholder via the Insurer's customer portal.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
    # the supplier's own module and portal are no check the customer can make
    ("weak",
     _INSURER + "1.2 \"Settled Claim\" means a claim for which the Contractor has entered a decision in the claims "
     "module of the Contractor's case application and sent it to the broker through the Contractor's portal.\n"
     "5.1 The Insurer shall pay the Contractor EUR 3.90 for each Settled Claim."),
]


@pytest.mark.parametrize(("expected", "text"), SYSTEM_PART)
def test_step_in_a_part_of_the_customers_system(expected, text):
    assert status_of("OUT001", text) == expected


_PRICED = "This Agreement is between Harbour Bank plc (the \"Customer\") and Quayside Services Ltd (the " \
    "\"Supplier\").\n4.1 The Customer shall pay USD 3.10 per Resolved Query.\n4.2 "

# OUT002: the supplier's word is a weakness only as a condition of the exclusion ("provided that the Supplier has
# confirmed ...", "where the Supplier acknowledges ..."); "the Supplier agrees that ... shall be credited back" in a
# side letter or an email exchange is the supplier undertaking the credit.
SUPPLIER_UNDERTAKES = [
    ("pass",
     "Further to clause 4.1, the Supplier agrees that any Resolved Query which is reopened within thirty (30) days of "
     "its resolution shall be credited back to the Customer in the following monthly invoice."),
    ("pass",
     "The Supplier confirms that no charge shall be payable for a Resolved Query reopened within 14 days of closure."),
    # the supplier admitting its own error as the condition stays weak
    ("weak",
     "Any Resolved Query reopened within 14 days shall be credited back, provided that the Supplier has confirmed in "
     "writing that the reopening is attributable to its error."),
    ("weak",
     "Any Resolved Query reopened within 14 days shall be credited back if the Supplier accepts that the error was "
     "its own."),
]


@pytest.mark.parametrize(("expected", "text"), SUPPLIER_UNDERTAKES)
def test_supplier_agreeing_to_the_credit_is_no_condition(expected, text):
    assert status_of("OUT002", _PRICED + text) == expected


# OUT002: "there shall be no exclusion for repeat contacts" denies the exclusion that the same sentence names; an
# exclusion with its limit ("no exclusion applies to a query reopened after that period") still excludes.
NO_EXCLUSION = [
    ("missing",
     "For the avoidance of doubt, a query which is reopened by the same customer shall be treated and billed as a new "
     "Resolved Query, and there shall be no exclusion for repeat contacts."),
    ("missing",
     "Queries reopened within 14 days are billed in full, and no exclusion for reopened queries applies."),
    ("pass",
     "A Resolved Query that is reopened within 14 days shall be credited back; no exclusion applies to a query "
     "reopened after that period."),
]


@pytest.mark.parametrize(("expected", "text"), NO_EXCLUSION)
def test_no_exclusion_for_repeats_denies_it(expected, text):
    assert status_of("OUT002", _PRICED + text) == expected


# Parties: a translated label may carry its original and the party's name in its bracket before the role, "The
# Contracting Entity (Entidade Adjudicante, Municipality of Vila Nova, the customer)": the label is that role, so a
# system "owned and administered by the Contracting Entity" is the customer's (and one hosted by the other side not).
_BODIES = "The Contracting Body (Ente Appaltante, Comune di Lucca, the client) and the Economic Operator (Servizi " \
    "Srl, the supplier) agree as follows.\n"
ROLE_LAST_IN_BRACKET = [
    ("pass",
     "The Contracting Entity (Entidade Adjudicante, Municipality of Vila Nova, the customer) and the Co-contracting "
     "Party (Atlantico BPO, Lda.) agree as follows.\n12.1 Resolved Requests shall be counted exclusively in the "
     "ServiceNow instance, which is owned and administered by the Contracting Entity."),
    ("pass",
     _BODIES + "5.1 Completed Cases shall be counted only in the case management system, which is hosted by the "
     "Contracting Body."),
    ("weak",
     _BODIES + "5.1 Completed Cases shall be counted only in the case management system, which is hosted by the "
     "Economic Operator."),
]


@pytest.mark.parametrize(("expected", "text"), ROLE_LAST_IN_BRACKET)
def test_role_last_in_a_labels_bracket(expected, text):
    assert status_of("DAT001", text) == expected


# DAT001: the system of record named in brackets as the customer's, by its product name ("the system of record for
# billable outcomes (the Insurer's Guidewire ClaimCenter)"), is the customer's own system - in a RACI row as in a
# sentence; the supplier's product named so is not.
_BANK = "This Agreement is between Redwood Bank Inc. (\"Bank\") and Northstar BPO LLC (\"Vendor\").\n"
RECORD_NAMED_AS_CUSTOMERS = [
    ("pass",
     _BANK + "6.1 Resolved Disputes shall be counted only in the system of record for billable outcomes (the Bank's "
     "Salesforce Service Cloud org), and invoices shall be based on those counts."),
    ("pass",
     "Schedule 3 - Responsibility Matrix (binding). The Insurer (Granite Mutual, the customer); the Provider (Summit "
     "Claims Services).\nActivity | Provider | Insurer\nOwn and administer the system of record for billable outcomes "
     "(the Insurer's Guidewire ClaimCenter) | I | A/R\nProduce the monthly count of Processed Claims for invoicing, "
     "from ClaimCenter only | C | A/R"),
    ("weak",
     _BANK + "6.1 Resolved Disputes shall be counted only in the system of record for billable outcomes (the Vendor's "
     "DisputeDesk platform), and invoices shall be based on those counts."),
    ("weak",
     "Schedule 3 - Responsibility Matrix. The Insurer (Granite Mutual, the customer); the Provider (Summit Claims "
     "Services).\nActivity | Provider | Insurer\nMaintain the system of record for billable outcomes (the Provider's "
     "ClaimsHub) | A/R | I\nProduce the monthly count of Processed Claims for invoicing, from ClaimsHub only | "
     "A/R | C"),
]


@pytest.mark.parametrize(("expected", "text"), RECORD_NAMED_AS_CUSTOMERS)
def test_system_of_record_named_as_the_customers(expected, text):
    assert status_of("DAT001", text) == expected


# A change note's instruction quotes the new clause as a term of the contract: 'Change: insert new clause 22.5 -
# "..."', "1. Insert a new clause 22.5: ..." (an instruction, or agreed); a discussion of whether to insert one does
# not make its quote a term.
_HOUSING = "This Agreement is between Glanmor Housing Association (the \"Authority\") and Ffordd Services Ltd (the " \
    "\"Contractor\").\n"
_NEW_AUDIT_CLAUSE = "\"Where an audit identifies overcharging, the Contractor shall refund the overcharge " \
    "within 30 days with interest at 4% and shall bear the cost of the audit where the overcharge exceeds 5%.\""
INSERT_NEW_CLAUSE = [
    ("pass", _HOUSING + "CHANGE NOTE No. 3\nChange: insert new clause 22.5 - " + _NEW_AUDIT_CLAUSE
     + "\nSigned for the Authority and for the Contractor."),
    ("pass", _HOUSING + "CHANGE NOTE No. 3\n1. Insert a new clause 22.5: " + _NEW_AUDIT_CLAUSE),
    ("pass", _HOUSING + "CHANGE NOTE No. 3\nThe parties agree to add a new clause 22.5: " + _NEW_AUDIT_CLAUSE),
    ("missing", _HOUSING + "CHANGE NOTE No. 3\nChange: the parties discussed whether to insert new clause 22.5 - "
     + _NEW_AUDIT_CLAUSE + " No change was agreed."),
    # a flow-down duty quotes a clause for another contract
    ("missing", _HOUSING + "9.1 The Contractor shall insert a new clause in each subcontract. " + _NEW_AUDIT_CLAUSE),
]


@pytest.mark.parametrize(("expected", "text"), INSERT_NEW_CLAUSE)
def test_change_note_inserting_a_new_clause(expected, text):
    assert status_of("AUD002", text) == expected


# AUD002: the overcharge named first and "the consequences ... shall be agreed" is the checklist's remedy "to be
# agreed" (weak), whatever the consequences include; consequences of something else, or none agreed, are no remedy.
CONSEQUENCES_TO_AGREE = [
    ("weak",
     "22.5 Where an audit under clause 22 identifies overcharging, the consequences, including any repayment, shall "
     "be agreed between the parties' commercial leads."),
    ("weak",
     "22.5 If an audit shows that the Contractor has overcharged, the consequences, including any refund, shall be "
     "agreed between the parties."),
    ("weak", "22.5 If an audit finds an overpayment, its treatment will be decided by the Contract Board."),
    ("missing",
     "22.5 Where an audit identifies a breach of the security requirements, the consequences shall be agreed between "
     "the parties."),
    ("missing", "22.5 If an audit finds an overpayment, the treatment of the Contractor's staff shall not change."),
]


@pytest.mark.parametrize(("expected", "text"), CONSEQUENCES_TO_AGREE)
def test_consequences_of_an_overcharge_to_be_agreed(expected, text):
    assert status_of("AUD002", _HOUSING + text) == expected


# PRD001: the price cut by a share of the fall in the hours or time a unit of work takes ("shall reduce the
# per-document review price by forty percent (40%) of the reduction in reviewer hours per document achieved") shares
# the productivity gain, as a share of the fall in cost or handle time does; a cut with no share of it does not.
_FIRM = "This Agreement is between Whitcombe & Lane LLP (the \"Customer\") and ReviewStream Inc. (the \"Supplier\").\n"
HOURS_SAVED_SHARE = [
    ("pass",
     "AMENDMENT No. 2 TO STATEMENT OF WORK No. 4 (Customer - Whitcombe & Lane LLP; Supplier - ReviewStream Inc.)\n"
     "1. New section 6.4 is added: \"From the first full quarter after deployment of the AI-assisted review tool, the "
     "Supplier shall reduce the per-document review price by forty percent (40%) of the reduction in reviewer hours "
     "per document achieved, measured each quarter against the baseline in Table 1.\""),
    ("pass",
     _FIRM + "6.4 The Supplier shall credit the Customer 30% of the reduction in labour hours per claim "
     "achieved through "
     "automation, each quarter."),
    ("missing",
     _FIRM + "6.4 The Supplier shall reduce the turnaround time by 20% and shall report the reduction in "
     "reviewer hours "
     "per document each quarter."),
    # the customer's duty is no share for it
    ("missing",
     _FIRM + "6.4 The Customer shall reduce the Supplier's workload by 40% of the reduction in reviewer hours "
     "achieved."),
]


@pytest.mark.parametrize(("expected", "text"), HOURS_SAVED_SHARE)
def test_price_cut_by_a_share_of_hours_saved(expected, text):
    assert status_of("PRD001", text) == expected


# GOV001: a quality level stated as the share of items done without error ("at least 95% of Processed Claims in the
# monthly random sample ... are processed without error") is a measurable service level; without a remedy it is weak,
# and the customer's own duty or a report of the share is no service level.
_BANK_PLC = "This Agreement is between Harbour Bank plc (the \"Customer\") and Quayside Services Ltd (the " \
"\"Supplier\").\n"
WITHOUT_ERROR_LEVEL = [
    ("pass",
     "Schedule 3 (Service Levels). The Contractor shall ensure that at least 95% of Processed Claims in the monthly "
     "random sample drawn by the Contracting Authority (the customer, the Health Service Executive shared "
     "services) are "
     "processed without error. If the Contractor fails to achieve that level in any month, a Service Credit of 5% of "
     "that month's Charges shall be deducted from the next invoice."),
    ("pass",
     _BANK_PLC + "4.1 The Supplier shall ensure that not less than 98% of supplier invoices in the monthly "
     "quality sample "
     "selected by the Customer are keyed without errors. If the Supplier fails to achieve that level in any month, the "
     "Charges for that month shall be reduced by 4%."),
    ("weak",
     _BANK_PLC + "4.1 The Supplier shall ensure that 97% of mortgage files reviewed in each quarter are indexed "
     "without "
     "error."),
    ("missing",
     _BANK_PLC + "4.1 The Customer shall ensure that 95% of the claims it submits to the Supplier are completed "
     "without "
     "error, failing which the Supplier may charge a rework fee of 2% of the Charges."),
    ("missing",
     _BANK_PLC + "4.1 The Supplier shall report each month the share of claims processed without error, and the "
     "parties "
     "shall discuss the results."),
]


@pytest.mark.parametrize(("expected", "text"), WITHOUT_ERROR_LEVEL)
def test_share_done_without_error_is_a_service_level(expected, text):
    assert status_of("GOV001", text) == expected
