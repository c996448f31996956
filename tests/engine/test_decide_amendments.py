"""Amending instruments and forms: what the contract says once it has been varied, and which of a
form's options were chosen. A reader takes the amended position: a clause a deed of variation deletes
no longer counts, the text it inserts (in quotes) does, and an option a table marks "No" is not agreed."""

from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp.annotate import annotate
from tests.engine.test_decide_drafting import _check

AUDIT = "9.1 The Customer may audit the Supplier's records and data at any time."


@pytest.mark.parametrize(("text", "status"), [
    # the deed alone
    (AUDIT, "pass"),
    # deleted by a later instrument, in its many wordings: nothing is left
    (AUDIT + "\nDEED OF VARIATION\n2.1 With effect from the Variation Date, clause 9.1 is deleted.", "missing"),
    (AUDIT + "\nDEED OF VARIATION\n2.1 Clause 9.1 (Audit) is deleted in its entirety.", "missing"),
    (AUDIT + "\nAMENDMENT NO. 1\n1. Delete clause 9.1.", "missing"),
    (AUDIT + "\nDEED OF VARIATION\n2.1 Clause 9.1 of the Master Agreement is hereby omitted.", "missing"),
    (AUDIT + "\nDEED OF VARIATION\n2.1 Clause 9.1 is deleted and replaced with \"9.1 Not used.\"", "missing"),
    # deleting a clause deletes its sub-clauses
    ("9. AUDIT\n9.1 The Customer may audit the Supplier's records and data at any time.\nDEED OF VARIATION\n"
     "2.1 Clause 9 is deleted.", "missing"),
    # replaced: the quoted new text is the term now, not a quoted example
    ("9.1 The Supplier may inspect its own records.\nDEED OF VARIATION\n2.1 Clause 9.1 is deleted and replaced with:"
     " \"9.1 The Customer may audit the Supplier's records and data at any time on notice.\"", "pass"),
    ("9.1 The Supplier may inspect its own records.\nDEED OF VARIATION\n2.1 Clause 9.1 is amended to read as follows:"
     " \"9.1 The Customer may audit the Supplier's records and data at any time on notice.\"", "pass"),
    # inserted: a new clause in quotes counts
    ("8.1 The Supplier shall keep records.\nDEED OF VARIATION\n2.1 Insert the following new clause 9A after clause 9:"
     " \"9A The Customer may audit the Supplier's records and data at any time on notice.\"", "pass"),
    # words changed inside the clause leave it standing
    (AUDIT + "\nDEED OF VARIATION\n2.1 Clause 9.1 is amended by deleting the words \"at any time\".", "pass"),
    (AUDIT + "\nDEED OF VARIATION\n2.1 In clause 9.1, \"records\" is deleted and replaced with \"books\".", "pass"),
    # a recital that tells the story of a change deletes nothing, and a quoted model clause in advice stays a quote
    ("BACKGROUND\n(A) The parties discussed whether clause 9.1 is deleted.\n1. TERMS\n" + AUDIT, "pass"),
    ('Buyers should resist amendments. A variation might read: "Clause 9.1 is deleted and replaced with: The '
     'Customer may audit the records at any time."', "missing"),
])
def test_decide_reads_the_contract_as_amended(text, status):
    assert _check(text).status.value == status


def test_annotate_marks_the_deleted_clause_with_the_instruction_that_deleted_it():
    annotated = annotate(snippet_document(
        "9. AUDIT\n9.1 The Customer may audit the records.\n9.2 The Supplier shall keep records.\nDEED OF VARIATION\n"
        "2.1 With effect from the Variation Date, clause 9.1 is deleted and replaced with \"9.1 Not used.\""))
    marked = {s.text: s.superseded for s in annotated.sentences}
    assert marked["The Customer may audit the records."] == "2.1"
    assert marked["The Supplier shall keep records."] == ""
    assert not any(s.in_quotes for s in annotated.sentences)  # the inserted text is no quotation


@pytest.mark.parametrize(("text", "status"), [
    # a table of options with a choice column: only the chosen row is agreed
    ("5.1 The option marked Yes applies.\nOption | Description | Selected (Yes/No)\n"
     "Option 1 | The Customer may audit the Supplier's records at any time | No\nOption 2 | No audit | Yes", "missing"),
    ("5.1 The option marked Yes applies.\nOption | Description | Selected (Yes/No)\n"
     "Option 1 | The Customer may audit the Supplier's records at any time | Yes\nOption 2 | No audit | No", "pass"),
    ("Election | Term | Applicable\nA | The Customer may audit the Supplier's records and data | Not applicable",
     "missing"),
    ("Election | Term | Applicable\nA | The Customer may audit the Supplier's records and data | Applicable", "pass"),
    ("Term | Elected\nThe Customer may audit the Supplier's records and data quarterly | N/A", "missing"),
    # a "No" in a column that is not a choice (a count, an answer about something else) is no choice
    ("Right | Holder | Consent needed\nThe Customer may audit the Supplier's records and data | Customer | No", "pass"),
])
def test_decide_an_option_a_table_leaves_unchosen_is_not_agreed(text, status):
    assert _check(text).status.value == status
