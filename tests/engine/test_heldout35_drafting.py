"""Drafting found on held-out set 35 (a Pakistani bank's complaint-handling contact-centre agreement, a US workers'
compensation third-party administration agreement), each in other wordings than the contracts', with its traps,
linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')
PK = ('This Agreement is made at Karachi BY AND BETWEEN Indus Crescent Bank Limited (hereinafter referred to as the '
      '"Bank") of the ONE PART AND Kohsar CX Solutions (Private) Limited (hereinafter referred to as the "Vendor") of '
      'the OTHER PART.\n')
PRICE = "4.1 The Customer shall pay USD 6.00 per Resolved Ticket.\n"
PK_PRICE = "4.1 The Bank shall pay PKR 1,150 per Resolved Complaint.\n"
AUDIT = "9.1 The Customer may audit the Supplier's records relating to the Charges once in each year.\n"


# A repeat excluded from billing "unless the Vendor classifies the re-opened Complaint as a new Complaint" is excluded
# only when the supplier does not sort it into new work: whoever classifies repeats decides whether the exclusion
# applies, which is the checklist's exclusion "at Supplier's discretion", as "unless the Supplier determines" already
# was. The customer's classification, and the supplier's duty to classify tickets for another purpose, are no escape.
SUPPLIER_CLASSIFIES_THE_REPEAT = [
    (PK, "OUT002", "weak",
     PK_PRICE + "4.4 A Complaint re-opened by the same customer within fifteen (15) days after it became a Resolved "
     "Complaint shall not be counted as a further Resolved Complaint, unless the Vendor classifies the re-opened "
     "Complaint as a new Complaint."),
    (PLAIN, "OUT002", "weak",
     PRICE + "4.2 A Ticket reopened within 14 days of closure shall not be counted as a Resolved Ticket, except where "
     "the Supplier categorises it as a new request."),
    (PLAIN, "OUT002", "weak",
     PRICE + "4.2 A Ticket reopened within 14 days of closure shall not be counted as a Resolved Ticket, unless the "
     "Supplier treats it as a separate issue."),
    (PLAIN, "OUT002", "weak",
     PRICE + "4.2 A Ticket reopened within 14 days of closure shall not be billed as a Resolved Ticket if the "
     "Supplier classifies it as a repeat of the original Ticket."),
    # traps: the customer classifies; the supplier's duty to classify tickets by priority; no escape at all
    (PLAIN, "OUT002", "pass",
     PRICE + "4.2 A Ticket reopened within 14 days of closure shall not be counted as a Resolved Ticket, unless the "
     "Customer classifies it as a new Ticket."),
    (PLAIN, "OUT002", "pass",
     PRICE + "4.2 A Ticket reopened within 14 days of closure shall not be counted as a Resolved Ticket. The Supplier "
     "shall classify each Ticket by priority when it is logged."),
    (PK, "OUT002", "pass",
     PK_PRICE + "4.4 A Complaint re-opened by the same customer within fifteen (15) days after it became a Resolved "
     "Complaint shall not be counted as a further Resolved Complaint."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), SUPPLIER_CLASSIFIES_THE_REPEAT)
def test_a_repeat_the_supplier_may_classify_as_new_is_excluded_at_its_discretion(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# A denial before a qualifier rules the qualifier out ("without any termination fee", "no consent is required") only
# when it governs it: a qualifier that opens a condition of its own ("unless ...", "except where ...", "if ...") is a
# new clause, and the "not" before it belongs to the main verb. "A Ticket reopened within 14 days is not chargeable
# unless the Supplier determines that it raises a new issue" excludes the charge at the supplier's discretion, as the
# same escape after "shall not be counted as a Resolved Ticket" always was; a breach notice that is "not required
# unless the Supplier considers the incident material" is left to the supplier.
CONDITION_AFTER_A_DENIAL = [
    (PLAIN, "OUT002", "weak",
     PRICE + "4.2 A Ticket reopened within 14 days of closure is not chargeable unless the Supplier determines that "
     "it raises a new issue."),
    (PLAIN, "OUT002", "weak",
     PRICE + "4.2 No fee is payable for a Ticket reopened within 14 days of closure, unless the Supplier decides that "
     "the reopening concerns a different matter."),
    (PLAIN, "SEC001", "weak",
     "8.1 The Supplier shall maintain ISO/IEC 27001 certification and shall notify the Customer of any Security "
     "Incident within 24 hours, but shall not be required to give such notice unless the Supplier considers the "
     "Security Incident to be material."),
    # traps: the same exclusion with no escape; the customer's judgement after the denial; the denied qualifier itself
    (PLAIN, "OUT002", "pass",
     PRICE + "4.2 A Ticket reopened within 14 days of closure is not chargeable."),
    (PLAIN, "OUT002", "pass",
     PRICE + "4.2 A Ticket reopened within 14 days of closure is not chargeable unless the Customer determines that it "
     "raises a new issue."),
    (PLAIN, "EXT001", "pass",
     "13.1 The Customer may terminate this Agreement for convenience on 90 days' written notice without payment of "
     "any termination fee.\n13.2 Either party may terminate this Agreement if the other commits a material breach "
     "which is not remedied within 30 days."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), CONDITION_AFTER_A_DENIAL)
def test_a_condition_after_a_denial_still_qualifies_the_term(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected


# An overcharge found on audit may be put right by set-off rather than a payment back: "shall be adjusted against the
# Vendor's next invoice" (Pakistani and Indian drafting), "set off against", "deducted from" the next invoice, or the
# customer's own right to offset it against what it owes. That is a refund (weak without interest or cost shifting),
# as "credited against the next invoice" already was; an undercharge adjusted, a negated adjustment and service
# credits deducted are not.
OVERCHARGE_SET_OFF = [
    (PK, "AUD002", "weak",
     "8.1 The Bank and its auditors may inspect the Vendor's records relating to the Fees at any time.\n8.3 Any "
     "overcharge identified by an inspection or audit under this Clause 8 shall be adjusted against the Vendor's next "
     "invoice."),
    (PLAIN, "AUD002", "weak",
     AUDIT + "9.2 Any overpayment revealed by an audit shall be set off against the next invoice."),
    (PLAIN, "AUD002", "weak",
     AUDIT + "9.2 The Supplier shall deduct any overcharge found by an audit from its next invoice."),
    (PLAIN, "AUD002", "weak",
     AUDIT + "9.2 The Customer may offset any overcharge identified by an audit against any amounts due to the "
     "Supplier."),
    (PLAIN, "AUD002", "pass",
     AUDIT + "9.2 Any overcharge identified by an audit shall be adjusted against the Supplier's next invoice together "
     "with interest at 2% above the base rate, and the Supplier shall bear the cost of the audit if the overcharge "
     "exceeds 5% of the Charges for the audited period."),
    # traps: an undercharge adjusted (the customer pays more); the adjustment negated; service credits deducted
    (PLAIN, "AUD002", "missing",
     AUDIT + "9.2 Any undercharge identified by an audit shall be adjusted against the next invoice."),
    (PLAIN, "AUD002", "missing",
     AUDIT + "9.2 Any overcharge identified by an audit shall not be adjusted against any invoice or refunded."),
    (PLAIN, "AUD002", "missing",
     AUDIT + "9.2 Service credits for any failure identified by an audit shall be deducted from the next invoice."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "text"), OVERCHARGE_SET_OFF)
def test_an_overcharge_set_off_against_the_next_invoice_is_a_refund(preamble, code, expected, text):
    assert status_of(code, preamble + text) == expected
