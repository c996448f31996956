"""Drafting styles from held-out clause batch m (benchmarks/heldout-clauses/2026-12-06-m.yaml), each in several
wordings with its traps, linted with the real rule: Caribbean, Mauritian, Sri Lankan, Pakistani and Bangladeshi
drafting, Polish/Czech/Baltic nearshore centres, Mexican and Colombian translations, DIFC/ADGM, build-operate-transfer,
US federal task orders, CCS call-off schedules, KPI dictionaries, minutes and term sheets."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_BANK = "This Agreement is between Caribbean Mutual Bank Ltd (the \"Customer\") and Harbour Back Office Ltd (the " \
    "\"Supplier\").\n"

# AUD002: the refund of an overcharge found on audit, where the party repaid is named with a parenthesis ("reimburse to
# THE CONTRACTING ENTITY (..., the customer) any amount overbilled"), where the finding is "overbilling" as the subject
# ("Any overbilling disclosed by an audit shall be credited ..."), and the remedy agreed "in good faith" (the
# catalogue's remedy "to be agreed": weak).
AUDIT_REMEDY = [
    ("pass",
     "CLAUSE TWENTY. THE CONTRACTOR shall reimburse to THE CONTRACTING ENTITY (Fondo Regional de "
     "Salud, the customer) "
     "any amount overbilled that is identified by the audit, with default interest at the maximum "
     "legal rate, and shall "
     "assume the costs of the audit when the difference exceeds three percent (3%) of the amounts invoiced."),
    ("pass",
     _BANK + "14.2 If an audit shows an overcharge, the Supplier shall repay to the Customer (including, where it so "
     "directs, its Affiliates) the overcharge with interest at 2% above base rate, and shall bear "
     "the costs of the audit "
     "where the overcharge exceeds 5% of the Charges audited."),
    ("weak",
     _BANK + "14.3 Any overbilling disclosed by an audit under clause 14.1 shall be credited by the "
     "Supplier against the "
     "next invoice."),
    ("weak",
     _BANK + "14.4 Any overbilling found on inspection of the records shall be refunded by the "
     "Supplier within 30 days."),
    ("weak",
     _BANK + "14.5 If an audit finds any discrepancy in the Charges, the parties shall meet and "
     "agree in good faith the "
     "appropriate remedy."),
    ("weak",
     _BANK + "14.6 Where an inspection discloses that the Customer has been overcharged, the parties "
     "shall agree in good "
     "faith on a fair correction."),
    # traps: overbilling no audit found, a denied credit, a good-faith remedy for something other than an audit finding,
    # and advice
    ("missing",
     _BANK + "14.7 Any overbilling in an invoice shall be credited by the Supplier against the next invoice."),
    ("missing",
     _BANK + "14.8 Any overbilling disclosed by an audit shall not be credited or refunded by the Supplier."),
    ("missing",
     _BANK + "14.9 If the Customer's volume forecast proves wrong, the parties shall agree in good "
     "faith the appropriate "
     "remedy."),
    ("missing",
     _BANK + "Practice note: make sure that, if an audit finds a discrepancy, the parties agree in good faith the "
     "appropriate remedy."),
]


@pytest.mark.parametrize(("expected", "text"), AUDIT_REMEDY)
def test_audit_remedy(expected, text):
    assert status_of("AUD002", text) == expected


_ORDER = "This Agreement is between Lakeside Benefits Ltd (the \"Customer\") and Clearwater Contact Ltd (the " \
    "\"Supplier\").\n"

# PRC004: a line item priced "each" after its amount, the unit named just before it ("CLIN 0001 Resolved Contact, USD
# 7.25 each", "Completed Claim, USD 4.10 each"), is a price per outcome; "each" that starts a period ("500 each
# month") or prices a thing that is no outcome ("Headsets: USD 40 each") is not.
PRICED_EACH = [
    ("pass",
     "Task Order Pricing (the Government, acting through the Department of Labor, is the customer). CLIN 0001 "
     "Resolved Contact, USD 7.25 each. CLIN 0002 Base Service Charge, USD 15,000 per month, covering the minimum "
     "staffing of eight (8) agents."),
    ("pass",
     _ORDER + "4.1 Pricing. Line 1 - Completed Claim, USD 4.10 each. Line 2 - Base Fee, USD 4,000 per month covering "
     "a team of three processors."),
    ("weak",
     _ORDER + "4.1 Price list: Resolved Ticket, USD 14.00 each; Platform Fee, USD 2,000 per month covering hosting."),
    # traps: "each" starting a period, an item that is no outcome
    ("not_applicable",
     _ORDER + "4.1 The Customer shall pay USD 30 per agent hour. Resolved Contacts: 500 each month."),
    ("not_applicable",
     _ORDER + "4.1 The Customer shall pay USD 30 per agent hour. Headsets: USD 40 each."),
]


@pytest.mark.parametrize(("expected", "text"), PRICED_EACH)
def test_priced_each(expected, text):
    assert status_of("PRC004", text) == expected


def test_each_after_the_amount_names_the_unit_before_it():
    from bpolint.nlp.numbers import money

    assert [q.per for q in money("CLIN 0001 Resolved Contact, USD 7.25 each.")] == ["Resolved Contact"]
    assert [q.per for q in money("Completed Claim | USD 12.40 each.")] == ["Completed Claim"]
    # "each" starting a period is no unit of the amount
    assert [q.per for q in money("Resolved Contacts: at USD 5 each day")] == ["day"]


_AIRLINE = "This Agreement is between Serendib Air PLC (the \"Company\") and Lanka Contact (Private) Limited (the " \
    "\"Service Provider\").\n"

# OUT002 applies where the exclusion itself names the outcome as the unit billed, its price set elsewhere ("shall not
# be counted as a Billable Resolution", "A Resolved Chargeback shall not be chargeable", "shall not be charged as new
# Resolutions"), and where an amount is "charged at" for a Resolution; a contact "from the same" person again is a
# repeat contact. An exclusion under an hourly rate, or a unit "counted" for a KPI, prices no outcome.
BILLED_OUTCOME_UNIT = [
    ("pass",
     _AIRLINE + "6.3 Repeat Contacts. Any contact from the same passenger concerning the same "
     "booking reference within "
     "seven (7) days after a Resolution shall not be counted as a Billable Resolution and shall not "
     "be invoiced to the "
     "Company."),
    ("pass",
     _AIRLINE + "6.4 A Resolved Refund Request shall not be chargeable where the same passenger re-opens it within "
     "thirty (30) days after its resolution."),
    ("weak",
     _AIRLINE + "6.5 Tickets reopened by passengers shall not be charged as new Resolutions."),
    ("weak",
     _AIRLINE + "6.6 A call from the same caller about the same matter shall not be counted as a "
     "Billable Resolution."),
    ("missing",
     _AIRLINE + "6.7 For the avoidance of doubt, a ticket reopened by a passenger shall be treated "
     "as a new Resolution "
     "and charged at LKR 900 accordingly."),
    ("missing",
     _AIRLINE + "6.8 A call from the same caller within 7 days of a Resolution is chargeable as a new Billable "
     "Resolution."),
    # traps: an hourly rate, a unit counted for a KPI, billable hours
    ("not_applicable",
     _AIRLINE + "6.1 The Company shall pay LKR 4,000 per agent hour. A contact reopened within 7 days shall not be "
     "charged again."),
    ("not_applicable",
     _AIRLINE + "6.1 The Company shall pay LKR 250,000 per FTE per month. A contact is counted as a Resolution for "
     "the First Contact Resolution KPI only if it is not reopened within 7 days."),
    ("not_applicable",
     _AIRLINE + "6.1 Billable Hours shall not include time spent on a contact reopened within 7 days."),
]


@pytest.mark.parametrize(("expected", "text"), BILLED_OUTCOME_UNIT)
def test_billed_outcome_unit(expected, text):
    assert status_of("OUT002", text) == expected


def test_a_billable_fee_is_no_billed_outcome():
    text = (_AIRLINE + "6.2 The rebate shall be 15% of the Billable Platform Fees paid by the Company. A contact "
            "reopened within 7 days shall not be charged again.")
    assert status_of("OUT002", text) == "not_applicable"


_PORT = "This Agreement is between Aerovias del Caribe S.A. (the \"Customer\") and Medellin Revenue Services S.A.S. " \
    "(the \"Supplier\").\n"

# PRC002: the price object named by what it is the price of ("The price of the services shall be reviewed every six
# (6) months", "The fees for the services will be reviewed annually"); not the quality of the services, and not a
# review ruled out.
PRICE_OF_THE_SERVICES = [
    ("pass",
     "CLAUSE EIGHT. The price of the services shall be reviewed every six (6) months by THE CONTRACTING ENTITY "
     "(Aerovias del Caribe S.A., the customer) and THE CONTRACTOR by reference to the market prices."),
    ("pass", _PORT + "8. The fees for the services will be reviewed annually by the parties."),
    ("weak", _PORT + "8. The price of the services shall be reviewed every three years."),
    ("missing", _PORT + "8. The price of the services shall not be reviewed during the Term."),
    ("missing", _PORT + "8. The quality of the services shall be reviewed every six months."),
]


@pytest.mark.parametrize(("expected", "text"), PRICE_OF_THE_SERVICES)
def test_price_of_the_services(expected, text):
    assert status_of("PRC002", text) == expected


_AIRPORT = "This Agreement is between Port Louis Airport Services Ltd (the \"Client\") and Ebene Revenue Ltd (the " \
    "\"Supplier\").\n"

# A question reported in minutes or correspondence is no term, for a rule read from statements as for one read from
# duties: "The Client asked whether the transition to outcome pricing would start in Year 2." Traps: the answer
# recorded in the same sentence, and a duty that applies "if the Client asks".
REPORTED_QUESTION = [
    ("PRC003", "missing",
     "Steering Committee minute, item 6 (Client: Port Louis Airport Services Ltd, the customer). The Client asked "
     "whether the transition to outcome pricing would start in Year 2. The Supplier to revert."),
    ("GOV002", "missing",
     _AIRPORT + "Minute 4. The Client asked whether the Supplier would achieve a CSAT of 85% measured by the "
     "Client's post-call survey."),
    ("EXT001", "missing",
     _AIRPORT + "Minute 7. The Client's counsel queried if the Client could terminate for convenience and for cause."),
    # traps
    ("GOV002", "pass",
     _AIRPORT + "4. If the Client asks, the Supplier shall achieve a CSAT of 85% measured by the Client's post-call "
     "survey."),
    ("PRC003", "weak",
     _AIRPORT + "5. The Client asked whether the Charges would move from the FTE Fee to a price per Resolved Contact "
     "in Year 2; the Supplier agreed, and the Charges shall move in Year 2 as set out in Schedule 3."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REPORTED_QUESTION)
def test_reported_question(code, expected, text):
    assert status_of(code, text) == expected


_FUND = "This Agreement is between Cayman Fund Administrators Ltd (the \"Customer\") and Seven Mile Operations Ltd " \
    "(the \"Supplier\").\n"

# PRD001: the benefit of a fall in cost named in the condition, then shared with the customer ("Where automation
# reduces the Supplier's cost of delivery, the parties will discuss in good faith how the resulting benefit might be
# shared with the Customer": the catalogue's sharing "to be discussed in good faith", weak). Traps: the resulting
# benefit not shared with the customer, or denied.
RESULTING_BENEFIT = [
    ("weak",
     _FUND + "12.5 Where automation reduces the Supplier's cost of delivery, the parties will discuss in good faith "
     "how the resulting benefit might be shared with the Customer."),
    ("pass",
     _FUND + "12.6 Where the Supplier deploys bots in the transfer agency process, 50% of the resulting savings shall "
     "be passed on to the Customer as a credit against the Charges."),
    ("missing",
     _FUND + "12.7 Where the Customer changes its opening hours, the parties will discuss in good faith how the "
     "resulting benefit might be shared."),
    ("missing",
     _FUND + "12.8 Where automation reduces the Supplier's cost of delivery, the resulting benefit shall not be shared "
     "with the Customer."),
    ("missing",
     _FUND + "12.9 Where automation reduces the Supplier's costs, the resulting savings shall be shared with the "
     "Supplier's subcontractors."),
]


@pytest.mark.parametrize(("expected", "text"), RESULTING_BENEFIT)
def test_resulting_benefit(expected, text):
    assert status_of("PRD001", text) == expected


_PADMA = "This Agreement is between Padma Commercial Bank PLC (the \"Bank\") and Sylhet Business Solutions Ltd (the " \
    "\"Service Provider\").\n"

# DAT001: a completed unit of work named as a defined term is the billable outcome the system of record counts ("the
# record of all Completed Account Openings", "the system of record for Completed Returns"); not completed training.
COMPLETED_UNIT_RECORD = [
    ("pass",
     _PADMA + "14.1 The Bank's Temenos core banking system shall be the system of record for Completed Account "
     "Openings, and the Bank owns and controls it."),
    ("weak",
     _PADMA + "14.1 The Service Provider's workflow tool shall be the record of all Completed Account Openings. "
     "The Bank may request extracts from it, and the Service Provider's records shall be final and conclusive."),
    ("weak",
     _PADMA + "14.2 The Service Provider's MetricHub platform shall be the system of record for Finalised Returns; the "
     "Bank shall receive monthly summary dashboards from it."),
    # traps: completed training, a recital
    ("missing",
     _PADMA + "14.1 The Service Provider's workflow tool shall be the record of all completed staff training courses, "
     "and the Bank may request extracts."),
    ("missing",
     _PADMA + "Recital (C): the Service Provider's workflow tool is the record of all Completed Account Openings."),
    # the customer's access denied outright (named with a parenthesis or not) is the catalogue's negation, not a
    # weak source; the supplier's access denied is not
    ("missing",
     _PADMA + "14.3 The Service Provider owns the workflow tool, which is the system of record for Completed Account "
     "Openings, and the Bank (Padma Commercial Bank PLC) shall have no access to the raw data held in it."),
    ("pass",
     _PADMA + "14.4 Completed Account Openings shall be counted only in the Bank's Temenos system, which the Bank owns "
     "and controls; the Service Provider shall have no access to its audit tables."),
]


@pytest.mark.parametrize(("expected", "text"), COMPLETED_UNIT_RECORD)
def test_completed_unit_record(expected, text):
    assert status_of("DAT001", text) == expected


_RIGA = "This Agreement is between Riga Airport Revenue SIA (the \"Client\") and Daugava Operations SIA (the " \
    "\"Supplier\").\n"

# GOV003: one party meeting the other at a cadence, the party met named with a parenthesis ("shall meet the Client
# (Riga Airport Revenue SIA) monthly"): one tier, weak; with a second tier, pass. Traps: the customer's requirements
# met each month, a meeting ruled out.
MEET_PARTY_IN_BRACKETS = [
    ("weak",
     "14.2 The Supplier's account manager shall meet the Client (Riga Airport Revenue SIA, the customer) monthly to "
     "review performance."),
    ("pass",
     _RIGA + "14.2 The Supplier shall meet the Client (acting through its Contract Manager) every month to review "
     "performance, and the Steering Committee shall meet quarterly."),
    ("missing", _RIGA + "14.2 The Supplier shall meet the Client's (Riga Airport's) requirements each month."),
    ("missing", _RIGA + "14.2 The Supplier shall not be required to meet the Client (or its auditors) at any time."),
]


@pytest.mark.parametrize(("expected", "text"), MEET_PARTY_IN_BRACKETS)
def test_meet_party_in_brackets(expected, text):
    assert status_of("GOV003", text) == expected
