"""Drafting from the real filings labelled by helper realcuad-k (benchmarks/real-gold/cuad-azul-*,
cuad-healthgate-escrow, cuad-separateaccount-capital-maintenance), each in several wordings with its
traps, linted with the real rule: a negative covenant after a supplier's right ("AIG agrees not to
terminate ... unless"), and a mutual confidentiality clause whose duties bind "the Receiving Party"."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PREAMBLE = ('This Agreement is made between American International Group, Inc. ("AIG") and American General Life '
            'Insurance Company (the "Company"). AIG provides capital support to the Company.\n\n')

NEGATIVE_COVENANT = [
    # the supplier's right to terminate, then its promise not to use it: nothing the customer may do
    ("missing",
     "8. AIG shall have the absolute right to terminate this Agreement upon thirty (30) days' prior written notice to "
     "the Company, which notice shall state the effective date of termination; PROVIDED, HOWEVER, that AIG agrees not "
     "to terminate this Agreement unless (a) AIG significantly modifies the corporate structure or ownership of the "
     "Company, or (b) AIG sells the Company."),
    ("missing",
     "8. AIG may terminate this Agreement on sixty days' written notice to the Company, which notice shall name the "
     "date of termination, provided that AIG undertakes not to terminate this Agreement while the Company's rating "
     "is below that of the Company's peers."),
    ("missing",
     "8. AIG may end this Agreement by giving the Company ninety days' written notice, which notice shall state the "
     "termination date; AIG covenants not to terminate this Agreement before the sale of the Company."),
    # trap: the customer's own right beside the supplier's negative covenant stays the customer's
    ("pass",
     "8. The Company may terminate this Agreement for convenience on ninety days' written notice to AIG, and may "
     "terminate it immediately if AIG commits a material breach which is not remedied within 30 days. AIG agrees "
     "not to terminate this Agreement unless it sells the Company."),
    # trap: the customer's negative covenant is no right of the customer
    ("missing",
     "8. The Company agrees not to terminate this Agreement for convenience before the end of the Initial Term, "
     "which notice of termination shall in any case state the termination date."),
]


@pytest.mark.parametrize(("status", "clause"), NEGATIVE_COVENANT)
def test_a_negative_covenant_is_its_promisors_not_the_customers_right(status, clause):
    assert status_of("EXT001", PREAMBLE + clause) == status


MUTUAL = ('This Amendment is entered into between Azul Linhas Aereas Brasileiras S/A (the "Company") and Avions de '
          'Transport Regional (the "Repairer"), which provides maintenance services to the Company.\n\n'
          '4. CONFIDENTIALITY\n4.1 Any Confidential Information released by either of the Parties (the "Disclosing '
          'Party") to the other Party (the "Receiving Party") shall not be released to any third party. In particular, '
          'the Receiving Party undertakes:\n')

RECEIVING_PARTY = [
    # either party as the one who must tell of a leak: the supplier is bound when it receives; no time, no standard
    ("weak",
     MUTUAL + "- upon discovery of any disclosure of Confidential Information, regardless of whether such discovery "
              "is intentional or inadvertent, the Receiving Party shall promptly notify the Disclosing Party and take "
              "all reasonable actions to retrieve the disclosed Confidential Information and to destroy any "
              "unauthorized copies thereof."),
    ("weak",
     MUTUAL + "- to notify the Disclosing Party without delay of any unauthorised disclosure of the Confidential "
              "Information."),
    # ... and a notice within a stated time still lacks a security standard
    ("weak",
     MUTUAL + "- to notify the Disclosing Party within 24 hours of any unauthorized disclosure of the Confidential "
              "Information."),
    # trap: a notice of a disclosure the law requires is no breach notice
    ("missing",
     MUTUAL + "- to promptly notify the Disclosing Party if a disclosure of Confidential Information is required by a "
              "Government Entity or by Law."),
    # trap: a "Recipient" the contract never defines as either party binds nobody named
    ("missing",
     'This Agreement is between Harbour Bank plc (the "Client") and Kestrel Systems Ltd (the "Provider").\n\n'
     "7. The Recipient will notify the Discloser of any unauthorised disclosure."),
    # trap: the customer's own duty as the only receiving party
    ("missing",
     'This Agreement is between Harbour Bank plc (the "Client") and Kestrel Systems Ltd (the "Provider").\n\n'
     "7. The Client shall promptly notify the Provider of any unauthorised disclosure of the Provider's "
     "Confidential Information."),
]


@pytest.mark.parametrize(("status", "text"), RECEIVING_PARTY)
def test_a_name_for_either_party_binds_the_supplier_in_a_mutual_clause(status, text):
    assert status_of("SEC001", text) == status
