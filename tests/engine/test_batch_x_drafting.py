"""Document forms from held-out clause batch x (benchmarks/heldout-clauses/2026-12-17-x.yaml), each in several
wordings with its traps, linted with the real rule: a table of changes between one earlier draft and the final text
("Clause | Draft 2 | Final Execution Version"), text copied out of a PDF whose line ends are paragraph ends and cut
words in half ("Se-" / "curity Standard"), a conformed copy's footnote marks glued to the text ("system.[1]"), and a
refund "to" the customer of "any amount" an audit shows overcharged; and two vocabularies: a "Confirmed
Booking" as a billable outcome, and the satisfaction of donors, players and candidates."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# Every rule (annotate._unadopted_drafts, _EARLIER_DRAFT_HEADER): a table of changes sets one earlier draft beside the
# final text. The earlier draft's cell is not the contract unless the final cell keeps it ("Unchanged", "As Draft
# 2"); a final cell with words of its own or "Deleted" strikes it. A cell's full stop no longer ends the table
# (annotate._in_table_row): the row after "... once a year. | Unchanged." keeps the table's header.
DRAFT_TABLES = [
    ("AUD002", "missing", _PARTIES + "Table of changes between Draft 3 and the signed Agreement:\n"
                          "| Clause | Draft 3 | Signed Agreement |\n"
                          "| 14.2 | The Customer may audit the Supplier's records once a year. | Unchanged. |\n"
                          "| 14.3 | The Supplier shall refund any overcharge with interest and, if it exceeds 5%, pay "
                          "the Customer's audit costs. | Deleted. |"),
    ("PRC001", "missing", _PARTIES + "Schedule of changes:\n"
                          "| Clause | Previous draft | Final text |\n"
                          "| 7.2 | The Charges shall be reviewed when the share of contacts handled by automation "
                          "exceeds 40%. | Deleted at the Supplier's request. |"),
    ("EXT001", "weak", _PARTIES + "Comparison of drafts:\n"
                       "| Clause | Draft B | Final Version |\n"
                       "| 20.1 | The Customer may terminate for convenience on 60 days' notice and for material "
                       "breach. | The Customer may terminate for material breach only. |"),
    ("OUT001", "missing", _PARTIES + "Table of changes:\n"
                          "| Clause | Draft 2 | Final Execution Version |\n"
                          "| 1.6 | \"Processed Gift\" means a donation banked to the Customer's account, receipted to "
                          "the donor and recorded in the Customer's CRM. | Deleted. |\n"
                          "| 8.1 | The Customer shall pay GBP 0.95 per Processed Gift. | Unchanged. |"),
    # traps: the final column keeps the draft ("Unchanged", "As Draft 3"): the safeguard is agreed
    ("AUD002", "pass", _PARTIES + "Table of changes between Draft 3 and the signed Agreement:\n"
                       "| Clause | Draft 3 | Signed Agreement |\n"
                       "| 14.2 | The Customer may audit the Supplier's records once a year. | Deleted. |\n"
                       "| 14.3 | The Supplier shall refund any overcharge with interest and, if it exceeds 5%, pay the "
                       "Customer's audit costs. | Unchanged. |"),
    ("PRC001", "pass", _PARTIES + "Schedule of changes:\n"
                       "| Clause | Draft 1 | Final agreed text |\n"
                       "| 7.2 | The Charges shall be reviewed when the share of contacts handled by automation exceeds "
                       "40%. | As Draft 1. |"),
]


@pytest.mark.parametrize(("code", "expected", "text"), DRAFT_TABLES)
def test_table_of_changes_between_drafts(code, expected, text):
    assert status_of(code, text) == expected


# Every rule (blocks.rejoin_page_breaks, _cut_mid_word): text copied out of a PDF into a file keeps each printed line
# as a paragraph. A paragraph ending in half a word ("Se-", "docu-", "reserva-") is finished by the next one starting in
# lower case; the word is rejoined by the document's own usage, as the PDF reader rejoins a hyphenated line end.
_SEC = _PARTIES + "19.1 The Supplier shall comply with the Payment Card Industry Data Se-\n"
CUT_WORDS = [
    ("SEC001", "pass", _SEC + "curity Standard (PCI DSS) and shall notify the Customer of any security breach with-\n"
                       "in forty-eight (48) hours of its discovery."),
    ("SEC002", "weak", _PARTIES + "18.1 The Supplier shall process the personal data of the Customer's clients only "
                       "on the docu-\nmented instructions of the Customer and in compliance with the GDPR and all "
                       "other applica-\nble data protection laws."),
    ("EXT003", "pass", _PARTIES + "24.3 Within 20 Business Days after termination the Supplier shall return all "
                       "Customer Data in CSV format, and shall thereafter permanently de-\nlete all Customer Data held "
                       "by it and con-\nfirm such deletion in writing."),
    # traps: a compound whose second half starts in capitals ("Anti-" / "Money Laundering") is no cut word, and a
    # negation stays a negation when its line is rejoined
    ("SEC001", "missing", _PARTIES + "19.1 The Supplier shall have no obligation to comply with any security stan-\n"
                          "dard or to notify the Customer of any breach."),
    ("EXT003", "missing", _PARTIES + "24.3 The Supplier shall have no obligation to return or de-\nlete any Customer "
                          "Data after termination."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CUT_WORDS)
def test_word_cut_at_a_paragraph_end(code, expected, text):
    assert status_of(code, text) == expected


# Every rule (blocks.drop_note_marks): a conformed copy printed to text keeps its footnote marks glued to the text
# ("system.[1]", "clause 22.3,[3] and"); read without them, as Word's own text is. The note itself stays.
NOTE_MARKS = [
    ("OUT001", "pass", _PARTIES + "1.12 \"Verified Account\" means an account application for which the identity "
                       "documents have been checked and the approval is recorded in the Customer's compliance case "
                       "system.[1]\n7.1 The Customer shall pay the Supplier EUR 4.20 for each Verified Account.\n"
                       "[1] Words \"and the approval is recorded\" inserted by Amendment No. 1."),
    ("AUD002", "pass", _PARTIES + "16.4 The Supplier shall refund to the Customer any overcharge found by an audit, "
                       "together with interest at the rate in clause 22.3,[3] and, if the overcharge exceeds 5% of the "
                       "Charges, the Supplier shall bear the cost of the audit.[4]\n"
                       "[3] Words inserted by Amendment No. 2.\n[4] Words inserted by Amendment No. 2."),
    # trap: a negation keeps its meaning without the mark
    ("AUD002", "missing", _PARTIES + "16.4 No finding of any audit shall give rise to any refund, credit or "
                          "adjustment.[2]\n[2] Clause 16.4 substituted by Amendment No. 2."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NOTE_MARKS)
def test_footnote_marks_glued_to_the_text(code, expected, text):
    assert status_of(code, text) == expected


# AUD002 (refund pattern): the party repaid stands between the verb and the amount: "shall repay to the Customer any
# amount which an audit shows to have been overcharged".
REPAY_TO = [
    ("AUD002", "pass", _PARTIES + "16.4 The Supplier shall repay to the Customer any amount which an audit shows to "
                       "have been overcharged, together with interest at 4% per annum, and if the amount overcharged "
                       "exceeds 5% the Supplier shall bear the cost of the audit."),
    ("AUD002", "weak", _PARTIES + "16.4 The Supplier shall reimburse to the Customer the amount "
                       "which an audit finds to have been overcharged. Each party bears its own audit costs."),
    # traps: the customer repaying an undercharge; a negation
    ("AUD002", "missing", _PARTIES + "16.4 The Customer shall repay to the Supplier any amount which an audit shows "
                          "to have been undercharged."),
    ("AUD002", "missing", _PARTIES + "16.4 The Supplier shall not be obliged to repay to the Customer any amount "
                          "which an audit shows to have been overcharged."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REPAY_TO)
def test_repay_to_the_customer_any_amount(code, expected, text):
    assert status_of(code, text) == expected


# OUT001 and PRC004 (rule YAML): a hotel or travel reservation is billed by its confirmation: "Confirmed Booking",
# "Confirmed Reservation" (as written and before another capitalised word) is a billable outcome and a per-unit price.
CONFIRMED_UNITS = [
    ("OUT001", "pass", _PARTIES + "3.4 \"Confirmed Booking\" means a room reservation recorded in the Customer's "
                       "property management system with a deposit paid and not cancelled within 48 hours.\n"
                       "9.1 The Customer shall pay the Supplier USD 6.10 per Confirmed Booking."),
    ("OUT001", "pass", _PARTIES + "1.4 \"Confirmed Reservation\" means a reservation recorded in the Customer's "
                       "central reservations system with the guest's card guarantee.\n"
                       "8.1 The Customer shall pay GBP 4.80 for each Confirmed Reservation."),
    ("PRC004", "weak", _PARTIES + "9.1 The Customer shall pay the Supplier USD 5.00 per Confirmed Booking and a "
                       "baseline fee of USD 8,000 per month."),
    # traps: the supplier decides what is confirmed; a per-hour price that only mentions confirmed bookings
    ("OUT001", "weak", _PARTIES + "3.4 \"Confirmed Booking\" means any booking the Supplier, in its sole judgement, "
                       "determines to be confirmed.\n9.1 The Customer shall pay the Supplier USD 6.10 per Confirmed "
                       "Booking."),
    ("PRC004", "not_applicable", _PARTIES + "9.1 The Customer shall pay the Supplier USD 27 per agent hour. The "
                                 "Supplier shall report the number of confirmed bookings each month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CONFIRMED_UNITS)
def test_confirmed_booking_is_an_outcome(code, expected, text):
    assert status_of(code, text) == expected


# GOV002 (rule YAML): the satisfaction of the people the service is for, named after them: a charity's donors, a
# gaming operator's players, a recruitment service's candidates.
SERVED_SATISFACTION = [
    ("GOV002", "pass", _PARTIES + "9.2 The Supplier shall achieve donor satisfaction of at least 90% in each quarter, "
                       "measured by the short survey offered to donors at the end of each call."),
    ("GOV002", "pass", _PARTIES + "10.4 The Supplier shall achieve a player satisfaction score of at least 85% each "
                       "month, measured by a post-contact survey of players."),
    ("GOV002", "pass", _PARTIES + "7.3 The Supplier shall maintain candidate satisfaction of at least 4.3 out of 5, "
                       "measured by the survey sent to every candidate after interview."),
    # traps: the supplier's own recruiters' engagement; a satisfaction KPI reported with no target
    ("GOV002", "missing", _PARTIES + "9.7 The Supplier shall maintain an engagement score of at least 75% among its "
                          "own recruiters, measured by its annual staff survey."),
    ("GOV002", "missing", _PARTIES + "KPI-14 Dealer Satisfaction. Definition: average score from the dealer survey. "
                          "Status: reported for information only; not a Service Level; no target applies."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SERVED_SATISFACTION)
def test_satisfaction_of_the_people_served(code, expected, text):
    assert status_of(code, text) == expected
