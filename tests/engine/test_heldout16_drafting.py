"""Drafting found on held-out set 16 (a Swiss private bank's back-office outsourcing agreement translated from German,
a US state university's financial aid and admissions processing contract), each in other wordings than the
contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')


# A unit counted as it comes in "whether or not the review or verification of it is completed" (two kinds of work,
# "of it") is an input volume: no billable outcome (OUT001 missing) and no per-unit outcome price (OUT002 n.a.).
INPUT_UNITS = [
    ("OUT001", "missing",
     PARTIES + '"Claim Handled" means each claim received by the Supplier and logged, whether or not the assessment or '
               'review of it is completed.\nThe Customer shall pay USD 6.00 per Claim Handled.'),
    ("OUT002", "not_applicable",
     PARTIES + '"Claim Handled" means each claim received by the Supplier and logged, whether or not the assessment or '
               'review of it is completed.\nThe Customer shall pay USD 6.00 per Claim Handled.'),
    ("OUT002", "not_applicable",
     PARTIES + '"Document Processed" means each document uploaded and indexed, whether or not the verification of it '
               'has been completed.\nThe Customer shall pay USD 2.10 per Document Processed.'),
    # traps: an outcome completed by verification, and "whether or not" about something else
    ("OUT001", "pass",
     PARTIES + '"Verified File" means a file for which the Supplier has matched every document to the record and '
               'recorded the result in the Customer\'s system with the status "verified".\nThe Customer shall pay '
               'USD 6.00 per Verified File.'),
    ("OUT002", "missing",
     PARTIES + '"Verified File" means a file for which the Supplier has matched every document to the record and '
               'recorded the result in the Customer\'s system with the status "verified", whether or not the '
               'student\'s survey of it is completed.\nThe Customer shall pay USD 6.00 per Verified File.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), INPUT_UNITS)
def test_a_unit_counted_whatever_the_work_on_it_is_no_outcome(code, expected, text):
    assert status_of(code, text) == expected


# A party standing alone between the comma that closes an opening condition and a comma-fenced aside before the modal
# is the subject: "If ..., the University, in its discretion, may terminate".
FENCED = [
    ("EXT001", "pass",
     PARTIES + "14.1 If the Services cease to meet its needs, the Customer, in its discretion, may terminate this "
               "Agreement at any time and without cause on 30 days' notice.\n14.2 The Customer may terminate this "
               "Agreement for breach if the Supplier fails to cure a material breach within 30 days."),
    ("EXT001", "pass",
     PARTIES + "14.1 Where the Customer's budget is reduced, the Customer, acting reasonably, may terminate this "
               "Agreement for convenience on 60 days' notice.\n14.2 The Customer may terminate this Agreement "
               "immediately if the Supplier commits a material breach."),
    # trap: the supplier so fenced holds the right
    ("EXT001", "weak",
     PARTIES + "14.1 If the Services cease to be profitable, the Supplier, in its discretion, may terminate this "
               "Agreement at any time and without cause on 30 days' notice.\n14.2 The Customer may terminate this "
               "Agreement for breach if the Supplier fails to cure a material breach within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FENCED)
def test_a_party_fenced_between_a_condition_and_an_aside_is_the_subject(code, expected, text):
    assert status_of(code, text) == expected


# The parties are read before the definitions section when the contract has no recitals: a bracketed short name
# defined there ('("FERPA")', '("GLBA")') is no third party that leaves the customer's name unresolved.
STATE_CONTRACT = (
    'This Contract is entered into by and between the Board of Trustees of Lakeshore State College, acting by and '
    'through its Purchasing Office (the "College"), and Meridian Records Services, LLC ("Contractor").\n'
    '2. DEFINITIONS\n'
    '2.1 "Education Records" has the meaning given in the Family Educational Rights and Privacy Act ("FERPA").\n'
    '2.2 "Safeguards Rule" means the rule under the Gramm-Leach-Bliley Act ("GLBA").\n')
STATE_CONTRACTS = [
    ("EXT001", "pass",
     STATE_CONTRACT + "12.1 The College may terminate this Contract at any time without cause on 30 days' notice.\n"
                      "12.2 The College may terminate this Contract for breach if Contractor fails to cure a breach "
                      "within 30 days."),
    ("AUD001", "pass",
     STATE_CONTRACT + "7.1 The College and the State Auditor may audit and inspect Contractor's records supporting "
                      "its invoices, including the volumes invoiced."),
    # trap: the supplier's own right stays the supplier's
    ("AUD001", "missing",
     STATE_CONTRACT + "7.1 Contractor may audit and inspect the College's records supporting its payments."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STATE_CONTRACTS)
def test_parties_are_read_before_the_definitions(code, expected, text):
    assert status_of(code, text) == expected
