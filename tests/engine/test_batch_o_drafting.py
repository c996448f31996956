"""Drafting styles from held-out clause batch o (benchmarks/heldout-clauses/2026-12-08-o.yaml), each in several
wordings with its traps, linted with the real rule: Korean translations ("Party Gap" / "Party Eul"), Italian, Peruvian,
Alberta and British Columbia public, US tribal enterprise and US federal task order (PWS, QASP) drafting; statements of
requirements, KPI tables written as text lines and negotiation issues lists."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# Korean contracts translated into English may keep the romanised labels: "Party Gap" (갑) is the client and "Party
# Eul" (을) the contractor, the convention of Party A and Party B. One label given its side settles the other; with
# neither given a side the convention decides.
KOREAN_LABELS = [
    ("PRD002", "pass",
     "Business Process Outsourcing Agreement between Mokpo Card Co., Ltd. (\"Party Gap\", the customer) and Jongno "
     "BPO Co., Ltd. (\"Party Eul\").\nArticle 9 (Automation) (1) Party Eul shall notify Party Gap in writing at least "
     "thirty (30) days before introducing any chatbot or robotic process automation into the Services. (2) Party Eul "
     "shall report to Party Gap each quarter the percentage of transactions handled by each such tool."),
    ("EXT003", "pass",
     "Service Agreement between Daegu Mutual Insurance Co., Ltd. (\"Party Gap\") and Suseong Data Co., Ltd. (\"Party "
     "Eul\").\nArticle 31 (Return of Data) Within fifteen (15) days after the end of this Agreement, Party Eul shall "
     "return all of Party Gap's data in CSV format and shall thereafter destroy all copies of such data."),
    ("AUD001", "pass",
     "Agreement between Gwangju Telecom Co., Ltd. (\"Party Gap\") and Seogu Contact Co., Ltd. (\"Party Eul\").\n"
     "Article 17 (Audit) Party Gap or an auditor appointed by Party Gap may inspect Party Eul's books, records and "
     "systems relating to the service fees and the number of Resolved Enquiries."),
    # traps: the same duties on Party Gap, the client, give the client nothing; and Party Gap named as the supplier
    # turns the convention round
    ("EXT003", "missing",
     "Service Agreement between Daegu Mutual Insurance Co., Ltd. (\"Party Gap\") and Suseong Data Co., Ltd. (\"Party "
     "Eul\").\nArticle 31 Within fifteen (15) days after the end of this Agreement, Party Gap shall return all of "
     "Party Eul's data in CSV format and shall thereafter destroy all copies of such data."),
    ("EXT003", "missing",
     "Service Agreement between Daegu Data Co., Ltd. (\"Party Gap\", the service provider) and Suseong Insurance Co., "
     "Ltd. (\"Party Eul\").\nArticle 31 Within fifteen (15) days after the end of this Agreement, Party Eul shall "
     "return all of Party Gap's data in CSV format and shall thereafter destroy all copies of such data."),
    ("AUD001", "missing",
     "Agreement between Gwangju Telecom Co., Ltd. (\"Party Gap\") and Seogu Contact Co., Ltd. (\"Party Eul\").\n"
     "Article 17 (Audit) Party Eul may inspect Party Gap's use of the contact platform once a year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), KOREAN_LABELS)
def test_korean_party_gap_and_party_eul(code, expected, text):
    assert status_of(code, text) == expected


# EXT001: Italian and Spanish drafting translated ends the contract by the customer's withdrawal ("may withdraw from
# this Contract at any time, without cause", recesso under Article 1671 of the Civil Code): for convenience when free,
# for cause when tied to the supplier's breach. Canadian public drafting's cause: "if the Contractor fails to comply
# with any of its material obligations".
WITHDRAWAL_AND_COMPLIANCE = [
    ("pass",
     "Contract between Assicurazioni Tirrene S.p.A. (the \"Client\") and Pisa Contact S.r.l. (the \"Supplier\").\n"
     "22.1 The Client may withdraw from this Contract at any time, without cause, on sixty (60) days' written notice, "
     "pursuant to Article 1671 of the Civil Code.\n22.2 The Client may terminate this Contract by notice if the "
     "Supplier commits a material breach which it fails to remedy within fifteen (15) days."),
    ("pass",
     "18.1 The Client may withdraw from the Agreement by giving the Supplier three (3) months' written notice.\n18.2 "
     "The Client may terminate the Agreement with immediate effect if the Supplier is declared insolvent."),
    ("pass",
     "25.1 The Client may withdraw from this Contract if the Supplier fails to remedy a material breach within thirty "
     "(30) days.\n25.2 The Client may terminate this Contract for convenience on sixty (60) days' notice."),
    ("pass",
     "Agreement between His Majesty the King in right of the Province of British Columbia (the \"Province\") and "
     "Kootenay Filing Ltd. (the \"Contractor\").\n"
     "9.1 The Province may terminate this Agreement for any reason by giving at least thirty (30) days' written "
     "notice to the Contractor.\n9.2 The Province may terminate this Agreement immediately by notice if the "
     "Contractor fails to comply with any of its material obligations."),
    ("pass",
     "The Authority may terminate the Contract on ninety days' notice without cause, and may terminate it at once "
     "for the Contractor's failure to comply with the Contract that is not remedied within ten days."),
    # traps: the supplier's withdrawal, a withdrawal tied to breach alone, the supplier's right for the customer's
    # failure to comply, and withdrawing an order rather than the contract
    ("weak",
     "22.1 The Supplier may withdraw from this Contract at any time, without cause, on ninety (90) days' notice.\n"
     "22.2 The Client may terminate this Contract immediately by notice if the Supplier commits a material breach."),
    ("weak",
     "25.1 The Client may withdraw from this Contract if the Supplier fails to remedy a material breach within thirty "
     "(30) days."),
    ("weak",
     "Agreement between His Majesty the King in right of the Province of British Columbia (the \"Province\") and "
     "Kootenay Filing Ltd. (the \"Contractor\").\n"
     "9.1 The Province may terminate this Agreement for any reason by giving at least thirty (30) days' written "
     "notice.\n9.2 The Contractor may terminate this Agreement immediately by notice if the Province fails to comply "
     "with any of its payment obligations."),
    ("weak",
     "The Client may withdraw any Order on ten (10) days' notice. The Client may terminate this Contract immediately "
     "by notice if the Supplier commits a material breach."),
]


@pytest.mark.parametrize(("expected", "text"), WITHDRAWAL_AND_COMPLIANCE)
def test_withdrawal_and_failure_to_comply(expected, text):
    assert status_of("EXT001", text) == expected


# DAT001: the count said to be the supplier's own figure ("shall be the number reported by the Supplier in its monthly
# activity report") is the catalogue's "as reported by the Supplier": weak, not missing. A formula, a reporting duty
# and the customer's own count are no such source.
SUPPLIER_FIGURE = [
    ("weak",
     "Contract between Banco Huancayo S.A. (the \"Client\") and Ica Indexing S.A.C. (the \"Supplier\").\nClause 8. The "
     "number of Indexed Loan Files for each month shall be the number reported by the Supplier in its monthly "
     "activity report."),
    ("weak", "The volume of Completed Claims in a month is the figure certified by the Vendor in its monthly invoice."),
    ("weak", "The number of Resolved Contacts shall be as stated by the Supplier in the monthly service report."),
    # traps
    ("missing",
     "The number of Billable Units shall be calculated by multiplying the number of Resolved Contacts by the "
     "Complexity Factor."),
    ("missing", "The number of Resolved Contacts shall be reported by the Supplier to the Customer each month."),
    ("missing", "The number of Resolved Contacts shall be determined by the Customer from its CRM."),
]


@pytest.mark.parametrize(("expected", "text"), SUPPLIER_FIGURE)
def test_count_as_the_suppliers_figure(expected, text):
    assert status_of("DAT001", text) == expected


# PRC004: a fee named only for its period and given its sum ("a Monthly Fee of $20,000") beside a price per outcome is
# a baseline fee, so it must say what it covers; a cap and a word about invoicing the monthly fees name no fee.
MONTHLY_FEE = [
    ("weak",
     "Agreement between Three Forks Tribal Lottery Enterprise (the \"Enterprise\", the customer) and Butte Prize "
     "Services LLC (the \"Contractor\").\n6.1 The Enterprise shall pay $5.00 per Resolved Prize Claim Call and a "
     "Monthly Fee of $20,000."),
    ("weak", "The Customer shall pay USD 6.00 per Resolved Ticket and a monthly charge of USD 18,000."),
    ("pass",
     "The Enterprise shall pay $5.00 per Resolved Claim and a Monthly Fee of $20,000, covering the minimum staffing of "
     "eight agents."),
    # traps
    ("pass", "The Customer shall pay USD 6.00 per Resolved Ticket. The monthly fees shall be invoiced in arrears."),
    ("pass", "The Customer shall pay USD 6.00 per Resolved Ticket, subject to a maximum monthly fee of USD 90,000."),
]


@pytest.mark.parametrize(("expected", "text"), MONTHLY_FEE)
def test_monthly_fee_beside_a_unit_price(expected, text):
    assert status_of("PRC004", text) == expected


# A negotiation issues list records what is still open: a row with its status said in it ("| Status: Open", "Status:
# Not agreed") or under a status column ("Status" / "Agreed / Open" reading "Open", "Agreed?" reading "No") is no
# agreed term; an agreed row stays a term.
ISSUES_LIST = [
    ("PRC003", "missing",
     "Issues list - Records Retrieval Agreement (Customer: Mountain View Health; Supplier: Summit Retrieval LLC).\n"
     "Issue 4 | Glide path from base fee to per-record pricing by Year 3 (Customer proposal) | Supplier: reviewing | "
     "Status: Open"),
    ("PRC003", "missing",
     "Issue 4 | The Fixed Fee shall reduce by 25% on 1 January 2027 and by a further 25% on 1 January 2028, with the "
     "balance moving to per-Resolution charges | Status: Not agreed"),
    ("AUD001", "missing",
     "Issues list\nNo. | Point | Status\n7 | The Customer may audit the Supplier's records relating to the Charges and "
     "the count of Resolved Contacts once a year | Open"),
    ("AUD001", "missing",
     "Issues list\nNo. | Point | Agreed?\n7 | The Customer may audit the Supplier's records relating to the Charges "
     "and the count of Resolved Contacts once a year | No"),
    # traps: agreed rows, and "open" said of something else
    ("PRC003", "pass",
     "Issue 4 | The Fixed Fee shall reduce by 25% on 1 January 2027 and by a further 25% on 1 January 2028, with the "
     "balance moving to per-Resolution charges | Status: Agreed"),
    ("AUD001", "pass",
     "Issues list\nNo. | Point | Agreed / Open\n7 | The Customer may audit the Supplier's records relating to the "
     "Charges and the count of Resolved Contacts once a year | Agreed"),
    ("AUD001", "pass",
     "The Customer may audit the Supplier's records relating to the Charges and the count of Resolved Contacts once a "
     "year. The status of each audit is open to inspection by the regulator."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ISSUES_LIST)
def test_open_rows_of_an_issues_list(code, expected, text):
    assert status_of(code, text) == expected


# OUT001: US federal performance work statements and SOWs define their units unquoted, after a run-in heading that
# names the term: "C.2.4 Retrieved Record. A Retrieved Record is a request ... for which ...". The heading and the
# subject must be the same words; a heading that names something else defines nothing.
RUN_IN_DEFINITION = [
    ("pass",
     "Task Order 36C10X-27-F-0500 (the Department of Veterans Affairs, the \"Government\", the customer; Harbor "
     "Records LLC, the \"Contractor\"). Performance Work Statement.\nC.3.1 Retrieved Record. A Retrieved Record is a "
     "request for outside medical records for which a complete copy of the records has been uploaded to the "
     "Government's VBMS repository and has passed the COR's completeness check recorded in VBMS.\nB.1 CLIN 0002 - "
     "unit price $17.90 per Retrieved Record."),
    ("pass",
     "3.2 Completed Claim. A Completed Claim is a claim for which a final decision has been recorded in the Agency's "
     "claims system and the decision letter has been sent to the claimant.\n5.1 The Agency shall pay USD 6.10 per "
     "Completed Claim."),
    ("weak",
     "3.2 Completed Claim. A Completed Claim is a claim which the Contractor determines, in its discretion, to be "
     "complete.\n5.1 The Agency shall pay USD 6.10 per Completed Claim."),
    # traps: a heading that names something else, and a heading over a duty
    ("missing",
     "3.2 Scope. A Completed Claim is a claim for which a final decision has been recorded in the Agency's claims "
     "system.\n5.1 The Agency shall pay USD 6.10 per Completed Claim."),
    ("missing",
     "Completed Claim. The Contractor shall process each claim within ten days.\n5.1 The Agency shall pay USD 6.10 "
     "per Completed Claim."),
]


@pytest.mark.parametrize(("expected", "text"), RUN_IN_DEFINITION)
def test_unquoted_definition_under_its_run_in_heading(expected, text):
    assert status_of("OUT001", text) == expected


# GOV001: a KPI table written as text lines, each row's cells carrying their own labels ("KPI 1 | Citation processing
# accuracy | Target: at least 98.5% ... | Measured: monthly sample of 400 citations | Service Credit: 2% of Monthly
# Charges ..."), in a numbered schedule: the row is its own header, and a quality sample is no sample table.
KPI_LINES = [
    ("pass",
     "Schedule 4 - Key Performance Indicators (Customer: Grand Prairie Toll Authority; Supplier: Lonestar Citation "
     "Services LLC).\nKPI 1 | Citation processing accuracy | Target: at least 98.5% of citations processed without "
     "error | Measured: monthly sample of 400 citations | Service Credit: 2% of Monthly Charges for each month missed\n"
     "KPI 2 | Dispute response time | Target: 95% of disputes answered within 5 Business Days | Measured: monthly | "
     "Service Credit: 1% of Monthly Charges for each month missed"),
    ("pass",
     "Schedule 4 - Key Performance Indicators\nKPI 1 | Claims accuracy | Target: at least 98.5% of claims processed "
     "without error | Measured: monthly | Service Credit: 2% of Monthly Charges for each month missed"),
    ("weak",
     "Schedule 4 - Key Performance Indicators\nKPI 1 | Claims accuracy | Target: at least 98.5% of claims processed "
     "without error | Measured: monthly"),
    # traps: the same line in a briefing note, a row that withholds the credit, and a sample table
    ("missing",
     "Briefing note on KPIs\nKPI 1 | Claims accuracy | Target: at least 98.5% of claims processed without error | "
     "Measured: monthly | Service Credit: 2% of Monthly Charges for each month missed"),
    ("missing",
     "Schedule 4 - Key Performance Indicators\nKPI 1 | Claims accuracy | Target: at least 98.5% of claims processed "
     "without error | Service Credit: none"),
    ("missing",
     "Schedule 4 - Sample Service Levels\nKPI | Target | Service Credit\nAccuracy | 98% | 2% of Monthly Charges"),
]


@pytest.mark.parametrize(("expected", "text"), KPI_LINES)
def test_kpi_table_written_as_text_lines(expected, text):
    assert status_of("GOV001", text) == expected


# A statement of requirements that declares its "should" mandatory ('In this Schedule "should" denotes a mandatory
# requirement that forms part of the Contract', "'should' is to be read as 'shall'") binds with it; one that declares
# it desirable, or says nothing of it, leaves "should" advice.
SHOULD_DECLARED_MANDATORY = [
    ("GOV003", "pass",
     "Statement of Requirements, Schedule 2 to the Grant Administration Contract between the Lomond Arts Fund (the "
     "\"Authority\", the customer) and Trossachs Grants Ltd (the \"Supplier\"). In this Schedule \"should\" denotes a "
     "mandatory requirement that forms part of the Contract.\nSR-40 The Supplier should attend a weekly operations "
     "call with the Authority's grants manager, a monthly service review and a six-monthly strategic board chaired "
     "by the Authority."),
    ("GOV003", "pass",
     "Schedule 2 - Statement of Requirements. In this Schedule, 'should' is to be read as 'shall'.\n2.1 The Supplier "
     "should attend a monthly service review and a quarterly strategic review with the Customer."),
    ("AUD001", "pass",
     "Schedule 2 - Statement of Requirements. In this Schedule \"should\" indicates a mandatory requirement.\n2.1 The "
     "Customer should be able to audit the Supplier's records relating to the Charges and the count of Resolved "
     "Contacts."),
    # traps: "should" declared desirable, or not declared at all, and a mandatory "should" that is negated
    ("GOV003", "missing",
     "Schedule 2 - Statement of Requirements. In this Schedule \"should\" denotes a desirable requirement and "
     "\"shall\" a mandatory one.\n2.1 The Supplier should attend a monthly service review and a quarterly strategic "
     "review with the Customer."),
    ("GOV003", "missing",
     "Schedule 2 - Statement of Requirements. Requirements marked \"Desirable\" are not contractual obligations.\n2.1 "
     "The Supplier should attend a monthly service review and a quarterly strategic review with the Customer."),
    ("GOV003", "missing",
     "Schedule 2 - Statement of Requirements. In this Schedule \"should\" denotes a mandatory requirement.\n2.1 The "
     "Supplier should not be required to attend more than one review in each quarter."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SHOULD_DECLARED_MANDATORY)
def test_should_declared_mandatory(code, expected, text):
    assert status_of(code, text) == expected
