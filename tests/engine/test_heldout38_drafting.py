"""Drafting found on held-out set 38 (a Dutch health insurer's declaration-processing outsourcing in translation, a US
credit union's card-dispute and fraud-alert servicing agreement), each in other wordings than the contracts', with its
traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.markers import ARTICLE, parse_marker
from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
# a translation that keeps the original's article word, after lettered recitals: the "(a)" paragraphs under the
# articles are operative terms, not more recitals
TRANSLATED = ('THE UNDERSIGNED:\n'
              '1. Northwind Verzekeringen N.V. (hereinafter: "the Customer");\n'
              '2. Contoso Diensten B.V. (hereinafter: "the Supplier");\n'
              'WHEREAS:\n'
              'A. the Customer wishes to outsource the processing of claims to the Supplier;\n'
              'B. the Supplier has the expertise required for this;\n'
              'DECLARE THAT THEY HAVE AGREED AS FOLLOWS:\n')


# The article word a convenience translation keeps: Dutch and German "Artikel 7", Spanish "Artículo 7", Italian
# "Articolo 7", Portuguese "Artigo 7" open an article as "Article 7" does. Without it, the "(a)" paragraphs under the
# headings were bare lettered clauses read as more recitals, and every operative term went missing.
@pytest.mark.parametrize(("line", "value", "rest"), [
    ("Artikel 7 - Audit and Supervision", "7", "Audit and Supervision"),
    ("Artículo 12. Terminación", "12", "Terminación"),
    ("Articolo 4 - Corrispettivi", "4", "Corrispettivi"),
    ("ARTIGO 9 - AUDITORIA", "9", "AUDITORIA"),
])
def test_a_translated_article_word_opens_an_article(line, value, rest):
    parsed = parse_marker(line)
    assert parsed is not None
    marker, text = parsed
    assert (marker.style, marker.value, text) == (ARTICLE, value, rest)


@pytest.mark.parametrize("line", [
    # a sentence about an article, not its heading; the abbreviation in a citation
    "Artikelen 1 tot en met 3 zijn van toepassing.",
    "Art. 28 GDPR applies to the processing.",
])
def test_other_lines_naming_an_article_open_nothing(line):
    assert parse_marker(line) is None


TRANSLATED_ARTICLES = [
    (TRANSLATED, "AUD001", "pass",
     "Artikel 7 - Audit\n"
     "(a) The Customer and its external auditor may once per calendar year audit and inspect the books, records, "
     "systems and data of the Supplier relating to the charges and the number of Processed Claims."),
    (TRANSLATED, "EXT002", "pass",
     "Artículo 14 - Exit\n"
     "(a) Upon the end of this Agreement the Supplier shall provide exit assistance for a period of six (6) months, "
     "including continued performance of the Services and knowledge transfer to a successor supplier."),
    (TRANSLATED, "GOV003", "pass",
     "Articolo 9 - Consultation\n"
     "(a) The operational managers shall meet monthly.\n"
     "(b) A steering committee shall meet once each quarter.\n"
     "(c) The directors shall hold an annual strategic review."),
    # traps: the same words in a recital stay a recital; a negated audit under a translated heading is still negated
    (TRANSLATED, "AUD001", "missing",
     "Artikel 7 - Audit\n"
     "(a) The Customer shall have no right to audit the books, records, systems or data of the Supplier."),
    ('THE UNDERSIGNED:\n1. Northwind Verzekeringen N.V. (hereinafter: "the Customer");\n'
     '2. Contoso Diensten B.V. (hereinafter: "the Supplier");\n'
     'WHEREAS:\n'
     'A. the parties expect that the Customer and its auditors will audit the books, records and data of the '
     'Supplier relating to the charges;\n'
     'DECLARE THAT THEY HAVE AGREED AS FOLLOWS:\n'
     'Artikel 1 - Services\n(a) The Supplier shall process the claims.',
     "AUD001", "missing", ""),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), TRANSLATED_ARTICLES)
def test_paragraphs_under_a_translated_article_are_operative(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A share of the fall in the supplier's cost below a stated baseline, credited or paid to the customer, is a
# productivity share by a formula, though no "savings" or "gainshare" word is said. A cost only: a credit of the amount
# by which a service level falls below its target is a service credit; the customer paying the share, the supplier's
# "may", and a share to be discussed are not a pass.
COST_FALL_SHARED = [
    (PLAIN, "PRD001", "pass",
     "4.6 The Supplier shall credit to the Customer, each calendar quarter, forty percent (40%) of the amount by which "
     "the Supplier's Cost per Resolved Contact for that quarter falls below the Baseline Cost of $7.80, multiplied by "
     "the number of Resolved Contacts in that quarter."),
    (PLAIN, "PRD001", "pass",
     "4.6 The Supplier shall pay the Customer 50% of the amount by which its actual cost to serve in each Contract "
     "Year is less than the Baseline Cost to Serve set out in Schedule 4."),
    (PLAIN, "PRD001", "pass",
     "4.6 Each quarter the Supplier shall rebate to the Customer thirty per cent (30%) of the amount by which the "
     "average cost per transaction drops below EUR 2.10."),
    # traps
    (PLAIN, "PRD001", "missing",
     "4.6 The Customer shall pay the Supplier forty percent (40%) of the amount by which the Supplier's Cost per "
     "Resolved Contact falls below the Baseline Cost."),
    (PLAIN, "PRD001", "missing",
     "4.6 The Supplier shall credit to the Customer 5% of the amount by which the Service Level achieved falls below "
     "the target."),
    (PLAIN, "PRD001", "missing",
     "4.6 The Supplier may, at its discretion, credit to the Customer part of the amount by which its cost per "
     "contact falls below the Baseline Cost."),
    (PLAIN, "PRD001", "weak",
     "4.6 The parties shall discuss in good faith whether to credit the Customer a share of the amount by which the "
     "Supplier's cost falls below the Baseline Cost."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), COST_FALL_SHARED)
def test_a_share_of_the_fall_in_cost_below_a_baseline_is_a_productivity_share(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A discretion in the definition of the unit a review trigger names is not a discretion over the review: "Resolved
# Contact" defined as closed under the Supplier's own manual "as the Supplier may update it" is OUT001's finding; the
# customer may still require the review. The supplier's "may" in the review sentence itself stays weak.
UNIT_DEFINITION_IS_NOT_THE_REVIEW = [
    (PLAIN, "PRC001", "pass",
     '1.6 "Resolved Contact" means a contact that the Supplier has closed in accordance with the Supplier\'s '
     'Procedures Manual, as the Supplier may update it from time to time.\n'
     "4.5 If the Automation Rate exceeds thirty-five percent (35%) in any calendar quarter, the Customer may require a "
     "review of the price per Resolved Contact."),
    (PLAIN, "PRC001", "pass",
     '1.6 "Completed Case" means a case that the Supplier may, in its discretion, mark as completed.\n'
     "4.5 Where the share of Completed Cases handled by bots exceeds 40% in a quarter, the Customer may require the "
     "parties to review the Case Fee."),
    # traps: the supplier's "may" or discretion in the review sentence itself
    (PLAIN, "PRC001", "weak",
     "4.5 If the Automation Rate exceeds thirty-five percent (35%) in any calendar quarter, the Supplier may review "
     "the price per Resolved Contact."),
    (PLAIN, "PRC001", "weak",
     "4.5 If the Automation Rate exceeds 35% in any quarter, the price per Resolved Contact shall be reviewed at the "
     "Supplier's discretion."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), UNIT_DEFINITION_IS_NOT_THE_REVIEW)
def test_a_discretion_in_the_units_definition_is_not_over_the_review(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# The deletion timed from the supplier's own hand-back said with a verb: "Within sixty (60) days after delivering the
# Customer Data, the Supplier shall securely destroy ..." follows the return at exit as "after such delivery" does.
# Traps: the deletion optional ("may"), negated, or the customer's own deletion of something else.
DELETION_AFTER_DELIVERING = [
    (PLAIN, "EXT003", "pass",
     "9.1 Within 30 days after termination, the Supplier shall deliver all Customer Data to the Customer in CSV "
     "format.\n9.2 Within 60 days after delivering the Customer Data, the Supplier shall securely destroy all "
     "Customer Data in its possession and certify the destruction in writing."),
    (PLAIN, "EXT003", "pass",
     "9.1 Within 30 days after termination, the Supplier shall return all Customer Data to the Customer in CSV "
     "format.\n9.2 Within 30 days after handing over the Customer Data, the Supplier shall erase all copies of the "
     "Customer Data."),
    (PLAIN, "EXT003", "pass",
     "9.1 Within 30 days after termination, the Supplier shall return all Customer Data to the Customer in CSV "
     "format.\n9.2 Within 30 days after exporting the Customer Data, the Supplier shall delete all remaining copies."),
    # traps
    (PLAIN, "EXT003", "weak",
     "9.1 Within 30 days after termination, the Supplier shall deliver all Customer Data to the Customer in CSV "
     "format.\n9.2 Within 60 days after delivering the Customer Data, the Supplier may destroy the Customer Data."),
    (PLAIN, "EXT003", "weak",
     "9.1 Within 30 days after termination, the Supplier shall deliver all Customer Data to the Customer in CSV "
     "format.\n9.2 The Supplier shall not be required to destroy any Customer Data after delivering it."),
    (PLAIN, "EXT003", "weak",
     "9.1 Within 30 days after termination, the Supplier shall deliver all Customer Data to the Customer in CSV "
     "format.\n9.2 Within 60 days after delivering the Customer Data, the Customer shall destroy its test copies of "
     "the Supplier Materials."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), DELETION_AFTER_DELIVERING)
def test_a_deletion_after_delivering_the_data_follows_the_return(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# The exclusion of a repeat only where the supplier has established or verified its own error is at the supplier's
# word, as "provided that the Supplier confirms" already was. Traps: the customer establishing it; the supplier's duty
# to establish a quality team in the next sentence.
SUPPLIER_ESTABLISHES_ITS_ERROR = [
    (PLAIN, "OUT002", "weak",
     "5.1 The Customer shall pay EUR 4.10 per Processed Declaration.\n5.2 A Processed Declaration which is reopened "
     "because of an error within thirty (30) days after it became a Processed Declaration shall not be charged again, "
     "provided that the Supplier has established that the error is attributable to the Supplier."),
    (PLAIN, "OUT002", "weak",
     "5.1 The Customer shall pay EUR 4.10 per Resolved Contact.\n5.2 A Resolved Contact reopened within 30 days shall "
     "be credited back where the Supplier has verified that the reopening concerns the original issue."),
    (PLAIN, "OUT002", "weak",
     "5.1 The Customer shall pay EUR 4.10 per Resolved Contact.\n5.2 A Resolved Contact reopened within 30 days shall "
     "not be billed if the Supplier verifies that the reopening concerns the original issue."),
    # traps
    (PLAIN, "OUT002", "pass",
     "5.1 The Customer shall pay EUR 4.10 per Resolved Contact.\n5.2 A Resolved Contact reopened within 30 days shall "
     "not be billed, provided that the Customer has established that the reopening concerns the original issue."),
    (PLAIN, "OUT002", "pass",
     "5.1 The Customer shall pay EUR 4.10 per Resolved Contact.\n5.2 A Resolved Contact reopened within 30 days shall "
     "not be billed. The Supplier shall establish a quality team to review reopened contacts."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), SUPPLIER_ESTABLISHES_ITS_ERROR)
def test_an_exclusion_only_where_the_supplier_establishes_its_error_is_weak(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected
