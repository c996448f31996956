"""Drafting styles from held-out clause batch p (benchmarks/heldout-clauses/2026-12-09-p.yaml), each in several
wordings with its traps, linted with the real rule: US school district, Colombian and Estonian translations, purchase
order back-page terms, Kenyan county and Indian state PSU pricing schedules, amendments quoting their insertions, and
letters from the supplier's counsel."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# SEC001: a breach named by the data breached ("any breach of student data", "a breach of Customer Data") is a
# security breach; a breach of the agreement, of an obligation or of data protection law is not.
BREACH_OF_DATA = [
    ("pass",
     "Services Agreement between Cedar Hills School District (the \"District\") and Lumen Loans Inc. "
     "(the \"Vendor\").\n"
     "9. Vendor shall maintain SOC 2 Type II controls and shall notify the District of any breach of student data "
     "within forty-eight (48) hours of discovery."),
    ("pass",
     "Agreement between Harbour Bank plc (the \"Customer\") and Quay Disputes Ltd (the \"Supplier\").\n"
     "12.1 The Supplier shall comply with PCI DSS and shall inform the Customer of any breach of cardholder data "
     "within 24 hours."),
    ("pass",
     "Agreement between Harbour Bank plc (the \"Customer\") and Quay Disputes Ltd (the \"Supplier\").\n"
     "12.1 The Supplier shall maintain ISO/IEC 27001 certification and shall notify the Customer of a breach of "
     "Customer Data within 36 hours of becoming aware of it."),
    # traps: a breach of the agreement or of data protection law is no security breach; the notice has no breach
    ("weak",
     "Services Agreement between Cedar Hills School District (the \"District\") and Lumen Loans Inc. "
     "(the \"Vendor\").\n"
     "9. Vendor shall maintain SOC 2 Type II controls and shall notify the District of any breach of this Agreement "
     "within forty-eight (48) hours."),
    ("weak",
     "Agreement between Harbour Bank plc (the \"Customer\") and Quay Disputes Ltd (the \"Supplier\").\n"
     "12.1 The Supplier shall maintain ISO/IEC 27001 certification and shall notify the Customer of any breach of data "
     "protection law within 24 hours."),
    ("weak",
     "Agreement between Harbour Bank plc (the \"Customer\") and Quay Disputes Ltd (the \"Supplier\").\n"
     "12.1 The Supplier shall maintain ISO/IEC 27001 certification and shall notify the Customer of any breach of its "
     "obligations under the Data Processing Addendum within 24 hours."),
]


@pytest.mark.parametrize(("expected", "text"), BREACH_OF_DATA)
def test_breach_of_data_is_a_security_breach(expected, text):
    assert status_of("SEC001", text) == expected


# OUT002: the end customer who "contacts the Company again about the same booking" or "calls the helpline again
# within 48 hours" makes a repeat contact, the person named between the verb and "again"; a follow-up the supplier
# makes, or a repeat that is charged, excludes nothing.
_REFUND_PRICE = ("Agreement between Andes Air S.A.S. (the \"Company\") and Refund Hub S.A.S. (the \"Contractor\").\n"
                 "7.1 The Company shall pay COP 16,000 for each Processed Refund.\n")
CONTACT_AGAIN = [
    ("pass", _REFUND_PRICE + "7.2 Where the passenger calls the Company again about the same refund within seven (7) "
                             "days, the refund shall not count as a Processed Refund."),
    ("pass", _REFUND_PRICE + "7.2 A Processed Refund shall not be chargeable if the traveller emails the Contractor "
                             "again regarding the same booking within fourteen (14) days after it is processed."),
    ("weak", _REFUND_PRICE + "7.2 A refund on which the traveller contacts the Company again within 24 hours shall not "
                             "be billable."),
    # traps: the supplier's own follow-up; a repeat that is charged
    ("missing", _REFUND_PRICE + "7.2 The Contractor shall contact the traveller again within three (3) days to confirm "
                                "that the refund has been received."),
    ("missing",
     "Agreement between Volta Retail Power Ltd (the \"Company\") and Tema Billing Ltd (the \"Supplier\").\n"
     "8.1 The Company shall pay GHS 20 for each Resolved Billing Query.\n8.2 If the customer contacts the Company "
     "again about the same bill, the new contact shall be charged as a new Resolved Billing Query."),
]


@pytest.mark.parametrize(("expected", "text"), CONTACT_AGAIN)
def test_contact_again_is_a_repeat_contact(expected, text):
    assert status_of("OUT002", text) == expected


# PRC002: the prices named with where they are stated before the review ("Prices stated on the face of this Purchase
# Order shall be reviewed ... every twelve (12) months", purchase-order back-page terms); the same prices fixed, or
# reviewed with no period, are no periodic review.
_PO = ("Purchase Order Terms and Conditions. Buyer: Clearwater County School District (the customer). Seller: the "
       "supplier named on the face of this Purchase Order.\n")
PRICES_STATED_ON_THE_ORDER = [
    ("pass", _PO + "6. The rates shown on the front of this Purchase Order shall be reviewed by the parties once in "
                   "each Contract Year."),
    ("pass", _PO + "6. Fees listed in the attached price schedule shall be revised by the Buyer and the Seller every "
                   "twelve (12) months."),
    # traps: the prices firm for the term; a check before payment with no period
    ("missing", _PO + "6. Prices stated on the face of this Purchase Order are firm and shall not be reviewed during "
                      "the term of the order."),
    ("missing", _PO + "6. Prices stated on the face of each invoice under this Purchase Order shall be reviewed by the "
                      "Buyer's accounts team before payment."),
]


@pytest.mark.parametrize(("expected", "text"), PRICES_STATED_ON_THE_ORDER)
def test_prices_stated_on_the_order_reviewed(expected, text):
    assert status_of("PRC002", text) == expected


# PRC003: a pricing schedule written as "Year N:" / "Phase N (months ...):" sentences whose last step prices per
# outcome alone ("INR 95 per Verified Application only", "KES 190 per Processed Claim, with no Base Fee") after
# steps with a fixed fee is a glide path; a single step, or a last step per agent hour, is not.
STEPS_ENDING_PER_OUTCOME = [
    ("pass",
     "Agreement between Volta Retail Power Ltd (the \"Company\") and Tema Billing Ltd (the \"Supplier\").\n"
     "Schedule 3 (Charges). Stage 1 (months 1-12): Fixed Fee of USD 60,000 per month covering 25 agents. Stage 2 "
     "(months 13-24): Fixed Fee of USD 30,000 per month plus USD 3.50 per Resolved Billing Query. Stage 3 (from month "
     "25): USD 5.00 per Resolved Billing Query only."),
    ("pass",
     "Agreement between Volta Retail Power Ltd (the \"Company\") and Tema Billing Ltd (the \"Supplier\").\n"
     "Schedule 3 (Charges). Year 1: Base Fee GHS 200,000 per month plus GHS 15 per Resolved Query. Year 2: Base Fee "
     "GHS 100,000 per month plus GHS 18 per Resolved Query. Year 3 onwards: GHS 22 per Resolved Query and no Base "
     "Fee."),
    # traps: one step only; a last step priced per agent hour
    ("missing",
     "Agreement between Volta Retail Power Ltd (the \"Company\") and Tema Billing Ltd (the \"Supplier\").\n"
     "Schedule 3 (Charges). Year 1 onwards: USD 5.00 per Resolved Billing Query only."),
    ("missing",
     "Agreement between Volta Retail Power Ltd (the \"Company\") and Tema Billing Ltd (the \"Supplier\").\n"
     "Schedule 3 (Charges). Phase 1 (months 1-6): Fixed Fee of USD 60,000 per month. Phase 2 (from month 7): USD 40 "
     "per agent hour only."),
]


@pytest.mark.parametrize(("expected", "text"), STEPS_ENDING_PER_OUTCOME)
def test_steps_ending_per_outcome_alone(expected, text):
    assert status_of("PRC003", text) == expected


# PRD001: a fee cut by a share of the savings written out in words and figures ("shall reduce the Charges by fifty per
# cent (50%) of the net savings achieved through automation") is a fee reduction formula.
_LOANS = ("Services Agreement between Northwind Student Finance LLC (the \"Customer\") and Keystone Loan Servicing "
          "Inc. (the \"Supplier\").\n")
SHARE_IN_WORDS_AND_FIGURES = [
    ("pass", _LOANS + "12.2 The Supplier shall reduce the Charges by fifty per cent (50%) of the net savings achieved "
                      "through automation, calculated for each Contract Year."),
    ("pass", _LOANS + "12.2 The Supplier shall reduce the monthly Service Fees by forty percent (40%) of the Net "
                      "Automation Savings verified in each quarter."),
    # traps: the customer cutting its own costs; a cut left to good-faith talks
    ("missing", _LOANS + "12.2 The Customer shall reduce its internal operating costs by fifty per cent (50%) of the "
                         "savings it identifies in its own processes."),
    ("weak", _LOANS + "12.2 The parties shall discuss in good faith whether to reduce the Charges by a share of any "
                      "savings achieved through automation."),
]


@pytest.mark.parametrize(("expected", "text"), SHARE_IN_WORDS_AND_FIGURES)
def test_fee_cut_by_a_share_of_savings_in_words_and_figures(expected, text):
    assert status_of("PRD001", text) == expected


# An amendment agreement on its own, whose changed clause is not in the document, quoting the words it deletes and the
# words it puts in their place: the new words are the term agreed ('the words "..." are deleted and replaced by
# "..."', 'is amended by replacing "..." with "..."'), the deleted words are not there. A proposal that words "be
# replaced", advice, and the reverse change (a gainshare replaced by good-faith talks) give what they say.
_AMENDMENT = ("Amendment No. 3 to the Services Agreement between Harbour Card Services Ltd (the \"Customer\") and "
              "Quay Disputes Ltd (the \"Supplier\").\n")
QUOTED_INSERTIONS = [
    ("PRD001", "pass",
     _AMENDMENT + "1. In clause 9.4 the words \"the parties shall discuss in good faith whether any savings may "
                  "be shared\" are deleted and replaced by \"the Supplier shall pay the Customer forty per cent (40%) "
                  "of the Net Automation Savings achieved in each quarter\"."),
    ("PRD001", "pass",
     _AMENDMENT + "1. Clause 9.4 is amended by replacing \"the parties may discuss the sharing of any savings in good "
                  "faith\" with \"the Supplier shall credit the Customer with fifty per cent (50%) of the Net Savings "
                  "achieved through automation in each Contract Year\"."),
    ("EXT004", "pass",
     _AMENDMENT + "1. In clause 17.3 the words \"all bots and scripts shall remain the property of the Supplier\" are "
                  "deleted and replaced by \"all bots, scripts and process documentation developed for the Customer "
                  "shall be owned by the Customer\"."),
    # traps: the reverse change; a proposal; advice
    ("PRD001", "weak",
     _AMENDMENT + "1. In clause 9.4 the words \"the Supplier shall pay the Customer forty per cent (40%) of the Net "
                  "Automation Savings\" are deleted and replaced by \"the parties shall discuss in good faith the "
                  "sharing of any savings\"."),
    ("PRD001", "missing",
     _AMENDMENT + "1. The Customer proposed that in clause 9.4 the words \"the parties shall discuss any savings in "
                  "good faith\" be replaced by \"the Supplier shall pay the Customer forty per cent (40%) of the Net "
                  "Automation Savings\". The Supplier has not agreed."),
    ("PRD001", "missing",
     "Negotiation guide for buyers.\nBuyers should insist that the words \"the parties shall discuss any savings in "
     "good faith\" are replaced by \"the Supplier shall pay the Customer forty per cent (40%) of the Net Automation "
     "Savings\"."),
]


@pytest.mark.parametrize(("code", "expected", "text"), QUOTED_INSERTIONS)
def test_quoted_insertion_of_an_amendment_on_its_own(code, expected, text):
    assert status_of(code, text) == expected


# OUT002: a party's refusal of the exclusion ("Our client does not accept the proposed exclusion of reopened
# disputes", a letter from the supplier's counsel; "the Supplier rejects any exclusion") excludes nothing; the same
# exclusion accepted, or a customer that "shall not accept" a reopened dispute as an outcome, does.
_DEPOSITS = ("Letter from Okoro & Co, counsel to Lekki Deposit Resolution Limited (the supplier), to Harbour Lettings "
             "Plc (the customer), re: the Services Agreement (price NGN 4,500 per Resolved Deposit Dispute).\n")
REFUSED_EXCLUSION = [
    ("missing", _DEPOSITS + "Our client cannot accept any exclusion of reopened disputes from the invoiced outcomes."),
    ("missing", _DEPOSITS + "Our client rejects the proposed credit for disputes reopened within fourteen (14) days, "
                            "and will invoice every Resolved Deposit Dispute."),
    ("pass", _DEPOSITS + "Our client accepts the proposed exclusion, and confirms that a Resolved Deposit Dispute "
                         "reopened within fourteen (14) days shall not be billable."),
    ("pass",
     "Agreement between Harbour Lettings Plc (the \"Customer\") and Lekki Deposit Resolution Limited (the "
     "\"Supplier\").\n6.1 The Customer shall pay NGN 4,500 per Resolved Deposit Dispute.\n6.2 The Customer shall not "
     "accept as a Resolved Deposit Dispute any dispute reopened within fourteen (14) days, and no fee shall be payable "
     "for it."),
]


@pytest.mark.parametrize(("expected", "text"), REFUSED_EXCLUSION)
def test_refused_exclusion_excludes_nothing(expected, text):
    assert status_of("OUT002", text) == expected


# OUT001: a data-labelling or indexing unit named by the work done on it ("Labelled Item", "Annotated Image",
# "Indexed Document") and priced per is the billable outcome; its definition then decides pass or weak. Defined but
# not what is charged for (the charges per FTE), it is no billable outcome.
_LABELLING = ("Public Service Contract between the State Data Agency (the \"Contracting Authority\", the customer) and "
              "UAB Annotation Works (the \"Supplier\").\n")
LABELLING_UNITS = [
    ("pass", _LABELLING + "2.1 \"Annotated Image\" means an image whose bounding boxes have been accepted in the "
                          "Contracting Authority's annotation platform after its quality review.\n7.1 The Contracting "
                          "Authority shall pay EUR 0.12 for each Annotated Image."),
    ("weak", _LABELLING + "2.1 \"Indexed Document\" means a document the Supplier has indexed.\n7.1 The Contracting "
                          "Authority shall pay EUR 0.30 per Indexed Document."),
    ("weak", _LABELLING + "2.1 \"Labelled Item\" means a data item that has been labelled to the satisfaction of the "
                          "Supplier's quality team.\n7.1 The Contracting Authority shall pay EUR 0.09 per Labelled "
                          "Item."),
    # trap: defined, but the charges are per FTE
    ("missing", _LABELLING + "2.1 \"Labelled Item\" means a data item labelled by the Supplier.\n7.1 The Contracting "
                             "Authority shall pay EUR 3,100 per FTE per month."),
]


@pytest.mark.parametrize(("expected", "text"), LABELLING_UNITS)
def test_labelling_units_are_outcomes(expected, text):
    assert status_of("OUT001", text) == expected
