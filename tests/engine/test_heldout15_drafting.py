"""Drafting found on held-out set 15 (a Malaysian Islamic bank's trade-finance operations outsourcing agreement, a
Scottish NHS board's clinical coding and transcription agreement), each in other wordings than the contracts', with
its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = ('This Agreement is made between Harrowgate Mutual Insurance plc (the "Customer") and Pellin Operations '
           'Limited (the "Supplier").\n')


# A unit counted as it comes in, "whether or not it is resolved" or "whatever its outcome", is an input volume: a
# price per it is no per-unit outcome price, whatever its noun ("contact", "transaction", "claim").
INPUT_UNITS = [
    ("OUT002", "not_applicable",
     PARTIES + '"Inbound Contact" means each call, chat or email received by the Supplier, whether or not it is '
               'resolved.\nThe Customer shall pay USD 5.00 per Inbound Contact.'),
    ("PRC004", "not_applicable",
     PARTIES + '"Inbound Contact" means each call, chat or email received by the Supplier, whether or not it is '
               'resolved.\nThe Customer shall pay USD 5.00 per Inbound Contact.'),
    # the unit only in a fee table's header
    ("OUT002", "not_applicable",
     PARTIES + '"Registered Transaction" means each payment instruction registered in the Customer\'s hub for '
               'processing, irrespective of its outcome.\nSchedule 2 - Charges\nInstruction type | Charge per '
               'Registered Transaction (GBP)\nDomestic | 3.10\nCross-border | 6.40'),
    # traps: an outcome whose definition says "whether or not" of something else, and a survey's outcome
    ("OUT002", "missing",
     PARTIES + '"Resolved Contact" means a Contact closed in the Customer CRM after the customer confirms the issue is '
               'fixed, whether or not the satisfaction survey is completed.\nThe Customer shall pay USD 5.00 per '
               'Resolved Contact.'),
    ("PRC004", "pass",
     PARTIES + '"Resolved Contact" means a Contact closed in the Customer CRM after the customer confirms the issue is '
               'fixed, regardless of the outcome of any survey.\nThe Customer shall pay USD 5.00 per Resolved '
               'Contact.'),
]


@pytest.mark.parametrize(("code", "expected", "text"), INPUT_UNITS)
def test_a_unit_counted_whatever_its_result_is_no_outcome(code, expected, text):
    assert status_of(code, text) == expected


# "particulars of" the automated tools is disclosure of them (on request only: weak).
PARTICULARS = [
    ("PRD002", "weak",
     PARTIES + "7.2 The Supplier shall, when the Customer asks, provide particulars of the bots and other automated "
               "tools it uses in the Services and of the share of Tickets they handle."),
    ("PRD002", "pass",
     PARTIES + "7.2 The Supplier shall give the Customer particulars of any new bot or automated tool at least 30 days "
               "before it is introduced into the Services, and shall report monthly the percentage of Tickets handled "
               "by bots."),
    # trap: particulars of something else
    ("PRD002", "missing",
     PARTIES + "7.2 The Supplier shall, when the Customer asks, provide particulars of its insurance cover."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PARTICULARS)
def test_particulars_of_automated_tools(code, expected, text):
    assert status_of(code, text) == expected


# Machines that read or hear for a person - speech recognition, computer-assisted coding, OCR - are automation.
READING_MACHINES = [
    ("PRC001", "weak",
     PARTIES + "5.6 If the share of clinic letters produced by speech recognition with no correction rises "
               "significantly, either party may ask for a review of the charge per letter."),
    ("PRC001", "pass",
     PARTIES + "5.6 If more than 40% of episodes in any quarter are coded by the computer-assisted coding software "
               "without change, the Customer may require a review of the Charges."),
    ("PRC001", "pass",
     PARTIES + "5.6 Where OCR reads more than 60% of invoices without correction in two consecutive months, the "
               "Customer may require a review of the Charges."),
    # traps: the machine named with no review of the price; a review triggered by something else
    ("PRC001", "missing",
     PARTIES + "5.6 The Supplier shall use speech recognition software to draft clinic letters."),
    ("PRC001", "missing",
     PARTIES + "5.6 If the Supplier's accuracy rate rises above 98%, the parties shall review the Charges."),
    ("PRD002", "pass",
     PARTIES + "8.1 The Supplier shall notify the Customer 30 days before introducing any speech recognition engine "
               "into the Services.\n8.2 The Supplier's monthly report shall state the percentage of letters drafted by "
               "speech recognition."),
    # trap: a monthly report of something else, beside the notice
    ("PRD002", "weak",
     PARTIES + "8.1 The Supplier shall notify the Customer 30 days before introducing any speech recognition engine "
               "into the Services.\n8.2 The Supplier's monthly report shall state the percentage of letters returned "
               "within two days."),
]


@pytest.mark.parametrize(("code", "expected", "text"), READING_MACHINES)
def test_machines_that_read_or_hear_are_automation(code, expected, text):
    assert status_of(code, text) == expected


# A defined fixed or base charge with a word of its own ("a Fixed Operations Charge") is a baseline fee, and what it
# covers must be said of it, not borrowed from another defined term's definition.
FIXED_CHARGES = [
    ("PRC004", "weak",
     PARTIES + "The Customer shall pay GBP 5.00 per Resolved Contact and a Fixed Operations Charge each month as set "
               "out in the price table."),
    ("PRC004", "weak",
     PARTIES + '"Resolved Contact" means a Contact closed by the Supplier\'s resolution team in the Customer CRM with '
               'the customer\'s confirmation.\nThe Customer shall pay GBP 5.00 per Resolved Contact and a Base '
               'Management Fee each month.\nEach invoice shall show the number of Resolved Contacts and the Base '
               'Management Fee.'),
    # traps: the scope said; a fixed price per outcome is no baseline fee
    ("PRC004", "pass",
     PARTIES + "The Customer shall pay GBP 5.00 per Resolved Contact and a Fixed Operations Charge of GBP 20,000 per "
               "month covering the dedicated team of eight agents."),
    ("PRC004", "pass",
     PARTIES + "The Customer shall pay a fixed Resolution Fee of GBP 5.00 per Resolved Contact."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FIXED_CHARGES)
def test_a_fixed_charge_with_its_own_name(code, expected, text):
    assert status_of(code, text) == expected
