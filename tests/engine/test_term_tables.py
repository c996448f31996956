"""Verbless rows of a table that is itself one of the contract's operative documents (a schedule, a term
sheet, key terms, an order form, a SOW, a table whose column reads "Agreed position") are agreed terms,
as a lawyer reads them; definitions, indicative or example tables, proposals, checklists, contents,
options not chosen, and rows that do not show the right to be the customer's give nothing."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

SLA_ROWS = ("| Service Level | Target | Service Credit if missed |\n"
            "| First Contact Resolution | at least 75% each month | 3% of the Monthly Fee |\n"
            "| Quality Score | at least 90% each month | 2% of the Monthly Fee |")
GAIN_ROW = ("| Gainshare | Customer receives 60% of verified Productivity Savings, applied as a reduction "
            "to the quarterly Baseline Fee |")
AUDIT_ROW = ("| Audit rights | Customer and its auditors, once each Contract Year on 10 Business Days' notice, "
             "of the records and systems behind the Charges and the Resolution counts |")

EXIT_ROWS = ("| Data return | Within 15 Business Days of exit, deliver a full export of Client Data in CSV and JSON |\n"
             "| Data deletion | Within 30 days after the Client confirms receipt of the export, securely delete all "
             "copies of Client Data and certify the deletion |")

CASES = [
    # operative documents: their rows are the agreed terms
    ("GOV001", "pass", "SCHEDULE 3 - SERVICE LEVELS\n" + SLA_ROWS),
    ("GOV001", "pass", "Annex B: Service Levels\n" + SLA_ROWS),
    ("GOV001", "pass", "SERVICE LEVEL AGREEMENT\n" + SLA_ROWS),
    ("PRD001", "pass", "| Item | Agreed position |\n" + GAIN_ROW),
    ("PRD001", "pass", "OUTCOME PRICING TERM SHEET\n| Item | Detail |\n" + GAIN_ROW),
    ("PRD001", "pass", "KEY COMMERCIAL TERMS\n| Term | Position |\n" + GAIN_ROW),
    ("AUD001", "pass", "ORDER FORM\n| Term | Detail |\n" + AUDIT_ROW),
    ("AUD001", "pass", "Statement of Work No. 2 - Key Terms\n| Term | Detail |\n" + AUDIT_ROW),
    # a table that says it is no term: indicative, illustrative, an example, a proposal, guidance, a
    # checklist, a table of contents, a history, options, to be agreed
    ("GOV001", "missing", "SCHEDULE 3 - INDICATIVE SERVICE LEVELS\n" + SLA_ROWS),
    ("GOV001", "missing", "Schedule 3 - Service Levels (illustrative only)\n" + SLA_ROWS),
    ("GOV001", "missing", "Annex B: Example service levels\n" + SLA_ROWS),
    ("GOV001", "missing", "Appendix 4 - Supplier's Proposed Service Levels\n" + SLA_ROWS),
    ("GOV001", "missing", "Schedule 3 - Service levels to be agreed during Transition\n" + SLA_ROWS),
    ("GOV001", "missing", "Schedule 3 - Historical service levels achieved in the pilot\n" + SLA_ROWS),
    ("PRD001", "missing", "NEGOTIATION CHECKLIST (TERM SHEET)\n| Item | Agreed position |\n" + GAIN_ROW),
    ("PRD001", "missing", "Term sheet - for information only\n| Item | Detail |\n" + GAIN_ROW),
    ("PRD001", "missing", "Term sheet - pricing options\n| Item | Detail |\n" + GAIN_ROW),
    ("GOV001", "missing", "TABLE OF CONTENTS\n| Schedule 3 | Service Levels and Service Credits | page 41 |\n"
                          "| Schedule 4 | Governance | page 47 |"),
    # a definitions table binds nothing, even in a schedule
    ("GOV001", "missing", "SCHEDULE 1 - DEFINITIONS\n| Term | Meaning |\n"
                          "| \"Service Credit\" | 3% of the Monthly Fee for each missed Service Level |\n"
                          "| \"Service Level\" | a First Contact Resolution rate of at least 75% |"),
    # an option its choice column leaves unchosen is not agreed
    ("PRD001", "missing", "ORDER FORM\n| Option | Term | Selected |\n"
                          "| Gainshare | Customer receives 60% of verified Productivity Savings | No |"),
    # whose right: a row naming the supplier, or no party, is not shown to be the customer's
    ("AUD001", "missing", "ORDER FORM\n| Term | Detail |\n| Audit rights | Supplier and its auditors, once each "
                          "Contract Year, of the Customer's records and systems |"),
    ("AUD001", "missing", "ORDER FORM\n| Term | Detail |\n| Audit rights | Once each Contract Year on 10 Business "
                          "Days' notice, of the records behind the Charges |"),
    ("PRD001", "missing", "KEY TERMS\n| Term | Detail |\n| Gainshare | Supplier retains 100% of Productivity "
                          "Savings |"),
    # a negated row is not agreed
    ("PRD001", "missing", "| Item | Agreed position |\n| Gainshare | Customer receives no share of Productivity "
                          "Savings |"),
    ("GOV001", "missing", "SCHEDULE 3 - SERVICE LEVELS\n| Service Level | Target | Service Credit |\n"
                          "| First Contact Resolution | at least 75% each month | None |"),
    ("AUD001", "missing", "ORDER FORM\n| Term | Detail |\n| Audit rights | Not applicable to Customer |"),
    # a limit is no denial: "not less than", "no later than"
    ("GOV001", "pass", "SCHEDULE 3 - SERVICE LEVELS\n| Service Level | Target | Service Credit |\n"
                       "| First Contact Resolution | not less than 75% each month, reported no later than the "
                       "fifth Business Day | 3% of the Monthly Fee |"),
    # a sentence over the table that refers to a schedule or a term sheet does not make the table one
    ("GOV001", "missing", "5.1 Last year the parties compared the service levels in Schedule 3 with these:\n"
                          + SLA_ROWS),
    ("PRD001", "missing", "The Supplier's bid compared the gainshare positions in each bidder's term sheet:\n"
                          "| Item | Detail |\n" + GAIN_ROW),
    # the header row names columns: it is no term
    ("GOV001", "missing", "SCHEDULE 3 - SERVICE LEVELS\n| Service Level target | Service Credit |"),
    # a column headed with one party's duties is that party's term, in any clause, whoever its cells name
    ("EXT003", "pass", "| Exit item | Obligation of the SUPPLIER |\n" + EXIT_ROWS),
    ("EXT003", "pass", "Exit\n| Exit item | Supplier Responsibilities |\n" + EXIT_ROWS),
    ("EXT003", "pass", "| Exit item | The Supplier's obligations |\n" + EXIT_ROWS),
    # ... the customer's duties are not the supplier's, a column for each party says nothing of a row, and a
    # proposal or a checklist is no term
    ("EXT003", "missing", "| Exit item | Customer Responsibilities |\n" + EXIT_ROWS),
    ("EXT003", "missing", "| Exit item | Supplier obligations | Customer obligations |\n"
                          "| Data return | deliver a full export of Client Data in CSV | confirm receipt |\n"
                          "| Data deletion | securely delete all copies of Client Data | none |"),
    ("EXT003", "missing", "| Exit item | Proposed obligations of the Supplier |\n" + EXIT_ROWS),
    ("EXT003", "missing", "Exit checklist for buyers\n| Exit item | Obligation of the Supplier |\n" + EXIT_ROWS),
]


@pytest.mark.parametrize(("code", "expected", "text"), CASES)
def test_term_table_rows(code: str, expected: str, text: str) -> None:
    assert status_of(code, text) == expected
