"""Drafting found on held-out set 19 (an Italian bank's NPL servicing and collections contract translated from
Italian, a US federal agency's contact-center task order in the uniform contract format), each in other wordings
than the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.blocks import TextBlock
from bpolint.extract.segment import segment
from bpolint.nlp.numbers import quantities
from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')
ORDER = ("DELIVERY ORDER 36C10X26F0042\nDepartment of Veterans Programs (the \"Government\")\n"
         "Contractor: Lakeview Support Services, Inc. (the \"Contractor\")\n")


def _tree(*paragraphs: str) -> list[tuple[str, str]]:
    clauses, _ = segment(TextBlock(p) for p in paragraphs)
    return [(c.path, c.heading) for c in clauses]


# The uniform contract format's lettered sections and their "B.4" paragraphs.
@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(["Section C: Description/Specifications", "C.1 Scope. The Contractor shall staff the help desk.",
                      "C.2 Hours. Service runs from 7 a.m.", "Section H: Special Contract Requirements",
                      "H.1 Key Personnel. The Project Manager is key personnel."],
                     [("C", "Description/Specifications"), ("C.1", "Scope"), ("C.2", "Hours"),
                      ("H", "Special Contract Requirements"), ("H.1", "Key Personnel")], id="colon-titled-sections"),
        # traps: a section named in a sentence, another section's letter, a lettered number outside any section
        pytest.param(["1. Term", "Section B of the Order applies.", "B.1 Fees are monthly."], [("1", "Term")],
                     id="trap-section-named-in-a-sentence"),
        pytest.param(["SECTION C – STATEMENT OF WORK", "C.1 Tasks. The Contractor shall answer calls.",
                      "D.1 Packaging is not required."],
                     [("C", "STATEMENT OF WORK"), ("C.1", "Tasks")], id="trap-another-sections-letter"),
    ],
)
def test_lettered_sections_number_their_paragraphs(paragraphs, expected):
    assert _tree(*paragraphs) == expected


# A "Background" paragraph opens no recital zone over the numbered paragraphs after it.
BACKGROUND = [
    ("EXT001", "pass",
     ORDER + "SECTION C – STATEMENT OF WORK\nC.1 Background. The Department runs a benefits help line.\n"
             "C.2 Termination. The Government may terminate this order for its convenience in accordance with FAR "
             "52.212-4(l) and for cause in accordance with FAR 52.212-4(m)."),
    # trap: a real recital stays a recital
    ("EXT001", "missing",
     PARTIES + "BACKGROUND\n(A) The Customer may terminate the Agreement for convenience and for cause.\n"
               "1. Services\n1.1 The Supplier shall provide the Services."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BACKGROUND)
def test_a_background_paragraph_does_not_swallow_the_paragraphs_after_it(code, expected, text):
    assert status_of(code, text) == expected


# A collections outcome named by the money got in: "Collected File", "Recovered Account".
COLLECTED = [
    ("OUT001", "pass",
     PARTIES + '1.1 "Recovered Account" means an Account whose outstanding balance has been paid in full and credited '
               "to the Customer's collection account, with the payment recorded in the Customer's loan system and the "
               'Account closed with status "paid".\n5.1 The Customer shall pay the Supplier a fee of GBP 4.20 for each '
               "Recovered Account."),
    ("PRC004", "weak",
     PARTIES + '1.1 "Collected Claim" means a Claim for which the full amount has been received in the Customer\'s '
               "account and recorded in the Customer's ledger.\n5.1 The Customer shall pay GBP 45.00 per Collected "
               "Claim."),
    # trap: a collection account is where the money goes, not an outcome priced
    ("OUT001", "missing",
     PARTIES + '1.1 "Collection Account" means the bank account of the Customer into which Debtors pay.\n'
               "5.1 The Customer shall pay the Supplier GBP 52.00 for each hour of agent time."),
]


@pytest.mark.parametrize(("code", "expected", "text"), COLLECTED)
def test_a_collected_or_recovered_unit_is_a_billable_outcome(code, expected, text):
    assert status_of(code, text) == expected


# A collected debt comes back when the payment does.
REVERSED_PAYMENT = [
    ("OUT002", "weak",
     PARTIES + '1.1 "Recovered Account" means an Account paid in full and closed in the Customer\'s loan system.\n'
               "5.1 The Customer shall pay GBP 4.20 for each Recovered Account.\n5.2 Where the payment on a Recovered "
               "Account is returned unpaid, the fee paid for it shall be credited to the Customer."),
    ("OUT002", "pass",
     PARTIES + '1.1 "Recovered Account" means an Account paid in full and closed in the Customer\'s loan system.\n'
               "5.1 The Customer shall pay GBP 4.20 for each Recovered Account.\n5.2 Where the payment on a Recovered "
               "Account is returned unpaid within sixty (60) days, the fee paid for it shall be credited to the "
               "Customer."),
    # trap: a returned payment the Supplier only reports, with nothing excluded or credited
    ("OUT002", "missing",
     PARTIES + '1.1 "Recovered Account" means an Account paid in full and closed in the Customer\'s loan system.\n'
               "5.1 The Customer shall pay GBP 4.20 for each Recovered Account.\n5.2 Where a payment is returned "
               "unpaid, the Supplier shall tell the Customer in its monthly report."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REVERSED_PAYMENT)
def test_a_reversed_payment_undoes_a_collected_outcome(code, expected, text):
    assert status_of(code, text) == expected


# A "Unit" column names what each row is sold by.
def test_a_unit_column_names_the_rows_unit():
    header = "Line Item | Description | Unit of Measure | Unit Price"
    assert [q.per for q in quantities("0002 | Resolved inquiries | Resolved Inquiry | $5.10", header=header)] \
        == ["Resolved Inquiry"]
    assert [q.per for q in quantities("0003 | Overflow support | Labor Hour | $51.00", header=header)] == ["Labor Hour"]
    # trap: no unit column, no unit
    assert [q.per for q in quantities("0003 | Overflow support | $51.00", header="Line | Description | Price")] == [""]


UNIT_COLUMN = [
    ("PRC004", "pass",
     ORDER + '1. "Resolved Inquiry" means an inquiry closed in the Government\'s CRM with a resolution code.\n'
             "2. Prices\nLine Item | Description | Unit | Unit Price\n0001 | Resolved inquiries | Resolved Inquiry | "
             "$5.10\n0002 | Overflow support | Labor Hour | $51.00"),
    # trap: only hours and months are sold
    ("PRC004", "not_applicable",
     ORDER + "2. Prices\nLine Item | Description | Unit | Unit Price\n0001 | Help desk | Month | $41,000.00\n"
             "0002 | Overflow support | Labor Hour | $51.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), UNIT_COLUMN)
def test_a_clin_table_prices_per_the_unit_its_unit_column_names(code, expected, text):
    assert status_of(code, text) == expected


# A term's definition ("a Settlement approved by the Customer") makes no royalty audit of the customer.
AUDIT_DEFINITION = [
    ("AUD001", "pass",
     PARTIES + '1.1 "Settled Account" means an Account settled under a Settlement approved by the Customer.\n'
               "8.1 The Supplier shall allow the Customer's internal auditors to audit, once in each calendar "
               "year, the "
               "records, systems and data relating to the Settled Accounts and the fees invoiced."),
    # trap: the royalty audit of the customer's own books
    ("AUD001", "missing",
     PARTIES + "8.1 The Customer shall keep accurate books of the Accounts, open for inspection by an accountant "
               "approved by the Customer on behalf of the Supplier."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDIT_DEFINITION)
def test_an_approval_in_a_terms_definition_is_no_royalty_audit(code, expected, text):
    assert status_of(code, text) == expected


# A standing lower price for units done without an agent shares the saving; it reviews no price.
NO_AGENT_DISCOUNT = [
    ("PRD001", "pass",
     PARTIES + "5.2 The fee for each Contact resolved by the chatbot without human intervention shall be discounted "
               "by 40% (forty per cent) against the fee for an agent-handled Contact."),
    ("PRC001", "missing",
     PARTIES + "5.2 The fee for each Contact resolved by the chatbot without the involvement of an agent shall be "
               "reduced by 40% (forty per cent)."),
    # traps: a fee cut for a missed service level shares nothing; a threshold of agent-free contacts is a trigger
    ("PRD001", "missing",
     PARTIES + "5.2 The fee shall be reduced by 5% for each month in which the Supplier misses a Service Level."),
    ("PRC001", "pass",
     PARTIES + "5.2 If Contacts resolved without the involvement of an agent exceed 40% of all Contacts in a quarter, "
               "the parties shall review the Charges and reduce them to reflect the lower cost to serve."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NO_AGENT_DISCOUNT)
def test_a_lower_price_for_agent_free_units_is_a_share_not_a_review(code, expected, text):
    assert status_of(code, text) == expected


# A service-level remedy is no automation price review.
REMEDY_NOT_REVIEW = [
    ("PRC001", "missing",
     PARTIES + "6.3 If the share of Contacts answered by the Virtual Agent falls below 30% in a month, the "
               "Supplier shall "
               "give the Customer a service credit of 2% of the invoice for the month."),
    # trap: a review the automation measure triggers stays a review
    ("PRC001", "pass",
     PARTIES + "6.3 If the share of Contacts answered by the Virtual Agent exceeds 30% in a month, the parties shall "
               "review the Charges within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REMEDY_NOT_REVIEW)
def test_a_service_level_remedy_is_no_price_review(code, expected, text):
    assert status_of(code, text) == expected


# A processor appointed under Article 28 GDPR is bound to data-protection law.
ARTICLE_28 = [
    ("SEC002", "pass",
     PARTIES + "11.1 The Supplier acts as processor within the meaning of Article 28 of the GDPR.\n11.2 The Supplier "
               "shall process Customer Personal Data only on the documented instructions of the Customer.\n11.3 The "
               "Supplier shall not engage another processor without the prior written authorisation of the Customer."),
    # trap: the customer named controller, and nothing binding the supplier to the law
    ("SEC002", "weak",
     PARTIES + "11.1 The Customer is the controller of Customer Personal Data.\n11.2 The Supplier shall "
               "process Customer "
               "Personal Data only on the documented instructions of the Customer.\n11.3 The Supplier shall not engage "
               "another processor without the prior written authorisation of the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ARTICLE_28)
def test_a_processor_under_article_28_is_bound_to_the_law(code, expected, text):
    assert status_of(code, text) == expected


# The end of performance, and the end of an exit period named by its article, are the exit.
EXIT_TIMING = [
    ("EXT003", "pass",
     ORDER + "H.4 Within fifteen (15) days after the end of the period of performance, the Contractor shall "
             "deliver all "
             "Government data to the Contracting Officer in CSV format and shall then purge it from its systems."),
    ("EXT003", "weak",
     PARTIES + "13.1 On expiry or termination the Supplier shall continue the Services for up to six "
               "months.\n13.3 Within "
               "thirty days from the end of the period referred to in clause 13.1, the Supplier shall return all "
               "Customer Data to the Customer in CSV format."),
    # trap: a return at any time on request, with no end named
    ("EXT003", "missing",
     PARTIES + "13.3 The Supplier shall deliver a copy of the Customer Data in CSV format whenever the Customer asks."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EXIT_TIMING)
def test_the_end_of_performance_and_a_cited_exit_period_are_the_exit(code, expected, text):
    assert status_of(code, text) == expected


# Work assigned to the supplier to handle is not rights assigned in the automation assets.
ASSIGNED_WORK = [
    ("EXT004", "weak",
     PARTIES + '1.1 "Account" means each debt assigned to the Supplier for collection.\n6.3 The Supplier\'s scoring '
               "model and every script used for the Accounts remain the exclusive property of the Supplier."),
    # trap: a real assignment to the customer still passes
    ("EXT004", "pass",
     PARTIES + "6.3 The Supplier hereby assigns to the Customer all rights in the scripts, workflows and "
               "scoring models "
               "developed for the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ASSIGNED_WORK)
def test_work_assigned_to_the_supplier_is_no_asset_assignment(code, expected, text):
    assert status_of(code, text) == expected


# A performance requirements summary bound by a duty that names its acronym ("each AQL").
SUMMARY = ("E.2 Performance Requirements Summary.\n"
           "Performance objective | Standard | Acceptable Quality Level (AQL) | Surveillance | Remedy if AQL not met\n"
           "Accuracy rate | Answers correct | at least 96% of sampled contacts | Monthly sample of 150 "
           "contacts | 3% reduction of the "
           "monthly invoice\n"
           "Caller satisfaction | Survey respondents satisfied | 88% or more | Government post-call survey | 2% "
           "reduction of the monthly invoice\n")
ACRONYM = [
    ("GOV001", "pass", ORDER + "SECTION E – INSPECTION AND ACCEPTANCE\n" + SUMMARY
     + "E.3 The Contractor shall achieve every AQL in each month."),
    ("GOV002", "pass", ORDER + "SECTION E – INSPECTION AND ACCEPTANCE\n" + SUMMARY
     + "E.3 The Contractor shall achieve every AQL in each month."),
    # trap: the acronym named by a sentence that binds no one
    ("GOV002", "missing", ORDER + "SECTION E – INSPECTION AND ACCEPTANCE\n" + SUMMARY
     + "E.3 The AQLs were set from historical workload data."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ACRONYM)
def test_a_summary_table_is_bound_by_a_duty_naming_its_acronym(code, expected, text):
    assert status_of(code, text) == expected


# US federal wordings: program management reviews, "without further notice", option periods.
FEDERAL = [
    ("GOV003", "weak",
     ORDER + "C.7 The Contractor shall hold a quarterly Program Review with the Contracting Officer's Representative."),
    ("SEC002", "weak",
     ORDER + "H.2 The Contractor shall process personal information only on the Government's written instructions and "
             "in accordance with the Privacy Act. The Contractor may engage subcontractors to process personal "
             "information without any further notice to the Government."),
    ("PRC002", "weak",
     ORDER + "SECTION B – PRICES\nB.5 The labor rates for each Option Year shall be the rates of the prior "
             "year increased by the change in "
             "the Employment Cost Index (ECI), not to exceed 2.5 percent."),
    # traps: a one-time adjustment, and subcontractors only with approval
    ("PRC002", "missing",
     ORDER + "SECTION B – PRICES\nB.5 On the first day of performance the labor rates shall be adjusted by the "
             "change in the Employment "
             "Cost Index (ECI) since the date of the proposal."),
    ("SEC002", "pass",
     ORDER + "H.2 The Contractor shall process personal information only on the Government's written instructions and "
             "in accordance with the Privacy Act. The Contractor shall not engage any subcontractor to process "
             "personal information without the prior written approval of the Contracting Officer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FEDERAL)
def test_us_federal_wordings(code, expected, text):
    assert status_of(code, text) == expected
