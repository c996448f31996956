"""Drafting styles from held-out clause batch t (benchmarks/heldout-clauses/2026-12-13-t.yaml), each in several
wordings with its traps, linted with the real rule: an outcome named by the check it has passed ("Validated Meter
Read"), a purchase order's line priced "at CZK 65.00 each" or "Line 1: USD 3.80 per ...", a repeat unit excluded by
its own noun or a new request for the same thing, a price cut by a share of the productivity gain, fees split
between fixed and per-unit shares that step to 100% per unit, a licence "for the duration of the Term only", a
deletion dated "after that delivery", governance meetings ruled out, board resolutions, noted recommendations and
plans to ask that bind nobody, and an outsourcing notification filed with a regulator, which describes the agreement."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

_PARTIES = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
            '(the "Supplier").\n')

# OUT001 (rule YAML, term patterns): an outcome named by the check it has passed, "Validated X" before another
# capitalised word, as "Closed" and "Adjudicated" are; a validated thing that is no priced unit is not one.
_VALID_CRITERIA = ("means a {what} recorded in the Customer's {system} that passes that system's validation check "
                   "and is not replaced within the same billing cycle.")
VALIDATED_OUTCOMES = [
    ("pass", '1.1 "Validated Meter Read" ' + _VALID_CRITERIA.format(what="meter reading", system="MDM System")
             + "\n9.1 The Customer shall pay the Supplier LKR 28.00 for each Validated Meter Read."),
    ("pass", '1.1 "Validated Address Change" ' + _VALID_CRITERIA.format(what="change request", system="CRM")
             + "\n9.1 The Customer shall pay the Supplier EUR 1.20 per Validated Address Change."),
    ("pass", '"Validated Booking Change" ' + _VALID_CRITERIA.format(what="booking change", system="reservation system")
             + "\nFees: the Supplier shall invoice USD 2.40 for each Validated Booking Change."),
    # traps: defined but priced per hour; defined only as the supplier treats it
    ("missing", '1.1 "Validated Meter Read" ' + _VALID_CRITERIA.format(what="meter reading", system="MDM System")
                + "\n9.1 The Customer shall pay the Supplier LKR 2,800 per agent hour."),
    ("weak", '1.1 "Validated Meter Read" means a reading that the Supplier treats as validated under its own '
             "procedures.\n9.1 The Customer shall pay the Supplier LKR 28.00 for each Validated Meter Read."),
]


@pytest.mark.parametrize(("expected", "text"), VALIDATED_OUTCOMES)
def test_outcome_named_by_the_check_it_passed(expected, text):
    assert status_of("OUT001", _PARTIES + text) == expected


# OUT001 (rule YAML, the charging clause): a purchase order's line priced "at <sum> each" charges for the term; a time
# of day ("at 9 each morning") and "at least 3 each" do not.
_RETURN_DEFINED = ('"Completed Return" means a return whose refund is posted in the Customer\'s SAP system and which '
                   "is not reopened within 7 days.\n")
PRICED_EACH = [
    ("pass", _RETURN_DEFINED + "Line 1: Completed Returns, at CZK 65.00 each."),
    ("pass", _RETURN_DEFINED + "Item 2: Completed Return at USD 4 each."),
    ("weak", 'Line 1: Completed Return, at CZK 65.00 each. "Completed Return" means a return handled as complete in '
             "accordance with the Supplier's Returns Operating Procedure, as updated by the Supplier from time to "
             "time."),
    # traps: a time of day; a minimum count
    ("missing", _RETURN_DEFINED + "The Supplier shall report the Completed Returns at 9 each morning."),
    ("missing", _RETURN_DEFINED + "The Supplier shall review Completed Returns in batches of at least 3 each."),
]


@pytest.mark.parametrize(("expected", "text"), PRICED_EACH)
def test_purchase_order_line_priced_at_a_sum_each(expected, text):
    assert status_of("OUT001", _PARTIES + text) == expected


# PRC004 (rule YAML): a purchase order's numbered line states the unit price with no pricing word; the amount must
# still be per an outcome.
_BASELINE = " Line 2: monthly baseline fee USD 7,500, covering minimum staffing of five agents and reporting."
PO_LINES = [
    ("pass", "Line 1: USD 3.80 per Completed Port." + _BASELINE),
    ("pass", "Line 1: USD 6.00 per Processed Claim." + _BASELINE),
    ("pass", "Line item 3: USD 4.40 per Completed Booking." + _BASELINE),
    # traps: a line price outside the band stays weak; a line priced per agent hour is no per-unit outcome price
    ("weak", "Line 1: USD 12.80 per Completed Port." + _BASELINE),
    ("not_applicable", "Line 1: USD 38.00 per agent hour."),
]


@pytest.mark.parametrize(("expected", "text"), PO_LINES)
def test_purchase_order_line_states_the_unit_price(expected, text):
    assert status_of("PRC004", _PARTIES + text) == expected


# OUT002 (rule YAML): the repeat named by the unit's own noun ("the repeat read shall not be billable") and a new
# request for the same thing within a window are repeat contacts; the window still decides pass or weak, and a
# repeat that stays billable is no exclusion.
_PRICE = "The Customer shall pay the Supplier EUR 4.50 per Completed Port.\n"
REPEATS = [
    ("pass", _PRICE + "A Completed Port shall not be billable where a new porting request for the same number is "
                      "lodged within 14 days after completion."),
    ("pass", _PRICE + "Where a new request about the same number is made within 10 days, the Completed Port shall "
                      "be credited on the next invoice."),
    ("weak", _PRICE + "Where the same meter must be read again within 48 hours of a Completed Port, the repeat read "
                      "shall not be billable."),
    ("pass", _PRICE + "Repeat visits are not chargeable if made within 7 days after a Completed Port."),
    # traps: the repeat is billable; a new request for a different number
    ("missing", _PRICE + "A new porting request for the same number lodged within 14 days is billed as a new "
                         "Completed Port."),
    ("missing", _PRICE + "A new porting request for another number is billable."),
]


@pytest.mark.parametrize(("expected", "text"), REPEATS)
def test_repeat_named_by_its_noun_or_asked_for_anew(expected, text):
    assert status_of("OUT002", _PARTIES + text) == expected


# PRD001 (rule YAML): a price cut by a share of the supplier's productivity gain is a stated sharing mechanism; a
# cut said only to follow "productivity gains" generally, or the supplier's own gain kept, is not.
GAIN_CUTS = [
    ("pass", "Every six months the unit price per Processed Return shall be reduced by 30% of the Supplier's verified "
             "productivity gain."),
    ("pass", "The Fees shall be reduced by 40 per cent of the efficiency gain achieved in each Contract Year."),
    ("pass", "The Charges shall be lowered by 25% of the Supplier's automation gain, calculated quarterly."),
    # traps: the customer's own cut; the supplier keeps the gain
    ("missing", "The Customer may reduce its staffing by 30% of the Supplier's productivity gain."),
    ("missing", "The Supplier shall retain 100% of any productivity gain."),
]


@pytest.mark.parametrize(("expected", "text"), GAIN_CUTS)
def test_price_cut_by_a_share_of_the_productivity_gain(expected, text):
    assert status_of("PRD001", _PARTIES + text) == expected


# PRC003 (rule YAML): the fees split between a fixed share and a per-unit share that steps by date to 100% per unit
# is a glide path; one split with no later step is not.
SPLITS = [
    ("pass", "9. From 1 April 2027 the Fees shall be 60% fixed monthly fee and 40% per Validated Meter Read; from 1 "
             "April 2028, 30% fixed and 70% per Validated Meter Read; from 1 April 2029, 100% per Validated Meter "
             "Read."),
    ("pass", 'Clause 9 is replaced: "9. From 1 July 2027 the Charges shall be 50% fixed and 50% per Resolved '
             'Enquiry; from 1 July 2028, 100% per Resolved Enquiry."'),
    # traps: one fixed split for the term; a split that moves back toward the fixed fee
    ("missing", "The Fees shall be 60% fixed monthly fee and 40% per Resolved Enquiry throughout the Term."),
    ("missing", "From 1 April 2027 the Fees shall be 100% fixed monthly fee."),
]


@pytest.mark.parametrize(("expected", "text"), SPLITS)
def test_fee_split_stepping_to_full_per_unit_pricing(expected, text):
    assert status_of("PRC003", _PARTIES + text) == expected


# EXT004 (rule YAML): a licence "for the duration of the Term only" ends at exit, whatever the assets' own
# participles say; a perpetual licence and ownership are read as before.
TERM_ONLY = [
    ("weak", "The Supplier grants the Customer a non-exclusive licence to use the recovery bots and scripts developed "
             "under this Contract for the duration of the Term only."),
    ("weak", "The Supplier grants the Customer a licence to use the chatbots built for it only for the duration of the "
             "Term."),
    # traps: a perpetual licence; ownership of bots developed during the term
    ("pass", "The Supplier grants the Customer a perpetual licence to use the bots developed under this Contract, "
             "during the Term and after it."),
    ("pass", "All bots developed for the Customer for the duration of the Term shall vest in the Customer."),
]


@pytest.mark.parametrize(("expected", "text"), TERM_ONLY)
def test_licence_for_the_duration_of_the_term_only(expected, text):
    assert status_of("EXT004", _PARTIES + text) == expected


# EXT003 (rule YAML): a deletion dated "after that delivery" / "after such handover" of the data returned in the
# clause before follows the return; a deletion dated by the delivery of the services does not.
_DELIVER = ("26.1 Within 20 days after expiry or termination, the Supplier shall deliver all Customer Data to the "
            "Customer in a machine-readable format (CSV or JSON).\n")
AFTER_DELIVERY = [
    ("pass", _DELIVER + "26.2 Within 30 days after that delivery, the Supplier shall permanently delete all Customer "
                        "Data from its systems."),
    ("pass", _DELIVER + "26.2 Within 30 days after such handover, the Supplier shall securely erase all Customer Data "
                        "held by it."),
    # traps: deletion tied to the delivery of the services; no deletion
    ("weak", _DELIVER + "26.2 The Supplier shall delete test data after delivery of the Services."),
    ("weak", _DELIVER + "26.2 The Supplier shall confirm that delivery in writing."),
]


@pytest.mark.parametrize(("expected", "text"), AFTER_DELIVERY)
def test_deletion_after_that_delivery(expected, text):
    assert status_of("EXT003", _PARTIES + text) == expected


# GOV003 (rule YAML): governance meetings ruled out ("No regular governance meetings shall be held") are no
# cadence; meetings held with no denial are read as before.
NO_MEETINGS = [
    ("missing", "No regular governance meetings shall be held; either Party may raise any issue by email."),
    ("missing", "No governance meetings will be held during the Term."),
    # traps: a cadence with an exception; one tier held
    ("pass", "The Parties shall hold monthly operational reviews and quarterly executive reviews. No meeting shall be "
             "held in August."),
    ("weak", "The Parties shall hold a monthly service review meeting."),
]


@pytest.mark.parametrize(("expected", "text"), NO_MEETINGS)
def test_governance_meetings_ruled_out(expected, text):
    assert status_of("GOV003", _PARTIES + text) == expected


# Engine (obligation._ADVICE_CUES): a board resolution sending management to explore or investigate a matter, a
# noted recommendation of management or counsel, and a plan that a party "will be asked to" do something bind
# nobody; the parties' own agreement to a recommendation, and a duty to act when asked, still bind.
RESOLUTIONS = [
    ("PRC003", "missing", "RESOLVED that management explore with the Supplier whether the fixed fee for appointment "
                          "scheduling could move to pay-per-outcome pricing, and report back to the Board."),
    ("PRC003", "missing", "RESOLVED that management investigate with the Supplier how the fixed fee for claims "
                          "handling could move to pay-per-outcome pricing over the term."),
    ("PRC003", "missing", "RESOLVED that management evaluate a move of the fixed fee to outcome-based pricing from "
                          "2028."),
    ("OUT002", "missing", "The Customer shall pay the Supplier EUR 35 per Recovered Claim.\nFURTHER NOTED "
                          "management's recommendation that claims reopened within 30 days be excluded from billing."),
    ("SEC001", "missing", "At renewal the Supplier will be asked to obtain ISO/IEC 27001 certification and to notify "
                          "breaches within 24 hours."),
    # traps: the agreed glide path; the supplier's duty when asked; an adopted recommendation
    ("PRC003", "pass", "From 1 July 2027 the Fees shall move from the fixed fee to pricing per Resolved Enquiry, in "
                       "three steps set out in Schedule 4 (July 2027, July 2028 and July 2029)."),
    ("SEC001", "pass", "The Supplier shall maintain ISO/IEC 27001 certification and shall notify the Customer of any "
                       "security breach within 24 hours, and shall provide its certificate when asked to do so."),
    ("OUT002", "pass", "The Customer shall pay the Supplier EUR 35 per Recovered Claim.\nA Recovered Claim reopened "
                       "within 30 days shall not be billable."),
]


@pytest.mark.parametrize(("code", "expected", "text"), RESOLUTIONS)
def test_board_resolutions_recommendations_and_plans_bind_nobody(code, expected, text):
    assert status_of(code, _PARTIES + text) == expected


# Engine (annotate._OUTSOURCING_FILING): a notification of an outsourcing filed with a regulator, opening with what
# it is and the agreement it is about, describes the agreement and binds nobody; a contract's own clause on
# notifying the regulator, after the parties' preamble, is read as before.
_FILING = ('Notification of Material Outsourcing to the Central Bank, filed by Northwind Bank Co. Ltd. (the "Bank") '
           'regarding its agreement with Contoso Services Ltd. (the "Service Provider").\n')
FILINGS = [
    ("DAT001", "missing", _FILING + "Section 5: Resolved disputes are counted in the Service Provider's own case "
                                    "system, and its records are final and conclusive."),
    ("SEC001", "missing", 'Notice of outsourcing arrangement filed with the regulator by Northwind Bank plc (the '
                          '"Bank") concerning its contract with Contoso Services Ltd. (the "Service Provider").\n'
                          "Section 6: The Service Provider shall maintain ISO/IEC 27001 and notify breaches "
                          "promptly."),
    ("AUD001", "missing", _FILING + "Section 8: The Bank may audit the Service Provider's records of Resolved "
                                    "Disputes once every three years."),
    # traps: the agreement's own clause on notifying the regulator; a contract opening with its parties
    ("AUD001", "pass", _PARTIES + "12. Notification of outsourcing. The Customer shall notify the regulator of this "
                                  "Agreement.\n13. The Customer may audit the Supplier's records, systems and data "
                                  "relating to the Charges and the Resolved Disputes."),
    ("DAT001", "weak", _PARTIES + "5.1 Resolved disputes are counted in the Supplier's own case system, and its "
                                  "records are final and conclusive."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FILINGS)
def test_outsourcing_notification_filed_with_a_regulator_binds_nobody(code, expected, text):
    assert status_of(code, text) == expected
