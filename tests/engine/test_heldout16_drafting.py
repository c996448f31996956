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


# Performance standards that "are goals", with liquidated damages and withholding excluded, carry no remedy (GOV001
# weak); a remedy that is only limited stays one.
GOALS = [
    ("GOV001", "weak",
     PARTIES + "6.1 The Supplier shall meet the Key Performance Indicators in Schedule 2: 98% of claims "
               "registered within one business day and 95% of calls answered within 60 seconds.\n6.2 The Key "
               "Performance Indicators are "
               "goals, and a failure to meet them is not a breach of this Agreement."),
    ("GOV001", "weak",
     PARTIES + "6.1 The Supplier shall meet the Key Performance Indicators in Schedule 2: 98% of claims "
               "registered within one business day and 95% of calls answered within 60 seconds.\n6.2 No liquidated "
               "damages shall be "
               "payable for a failure to meet a Key Performance Indicator."),
    # trap: the liquidated damages are the remedy, capped
    ("GOV001", "pass",
     PARTIES + "6.1 The Supplier shall meet the Key Performance Indicators in Schedule 2: 98% of claims "
               "registered within one business day and 95% of calls answered within 60 seconds.\n6.2 For each Key "
               "Performance Indicator "
               "not met in a month the Supplier shall pay liquidated damages of 2% of that month's Charges, capped at "
               "10% of the Charges."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GOALS)
def test_standards_that_are_goals_carry_no_remedy(code, expected, text):
    assert status_of(code, text) == expected


# A return "in a format the Supplier reasonably determines" leaves the format to the supplier (EXT003 weak); a format
# the customer determines does not.
FORMAT_CHOSEN = [
    ("EXT003", "weak",
     PARTIES + "15.2 Within 30 days after termination the Supplier shall return all Customer Data to the Customer "
               "in a format the Supplier reasonably determines, and shall then delete all remaining copies and "
               "certify the "
               "deletion in writing."),
    ("EXT003", "weak",
     PARTIES + "15.2 Within 30 days after termination the Supplier shall return all Customer Data to the Customer "
               "in the format that the Supplier selects, and shall then delete all remaining copies."),
    # trap: the customer decides the format
    ("EXT003", "pass",
     PARTIES + "15.2 Within 30 days after termination the Supplier shall return all Customer Data to the Customer "
               "in a machine-readable format the Customer reasonably determines, and shall then delete all remaining "
               "copies "
               "and certify the deletion in writing."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FORMAT_CHOSEN)
def test_a_format_the_supplier_determines_is_left_open(code, expected, text):
    assert status_of(code, text) == expected


BANK = 'This Agreement is made between Banque Leman SA (the "Bank") and Alpen Operations AG (the "Provider").\n'

# Continental drafting states duties in the present indicative, the party opening the sentence: "The Provider reports
# to the Bank each quarter ...", "The Provider passes on to the Bank ..." bind as "shall" would; "The prices are
# adjusted each year ..." is the charges' adjustment as "shall be adjusted" is. Descriptions and conditions do not bind.
PRESENT_TENSE = [
    ("PRD001", "pass",
     BANK + "Art. 6\n4 The Provider credits the Bank with 50% of the savings achieved through robotic "
            "process automation "
            "in each Contract Year, against the next invoice."),
    ("PRD001", "weak",
     BANK + "Art. 6\n4 The Provider passes on to the Bank a fair share of the savings from automation; the Provider "
            "determines the share each year."),
    ("PRD002", "pass",
     BANK + "Art. 6\n1 The Provider is obliged to notify the Bank 30 days before it uses a software robot for a new "
            "task.\n2 The Provider reports to the Bank each month the percentage of payments handled by software "
            "robots."),
    ("PRC002", "weak",
     BANK + "Art. 5\n3 The fees are indexed on 1 January of each year to the consumer price index; they are never "
            "reduced."),
    # traps: a recital describing what the Provider does, and a condition
    ("PRD001", "missing",
     BANK + "Preliminary Remarks\nWHEREAS the Provider passes on savings from automation to several of its clients.\n"
            "Art. 1\n1 The Provider is obliged to provide the Services carefully."),
    ("PRD002", "missing",
     BANK + "Art. 6\n1 If the Provider reports the share of payments handled by software robots each month, the Bank "
            "may publish it."),
    ("PRC002", "missing",
     BANK + "Art. 5\n3 If the fees are adjusted, the adjustment applies from the following month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PRESENT_TENSE)
def test_the_present_indicative_of_continental_drafting_binds(code, expected, text):
    assert status_of(code, text) == expected


# Name screening's auto-clearance (hits a model closes alone) and work "processed without manual intervention" are
# automation; a model defined "including its training data" is still the tool introduced, not a restriction on training;
# a transaction re-booked after the supplier's error is a repeat the supplier may not charge for.
SCREENING = [
    ("PRC001", "pass",
     BANK + "6.3 If the share of sanctions hits auto-cleared by the screening engine exceeds 35% in a quarter, "
            "the Bank "
            "may require a review of the prices in Annex 2."),
    ("PRC001", "missing",  # trap: a review on an accuracy rate
     BANK + "6.3 If the share of sanctions hits cleared correctly by the Provider's analysts exceeds 95% in a quarter, "
            "the Bank may require a review of the prices in Annex 2."),
    ("PRD002", "pass",
     BANK + '"Matching Engine" means the Provider\'s machine-learning model for name matching, including its training '
            'data and thresholds.\n6.1 The Provider shall notify the Bank 30 days before it uses the Matching Engine '
            'for a new step of the Services.\n6.2 The Provider shall report monthly the percentage of payments '
            'processed without manual intervention.'),
    ("PRD002", "missing",  # trap: a restriction on training, in the sentence's own words
     BANK + "6.1 The Provider shall not use Bank Data to train any machine-learning model without the Bank's consent."),
    ("OUT002", "pass",
     BANK + '"Settled Payment" means a payment order executed in the Bank\'s core banking system and confirmed by the '
            'clearing system.\n5.1 The Bank pays CHF 3.20 per Settled Payment.\n5.2 A Settled Payment re-booked '
            'because of the Provider\'s error within 30 days of its first booking shall not be charged, nor shall the '
            'new booking.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), SCREENING)
def test_screening_automation_and_re_booking(code, expected, text):
    assert status_of(code, text) == expected


# "is entitled at any time to", "is obliged at all times to": the cue with a time adverbial inside it still binds.
INNER_ADVERBIAL = [
    ("AUD001", "pass",
     BANK + "7.1 The Bank and its audit firm are entitled at any time to inspect the Provider's books and records, "
            "including the data on which the invoices are based."),
    ("SEC001", "pass",
     BANK + "10.1 The Provider is obliged at all times to maintain ISO/IEC 27001 certification and to notify the Bank "
            "of any security incident within 24 hours."),
    # trap: the supplier's own right, however put
    ("AUD001", "missing",
     BANK + "7.1 The Provider is entitled at any time to inspect the Bank's books and records on which its payments "
            "are based."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INNER_ADVERBIAL)
def test_a_time_adverbial_inside_the_cue_still_binds(code, expected, text):
    assert status_of(code, text) == expected


# "Art. 5 Remuneration" as a whole short title line opens an article, so the bare-numbered paragraphs after it ("1 The
# Bank pays ...") are its paragraphs; a citation that opens a wrapped line does not.
@pytest.mark.parametrize(("line", "value"), [
    ("Art. 5 Remuneration", "5"),
    ("Art. 11 Data Protection and Banking Secrecy", "11"),
    ("Art. 9 FADP applies.", None),
    ("Art. 28 GDPR", None),
    ("Art. 161 para. 2 Code of Obligations", None),
    ("Art. 101 Code of Obligations).", None),
    ("Art. 6 Para. 1 lit. f of the Regulation", None),
])
def test_a_short_art_title_line_opens_an_article(line, value):
    from bpolint.extract.markers import ARTICLE, parse_marker
    parsed = parse_marker(line)
    if value is None:
        assert parsed is None or parsed[0].style != ARTICLE
    else:
        assert parsed is not None and parsed[0].style == ARTICLE and parsed[0].value == value


def test_bare_numbered_paragraphs_sit_under_an_art_title():
    from bpolint import extract
    text = ('Agreement between Banque Leman SA (the "Bank") and Alpen Operations AG (the "Provider").\n\n'
            'Art. 5 Remuneration\n\n1 The Bank pays the prices in Annex 2.\n\n2 Invoices are payable within 30 '
            'days.\n\n'
            'Art. 6 Audit\n\n1 The Bank is entitled to audit the Provider\'s records.\n')
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ch.txt"
        path.write_text(text, encoding="utf-8")
        clauses = extract(path).clauses
    articles = [c for c in clauses if c.path.startswith("Article")]
    assert [c.path for c in articles] == ["Article 5", "Article 6"]
    audit = next(c for c in clauses if "entitled to audit" in c.text)
    assert audit.parent is not None and "Article 6" in str(audit.parent)
