"""Drafting found on held-out set 20 (a Korean non-life insurer's claims-handling consignment contract translated from
Korean, a Hong Kong insurer's policy-administration outsourcing agreement), each in other wordings than the
contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from tests.engine.snippets import status_of

PARTIES = ('This Contract is made between Mirae Life Insurance Co., Ltd. (the "Customer") and Dasom Operations Co., '
           'Ltd. (the "Supplier").\n')


# Circled paragraph numbers ("① ... ② ...") under an Article, with numbered items under a paragraph: a paragraph after
# the items is a paragraph of its own, not the last item's tail.
CIRCLED = PARTIES + (
    "Article 12 (Termination)\n"
    "① The Customer may terminate this Contract by written notice if any of the following occurs:\n"
    "1. the Supplier breaches this Contract and fails to remedy the breach within 30 days;\n"
    "2. the Supplier becomes insolvent.\n"
    "② The Supplier may terminate this Contract for any reason on 60 days' written notice.\n"
    "Article 13 (Governing Law)\n"
    "This Contract is governed by the laws of the Republic of Korea.\n")


def test_circled_paragraphs_and_their_items_nest_under_the_article():
    paths = [c.path for c in snippet_document(CIRCLED).clauses if c.path.startswith("Article")]
    assert paths == ["Article 12", "Article 12(1)", "Article 12(1)(1)", "Article 12(1)(2)", "Article 12(2)",
                     "Article 13"]


TERMINATION = [
    # the convenience exit in ② is the supplier's: the customer has cause only
    ("EXT001", "weak", CIRCLED),
    ("EXT001", "pass", CIRCLED.replace("② The Supplier may", "② The Customer may")),
    # "ends for any reason" says when exit help starts, it is no ground to terminate
    ("EXT001", "weak",
     PARTIES + "9.1 The Customer may terminate this Contract if the Supplier commits a material breach.\n9.2 When this "
               "Contract ends for any reason, the Supplier shall hand over all pending files to the Customer."),
    ("EXT001", "weak",
     PARTIES + "9.1 The Customer may terminate this Contract if the Supplier commits a material breach.\n9.2 If this "
               "Contract comes to an end for any reason, the Supplier shall return all records."),
    ("EXT001", "pass",
     PARTIES + "9.1 The Customer may terminate this Contract if the Supplier commits a material breach.\n9.2 The "
               "Customer may end this Contract for any reason by giving 90 days' notice."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TERMINATION)
def test_a_circled_paragraph_and_an_ending_for_any_reason(code, expected, text):
    assert status_of(code, text) == expected


# Work kept going at exit under its defined name: "continue to perform the Consigned Business".
CONTINUED_WORK = [
    ("EXT002", "pass",
     PARTIES + "15.1 On expiry or termination of this Contract, the Supplier shall, for up to six months at the "
               "Customer's request, continue to perform the Outsourced Services on the same terms."),
    ("EXT002", "pass",
     PARTIES + "15.1 When this Contract ends, the Supplier shall continue to carry the Consigned Work for a period of "
               "up to ninety days as the Customer requests."),
    # traps: the work kept going during a dispute, not at exit; the supplier's own business
    ("EXT002", "missing",
     PARTIES + "15.1 Pending the resolution of any dispute, the Supplier shall continue to perform the Outsourced "
               "Services."),
    ("EXT002", "missing",
     PARTIES + "15.1 The Supplier shall continue to perform its obligations in a professional manner."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CONTINUED_WORK)
def test_work_kept_going_under_its_defined_name(code, expected, text):
    assert status_of(code, text) == expected


# Korean drafting attaches its tables as "[Attached Table N]", referred to in the body by that name; a price column
# names its currency and unit in one bracket ("Unit Fee (KRW per Closed Claim)").
DEFINED = PARTIES + ('Article 2 (Definitions)\n"Completed Case" means a Case that has been recorded as closed in the '
                     'Customer\'s case management system with all mandatory fields completed.\n')
ATTACHED = [
    ("PRC003", "pass",
     DEFINED + "Article 4 (Fees)\n① The Customer shall pay the Case Fee for each Completed Case and the Management Fee."
               "\n② The Management Fee shall step down each contract year as set forth in [Attached Table 2] and shall "
               "be zero from the third contract year, from which time only the Case Fee is payable.\n"
               "[Attached Table 2] Management Fee\nContract year | Management Fee (USD per month)\nFirst year | "
               "30,000\nSecond year | 15,000\nThird year and thereafter | 0\n"),
    # trap: a fee that "shall be zero" in a year with no steps and no outcome price is no glide path
    ("PRC003", "missing",
     DEFINED + "Article 4 (Fees)\n① The Customer shall pay the Monthly Service Fee set forth in [Attached Table 2].\n"
               "② The Set-up Fee shall be zero.\n[Attached Table 2] Fees\nItem | Fee (USD per month)\nService | "
               "30,000\n"),
    ("PRC004", "pass",
     DEFINED + "[Attached Table 1] Fees\nType of case | Case Fee (USD per Completed Case)\nStandard | 4.20\n"
               "Complex | 6.80\n"),
    ("PRC004", "weak",
     DEFINED + "Schedule 3 - Charges\nType of case | Case Fee (HKD per Completed Case)\nStandard | 38.00\n"
               "Complex | 120.00\n"),
    # traps: an hourly rate card with the same bracket, and a bracket naming the currency and VAT only
    ("PRC004", "not_applicable",
     DEFINED + "Schedule 4 - Rate Card\nRole | Rate (HKD per hour)\nAnalyst | 650\nDeveloper | 780\n"),
    ("PRC004", "missing",
     DEFINED + "Article 4 (Fees)\nThe Customer shall pay the fees for each Completed Case set out in Schedule 3.\n"
               "Schedule 3 - Fees\nType of case | Fee (USD, excluding VAT)\nStandard | 4.20\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), ATTACHED)
def test_attached_tables_and_a_currency_per_unit_bracket(code, expected, text):
    assert status_of(code, text) == expected


# A completed unit named only as what the charged unit may or may not become is not what is charged for.
POLICY = PARTIES + ('1.1 "Completed Application" means an Application for which the policy has been issued in the '
                    'Customer\'s policy administration system and whose status is "In Force".\n')
INDIFFERENT = [
    ("OUT001", "missing",
     POLICY + "4.1 The Customer shall pay an Intake Charge of USD 5.00 for each Application received, irrespective "
              "of whether the Application becomes an Completed Application or is withdrawn."),
    ("OUT001", "missing",
     POLICY + "4.1 The Customer shall pay USD 5.00 for each Application keyed, whether or not it is an Approved "
              "Application."),
    ("OUT001", "pass",
     POLICY + "4.1 The Customer shall pay USD 5.00 for each Completed Application, whether or not the applicant "
              "later cancels the policy."),
    # a rating is no rate: a satisfaction score given to each completed unit charges nothing
    ("OUT001", "missing",
     POLICY + "4.1 The Customer shall pay USD 38,000 per FTE per month.\n6.1 The Satisfaction Score is the average "
              "rating given by applicants to each Completed Application."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INDIFFERENT)
def test_a_result_the_charge_does_not_depend_on(code, expected, text):
    assert status_of(code, text) == expected


# Data owned by the customer, savings kept by the supplier and ownership left to "separate consultation" say nothing of
# who owns the automation assets.
ASSETS = [
    ("EXT004", "missing",
     PARTIES + "Article 14 (Rights to Data and Deliverables)\n① All data relating to Cases, including images and "
               "notes, belongs to the Customer."),
    ("EXT004", "pass",
     PARTIES + "Article 14 (Rights to Data and Deliverables)\n① All bots, scripts and work manuals developed for the "
               "Customer belong to the Customer."),
    ("EXT004", "missing",
     PARTIES + "5.3 The cost savings arising from the use of the bots and the trained models belong to the Supplier."),
    ("EXT004", "missing",
     PARTIES + "14.2 The ownership of the bots, the trained models and the scripts, and any licence to use them, "
               "shall be determined through separate consultation between the parties."),
    ("EXT004", "missing",
     PARTIES + "14.2 Rights in the RPA scripts shall be settled by mutual consultation."),
    ("EXT004", "weak",
     PARTIES + "14.2 The bots, the trained models and the scripts belong to the Supplier, and no licence to them is "
               "granted to the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ASSETS)
def test_data_savings_and_consultation_are_no_asset_ownership(code, expected, text):
    assert status_of(code, text) == expected
