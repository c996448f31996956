"""Collect defined terms: ``"Resolution" means ...``, ``(the "Services")`` and
definitions tables (``Term | meaning``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Clause, Definition

_QUOTE = "\"“”'‘’"
_TERM = rf"[{_QUOTE}](?P<term>[A-Z][^{_QUOTE}\n]{{0,60}}?)[{_QUOTE}]"
# Civil-law drafting defines by "within the meaning of": '"Successful Case Closure" within the meaning of this
# Contract is a case which ...' (im Sinne dieses Vertrages ist), '"Resolution" for the purposes of this Agreement is'.
MEANING_OF = (r"(?:with)?in the meaning of (?:this|these|the) \w+(?: \w+)?,?\s+(?:is|are|shall be|denotes)\b"
              r"|for the purposes? of (?:this|these|the) \w+(?: \w+)?,?\s+(?:is|are|shall be|denotes)\b")
_MEANS = re.compile(
    rf"{_TERM}\s*(?:\((?P<gloss>[^)]*)\)\s*)?(?:,\s*)?"
    # the verb in any case: US drafting writes some definitions wholly in capitals ('"RESOLVED CASE" MEANS ...')
    # (or ", meaning": '"Closed Dispute", meaning a dispute ...')
    rf"(?i:means|meaning|shall mean|will mean|has the meaning|shall have the meaning|refers to|shall refer to|"
    rf"will refer to|is defined as|:|{MEANING_OF})",
)
# A term defined in the contract's other language with its English name in brackets, as bilingual Swiss, Austrian,
# Belgian or Quebec drafting writes it ('"Erledigter Schadenfall" (Completed Claim Intake) means ...', '"Dossier
# traite" ("Processed File") means ...'): the bracketed name is the same term, and the English text uses it. A
# capitalised name only, and not a cross-reference ("(Schedule 5)", "(Clause 2.1)") or a lower-case aside ("(as
# defined in the MSA)").
_GLOSS = re.compile(rf"^\s*[{_QUOTE}]?(?!(?:Schedule|Clause|Exhibit|Annex|Appendix|Section|Article|Part|Attachment|"
                    rf"Paragraph|See|As|If|Or|And|The)\b)"
                    rf"(?P<term>[A-Z][\w&/'-]*(?: (?:[A-Z][\w&/'-]*|of|and|or|to|the|for|in)){{0,5}})[{_QUOTE}]?\s*$")
# 'A "Processed Invoice" is an incoming invoice ... for which all of the following conditions are met:' - a
# definition in the copula, at the start of a line (an annex paragraph defining the unit that is priced) or of a
# sentence after a run-in heading ('What counts as a resolution. A "Resolved Ticket" is a ticket ...').
# ... or of a table cell: an SOW row whose last cell defines its unit ('3.1 | Coded Encounter | USD 2.10 per Coded
# Encounter | A "Coded Encounter" is an outpatient encounter to which ...').
_IS_A = re.compile(rf"(?:^|(?<=[.:|] ))(?:(?:[Aa]n?|[Tt]he|[Ee]ach)\s+)?{_TERM}\s+is\s+(?=(?:an?|any|each|every)\s)",
                   re.M)
# ... and unquoted after a run-in heading that names the term itself, as US federal performance work statements and
# SOWs define their units: "C.2.4 Retrieved Record. A Retrieved Record is a request for outside medical records for
# which ..." (the heading and the subject must be the same words: "Scope. A Contractor is a ..." defines nothing).
_RUN_IN_IS_A = re.compile(r"(?:^|(?<=[.:] ))(?:[A-Z]?[\d.]+\s+)?(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})\.\s+"
                          r"(?:An?|Each|The)\s+(?P=term)\s+is\s+(?=(?:an?|any|each|every)\s)", re.M)
_HEADED_IS_A = re.compile(r"(?:An?|Each|The)\s+(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})\s+is\s+"
                          r"(?=(?:an?|any|each|every)\s)")
# ... and with the qualifier first: 'Within the meaning of this Contract, a "Completed Case" is a benefit
# application ...', 'For the purposes of this Clause 7, a "Repeat Contact" is a further contact ...'. As for
# _IS_A, "is" must open a noun phrase: 'For the purposes of this Agreement, the "Supplier" is responsible for'
# defines nothing.
LEADING_MEANING = re.compile(
    r"(?:(?:[Ww]ith)?[Ii]n the meaning|[Ff]or the purposes?) of (?:this|these|the) [\w.]+(?: [\w.]+)?,?\s+"
    rf"(?:(?:[Aa]n?|[Tt]he|[Ee]ach)\s+)?{_TERM}\s+(?:(?:means|shall mean|denotes)\b|is\s+(?=(?:an?|any|each|every)\s))")
# '"Processed Invoice" has the meaning given in Annex 2, No. 1': only a pointer; the definition it points to
# (found later in the document) is the one that says what the term means.
_POINTER = re.compile(
    r"^[^\n]{0,80}?\b(?:(?:has|have|shall\s+have|will\s+have)\s+the\s+meaning\s+(?:given|set\s+out|ascribed|assigned|"
    r"attributed|specified|stated)|is\s+defined)\s+(?:to\s+(?:it|them)\s+)?(?:in|under)\b[^\n]{0,60}$",
    re.I,
)
# ... and '(hereinafter referred to as a "Resolved Query")', '(hereinafter called the "Services")' (Indian drafting)
_INLINE = re.compile(rf"\((?:(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called|designated|known)\s+as|called)\s+)?"
                     rf"(?:the\s+|each\s+(?:an?\s+)?|an?\s+|collectively,?\s+(?:the\s+)?)?{_TERM}\)")
# Shared by the definitions in the complement and of an event below: the line or sentence they open, a short leading
# "In this Agreement," or "For the purposes of ...,", and a subject that is not a party (a party's capacity - 'The
# Supplier shall be the "Processor" when ...' - binds it and defines nothing).
_OPENING = r"(?:^|(?<=[.:] ))"
_QUALIFIER = r"(?:(?:In|Under)\s+this\s+\w+,\s+|For\s+the\s+purposes?\s+of\s+[\w.]+(?:\s+[\w.]+){0,3},\s+)?"
_NOT_A_PARTY = (r"(?!(?:(?:[Tt]he|[Ee]ach|[Ee]ither)\s+)?(?:Supplier|Customer|Client|Provider|Service\s+Provider|"
                r"Vendor|Contractor|Consultant|Company|Bank|Authority|Buyer|Purchaser|Licensee|Licensor|Part(?:y|ies)|We|"
                r"You)\b)")
# The term as the complement, its criteria after "when" / "once" / "if": 'A Contact is a "Resolved Contact" when the
# issue is closed in the System of Record and ...', 'A notice of loss becomes a "Completed FNOL" only once every one of
# the following has happened:'. A few words of subject only, opening the line or sentence: 'The Supplier shall ensure
# that a Contact is a "Resolved Contact" only when ...' is a duty, not a definition; nor is a party's capacity: 'The
# Supplier shall be the "Processor" when it processes Personal Data' binds the supplier.
BECOMES = re.compile(
    rf"{_OPENING}{_NOT_A_PARTY}"
    rf"(?:(?:[Aa]n?|[Tt]he|[Ee]ach|[Aa]ny)\s+)?(?:[\w-]+\s+){{1,4}}?"
    rf"(?:is|becomes|shall\s+be|will\s+be|counts\s+as|qualifies\s+as|constitutes|shall\s+constitute)\s+"
    rf"(?:an?|the)\s+{_TERM}\s*,?\s*(?:only\s+)?(?:when|whenever|once|if|where|after|upon|for\s+so\s+long\s+as)\b",
    re.M,
)
# ... or as what a thing is treated as, its criteria after "only when": 'For the purposes of this Contract, an Account
# shall be treated as Recovered only when the full arrears balance has been received ...', 'A Claim is deemed a
# "Clean Claim" only if ...'. Quoted or not (a capitalised word or two), but "only" must come first, as a definition
# says it ('A Contact shall be treated as Resolved when the Supplier so decides' sets no criteria either way, and
# 'The Supplier shall be treated as the Processor where it ...' is a party's capacity).
TREATED_AS = re.compile(
    rf"{_OPENING}{_QUALIFIER}{_NOT_A_PARTY}"
    rf"(?:[Aa]n?|[Tt]he|[Ee]ach|[Aa]ny)\s+(?:[\w-]+\s+){{1,4}}?"
    rf"(?:is|shall\s+be|will\s+be)\s+(?:treated|regarded|deemed|considered)\s+(?:as\s+)?(?:being\s+)?"
    rf"(?:an?\s+|the\s+)?[{_QUOTE}]?(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}})[{_QUOTE}]?\s*,?\s+"
    rf"only\s+(?:when|if|once|where|after|upon)\b",
    re.M,
)
# ... or as what each item of a list is: "The following events are Price Review Triggers: (a) ...; (b) ...", "Each of
# the following is a "Repeat Contact":" (the items after the colon are the meaning; a plural names the singular term)
LISTED_AS = re.compile(
    rf"(?:^|(?<=[.:] ))(?:[A-Z]?[\d.]+\s+)?"
    rf"(?:(?:The|Each\s+of\s+the|Any\s+of\s+the)\s+following(?:\s+[a-z]+){{0,2}})\s+"
    rf"(?:are|is|shall\s+be|will\s+be|constitute|constitutes|shall\s+constitute|are\s+each|shall\s+each\s+be)\s+"
    rf"(?:an?\s+|the\s+)?[{_QUOTE}]?(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){{0,4}})[{_QUOTE}]?\s*(?:\([^)]*\)\s*)?:",
    re.M,
)


def listed_term(match: re.Match[str]) -> str:
    """The term a :data:`LISTED_AS` match defines, in the singular ("Price Review Triggers" names "Price Review
    Trigger", which the term matcher also finds in the plural)."""
    term = match.group("term").strip()
    return term[:-1] if term.endswith("s") and not term.endswith("ss") else term


# The term as the subject of an event and its criteria after "when": 'In this Agreement, a Resolution occurs when: (a)
# ...', 'A "Completed Case" is counted only when ...'. Capitalised (quoted or not), opening the line or sentence, after
# at most a short "In this Agreement," or "For the purposes of ...,".
OCCURS = re.compile(
    rf"{_OPENING}{_QUALIFIER}"
    rf"(?:[Aa]n?|[Ee]ach|[Tt]he)\s+[{_QUOTE}]?(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){{0,4}})[{_QUOTE}]?\s+"
    rf"(?:occurs|is\s+achieved|is\s+counted|shall\s+be\s+counted|is\s+deemed\s+to\s+occur|shall\s+be\s+deemed\s+to\s+occur|"
    rf"takes\s+place)\s*,?\s*(?:only\s+)?(?:when|whenever|once|if|where)\b",
    re.M,
)
# Commonwealth drafting: an unquoted, usually bold, term opening its own line ("Business Day means ...").
_UNQUOTED_MEANS = re.compile(
    r"^(?!(?:The|This|That|These|Each|Any|A|An|It|Such)\b)"
    r"(?P<term>[A-Z][\w-]*(?:[ -](?:[A-Z][\w-]*|of|and|or|to|the|for)){0,5})"
    r"\s+(?:means|shall mean|has the meaning)\b",
    re.M,
)
_UNQUOTED_INLINE = re.compile(r"\(the (?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\)")
_TABLE_ROW = re.compile(rf"^[{_QUOTE}]?(?P<term>[A-Z][\w&/\-' ]{{1,60}}?)[{_QUOTE}]?\s*\|\s*(?P<meaning>\S.*)$")
# A table row whose first cell is a quoted term ('"Achieve" | in respect of a Test, ...') is a
# definition wherever the table sits; unquoted first cells count only under a definitions heading.
_QUOTED_ROW = re.compile(rf"^[{_QUOTE}](?P<term>[A-Z][^{_QUOTE}\n|]{{0,60}}?)[{_QUOTE}]\s*\|\s*(?P<meaning>\S.*)$")
# A definitions table's header row ("Term | Meaning", "Defined term | Definition") defines nothing.
_HEADER_ROW = re.compile(r"^(?:defined\s+)?(?:term|expression|word|definition)s?\s*\|\s*(?:meaning|definition|"
                         r"description|interpretation)s?\s*(?:\||$)", re.I)
# ... and a table with a definitions column beside others ("Unit | Definition | Price", "Outcome | Meaning | Fee"): each
# row's first cell is a term and its second cell the term's meaning
_DEFINING_COLUMN_HEADER = re.compile(r"^[A-Za-z][\w ]{0,30}\|\s*(?:definition|meaning)s?\s*\|", re.I)
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(\"“])")
# Under a definitions heading, a line "Term: meaning" defines the term, as UK public-sector schedules write them
# ("Cleared Application: an application for which ..."); elsewhere "Fees: The Customer shall pay ..." is a run-in
# heading, so the heading decides.
# (a product name may end in a plus: "Atende+ Platform: the customer service ticketing platform ...")
COLON_DEFINITION = re.compile(r"^(?P<term>[A-Z][\w&/'+-]*(?: (?:[A-Z][\w&/'+-]*|of|and|or|to|the|for|in)){0,5}):\s+"
                              r"(?P<meaning>\S.*)$")
_HEADING_TERM = re.compile(r"[A-Z][\w&/'+-]*(?: (?:[A-Z][\w&/'+-]*|of|and|or|to|the|for|in)){0,5}")
# ... and anywhere when the meaning has a definition's shape: a lower-case article, a noun and a relative clause, and
# no modal verb ("Completed Case: a Case that has been closed on the Authority's CRM ..."), which a run-in heading
# ("Exclusions: a Contact that is reopened shall not be billable") does not have.
_DEFINITION_SHAPE = re.compile(r"(?:a|an|any|each|every)\s+(?:[\w'’-]+\s+){1,6}?"
                               r"(?:that|which|who|whose|where|for\s+which|in\s+which|in\s+respect\s+of\s+which)\b")
_MODAL = re.compile(r"\b(?:shall|must|will|may|should)\b", re.I)
# Civil-law drafting translated from Polish, Czech or Russian lists its definitions as numbered points with a dash
# between the term and its meaning ("5) Posted Invoice – a purchase invoice ... which fulfils all of the following
# conditions: a) ...", "1. Group Companies - the Ordering Party and ..."): a definition under a definitions heading
# (the clause's own or its parent's), or after a lead-in that announces the terms ("the following terms ... shall
# have the meaning given below:"). A term of a few capitalised words, a spaced dash, then the meaning. Israeli and
# other drafting quotes the term ('"Resolved Dispute" - a Dispute in respect of which ...', after "the following
# terms shall have the meanings set out beside them:"): the same line with the term in quotes.
DASH_DEFINITION = re.compile(r"^(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)?\s*"
                             r"(?:(?P<quote>[\"“])(?=[^\"”]{1,60}[\"”]\s+[–—-]\s))?"
                             r"(?P<term>[A-Z][\w&/'-]*(?: (?:[A-Z][\w&/'-]*|of|and|or|to|the|for|in)){0,5})"
                             r"(?(quote)[\"”])\s+[–—-]\s+(?P<meaning>\S.*)$")
# An SOW or order form names its billing unit on a labelled line and defines it after a dash, wherever the line sits:
# "Unit of Billing: Completed Enrollment - an enrollment application for which the member record has been created in
# Customer's Facets system", "Billable Unit: Resolved Chat – a chat that ...". The label says a unit is being defined.
# (or as a key-terms table's row: "Billable Unit | Resolved Case: a Case closed in the Customer's Salesforce ...")
UNIT_DEFINITION = re.compile(r"^(?:[A-Z]?[\d.]+\s+)?(?i:unit\s+of\s+(?:billing|charge|measure)|billing\s+unit|"
                             r"billable\s+unit|billable\s+(?:outcome|event)|charging\s+unit|pricing\s+unit)\s*[:|]\s*"
                             r"(?P<term>[A-Z][\w&/'-]*(?: (?:[A-Z][\w&/'-]*|of|and|or|to|the|for|in)){0,5})"
                             r"(?:\s+[–—-]\s+|:\s+)(?P<meaning>\S.*)$")
_TERMS_LEAD_IN = re.compile(r"\b(?:following\s+(?:terms|words|expressions)|(?:meaning|meanings)\s+(?:given|set\s+out|"
                            r"assigned)\s+below|have\s+the\s+following\s+meanings?)\b", re.I)


def colon_definition(line: str, under_glossary: bool) -> re.Match[str] | None:
    """The "Term: meaning" match of a line that defines a term: under a definitions heading any such line, elsewhere
    only one whose meaning has a definition's shape."""
    match = COLON_DEFINITION.match(line)
    if match is None or under_glossary:
        return match
    meaning = match.group("meaning")
    return match if _DEFINITION_SHAPE.match(meaning) and not _MODAL.search(meaning) else None


def is_glossary_heading(heading: str) -> bool:
    """Does a clause heading announce a glossary ("Definitions", "Interpretation", "Glossary")?"""
    heading = heading.lower()
    return "definition" in heading or "interpretation" in heading or "glossary" in heading


def glossed(text: str) -> tuple[str, str] | None:
    """The term and its bracketed name in the other language, for a definition that opens with both ('"Erledigter
    Schadenfall" (Completed Claim Intake) means ...' gives ("Erledigter Schadenfall", "Completed Claim Intake"))."""
    match = _MEANS.match(text)
    gloss = _GLOSS.match(match.group("gloss") or "") if match else None
    return (match.group("term"), gloss.group("term")) if match and gloss else None


def is_pointer(text: str) -> bool:
    """A short "has the meaning given in Annex 2" that leaves the meaning to another place."""
    return len(text.strip()) <= 160 and bool(_POINTER.match(text.strip()))


def _sentence_around(text: str, index: int) -> str:
    starts = [0] + [match.end() for match in _SENTENCE_END.finditer(text) if match.end() <= index]
    start = starts[-1]
    end_match = _SENTENCE_END.search(text, index)
    end = end_match.start() if end_match else len(text)
    return text[start:end].strip()


# '...; "Group Company" means ...' or '...; and "Termination" means ...': the next definition run into the same line
_BEFORE_NEXT_DEFINITION = re.compile(r"[;.]\s*(?:and|or)?\s*$")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return end if end != -1 else len(text)


def _definition_end(text: str, start: int, following: re.Match[str] | None) -> int:
    """Where a ``"Term" means`` definition ends: at its line's end, or where the next one starts on the same line
    after a semicolon or full stop (a filing's text that runs the whole glossary into one paragraph)."""
    end = _line_end(text, start)
    if following is not None and following.start() < end and _BEFORE_NEXT_DEFINITION.search(text, start,
                                                                                            following.start()):
        return following.start()
    return end


# A template's unfilled definition: '"Completed Referral" means [Guidance: the Authority should insert a
# definition here ...]', '"Resolution" means [to be inserted]'. The term is named, not defined.
_PLACEHOLDER_MEANING = re.compile(r"(?:means|shall\s+mean|shall\s+refer\s+to|refers\s+to)\s*:?\s*\[\s*"
                                  r"(?:guidance|drafting\s+note|note\s+to\s+(?:draft|drafter)|note|insert|placeholder|"
                                  r"tbc|tbd|to\s+be\s+(?:inserted|agreed|confirmed|completed|determined)|\.\.\.|…)",
                                  re.I)


# A term defined under its full name and its abbreviation joined by "or": "Housing Management System or HMS",
# "Service Level Agreement or SLA" (the abbreviation in capitals, so "Goods or Services" stays one term)
OR_ACRONYM = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+or\s+(?P<short>[A-Z][A-Z0-9&]{1,7})")


def collect_definitions(clauses: Iterable[Clause]) -> tuple[Definition, ...]:
    """Every defined term in document order; the first definition of a term wins."""
    found: dict[str, Definition] = {}
    headings: dict[str, str] = {}
    parents: dict[str, str] = {}

    texts: dict[str, str] = {}
    section = ""  # the heading of the last top-level clause that is a heading only ("CLAUSE ONE - OF THE DEFINITIONS")

    def in_glossary(clause: Clause) -> bool:
        """Under a definitions heading: the clause's own, an ancestor's a level or two up, or the section's that a
        heading-only clause opens ("CLAUSE ONE - OF THE DEFINITIONS", then 1.1 "the terms below ... shall have the
        following meanings:", then "1.1.1. Atende+ Platform: the ticketing platform ..."); or under a parent whose
        lead-in announces the terms."""
        if is_glossary_heading(section):
            return True
        path: str | None = clause.path
        for _ in range(3):
            if path is None:
                return False
            if is_glossary_heading(headings.get(path, "")) or (path != clause.path and _TERMS_LEAD_IN.search(
                    texts.get(path, "").partition("\n")[0])):
                return True
            path = parents.get(path)
        return False

    def add(term: str, text: str, clause: Clause) -> None:
        term = term.strip()
        key = term.casefold()
        if _PLACEHOLDER_MEANING.search(text[:len(term) + 40]):
            return
        if term and (key not in found or (is_pointer(found[key].text) and not is_pointer(text))):
            found[key] = Definition(term=term, text=text.strip(), clause=clause.path)
        alias = OR_ACRONYM.fullmatch(term)
        if alias:
            # "Housing Management System or HMS means ...": one meaning under two names, each used on its own
            add(alias.group("name"), text, clause)
            add(alias.group("short"), text, clause)

    for clause in clauses:
        text = clause.text
        headings[clause.path] = clause.heading
        texts[clause.path] = text
        if clause.parent:
            parents[clause.path] = clause.parent
        elif clause.heading:
            section = clause.heading  # a top-level heading opens a section, and the next one closes it
        means = list(_MEANS.finditer(text))
        for match, following in zip(means, [*means[1:], None], strict=False):
            meaning = text[match.start(): _definition_end(text, match.start(), following)]
            add(match.group("term"), meaning, clause)
            gloss = _GLOSS.match(match.group("gloss") or "")
            if gloss:
                add(gloss.group("term"), meaning, clause)
        for regex in (LEADING_MEANING, _IS_A, BECOMES, TREATED_AS, OCCURS, _UNQUOTED_MEANS, _RUN_IN_IS_A):  # line's end
            for match in regex.finditer(text):
                add(match.group("term"), text[match.start(): _line_end(text, match.start())], clause)
        if "following" in text:
            for match in LISTED_AS.finditer(text):
                add(listed_term(match), text[match.start(): _line_end(text, match.start())], clause)
        if clause.heading and " is " in text[:len(clause.heading) + 12]:
            # the run-in heading parsed as the clause's heading: "3.2 Completed Claim." over "A Completed Claim is a
            # claim for which ..."
            bare = _HEADED_IS_A.match(text)
            if bare and bare.group("term") == clause.heading.strip().rstrip("."):
                add(bare.group("term"), text[:_line_end(text, 0)], clause)
        for regex in (_INLINE, _UNQUOTED_INLINE):
            for match in regex.finditer(text):
                add(match.group("term"), _sentence_around(text, match.start()), clause)
        if " | " in text:
            for line in text.splitlines():
                row = _QUOTED_ROW.match(line.strip())
                if row:
                    add(row.group("term"), row.group("meaning"), clause)
        if is_glossary_heading(clause.heading):
            for line in text.splitlines():
                row = _TABLE_ROW.match(line.strip()) or COLON_DEFINITION.match(line.strip())
                if row and len(row.group("term").split()) <= 6 and not _HEADER_ROW.match(line.strip()):
                    add(row.group("term"), row.group("meaning"), clause)
        elif " | " in text:
            # a table whose header row says it defines ("Term | Meaning") is a glossary wherever it sits: an order
            # form's "KEY TERMS" table, to the end of the table
            in_table = one_cell = False
            for line in text.splitlines():
                line = line.strip()
                if _HEADER_ROW.match(line) or _DEFINING_COLUMN_HEADER.match(line):
                    in_table, one_cell = True, not _HEADER_ROW.match(line)
                    continue
                row = _TABLE_ROW.match(line) if in_table else None
                if row is None:
                    in_table = in_table and " | " in line
                    continue
                if len(row.group("term").split()) <= 6:
                    # (under a definitions column, the meaning is that cell: the price beside it is no part of it)
                    meaning = row.group("meaning").split(" | ")[0].rstrip(" |") if one_cell else row.group("meaning")
                    add(row.group("term"), meaning, clause)
        elif ": " in text:
            for line in text.splitlines():
                colon = colon_definition(line.strip(), under_glossary=False)
                if colon:
                    add(colon.group("term"), colon.group("meaning"), clause)
        if not is_glossary_heading(clause.heading) and in_glossary(clause):
            # a numbered definition under the definitions clause ("1.1.1. Atende+ Platform: the ticketing platform
            # licensed, administered and hosted by the CONTRACTING PARTY"): "Term: meaning" opening the clause
            row = COLON_DEFINITION.match(text.strip().partition("\n")[0])
            if row and len(row.group("term").split()) <= 6:
                add(row.group("term"), row.group("meaning"), clause)
            elif _HEADING_TERM.fullmatch(clause.heading.strip()) and text.strip()[:1].islower():
                # ... read with its term as the clause's run-in heading and the meaning, a lower-case noun phrase,
                # as its text
                add(clause.heading.strip(), text, clause)
        if ": " in text:
            for line in text.splitlines():
                unit = UNIT_DEFINITION.match(line.strip())
                if unit:
                    add(unit.group("term"), line.strip()[unit.start("term"):], clause)
        if (is_glossary_heading(clause.heading) or is_glossary_heading(headings.get(clause.parent or "", ""))
                or _TERMS_LEAD_IN.search(text.partition("\n")[0])):
            for line in text.splitlines():
                dash = DASH_DEFINITION.match(line.strip())
                if dash and not _MODAL.search(dash.group("term")):
                    add(dash.group("term"), line.strip()[dash.start("term"):], clause)
    return tuple(found.values())
