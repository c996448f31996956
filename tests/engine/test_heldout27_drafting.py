"""Drafting found on held-out set 27 (a Turkish marketplace's seller-support outsourcing agreement in translation, a
US state labor department's unemployment-insurance adjudication support contract), each in other wordings than the
contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.extract.markers import SCHEDULE, parse_marker
from tests.engine.snippets import status_of

TR = ('This Agreement is made between Pazar Ticaret A.Ş. (the "Company") and Destek Hizmetleri A.Ş. '
      '(the "Service Provider").\n')
US = ('This Contract is entered into by the State of Columbia, acting by and through its Department of Labor (the '
      '"Department"), and Keystone Solutions, LLC (the "Contractor").\n')


# A schedule's word joined to its number by a hyphen (Turkish "EK-2" translated "ANNEX-2", Indian "Schedule-II") opens
# the schedule as "Annex 2" does; a hyphenated word that is no number stays text.
@pytest.mark.parametrize(("line", "value", "rest"), [
    ("ANNEX-2 SERVICE LEVELS", "2", "SERVICE LEVELS"),
    ("Appendix-B - SLA", "B", "SLA"),
    ("SCHEDULE-II PRICING", "II", "PRICING"),
])
def test_a_schedule_word_hyphened_to_its_number_opens_a_schedule(line, value, rest):
    parsed = parse_marker(line)
    assert parsed is not None
    marker, text = parsed
    assert (marker.style, marker.value, text) == (SCHEDULE, value, rest)


@pytest.mark.parametrize("line", ["Annex-based pricing applies to the Services.",
                                  "Exhibit-level detail is given below."])
def test_a_hyphenated_word_that_is_no_number_is_no_schedule(line):
    assert parse_marker(line) is None


_SLA_BODY = ("7.1 The Service Provider shall meet the service levels set out in Annex-2. For each month in which a "
             "service level is not met, the Company shall deduct from the invoice the penalty amount set out in "
             "Annex-2 for that service level.\n18.1 This Agreement has been signed in two copies.\n"
             "ANNEX-1 SERVICES\n1. Handling of seller cases.\n")
_SLA_TABLE = ("1. The service levels are measured monthly.\nService level | Target | Penalty\n"
              "First response within 4 hours | 95% | 3% of the monthly invoice\n"
              "Payment disputes resolved within 3 days | 90% | 4% of the monthly invoice\n")

# ... so that the body's "set out in Annex-2" reaches the table of targets with a penalty each.
HYPHENED_SCHEDULES = [
    ("GOV001", "pass", _SLA_BODY + "ANNEX-2 SERVICE LEVELS\n" + _SLA_TABLE),
    ("GOV001", "pass", _SLA_BODY + "Annex-2 - Service Levels\n" + _SLA_TABLE),
    # trap: the body's promise with the targets nowhere stays without a measurable target
    ("GOV001", "weak",
     _SLA_BODY + "ANNEX-2 SERVICE LEVELS\n1. The service levels shall be agreed by the project managers.\n"),
]


@pytest.mark.parametrize(("code", "expected", "text"), HYPHENED_SCHEDULES)
def test_a_table_in_a_hyphened_annex_is_read_from_the_body(code, expected, text):
    assert status_of(code, TR + text) == expected


_PRICE = "6.1 The Company shall pay TRY 200,00 per Resolved Seller Case.\n"

# A reopen exclusion that applies only if a team, manager or department of the supplier decides is at the supplier's
# discretion, as "if the Supplier determines" already was.
REOPEN_DECIDED_BY_THE_SUPPLIERS_TEAM = [
    ("OUT002", "weak",
     _PRICE + "6.3 A Seller Case which is reopened by the Seller within seven (7) days after it became a Resolved "
     "Seller Case shall not be invoiced again, provided that the quality team of the Service Provider determines "
     "that the original closure was incorrect."),
    ("OUT002", "weak",
     _PRICE + "6.3 A Resolved Seller Case reopened within ten (10) days shall not be counted, unless the operations "
     "manager of the Service Provider decides that the reopening concerns a new issue."),
    # trap: the customer's team decides
    ("OUT002", "pass",
     _PRICE + "6.3 A Seller Case which is reopened by the Seller within seven (7) days after it became a Resolved "
     "Seller Case shall not be invoiced again, provided that the quality team of the Company determines that the "
     "original closure was incorrect."),
    # trap: the supplier's team only reviews; the exclusion does not wait on it
    ("OUT002", "pass",
     _PRICE + "6.3 A Seller Case which is reopened by the Seller within seven (7) days after it became a Resolved "
     "Seller Case shall not be invoiced again. The quality team of the Service Provider shall review every "
     "reopened case."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REOPEN_DECIDED_BY_THE_SUPPLIERS_TEAM)
def test_a_reopen_exclusion_decided_by_the_suppliers_team(code, expected, text):
    assert status_of(code, TR + text) == expected


# An annual review against an index and what other buyers pay for the same work tests the prices against the market:
# it is not indexation alone.
REVIEW_AGAINST_PEER_PRICES = [
    ("PRC002", "pass",
     "6.6 Within sixty (60) days before each anniversary of the Effective Date, the Department and the Contractor "
     "shall conduct an annual review of the Contract Prices against the change in the Consumer Price Index for All "
     "Urban Consumers (CPI-U) and the prices paid by comparable state workforce agencies for similar services."),
    ("PRC002", "pass",
     "6.6 Each year the Department shall review the Unit Rates against the CPI and the rates paid by other state "
     "agencies for the same services."),
    ("PRC002", "pass",
     "6.6 Once in every Contract Year the Unit Rates shall be reviewed against the change in the CPI and the prices "
     "charged to other public-sector customers of the Contractor."),
    # trap: the index alone
    ("PRC002", "weak",
     "6.6 On each anniversary of the Effective Date the Contract Prices shall be adjusted by the change in the "
     "Consumer Price Index for All Urban Consumers (CPI-U)."),
    # trap: "similar services" in another sentence tests nothing
    ("PRC002", "weak",
     "6.6 On each anniversary of the Effective Date the Contract Prices shall be adjusted by the change in the CPI-U. "
     "The Contractor may provide similar services to other agencies."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REVIEW_AGAINST_PEER_PRICES)
def test_an_index_review_against_peer_prices(code, expected, text):
    assert status_of(code, US + text) == expected


_SUBCONTRACT = "11.1 No subcontractor shall access the data without the Department's prior written approval."

# US public-sector records rules cited by number are the data-protection law of the records they cover.
RECORDS_RULES_BY_NUMBER = [
    ("SEC002", "pass",
     "10.1 The Contractor shall use claimant data only as necessary to perform the Services and in accordance with the "
     "Department's written instructions, and shall not disclose it except as permitted by 20 C.F.R. Part 603.\n"
     + _SUBCONTRACT),
    ("SEC002", "pass",
     "10.1 The Contractor shall process claimant data solely on the Department's documented instructions and in "
     "compliance with 20 CFR Part 603.\n" + _SUBCONTRACT),
    ("SEC002", "pass",
     "10.1 The Contractor shall use student personal information only in accordance with the Department's written "
     "instructions and in compliance with FERPA (34 C.F.R. Part 99).\n" + _SUBCONTRACT),
    # trap: another part of the same title, which is no data-protection rule
    ("SEC002", "weak",
     "10.1 The Contractor shall use claimant data only in accordance with the Department's written instructions and "
     "the requirements of 20 C.F.R. Part 652.\n" + _SUBCONTRACT),
]


@pytest.mark.parametrize(("code", "expected", "text"), RECORDS_RULES_BY_NUMBER)
def test_records_rules_cited_by_number_are_data_protection_law(code, expected, text):
    assert status_of(code, US + text) == expected


_CLASSIFIER = ('3.1 In this Agreement:\n"AI Classifier" means the machine-learning ticket classification tool used '
               "by the Service Provider to read incoming Seller Cases and assign them a category.\n")

# "assign to" states ownership when a party is the assignee, not when a case is assigned to a category, a queue or an
# agent: a scope line about what the classifier does says nothing of who owns it.
ASSIGNED_TO_A_PARTY = [
    ("EXT004", "pass",
     "12.1 The Service Provider hereby assigns to the Company all rights in the response templates, macros and "
     "classification models developed for the Company."),
    ("EXT004", "pass",
     "12.1 All rights in the scripts and bots developed under this Agreement shall be assigned to the Company upon "
     "their creation."),
    # traps: work routed, not rights assigned
    ("EXT004", "missing",
     _CLASSIFIER + "ANNEX-1 SERVICES\n2. Classification of each Seller Case by the AI Classifier, and review by a "
     "support agent of every Seller Case which the AI Classifier assigns to the dispute category."),
    ("EXT004", "missing",
     "5.1 The chatbot assigns to the dispute team every case it cannot close, and the team lead assigns to an agent "
     "each case in the queue."),
]


@pytest.mark.parametrize(("code", "expected", "text"), ASSIGNED_TO_A_PARTY)
def test_assigned_to_a_party_not_to_a_queue(code, expected, text):
    assert status_of(code, TR + text) == expected
