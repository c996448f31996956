"""Drafting found on held-out set 39 (a Belgian bank's payment-investigations outsourcing, a Chilean pension fund
administrator's member-services contract in translation), each in other wordings than the contracts', with its traps,
linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.nlp.numbers import quantities, table_money
from tests.engine.snippets import result_of, status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
CHILE = ('In Santiago, Chile, on 12 January 2026, between Administradora Norte S.A., hereinafter the "AFP"; and '
         'Servicios Contoso SpA, hereinafter the "Contractor"; the following services agreement is entered into:\n')
OUTCOME = ('"Completed Application" means an Application registered in the AFP\'s system with all supporting documents '
           'verified and the member notified of its receipt.\n')


# Chile's Unidad de Fomento (UF, ISO 4217 "CLF"), the inflation-indexed unit of account Chilean contracts price in:
# beside the amount, before or after it, or in a column header "(UF, plus IVA)". It reads as money only when the
# amount reads as a price (a lone "UF 2" may be an item's label).
@pytest.mark.parametrize(("text", "value"), [
    ("The AFP shall pay UF 0.16 per Completed Application.", 0.16),
    ("a tariff of 0,18 UF for each Completed Application", 0.18),
    ("The Monthly Fixed Charge is UF 720 per month.", 720.0),
])
def test_the_unidad_de_fomento_is_money(text, value):
    money = [q for q in quantities(text) if q.kind == "money"]
    assert [(q.value, q.unit) for q in money] == [(value, "CLF")]


@pytest.mark.parametrize("text", [
    "See item UF 2 of the list.",   # a label, not a price
    "The sample holds 45 uf units.",  # lower case is not the sign
])
def test_other_uf_is_not_money(text):
    assert [q for q in quantities(text) if q.kind == "money"] == []


def test_a_uf_column_header_prices_the_rows_under_it():
    found = table_money("Old-age pension applications | per Completed Application | 0.16",
                        "Service | Unit | Tariff (UF, plus IVA)")
    assert [(q.value, q.unit, q.per) for q in found] == [(0.16, "CLF", "Completed Application")]


UF_PRICES = [
    # UF 0.10-0.18 is about USD 3.40-8.30 at any rate since 2020: inside the band, beside a scoped fixed charge
    (CHILE + OUTCOME, "PRC004", "pass",
     "5.1 The AFP shall pay UF 0.16 per Completed Application and a Monthly Fixed Charge of UF 720, which covers the "
     "minimum staffing of thirty member service executives and the telephony platform."),
    (CHILE + OUTCOME, "PRC004", "pass",
     "ANNEX A: TARIFFS\n| Service | Unit | Tariff (UF, plus IVA) |\n|---|---|---|\n"
     "| Pension applications | per Completed Application | 0.18 |\n"
     "| Monthly Fixed Charge | per month | 720 |\n"
     "1. The Monthly Fixed Charge covers the minimum staffing of thirty executives and the telephony platform."),
    # with a per-unit price in UF, a returned application billed again is a missing reopen exclusion, not n.a.
    (CHILE + OUTCOME, "OUT002", "missing",
     "5.1 The AFP shall pay UF 0.16 per Completed Application.\n"
     "5.3 An Application returned by the AFP for correction shall be processed again and invoiced as a new "
     "Completed Application."),
    # ... and a real exclusion is still read
    (CHILE + OUTCOME, "OUT002", "pass",
     "5.1 The AFP shall pay UF 0.16 per Completed Application.\n"
     "5.3 An Application returned by the AFP within thirty (30) days after it became a Completed Application shall not "
     "be invoiced again."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), UF_PRICES)
def test_prices_in_unidades_de_fomento(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


@pytest.mark.parametrize("text", [
    # UF 0.60 (about USD 20-28) and 0,45 UF after the amount (about USD 15-21) are above the band at every rate
    "5.1 The AFP shall pay UF 0.60 per Completed Application and a Monthly Fixed Charge of UF 720, which covers the "
    "minimum staffing of thirty member service executives and the telephony platform.",
    "5.1 The AFP shall pay 0,45 UF for each Completed Application and a Monthly Fixed Charge of UF 720, which covers "
    "the minimum staffing of thirty member service executives and the telephony platform.",
])
def test_a_uf_price_above_the_band_is_weak_for_the_price(text):
    result = result_of("PRC004", CHILE + OUTCOME + text)
    assert result.status.value == "weak"
    assert "outside the benchmark band" in result.message


# A disclosure duty whose occasion is the customer's request ("when the AFP so requests", "where the Bank so
# requests", "should the Client so request") is disclosure only on request, as "if the Customer so requests" was.
MONTHLY = "4.1 The Supplier shall report monthly the share of Tickets handled by each automation tool.\n"
ON_REQUEST = [
    (CHILE, "PRD002", "weak",
     "7.1 The Contractor shall report monthly the share of calls handled by the Voice Bot.\n"
     "7.2 The Contractor shall inform the AFP of the introduction of any new bot or artificial intelligence model when "
     "the AFP so requests in writing."),
    (PLAIN, "PRD002", "weak",
     MONTHLY + "4.2 The Supplier shall notify the Customer of any automation or AI tool introduced into the Services "
     "where the Customer so requests."),
    (PLAIN, "PRD002", "weak",
     MONTHLY + "4.2 Should the Customer so request, the Supplier shall notify the Customer of the bots introduced into "
     "the Services."),
    # traps: notice given before the introduction stays a pass; a request about something else does not weaken it
    (PLAIN, "PRD002", "pass",
     MONTHLY + "4.2 The Supplier shall notify the Customer 30 days before introducing any automation or AI tool."),
    (PLAIN, "PRD002", "pass",
     MONTHLY + "4.2 The Supplier shall notify the Customer 30 days before introducing any automation or AI tool.\n"
     "4.3 The Supplier shall provide copies of its insurance certificates when the Customer so requests."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), ON_REQUEST)
def test_disclosure_when_the_customer_so_requests(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A baseline fee reduced "in favour of" the unit or outcome price, the verb before the fee, is a move toward outcome
# pricing: with dated steps a glide path, with its steps "to be agreed" a weak one. A fee reduced by a deduction, or
# in favour of someone, is none.
IN_FAVOUR = [
    (PLAIN, "PRC003", "weak",
     "6.7 The Parties shall agree, by the end of the first Contract Year, on a plan for reducing the Monthly Platform "
     "Fee in favour of the Unit Prices. The steps and dates of that plan remain to be agreed."),
    (PLAIN, "PRC003", "weak",
     "6.7 The parties shall work to reduce the Base Fee in favour of per-transaction charges, on steps to be agreed."),
    (PLAIN, "PRC003", "pass",
     "6.7 The Supplier shall reduce the Capacity Charge in favour of Outcome Charges by one third on 1 April 2027 and "
     "by a further third on 1 April 2028."),
    # traps: a deduction from the fee, a reduction in someone's favour, a discussion, are no glide path
    (PLAIN, "PRC003", "missing",
     "6.7 Service Credits shall reduce the Monthly Platform Fee for the following month."),
    (PLAIN, "PRC003", "missing",
     "6.7 Any overpayment shall reduce the Monthly Platform Fee in favour of the Customer."),
    (PLAIN, "PRC003", "missing",
     "6.7 The parties may discuss reducing the Base Fee in favour of the Unit Prices."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), IN_FAVOUR)
def test_a_fee_reduced_in_favour_of_unit_prices(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected
