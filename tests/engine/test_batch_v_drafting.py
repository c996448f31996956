"""Drafting styles from held-out clause batch v (benchmarks/heldout-clauses/2026-12-15-v.yaml), each in several
wordings with its traps, linted with the real rule: Islamic-finance agency (wakalah) parties named the "Muwakkil" and
the "Wakil", a party whose side only its own bracket states although its name is a word that is usually no party
('(the "Programme", the customer)'), the other party defined beside it, the agent's fee called the "ujrah", an
agency that ends as "the end of the agency", and governance meetings denied with an adjective before the forum."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_WAKALAH = ('Wakalah Agreement between Lembaga Zakat Negeri Kedah (the "Muwakkil") and Alor Setar Process Services '
            'Sdn Bhd (the "Wakil").\n')
_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# Every rule (parties._APPOSITION_ROLES): in a wakalah the principal that appoints (the "Muwakkil") is served by its
# agent (the "Wakil"), as a principal is by its agent; the Wakil's duties are the supplier's, the Muwakkil's own
# duties are no safeguard.
WAKALAH_PARTIES = [
    ("SEC001", "pass", "12.1 The Wakil shall maintain a SOC 2 Type II report for the services and shall notify the "
                       "Muwakkil of any security incident within twenty-four (24) hours."),
    ("EXT002", "pass", "20.1 On expiry or termination the Wakil shall provide transition assistance, including "
                       "knowledge transfer to any successor agent, for up to six (6) months."),
    ("PRD002", "pass", "8.2 The Wakil shall notify the Muwakkil before deploying any chatbot or software robot and "
                       "shall report each quarter the proportion of zakat enquiries handled by them."),
    # traps: the Muwakkil's own security duty; a licence that runs to the Wakil
    ("SEC001", "missing", "12.1 The Muwakkil shall maintain ISO/IEC 27001 certification for its own systems and shall "
                          "notify the Wakil of any breach of them within 24 hours."),
    ("EXT004", "missing", "21.1 The Muwakkil grants the Wakil a licence to use the Muwakkil's knowledge base "
                          "during the Term to perform the services."),
]


@pytest.mark.parametrize(("code", "expected", "text"), WAKALAH_PARTIES)
def test_wakalah_principal_and_agent(code, expected, text):
    assert status_of(code, _WAKALAH + text) == expected


# Every rule (parties._apposition_roles): a word that is usually no party ("Programme", "Facility") is the party when
# its own bracket says which side it is on; and (parties.find_parties) the one other party defined beside it, by a
# name that is no role word ("the Consortium", "the Alliance"), is then the other side.
_PROGRAMME = ('Grant-Funded Service Contract between the Kivu Refugee Support Programme (the "Programme", the '
              'customer) and the Lake Helpline Consortium (the "Consortium").\n')
_FACILITY = ('Services Contract between the Sahel School Fees Facility (the "Facility", the client) and Dodoma '
             'Contact Alliance Ltd (the "Alliance").\n')
STATED_SIDES = [
    ("EXT001", "pass", _PROGRAMME + "25.1 The Programme may terminate this Contract for convenience on 60 days' notice."
                       "\n25.2 The Programme may terminate this Contract immediately if the Consortium commits a "
                       "material breach."),
    ("AUD002", "pass", _PROGRAMME + "16.2 The Consortium shall refund any overcharge revealed by an audit with "
                       "interest and shall bear the cost of the audit where the overcharge exceeds 5% of the "
                       "audited Charges."),
    ("SEC002", "pass", _FACILITY + "9.1 The Alliance shall process personal data only on the Facility's written "
                       "instructions and in accordance with applicable data protection law, and shall not engage any "
                       "sub-processor without the Facility's prior written consent."),
    # traps: the termination right is the other party's; the refund runs the other way
    ("EXT001", "missing", _PROGRAMME + "25.1 The Consortium may terminate this Contract for convenience on 60 days' "
                          "notice, or immediately if the Programme fails to pay."),
    ("AUD002", "missing", _PROGRAMME + "16.2 If an audit shows an undercharge, the Programme shall pay the shortfall "
                          "to the Consortium within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STATED_SIDES)
def test_side_stated_in_own_bracket_and_the_other_party(code, expected, text):
    assert status_of(code, text) == expected


# PRC001 (rule YAML): the wakalah agent's fee, the ujrah, is the price reviewed; a review ruled out is still none.
UJRAH = [
    ("pass", "9.4 Where software robots process more than 30% of Completed Collections in any quarter, the ujrah shall "
             "be reviewed within thirty (30) days."),
    ("pass", "9.4 Upon the deployment of any new AI release in the services, the parties shall renegotiate the ujrah "
             "per Completed Collection within sixty (60) days."),
    # traps: the ujrah fixed whatever the automation; a review of the service levels, not the fee
    ("missing", "9.4 The ujrah shall not be reviewed or adjusted on account of any automation introduced by the "
                "Wakil."),
    ("missing", "9.4 Where software robots process more than 30% of Completed Collections in any quarter, the service "
                "levels shall be reviewed."),
]


@pytest.mark.parametrize(("expected", "text"), UJRAH)
def test_ujrah_is_the_price_reviewed(expected, text):
    assert status_of("PRC001", _WAKALAH + text) == expected


# EXT003 (rule YAML): an agency agreement ends as "the end of the agency"; a return owed by the Muwakkil is still no
# safeguard.
END_OF_AGENCY = [
    ("pass", "24.1 Within fourteen (14) days after the end of the agency the Wakil shall return all zakat payer data "
             "to the Muwakkil in CSV format and shall then securely delete all copies."),
    ("pass", "24.1 At the end of the agency the Wakil shall deliver all records of the Muwakkil to it in a "
             "machine-readable format within 30 days, and thereafter erase them from its systems."),
    # trap: the return is the Muwakkil's, of the Wakil's materials
    ("missing", "24.1 Within fourteen (14) days after the end of the agency the Muwakkil shall return the Wakil's "
                "training materials to the Wakil and delete any copies."),
]


@pytest.mark.parametrize(("expected", "text"), END_OF_AGENCY)
def test_end_of_the_agency_is_the_exit(expected, text):
    assert status_of("EXT003", _WAKALAH + text) == expected


# GOV003 (rule YAML): governance meetings denied with an adjective before the forum ("No formal governance
# meetings", "no periodic governance meetings") are ruled out, as "No governance meetings" is; meetings held are not.
DENIED_FORUMS = [
    ("missing", "17.1 No formal governance meetings or reviews shall be held under this Agreement; the Supplier shall "
                "email a monthly report."),
    ("missing", "17.1 There shall be no periodic governance meetings. The Supplier shall send a quarterly report."),
    # traps: formal governance meetings set at three tiers; one tier only
    ("pass", "17.1 The parties shall hold formal governance meetings: a monthly operational review, a quarterly "
             "steering committee and an annual executive review."),
    ("weak", "17.1 The parties shall hold a formal governance meeting every quarter."),
]


@pytest.mark.parametrize(("expected", "text"), DENIED_FORUMS)
def test_governance_meetings_denied_with_an_adjective(expected, text):
    assert status_of("GOV003", _PARTIES + text) == expected


# PRD001 (rule YAML): a fee cut by a share of the savings leaves room for the period the cut is taken over ("in each
# Contract Year", "in respect of each quarter") between the verb and the savings; a cut refused or only discussed is
# still none.
SHARE_OVER_A_PERIOD = [
    ("pass", "7.4 The Supplier shall reduce the Charges in each Contract Year by forty per cent (40%) of the verified "
             "savings in its cost of delivery arising from automation."),
    ("pass", "7.4 The Supplier shall reduce the Fees payable in each Contract Year by thirty per cent (30%) of the "
             "audited savings from AI tools."),
    ("pass", "7.4 The Supplier shall refund to the Customer in respect of each quarter fifty per cent (50%) of the net "
             "savings achieved through automation."),
    # traps: the cut refused; the cut only to be discussed
    ("missing", "7.4 The Supplier shall not be required to reduce the Charges in any Contract Year by any part of the "
                "savings it achieves through automation."),
    ("weak", "7.4 The parties may discuss in good faith whether to reduce the Charges in each Contract Year by a share "
             "of any savings from automation."),
]


@pytest.mark.parametrize(("expected", "text"), SHARE_OVER_A_PERIOD)
def test_fee_cut_by_share_of_savings_over_a_period(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected
