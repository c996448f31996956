"""Drafting found on held-out set 21 (a Brazilian payment institution's support and fraud-review contract translated
from the Portuguese, a US bookkeeping and bill-pay order on plain-English online terms), each in other wordings than
the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import result_of, status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')
BRAZIL = ("By this private instrument, BANCO SERRA AZUL S.A., hereinafter called the CONTRACTING PARTY, and "
          "CENTRAL DE ATENDIMENTO NORDESTE LTDA., hereinafter called the CONTRACTED PARTY, have agreed as follows.\n")
WE_YOU = ('These Terms are between Quillon Books, Inc. ("we", "us", "our") and the customer named in the Order Form '
          '("you", "your").\n')


# Translated Brazilian drafting names the parties the CONTRACTING PARTY (CONTRATANTE) and the CONTRACTED PARTY
# (CONTRATADA), in capitals throughout.
CAPITAL_PAIR = [
    ("SEC001", "pass",
     BRAZIL + "9.1. The CONTRACTED PARTY shall keep its ISO/IEC 27001 certification during the term and shall notify "
              "the CONTRACTING PARTY of any security incident within twenty-four (24) hours of becoming aware of it."),
    ("EXT001", "pass",
     BRAZIL + "12.2. The CONTRACTING PARTY may terminate this CONTRACT at any time, without cause, on thirty (30) "
              "days' written notice, without any fine.\n12.3. Either PARTY may terminate this CONTRACT in the event "
              "of a breach not remedied within ten (10) days of notice."),
    ("EXT002", "pass",
     BRAZIL + "13.1. Upon termination of this CONTRACT, the CONTRACTED PARTY shall continue to provide the services "
              "for up to ninety (90) days and shall provide knowledge transfer to the new provider."),
    # traps: the same duties put on the CONTRACTING PARTY, and the convenience exit the CONTRACTED PARTY's
    ("EXT002", "missing",
     BRAZIL + "13.1. Upon termination of this CONTRACT, the CONTRACTING PARTY shall provide knowledge transfer to the "
              "CONTRACTED PARTY for up to ninety (90) days."),
    ("EXT001", "weak",
     BRAZIL + "12.2. The CONTRACTED PARTY may terminate this CONTRACT at any time, without cause, on thirty (30) days' "
              "notice.\n12.3. Either PARTY may terminate this CONTRACT in the event of a breach not remedied within "
              "ten (10) days of notice."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CAPITAL_PAIR)
def test_the_contracting_and_contracted_party_in_capitals(code, expected, text):
    assert status_of(code, text) == expected


# Definitions numbered under the definitions clause, "Term: meaning" with a lower-case noun phrase (read as the
# clause's run-in heading and its text), carry their meaning to the clauses that use the term.
NUMBERED_DEFINITIONS = [
    ("DAT001", "pass",
     BRAZIL + "CLAUSE ONE - OF THE DEFINITIONS\n1.1. For the purposes of this CONTRACT, the terms below shall have the "
              "following meanings:\n1.1.1. Case Hub: the case management system owned and administered by the "
              "CONTRACTING PARTY.\n1.1.2. Closed Case: a case for which a final answer has been recorded in the Case "
              "Hub.\nCLAUSE FIVE - OF THE PRICE\n5.1. The CONTRACTING PARTY shall pay BRL 21,00 per Closed Case.\n"
              "5.2. The quantity of Closed Cases shall be calculated exclusively on the basis of the reports "
              "extracted from the Case Hub."),
    # trap: the system the definition names is the CONTRACTED PARTY's own
    ("DAT001", "weak",
     BRAZIL + "CLAUSE ONE - OF THE DEFINITIONS\n1.1. For the purposes of this CONTRACT, the terms below shall have the "
              "following meanings:\n1.1.1. Case Hub: the case management system owned and administered by the "
              "CONTRACTED PARTY.\n1.1.2. Closed Case: a case for which a final answer has been recorded in the Case "
              "Hub.\nCLAUSE FIVE - OF THE PRICE\n5.1. The CONTRACTING PARTY shall pay BRL 21,00 per Closed Case.\n"
              "5.2. The quantity of Closed Cases shall be calculated exclusively on the basis of the reports "
              "extracted from the Case Hub."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NUMBERED_DEFINITIONS)
def test_numbered_colon_definitions_under_the_definitions_clause(code, expected, text):
    assert status_of(code, text) == expected


# Brazilian vocabulary: glosas (invoice discounts for missed levels), prices "readjusted" by IPCA, INPC or IGP-M.
BRAZILIAN_TERMS = [
    ("GOV001", "pass",
     PARTIES + "6.1 The Supplier shall meet the service levels in Annex 3: 95% of chats answered within 60 seconds.\n"
               "6.2 Failure to meet any service level subjects the Supplier to the glosas set out in Annex 3."),
    ("GOV001", "pass",
     PARTIES + "6.1 The Supplier shall meet the service levels in Annex 3: 95% of chats answered within 60 seconds. "
               "For each service level missed the Supplier shall grant a discount of 4% of the monthly invoice."),
    # trap: the levels for information only
    ("GOV001", "weak",
     PARTIES + "6.1 The Supplier shall meet the service levels in Annex 3: 95% of chats answered within 60 seconds. "
               "The service levels are for information only."),
    ("PRC002", "weak",
     PARTIES + "5.5 The Fees shall be readjusted every twelve (12) months by the accumulated variation of the IGP-M."),
    ("PRC002", "weak",
     PARTIES + "5.5 The prices will be readjusted annually on the anniversary of this Agreement by the INPC."),
    # trap: readjustment ruled out
    ("PRC002", "missing",
     PARTIES + "5.5 The prices shall not be readjusted during the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BRAZILIAN_TERMS)
def test_glosas_and_readjustment(code, expected, text):
    assert status_of(code, text) == expected


# The amount found in excess as the subject of the refund; a glide path "gradually" from one basis to another.
REFUNDS_AND_MIGRATION = [
    ("AUD002", "pass",
     PARTIES + "8.3 Any amount charged in excess that is identified by an audit shall be refunded by the Supplier "
               "within 30 days with interest at 2% above base rate, and the Supplier shall bear the cost of the audit "
               "if the excess exceeds 5% of the Charges for the audited period."),
    # trap: an amount in excess of a cap, with no audit
    ("AUD002", "missing",
     PARTIES + "8.3 Any amount invoiced in excess of the annual cap shall be refunded by the Supplier."),
    ("PRC003", "weak",
     PARTIES + "5.8 The parties intend to migrate gradually from the Base Fee to a model paid only per Resolved "
               "Contact, on a timetable to be agreed."),
    # trap: a move between two rate cards is no move toward outcome pricing
    ("PRC003", "missing",
     PARTIES + "5.8 The parties may migrate gradually from the current rate card to the 2027 rate card."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REFUNDS_AND_MIGRATION)
def test_an_excess_refunded_and_a_gradual_migration(code, expected, text):
    assert status_of(code, text) == expected


# Data returned "after the end of the transition" that follows termination.
TRANSITION_END = [
    ("EXT003", "pass",
     PARTIES + "13.1 On termination the Supplier shall provide transition assistance for up to 90 days.\n"
               "13.2 Within 30 days after the end of the transition, the Supplier shall return all Customer Data in "
               "CSV format and shall then delete all copies."),
    # trap: a return at the end of each month is no exit
    ("EXT003", "missing",
     PARTIES + "13.2 Within 30 days after the end of each month, the Supplier shall return all Customer Data in CSV "
               "format."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TRANSITION_END)
def test_data_returned_after_the_end_of_the_transition(code, expected, text):
    assert status_of(code, text) == expected


# A unit priced as it is taken in ("per transaction imported", "per ticket received") is an input volume.
TAKEN_IN = [
    ("PRC004", "not_applicable",
     WE_YOU + "Overage | $0.45 per transaction imported"),
    ("OUT002", "not_applicable",
     WE_YOU + "5.2 Tickets above your allowance are charged at $0.80 per ticket received."),
    # trap: a unit priced once the work on it is done
    ("PRC004", "pass",
     WE_YOU + "5.2 You'll pay $4.50 per ticket resolved. The platform fee covers hosting, supervision and training."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TAKEN_IN)
def test_a_unit_priced_as_it_is_taken_in_is_an_input_volume(code, expected, text):
    assert status_of(code, text) == expected


# Plain terms: a review whose only outcome the next sentence makes an increase; counts from the provider's dashboard.
PLAIN_PRICING = [
    ("PRC002", "weak",
     WE_YOU + "5.3 We review our fees once a year. Any adjustment will be an increase of up to 5%."),
    # trap: the next sentence lets the review go either way
    ("PRC002", "pass",
     WE_YOU + "5.3 We review our fees once a year. Any adjustment may increase or decrease the fees."),
    ("DAT001", "weak",
     WE_YOU + "5.2 You pay $0.40 for each transaction over your allowance. The number of transactions is the number "
              "shown in our usage dashboard."),
    # trap: a count of staff, not of what is billed
    ("DAT001", "missing",
     WE_YOU + "5.2 The number of agents is the number shown in our staffing rota."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PLAIN_PRICING)
def test_plain_terms_increase_only_and_dashboard_counts(code, expected, text):
    assert status_of(code, text) == expected


# Plain terms: notice "by email before" a new AI model, the share of AI work in the monthly pack, targets under a
# heading that calls them so, a monthly check-in call, help handing the work over, deletion "when you leave".
PLAIN_SERVICE = [
    ("PRD002", "pass",
     WE_YOU + "4.1 We'll give you 30 days' notice in writing before we deploy any new AI model on your account.\n"
              "4.2 Each monthly reporting pack will show the percentage of your invoices our AI processed without "
              "human review."),
    # trap: notice by email before a price change is no notice of AI
    ("PRD002", "missing",
     WE_YOU + "4.1 We'll give you 30 days' notice by email before we change our prices."),
    ("GOV001", "weak",
     WE_YOU + "3. Our service commitments\n3.1 We aim to reply to your messages within 2 business days and to "
              "deliver your reports by the 5th business day of each month."),
    # trap: a payment deadline in days under another heading is no service level
    ("GOV001", "missing",
     WE_YOU + "5. Payment\n5.1 You'll pay each invoice within 10 business days."),
    ("GOV003", "weak",
     WE_YOU + "9.1 Your account manager will hold a weekly check-in call with you."),
    # trap: check-in calls only as advice
    ("GOV003", "missing",
     WE_YOU + "9.1 Many customers find that a monthly check-in call with their bookkeeper is worth having."),
    ("EXT002", "weak",
     WE_YOU + "10.4 If you leave, we'll help hand over your files to the new provider on terms we agree at the time."),
    # trap: the customer handing over, with no help from the provider
    ("EXT002", "missing",
     WE_YOU + "10.4 You may hand over your files to a new provider at any time."),
    ("EXT003", "pass",
     WE_YOU + "11. Your data when you leave\n11.1 Within 30 days after your subscription ends, we'll send you your "
              "ledger in CSV format.\n11.2 Sixty days after that, we'll permanently delete your data."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PLAIN_SERVICE)
def test_plain_terms_service_drafting(code, expected, text):
    assert status_of(code, text) == expected


# Read for the right reason: a subscription's exit priced at the rest of its commitment, and AI disclosure "whenever so
# requested" (both statuses were already right on the contracts, the second for another reason).
RIGHT_REASONS = [
    ("EXT001", "weak",
     WE_YOU + "10.1 You may cancel your subscription at any time for any reason, but the fees for the rest of your "
              "commitment term become due when you cancel.\n10.2 Either of us may terminate the subscription if the "
              "other does not fix a material breach within 30 days after being told about it."),
    # trap: a cancellation with no fee
    ("EXT001", "pass",
     WE_YOU + "10.1 You may cancel your subscription at any time for any reason, and no fees are due for the rest of "
              "the month.\n10.2 Either of us may terminate the subscription if the other does not fix a material "
              "breach within 30 days after being told about it."),
]


@pytest.mark.parametrize(("code", "expected", "text"), RIGHT_REASONS)
def test_an_exit_priced_at_the_rest_of_the_commitment(code, expected, text):
    assert status_of(code, text) == expected


def test_ai_disclosure_whenever_so_requested_is_on_request():
    text = (BRAZIL + "3.2. The CONTRACTED PARTY shall inform the CONTRACTING PARTY, whenever so requested by the "
                     "latter, of the artificial intelligence tools in use and of the percentage of tickets answered by "
                     "them each month.")
    result = result_of("PRD002", text)
    assert result.status.value == "weak"
    assert "on request" in result.message
