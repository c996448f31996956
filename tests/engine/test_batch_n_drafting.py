"""Drafting styles from held-out clause batch n (benchmarks/heldout-clauses/2026-12-07-n.yaml), each in several
wordings with its traps, linted with the real rule: Channel Islands and Isle of Man, Maltese and Cypriot, Luxembourg
fund, Welsh and Northern Irish public, Bermuda and Cayman, Ukrainian and Georgian, Moroccan and Tunisian, Rwandan,
Zambian and Fiji drafting; redlines, SOW options, clarification logs and order forms."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# A party named by a word that is a party only in context ("Fund", "Cedant", "Management Company") and given its side
# in its own bracket after the quoted label: '(the "Fund", the customer)'. Its rights are the customer's.
LABEL_WITH_ROLE = [
    ("AUD001", "weak",
     "Administration Agreement between Palm Cove Credit Fund (the \"Fund\", the customer) and Eden Rock "
     "Administrators Ltd (the \"Administrator\").\n18.2 The Fund may audit the Administrator's records relating to the "
     "fees and to the count of Resolved Queries not more than once in any period of twenty-four (24) months."),
    ("AUD001", "pass",
     "Agreement between Harbour Cat Re Ltd (the \"Cedant\", the client) and Quay Processing Ltd (the \"Service "
     "Provider\").\n9.1 The Cedant and its auditors may inspect the Service Provider's records, systems and data "
     "relating to the Fees and to the number of Processed Bordereau Lines."),
    ("EXT001", "weak",
     "Agreement between Alpine Asset Management S.A. (the \"Management Company\", the customer) and Valley Fund "
     "Services S.a r.l. (the \"Service Provider\").\n26.1 The Management Company may terminate this Agreement by "
     "notice if the Service Provider commits a material breach which it fails to remedy within thirty (30) days."),
    ("EXT001", "pass",
     "Agreement between Coral Reinsurance Ltd (the \"Cedant\"; the customer) and Reef Services Ltd (the "
     "\"Supplier\").\n24.1 The Cedant may terminate this Agreement for convenience on ninety (90) days' notice.\n24.2 "
     "The Cedant may terminate this Agreement immediately by notice if the Supplier commits a material breach."),
    # traps: the same bracket naming the supplier's side gives the customer nothing; a context word with no side said
    # stays as it was; and a right of the supplier labelled so is still the supplier's
    ("EXT001", "missing",
     "Agreement between Coral Holdings Ltd (the \"Customer\") and Reef Fund Services Ltd (the \"Administrator\", the "
     "supplier).\n24.1 The Administrator may terminate this Agreement for convenience on ninety (90) days' notice, "
     "and immediately by notice if the Customer fails to pay."),
    ("AUD001", "missing",
     "Agreement between Palm Cove Credit Fund (the \"Fund\", the customer) and Eden Rock Administrators Ltd (the "
     "\"Administrator\").\n18.2 The Administrator may audit the Fund's use of the Administrator's portal once a "
     "year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), LABEL_WITH_ROLE)
def test_label_with_role_after_the(code, expected, text):
    assert status_of(code, text) == expected


# EXT004: a licence to the automation assets granted "during the Term" with nothing said of the time after it is a
# licence for the Term only (weak); one said to survive, to be perpetual or to run after the Term is not.
TERM_LICENCE = [
    ("weak",
     "Agreement between Hamilton Re Ltd (the \"Reinsurer\", the customer) and Front Street Ltd (the \"Service "
     "Provider\").\n17.4 The Service Provider grants the Reinsurer a non-exclusive licence to use the bordereau "
     "automation scripts during the Term."),
    ("weak",
     "The Supplier grants the Customer a non-exclusive, royalty-free licence to use the bots and knowledge base "
     "articles used in the Services for the Term."),
    ("pass",
     "The Supplier grants the Customer a non-exclusive licence to use the bots and scripts built for the Services "
     "during the Term and for twelve (12) months after its expiry or termination."),
    ("pass",
     "The Supplier grants the Customer a perpetual licence to use the RPA scripts developed for the Customer, "
     "including during the Term."),
    # traps: the time the assets were made in is no limit on the customer's ownership of them; the customer
    # licensing its own knowledge base to the supplier during the Term is no licence to the customer
    ("missing",
     "The Customer grants the Supplier a non-exclusive licence to use the Customer's knowledge base during the Term "
     "solely to perform the Services."),
    ("pass",
     "All bots, scripts and knowledge base articles developed by the Supplier for the Customer during the Term shall "
     "vest in and be owned by the Customer."),
]


@pytest.mark.parametrize(("expected", "text"), TERM_LICENCE)
def test_licence_during_the_term(expected, text):
    assert status_of("EXT004", text) == expected


_DRAFT = "Draft Services Agreement v3 (Customer: Harbour Utilities Ltd; Supplier: Quay Operations Ltd).\n"

# A redline's bracketed clause that the comment right after it refuses or deletes is not agreed ("[12.4 ...]
# [Supplier comment: Not agreed ... Please delete clause 12.4.]", "[Customer comment: Agreed, clause 4.3 deleted.]");
# one the comment accepts, one with no comment, and one followed by a comment on something else stay as written.
REFUSED_REDLINE = [
    ("EXT004", "missing",
     _DRAFT + "[12.4 The Customer shall own all bots and RPA scripts developed for it under this Agreement.]\n"
     "[Supplier comment: Not agreed - the Supplier does not accept Customer ownership of bots.]"),
    ("AUD001", "missing",
     _DRAFT + "[7.1 The Customer may audit the Supplier's records, systems and data relating to the Charges and the "
     "count of Resolved Contacts.] [Supplier comment: Rejected; please delete.] [Customer comment: Agreed, clause 7.1 "
     "deleted.]"),
    ("SEC001", "missing",
     _DRAFT + "[9.2 The Supplier shall maintain ISO 27001 certification and notify the Customer of any Security "
     "Incident within 24 hours.]\nSupplier comment: not accepted, to be struck out."),
    # traps
    ("SEC001", "pass",
     _DRAFT + "[9.2 The Supplier shall maintain ISO 27001 certification and notify the Customer of any Security "
     "Incident within 24 hours.]\n[Supplier comment: Accepted.]"),
    ("EXT004", "pass",
     _DRAFT + "[12.4 The Customer shall own all bots and RPA scripts developed for it under this Agreement.]"),
    ("AUD001", "pass",
     _DRAFT + "[7.1 The Customer may audit the Supplier's records, systems and data relating to the Charges and the "
     "count of Resolved Contacts.] 7.2 The Supplier shall keep the records for six years. [Supplier comment: Not "
     "agreed - delete 7.2.]"),
]


@pytest.mark.parametrize(("code", "expected", "text"), REFUSED_REDLINE)
def test_refused_redline(code, expected, text):
    assert status_of(code, text) == expected


_LEDGER = "Freight Audit and Payment Agreement between Douglas Bay Retail Limited (the \"Client\", the customer) and " \
    "Ramsey Freight Audit Ltd (the \"Supplier\").\n9.1 The Freight Payment Ledger shall be the system of record " \
    "for the number of Audited Freight Invoices.\n"

# DAT001: the customer's direct access to the raw data held in the system that counts the outcomes, in a clause of its
# own ("The Client shall have direct, read-only access at all times to the raw transaction data held in the Freight
# Payment Ledger"); not the supplier's own access, or summaries on request.
RAW_DATA_ACCESS = [
    ("pass", _LEDGER + "9.2 The Client shall have direct, read-only access at all times to the raw transaction data "
     "held in the Freight Payment Ledger, without request and without restriction."),
    ("pass", "Agreement between Harbour Insurance Ltd (the \"Client\") and Quay Claims Ltd (the \"Supplier\").\n9.1 "
     "Completed Claims shall be counted in the Supplier's ClaimDesk platform.\n9.2 The Supplier shall give the Client "
     "direct access at any time to the raw claim data stored in ClaimDesk."),
    ("weak", _LEDGER + "9.2 The Supplier shall have direct, read-only access at all times to the raw transaction data "
     "held in the Freight Payment Ledger."),
    ("weak", _LEDGER + "9.2 On request, the Supplier shall give the Client access to monthly summaries of the raw "
     "transaction data held in the Freight Payment Ledger."),
]


@pytest.mark.parametrize(("expected", "text"), RAW_DATA_ACCESS)
def test_raw_data_access(expected, text):
    assert status_of("DAT001", text) == expected


_REVIEW = "Agreement between Tunisie Leasing S.A. (the \"Client\", the customer) and Monastir Review SARL (the " \
    "\"Contractor\").\n"

# GOV001: a quality measure with its level said with a verb or in words and figures ("NAV calculation accuracy is not
# less than 99.9%", "a document review accuracy of at least ninety-seven per cent (97%)"): a measurable service level,
# weak with no remedy; not the customer's duty, an effort to improve, or advice.
ACCURACY_LEVEL = [
    ("pass",
     "Agreement between Ayia Napa Fund (the \"Fund\", the customer) and Kyrenia Administration Ltd (the "
     "\"Provider\").\nSchedule 4. The Provider shall ensure that NAV calculation accuracy is not less than 99.9% in "
     "each month. Each failure to meet that target entitles the Fund to a service credit of EUR 5,000."),
    ("pass",
     _REVIEW + "10. The Contractor shall ensure that claims processing accuracy remains not less than ninety-nine per "
     "cent (99%) each month. If it does not, the Contractor shall credit the Client 2% of the monthly Charges."),
    ("weak",
     _REVIEW + "10. The Contractor shall maintain a document review accuracy of at least ninety-seven per cent (97%), "
     "measured by monthly sampling."),
    ("weak", _REVIEW + "10. The Contractor shall ensure that coding accuracy is at least 98% in each month."),
    # traps
    ("missing", _REVIEW + "10. The Client shall ensure that the data it supplies has an accuracy of at least 95%."),
    ("missing", _REVIEW + "10. The Contractor shall use reasonable efforts to improve the accuracy of its reviews."),
    ("missing", _REVIEW + "10. Buyers should require a review accuracy of at least 97% backed by service credits."),
]


@pytest.mark.parametrize(("expected", "text"), ACCURACY_LEVEL)
def test_accuracy_level(expected, text):
    assert status_of("GOV001", text) == expected


_SOW = "Statement of Work 2 (Customer: Harbour Cards Ltd; Supplier: Quay Disputes Ltd).\n"
_GLIDE = ("4. Pricing model. [Option A: Fixed Monthly Fee for the whole Term.] / [Option B: The Charges shall move "
          "from the Fixed Monthly Fee to Outcome Charges in three steps: 70/30 from 1 January 2027, 40/60 from 1 "
          "January 2028 and 0/100 from 1 January 2029.]")

# Bracketed options with the choice made in the text ("Option selected: Option B", "Option B applies"): the chosen
# option is agreed, the others are not; with no choice, or a choice only proposed in a comment, none is.
CHOSEN_OPTION = [
    ("PRC003", "pass", _SOW + _GLIDE + "\nOption selected: Option B. Option A is deleted."),
    ("PRC003", "pass", _SOW + _GLIDE + " Option B applies."),
    ("AUD001", "pass",
     _SOW + "7. Audit. [Option 1: The Customer may audit the Supplier's records, systems and data relating to the "
     "Charges and the Resolved Disputes once in each Contract Year.] [Option 2: No audit right.] Option selected: 1."),
    # traps
    ("PRC003", "missing", _SOW + _GLIDE + "\nOption selected: Option A."),
    ("PRC003", "missing", _SOW + _GLIDE),
    ("PRC003", "missing", _SOW + _GLIDE + "\nSupplier comment: Option B not agreed. Supplier proposes Option A."),
    ("AUD001", "missing",
     _SOW + "7. Audit. [Option 1: The Customer may audit the Supplier's records, systems and data relating to the "
     "Charges and the Resolved Disputes once in each Contract Year.] [Option 2: No audit right.] Option 2 applies."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CHOSEN_OPTION)
def test_chosen_option(code, expected, text):
    assert status_of(code, text) == expected


_TELECOM = "Contract between Atlas Telecom S.A. (the \"Client\", the customer) and Casablanca SARL (the \"Service " \
    "Provider\").\n"

# OUT002: a unit named by the state that makes it billable, "Handled" ("MAD 35 (thirty-five dirhams) per Handled
# Request", "EUR 3.10 for each Handled Call"), is a per-unit outcome price, so the reopen exclusion applies; a handled
# hour, or a defined term that is counted but not priced, is not.
HANDLED_UNIT = [
    ("weak", _TELECOM + "Article 11. The Client shall pay MAD 35 (thirty-five dirhams) per Handled Request.\n"
     "Article 12. Repeat contacts from the same subscriber concerning the same request shall not be invoiced as "
     "Handled Requests."),
    ("pass", _TELECOM + "11. The Client shall pay EUR 3.10 for each Handled Call.\n12. A call from the same caller "
     "about the same matter within seven (7) days shall not be billed as a Handled Call."),
    ("not_applicable", _TELECOM + "11. The Client shall pay EUR 3.10 per handled hour.\n12. Repeat calls shall not be "
     "billed."),
    ("not_applicable", _TELECOM + "11. The Client shall pay EUR 2,000 per month. Handled Requests shall be reported "
     "monthly.\n12. Repeat contacts shall not be counted as Handled Requests."),
]


@pytest.mark.parametrize(("expected", "text"), HANDLED_UNIT)
def test_handled_unit(expected, text):
    assert status_of("OUT002", text) == expected


_HELPLINE = "Contract between the Ministry of Education (the \"Ministry\", the customer) and Suva Helpline Services " \
    "Pte Ltd (the \"Contractor\").\n5.1 The Ministry shall pay FJD 8.50 per Resolved Call.\n"

# OUT002: the denial idiom "No X shall be excluded ... by reason only that / merely because the caller contacts again"
# keeps repeat contacts billable (missing); a billing verb negated beside the idiom is the exclusion itself.
DENIED_BY_REASON_ONLY = [
    ("missing", _HELPLINE + "5.2 No Resolved Call shall be excluded from billing by reason only that the caller "
     "contacts the Helpline again about the same matter."),
    ("missing", _HELPLINE + "5.2 No Resolved Call shall be excluded from the Billable Resolutions merely because "
     "the same caller contacts the Helpline again."),
    # traps
    ("pass", _HELPLINE + "5.2 A Resolved Call shall not be billed merely because the caller was transferred; a call "
     "from the same caller about the same matter within seven (7) days shall not be billed."),
    ("pass", _HELPLINE + "5.2 A Resolved Call reopened within fourteen (14) days shall not be billed."),
]


@pytest.mark.parametrize(("expected", "text"), DENIED_BY_REASON_ONLY)
def test_denied_by_reason_only(expected, text):
    assert status_of("OUT002", text) == expected
