from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp.parties import find_parties


@pytest.mark.parametrize(("preamble", "name", "role"), [
    ('This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Service Provider").', "client", "customer"),
    ('This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Service Provider").', "service provider",
     "supplier"),
    ('This Agreement is between Kubient, Inc. ("Kubient") and Audience Partners LLC (the "Provider"). '
     'Kubient wishes to engage Provider to provide services.', "kubient", "customer"),
    ('This Agreement is between Northwind ("Northwind") and Contoso ("Contoso"). Contoso shall provide the services '
     'to Northwind.', "contoso", "supplier"),
    ('This Agreement is between Northwind ("Northwind") and Contoso ("Contoso"). Contoso shall provide the services '
     'to Northwind.', "northwind", "customer"),
    ('This Consulting Agreement is between the Company and Jane Doe (the "Consultant").', "company", "customer"),
])
def test_parties_roles_from_preamble(preamble, name, role):
    document = snippet_document(preamble + "\n\n1. SERVICES\n1.1 The services are described below.")
    assert find_parties(document.clauses, document.glossary).role_of(name) == role


def test_parties_role_words_are_defaults():
    parties = find_parties(snippet_document("1. The Vendor shall deliver.").clauses)
    assert parties.role_of("vendor") == "supplier" and parties.role_of("customer") == "customer"


@pytest.mark.parametrize(("opening", "name", "role"), [
    ('This Agreement is between Emerald Health Naturals, Inc. ("Emerald" or the "Company") and Dr Morello '
     '(the "Contractor"). WHEREAS Emerald would like to engage the Contractor.', "company", "customer"),
    ('Agreement between Nationwide Fund Management LLC ("Nationwide") and American United Life Insurance '
     'Company (collectively referred to as "Servicing Agent," "you" or "your").', "you", "supplier"),
    ('TRANSITION SERVICES AGREEMENT between Reynolds Group Holdings Inc. ("RGHI"), and Reynolds Consumer '
     'Products Inc. (the "Company" or "RCP").', "rcp", "customer"),
    ('This Agreement is made between eGain Communications Corporation ("eGain") and Eliance Corporation '
     '("Customer"). eGain shall provide the services.', "egain", "supplier"),
    # an agent signing on behalf of a party plays that party's role
    ('Agreement between Nationwide Fund Management LLC ("Nationwide"), on behalf of Nationwide Mutual Funds '
     '("the Trust"), and OneAmerica Securities, Inc. (collectively referred to as "Servicing Agent," "you").',
     "nationwide", "customer"),
    ('Agreement between Alpha Management LLC ("Alpha"), acting on behalf of Beta Services Ltd (the "Supplier"), '
     'and Gamma plc (the "Client").', "alpha", "supplier"),
])
def test_parties_alias_groups_and_lower_case_names(opening, name, role):
    parties = find_parties([], (), opening)
    assert parties.role_of(name) == role
