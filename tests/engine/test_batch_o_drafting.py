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
