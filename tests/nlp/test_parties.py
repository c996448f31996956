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
    # two companies defined together as one party, then given a role by the recitals
    ('This Agreement is between Halden Ltd (the "Provider"), and Telco Pte Ltd and Ability Ltd (each and both of '
     'them "Recipient"). Recipient wishes to engage the Provider to provide the Services.', "recipient", "customer"),
    # a short name defined by a bare "hereinafter referred to as", with no brackets (older US forms)
    ('ACME HOLDINGS, INC., hereinafter referred to as "Acme", hereby agrees to provide the services and '
     'NORTHWIND LLC, hereinafter referred to as "Customer", agrees to accept them.', "acme", "supplier"),
    ('Beta Corp., hereinafter called "Beta", shall provide the services to Gamma Ltd., hereinafter called '
     '"Gamma".', "gamma", "customer"),
])
def test_parties_alias_groups_and_lower_case_names(opening, name, role):
    parties = find_parties([], (), opening)
    assert parties.role_of(name) == role


@pytest.mark.parametrize(("opening", "name", "role"), [
    # one name for two companies on one side, given its role by the recitals; each company keeps it
    ('BETWEEN 1. HealthGate Data Corp. ("HealthGate") AND 2. Blackwell Science Limited ("Blackwell") and '
     'Munksgaard A/S ("Munksgaard") (together, Blackwell and Munksgaard shall be referred to as "the Publishers") '
     'WHEREAS: A. The Publishers desire to retain HealthGate to provide journal management services.',
     "publishers", "customer"),
    ('BETWEEN 1. HealthGate Data Corp. ("HealthGate") AND 2. Blackwell Science Limited ("Blackwell") and '
     'Munksgaard A/S ("Munksgaard") (together, Blackwell and Munksgaard shall be referred to as "the Publishers") '
     'WHEREAS: A. The Publishers desire to retain HealthGate to provide journal management services.',
     "munksgaard", "customer"),
    # the collective name takes the role its members share
    ('This Agreement is between Orbis Holdings, Inc. ("OHI") and Orbis Services LLC ("OSL"; collectively with OHI, '
     '"Orbis"), on the one hand, and Calder Foods, Inc. ("Calder") on the other. OHI shall provide the Services to '
     'Calder. OSL shall provide the support services to Calder.', "orbis", "supplier"),
    # ... and so does the member defined in the collective's own parenthesis
    ('This Agreement is between Orbis Holdings, Inc. ("OHI") and Orbis Services LLC ("OSL"; collectively with OHI, '
     '"Orbis"), on the one hand, and Calder Foods, Inc. ("Calder") on the other. Orbis wishes to provide the Services '
     'to Calder, and Calder wishes to engage Orbis to provide them.', "osl", "supplier"),
])
def test_parties_collective_names(opening, name, role):
    parties = find_parties([], (), opening)
    assert parties.role_of(name) == role


def test_parties_defined_line_by_line_after_a_long_front_sheet() -> None:
    # each party's line ends 'Hereafter referred to as the "X" or "Y"'; the second comes after a cover page, a
    # contents list and a long address - beyond the usual opening that is searched for party names
    contents = "CONTENTS " + " ".join(f"{n}. HEADING NUMBER {n} {n * 3}" for n in range(1, 90)) + "\n"
    opening = (f"GLOBAL MAINTENANCE AGREEMENT\n{contents}BETWEEN:\nNORTHWIND AIRWAYS S/A, a company incorporated "
               "under the laws of Brazil, registered office at Avenida Central 939, Barueri.\n"
               'Hereafter referred to as the "Company" or "NORTHWIND",\non the one part,\nAND:\nCONTOSO AERO G.I.E., '
               + "a groupement established under the French Commercial Code, registered office at 1 allée Nadot. " * 8
               + '\nHereafter referred to as the "Repairer" or "CONTOSO",\non the other part.\nRECITALS:\n'
               "WHEREAS the Company wishes to appoint the Repairer.")
    parties = find_parties([], (), opening)
    assert opening.index("\"Company\"") < 3000 < opening.index("\"Repairer\"")
    assert (parties.role_of("northwind"), parties.role_of("repairer"), parties.role_of("contoso")) == (
        "customer", "supplier", "supplier")


@pytest.mark.parametrize("opening", [
    # "referred to as" without "hereinafter", in a sentence, names a thing, not a party
    'This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Supplier"). The monthly payments, '
    'referred to as "Fees", are set out below.',
    'This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Supplier"), for the services '
    'described in the schedule "Services Description".',
])
def test_parties_a_bare_referred_to_as_is_not_a_party(opening):
    parties = find_parties([], (), opening)
    assert parties.role_of("fees") is None and parties.role_of("services description") is None


@pytest.mark.parametrize(("opening", "name", "role"), [
    # a short name defined without quotes (Australian drafting, often bold) at the end of a party's line
    ("Parties\nThe Commonwealth of Australia as represented by the Department of Health, ABN 21 604 118 337 "
     "(the Commonwealth)\nHarbourline Services Pty Ltd, ACN 613 442 908 (the Contractor)\nBackground",
     "commonwealth", "customer"),
    ("Parties\nState of Victoria through its Department of Transport (the State)\nRoadwise Pty Ltd, "
     "ACN 111 222 333 (the Contractor)\n", "state", "customer"),
    ("Parties\nNorthwind Bank Limited, ABN 11 222 333 444 (the Customer)\nContoso Services Pty Ltd "
     "(the Contoso)\n", "contoso", "supplier"),
    # a party whose name is also an ordinary word, defined as a company's short name
    ('This Agreement is between Cascade Ridge Health Plan, Inc., an Oregon nonprofit ("Plan"), and Meridian '
     'Claims Technologies, Inc. ("Vendor"). WHEREAS, Plan offers health benefit plans.', "plan", "customer"),
    ('This Agreement is between Acme Bank plc (the "Customer") and Bluewater Software Ltd ("Software").',
     "software", "supplier"),
    # a public body is a legal person without a company's form (New Zealand and Australian public sector)
    ("Parties\nTenancy Standards Authority, a Crown entity established under the Tenancy Standards Act 2019, "
     "of 10 Brandon Street, Wellington (the Agency)\nHarbourline Review Limited, of Auckland (the Provider)\n"
     "Background", "agency", "customer"),
    ("Parties\nKaipara Regional Council, a local authority under the Local Government Act 2002 (the Council)\n"
     "Tidewater Billing Limited (the Contractor)\n", "council", "customer"),
    ("Parties\nNorthland Water Board, a statutory corporation (the Board)\nAcme Operations Pty Ltd "
     "(the Operator)\n", "board", "customer"),
])
def test_parties_unquoted_and_common_word_names(opening, name, role):
    assert find_parties([], (), opening).role_of(name) == role


HEREINAFTER_BARE = ("This Agreement is entered into by and between SAGEM S.A., Departement MORPHO Systemes whose "
                    "address is 33 route de la Bonne Dame, FONTAINEBLEAU (hereinafter referred to as MORPHO) and "
                    "XIMAGE corporation whose address is 1050 North Fifth Street, San Jose (hereinafter referred to "
                    "as XIMAGE) for Software Maintenance.\nWITNESSETH\n3. SERVICES\nXIMAGE will provide to MORPHO "
                    "during the term hereof Software Maintenance Services.")


@pytest.mark.parametrize(("opening", "name", "role"), [
    # "(hereinafter referred to as MORPHO)": a short name with no quotes at all, roles from what each does
    (HEREINAFTER_BARE, "ximage", "supplier"),
    (HEREINAFTER_BARE, "morpho", "customer"),
    ("This Agreement is between Acme Bank plc (hereinafter called the Client) and Beta Ltd (hereinafter called "
     "Beta).", "beta", "supplier"),
    # a lower-case brand name in quotes beside a party named by its role
    ('This Agreement is entered into by and between Centrack International, a Florida corporation ("the '
     'Customer"), and i-on interactive, a Florida corporation ("i-on").', "i-on", "supplier"),
])
def test_parties_names_defined_without_quotes_or_capitals(opening, name, role):
    assert find_parties([], (), opening).role_of(name) == role


@pytest.mark.parametrize(("opening", "name"), [
    # an unquoted "hereinafter" name that is a thing, and a lower-case quoted word, are not parties
    ("This Agreement (hereinafter referred to as the Agreement) is between Acme Ltd (the \"Client\") and Beta plc "
     "(the \"Supplier\").", "agreement"),
    ('This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Supplier") (each a "party").', "party"),
])
def test_parties_bare_or_lower_case_things_are_not_parties(opening, name):
    assert find_parties([], (), opening).role_of(name) is None


@pytest.mark.parametrize(("opening", "name"), [
    # a statute, a schedule or a plan abbreviated in brackets is not a party
    ("Parties\nAcme Pty Ltd (the Customer)\nBeta Pty Ltd (the Supplier)\nThe Privacy Act 1988 (Cth) "
     "(the Act)\n", "act"),
    ("Parties\nAcme Pty Ltd (the Customer)\nBeta Pty Ltd (the Supplier)\nThe transition steps are set out in "
     "the plan (the Transition Plan)\n", "transition plan"),
    ('This Agreement (the "Agreement") between Acme Ltd (the "Client") and Beta plc (the "Supplier") adopts the '
     'exit plan (the "Plan").', "plan"),
    # a company named earlier does not make the next quoted thing a party
    ('Company Name: Cardlytics, Inc.\nThis Agreement ("Agreement") is between Bank of America, N.A. ("Bank of '
     'America") and the Supplier ("Supplier").', "agreement"),
    ('Co-Host, as successor of Cybersource Corporation, and NAI are parties to a Distribution Agreement (the '
     '"ESD Agreement").', "esd agreement"),
])
def test_parties_bracketed_things_are_not_parties(opening, name):
    assert find_parties([], (), opening).role_of(name) is None


def test_parties_common_word_name_matches_only_as_a_name():
    from bpolint.nlp.annotate import annotate

    document = snippet_document('This Agreement is between Cascade Health Plan, Inc. ("Plan") and Meridian Claims, '
                                'Inc. ("Vendor").\n\n1. EXIT\n1.1 Plan may terminate this Agreement. The Vendor '
                                'shall deliver an exit plan.')
    sentences = [s for s in annotate(document).sentences if s.clause == len(document.clauses) - 1]
    mentioned = [[" ".join(s.tokens[a:b]) for a, b, _ in s.parties] for s in sentences]
    assert mentioned == [["plan"], ["vendor"]]


@pytest.mark.parametrize(("opening", "name", "role"), [
    # a name defined in the recitals is a thing, not a party; the one short name left beside a role word
    # is the other side
    ('This Undertaking is made between Halvard Holdings, Inc. ("Halvard") and Meadow Mutual Insurance Company '
     '(the "Company").\nWHEREAS the Company is regulated in Ohio (the "Home State");\nWHEREAS Halvard supports '
     "the Company's capital.", "halvard", "supplier"),
    ('This Undertaking is made between Halvard Holdings, Inc. ("Halvard") and Meadow Mutual Insurance Company '
     '(the "Company").\nWHEREAS the Company is regulated in Ohio (the "Home State");\nWHEREAS Halvard supports '
     "the Company's capital.", "home state", None),
    # "the Company" never defined, used for the one party that is a company
    ('PARTIES (1) Fenwick Analytics Limited, a company registered in Scotland (the "Employer"); and (2) Ruth Okafor '
     'of Leith (the "Executive").\n1. The Company shall employ the Executive. 2. The Company may vary her duties. '
     "3. The Company shall pay her salary monthly.", "company", "customer"),
])
def test_parties_recitals_and_undefined_company(opening, name, role):
    document = snippet_document(opening)
    assert find_parties(document.clauses, document.glossary, document.text).role_of(name) == role


def test_parties_undefined_company_needs_exactly_one_company_party():
    # both parties are companies: "the Company" could be either, so it stays unknown
    opening = ('This Agreement is between Fenwick Analytics Limited (the "Client") and Oban Data Ltd (the '
               '"Provider").\n1. The Company shall pay. 2. The Company may audit. 3. The Company shall report.')
    document = snippet_document(opening)
    assert find_parties(document.clauses, document.glossary, document.text).role_of("company") is None


def test_parties_front_sheet_short_names_take_roles_from_what_they_do():
    opening = ("DATED 3 May 2024\nNWR NORTHERN WATER RESOURCES LIMITED (company no 123) of Leeds\n"
               "FCL FLEET CARE LIMITED (company no 456) of York\n"
               "1. FCL shall provide the repair services to NWR. 2. FCL shall provide a monthly report. "
               "3. NWR shall pay FCL monthly. 4. The services to NWR are set out below. "
               "5. NWR may inspect FCL's workshops. 6. FCL shall keep NWR informed.")
    document = snippet_document(opening)
    parties = find_parties(document.clauses, document.glossary, document.text)
    assert (parties.role_of("nwr"), parties.role_of("fcl")) == ("customer", "supplier")


# Plain-English contracts call the parties "we" and "you"; which is which comes from the party each
# pronoun is attached to, a name defined with it, what it "means", or what the text says each does.
@pytest.mark.parametrize(("opening", "roles"), [
    # quoted pronoun lists closing each party's line; no role word: "we" provide, "you" pay
    ('These terms are made between Northgate Hosting Ltd ("we", "us" and "our") and the organisation that '
     'signs the order ("you" and "your").\nWe will provide the services. You will pay the fees.',
     {"we": "supplier", "our": "supplier", "ours": "supplier", "you": "customer", "your": "customer"}),
    # a role word in the attached party's description decides, whatever the order
    ('Agreement between the customer named in the Order Form ("you") and Pellucid Systems plc ("we").',
     {"you": "customer", "us": "supplier"}),
    # a pronoun defined alongside a name
    ('This agreement is between Harrow Council (the "Client" or "you") and Brightline Ltd ("Brightline", '
     '"we" or "us").', {"your": "customer", "we": "supplier", "brightline": "supplier"}),
    # capitalised, with the role word as an alternative name; "hereinafter" and a role word in the description
    ('This Agreement is between Acme Bank plc ("You" or "Customer") and Beta Services Ltd ("We", "Us" or '
     '"Supplier").', {"you": "customer", "we": "supplier", "our": "supplier"}),
    ('Agreement between Acme Bank plc (hereinafter "you") and Beta Services Ltd, the service provider '
     '(hereinafter "we").', {"you": "customer", "we": "supplier"}),
    # a definitions clause: '"we" means ...', 'references to "you" are to ...'
    ('1. Definitions\nIn these terms "we", "us" and "our" mean the Provider and "you" means the Customer.',
     {"our": "supplier", "you": "customer"}),
    ('1. Interpretation\nReferences to "you" are references to the Supplier, and "we" means the Authority.',
     {"you": "supplier", "we": "customer"}),
    # a pronoun that means a company, the other a role word written in lower case
    ('In these terms, "we" and "us" mean Harbour Retail Pty Ltd and "you" means the service provider named in '
     'the Order.', {"we": "customer", "you": "supplier"}),
    ('In this Agreement "you" means the customer identified in the Schedule and "we" means Tallis Data Services '
     'Ltd.', {"you": "customer", "we": "supplier"}),
    # a front sheet with unquoted pronouns
    ('Order form\nSupplier (we): Tallis Data Services Ltd\nCustomer (you): Quayside Retail Limited\n',
     {"we": "supplier", "you": "customer"}),
    # buyer-written terms: nothing attached, but "you" supply and "we" pay
    ('Terms for suppliers\nHarbour Foods Limited ("we", "us")\nThe supplier named in the purchase order '
     '("you")\n', {"we": "customer", "you": "supplier"}),
    ('Our terms of purchase, between Kestrel Foods Limited ("we", "us") and Orbit Ltd ("you").\nYou will '
     'deliver the services by the date agreed. We will pay you within 30 days. We will pay each invoice.',
     {"we": "customer", "you": "supplier"}),
])
def test_parties_defined_as_pronouns(opening, roles):
    parties = find_parties([], (), opening)
    assert {name: parties.role_of(name) for name in roles} == roles


@pytest.mark.parametrize("opening", [
    # guidance that talks to the reader, or quotes a model clause
    "Outsourcing buyers: what to ask for\nWe recommend an audit right. You should insist on a data clause; "
    'a provider may say "we will report monthly".',
    # a contract whose parties have names: its odd "you" or "we" is nobody's name
    'This Agreement is between Acme Ltd (the "Customer") and Beta plc (the "Supplier").\nWhere we refer to '
    "you in a notice, the notice is to the Customer.",
    # a quoted phrase in the preamble is not a definition of a party
    'This Agreement is between Acme Ltd (the "Customer") and Beta plc (the "Supplier"). Where it says "we will", '
    "that is a commitment.",
])
def test_parties_pronouns_the_contract_does_not_define_are_nobody(opening):
    parties = find_parties([], (), opening)
    assert [parties.role_of(word) for word in ("we", "us", "our", "you", "your")] == [None] * 5
    assert parties.pronouns == ()


PLAIN = ('This agreement is between Fenwick Payroll Ltd ("we", "us" and "our") and Larchmont Stores '
         'Limited ("you" and "your").\n\nBackground\n(A) You wish to outsource payroll.\n\n'
         '1. What we do\n')


@pytest.mark.parametrize(("body", "subjects"), [
    ("1.1 We will run your payroll every month.", ["supplier"]),
    ("1.1 You may audit our records once a year.", ["customer"]),
    ("1.1 Our staff will keep your records confidential.", ["supplier"]),
    ("1.1 Either of us may end this agreement on six months' notice.", ["both"]),
])
def test_parties_pronoun_subjects(body, subjects):
    from bpolint.nlp.annotate import annotate

    document = snippet_document(PLAIN + body)
    sentence = annotate(document).sentences[-1]
    assert [p.subject for p in sentence.analysis.predications] == subjects


def test_parties_pronoun_mentions_are_words_as_written():
    from bpolint.nlp.annotate import annotate

    document = snippet_document(PLAIN + "1.1 We will pay your staff in US dollars, and send us a report; WE are "
                                        "liable for it.")
    sentence = annotate(document).sentences[-1]
    assert [(" ".join(sentence.tokens[a:b]), role) for a, b, role in sentence.parties] == [
        ("we", "supplier"), ("your", "customer"), ("us", "supplier"), ("we", "supplier")]


def test_parties_pronouns_in_a_recital_bind_nobody():
    from bpolint.nlp.annotate import annotate

    recital = next(s for s in annotate(snippet_document(PLAIN + "1.1 We will run the payroll.")).sentences
                   if "wish" in s.tokens)
    assert recital.preamble


@pytest.mark.parametrize("damage", [
    # a damaged PDF text layer: a parenthesis that never closes runs on through a clause and the next
    "(Call-Of Procedure and Award Criteria and should state its requirements using Framework Schedule 6 "
    "(Order Form Template and Call-Of Schedules.\n2.5 Each Buyer and the Supplier shall comply with the "
    "requirements of this Contract and the rest of the documents " * 20,
    # a long run of names and separators with no closing bracket
    '(the "Customer", "you", "your" or "Client" and ' * 40,
])
def test_parties_pronoun_lists_survive_unclosed_parentheses(damage):
    # The list is read in two linear steps: one pattern with optional separators between repeated
    # items backtracked exponentially here (14 s for the first text once, minutes for longer ones).
    opening = PLAIN.split("\n")[0] + "\n" + damage
    parties = find_parties([], (), opening)
    assert (parties.role_of("we"), parties.role_of("you")) == ("supplier", "customer")


@pytest.mark.parametrize(("extract", "roles"), [
    # an extract of plain-English terms that calls itself a contract: "we" and "you" are its parties,
    # the provider speaking unless what each does says otherwise
    ("When this Order Form ends, we'll give you a full export of your data within 15 days.",
     {"we": "supplier", "you": "customer", "your": "customer"}),
    ("You can cancel this Order Form for any reason with 60 days' notice.", {"you": "customer", "we": "supplier"}),
    ("Under these Terms you will provide the Services and we will pay the Charges within 30 days.",
     {"we": "customer", "you": "supplier"}),
])
def test_parties_pronouns_of_a_self_named_extract(extract, roles):
    parties = find_parties([], (), extract)
    assert {word: parties.role_of(word) for word in roles} == roles


@pytest.mark.parametrize("extract", [
    # guidance: it never calls itself "this Agreement", however it talks to the reader
    "We recommend that you ask for an audit right. You can also ask the provider to return your data.",
    "Before you sign the agreement, you should check that you can terminate it for convenience.",
    # self-named, but nobody promises anything: a heading or a title
    "This Order Form\nSummary of fees",
])
def test_parties_pronouns_of_an_extract_that_is_not_a_contract_are_nobody(extract):
    parties = find_parties([], (), extract)
    assert [parties.role_of(word) for word in ("we", "you")] == [None, None]


# Click-through terms quoted without their opening name neither the parties nor themselves: a sentence in
# which "we" and "you" deal with each other under a promise or a permission is one party speaking to the other.
@pytest.mark.parametrize(("extract", "roles"), [
    ("We'll tell you at least 30 days before we start using any new AI model or bot on your account.",
     {"we": "supplier", "you": "customer", "your": "customer"}),
    ("You may audit our records relating to the fees you pay us, but only with our prior written consent.",
     {"you": "customer", "our": "supplier"}),
    ("If an audit shows we have overcharged you, we'll refund the overcharge within 30 days.",
     {"we": "supplier", "you": "customer"}),
    ("We process your personal data only on your instructions. We won't use a new sub-processor without telling "
     "you first.", {"we": "supplier", "your": "customer"}),
    # what each does still decides: buyer-written purchase terms
    ("You will provide the services to us from 1 May, and we will pay the fees within 30 days of your invoice.",
     {"we": "customer", "you": "supplier"}),
])
def test_parties_pronouns_of_an_extract_speaking_to_the_other_party(extract, roles):
    parties = find_parties([], (), extract)
    assert {word: parties.role_of(word) for word in roles} == roles


@pytest.mark.parametrize("extract", [
    # guidance to the reader: its "we" recommends, advises or explains, and it says so
    "We recommend that your provider confirms it will notify you of a breach. We can help you review the clause.",
    "Our view: you should ask the provider to return your data. We will cover exit in the next article.",
    "When you negotiate, we'll show you how to ask for an audit right over your supplier's records.",
    # the two persons never meet under a promise: a statement about each in separate sentences
    "Our team has audited many BPO providers. You may find the list below useful.",
])
def test_parties_pronouns_of_guidance_speaking_to_the_reader_are_nobody(extract):
    parties = find_parties([], (), extract)
    assert [parties.role_of(word) for word in ("we", "you")] == [None, None]


# "The Outsourcer" is whoever the contract sets against the other party: the company that outsources beside a
# Service Provider or Supplier, the provider beside "the Company".
@pytest.mark.parametrize(("opening", "role"), [
    ("The Outsourcer may require the Service Provider to report monthly.", "customer"),
    ('This Agreement is between Acme Bank plc (the "Outsourcer") and Beta BPO Ltd (the "Supplier").', "customer"),
    ("The Vendor shall invoice the Outsourcer monthly in arrears.", "customer"),
    ('Harbour Credit Pte Ltd (the "Company") and Archipelago Contact Solutions Inc. (the "Outsourcer").\n'
     "The Company appoints the Outsourcer to provide the Services.", "supplier"),
    ("The Outsourcer shall provide the Services to the Client from its Manila centre.", "supplier"),
])
def test_parties_outsourcer_is_the_side_the_other_party_is_not(opening, role):
    assert find_parties([], (), opening).role_of("outsourcer") == role


def test_parties_unquoted_short_name_before_a_full_stop():
    # '(2) JOHN ROGERS (the Executive).' ends the parties' list with the sentence
    opening = ("THIS AGREEMENT is made on 1 October 2019\nBETWEEN:\n(1) Harrow Media Limited (registered number "
               "01003653) whose registered office is in London (the Company)\n(2) JANE OKAFOR (the Executive).\n"
               "IT IS AGREED as follows:")
    parties = find_parties([], (), opening)
    assert (parties.role_of("executive"), parties.role_of("company")) == ("supplier", "customer")


_LETTER = ('This Agreement is made between Fenwick Labs Limited (the "Company") and Dana Reyes (the "Employee").\n'
           + "1. Your employment with the Company starts on 1 May. You shall serve as Head of Operations and "
             "the Company will pay you a salary.\n" * 12)


@pytest.mark.parametrize(("text", "roles"), [
    # written to the employee: "you" is the party the text does not name, "we" the one it does
    (_LETTER, {"you": "supplier", "your": "supplier", "we": "customer"}),
    # "you" used little, or both parties named all through: nobody
    (_LETTER.replace("You shall", "Dana Reyes shall").replace("Your employment", "The employment")
     .replace("pay you", "pay Dana Reyes").replace("Employee", "Dana Reyes").replace("Dana Reyes\")", "Employee\")")
     [:400], {"you": None, "we": None}),
    (_LETTER.replace("the Company will pay you", "the Company will pay the Employee as the Employee") * 2,
     {"you": None, "we": None}),
], ids=["letter", "few-you", "both-named"])
def test_parties_addressed_in_the_second_person(text, roles):
    parties = find_parties([], (), text)
    assert {word: parties.role_of(word) for word in roles} == roles


def test_parties_a_us_government_contract_acts_through_the_government():
    # FAR clauses never define the buyer: "the Government" and its "Contracting Officer" are the customer
    parties = find_parties(snippet_document("I.12 The Government may terminate this contract.").clauses)
    assert parties.role_of("government") == "customer"
    assert parties.role_of("contracting officer") == "customer"
    assert parties.role_of("contractor") == "supplier"


def test_parties_government_is_a_party_only_as_a_capitalised_name():
    from bpolint.nlp.annotate import annotate

    document = snippet_document("1. AUDIT\n1.1 The Government may audit the records. The Contractor shall meet "
                                "government audit requirements.")
    sentences = [s for s in annotate(document).sentences if s.clause == len(document.clauses) - 1]
    mentioned = [[" ".join(s.tokens[a:b]) for a, b, _ in s.parties] for s in sentences]
    assert mentioned == [["government"], ["contractor"]]


@pytest.mark.parametrize(("text", "roles"), [
    # Japanese / Korean translations: a neutral label with its role in brackets, once
    ("Party A (the client) entrusts to Party B (the contractor) the inquiry handling work.\nArticle 7 Party A "
     "may audit.", {"party a": "customer", "party b": "supplier"}),
    ("Article 17 Party B (the entrustee) shall process the personal information entrusted by Party A.",
     {"party b": "supplier"}),
    # Gulf drafting: "the First Party (the Client)"
    ("The First Party (the Client) appoints the Second Party (the Service Provider) to process disputes.",
     {"first party": "customer", "second party": "supplier"}),
    # Latin American translations: CONTRATANTE / CONTRATADA
    ("CLAUSE ONE. The Contracted Party shall provide the services to the Contracting Party.",
     {"contracting party": "customer", "contracted party": "supplier"}),
    # insurance claims outsourcing
    ("The Insurer shall pay the TPA a handling fee per Closed Claim.", {"tpa": "supplier"}),
    # the label and its role in one bracket after the company's name, quoted or not
    ("This Agreement is made between Hanil Bank (Party A, the client) and Seoul BPO Co. (Party B, the service "
     "provider).", {"party a": "customer", "party b": "supplier"}),
    ('This Agreement is made between Hanil Bank ("Party A", the Client) and Seoul BPO Co. ("Party B"; the '
     'Contractor).', {"party a": "customer", "party b": "supplier"}),
    ("This Agreement is made between Hanil Bank (Party A, the service provider) and Seoul BPO Co. (Party B, the "
     "client).", {"party a": "supplier", "party b": "customer"}),
    # a capitalised word opening the sentence is not part of the label
    ("Where Party B (the contractor) achieves efficiency gains, Party A (the client) may audit them.",
     {"party a": "customer", "party b": "supplier"}),
    # translated Chinese, Japanese and Korean drafting: Party A is the client, Party B the contractor, when
    # nothing says otherwise
    ("Article 16 Party A may inspect the books of Party B relating to the Service Fees.",
     {"party a": "customer", "party b": "supplier"}),
    # a bracketed short name whose company "provides" the services, in the present tense
    ('This Agreement is made between Hanil Bank ("Party A") and Seoul BPO Co. ("Party B"), which provides the '
     'Services.', {"party a": "customer", "party b": "supplier"}),
])
def test_parties_named_by_a_label_with_its_role_in_brackets(text, roles):
    parties = find_parties(snippet_document(text).clauses)
    assert {name: parties.role_of(name) for name in roles} == roles


@pytest.mark.parametrize(("text", "name"), [
    # a bracket that says more than a role names nobody
    ("Schedule 3 (the Supplier's obligations) applies. Party A (the client's affiliate) may order.", "party a"),
    # a label given both roles is nobody's
    ("Party A (the client) and Party A (the supplier) agree.", "party a"),
    # one label alone follows no convention
    ("Party A may inspect the books relating to the Service Fees.", "party a"),
    # a bracket that describes the company names no role
    ("This Agreement is made between Hanil Bank (Party A, a Korean corporation) and Seoul BPO Co.", "party a"),
    # "each Contracting Party" alone (a treaty-style both-parties word) is no customer
    ("Each Contracting Party shall keep the terms confidential.", "contracting party"),
    # the tail of a legal form on a signature block is no label
    ("On behalf of AZUL LINHAS AEREAS BRASILEIRAS S/A (the Company) and AVIONS DE TRANSPORT REGIONAL (the Repairer).",
     "a"),
    ("Signed for ACME HOLDINGS S.A. (the Client).", "a"),
])
def test_parties_brackets_that_name_no_role(text, name):
    assert find_parties(snippet_document(text).clauses).role_of(name) is None


def test_parties_a_label_is_a_name_only_when_capitalised():
    from bpolint.nlp.annotate import annotate

    document = snippet_document("Party A (the client) appoints Party B (the contractor).\n1. AUDIT\n1.1 Party A "
                                "may audit the records of the party a court appoints.")
    sentences = [s for s in annotate(document).sentences if s.clause == len(document.clauses) - 1]
    mentioned = [" ".join(s.tokens[a:b]) for s in sentences for a, b, _ in s.parties]
    assert mentioned == ["party a"]


@pytest.mark.parametrize(("text", "name", "role"), [
    # US state and municipal procurement: the buyer is "the State", "the Department", "the City" beside a Vendor
    ("The State may terminate this Contract for convenience on thirty days' notice to the Vendor.", "state",
     "customer"),
    ("The Department's Contract Manager and the Vendor's Account Manager shall meet monthly.", "department",
     "customer"),
    ("The City may request summary reports, which the Vendor shall provide within ten days.", "city", "customer"),
    # a contract that names its customer otherwise, or no supplier, leaves the words alone
    ("The Customer may audit the Supplier. This Agreement is governed by the laws of the State of New York.",
     "state", None),
    ("The Client shall notify the Department of Labor and the Contractor of any change.", "department", None),
    ("The State of Delaware has exclusive jurisdiction over the Vendor.", "state", None),
    ("The State shall publish its annual budget.", "state", None),
])
def test_parties_public_buyer_named_by_its_office(text, name, role):
    assert find_parties(snippet_document(text).clauses).role_of(name) == role


@pytest.mark.parametrize(("opening", "roles"), [
    # who "hereby appoints" is served by whom it appoints, whatever the role words say
    ('KNOW ALL MEN BY THESE PRESENTS that Harbour Investment Management Company, a statutory trust (the "Adviser"), '
     'does hereby nominate, constitute and appoint Harbour Advisory Services Company, a statutory trust ("HASC"), '
     "to act hereunder as the true and lawful agent and attorney-in-fact of the Adviser.",
     {"adviser": "customer", "hasc": "supplier"}),
    ('This Agreement is made between Kestrel Asset Management LLC (the "Manager"), which hereby appoints Fenwick '
     'Capital Partners LP (the "Sub-Adviser") as sub-adviser to the Fund.',
     {"manager": "customer", "sub-adviser": "supplier"}),
    ('Larch Holdings Inc. ("Larch"), acting on behalf of its subsidiaries, hereby appoints and engages Birch Services '
     'Ltd ("Birch") as its agent.', {"larch": "customer", "birch": "supplier"}),
])
def test_parties_the_appointing_party_is_the_customer(opening, roles):
    document = snippet_document(opening + "\n\n1. POWERS\n1.1 The powers are set out below.")
    parties = find_parties(document.clauses, document.glossary, document.text)
    assert {name: parties.role_of(name) for name in roles} == roles


@pytest.mark.parametrize("opening", [
    # an appointment named only in a recital, or of a third person, changes no roles
    'This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Service Provider"). WHEREAS the Client '
    "has previously appointed an auditor.",
    'This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Service Provider"), and the Service '
    "Provider shall appoint a Contract Manager.",
])
def test_parties_no_appointment_between_the_named_parties_keeps_the_role_words(opening):
    document = snippet_document(opening + "\n\n1. SERVICES\n1.1 The services are described below.")
    parties = find_parties(document.clauses, document.glossary, document.text)
    assert (parties.role_of("client"), parties.role_of("service provider")) == ("customer", "supplier")


@pytest.mark.parametrize(("clause", "names"), [
    ('Any Confidential Information released by either of the Parties (the "Disclosing Party") to the other Party '
     '(the "Receiving Party") shall not be released to any third party.', {"disclosing party", "receiving party"}),
    ('Each party (in that capacity, the "Recipient") shall keep the other party\'s information confidential.',
     {"recipient"}),
    # a person of each party is not a party
    ('The Parties shall meet through one management representative of each Party (the "Representatives").', set()),
    # a name for one side only is not either party
    ('The Customer (the "Discloser") may disclose information to the Supplier.', set()),
])
def test_parties_a_name_for_either_party_in_a_mutual_clause_is_both(clause, names):
    document = snippet_document('This Agreement is between Acme Ltd (the "Client") and Beta plc (the "Provider").'
                                "\n\n1. CONFIDENTIALITY\n1.1 " + clause)
    parties = find_parties(document.clauses, document.glossary)
    assert {n for n in ("disclosing party", "receiving party", "recipient", "representatives", "discloser")
            if parties.role_of(n) == "both"} == names


# Mortgage servicing: the loan owner hands its loans to a "Subservicer"; whatever the owner is called, the
# subservicer is the supplier, and a word that merely contains "service" is not thereby no party.
@pytest.mark.parametrize(("opening", "roles"), [
    ('This SUBSERVICING AGREEMENT is entered into by and between REDWOOD TRUST, a Maryland real estate investment '
     'trust (the "Owner"), and KEYSTONE LOAN SERVICING, LLC (the "Subservicer").',
     {"owner": "customer", "subservicer": "supplier"}),
    ('This Agreement is between Harbor Bank, N.A. (the "Servicer") and Delta Loan Services LLC (the '
     '"Sub-Servicer"). The Servicer wishes to engage the Sub-Servicer.',
     {"sub-servicer": "supplier"}),
    ('Agreement between Pine Capital LLC ("Pine") and Acre Servicing Co. (the "Subservicer").',
     {"pine": "customer", "subservicer": "supplier"}),
])
def test_parties_mortgage_subservicer_is_the_supplier(opening, roles):
    parties = find_parties([], (), opening)
    assert {name: parties.role_of(name) for name in roles} == roles


def test_parties_subservicer_binds_as_supplier_in_a_clause():
    document = snippet_document('Agreement between Redwood Trust (the "Owner") and Keystone LLC (the "Subservicer").'
                                "\n\n1. SECURITY\n1.1 The Subservicer shall notify the Owner of any Security "
                                "Incident within thirty-six (36) hours.")
    parties = find_parties(document.clauses, document.glossary)
    assert parties.role_of("subservicer") == "supplier" and parties.role_of("owner") == "customer"


@pytest.mark.parametrize(("opening", "roles"), [
    # Japanese outsourcing drafting (業務委託契約) defines the parties as the Consignor and the Consignee
    ('Sakura Life Insurance Co., Ltd. (hereinafter referred to as "Consignor") and Hoku Process K.K. (hereinafter '
     'referred to as "Consignee") hereby enter into this Business Consignment Agreement.',
     {"consignor": "customer", "consignee": "supplier"}),
    # with the translated label as an alias: the label takes the role too
    ('Sakura Life Insurance Co., Ltd. (hereinafter referred to as "Consignor" or "Party A") and Hoku Process K.K. '
     '(hereinafter referred to as "Consignee") agree as follows.',
     {"consignor": "customer", "party a": "customer", "consignee": "supplier"}),
    # Korean drafting: the Entrustor and the Entrustee, in the other order
    ('Hanbit Data Co., Ltd. (the "Entrustee") and Daehan Card Co., Ltd. (the "Entrustor") enter into this '
     'Agreement.', {"entrustor": "customer", "entrustee": "supplier"}),
    # NCQA / CMS delegation: the plan delegates functions to its "Delegate"
    ('This Delegation Agreement is between Cedar Health Plan, Inc. ("Health Plan") and Pathway Review, LLC '
     '("Delegate").', {"health plan": "customer", "delegate": "supplier"}),
    ('This Agreement is between Northwind Care, Inc. ("Northwind") and Pathway Review, LLC ("Pathway"). Northwind '
     'wishes to delegate utilization management to Pathway.', {"northwind": "customer"}),
    ('This Agreement is between Riverside Medical Group ("Organization") and Apex Credentialing LLC (the '
     '"Delegated Entity").', {"delegated entity": "supplier"}),
])
def test_parties_consignment_and_delegation_roles(opening, roles):
    parties = find_parties([], (), opening)
    assert {name: parties.role_of(name) for name in roles} == roles


@pytest.mark.parametrize(("text", "name"), [
    # a consignee of goods and a delegate at a meeting are no parties unless the parties are defined so
    ("The Supplier shall deliver the goods to the consignee named in the bill of lading.", "consignee"),
    ("Each party shall appoint a delegate to the steering committee.", "delegate"),
])
def test_parties_consignee_and_delegate_are_roles_only_when_defined(text, name):
    assert find_parties(snippet_document(text).clauses).role_of(name) is None


def test_parties_delegate_is_a_name_only_when_capitalised():
    from bpolint.nlp.annotate import annotate

    document = snippet_document('This Agreement is between Cedar Health Plan, Inc. ("Health Plan") and Pathway '
                                'Review, LLC ("Delegate").\n1. AUDIT\n1.1 Health Plan may audit the records. '
                                'Health Plan shall not delegate its accountability to CMS.')
    sentences = [s for s in annotate(document).sentences if s.clause == len(document.clauses) - 1]
    mentioned = [" ".join(s.tokens[a:b]) for s in sentences for a, b, _ in s.parties]
    assert mentioned == ["health plan", "health plan"]


def test_parties_public_body_does_not_make_an_act_a_party():
    opening = ("Parties\nTenancy Standards Authority, a Crown entity established under the Tenancy Standards "
               "Act 2019 (the Act)\nHarbourline Review Limited (the Provider)\n")
    parties = find_parties([], (), opening)
    assert parties.role_of("act") is None and parties.role_of("provider") == "supplier"


NAMED_ONLY_BY_THEMSELVES = ('THIS MASTER SERVICES AGREEMENT is made by and between Lakeshore Mutual Insurance Company '
                            '("LAKESHORE") and Orion Business Solutions, Inc. ("ORION").\n\n')


@pytest.mark.parametrize(("body", "roles"), [
    # the body says who pays and who provides: two short names nothing in the opening placed
    ("5.1 LAKESHORE shall pay ORION $7.25 for each Completed Claim.", ("customer", "supplier")),
    ("2.1 ORION shall provide the Services to LAKESHORE in accordance with this Agreement.", ("customer", "supplier")),
    ("5.3 ORION shall invoice LAKESHORE monthly in arrears.", ("customer", "supplier")),
    ("5.1 ORION shall pay LAKESHORE a referral fee for each introduced client.", ("supplier", "customer")),
    # no vote, or both on one side: still no one's
    ("9.1 Each party shall keep the other's Confidential Information secret.", (None, None)),
    ("5.1 LAKESHORE shall pay its taxes. 5.2 ORION shall pay its taxes.", (None, None)),
])
def test_parties_two_short_names_take_their_roles_from_the_body(body, roles):
    document = snippet_document(NAMED_ONLY_BY_THEMSELVES + body)
    parties = find_parties(document.clauses, document.glossary, document.text)
    assert (parties.role_of("lakeshore"), parties.role_of("orion")) == roles


@pytest.mark.parametrize(("body", "roles"), [
    # with no convention of their own, "the First Party" and "the Second Party" take their roles from who pays
    ("Article (2) The Second Party shall provide the Services, and the First Party shall pay the Second Party the "
     "fees.", {"first party": "customer", "second party": "supplier"}),
    ("Article (2) The First Party shall provide the Services, and the Second Party shall pay the First Party the "
     "fees.", {"first party": "supplier", "second party": "customer"}),
    # no vote: they stay unplaced
    ("Article (2) This Contract is governed by the laws of the Emirate of Dubai.", {}),
])
def test_parties_first_and_second_party_from_the_body(body, roles):
    opening = ('This Contract is concluded between Al Noor Islamic Bank PJSC (the "First Party") and Gulf Process '
               'Services LLC (the "Second Party").\n')
    document = snippet_document(opening + body)
    parties = find_parties(document.clauses, text=document.text)
    found = {label: "customer" if label in parties.customer else "supplier"
             for label in ("first party", "second party") if label in parties.customer + parties.supplier}
    assert found == roles
