"""Drafting found on held-out set 25 (a Saudi government entity's citizen contact-centre contract translated from
Arabic, and a US health plan's prior authorization review delegation agreement), each in other wordings than the
contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Contract is made between the Eastern Province Water Authority (the "Authority") and Nakheel Contact '
           'Services Company (the "Contractor").\n')
US_PARTIES = ('This Agreement is made between Lakeside Community Health Plan, Inc. ("Plan") and Summit Utilization '
              'Partners, LLC (the "Vendor").\n')

# A clause number the segmenter leaves at the start of a sentence ("9-1", "4.2", "(b)"), before a subject that is a
# list of the party and its auditors, or the party with an aside, is no word of that subject.
NUMBERED_SUBJECT = [
    ("AUD001", "pass",
     PARTIES + "Article (12): Audit\n12-2 The Authority, its internal audit unit and the State Audit Bureau may "
               "examine and audit the Contractor's books, systems, invoices and the data of Resolved Requests at "
               "any time on ten (10) days' notice."),
    ("AUD001", "pass",
     PARTIES + "Article 12 Audit\n(b) The Authority, its external auditors and any regulator shall be entitled to "
               "audit the Contractor's records, systems and data relating to the Charges and the Resolved Requests."),
    # trap: the numbered list subject is the Contractor's own audit of the Authority
    ("AUD001", "missing",
     PARTIES + "Article (12): Audit\n12-2 The Contractor, its internal audit unit and its external auditors may "
               "examine and audit the Authority's books and records at any time on ten (10) days' notice."),
    ("SEC002", "pass",
     PARTIES + "Article (8): Personal Data\n8-1 The Contractor, acting as processor, shall process personal data "
               "only on the documented instructions of the Authority and in accordance with the Personal Data "
               "Protection Law. 8-2 The Contractor shall not engage any sub-processor without the prior written "
               "approval of the Authority."),
    # trap: the same processing duty on the Authority's side names no supplier duty
    ("SEC002", "missing",
     PARTIES + "Article (8): Personal Data\n8-1 The Authority, acting as controller, shall process personal data in "
               "accordance with the Personal Data Protection Law."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NUMBERED_SUBJECT)
def test_a_clause_number_before_the_subject(code, expected, text):
    assert status_of(code, text) == expected


# An amount in words then in figures closes its bracket before "for each": the unit is still priced.
BRACKETED_PRICE = [
    ("PRC004", "weak",
     US_PARTIES + "4.1 Fees. Plan shall pay Vendor forty-two dollars ($42.00) for each Completed Determination."),
    ("PRC004", "pass",
     US_PARTIES + "4.1 Fees. Plan shall pay Vendor six dollars and fifty cents [$6.50] for each Closed Case. No "
                  "other fee is payable."),
    # trap: a credit for each completed unit late is no price of the unit
    ("PRC004", "not_applicable",
     US_PARTIES + "4.1 Fees. Plan shall pay Vendor a monthly fee of $80,000.00. 4.2 Vendor shall credit fifty dollars "
                  "($50.00) to Plan where the service level for each Completed Determination is missed."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BRACKETED_PRICE)
def test_an_amount_in_words_and_figures_for_each_unit(code, expected, text):
    assert status_of(code, text) == expected


# "efficiencies" (the plural) are the savings themselves; their sharing left to discussion is weak.
EFFICIENCIES = [
    ("PRD001", "weak",
     US_PARTIES + "6.3 Plan and Vendor shall negotiate in good faith the sharing of the efficiencies achieved through "
                  "Vendor's automated review tools."),
    ("PRD001", "pass",
     US_PARTIES + "6.3 Vendor shall credit Plan with fifty percent (50%) under an equal split of the net efficiencies "
                  "achieved through automation, calculated and credited each quarter."),
    # traps: efficiencies reported, not shared; the singular "efficiency" is a quality
    ("PRD001", "missing",
     US_PARTIES + "6.3 Vendor shall report to Plan each quarter the efficiencies achieved through automation."),
    ("PRD001", "missing",
     US_PARTIES + "6.3 The parties shall share ideas to improve the efficiency of the review process."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EFFICIENCIES)
def test_sharing_of_efficiencies(code, expected, text):
    assert status_of(code, text) == expected


# "The Two Parties" (Arabic drafting in translation) are both parties: a target they are to agree is a target without
# a number.
TWO_PARTIES = [
    ("GOV002", "weak",
     PARTIES + "Article (10): Performance\n10-4 The satisfaction of callers shall be measured by a post-call SMS "
               "survey on a scale of one to five. The Two Parties shall agree the target satisfaction level within "
               "three months of the start date."),
    # trap: a survey the Authority runs for its own information
    ("GOV002", "missing",
     PARTIES + "Article (10): Performance\n10-4 The Authority may survey callers for its own information."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TWO_PARTIES)
def test_the_two_parties(code, expected, text):
    assert status_of(code, text) == expected
