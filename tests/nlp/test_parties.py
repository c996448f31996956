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
