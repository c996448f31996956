"""Drafting styles from held-out clause batch j (benchmarks/heldout-clauses/2026-12-03-j.yaml), each in
several wordings with its traps, linted with the real rule: Brazilian CONTRATANTE / CONTRATADA, First and
Second Party drafting, "commits to", articles numbered "Article 16.2" and "Article (16):", questions answered
"Not at this stage", and the vocabulary of copilots, medical coding, background checks and energy billing."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# "commits to" is a promise as "undertakes to" is, followed by a verb, a gerund or the thing promised.
COMMITS_TO = [
    ("PRD001", "pass",
     "6.1 The Supplier commits to sharing with the Client fifty per cent (50%) of the Net Savings arising from "
     "automation, calculated each quarter and credited against the next invoice."),
    ("PRD001", "pass",
     "6.1 The Provider commits to pass on to the Customer 40% of the savings achieved through robotic automation, "
     "by a credit note each quarter."),
    ("GOV001", "pass",
     "8.1 The Supplier commits to an accuracy rate of processed claims of not less than 98%, measured monthly. If this "
     "rate is not met, the Supplier shall pay the Customer a service credit of 5% of the monthly fee."),
    ("SEC001", "pass",
     "13.1 The Vendor commits to maintaining ISO/IEC 27001 certification and to notifying the Client of any security "
     "breach within 24 hours."),
    # a negative commitment, and the customer's commitment, give the customer nothing
    ("PRD001", "missing",
     "6.1 The Supplier commits not to share any savings arising from automation with the Client."),
    ("PRD001", "missing",
     "6.1 The Customer commits to sharing with the Supplier fifty per cent (50%) of the savings it achieves in its own "
     "operations."),
]


@pytest.mark.parametrize(("code", "expected", "text"), COMMITS_TO)
def test_commits_to_is_a_promise(code, expected, text):
    assert status_of(code, text) == expected


# Brazilian contracts keep the Portuguese party words: the CONTRATANTE hires, the CONTRATADA is hired (a Spanish-
# language one pairs the CONTRATANTE with the CONTRATISTA).
CONTRATANTE = [
    ("SEC002", "pass",
     "14.1 The CONTRATADA shall process personal data only on the documented instructions of the CONTRATANTE and in "
     "accordance with the LGPD, and shall not engage any sub-operator without the CONTRATANTE's prior written "
     "authorisation."),
    ("EXT003", "pass",
     "17.2 Within thirty (30) days after termination, the CONTRATADA shall return all data of the CONTRATANTE in CSV "
     "format and shall then permanently delete all copies."),
    ("AUD001", "pass",
     "11.1 The CONTRATANTE may, once a year, audit the records of the CONTRATISTA relating to the Fees and the number "
     "of Resolved Tickets."),
    # the supplier's own rights stay its own
    ("AUD001", "missing",
     "11.1 The CONTRATADA may, once a year, audit the records of the CONTRATANTE relating to the number of users."),
    ("EXT003", "missing",
     "17.2 On termination the CONTRATANTE shall return to the CONTRATADA all equipment supplied by the CONTRATADA."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CONTRATANTE)
def test_contratante_hires_the_contratada(code, expected, text):
    assert status_of(code, text) == expected


# Egyptian, Gulf and Indonesian drafting names the parties "the First Party" and "the Second Party" with no fixed
# convention: a role said for one of them, in brackets or in a sentence, makes the other the other side.
FIRST_AND_SECOND_PARTY = [
    ("AUD001", "weak",
     "Article 11. The First Party (the customer) may audit the records of the Second Party relating to the Fees and "
     "the number of Verified Applications, subject to the prior written consent of the Second Party."),
    ("AUD002", "weak",
     "Article 16. Should the audit reveal that the First Party (the customer) has been overcharged, the Second Party "
     "undertakes to refund the excess amount within fifteen (15) days."),
    ("GOV002", "pass",
     "Article 13. The Second Party shall ensure that the customer satisfaction rate, measured by the First Party's IVR "
     "survey after each call, is not less than eighty per cent (80%) in each month. (The First Party is the "
     "customer.)"),
    ("EXT003", "pass",
     "The Second Party is the service provider.\nArticle 17. Within fifteen (15) days from termination, the Second "
     "Party shall return all data of the First Party in CSV format and shall then permanently delete it."),
    # the labelled party's own duties and rights stay its own
    ("EXT003", "missing",
     "Article 17. Within fifteen (15) days from termination, the First Party (the client) shall return all data of "
     "the Second Party in CSV format and shall then permanently delete it."),
    ("AUD001", "missing",
     "Article 11. The Second Party (the service provider) may audit the records of the First Party relating to the "
     "number of users and the Fees once a year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FIRST_AND_SECOND_PARTY)
def test_one_labelled_first_or_second_party_names_the_other(code, expected, text):
    assert status_of(code, text) == expected


# A clause numbered "Clause 14.1" or "Article 16.2" starts with its number, not with a party's aside, so a
# subject before a comma-fenced aside is found as it is after "14.1".
NUMBERED_BY_WORD = [
    ("SEC002", "pass",
     "Clause 14.1 The Supplier, as processor under the GDPR, shall process personal data only on the documented "
     "instructions of the Customer and shall not engage any sub-processor without the Customer's prior written "
     "authorisation."),
    ("SEC002", "pass",
     "Article 14.1 The Supplier, as processor under the GDPR, shall process personal data only on the documented "
     "instructions of the Customer and shall not engage any sub-processor without the Customer's prior written "
     "authorisation."),
    ("SEC002", "weak",
     "Article (14): The Supplier, as processor under the GDPR, shall process personal data only on the documented "
     "instructions of the Customer. The Supplier may appoint sub-processors at its discretion."),
    ("SEC002", "missing",
     "Clause 14.1 The Customer, as controller under the GDPR, shall process personal data only on its own documented "
     "instructions and shall not engage any sub-processor without its own prior written authorisation."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NUMBERED_BY_WORD)
def test_clause_and_article_numbers_are_not_part_of_the_sentence(code, expected, text):
    assert status_of(code, text) == expected


# A question answered in the negative ("Not at this stage") promises nothing, whatever follows it.
NEGATIVE_ANSWERS = [
    ("GOV003", "missing",
     "Is there a governance schedule? Not at this stage; governance arrangements will be considered at renewal."),
    ("GOV003", "missing",
     "Is there a governance forum? Not at present; the parties will meet as required."),
    ("PRD002", "missing",
     "Will the Supplier report its use of AI? Not at this time; the Supplier will report automation when it is "
     "deployed."),
    # a positive answer binds
    ("GOV003", "pass",
     "Is there a governance schedule? Yes. The parties shall hold monthly operational reviews, quarterly business "
     "reviews and an annual executive review."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NEGATIVE_ANSWERS)
def test_a_question_answered_not_at_this_stage_binds_nobody(code, expected, text):
    assert status_of(code, text) == expected


VOCABULARY = [
    # PRD001: the share in words and figures with a role label in brackets before the savings or gains
    ("PRD001", "pass",
     "6.1 The Supplier shall share with the Client (the customer) fifty per cent (50%) of the Net Savings arising "
     "from automation, credited quarterly."),
    ("PRD001", "pass",
     "8.2 The Provider shall pass on to the Bank (the customer) forty per cent (40%) of the productivity gains arising "
     "from robotic process automation, by a credit note each semester."),
    # PRD001: the fee cut by a share of the fall in handle time
    ("PRD001", "pass",
     "7.3 Where the Copilot reduces Average Handle Time below the Baseline AHT in any quarter, the per-contact fee for "
     "the following quarter shall be reduced by sixty per cent (60%) of the percentage reduction in Average Handle "
     "Time."),
    ("PRD001", "missing",
     "7.3 The Supplier shall report each month the percentage reduction in Average Handle Time achieved through the "
     "Copilot."),
    # GOV001: the percentage in words and figures before "of ... within"
    ("GOV001", "weak",
     "6.1 The Vendor shall complete ninety-five percent (95%) of background check orders within three (3) business "
     "days of receipt of a complete order."),
    ("GOV001", "pass",
     "6.1 The Vendor shall complete ninety-five percent (95%) of background check orders within three (3) business "
     "days. For each month below that target the Vendor shall credit the Company 2% of the monthly fee."),
    ("GOV001", "missing",
     "6.1 The Company shall return ninety-five percent (95%) of the Vendor's queries within three (3) business days."),
    # DAT001: access to the raw tables of the platform in which the outcomes are counted
    ("DAT001", "pass",
     "11.2 The Supplier will ensure that the Retailer has direct, read-only access at all times, without prior "
     "request, to the raw transaction tables of the billing platform in which Billed Accounts are counted."),
    ("DAT001", "pass",
     "11.2 The Customer shall have direct access at all times to the raw case records of the Supplier's workflow tool "
     "from which Completed Cases are counted."),
    ("DAT001", "missing", "11.2 The Supplier shall keep the raw call logs for two years."),
    ("DAT001", "missing",
     "\"Case Tool\" means the workflow tool operated by the Supplier in which every Case is logged, processed and "
     "tracked.\n11.2 The Supplier shall perform the Services using the Case Tool."),
    # OUT001: a coded record, its completion recorded in the customer's own system
    ("OUT001", "pass",
     "\"Coded Encounter\" means an encounter to which the Vendor has assigned final codes in the Hospital's Epic "
     "system and which has not been rejected by the Hospital's monthly coding audit.\n"
     "The Hospital shall pay USD 7.25 per Coded Encounter."),
    ("OUT001", "pass",
     "Item | Term\nBillable outcome | \"Coded Chart\": a chart to which the Vendor has assigned final codes in the "
     "Customer's coding application and which the Customer's audit has not rejected\n"
     "Price | USD 6.00 per Coded Chart"),
    ("OUT001", "weak",
     "\"Coded Chart\" means a chart to which the Vendor has assigned final codes in the Vendor's coding system and "
     "which has not been rejected by the Vendor's QA.\nThe Customer shall pay USD 7.25 per Coded Chart."),
    ("OUT001", "missing",
     "The Customer shall pay USD 7.25 per Coded Chart.\nSchedule 4 (Outcome Definitions) - Not used."),
]


@pytest.mark.parametrize(("code", "expected", "text"), VOCABULARY)
def test_batch_j_vocabulary(code, expected, text):
    assert status_of(code, text) == expected


# PRC003: outcome pricing "introduced in phases" is a move toward it; with no dates the phases are the weak case
PHASED_IN = [
    ("PRC003", "weak",
     "9.4 Outcome-based pricing will be introduced in phases, the timing and steps of which will be agreed by the "
     "Steering Committee."),
    ("PRC003", "weak", "9.4 Outcome-based pricing shall be phased in over the Term as the parties agree."),
    ("PRC003", "pass",
     "9.4 Outcome-based pricing will be introduced in phases: Phase 1 from 1 July 2027 at 50% of the Charges, Phase 2 "
     "from 1 July 2028 at 100% of the Charges, with the Baseline Fee reduced to nil."),
    ("PRC003", "missing", "Outcome-based pricing is usually introduced in phases as the data matures."),
    ("PRC003", "missing",
     "9.4 Outcome-based pricing shall not be introduced in phases; the Fees remain fixed for the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PHASED_IN)
def test_outcome_pricing_introduced_in_phases(code, expected, text):
    assert status_of(code, text) == expected
