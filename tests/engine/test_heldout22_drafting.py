"""Drafting found on held-out set 22 (a mainland Chinese bank's credit-card service and collection outsourcing
contract translated from the Chinese, a Quebec insurer's claims-intake contract for services translated from the
French), each in other wordings than the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

QUEBEC = ('CONTRACT FOR SERVICES\nBETWEEN: ASSURANCES FLEUVE INC. (hereinafter the "Client")\nAND: GESTION NORDIQUE '
          'INC. (hereinafter the "Service Provider")\n')
PARTY_AB = ("Party A: Dongshan Commercial Bank Co., Ltd.\nParty B: Suzhou Yunxin Outsourcing Services Co., Ltd.\n"
            "Party A and Party B, through friendly negotiation, agree as follows.\n")


# Quebec civil-law drafting "resiliates" a contract (résilier; article 2125 C.C.Q. lets the client resiliate a
# contract for services unilaterally): it is termination.
RESILIATE = [
    ("EXT001", "pass",
     QUEBEC + "12.1 The Client may resiliate the Contract at any time, for any reason, on forty-five (45) days' "
              "written notice.\n12.2 The Client may also resiliate the Contract immediately where the Service "
              "Provider is in default and has not remedied the default within ten (10) days of a notice."),
    ("EXT001", "weak",
     QUEBEC + "12.1 Either Party may resiliate the Contract where the other Party fails to perform a material "
              "obligation and has not remedied the failure within thirty (30) days of a notice of default."),
    # traps: the client's statutory resiliation waived, and a resiliation at will only for the provider
    ("EXT001", "weak",
     QUEBEC + "12.1 The Client waives its right under article 2125 of the Civil Code of Québec to resiliate the "
              "Contract unilaterally at any time on thirty (30) days' notice.\n12.2 The Client may resiliate the "
              "Contract if the Service Provider commits a material breach."),
    ("EXT001", "weak",
     QUEBEC + "12.1 The Service Provider may resiliate the Contract at any time, without cause, on ninety (90) days' "
              "notice.\n12.2 The Client may resiliate the Contract for a material breach not remedied within thirty "
              "(30) days."),
    ("EXT001", "missing",
     QUEBEC + "12.1 The Client shall not resiliate the Contract before the end of the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), RESILIATE)
def test_resiliation_is_termination(code, expected, text):
    assert status_of(code, text) == expected


# The overbilling named in one sentence and taken up as "the difference" in the next: the audit costs shift above it.
AUDIT_DIFFERENCE = [
    ("AUD002", "pass",
     QUEBEC + "8.1 The Client may audit the records of the Service Provider relating to the fees.\n8.2 If an audit "
              "shows that the Service Provider has invoiced more than the fees owed, the Service Provider shall repay "
              "the difference with interest at the legal rate within thirty (30) days. Where the difference is greater "
              "than four percent (4%) of the fees invoiced, the Service Provider shall also pay the reasonable costs "
              "of the audit."),
    # traps: the costs shift only above a large difference, or stay with the Client
    ("AUD002", "weak",
     QUEBEC + "8.1 The Client may audit the records of the Service Provider relating to the fees.\n8.2 If an audit "
              "shows that the Service Provider has invoiced more than the fees owed, the Service Provider shall repay "
              "the difference with interest at the legal rate within thirty (30) days. Where the difference is greater "
              "than fifteen percent (15%) of the fees invoiced, the Service Provider shall also pay the reasonable "
              "costs of the audit."),
    ("AUD002", "weak",
     QUEBEC + "8.1 The Client may audit the records of the Service Provider relating to the fees.\n8.2 If an audit "
              "shows that the Service Provider has invoiced more than the fees owed, the Service Provider shall repay "
              "the difference with interest at the legal rate within thirty (30) days. Whatever the difference, the "
              "Client shall bear the costs of the audit."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDIT_DIFFERENCE)
def test_audit_costs_above_the_difference(code, expected, text):
    assert status_of(code, text) == expected


# Civil-law drafting states the yearly indexation in the present tense after a time put first: "On April 1 of each
# Contract Year, the fees set out in Schedule B are indexed ..." binds as "shall be indexed" would.
FRONTED_TIME_INDEXATION = [
    ("PRC002", "pass",
     QUEBEC + "6.4 On April 1 of each Contract Year, the fees are reviewed and benchmarked by the Parties against "
              "the market prices of at least three comparable providers, upward or downward."),
    ("PRC002", "weak",
     QUEBEC + "6.4 Each year on January 1, the rates in Schedule B are indexed to the Québec consumer price index for "
              "the preceding year. The indexation can never reduce the rates."),
    # traps: the same words as a description of the provider's other contracts, and put as a condition
    ("PRC002", "missing",
     QUEBEC + "6.4 In the Service Provider's other contracts, the fees are indexed each year to the consumer price "
              "index. The fees under this Contract are fixed for the Term."),
    ("PRC002", "missing",
     QUEBEC + "6.4 On any date on which the Client acknowledges that the fees are indexed elsewhere, it shall say so "
              "in writing."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FRONTED_TIME_INDEXATION)
def test_present_tense_indexation_after_a_time(code, expected, text):
    assert status_of(code, text) == expected


# Chinese drafting translated: Party B "shall cooperate with Party A in the handover of the outsourced business" on
# termination - exit help, as the handover of the outsourced services or the entrusted work already was.
HANDOVER_WITH_THE_CUSTOMER = [
    ("EXT002", "pass",
     PARTY_AB + "8.3 Upon the expiry or termination of this Contract, Party B shall cooperate with Party A in the "
                "handover of the outsourced business and shall continue to provide the services for up to six (6) "
                "months at Party A's request."),
    ("EXT002", "weak",
     PARTY_AB + "8.3 On termination of this Contract, Party B shall cooperate with Party A in the handover of the "
                "entrusted business."),
    # traps: the handover is the one at the start, from the incumbent; and Party A's cooperation, not Party B's
    ("EXT002", "missing",
     PARTY_AB + "2.4 Within sixty (60) days after the signing of this Contract, Party B shall cooperate with Party A "
                "in the handover of the outsourced business from the incumbent service provider."),
    ("EXT002", "missing",
     PARTY_AB + "8.3 Upon termination of this Contract, Party A shall cooperate with Party B in the handover of the "
                "equipment lent to Party B."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HANDOVER_WITH_THE_CUSTOMER)
def test_cooperation_with_the_customer_in_the_handover(code, expected, text):
    assert status_of(code, text) == expected


# Chinese drafting translated names the owner of what is built by "the intellectual property of Party B / Party A".
INTELLECTUAL_PROPERTY_OF = [
    ("EXT004", "pass",
     PARTY_AB + "9.1 The robot dialogue flows, the scripts and the knowledge base developed by Party B for the "
                "services under this Contract are the intellectual property of Party A from their creation."),
    ("EXT004", "weak",
     PARTY_AB + "9.1 The outbound calling robot, its speech models and the scripts configured in it are the "
                "intellectual property of Party B. Party A has no right to use them after this Contract ends."),
    # trap: a warranty that the robot infringes no third party's intellectual property
    ("EXT004", "missing",
     PARTY_AB + "9.1 Party B warrants that the outbound calling robot and its scripts do not infringe the intellectual "
                "property of any third party."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INTELLECTUAL_PROPERTY_OF)
def test_the_intellectual_property_of_a_party(code, expected, text):
    assert status_of(code, text) == expected


# Chinese drafting translated (以甲方系统统计为准): the counts "shall be subject to the statistics of" a named system.
SUBJECT_TO_THE_STATISTICS = [
    ("DAT001", "pass",
     PARTY_AB + "4.2 The number of Approved Applications in each month shall be subject to the statistics of Party A's "
                "loan origination system, which is owned and administered by Party A. Party B's own figures are for "
                "reference only."),
    ("DAT001", "weak",
     PARTY_AB + "4.2 The number of Approved Applications in each month shall be subject to the statistics of Party B's "
                "workflow system, which shall be final and conclusive."),
    # trap: the words about a system that counts nothing billed
    ("DAT001", "missing",
     PARTY_AB + "4.2 Party B's user accounts shall be subject to the records of Party A's access management system."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SUBJECT_TO_THE_STATISTICS)
def test_counts_subject_to_the_statistics_of_a_system(code, expected, text):
    assert status_of(code, text) == expected


# Chinese fee standards (收费标准) put the currency and the unit in a basis column of their own and the bare amounts
# under the contract years: "Completed Verification Call | RMB per Completed Verification Call | 9.80 | 9.80".
FEES = PARTY_AB + "3.1 Party A shall pay Party B the service fees set out in Appendix 2.\nAppendix 2 Service Fees\n"
TWO_YEARS = "Fee item | Charging basis | Year 1 | Year 2\n"
THREE_YEARS = "Fee item | Charging basis | Contract year 1 | Contract year 2 | Contract year 3\n"
MANAGEMENT = "Management fee (covers the minimum staffing of 40 agents) | RMB per month | "
APPROVED = "Approved Application | RMB per Approved Application | "
BASIS_COLUMN = [
    ("PRC004", "pass",
     FEES + TWO_YEARS + "Platform fee (covers the minimum staffing of 40 agents and the telephony platform) | "
                        "CNY per month | 300,000.00 | 300,000.00\n"
                        "Resolved Enquiry | CNY per Resolved Enquiry | 38.00 | 36.00"),
    ("PRC004", "weak", FEES + TWO_YEARS + APPROVED + "12.00 | 12.00"),
    ("OUT002", "missing", FEES + TWO_YEARS + APPROVED + "12.00 | 12.00"),
    ("PRC003", "pass",
     FEES + THREE_YEARS + MANAGEMENT + "300,000.00 | 150,000.00 | 0.00\n" + APPROVED + "30.00 | 30.00 | 30.00"),
    # traps: only a monthly fee (no outcome priced), and a management fee that never falls
    ("OUT002", "not_applicable",
     FEES + TWO_YEARS + "Management fee | RMB per month | 300,000.00 | 300,000.00"),
    ("PRC003", "missing",
     FEES + THREE_YEARS + MANAGEMENT + "300,000.00 | 300,000.00 | 300,000.00\n" + APPROVED + "30.00 | 30.00 | 30.00"),
]


@pytest.mark.parametrize(("code", "expected", "text"), BASIS_COLUMN)
def test_currency_and_unit_in_a_basis_column(code, expected, text):
    assert status_of(code, text) == expected
