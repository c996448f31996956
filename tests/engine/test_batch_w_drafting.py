"""Drafting styles from held-out clause batch w (benchmarks/heldout-clauses/2026-12-16-w.yaml), each in several
wordings with its traps, linted with the real rule: legacy US drafting (a party defined '(hereinafter "Commission", the
customer)', an inverted condition "should said Contractor commit" inside a sentence, notice "given" to a party, HIPAA
by its full name, the contractor's "Compensation", a committee "composed of" its members meeting at a cadence), a Key
Commercial Terms cover sheet titled on its first line, a purchase order's price on its face, a quality level stated as
the share of work free of errors, a price cut by a share of the fall in the supplier's cost through automation, and a
baseline fee that "steps down" by dated amounts; and an email whose body, in quotes, records what was agreed."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# Every rule (parties._LABEL_WITH_ROLE): older US drafting defines a party's short name after "hereinafter", with its
# side in the same bracket: '(hereinafter "Commission", the customer)'. The name is then that party, as '(the
# "Commission", the customer)' already was.
_COMMISSION = ('AGREEMENT by and between the Prairie State Lottery Commission (hereinafter "Commission", the customer) '
               'and Sangamon Prize Services, Inc. (hereinafter "said Contractor").\n')
_BOARD = ('THIS AGREEMENT is made by and between the Tri-County Tollway Board (hereinafter referred to as the "Board", '
          'the customer) and Ridgeway Billing, Inc. (hereinafter referred to as the "Contractor").\n')
HEREINAFTER_SIDES = [
    ("EXT004", "pass", _COMMISSION + "Section 21.1. All bots and process documentation developed by the Contractor for "
                       "the Commission shall be the property of the Commission."),
    ("EXT004", "pass", _BOARD + "Section 9. All scripts and chatbot flows written for the Board hereunder shall be and "
                       "remain the sole and exclusive property of the Board."),
    ("DAT001", "pass", _BOARD + "Section 4. Resolved Disputes shall be counted only in the Board's toll billing "
                       "system, which is owned and controlled by the Board."),
    # traps: a licence that runs to the contractor; the Commission's own security duty
    ("EXT004", "missing", _COMMISSION + "Section 21.1. The Commission grants the Contractor a licence to use the "
                          "Commission's process documentation to build bots during the Term."),
    ("SEC001", "missing", _BOARD + "Section 12. The Board shall maintain ISO 27001 certification for its own network "
                          "and shall notify the Contractor of any breach within 24 hours."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HEREINAFTER_SIDES)
def test_hereinafter_name_with_its_side(code, expected, text):
    assert status_of(code, text) == expected


# Every rule (obligation._not_advice_should): "should" with a subject after it is an inverted condition, inside a
# sentence as well as at its start ("..., and forthwith upon written notice should said Contractor commit any
# material breach"); advice names its addressee before "should".
_THRUWAY = ('AGREEMENT by and between the Hudson Valley Thruway Authority (hereinafter "Authority", the customer) and '
            'Catskill Billing Services, Inc. (hereinafter "said Contractor"), WITNESSETH:\n')
INVERTED_SHOULD = [
    ("EXT001", "pass", _THRUWAY + "Section 17.1. The Authority may terminate this Agreement at any time for its own "
                       "convenience upon ninety (90) days' written notice, and forthwith upon written notice should "
                       "said Contractor commit any material breach hereof."),
    ("EXT001", "pass", _PARTIES + "The Customer may terminate this Agreement for convenience on 90 days' notice, or "
                       "immediately by notice should the Supplier commit a material breach."),
    ("SEC001", "pass", _PARTIES + "The Supplier shall maintain ISO 27001 certification and, should a security breach "
                       "occur, shall notify the Customer within 24 hours."),
    # traps: advice, which names its addressee before "should"; the supplier's right
    ("EXT001", "missing", "In practice a buyer should insist on a right to terminate for convenience and for cause, "
                          "and should the supplier refuse, walk away."),
    ("EXT001", "missing", _PARTIES + "The Supplier may terminate this Agreement for convenience on 90 days' notice, or "
                          "immediately should the Customer fail to pay."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INVERTED_SHOULD)
def test_inverted_should_inside_a_sentence(code, expected, text):
    assert status_of(code, text) == expected


# SEC001 (rule YAML): notice "given" to the customer, the addressee between the verb and the notice ("shall give the
# Authority written notice of any breach of security within seventy-two (72) hours").
NOTICE_GIVEN = [
    ("pass", "The Supplier shall comply with PCI DSS, and shall give the Customer written notice of any breach of "
             "security within seventy-two (72) hours after the discovery thereof."),
    ("pass", "The Supplier shall maintain ISO 27001 certification and shall provide the Customer with written notice "
             "of any security incident within 24 hours."),
    # traps: notice given by the customer; notice with no stated time
    ("weak", "The Supplier shall maintain ISO 27001 certification. The Customer shall give the Supplier written notice "
             "of any security breach within 24 hours."),
    ("weak", "The Supplier shall maintain ISO 27001 certification and shall give the Customer written notice of any "
             "security breach as soon as practicable."),
]


@pytest.mark.parametrize(("expected", "text"), NOTICE_GIVEN)
def test_breach_notice_given_to_the_customer(expected, text):
    assert status_of("SEC001", _PARTIES + text) == expected


# SEC002 (rule YAML): HIPAA by its full name, as older US drafting writes it ("as permitted by the Health Insurance
# Portability and Accountability Act of 1996"), is the data-protection law.
_HOSPITAL = ('AGREEMENT by and between Saint Ambrose Hospital Association (hereinafter "Hospital", the customer) and '
             'Lakeland Transcription Services, Inc. (hereinafter "said Contractor").\n')
_CLINICS = ('This Agreement is made between Northwind Clinics Inc (the "Customer") and Contoso Transcription Inc (the '
            '"Supplier").\n')
AS_DIRECTED = [
    ("pass", _HOSPITAL + "Section 16.1. Said Contractor shall use and disclose protected health information only as "
             "directed in writing by the Hospital and as permitted by the Health Insurance Portability and "
             "Accountability Act of 1996, and shall engage no subcontractor to handle such information without the "
             "prior written approval of the Hospital."),
    ("pass", _CLINICS + "The Supplier shall comply with the Health Insurance Portability and Accountability Act and "
             "shall process protected health information only on the Customer's written instructions, with no "
             "subcontractor engaged without the Customer's prior written consent."),
    ("weak", _CLINICS + "The Supplier shall use protected health information only as directed from time to time by the "
             "Customer and in compliance with the Health Insurance Portability and Accountability Act, and may engage "
             "subcontractors without notice."),
    # trap: the customer's own duty
    ("missing", _CLINICS + "The Customer shall use protected health information only as directed in writing by its "
                "privacy officer and in compliance with the Health Insurance Portability and Accountability Act."),
]


@pytest.mark.parametrize(("expected", "text"), AS_DIRECTED)
def test_processing_as_directed_by_the_customer(expected, text):
    assert status_of("SEC002", text) == expected


# PRC001 (rule YAML): older US drafting pays the contractor its "Compensation"; compensation for a loss or to a third
# party is no price.
COMPENSATION = [
    ("pass", "Whensoever the Supplier shall deploy into the Services any release of an artificial-intelligence system, "
             "the Compensation hereunder shall be reviewed by the parties within sixty (60) days thereafter."),
    ("pass", "When the share of calls handled by the chatbot exceeds 40%, the Supplier's compensation shall be "
             "renegotiated within 30 days."),
    # traps: compensation to customers, compensation for losses
    ("missing", "When the share of calls handled by the chatbot exceeds 40%, the parties shall review the compensation "
                "to customers for delayed refunds."),
    ("missing", "When the share of calls handled by the chatbot exceeds 40%, the parties shall review the compensation "
                "for losses caused by bot errors."),
]


@pytest.mark.parametrize(("expected", "text"), COMPENSATION)
def test_contractor_compensation_is_the_price(expected, text):
    assert status_of("PRC001", _PARTIES + text) == expected


# GOV003 (rule YAML): a forum with its membership said between it and its cadence ("an Executive Committee composed of
# principal officers of each party shall convene semi-annually").
COMPOSED_FORUM = [
    ("pass", "A Joint Operating Committee shall convene monthly to review the performance of the Services, and an "
             "Executive Committee composed of principal officers of each party shall convene semi-annually to review "
             "the conduct of this Agreement."),
    ("pass", "An Operations Forum shall meet weekly. A Steering Committee consisting of the Customer's CIO and the "
             "Supplier's account director shall convene quarterly."),
    ("pass", "The service managers shall hold a monthly service review. An Executive Board made up of both chief "
             "executives shall convene annually."),
    # traps: the board's other business, not a meeting cadence; a board that meets as required
    ("weak", "The Service Review Group shall meet monthly. A Steering Board consisting of two directors of each Party "
             "shall approve the annual budget."),
    ("weak", "The Service Review Group shall meet monthly. A Steering Board consisting of two directors of each Party "
             "shall meet as required."),
]


@pytest.mark.parametrize(("expected", "text"), COMPOSED_FORUM)
def test_forum_with_its_membership_meets_at_a_cadence(expected, text):
    assert status_of("GOV003", _PARTIES + text) == expected


# Every rule (decide._title_line): a cover sheet or schedule titled on its own first line ("KEY COMMERCIAL TERMS
# (binding cover sheet ...)."), with no heading the extractor found, is the operative document its verbless "Label:
# value" entries belong to - unless a line of it says the paper binds nobody.
_KCT = ("KEY COMMERCIAL TERMS (binding cover sheet to the Services Agreement). Customer: Sterling Student Finance Ltd. "
        "Supplier: Meridian Servicing Ltd.\n")
_ORDER = "ORDER FORM (binding on signature). Customer: Harbour Claims plc. Supplier: Quayside Processing Ltd.\n"
TITLED_COVER_SHEET = [
    ("GOV003", "pass", _KCT + "Governance: monthly service review (operational managers); quarterly business review "
                       "(heads of service); annual executive review (chief executives)."),
    ("GOV001", "pass", _KCT + "Service levels: transcription accuracy of at least 99% per report, measured monthly; a "
                       "service credit of 3% of the monthly charges applies for each service level missed."),
    ("GOV003", "pass", _ORDER + "Governance: weekly operations call; monthly service review; quarterly executive "
                       "review."),
    # traps: the same entries under a title whose paper says it binds nobody
    ("GOV003", "missing", "Heads of Terms - Claims Services. Customer: Harbour Claims plc. Supplier: Quayside "
                          "Processing Ltd.\nStatus: Subject to contract. Nothing in these Heads of Terms is legally "
                          "binding.\nGovernance: monthly service review; quarterly business review; annual executive "
                          "review."),
    ("GOV003", "missing", "Proposal summary (indicative). Customer: Harbour Claims plc. Supplier: Quayside Processing "
                          "Ltd.\nGovernance: monthly service review; quarterly business review; annual executive "
                          "review."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TITLED_COVER_SHEET)
def test_cover_sheet_titled_on_its_first_line(code, expected, text):
    assert status_of(code, text) == expected


# OUT002 (rule YAML): a purchase order states its price on its face ("Face of order: USD 1.20 per Completed Report"),
# and freight audit bills "per Audited Invoice".
_PO = ('Purchase Order No. 44871 issued by Lakeshore Orthopaedic Group (the "Buyer", the customer) to Veritas Medical '
       'Transcription Inc. (the "Seller").\n')
PRICE_ON_THE_FACE = [
    ("pass", _PO + "Face of order: USD 1.20 per Completed Report.\nA report returned by the Buyer for correction "
             "within fourteen (14) days shall not be charged again as a Completed Report."),
    ("pass", _PARTIES + "The Customer shall pay the Supplier CZK 48 for each Audited Invoice. An invoice re-queried "
             "within sixty (60) days shall not be counted as an Audited Invoice again."),
    ("weak", _PO + "Face of the order: USD 1.20 per Completed Report.\nA report returned within two (2) days shall not "
             "be charged again."),
    # traps: a price per hour on the face; volumes, not a price
    ("not_applicable", _PO + "Face of order: USD 22 per hour of transcription.\nA report returned within 14 days shall "
                       "not be charged again."),
    ("not_applicable", _PO + "Face of the order: 12,000 completed reports expected per month.\nA report returned "
                       "within 14 days shall not be charged again."),
]


@pytest.mark.parametrize(("expected", "text"), PRICE_ON_THE_FACE)
def test_price_on_a_purchase_orders_face(expected, text):
    assert status_of("OUT002", text) == expected


# GOV001 (rule YAML): a quality level stated as the share of work free of errors ("at least 98% of the fine records it
# enters are free of errors", "99% of the reports are error-free"), "of the" notwithstanding.
ERROR_FREE = [
    ("pass", "15.1 The Supplier shall ensure that at least 98% of the fine records it enters are free of errors, "
             "measured monthly.\n15.2 For each full percentage point below that level, the Supplier shall grant a "
             "service credit of 2% of the monthly fees."),
    ("pass", "15.1 The Supplier shall ensure that 99% of the transcribed reports are error-free each month, and a "
             "service credit of 2% of the monthly fees applies for each month in which that level is missed."),
    # traps: the remedy denied; the customer's own data quality
    ("weak", "15.1 The Supplier shall ensure that at least 98% of the fine records it enters are free of errors, "
             "measured monthly.\n15.2 No service credit or other remedy applies if that level is not met."),
    ("missing", "15.1 The Customer shall ensure that 99% of the data it sends to the Supplier is free of errors."),
]


@pytest.mark.parametrize(("expected", "text"), ERROR_FREE)
def test_share_of_work_free_of_errors(expected, text):
    assert status_of("GOV001", _PARTIES + text) == expected


# PRD001 (rule YAML): the supplier's cost said to fall through automation and the price cut by a share of that fall.
COST_FALL_SHARED = [
    ("pass", "Where the Supplier's average cost of handling a case falls as a result of automation, the unit price per "
             "Collected Fine shall be reduced by sixty percent (60%) of that fall, calculated each quarter."),
    ("pass", "If the Supplier's cost per claim falls through the use of AI tools, the price per Settled Claim shall be "
             "reduced by 50% of that fall."),
    ("pass", "Where the cost to serve drops because of robotics, the monthly fee shall be reduced by 40 percent of the "
             "reduction."),
    # traps: a fall in the customer's volumes; the cut refused
    ("missing", "Where the Customer's call volume falls as a result of automation, the minimum monthly fee shall be "
                "reduced by 60% of that fall."),
    ("missing", "Where the Supplier's cost falls as a result of automation, the unit price shall not be reduced by any "
                "part of that fall."),
]


@pytest.mark.parametrize(("expected", "text"), COST_FALL_SHARED)
def test_price_cut_by_a_share_of_the_cost_fall(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected


# PRC003 (rule YAML): a baseline fee said to "step down", its dated amounts in the sentence, beside a price per outcome.
STEPS_DOWN = [
    ("pass", "The monthly baseline fee shall be GBP 40,000 until 31 December 2027, GBP 25,000 from 1 January 2028 and "
             "GBP 10,000 from 1 January 2029, with all other Charges payable per Settled Claim as the baseline steps "
             "down."),
    ("pass", "The baseline steps down as follows: GBP 40,000 a month until 31 December 2027, GBP 25,000 from 1 "
             "January 2028 and GBP 10,000 from 1 January 2029; all other Charges are payable per Settled Claim."),
    # traps: a step-down left to agreement, no steps; someone else stepping down; a baseline that rises
    ("weak", "The fixed charge shall step down as the parties may agree, with the balance per Resolved Contact."),
    ("missing", "The Supplier's account manager shall step down from the steering committee in Year 2. The Customer "
                "pays USD 5.00 per Resolved Contact and a base fee of USD 10,000 per month."),
    ("missing", "The monthly baseline fee of GBP 40,000 applies until 31 December 2027 and GBP 45,000 from 1 January "
                "2028, and the baseline shall not step down."),
]


@pytest.mark.parametrize(("expected", "text"), STEPS_DOWN)
def test_baseline_fee_steps_down(expected, text):
    assert status_of("PRC003", _PARTIES + text) == expected


# Every rule (annotate._quotes_message): an email written out as its header and its body in quotes, the body recording
# what was agreed ('Email from <name> (..., the customer) to <name> (..., the supplier): "Confirming what we agreed:
# ..."'), is the message itself, not a passage it quotes. A message that asks or proposes, or says nothing is agreed
# yet, stays a quotation; so does a model clause quoted in advice.
_EMAIL = ("Email from Ana Ruiz (Head of Operations, Northwind Bank plc, the customer) to Tom Hale (Account Director, "
          "Contoso Services Ltd, the supplier): ")
QUOTED_MESSAGE = [
    ("SEC001", "pass", _EMAIL + '"Confirming what we agreed yesterday: Contoso Services will hold ISO 27001 '
                       'certification throughout the term and will notify us of any security breach within 24 hours."'
                       '\nReply from Tom Hale: "Agreed."'),
    ("GOV002", "pass", _EMAIL + '"Confirming the terms agreed on Tuesday: Contoso Services will achieve a customer '
                       'satisfaction score of at least 85% each month, measured by a post-call survey of all callers."'
                       '\nReply from Tom Hale: "Confirmed."'),
    ("EXT003", "pass", _EMAIL + '"To confirm what we agreed: within 30 days after termination Contoso Services will '
                       'return all Northwind Bank data in CSV format and will then securely delete all copies."'
                       '\nReply from Tom Hale: "Agreed."'),
    # a term left "to be agreed" in a message that records an agreement is the deferral the catalogue calls weak
    ("EXT002", "weak", _EMAIL + '"Confirming what we agreed on exit: Contoso Services will provide exit assistance, '
                       'including knowledge transfer to a new provider, on terms to be agreed at the time."'
                       '\nReply from Tom Hale: "Agreed."'),
    # traps: a question, a proposal, a request to confirm, a point not yet agreed, a model clause quoted in advice
    ("SEC001", "missing", _EMAIL + '"Could Contoso Services hold ISO 27001 certification and notify us of any security '
                          'breach within 24 hours?"\nNo reply is on file.'),
    ("EXT003", "missing", _EMAIL + '"We propose that within 30 days after termination Contoso Services will return all '
                          'Northwind Bank data in CSV format and then delete all copies."'),
    ("EXT003", "missing", _EMAIL + '"Please confirm that within 30 days after termination Contoso Services will return '
                          'all Northwind Bank data in CSV format and then delete all copies."'),
    ("EXT003", "missing", _EMAIL + '"Contoso Services will return all Northwind Bank data in CSV format within 30 days '
                          'after termination and then delete all copies; this has not been agreed yet."'),
    ("SEC001", "missing", _EMAIL + '"Confirming the security terms: these have not yet been agreed; Contoso Services '
                          'will hold ISO 27001 certification and will notify us of any breach within 24 hours."'),
    ("SEC001", "missing", 'Briefing note for buyers. A model clause might read: "The Supplier shall hold ISO 27001 '
                          'certification and shall notify the Customer of any security breach within 24 hours."'),
]


@pytest.mark.parametrize(("code", "expected", "text"), QUOTED_MESSAGE)
def test_quoted_email_recording_agreed_terms(code, expected, text):
    assert status_of(code, text) == expected
