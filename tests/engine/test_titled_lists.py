"""A numbered clause of a contract's body that sets a safeguard out as a list under its own title ("19.1 Governance:
(a) monthly ...; (b) quarterly ...; and (c) an annual executive review") is the agreed arrangement, as a schedule's
entry is, though no verb states it - the open item that clause batches n and r left."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

CUSTOMER_SUPPLIER = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
                     '(the "Supplier").\n')

TITLED_LISTS = [
    ("GOV003", "pass", 'Agreement between Echternach Fund Management S.A. (the "Management Company", the customer) and '
                       'Strassen Fund Services S.a r.l. (the "Service Provider").\n19.1 Governance: (a) monthly '
                       "operational meetings between the service managers; (b) quarterly Steering Committee meetings "
                       "reviewing performance, risks and the outsourcing register; and (c) an annual executive review "
                       "between the Management Company's conducting officers and the Service Provider's board."),
    # (a translation keeps the clause word: batch r's Guatemalan "Clausula 19.")
    ("GOV003", "pass", 'Contrato between Cementos del Altiplano, S.A. (the "Company", the customer) and Coban '
                       'Servicios, S.A. (the "Provider").\nClausula 19. Governance: weekly operational meetings '
                       "between the service managers; a quarterly business review with the Company's procurement "
                       "director; and an annual executive meeting of both parties' senior management."),
    ("GOV003", "pass", CUSTOMER_SUPPLIER + "11. Governance\nGovernance: weekly operational call; monthly performance "
                                           "review; annual executive review."),
    ("GOV003", "weak", CUSTOMER_SUPPLIER + "11. Governance\nGovernance: monthly operational meetings; monthly account "
                                           "reviews."),
    # traps: withheld; not numbered (a practice note's line); an advisory article, numbered but binding nobody; another
    # safeguard's title
    ("GOV003", "missing", CUSTOMER_SUPPLIER + "11. Governance\nGovernance: none; the parties may meet if either asks."),
    ("GOV003", "missing", CUSTOMER_SUPPLIER + "Recommended practice\nGovernance: weekly operational call; monthly "
                                              "performance review; annual executive review."),
    ("GOV003", "missing", "Negotiating an outcome-based BPO deal\n3. Governance: weekly operational calls; monthly "
                          "performance reviews; annual executive reviews.\n4. Audit: buyers should insist on a right "
                          "to audit the supplier's records."),
    # ... a title or list that says it is no term
    ("GOV003", "missing", CUSTOMER_SUPPLIER + "11. Governance (proposed)\nGovernance: weekly operational call; "
                                              "monthly performance review; annual executive review."),
    ("GOV003", "missing", CUSTOMER_SUPPLIER + "11.1 Governance: weekly operational call; monthly performance review; "
                                              "annual executive review (illustrative only)."),
    ("AUD001", "missing", CUSTOMER_SUPPLIER + "11. Governance\nGovernance: weekly operational call; monthly "
                                              "performance review; annual executive review."),
]


@pytest.mark.parametrize(("code", "expected", "text"), TITLED_LISTS)
def test_a_numbered_clause_listing_the_safeguard_under_its_own_title(code, expected, text):
    assert status_of(code, text) == expected
