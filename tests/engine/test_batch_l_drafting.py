"""Drafting styles from held-out clause batch l (benchmarks/heldout-clauses/2026-12-05-l.yaml), each in several
wordings with its traps, linted with the real rule: US state and Canadian federal boilerplate, South African,
Nigerian and Ghanaian drafting, Indonesian and Thai translations, Dutch and German English, SOW table rows,
negotiation issues lists and buyer's checklists."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_UTILITY = "This Agreement is between Prairie Utilities Inc. (the \"Customer\") and Northgate Contact Ltd (the " \
    "\"Contractor\").\n"

# A question is no term even when the splitter leaves the next sentence's opening bracket on it ("... a CSAT
# target? [Contractor response outstanding.]"); a binding target followed by a bracketed note still binds.
QUESTION_BEFORE_BRACKET = [
    ("GOV002", "missing",
     _UTILITY + "Negotiation Issues List, item 12. Will the Contractor commit to a CSAT target? [Contractor response "
     "outstanding.]"),
    ("GOV002", "missing",
     _UTILITY + "Open point 4: Shall the Contractor achieve an NPS of at least +30? (To be discussed.)"),
    ("EXT001", "missing",
     _UTILITY + "Issue 7. May the Customer terminate for convenience and for cause? [Supplier to confirm.]"),
    # trap: the binding target keeps its note
    ("GOV002", "pass",
     _UTILITY + "6.1 The Contractor shall achieve a monthly CSAT score of at least 85%, measured by a post-call "
     "survey of callers. [Agreed at the meeting of 3 May 2026.]"),
]


@pytest.mark.parametrize(("code", "expected", "text"), QUESTION_BEFORE_BRACKET)
def test_question_before_a_bracket(code, expected, text):
    assert status_of(code, text) == expected


_INSURER = "This Agreement is between Neckar Versicherung GmbH (the \"Customer\") and Rhein Backoffice GmbH (the " \
    "\"Contractor\").\n"

# The possessive "'s" is no verb: "the Buyer's checklist: ... a perpetual licence to the bots" and a topics row "the
# Customer's perpetual licence to the bots" state nothing, where the lookup table had read "'s" as "is" (EXT004's
# stated verb). "It's" and "that's" still are verbs.
POSSESSIVE_IS_NO_VERB = [
    ("missing",
     _INSURER + "Buyer's checklist, item 19: seek ownership of, or a perpetual licence to, the bots and models built "
     "for you."),
    ("missing",
     _INSURER + "Topics for negotiation: the Customer's perpetual licence to the bots and scripts built for it."),
    ("missing",
     _INSURER + "Negotiation agenda, item 3 - the Customer's ownership of the RPA scripts."),
    # traps: a grant naming the customer in the possessive, and a possessive owner with a verb
    ("pass",
     _INSURER + "17.2 The Contractor grants the Customer's affiliates a perpetual licence to use the bots built for "
     "the Customer."),
    ("pass",
     _INSURER + "17.3 All bots and scripts developed for the Services shall be the Customer's exclusive property."),
    # ownership that arises, with the owner in the possessive
    ("pass",
     _INSURER + "17.5 On acceptance, the scripts and trained models delivered under each Work Order become the "
     "Customer's sole property."),
    # a right said to end at exit has its verb in "ends", not in the possessive
    ("weak",
     _INSURER + "17.4 The Customer's right to use the bots and scripts ends on termination of this Agreement."),
]


@pytest.mark.parametrize(("expected", "text"), POSSESSIVE_IS_NO_VERB)
def test_possessive_is_no_verb(expected, text):
    assert status_of("EXT004", text) == expected


# EXT004: a licence for the life of the agreement only, however it is said ("for the duration of the Agreement only",
# "shall cease on expiry", "lapses on termination"), does not let the customer keep using the assets: weak.
TERM_ONLY_LICENCE = [
    ("weak",
     _INSURER + "17.2 The Contractor grants the Customer a simple, non-transferable right to use the bots and scripts "
     "developed for the Services for the duration of the Agreement only."),
    ("weak",
     _INSURER + "17.4 The Customer's licence to the knowledge base and the RPA workflows shall cease on expiry."),
    ("weak",
     _INSURER + "17.2 The Contractor grants the Customer a licence to use the machine learning models built for it, "
     "which lapses on termination of this Agreement."),
    ("weak",
     _INSURER + "17.2 The Customer has the right to use the chatbot scripts developed for it only for the duration "
     "of this Contract."),
    # traps: a licence that outlives the agreement, and a duty for the life of the agreement beside a perpetual licence
    ("pass",
     _INSURER + "17.2 The Contractor grants the Customer a perpetual, irrevocable licence to use the bots and scripts "
     "developed for the Services, which survives expiry or termination of the Agreement."),
    ("pass",
     _INSURER + "17.2 All bots and scripts developed for the Customer shall vest in the Customer on creation.\n"
     "17.3 The Contractor shall maintain the bots for the duration of the Agreement."),
]


@pytest.mark.parametrize(("expected", "text"), TERM_ONLY_LICENCE)
def test_licence_for_the_term_only(expected, text):
    assert status_of("EXT004", text) == expected


_BANK = "This Agreement is between Kano Bank Ltd (the \"Bank\") and Sahel Services Ltd (the \"Supplier\").\n"

# "No X shall entitle / oblige / trigger ..." denies what X would give, to the end of its sentence or semicolon
# ("No change in the level of automation ... shall entitle the Bank to any review or reduction of the Fees" had been
# PRC001 weak); a denial limited by "unless" leaves the limited case, and a later sentence part stands.
NO_X_SHALL_ENTITLE = [
    ("missing",
     _BANK + "12.5 No change in the level of automation used in the Services shall entitle the Bank to any review or "
     "reduction of the Fees."),
    ("missing", _BANK + "12.5 No increase in the automation rate entitles the Bank to a review of the Charges."),
    ("missing",
     _BANK + "12.5 No deployment of a generative AI release shall oblige the Supplier to review the Charges."),
    ("missing", _BANK + "12.5 No automation milestone shall trigger a review of the unit prices."),
    # traps
    ("pass",
     _BANK + "12.5 No change in the level of automation shall entitle the Bank to a review of the Charges unless the "
     "automation rate exceeds 30% in any quarter."),
    ("pass",
     _BANK + "12.5 No change in the Fees shall entitle the Supplier to terminate; if the automation rate exceeds 30% "
     "in any quarter, the Bank may require a review of the Charges."),
]


@pytest.mark.parametrize(("expected", "text"), NO_X_SHALL_ENTITLE)
def test_no_x_shall_entitle(expected, text):
    assert status_of("PRC001", text) == expected


# Indonesian drafting writes "the FIRST PARTY" and "the SECOND PARTY" in capitals: with one of them given its role
# ("the FIRST PARTY (PT Sinar Asuransi Indonesia, the customer)"), the other is the other side, as in title case.
CAPITAL_FIRST_SECOND_PARTY = [
    ("AUD002", "weak",
     "Article 14.3. If the audit finds that the SECOND PARTY has invoiced more than is due, the SECOND PARTY shall "
     "return the excess to the FIRST PARTY (PT Sinar Asuransi Indonesia, the customer) within 30 (thirty) days."),
    ("SEC001", "pass",
     "Article 17. The FIRST PARTY (PT Bank Digital Nusantara, the customer) appoints the SECOND PARTY. The SECOND "
     "PARTY shall maintain ISO/IEC 27001 certification and shall notify the FIRST PARTY of any security breach "
     "within twenty-four (24) hours."),
    # traps: the roles the other way round, and the customer's own duty
    ("SEC001", "missing",
     "Article 17. The SECOND PARTY (PT Bank Digital Nusantara, the customer) appoints the FIRST PARTY. The SECOND "
     "PARTY shall maintain ISO/IEC 27001 certification and shall notify the FIRST PARTY of any security breach "
     "within twenty-four (24) hours."),
    ("AUD002", "missing",
     "Article 14.3. If the audit finds that the FIRST PARTY has been invoiced more than is due, the FIRST PARTY "
     "(PT Sinar Asuransi Indonesia, the customer) shall pay the audit fees to the SECOND PARTY."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CAPITAL_FIRST_SECOND_PARTY)
def test_first_and_second_party_in_capitals(code, expected, text):
    assert status_of(code, text) == expected


# Durations written with the figure first and the words after it ("24 (twenty-four) hours", "5 (five) Business Days"),
# and days of 24 hours counted as "2 x 24 hours", are stated times (SEC001 had read "no stated time").
FIGURE_THEN_WORDS = [
    ("pass",
     "Article 17. The FIRST PARTY (PT Bank Digital Nusantara, the customer) appoints the SECOND PARTY. The SECOND "
     "PARTY shall maintain ISO/IEC 27001 certification and shall notify the FIRST PARTY of any security breach "
     "within 24 (twenty-four) hours."),
    ("pass",
     _BANK + "9.2 The Supplier shall comply with PCI DSS and shall notify the Bank of any security breach no later "
     "than 2 x 24 (two times twenty-four) hours after it becomes aware of it."),
    ("pass",
     _BANK + "9.2 The Supplier shall comply with ISO 27001 and shall report any security incident to the Bank within "
     "2 x 24 hours."),
    # traps: the same writing over the limit, and "promptly" still has no time
    ("weak",
     _BANK + "9.2 The Supplier shall comply with ISO 27001 and shall report any security incident to the Bank within "
     "5 (five) Business Days."),
    ("weak",
     _BANK + "9.2 The Supplier shall comply with ISO 27001 and shall report any security incident to the Bank within "
     "4 x 24 (four times twenty-four) hours."),
    ("weak",
     _BANK + "9.2 The Supplier shall comply with ISO 27001 and shall report any security incident to the Bank "
     "promptly, and shall provide support 7 x 24."),
]


@pytest.mark.parametrize(("expected", "text"), FIGURE_THEN_WORDS)
def test_figure_then_words(expected, text):
    assert status_of("SEC001", text) == expected


@pytest.mark.parametrize(("text", "hours"), [
    ("within 24 (twenty-four) hours", 24.0), ("no later than 2 x 24 (two times twenty-four) hours", 48.0),
    ("within 5 (five) Business Days", 120.0), ("within thirty (30) days", 720.0), ("24 x 7 days a week", 168.0),
])
def test_duration_figure_then_words(text, hours):
    from bpolint.nlp.numbers import durations

    assert [q.value for q in durations(text)] == [hours]


_AUTHORITY = "This Agreement is between Accra Water Authority (the \"Authority\") and Volta Services Ltd (the " \
    "\"Contractor\").\n"

# PRC002: indexation with the index named by what it measures ("the annual inflation rate published by the Ghana
# Statistical Service", "in line with inflation") is the catalogue's upward-only indexation: weak (had been missing).
INFLATION_INDEXATION = [
    ("weak",
     _AUTHORITY + "6.3 The fees payable by the Authority shall be increased on 1 January each year by the annual "
     "inflation rate published by the Ghana Statistical Service."),
    ("weak", _AUTHORITY + "6.3 The Charges shall be adjusted yearly in line with inflation."),
    ("weak",
     _AUTHORITY + "6.3 Each year the unit rates will rise by the rate of inflation for the preceding twelve months as "
     "published by Statistics South Africa."),
    # traps: inflation denied or only a risk, and a benchmark beside the indexation
    ("missing", _AUTHORITY + "6.3 The Charges are fixed for the Term and shall not be adjusted for inflation."),
    ("missing", _AUTHORITY + "6.3 The Contractor bears the risk of inflation during the Term."),
    ("pass",
     _AUTHORITY + "6.3 Once in each Contract Year the Authority may benchmark the Charges against comparable "
     "providers and, where they exceed the market rate, the Contractor shall reduce them; the Charges shall otherwise "
     "be increased by the annual inflation rate."),
]


@pytest.mark.parametrize(("expected", "text"), INFLATION_INDEXATION)
def test_inflation_indexation(expected, text):
    assert status_of("PRC002", text) == expected


_CLIENT = "This Agreement is between Antwerp Port Logistics NV (the \"Client\") and Schelde Backoffice BV (the " \
    "\"Contractor\").\n"

# GOV001: a quality measure named "first-time-right" (Dutch and Belgian English) or "first pass yield" is a service
# level like "right first time": with a target and no remedy it is weak (had been missing).
FIRST_TIME_RIGHT = [
    ("weak",
     _CLIENT + "Article 10 - Quality. The Contractor shall achieve a first-time-right rate of at least 97% for "
     "invoices processed for the Client in each month."),
    ("weak", _CLIENT + "10.2 The Contractor shall maintain a first pass yield of not less than 95% on all claims."),
    ("pass",
     _CLIENT + "10.2 The Contractor shall achieve a first time right percentage of at least 96% each month, failing "
     "which a Service Credit of 2% of the monthly Charges applies."),
    # traps: the client's own duty, and a mention
    ("missing",
     _CLIENT + "10.2 The Client shall ensure that at least 97% of the purchase orders it sends are first-time-right."),
    ("missing", _CLIENT + "Minutes. First-time-right rates were discussed at the workshop of 3 March 2026."),
]


@pytest.mark.parametrize(("expected", "text"), FIRST_TIME_RIGHT)
def test_first_time_right(expected, text):
    assert status_of("GOV001", text) == expected


_HOSPITAL = "This Agreement is between Mercy Valley Hospital (the \"Hospital\") and CodeRight LLC (the \"Vendor\").\n"

# GOV001: the credit named by its verb with the customer after it ("credit St. Jude Valley Hospital (the customer)
# five percent (5%) of that month's fees", "credit the Hospital 4% of the monthly fees"), and work re-performed for
# nothing, are remedies for a missed target (had been weak: "a target has no consequence").
CREDIT_THE_CUSTOMER = [
    ("pass",
     "Exhibit D - Quality. The Vendor shall maintain coding accuracy of not less than 95%, measured by a monthly audit "
     "of 200 charts. If accuracy falls below 95% in any month, the Vendor shall re-code the affected charts and credit "
     "St. Jude Valley Hospital (the customer) five percent (5%) of that month's fees."),
    ("pass",
     _HOSPITAL + "7.1 The Vendor shall achieve an accuracy rate of at least 96% each month; for any month below that "
     "level the Vendor shall credit Mercy Valley Hospital four percent (4%) of the monthly fees."),
    ("pass",
     _HOSPITAL + "7.1 The Vendor shall achieve an accuracy rate of at least 96% each month. If it does not, the Vendor "
     "shall re-perform the deficient coding at its own cost within five (5) Business Days."),
    # traps: a share of the fees that is no credit, and a credit that is the customer's payment terms
    ("weak",
     _HOSPITAL + "7.1 The Vendor shall achieve an accuracy rate of at least 96% each month. The Hospital shall pay "
     "five percent (5%) of the monthly fees in advance."),
    ("weak",
     _HOSPITAL + "7.1 The Vendor shall achieve an accuracy rate of at least 96% each month. The Hospital may pay by "
     "credit card, subject to a surcharge of 2% of the invoice."),
]


@pytest.mark.parametrize(("expected", "text"), CREDIT_THE_CUSTOMER)
def test_credit_the_customer(expected, text):
    assert status_of("GOV001", text) == expected


_POLDER = "This Agreement is between Polder Energie N.V. (the \"Client\") and Delta Services B.V. (the " \
    "\"Contractor\").\n"

# PRD001: a term table's gainshare row, the mechanism by its name and the split between the parties ("Gainshare |
# Savings from the automation of invoice matching | 60% Client / 40% Contractor | ..."), gives the customer its share
# though the supplier is named with its own (had been missing).
GAINSHARE_ROW = [
    ("pass",
     _POLDER + "Schedule 4 - Commercial Terms\nMechanism | Basis | Split\nGain share | Savings from RPA deployment in "
     "accounts payable | 50% Client / 50% Contractor"),
    ("pass",
     _POLDER + "Schedule 4 - Commercial Terms\nItem | Basis | Allocation\nGainsharing | Net savings from the AI "
     "assistant | Client 40%, Contractor 60% | settled annually"),
    # traps: the whole gain to the supplier, an illustrative table, a recital, and another row's share
    ("missing",
     _POLDER + "Schedule 4 - Commercial Terms\nMechanism | Basis | Split\nGainshare | Savings from RPA deployment | "
     "100% Contractor"),
    ("missing",
     _POLDER + "Schedule 4 - Illustrative example only\nMechanism | Basis | Split\nGainshare | Savings from RPA "
     "deployment | 50% Client / 50% Contractor"),
    ("missing", _POLDER + "WHEREAS the Contractor's proposal described a gainshare model."),
    ("missing",
     _POLDER + "Schedule 4 - Commercial Terms\nMechanism | Basis | Owner\nService credits | Missed service levels | "
     "5% Client"),
]


@pytest.mark.parametrize(("expected", "text"), GAINSHARE_ROW)
def test_gainshare_row(expected, text):
    assert status_of("PRD001", text) == expected


_SOW = "Statement of Work No. 2 between Atlantic Fibre Networks Ltd (the \"Customer\") and OrderCore Services Ltd " \
    "(the \"Supplier\").\nLine | Unit | Price | Definition\n"

# OUT001: an SOW row that prices its unit in one cell and defines it in a later one ('3.1 | Coded Encounter | USD 2.10
# per Coded Encounter | A "Coded Encounter" is an outpatient encounter ... submitted to the Hospital's Epic billing work
# queue ...') defines the billable outcome (had been missing: "named here but not a defined term").
DEFINED_IN_A_LATER_CELL = [
    ("pass",
     _SOW + "2.4 | Resolved Order | USD 3.50 per Resolved Order | A \"Resolved Order\" is an order that has been "
     "activated in the Customer's Amdocs system and has not been returned as fallout within seven (7) days."),
    ("pass",
     _SOW + "2.5 | Closed Claim | USD 8.00 per Closed Claim | A \"Closed Claim\" is a claim that has been submitted to "
     "the Customer's Guidewire claims queue and has not been rejected within ten (10) business days."),
    # traps: the supplier's say in the cell, and a definition in a row whose unit is priced nowhere
    ("weak",
     _SOW + "2.4 | Resolved Order | USD 3.50 per Resolved Order | A \"Resolved Order\" is an order that the Supplier "
     "considers complete."),
    ("missing",
     _SOW + "2.6 | Change Request | included in the monthly fee | A \"Change Request\" is a request for a change to "
     "an order that has been approved by the Customer."),
]


@pytest.mark.parametrize(("expected", "text"), DEFINED_IN_A_LATER_CELL)
def test_defined_in_a_later_cell(expected, text):
    assert status_of("OUT001", text) == expected


_CANADA = "This Contract is between His Majesty the King in right of Canada (\"Canada\", the customer) and Maple " \
    "Services Inc. (the \"Contractor\").\n"

# GOV003 and flattened tables: a verbless run-in list of titled items ("(a) Operational meetings: weekly, ...; (b)
# Management reviews: quarterly, ...; (c) Executive reviews: annually") in an operative document - a numbered Annex,
# Schedule or Exhibit, by its clause or by the title opening the sentence - is read as that document's table rows are
# (had been missing: "no binding verb"). The same list under a bare topic heading, or in an illustrative annex, stays
# missing, as verbless tables there do.
RUN_IN_LIST = [
    ("pass",
     _CANADA + "Annex A, section 7 - Governance. (a) Operational meetings: weekly, between the Contractor's Project "
     "Manager and the Technical Authority; (b) Management reviews: quarterly; (c) Executive reviews: annually."),
    ("pass",
     _CANADA + "Schedule 8 - Governance. (a) Service Review: monthly, chaired by Canada; (b) Steering Committee: every "
     "quarter; (c) Executive Board: once a year."),
    ("pass",
     _CANADA + "Exhibit C (Governance). (1) Operational review: every month; (2) Tactical review: every quarter; (3) "
     "Strategic review: once a year."),
    # traps
    ("missing",
     _CANADA + "Governance. (a) Operational meetings: weekly; (b) Management reviews: quarterly; (c) Executive "
     "reviews: annually."),
    ("missing",
     _CANADA + "Annex B - Illustrative governance model. (a) Operational meetings: weekly; (b) Management reviews: "
     "quarterly; (c) Executive reviews: annually."),
    ("missing",
     _CANADA + "Annex C - Contractor's proposal. (a) Operational meetings: weekly; (b) Management reviews: "
     "quarterly; (c) Executive reviews: annually."),
]


@pytest.mark.parametrize(("expected", "text"), RUN_IN_LIST)
def test_run_in_list_in_an_annex(expected, text):
    assert status_of("GOV003", text) == expected
