"""Drafting found on held-out set 31 (a Colombian health insurer's authorization-processing contract in translation from
the Spanish, a US electric utility's customer care and billing-exceptions agreement), each in other wordings than the
contract's, with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

CO = ('Between the undersigned, namely: SERVICIOS DE SALUD DEL PACÍFICO S.A.S., identified with NIT 900.111.222-3, who '
      'for the purposes of this contract shall be called THE CONTRACTING PARTY; and GESTIÓN MÉDICA INTEGRAL S.A.S., '
      'identified with NIT 901.333.444-5, who for the purposes of this contract shall be called THE CONTRACTOR; we '
      'have agreed to enter into the present contract, which shall be governed by the following clauses:\n')
CO_TITLE = ('Between the undersigned, Aseguradora del Valle S.A., hereinafter the Contracting Party, and Operaciones '
            'Andinas S.A.S., hereinafter the Contractor, the following contract is entered into:\n')
PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')


# The Spanish-language pair CONTRATANTE / CONTRATISTA in English translation: "THE CONTRACTING PARTY" (the party that
# hires, the customer) beside "THE CONTRACTOR". Only as a pair and only with the definite article: "each contracting
# party" is either party.
CONTRACTING_PARTY_AND_CONTRACTOR = [
    (CO, "EXT001", "pass",
     "12.1 THE CONTRACTING PARTY may terminate this contract early and unilaterally at any time, by written notice "
     "given to THE CONTRACTOR at least thirty (30) calendar days in advance, without this giving rise to any "
     "indemnity.\n12.2 Either party may terminate this contract for serious breach by the other party not remedied "
     "within fifteen (15) business days."),
    (CO_TITLE, "EXT001", "pass",
     "9.1 The Contracting Party may terminate this contract at any time by giving the Contractor sixty (60) days' "
     "written notice.\n9.2 Either party may terminate this contract for a material breach not remedied within thirty "
     "(30) days."),
    (CO, "AUD001", "pass",
     "8.1 THE CONTRACTING PARTY may audit, once in each year, the books and records of THE CONTRACTOR relating to the "
     "invoices and the count of Processed Authorizations."),
    # traps: the contractor's own exit right; a contractor's audit of the contracting party
    (CO, "EXT001", "weak",
     "12.1 THE CONTRACTOR may terminate this contract at any time by written notice given thirty (30) days in "
     "advance.\n12.2 Either party may terminate this contract for serious breach by the other party."),
    (CO, "AUD001", "missing",
     "8.1 THE CONTRACTOR may audit, once in each year, the books and records of THE CONTRACTING PARTY relating to the "
     "invoices."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), CONTRACTING_PARTY_AND_CONTRACTOR)
def test_the_contracting_party_beside_the_contractor_is_the_customer(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# Spanish-language drafting calls the part of the invoice withheld for a missed service level a discount
# ("descuentos por incumplimiento"): a remedy, as a service credit is; a discount denied is none.
DISCOUNTS_FOR_NON_COMPLIANCE = [
    ("GOV001", "pass",
     "6.1 The Supplier shall comply with the service levels in Annex 2. Non-compliance with any indicator shall give "
     "rise to the discounts established in Annex 2, which the Customer shall apply to the invoice of the following "
     "month.\nANNEX 2 - SERVICE LEVELS\n| Indicator | Target | Discount for non-compliance |\n|---|---|---|\n"
     "| Calls answered within 20 seconds | 90% | 3% of the monthly invoice |"),
    ("GOV001", "pass",
     "6.1 The Supplier shall answer 95% of calls within 30 seconds in each month. The Customer shall apply a discount "
     "to the monthly invoice for each service level missed."),
    ("GOV001", "pass",
     "ANNEX 2 - SERVICE LEVELS\n| Indicator | Target | Discount for non-compliance |\n|---|---|---|\n"
     "| Calls answered within 20 seconds | 95% | 4% of the monthly invoice |"),
    # traps: a discount denied; a discount that is no remedy for the service levels
    ("GOV001", "weak",
     "6.1 The Supplier shall answer 95% of calls within 30 seconds in each month. A failure to meet a service level "
     "shall not give rise to any discount on the fees."),
    ("GOV001", "weak",
     "6.1 The Supplier shall answer 95% of calls within 30 seconds in each month. The Supplier may offer a discount "
     "on future orders."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DISCOUNTS_FOR_NON_COMPLIANCE)
def test_discounts_for_non_compliance(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# A rate card whose "Unit" column says only "each": the row's label names what is sold, so a completed unit priced
# there is a per-unit outcome price (OUT002 and PRC004 apply). Also: COP compared with the band at indicative rates,
# a Latin American "fixed monthly component" as the baseline fee, and an insured sum in "monthly minimum wages" no fee.
UNIT_COLUMN_EACH = [
    ("PRC004", "pass",
     "ANNEX 3 - PRICES\n| Item | Unit | Value (COP, before VAT) |\n|---|---|---|\n"
     "| Processed Authorization | each | 21,500 |\n| Fixed monthly component | month | 185,000,000 |\n"
     "1. The fixed monthly component covers the minimum staffing of thirty-five (35) nursing auxiliaries.\n"
     "11.1 The Supplier shall take out a civil liability policy for an amount of one thousand (1,000) legal monthly "
     "minimum wages."),
    ("PRC004", "weak",
     "SCHEDULE 2 - CHARGES\n| Item | Unit | Price (USD) |\n|---|---|---|\n| Resolved Enquiry | each | 14.75 |"),
    ("PRC004", "weak",
     "SCHEDULE 2 - CHARGES\n| Item | Unit | Price (USD) |\n|---|---|---|\n| Completed Case | each | 6.20 |\n"
     "| Fixed monthly component | month | 40,000 |"),
    ("OUT002", "weak",
     "SCHEDULE 2 - CHARGES\n| Item | Unit | Price (USD) |\n|---|---|---|\n| Completed Case | each | 6.20 |\n"
     "4.3 Cases that are refiled by the same member for the same matter because of an error of the Supplier shall not "
     "be invoiced as a new Completed Case."),
    # traps: a unit column naming a unit of time, and a row label naming no completed unit
    ("PRC004", "not_applicable",
     "SCHEDULE 2 - CHARGES\n| Item | Unit | Price (USD) |\n|---|---|---|\n| Agent | each | 38.50 |"),
    ("PRC004", "not_applicable",
     "SCHEDULE 2 - CHARGES\n| Item | Unit | Price (USD) |\n|---|---|---|\n| Customer service agent | hour | 38.50 |"),
]


@pytest.mark.parametrize(("code", "expected", "text"), UNIT_COLUMN_EACH)
def test_a_unit_column_that_says_each(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# A request "refiled" (filed again under a new filing number) is a repeat, as one "re-lodged" or "resubmitted" is.
REFILED_REQUESTS = [
    ("OUT002", "pass",
     "The Customer shall pay USD 5.00 for each Processed Request. A Request re-filed by the same member within ten "
     "(10) days after its closure shall not be invoiced as a new Processed Request."),
    ("OUT002", "weak",
     "The Customer shall pay USD 5.00 for each Processed Request. Requests that are refiled by the same member for "
     "the same service because of an error of the Supplier shall not be invoiced as a new Processed Request."),
    # traps: a refiled request billed again; a register of refilings
    ("OUT002", "missing",
     "The Customer shall pay USD 5.00 for each Processed Request. A Request refiled by the same member within ten (10) "
     "days after its closure shall be invoiced as a new Processed Request."),
    ("OUT002", "missing",
     "The Customer shall pay USD 5.00 for each Processed Request. The Supplier shall keep a register of refiled "
     "requests."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REFILED_REQUESTS)
def test_refiled_requests(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# A discount (or credit) given "for the efficiencies derived from" automation shares the savings; its amount left to
# the supplier ("in the percentage that the Supplier determines") is the checklist's weak signal.
DISCOUNT_FOR_EFFICIENCIES = [
    ("PRD001", "weak",
     "4.6 The Supplier shall recognize to the Customer a discount on the monthly invoice for the efficiencies derived "
     "from the AI Triage Module, in the percentage that the Supplier determines each semester."),
    ("PRD001", "pass",
     "4.6 The Supplier shall grant the Customer a discount of forty percent (40%) of the monthly invoice for the "
     "efficiencies derived from the bots."),
    ("PRD001", "pass",
     "4.6 The Supplier shall apply a credit for the savings generated by the chatbot, calculated as 30% of the "
     "reduction in handling hours."),
    # traps: a discount denied; the customer's own discount to the supplier; a discount for early payment
    ("PRD001", "missing",
     "4.6 The Supplier shall not grant any discount for the efficiencies derived from the AI Triage Module."),
    ("PRD001", "missing",
     "4.6 The Customer shall give the Supplier a discount of 10% for the efficiencies derived from its own systems."),
    ("PRD001", "missing",
     "4.6 The Supplier shall grant the Customer a discount of 2% for early payment of each invoice."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DISCOUNT_FOR_EFFICIENCIES)
def test_a_discount_for_the_efficiencies(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# A billing count that "shall be that reported by" a system (an engine, a bot) takes the count from the system; it
# does not report on the system (no automation disclosure).
COUNT_REPORTED_BY_A_SYSTEM = [
    ("PRD002", "missing",
     '"Rules Engine" means the Supplier\'s software that applies the Customer\'s criteria, including an artificial '
     'intelligence triage module.\n4.2 The number of Processed Requests of each month shall be that reported by the '
     'Rules Engine of the Supplier in the monthly management report, which shall be final for the purposes of '
     'invoicing.'),
    ("PRD002", "missing",
     '"Bot" means the Supplier\'s robotic process automation software.\n4.2 The number of Completed Cases for each '
     'month will be those recorded by the Bot in the monthly report.'),
    # traps: a real monthly report of the share the Bot handles still counts
    ("PRD002", "weak",
     '"Bot" means the Supplier\'s robotic process automation software.\n4.2 The Supplier shall report monthly the '
     'number of Completed Cases handled by the Bot.'),
    ("PRD002", "pass",
     '"Bot" means the Supplier\'s robotic process automation software.\n4.2 The Supplier shall notify the Customer 30 '
     'days before it introduces any Bot, and shall report monthly the number of Completed Cases handled by the Bot.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), COUNT_REPORTED_BY_A_SYSTEM)
def test_a_count_reported_by_a_system(code, expected, text):
    assert status_of(code, PLAIN + text) == expected


# Transition help given to "the new operator", or during the contract's "liquidation" (the settling of accounts after it
# ends, recorded in liquidation minutes), is exit help.
HELP_TO_THE_NEW_OPERATOR = [
    ("EXT002", "pass",
     "13.2 The Supplier shall provide transition support and knowledge transfer to the new operator for three (3) "
     "months."),
    ("EXT002", "pass",
     "13.2 During the liquidation of the contract, the Supplier shall provide the Customer with transition assistance "
     "for sixty (60) days."),
    ("EXT002", "weak",
     "13.2 The Supplier shall provide transition support to the new operator under the conditions that the parties "
     "agree in the liquidation minutes."),
    # traps: help to new staff at the start; the customer's duty
    ("EXT002", "missing",
     "13.2 The Supplier shall provide transition support to new staff of the Customer during the first month of the "
     "Services."),
    ("EXT002", "missing",
     "13.2 The Customer shall provide transition support to the new operator for three (3) months."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HELP_TO_THE_NEW_OPERATOR)
def test_help_to_the_new_operator(code, expected, text):
    assert status_of(code, PLAIN + text) == expected
