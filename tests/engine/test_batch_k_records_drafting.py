"""Drafting found on clause batch k (public bodies named "the City of ...", agreements by email, ownership that
"becomes" the customer's, minutes recording questions and open points, denials of what is "contemplated"), each in
other wordings than the batch's, with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.nlp.obligation import analyse
from tests.engine.snippets import status_of

PARTIES = "This Agreement is between Acme Foods Ltd (the Customer) and Beta Services Ltd (the Supplier).\n"


# "The City of Oak Hollow (the customer) ... The City may also terminate": a body named "the <Head> of <Place>" goes
# on as "the <Head>".
HEAD_OF_PLACE = [
    ("EXT001", "pass",
     "16.1 The City of Oak Hollow (the customer) may terminate this Agreement for convenience on 30 days' notice. "
     "The City may also terminate this Agreement for cause if Contractor materially breaches it and fails to cure "
     "the breach within 15 days."),
    ("EXT001", "pass",
     "9. The County of Marin (the Client) may end this Agreement at any time on 60 days' notice. The County may "
     "terminate immediately if the Vendor becomes insolvent or commits a material breach."),
    # the short form is the customer's only where the long one is: the Contractor's exit stays the Contractor's
    ("EXT001", "missing",
     "16.1 The Borough of Kenton (the Contractor) may terminate this Agreement for convenience on 30 days' notice. "
     "The Borough may terminate for cause on any material breach by the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HEAD_OF_PLACE)
def test_a_body_named_the_head_of_a_place_goes_on_by_its_head(code, expected, text):
    assert status_of(code, text) == expected


# An agreement by email: "we" is the sender, "you" the addressee, when the header gives both roles.
EMAIL_HEADER = [
    ("EXT003", "pass",
     "From: Accounts Director, LabelWorks Pvt Ltd (the Vendor). To: Northlake Robotics Ltd (the Client).\n"
     "We confirm, as a term of our Services Agreement, that on exit we will return all of your data to you in CSV "
     "within 15 business days and will then permanently delete all copies."),
    ("EXT001", "pass",
     "To: Harbour Insurance plc (the Customer)\nFrom: Claimline Ltd (the Supplier)\nSubject: Variation 3\n"
     "You may terminate the Agreement for convenience on 30 days' notice, and at once if we materially breach it."),
    # the sender is the customer: its "we" has the exit right
    ("EXT001", "missing",
     "From: Claimline Ltd (the Supplier)\nTo: Harbour Insurance plc (the Customer)\n"
     "We may terminate the Agreement for convenience on 30 days' notice, and at once if you fail to pay."),
    # a memo that names no party's role is advice: its "we" and "you" are nobody
    ("EXT003", "missing",
     "From: Outside counsel. To: the procurement team.\n"
     "We recommend that you ask for all of your data to be returned on exit in CSV within 10 days and deleted."),
]


@pytest.mark.parametrize(("code", "expected", "text"), EMAIL_HEADER)
def test_an_email_header_says_who_we_and_you_are(code, expected, text):
    assert status_of(code, text) == expected


# Ownership that arises is ownership: "shall become the property of the Client"; denied, it is ruled out.
BECOMES_PROPERTY = [
    ("EXT004", "pass",
     "12. All software robots, scripts and machine learning models developed for the Customer under this Agreement "
     "shall become the property of the Customer upon their creation."),
    ("EXT004", "pass",
     "12. On payment of each Milestone Charge, the bots and workflows delivered under it become the Customer's "
     "exclusive property."),
    ("EXT004", "weak",
     "12. All bots and scripts built under this Agreement shall become the exclusive property of the Supplier."),
    ("EXT004", "missing",
     "12. No bots or scripts built under this Agreement shall become the property of the Customer."),
    # a time limit opening with "No" denies nothing
    ("EXT004", "pass",
     "12. No later than 30 days after creation, all bots built under this Agreement shall vest in the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), BECOMES_PROPERTY)
def test_ownership_that_becomes_the_customers(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# Minutes record questions and open points; neither is a term.
MINUTES = [
    ("GOV002", "missing",
     "Minutes of the negotiation meeting, 20 March 2026. The Customer asked whether the Supplier would commit to an "
     "NPS target of +30; the Supplier declined and the point was closed."),
    ("GOV002", "missing",
     "The Customer asked the Supplier whether it will commit to an NPS of +30 measured quarterly by an independent "
     "survey."),
    # a condition on asking is no question: the target binds
    ("GOV002", "pass",
     "If the Customer asks, the Supplier shall achieve an NPS of at least +30 each quarter, measured by an "
     "independent survey of at least 200 customers."),
    ("EXT004", "missing",
     "Minutes, 4 May 2026. The parties noted that ownership of the bots to be built for the Customer remains an open "
     "point."),
    ("EXT004", "missing",
     "Issues list, item 7: ownership of the trained models and scripts is still under negotiation."),
    # an open ticket is not an open point: the term around it binds
    ("OUT002", "pass",
     "The Customer shall pay USD 4.00 per Resolved Contact. A Resolved Contact that is reopened within 14 days "
     "shall not be charged, and no charge is payable while a ticket remains open."),
]


@pytest.mark.parametrize(("code", "expected", "text"), MINUTES)
def test_minutes_record_questions_and_open_points(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


# "No X is contemplated / envisaged / planned": the thing named is ruled out, as "No Service Credit is payable" is.
NOT_CONTEMPLATED = [
    ("PRC003", "missing",
     "5.1 The Customer shall pay the Monthly Fixed Fee for the whole Term. No transition to outcome-based pricing is "
     "contemplated."),
    ("PRC003", "missing",
     "5.1 The Charges are fixed for the Term. No glide path towards outcome pricing is envisaged."),
    ("PRD001", "missing",
     "7.2 No gainshare or sharing of productivity savings is planned during the Initial Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NOT_CONTEMPLATED)
def test_what_is_not_contemplated_is_ruled_out(code, expected, text):
    assert status_of(code, PARTIES + text) == expected


@pytest.mark.parametrize(("sentence", "denied"), [
    ("No transition to outcome-based pricing is contemplated .", True),
    ("No bots shall become the property of the Customer .", True),
    ("No later than 30 days after creation , all bots shall vest in the Customer .", False),
    ("No more than 5 % of Claims shall be reopened .", False),
])
def test_denials_and_time_limits(sentence, denied):
    analysis = analyse(sentence.lower().split())
    assert (analysis.denied[1] > analysis.denied[0]) is denied
