"""Defined terms are collected with the clause they sit in."""

from __future__ import annotations

import pytest

from bpolint.extract.glossary import collect_definitions
from bpolint.model import Clause


@pytest.mark.parametrize(
    ("text", "heading", "term"),
    [
        ('"Resolution" means a contact closed with the customer\'s confirmation.', "", "Resolution"),
        ("“Verified Resolution” shall mean a resolution confirmed in the CRM.", "", "Verified Resolution"),
        ('"Resolution": a contact closed in the CRM.', "", "Resolution"),
        ('The services described in Schedule 1 (the "Services").', "", "Services"),
        # Indian drafting names the term last, after "hereinafter referred to as" / "hereinafter called"
        ('A query closed in the CRM (hereinafter referred to as a "Resolved Query").', "", "Resolved Query"),
        ('The services in Schedule 1 (hereinafter called the "Services").', "", "Services"),
        ("Exit Plan | the plan described in Schedule 9", "Definitions", "Exit Plan"),
        # UK public-sector schedules: "Term: meaning" lines under a definitions heading
        ("Cleared Application: an application for which a decision is recorded in the CMS.", "Definitions",
         "Cleared Application"),
        # civil-law drafting: "within the meaning of this Contract is", "for the purposes of this Agreement is"
        ('"Successful Case Closure" within the meaning of this Contract is a case closed in the CRM.', "",
         "Successful Case Closure"),
        ('"Closed Claim", for the purposes of this Agreement, is a claim closed in the claims system.', "",
         "Closed Claim"),
        # the term as the complement, its criteria after "when" / "once" / "if"
        ('A Contact is a "Resolved Contact" when the issue is closed in the CRM and not reopened within 7 days.', "",
         "Resolved Contact"),
        ('A notice of loss becomes a "Completed FNOL" only once every one of the following has happened:', "",
         "Completed FNOL"),
        ('Each invoice shall be a "Processed Invoice" if it is posted in SAP without error.', "", "Processed Invoice"),
    ],
)
def test_glossary_finds_definition_styles(text: str, heading: str, term: str) -> None:
    glossary = collect_definitions([Clause(path="1.1", number="1.1", heading=heading, text=text)])
    assert [d.term for d in glossary] == [term]
    assert glossary[0].clause == "1.1"


@pytest.mark.parametrize("text", [
    # a term used, not defined: "within the meaning of" a statute, or the purpose of a thing
    'The "Services" shall be performed for the purposes of the Customer\'s business.',
    'Each "Processor" within the meaning of the GDPR shall comply with Article 28.',
    # a template's unfilled definition names the term and defines nothing
    '"Completed Referral" means [Guidance: the Authority should insert a definition of the billable outcome here.]',
    '"Resolution" shall mean [to be inserted].',
    '"Resolved Case" means [Drafting note: insert objective criteria].',
    '"Verified Resolution" means [TBC].',
    # a duty about the term, not its definition: the complement form opens the sentence with a few words of subject
    'The Supplier shall ensure that a Contact is a "Resolved Contact" only when the issue is closed.',
    # a party's capacity, not a defined term
    'The Supplier shall be the "Processor" when it processes Personal Data for the Customer.',
])
def test_glossary_does_not_read_a_use_as_a_definition(text: str) -> None:
    assert collect_definitions([Clause(path="1.1", number="1.1", heading="", text=text)]) == ()




def test_glossary_keeps_a_definition_with_a_bracket_inside_it() -> None:
    text = '"Resolution" means a Contact closed in the CRM [with a resolution code] and not reopened within 7 days.'
    glossary = collect_definitions([Clause(path="1", number="1", heading="", text=text)])
    assert [d.term for d in glossary] == ["Resolution"]


@pytest.mark.parametrize("text", ["Availability | 99.5%",
                                  # a run-in heading outside a glossary, not a definition
                                  "Service Credits: the Supplier shall pay a credit of 5% of the monthly Charges.",
                                  # ... even with a definition's article and relative clause, when a modal binds
                                  "Exclusions: a Contact that is reopened within 7 days shall not be billable.",
                                  "Fees: The Customer pays a fee that covers the platform."])
def test_glossary_ignores_table_rows_and_colon_lines_outside_definitions_clauses(text: str) -> None:
    clause = Clause(path="5", number="5", heading="Service Levels", text=text)
    assert collect_definitions([clause]) == ()


@pytest.mark.parametrize(("text", "term"), [
    ("Completed Case: a Case that has been closed on the Authority's CRM with all mandatory fields completed.",
     "Completed Case"),
    ("Qualified Lead: any enquiry in respect of which the Customer has received a signed application.",
     "Qualified Lead"),
])
def test_glossary_reads_a_colon_definition_by_its_shape_outside_definitions_clauses(text: str, term: str) -> None:
    clause = Clause(path="1.1", number="1.1", heading="", text=text)
    assert [d.term for d in collect_definitions([clause])] == [term]


@pytest.mark.parametrize("header", ["Term | Meaning", "Defined Term | Definition", "Expression | Meaning | Notes",
                                    "Terms | Definitions"])
def test_glossary_skips_a_definitions_tables_header_row(header: str) -> None:
    # the header would otherwise define "Term" (the contract's term) as "Meaning"
    text = f"{header}\nExit Plan | the plan described in Schedule 9\nTerm | three years from the Start Date"
    glossary = collect_definitions([Clause(path="1", number="1", heading="Definitions", text=text)])
    assert [(d.term, d.text) for d in glossary] == [("Exit Plan", "the plan described in Schedule 9"),
                                                   ("Term", "three years from the Start Date")]


def test_glossary_finds_a_copula_definition_in_a_list_item() -> None:
    # '(a) a "Repeat Contact" is a further contact ...': the item's article is lower case
    text = 'a "Repeat Contact" is a further contact about the same issue within 7 days; and'
    glossary = collect_definitions([Clause(path="7.3(a)", number="(a)", heading="", text=text)])
    assert [d.term for d in glossary] == ["Repeat Contact"]


def test_glossary_finds_a_definition_in_the_copula() -> None:
    # an annex paragraph defining the priced unit: 'A "Processed Invoice" is an incoming invoice ...'
    text = 'A "Processed Invoice" is an incoming invoice for which all of the following conditions are met:'
    glossary = collect_definitions([Clause(path="Annex 2/1", number="1", heading="Definition", text=text)])
    assert [(d.term, d.clause) for d in glossary] == [("Processed Invoice", "Annex 2/1")]
    # a party described is not a definition: "the Client" is a company, no quotes-then-"is a" at a line start
    assert collect_definitions([Clause(path="1", number="1", heading="", text="The Client is a company.")]) == ()


@pytest.mark.parametrize("pointer", ['"Processed Invoice" has the meaning given in Annex 2, No. 1.',
                                     '"Processed Invoice" shall have the meaning set out in Schedule 3.',
                                     '"Processed Invoice" is defined in Annex 2.'])
def test_glossary_prefers_the_definition_a_pointer_leads_to(pointer: str) -> None:
    clauses = [Clause(path="2(5)", number="(5)", heading="", text=pointer),
               Clause(path="Annex 2/1", number="1", heading="",
                      text='A "Processed Invoice" is an invoice posted in SAP.')]
    assert collect_definitions(clauses)[0].clause == "Annex 2/1"


def test_glossary_keeps_a_pointer_when_nothing_else_defines_the_term() -> None:
    pointer = '"Processed Invoice" has the meaning given in Annex 2.'
    clauses = [Clause(path="2(5)", number="(5)", heading="", text=pointer)]
    assert collect_definitions(clauses)[0].clause == "2(5)"


def test_glossary_keeps_the_first_definition_of_a_term() -> None:
    clauses = [Clause(path="1", number="1", heading="", text='"Term" means three years.'),
               Clause(path="9", number="9", heading="", text='"Term" means five years.')]
    assert collect_definitions(clauses)[0].clause == "1"


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("In this Deed:\nBusiness Day means a day other than a Saturday.\nRe-contact Period means 10 Business Days.",
         ["Business Day", "Re-contact Period"]),
        ("Tessellate Operations Limited, of Cork (the Contractor).", ["Contractor"]),
        ("The Supplier means well but this is prose.", []),
    ],
)
def test_glossary_finds_unquoted_definitions(text: str, terms: list[str]) -> None:
    glossary = collect_definitions([Clause(path="1.1", number="1.1", heading="", text=text)])
    assert [d.term for d in glossary] == terms


@pytest.mark.parametrize(("text", "expected"), [
    # a filing's text that runs the whole glossary into one paragraph: each definition ends where the next begins
    ('"Garden Leave" means any period of leave under clause 19; "Group Company" means the Company and its '
     'subsidiaries; and "Termination" means the end of the employment, and "Termination Date" means its date.',
     {"Garden Leave": '"Garden Leave" means any period of leave under clause 19;',
      "Group Company": '"Group Company" means the Company and its subsidiaries; and',
      "Termination": '"Termination" means the end of the employment, and "Termination Date" means its date.',
      "Termination Date": '"Termination Date" means its date.'}),
    # a quoted term inside a definition is a use, not the next definition
    ('"Services" means the services described in the "Statement of Work": the work the Supplier performs.',
     {"Services": '"Services" means the services described in the "Statement of Work": the work the Supplier '
                  'performs.',
      "Statement of Work": '"Statement of Work": the work the Supplier performs.'}),
])
def test_glossary_definitions_run_into_one_line_end_at_the_next_one(text: str, expected: dict[str, str]) -> None:
    glossary = collect_definitions([Clause(path="1.1", number="1.1", heading="", text=text)])
    assert {d.term: d.text for d in glossary} == expected


@pytest.mark.parametrize(("text", "term"), [
    # Philippine drafting: '"Resolved Ticket" shall refer to a Ticket which ...'
    ('"Resolved Ticket" shall refer to a Ticket closed in the Client\'s Zendesk instance.', "Resolved Ticket"),
    ('"Verified Resolution" will refer to a contact the caller confirms as resolved.', "Verified Resolution"),
    # civil-law drafting with the qualifier first: 'Within the meaning of this Contract, a "Completed Case" is ...'
    ('Within the meaning of this Contract, a "Completed Case" is a benefit application that has been decided.',
     "Completed Case"),
    ('For the purposes of this Clause 7, a "Repeat Contact" is a further contact about the same issue.',
     "Repeat Contact"),
    ('In the meaning of this Agreement, "Closed Claim" means a claim closed in the claims system.', "Closed Claim"),
])
def test_glossary_finds_refer_to_and_leading_meaning_definitions(text: str, term: str) -> None:
    glossary = collect_definitions([Clause(path="1.9", number="1.9", heading="", text=text)])
    assert [d.term for d in glossary] == [term]


@pytest.mark.parametrize("text", [
    # "is" that does not open a noun phrase, and "refer to" as a verb of a party
    'For the purposes of this Agreement, the "Supplier" is responsible for resolving each contact.',
    'The Supplier shall refer to the Customer any contact it cannot resolve.',
])
def test_glossary_leading_meaning_and_refer_to_need_a_definition(text: str) -> None:
    assert collect_definitions([Clause(path="1", number="1", heading="", text=text)]) == ()
