"""Drafting styles from held-out clause batch s (benchmarks/heldout-clauses/2026-12-12-s.yaml), each in several
wordings with its traps, linted with the real rule: clause comparison tables whose agreed column adopts one draft,
letters of intent that say in other words that they bind nobody, requests recorded in minutes, answers quoted from
an incorporated RFP response (its "we" the party whose response it is), an obligation glossed by a trailing
"where "X" means ...", access the customer gives the supplier, a staff promoter score, each party bearing its own
audit costs, the return's format and time left to the supplier, the fixed component of a fee stepping down, market
prices quoted in an FAQ, and a termination clause's "may terminate for convenience" with no object."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# Engine (annotate._unadopted_drafts): a clause comparison table "Clause | Supplier draft | Customer draft | Agreed"
# whose agreed cell names a draft adopts that draft; the drafts it does not adopt are struck (an agreed cell with
# words of its own is the text, every draft beside it struck). A table with no agreed column, or an agreed cell that
# names no draft, is read as before.
_CUSTOMER_FIRST = "Clause | Customer draft | Supplier draft | Agreed\n"
_SUPPLIER_FIRST = "Clause | Supplier draft | Customer draft | Agreed\n"
_AUDIT = "The Customer may audit the Supplier's records and data relating to the Charges and Resolved Tickets."
COMPARISON_TABLES = [
    # the agreed column adopts the draft without the audit: the customer's draft is not the contract
    ("AUD001", "missing", _CUSTOMER_FIRST + f"15 Audit | {_AUDIT} | [Deleted] | Supplier draft"),
    ("AUD001", "missing", "Clause | Customer position | Supplier position | Agreed text\n"
                          f"15 Audit | {_AUDIT} | No audit right. | Supplier position"),
    ("AUD001", "missing", _CUSTOMER_FIRST + f"15 Audit | {_AUDIT} | [Deleted] | As per Supplier's draft"),
    # ... and the agreed column adopts the supplier's draft, which drops the customer's convenience right
    ("EXT001", "weak", _CUSTOMER_FIRST + "22 Termination | The Customer may terminate this Agreement for convenience "
                       "on 60 days' notice and for material breach by the Supplier. | The Customer may terminate this "
                       "Agreement for material breach by the Supplier. | Supplier draft"),
    # traps: the adopted draft is the audit; the agreed cell states the audit in words of its own; a table with no
    # agreed column is not a comparison the parties settled
    ("AUD001", "pass", _CUSTOMER_FIRST + f"15 Audit | {_AUDIT} | [Deleted] | Customer draft"),
    ("EXT001", "pass", _SUPPLIER_FIRST + "22 Termination | Either party may terminate for material breach. | The "
                       "Customer may terminate this Agreement for convenience on 60 days' notice and for material "
                       "breach by the Supplier. | Customer draft"),
    ("AUD001", "pass", _CUSTOMER_FIRST + f"15 Audit | No audit. | [Deleted] | {_AUDIT}"),
    ("AUD001", "pass", "Clause | Customer draft | Supplier draft\n" + f"15 Audit | {_AUDIT} | [Deleted]"),
]


@pytest.mark.parametrize(("code", "expected", "text"), COMPARISON_TABLES)
def test_comparison_table_agreed_column_adopts_one_draft(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# Engine (annotate._NOT_BINDING_DOCUMENT): a letter of intent, memorandum or term sheet that says it binds nobody in
# other words ("is an expression of intent only and is not legally binding", "creates no legal obligations", "does
# not create legally binding obligations") covers the whole document; a binding term sheet, or a sentence about an
# earlier letter, does not.
_SHARE = "\nThe Supplier shall credit the Customer with 40% of the automation savings each quarter."
NOT_BINDING_DOCUMENTS = [
    ("missing", "This term sheet is indicative only and creates no legal obligations." + _SHARE),
    ("missing", "This letter of intent creates no legal obligations." + _SHARE),
    ("missing", "This Memorandum of Understanding does not create legally binding obligations." + _SHARE),
    # traps: a binding term sheet; what an earlier letter was
    ("pass", "This Term Sheet is binding on the parties until replaced by the definitive agreement." + _SHARE),
    ("pass", "The letter of intent of 3 May created no legal obligations." + _SHARE),
]


@pytest.mark.parametrize(("expected", "text"), NOT_BINDING_DOCUMENTS)
def test_letter_of_intent_that_binds_nobody_in_other_words(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected


# Engine (annotate._REPORTED_REQUEST): a request reported in minutes ("Item 7: The Fund requested ownership of the
# bots", "The Customer asked for ...", "sought") is no term; its acceptance in the same sentence, a condition ("Where
# the Customer has requested ...") or a duty ("shall ... as the Customer requested") still is.
_OWNERSHIP = "ownership of the bots and scripts built for it"  # (on main, these read as the customer's ownership)
REQUESTS = [
    ("missing", "Item 7: The Customer requested ownership of the bots and scripts to be built for it. The Supplier "
                "will consider the request. Open."),
    ("missing", "The Customer requested that all bots built for it be owned by the Customer."),
    ("missing", f"At the meeting the Customer sought {_OWNERSHIP}; no decision was taken."),
    # traps: the request accepted; a condition; a duty
    ("pass", "The Customer requested, and the Supplier agreed, that the bots and scripts built for the Customer shall "
             "be owned by the Customer."),
    ("pass", "Where the Customer has requested it, the bots and scripts built for the Customer shall be owned by the "
             "Customer."),
    ("pass", "All bots and scripts built for the Customer, including those the Customer requested, shall be owned by "
             "the Customer."),
]


@pytest.mark.parametrize(("expected", "text"), REQUESTS)
def test_request_recorded_in_minutes_is_no_term(expected, text):
    assert status_of("EXT004", _PARTIES + text) == expected


# Engine (annotate._quotes_response): an answer quoted from the supplier's RFP or tender response is a term when the
# document incorporates that response; without the incorporation, the quote stays a quotation.
_INCORPORATED = "The Supplier's response to the Customer's RFP dated 12 May 2026 is incorporated into this Agreement.\n"
_ANSWER = ('"All process documentation, RPA scripts and trained intent models developed for the Customer will be '
           'assigned to the Customer on creation."')
RESPONSES = [
    ("pass", _INCORPORATED + "Supplier's response to RFP question 9.2: " + _ANSWER),
    ("pass", "The Supplier's tender dated 1 June 2026 forms part of this Agreement.\nAnswer to question 14 of the "
             "tender: " + _ANSWER),
    # traps: the response is not incorporated; the quote is advice
    ("missing", "Supplier's response to RFP question 9.2: " + _ANSWER),
    ("missing", _INCORPORATED + "We recommend wording such as: " + _ANSWER),
]


@pytest.mark.parametrize(("expected", "text"), RESPONSES)
def test_answer_quoted_from_incorporated_response_is_a_term(expected, text):
    assert status_of("EXT004", _PARTIES + text) == expected


# ... and its first person is the party whose response it is ("Supplier's response ...: "We grant the Customer ...
# the right to audit our billing records""); the supplier's own audit of the customer stays the supplier's.
_AUDIT_ANSWER = ('"We grant the Customer and its external auditors the right to audit our billing records and the '
                 "case-level outcome data on ten business days' notice.\"")
RESPONSE_VOICE = [
    ("pass", _INCORPORATED + "Supplier's response to RFP question 7.3: " + _AUDIT_ANSWER),
    ("pass", "The Supplier's tender dated 1 June 2026 forms part of this Agreement.\nAnswer to question 14 of the "
             'Supplier\'s tender: "We will allow the Customer to inspect our records and data behind the Charges and '
             "the Resolved Tickets on five days' notice.\""),
    # traps: not incorporated; the supplier audits the customer
    ("missing", "Supplier's response to RFP question 7.3: " + _AUDIT_ANSWER),
    ("missing", _INCORPORATED + "Supplier's response to RFP question 7.3: \"We may audit the Customer's volume "
                "records and data relating to the Charges on ten business days' notice.\""),
]


@pytest.mark.parametrize(("expected", "text"), RESPONSE_VOICE)
def test_incorporated_response_speaks_for_its_party(expected, text):
    assert status_of("AUD001", _PARTIES + text) == expected


# Engine (decide._defines_after_its_term): an obligation whose term is glossed after it ('..., where "Productivity
# Gain" means ...') is an obligation, not only a definition; a sentence that opens with the definition, the
# customer's duty or a negated one are not the supplier's sharing.
TRAILING_DEFINITIONS = [
    ("pass", 'The Supplier shall credit to the Customer 40% of the Productivity Gain in each Contract Year, where '
             '"Productivity Gain" means the reduction in cost to serve resulting from automation.'),
    ("pass", 'The Supplier shall pay to the Customer 50% of the Net Savings each quarter, where "Net Savings" means '
             "the reduction in the Supplier's cost to serve from automation."),
    ("pass", 'The Supplier shall reduce the Charges by 30% of the Automation Savings each year, whereby "Automation '
             'Savings" means the fall in agent cost from AI.'),
    # traps: the definition first; the customer's duty; a negated duty
    ("missing", '"Net Savings" means the reduction in cost from automation, and the Supplier shall share 50% of the '
                "Net Savings with the Customer."),
    ("missing", 'The Customer shall pay to the Supplier 50% of the Net Savings each quarter, where "Net Savings" '
                "means the reduction in the Supplier's cost from automation."),
    ("missing", 'The Supplier shall not pay to the Customer any of the Net Savings, where "Net Savings" means the '
                "reduction in cost from automation."),
]


@pytest.mark.parametrize(("expected", "text"), TRAILING_DEFINITIONS)
def test_obligation_glossed_by_trailing_definition(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected


# DAT001 (rule YAML): access the customer gives the supplier to the customer's systems ("shall give the Supplier
# direct access to the raw data in the Customer's Salesforce CRM") is no customer control of the count, and the
# supplier's dashboards set aside ("for information only") do not make the customer's own system of record weak; the
# supplier's access to the customer's system beside a count in it, and dashboards that are the customer's only
# window, are read as before.
SUPPLIER_GIVEN_ACCESS = [
    ("missing", "4.6 The Customer shall give the Supplier direct access to the raw data in the Customer's Salesforce "
                "CRM to the extent needed for the Supplier to process damage claims."),
    ("missing", "The Customer shall provide the Supplier with direct access to the case-level data in the Customer's "
                "ServiceNow instance so that the Supplier can work the tickets."),
    ("missing", "The Customer will grant the Supplier read-only access to the raw claim data held in the Customer's "
                "Guidewire system for claims handling."),
    ("pass", "System of record for billing: the Customer's Zendesk Suite instance, owned and administered by the "
             "Customer. Billable Resolutions are counted only from the ticket data in that instance; the Supplier's "
             "own dashboards are for information only."),
    # traps: the supplier gives the customer access; the count is in the customer's system; dashboards only
    ("pass", "The Supplier shall give the Customer direct access to the raw case data in the Supplier's platform, from "
             "which Resolutions are counted."),
    ("pass", "Resolutions are counted only in the Customer's Zendesk instance. The Customer shall give the Supplier "
             "access to that instance to handle tickets."),
    ("weak", "Resolutions are counted from the Supplier's platform. The Customer receives monthly dashboards."),
]


@pytest.mark.parametrize(("expected", "text"), SUPPLIER_GIVEN_ACCESS)
def test_access_given_to_supplier_and_dashboards_set_aside(expected, text):
    assert status_of("DAT001", _PARTIES + text) == expected


# GOV002 (rule YAML, blocked_by): the supplier's staff promoter score ("employee Net Promoter Score (eNPS) ... among
# its agents", "a staff NPS", "measured by its annual staff survey") is not customer satisfaction; a promoter score
# among the people served, even those "served by its agents", still is.
STAFF_PROMOTER_SCORES = [
    ("missing", "The Supplier shall maintain an employee Net Promoter Score (eNPS) of at least +20 among its agents "
                "assigned to the Services, measured by its annual staff survey."),
    ("missing", "The Supplier shall achieve a staff NPS of at least +15, measured by a quarterly survey."),
    ("missing", "The Supplier shall keep an eNPS of at least 30, measured by its employee survey each year."),
    # traps: the people served
    ("pass", "The Supplier shall achieve a Net Promoter Score of at least +30 among applicants, measured each quarter "
             "by an independent survey."),
    ("pass", "The Supplier shall achieve an NPS of at least +25 among members served by its agents, measured by the "
             "post-contact survey."),
]


@pytest.mark.parametrize(("expected", "text"), STAFF_PROMOTER_SCORES)
def test_staff_promoter_score_is_not_customer_satisfaction(expected, text):
    assert status_of("GOV002", _PARTIES + text) == expected


# AUD002 (rule YAML, blocked_by on the cost parts): "each party shall bear its own audit costs" shifts no cost to the
# supplier, even beside a named discrepancy; a shift stated with the default as its exception ("otherwise each party
# shall bear its own") still counts.
OWN_AUDIT_COSTS = [
    ("missing", "14.6 No refund, credit or interest shall be payable in respect of any discrepancy identified by an "
                "audit, and each party shall bear its own audit costs."),
    ("missing", "Any discrepancy found by an audit shall be noted in the audit report, and the parties shall bear "
                "their own audit costs."),
    # traps: the default after the shift; a refund beside the own-costs default stays weak
    ("pass", "The Supplier shall refund any overcharge found by an audit with interest, and shall bear the audit costs "
             "where the discrepancy exceeds 5%; otherwise each party shall bear its own audit costs."),
    ("weak", "The Supplier shall refund any overcharge found by an audit within 30 days. Each party shall bear its own "
             "costs of any audit."),
]


@pytest.mark.parametrize(("expected", "text"), OWN_AUDIT_COSTS)
def test_each_party_bearing_own_audit_costs_is_no_cost_shift(expected, text):
    assert status_of("AUD002", _PARTIES + text) == expected


# EXT003 (rule YAML, weak_if): format and time both left to the supplier in one relative clause ("in such format and
# at such time as the Supplier reasonably determines") or the time alone ("within such period as the Supplier
# determines") is weak; the customer's choice is not.
_RETURN = "On termination the Supplier shall return all Customer Data to the Customer and then securely delete it"
SUPPLIER_CHOSEN_RETURN = [
    ("weak", _RETURN + ", in such format and at such time as the Supplier reasonably determines."),
    ("weak", _RETURN + ", in CSV format, at such time as the Supplier may decide."),
    ("weak", _RETURN + ", in CSV format, within such period as the Supplier determines."),
    # traps: the customer chooses; a stated format and time
    ("pass", _RETURN + ", in such format and at such time as the Customer reasonably requests."),
    ("pass", _RETURN + ", in CSV format within 30 days."),
]


@pytest.mark.parametrize(("expected", "text"), SUPPLIER_CHOSEN_RETURN)
def test_return_format_and_time_chosen_by_supplier(expected, text):
    assert status_of("EXT003", _PARTIES + text) == expected


# PRC003 (rule YAML): the fixed component of one fee stepping down by dates, the rest paid per outcome, is a glide
# path; a reduction on a condition, at dates to be agreed, or denied is not (or is weak).
FIXED_COMPONENT_STEPS = [
    ("pass", "The fixed monthly component of the fee shall be reduced to 70% of its initial amount from 1 July 2027, "
             "to 40% from 1 July 2028 and to 15% from 1 July 2029, and the balance shall be paid as the fee for each "
             "Processed Application."),
    ("pass", "The fixed component of the Charges shall be reduced by one third on 1 January 2028 and by a further "
             "third on 1 January 2029, and the Supplier shall instead be paid USD 4.00 per Resolved Ticket."),
    ("pass", "The fixed monthly portion of the fee will be reduced to 50% from Month 13 and to nil from Month 25, the "
             "rest being paid per Completed Case at EUR 3.10."),
    # traps: a condition, not a schedule; steps to be agreed; a denial
    ("missing", "The fixed monthly component of the fee shall be reduced if volumes fall below 10,000 contacts a "
                "month."),
    ("weak", "The fixed monthly component of the fee shall be reduced at dates to be agreed, with the balance paid per "
             "Resolved Ticket."),
    ("missing", "The fixed monthly component of the fee shall not be reduced during the Term."),
]


@pytest.mark.parametrize(("expected", "text"), FIXED_COMPONENT_STEPS)
def test_fixed_component_stepping_down_is_a_glide_path(expected, text):
    assert status_of("PRC003", _PARTIES + text) == expected


# PRC004 (rule YAML, applies_if blocked_by): market prices quoted as an aside ("Market pay-per-resolution prices run
# at about USD 3-9 per resolved issue", "market unit prices range from ...") and a per-resolution price said to be
# absent are no price of this contract; the contract's own price beside a market remark still is.
MARKET_PRICES = [
    ("not_applicable", "The Supplier charges USD 2,000 per FTE per month. Market pay-per-resolution prices run at "
                       "about USD 3-9 per resolved issue."),
    ("not_applicable", "The Supplier charges USD 2,000 per FTE per month. For comparison, market unit prices range "
                       "from USD 3 to USD 9 per resolved issue."),
    ("not_applicable", "The Customer pays USD 900 per agent per month; the agreement has no per-resolution price, "
                       "although USD 4 per resolved contact was discussed."),
    # traps: the contract's own price, beside a market remark or a denial of another price
    ("pass", "The Customer shall pay USD 5.00 per Resolved Ticket and a baseline fee of USD 4,000 covering minimum "
             "staffing of 3 agents, in line with market prices."),
    ("pass", "The Customer shall pay USD 5.00 per Resolved Ticket and a baseline fee of USD 4,000 covering minimum "
             "staffing of 3 agents; there is no fee per FTE."),
]


@pytest.mark.parametrize(("expected", "text"), MARKET_PRICES)
def test_market_prices_quoted_are_no_contract_price(expected, text):
    assert status_of("PRC004", _PARTIES + text) == expected


# EXT001 (rule YAML, the object element): "may terminate for convenience" / "without cause" with no object ends the
# contract, as a termination clause's own sentence says it; the supplier's convenience right stays the supplier's.
OBJECTLESS_CONVENIENCE = [
    ("pass", "The Customer may terminate for convenience on 90 days' notice and for the Supplier's material breach."),
    ("pass", _SUPPLIER_FIRST + "22 Termination | Either party may terminate for material breach. | The Customer may "
             "terminate for convenience on 60 days' notice and for material breach by the Supplier. | Customer draft"),
    # traps: the supplier's convenience right; cause only
    ("weak", "The Supplier may terminate for convenience on 90 days' notice, and the Customer may terminate for "
             "material breach."),
    ("weak", "The Customer may terminate for material breach by the Supplier."),
]


@pytest.mark.parametrize(("expected", "text"), OBJECTLESS_CONVENIENCE)
def test_objectless_termination_for_convenience(expected, text):
    assert status_of("EXT001", _PARTIES + text) == expected
