"""Drafting found on held-out set 11 (a French-drafted Contrat de prestation de services, a New Zealand
public-sector Agreement for Services), each in other wordings than the contracts', with its traps, linted with
the real rule."""

from __future__ import annotations

import pytest

from bpolint.nlp.obligation import analyse
from tests.engine.snippets import status_of

FR = ('This Agreement is between Mutuelle Lorraine SA (the "Client") and Dossiera Services SAS '
      '(the "Service Provider").\n')
NZ = ("Parties\nKaipara Regional Council, a local authority under the Local Government Act 2002 (the Council)\n"
      "Tidewater Review Limited, of Auckland (the Provider)\nBackground\nA. The Council wishes to outsource review "
      "work.\n")


# A public body named by an unquoted bracket label ("(the Council)") is the customer: its rights are the customer's.
PUBLIC_BODY_PARTY = [
    ("EXT001", "pass",
     "13.1 The Council may terminate this Agreement at any time by giving the Provider at least 20 Business Days' "
     "notice.\n13.2 The Council may terminate this Agreement immediately by notice if the Provider breaches this "
     "Agreement and does not remedy the breach within 10 Business Days."),
    # the Provider's own exit is not the customer's
    ("EXT001", "missing",
     "13.1 The Provider may terminate this Agreement at any time by giving the Council at least 20 Business Days' "
     "notice."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PUBLIC_BODY_PARTY)
def test_a_public_body_with_an_unquoted_label_is_a_party(code, expected, text):
    assert status_of(code, NZ + text) == expected


# "the other party" after "a breach by either party": whichever party did not breach - the customer among them.
OTHER_PARTY = [
    ("EXT001", "pass",
     "13.1 In the event of a breach by either Party of its obligations which is not remedied within thirty (30) "
     "days of a formal notice, the other Party may terminate the Agreement by operation of law.\n13.2 The Client "
     "may terminate the Agreement for convenience on ninety (90) days' notice."),
    ("EXT001", "weak",
     "13.1 If either party commits a material breach which is not remedied within 30 days, the non-defaulting "
     "party may terminate this Agreement by notice."),
    # the other party of the Service Provider is the Client
    ("EXT001", "weak",
     "13.1 If the Service Provider fails to remedy a breach within 30 days, the other party may terminate the "
     "Agreement."),
    # ... and the other party of the Client is the Service Provider: the Client has no exit
    ("EXT001", "missing",
     "13.1 If the Client fails to pay an invoice within 30 days, the other party may terminate the Agreement."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OTHER_PARTY)
def test_the_other_party_after_either_party(code, expected, text):
    assert status_of(code, FR + text) == expected


# Prices stated net of a tax ("excl. VAT"): the abbreviation ends no sentence, so a table header keeps its currency.
NET_PRICES = [
    ("OUT002", "weak",
     "5.2 A Claim File reopened within forty-eight (48) hours of its closure shall not be invoiced again.\n"
     "Annex 3 - Prices\nPrice item | Unit | Price (EUR excl. VAT)\nClosed Claim File | per Closed Claim File | 6,80"),
    ("OUT002", "pass",
     "5.2 A Claim File reopened within ten (10) days of its closure shall not be invoiced again.\n"
     "5.3 The Client shall pay EUR 5,90 excl. VAT per Closed Claim File."),
    ("PRC004", "pass",
     "5.3 The Client shall pay EUR 5,90 incl. VAT per Closed Claim File, and no other charge."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NET_PRICES)
def test_prices_net_or_gross_of_tax(code, expected, text):
    assert status_of(code, FR + text) == expected


# The next sentence takes up the granted audit ("The audit may cover ...") and says what it reaches.
AUDIT_SCOPE_NEXT = [
    ("AUD001", "pass",
     "9.1 The Client may have an audit carried out once per calendar year by its internal audit department or by "
     "an independent audit firm. The audit may cover the books, records, systems and data used to establish the "
     "invoiced amounts."),
    ("AUD001", "pass",
     "9.1 The Client may inspect the Service Provider's operations each year on 15 days' notice. Any such "
     "inspection shall extend to the records and data behind the Charges."),
    # another subject in the next sentence: nothing is said of what may be audited
    ("AUD001", "missing",
     "9.1 The Client may audit the Service Provider once per calendar year to verify its compliance with this "
     "Agreement. The Service Provider shall keep records of the invoiced amounts."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDIT_SCOPE_NEXT)
def test_the_audit_taken_up_by_the_next_sentence(code, expected, text):
    assert status_of(code, FR + text) == expected


CUSTOMER_REGULATOR_DEADLINE = [
    # the 72 hours is the Client's own deadline towards its data protection authority
    ("SEC001", "weak",
     "10.1 The Service Provider shall maintain ISO/IEC 27001 certification.\n10.2 The Service Provider shall notify "
     "the Client of any security incident as soon as possible, so that the Client may notify the CNIL within "
     "seventy-two (72) hours."),
    ("SEC001", "pass",
     "10.1 The Service Provider shall maintain ISO/IEC 27001 certification.\n10.2 The Service Provider shall notify "
     "the Client of any security incident within twenty-four (24) hours, so that the Client may notify the CNIL "
     "within seventy-two (72) hours."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CUSTOMER_REGULATOR_DEADLINE)
def test_the_customers_deadline_to_its_regulator(code, expected, text):
    assert status_of(code, FR + text) == expected


SUPPLIER_STATEMENT = [
    # counted from the supplier's own statement, whatever the outcome's definition says of the customer's system
    ("DAT001", "weak",
     '"Closed File" means a file whose decision is recorded in the Client\'s claims system.\n5.3 The number of '
     "Closed Files invoiced each month shall be established on the basis of the activity statement produced by the "
     "Service Provider from its workflow tool."),
    # a report drawn from the customer's own system stays the customer's data
    ("DAT001", "pass",
     '"Claims System" means the Client\'s claims system, which the Client owns and administers.\n5.3 The number of '
     "Closed Files invoiced each month shall be determined from the report generated by the Service Provider from "
     "the Client's Claims System."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SUPPLIER_STATEMENT)
def test_counts_from_a_statement_the_supplier_draws_up(code, expected, text):
    assert status_of(code, FR + text) == expected


def test_data_returned_after_the_reversibility_period():
    text = ("15.1 Within fifteen (15) days following the end of the reversibility period, the Service Provider shall "
            "return all Client Data to the Client in CSV format.\n15.2 Within thirty (30) days following such "
            "return, the Service Provider shall destroy all copies of the Client Data and certify the destruction.")
    assert status_of("EXT003", FR + text) == "pass"


# A first half with no modal ("belongs to the Provider") and a negated second half of its own ("and the Council has
# no right to use them"): the negation stays with its verb.
COORDINATED_NEGATION = [
    ("EXT004", "weak",
     "12.2 All Intellectual Property in the Provider Tools, including the classifier models trained on Council "
     "Documents and the redaction rule sets, belongs to the Provider, and the Council has no right to use them after "
     "the End Date."),
    ("EXT004", "missing", "12.2 The Council has no right to use any bots or scripts after the End Date."),
]


@pytest.mark.parametrize(("code", "expected", "text"), COORDINATED_NEGATION)
def test_a_negated_second_half_keeps_its_negation(code, expected, text):
    assert status_of(code, NZ + text) == expected


def test_the_coordinated_split_is_recorded_only_before_a_negated_first_predication():
    tokens = "all rights in the tools belong to the provider , and the council has no right to use them .".split()
    assert analyse(tokens).split == tokens.index("and")
    tokens = "the council has no right to use the tools .".split()
    assert analyse(tokens).split == 0


GLIDE_PATH_FROM_TO = [
    ("PRC003", "weak",
     "Part C - Transition to outcome pricing\nThe parties intend to move from the hourly Rates to a price per "
     "completed Request during the Term. The steps and dates of the transition are to be agreed."),
    ("PRC003", "missing",
     "The parties may discuss whether to move from the hourly Rates to a price per completed Request."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GLIDE_PATH_FROM_TO)
def test_a_move_from_one_basis_to_an_outcome_price(code, expected, text):
    assert status_of(code, FR + text) == expected
