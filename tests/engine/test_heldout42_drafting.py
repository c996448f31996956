"""Drafting found on held-out set 42 (a Taiwanese streaming platform's subscriber-support outsourcing in a convenience
translation, a US charity's donor-services statement of work under a master services agreement), each in other
wordings than the contracts', with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PLAIN = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
         '(the "Supplier").\n')


def _sow(customer: str, supplier: str) -> str:
    """A statement of work's opening: two parties by short names that are no role words, and the master agreement
    it sits under defined beside them."""
    return (f'This Statement of Work No. 2 (this "SOW") is entered into as of March 1, 2026 by and between '
            f'Brightwater Holdings Inc. (the "{customer}") and Granite Operations LLC (the "{supplier}"), under the '
            f'Master Services Agreement between them dated May 1, 2024 (the "MSA").\n')


# A statement of work defines the master agreement beside the parties ('(the "MSA")'). The abbreviation was taken
# for a third party name, so the one short name that is no role word ("the Organization", "the Foundation") was left
# without a side, and every right it holds ("The Organization may terminate this SOW for convenience") was no
# customer's right. The MSA is a document, not a party: the other short name is then the customer, beside the
# supplier's role word.
MASTER_AGREEMENT_BESIDE_THE_PARTIES = [
    (_sow("Organization", "Provider"), "EXT001", "pass",
     "11.2 The Organization may terminate this SOW for convenience at any time on 60 days' written notice.\n11.3 "
     "Either party may terminate this SOW if the other party materially breaches it and fails to cure the breach "
     "within 30 days."),
    (_sow("Foundation", "Vendor"), "EXT001", "pass",
     "9.1 The Foundation may terminate this SOW for any reason on 90 days' notice without any termination fee.\n9.2 "
     "Either party may terminate this SOW for material breach not cured within 30 days."),
    (_sow("Institute", "Contractor"), "AUD001", "pass",
     "6.1 The Institute and its auditors may audit the Contractor's records, systems and data relating to the Fees "
     "once in each contract year."),
    # traps: the right held by the supplier, a negated right, a convenience exit priced at the rest of the term
    (_sow("Organization", "Provider"), "EXT001", "weak",
     "11.2 The Provider may terminate this SOW for convenience on 60 days' written notice.\n11.3 Either party may "
     "terminate this SOW if the other party materially breaches it."),
    (_sow("Foundation", "Vendor"), "EXT001", "weak",
     "9.1 The Foundation may not terminate this SOW for convenience.\n9.2 Either party may terminate this SOW for "
     "material breach not cured within 30 days."),
    (_sow("Institute", "Contractor"), "AUD001", "missing",
     "6.1 The Contractor may audit the Institute's records relating to the Fees once in each contract year."),
]

# The format of returned data chosen by the supplier in a passive participle with an adverb before it: "in a format
# reasonably determined by the Provider" (the catalogue's weak signal: the format left open). "format determined by
# the Supplier" was read; the adverb hid it, and the return read as "in a usable format".
SUPPLIER_CHOSEN_FORMAT_WITH_AN_ADVERB = [
    (PLAIN, "EXT003", "weak",
     "12.1 Within 30 days after termination the Supplier shall return all Customer Data to the Customer in a format "
     "reasonably determined by the Supplier, and shall then securely delete all Customer Data and certify the "
     "deletion."),
    (PLAIN, "EXT003", "weak",
     "12.1 On expiry the Supplier shall deliver all Customer Data to the Customer in the electronic format solely "
     "selected by the Supplier and shall then permanently delete its copies within 30 days."),
    (PLAIN, "EXT003", "weak",
     "12.1 Within 20 Business Days after termination the Supplier shall return the Customer Data in a format "
     "determined solely by the Supplier, and shall then erase all copies of it."),
    # traps: the format the customer chooses, a stated format with the supplier choosing something else
    (PLAIN, "EXT003", "pass",
     "12.1 Within 30 days after termination the Supplier shall return all Customer Data to the Customer in a format "
     "reasonably determined by the Customer, and shall then securely delete all Customer Data."),
    (PLAIN, "EXT003", "pass",
     "12.1 Within 30 days after termination the Supplier shall return all Customer Data to the Customer in CSV "
     "format by a secure transfer method reasonably determined by the Supplier, and shall then securely delete all "
     "Customer Data."),
]

# An audit named only as what costs are of: "Each Party shall bear its own costs of any audit or inspection under
# this Article" grants no audit. Under an Article of typed items it was read as the customer's audit right and
# passed, beside the real right two items up that needs the supplier's consent (weak).
AUDIT_COSTS_ARE_NO_AUDIT_RIGHT = [
    (PLAIN, "AUD001", "weak",
     "Article 8 Audit and Records\n(1) The Supplier shall keep records of the Charges.\n(2) The Customer may, with "
     "the Supplier's prior written consent, audit the records and data of the Supplier relating to the Charges.\n(3) "
     "Each Party shall bear its own costs of any audit or inspection under this Article."),
    (PLAIN, "AUD001", "weak",
     "Article 8 Audit and Records\n(1) The Supplier shall keep records of the Charges.\n(2) The Customer may, with "
     "the Supplier's prior written consent, audit the records and data of the Supplier relating to the Charges.\n(3) "
     "The costs of any audit shall be borne by the Customer."),
    (PLAIN, "AUD001", "missing",
     "8. Records\n8.1 The Supplier shall keep records of the Charges and the Resolved Tickets.\n8.2 Each party shall "
     "bear its own costs of any audit."),
    # traps: the grant and the cost split in one sentence; a real grant beside the cost sentence
    (PLAIN, "AUD001", "pass",
     "8.1 The Customer may audit the Supplier's records relating to the Charges once in each Contract Year, and each "
     "party shall bear its own costs of any audit."),
    (PLAIN, "AUD001", "pass",
     "8. Audit\n8.1 The Customer may audit the Supplier's records relating to the Charges once in each Contract "
     "Year.\n8.2 The costs of any audit shall be borne by the Customer."),
]


@pytest.mark.parametrize(("preamble", "code", "expected", "body"), MASTER_AGREEMENT_BESIDE_THE_PARTIES
                         + SUPPLIER_CHOSEN_FORMAT_WITH_AN_ADVERB + AUDIT_COSTS_ARE_NO_AUDIT_RIGHT)
def test_heldout42_drafting(preamble: str, code: str, expected: str, body: str) -> None:
    assert status_of(code, preamble + body) == expected
