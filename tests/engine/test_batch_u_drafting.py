"""Drafting styles from held-out clause batch u (benchmarks/heldout-clauses/2026-12-14-u.yaml), each in several
wordings with its traps, linted with the real rule: a deed of variation's "is varied by adding / inserting", a
compliance matrix's requirement the supplier's response rejects, a clause a schedule of deviations deletes named by its
title, a clause library's unbracketed options left unchosen, a price cut by a share of the gap between the manual and
the automated unit cost, a translated clause label ("Clausula Vigesima") before an appositive subject, a
data-protection statute cited by its Spanish name, and a repeat contact by the channel's own verb ("calls
again")."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# Every rule (engine, annotate._AMENDMENT): a deed of variation's own verb with how it varies ("is varied by
# adding", "is hereby varied by inserting", "shall be varied as follows") introduces agreed new wording, as "is
# replaced by" does; "may be varied by agreement" and a proposal introduce none.
_CAUSE = ("\n19.1 The Customer may terminate this Agreement for the Supplier's material breach not remedied within 30 "
          "days.")
VARIED_BY_ADDING = [
    ("EXT001", "pass", '9.1 Clause 19 is varied by adding a new clause 19.4: "19.4 The Customer may terminate this '
                       "Agreement for convenience on three months' written notice.\"" + _CAUSE),
    ("EXT001", "pass", '2. Clause 19 is hereby varied by inserting the following: "19.6 The Customer may '
                       "terminate this Agreement without cause on 60 days' notice.\"" + _CAUSE),
    ("AUD001", "pass", '3.1 Clause 12 shall be varied as follows: "12.5 The Customer may audit the Supplier\'s '
                       'records, systems and data relating to the Charges and to the count of Resolved Contacts."'),
    # traps: a proposal that the clause should be varied; the Charges "varied by agreement" quote nothing agreed
    ("AUD001", "missing", '3.1 The Supplier suggests that clause 12 should be varied by inserting: "12.5 The Customer '
                          'may audit the Supplier\'s records relating to the Charges."'),
    ("EXT001", "weak", "The Charges may be varied by agreement in writing." + _CAUSE),
]


@pytest.mark.parametrize(("code", "expected", "text"), VARIED_BY_ADDING)
def test_deed_of_variation_varied_by_adding(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# Every rule (engine, annotate._SUPPLIER_REFUSES): a compliance matrix's requirement whose line ends with the supplier's
# answer refusing it ("Supplier response: Rejected", "Contractor's position: not accepted", "non-compliant") is not
# agreed; accepted, it is the term; the customer's refusal of a supplier's deviation leaves the clause standing.
_PRICE = "5.1 The Customer shall pay the Supplier USD 3.20 per Resolved Contact.\n"
REFUSED_REQUIREMENTS = [
    ("OUT002", "missing", _PRICE + "Requirement 4.2 - Contacts reopened within 30 days are not billable. Supplier "
                                   "response: Rejected; reopened contacts are billed as new contacts."),
    ("GOV002", "missing", "Requirement Q-9 - The Supplier shall achieve a CSAT score of at least 85%, measured monthly "
                          "by post-call survey. Contractor's position: not accepted."),
    ("PRC002", "missing", "Requirement P-2 - The Charges shall be benchmarked every 12 months. Supplier response: "
                          "Non-compliant."),
    # traps: the supplier accepts; the customer rejects the supplier's deviation and the clause stands
    ("OUT002", "pass", _PRICE + "Requirement 4.2 - Contacts reopened within 30 days are not billable, and any charge "
                                "already invoiced for them shall be credited. Supplier response: Accepted."),
    ("AUD001", "pass", "Deviation 2 - the Supplier asks to delete clause 14. Customer response: Rejected.\n14.1 The "
                       "Customer may audit the Supplier's records, systems and data relating to the Charges and the "
                       "count of Resolved Contacts."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REFUSED_REQUIREMENTS)
def test_requirement_refused_by_the_supplier(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# Every rule (engine, annotate._DELETES_REF): a clause the same text deletes ("Clause 11.3 is deleted") is no term
# where the text names it by its title ("Clause 11.3 (Annual price review)"); a clause deleted and replaced, or a
# deviation refused, keeps the words given for it.
_DEVIATIONS = "Schedule 7 (Deviations and Clarifications) forms part of this Agreement.\n"
DELETED_TITLES = [
    ("PRC002", "missing", _DEVIATIONS + "Deviation 11 - Clause 11.3 (Annual price review). Supplier requested "
                          "deletion; Customer accepted. Clause 11.3 is deleted and the Charges are fixed for the "
                          "Initial Term."),
    ("PRC002", "missing", _DEVIATIONS + "Item 4 - Section 9.2 (Annual benchmarking of the Charges). Agreed: section "
                          "9.2 is deleted."),
    ("DAT001", "missing", _DEVIATIONS + "Deviation D-4 - Clause 12.2 (Customer-owned system of record for Resolved "
                          "Contacts). Customer decision: deviation accepted; clause 12.2 is deleted."),
    # traps: deleted and replaced with new words; the title of a clause that is not deleted
    ("PRC002", "pass", 'Clause 11.3 (Annual price review) is deleted and replaced with: "11.3 The parties shall review '
                       'the Charges in each Contract Year."'),
    ("PRC002", "pass", "Clause 11.3 (Annual price review): the parties shall review the Charges in each Contract Year. "
                       "Clause 11.4 is deleted."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DELETED_TITLES)
def test_deleted_clause_named_by_its_title(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# Every rule (engine, annotate._PLAIN_OPTION): a clause library's unbracketed options ("Option A - ...", "Alternative
# 2: ...") are not agreed when the text records another choice or says none is chosen yet; the chosen option is the
# term, and options a party may elect later are read as before.
_REVIEW_OPTIONS = ("Pricing clause from the Clause Library: Option A - prices are fixed for the Term. Option B - where "
                   "automation handles more than 25% of claims in a quarter, the prices shall be reviewed.\n")
_ASSET_OPTIONS = ("Clause 27 (Automation assets). Option A: the Customer owns all bots and models built for it. Option "
                  "B: the Supplier owns them and grants the Customer a perpetual licence to use them.\n")
UNCHOSEN_OPTIONS = [
    ("PRC001", "missing", _REVIEW_OPTIONS + "Option selected for this Order Form: Option A."),
    ("EXT004", "missing", _ASSET_OPTIONS + "Status: option to be selected at contract signature."),
    ("EXT004", "missing", _ASSET_OPTIONS + "Neither option has been agreed."),
    # traps: the option holding the safeguard is the one chosen; no choice said either way
    ("PRC001", "pass", _REVIEW_OPTIONS + "Option selected for this Order Form: Option B."),
    ("EXT004", "pass", _ASSET_OPTIONS.replace("Clause 27 (Automation assets).", "27.1 At expiry the Customer may elect "
                                                                                 "either of the following.")),
]


@pytest.mark.parametrize(("code", "expected", "text"), UNCHOSEN_OPTIONS)
def test_clause_library_options_left_unchosen(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# PRD001 (rule YAML): a price cut by a share of the gap between the manual and the automated unit cost is a stated
# sharing mechanism; a share of a gap that names no automation, and the customer's own cut, are not.
COST_GAP = [
    ("pass", "9.2 Where a transaction is processed by automation, the unit price payable for it shall be reduced by "
             "thirty per cent (30%) of the difference between the Manual Unit Cost and the Automated Unit Cost."),
    ("pass", "The Fee per Claim shall be lowered by 40% of the difference between the manual handling cost and the "
             "automated handling cost set out in Annex 4."),
    ("pass", "The Charges shall be reduced by 25% of the difference between the Human Agent Cost and the Digital "
             "Agent Cost per Resolved Contact."),
    # traps: a difference in volumes, with no automation; no cut at all
    ("missing", "The Charges shall be reduced by 30% of the difference between the Forecast Volume and the Actual "
                "Volume."),
    ("missing", "The Supplier shall report the difference between the Manual Unit Cost and the Automated Unit Cost."),
]


@pytest.mark.parametrize(("expected", "text"), COST_GAP)
def test_price_cut_by_share_of_manual_and_automated_cost_gap(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected


# Every rule (engine, obligation._without_number_label) and SEC002 (rule YAML): a translated clause label written out
# ("Clausula Vigesima", "Articulo 19") before a subject with an appositive ("The Supplier, as processor, shall") does
# not hide the subject; a statute cited by its Spanish or Portuguese name is data-protection law.
_SUBPROCESSORS = " The Supplier shall use sub-processors only with the Customer's prior written authorisation."
TRANSLATED_LABELS = [
    ("pass", "Clausula Vigesima The Supplier, as processor, shall process personal data solely on the written "
             "instructions of the Customer and in compliance with the Ley Organica de Proteccion de Datos Personales."
             + _SUBPROCESSORS),
    ("pass", "Clausula Decima Quinta The Supplier, as data processor, shall process personal data only on the "
             "Customer's instructions and in accordance with the Lei Geral de Protecao de Dados." + _SUBPROCESSORS),
    ("pass", "Articulo 19 The Supplier, acting as processor, shall process personal data only on the Customer's "
             "instructions and in accordance with the Data Protection Law." + _SUBPROCESSORS),
    # traps: the customer as the appositive subject; a label that is no clause label
    ("missing", "Clausula Vigesima The Customer, as controller, shall process personal data only in accordance with "
                "the Ley Organica de Proteccion de Datos Personales."),
    ("weak", "Clausula Vigesima The Supplier, as processor, shall process personal data solely on the written "
             "instructions of the Customer." + _SUBPROCESSORS),
]


@pytest.mark.parametrize(("expected", "text"), TRANSLATED_LABELS)
def test_translated_clause_label_before_an_appositive_subject(expected, text):
    assert status_of("SEC002", _PARTIES + text) == expected


# OUT002 (rule YAML): the caller coming back by the channel's own verb ("calls again", "writes again", "emails again")
# is a repeat contact; the exclusion still needs its window, and a per-hour price leaves nothing to exclude from.
_PER_CALL = "5.1 The Customer shall pay the Supplier USD 4.50 for each Resolved Call.\n"
CALLS_AGAIN = [
    ("pass", _PER_CALL + "5.3 A Resolved Call shall not be counted for billing where the caller calls again about the "
                         "same registration request within seven (7) calendar days."),
    ("pass", _PER_CALL + "5.3 No charge is payable for a Resolved Call where the customer writes again about that "
                         "licence application within 10 days."),
    ("pass", _PER_CALL + "5.3 A Resolved Call is not billable if the caller phones again within 14 days of the call."),
    # traps: no window; priced per agent hour
    ("weak", _PER_CALL + "5.3 A Resolved Call shall not be counted for billing where the caller calls again about the "
                         "same request."),
    ("not_applicable", "5.1 The Customer shall pay the Supplier USD 25 per agent hour.\n5.3 A call shall not be "
                       "counted where the caller calls again within seven days."),
]


@pytest.mark.parametrize(("expected", "text"), CALLS_AGAIN)
def test_repeat_contact_by_the_channels_own_verb(expected, text):
    assert status_of("OUT002", _PARTIES + text) == expected
