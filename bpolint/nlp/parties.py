"""Who is the customer and who the supplier in *this* contract.

Contracts name the parties in many ways: role words (Customer, Client,
Buyer, Authority, Licensee / Supplier, Provider, Vendor, Contractor,
Consultant) or a defined short name (``Kubient Inc. (“Kubient”)``). The
preamble definitions and recitals settle which name plays which role; role
words are always recognised as a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..model import Clause, Definition
from .numbers import case_blind

CUSTOMER, SUPPLIER, BOTH = "customer", "supplier", "both"

# A mortgage owner hands its loans to a "Subservicer" (the "Servicer" when it services for an investor).
# A HIPAA business associate agreement names the parties by their roles under the Act: the health plan or
# provider is the "Covered Entity", the outsourcer its "Business Associate". An insurer outsources its claims
# handling to a "TPA" (third-party administrator).
CUSTOMER_WORDS = ("customer", "client", "buyer", "purchaser", "authority", "licensee", "service recipient",
                  "contracting authority", "covered entity")
SUPPLIER_WORDS = ("supplier", "provider", "service provider", "service partner", "vendor", "contractor", "consultant",
                  "licensor",
                  "outsourcer", "bpo provider", "subcontractor", "processor", "seller", "servicer",
                  "subservicer", "sub-servicer",
                  "business associate", "tpa", "third party administrator", "third-party administrator")
BOTH_WORDS = ("either party", "each party", "both parties", "the parties", "each of the parties", "a party",
              "either of the parties", "neither party", "any party", "any of the parties", "either of them",
              # Arabic drafting in translation (al-tarafan): "The Two Parties shall agree the target level"
              "the two parties", "both the parties")
# People acting for the customer: their rights are the customer's rights.
# A regulator given access in an outsourcing contract is the regulated customer's ("the Reserve Bank
# of India ... has right to access and inspect ... records ... processed by Mobimagic").
# A US government contract (FAR/DFARS clauses) acts through its "Contracting Officer" and his or her
# "authorized representative".
CUSTOMER_AGENTS = ("auditor", "auditors", "regulator", "regulators", "independent auditor",
                   "external auditor", "external auditors", "inspector", "regulatory authority",
                   "regulatory authorities", "supervisory authority", "supervisory authorities", "regulatory body",
                   "regulatory bodies", "central bank", "reserve bank", "contracting officer")
# A US government contract never defines its buyer: FAR clauses call it "the Government" throughout. Only
# the capitalised name is the party; "any government authority" or "government-issued ID" is not.
GOVERNMENT_WORDS = ("government",)
# US state and municipal procurement calls its buyer "the State", "the Department", "the City" or "the County"
# beside a "Vendor" or "Contractor", and defines neither. These words are the customer only in a contract that
# uses them so and names no other customer: elsewhere "the State of Delaware" is a governing law and "the
# Supplier's IT Department" a part of the supplier.
PUBLIC_BUYER_WORDS = ("state", "department", "city", "county")
_PUBLIC_BUYER = re.compile(r"\b[Tt]he (State|Department|City|County)\b(?! of\b)")
_NAMED_CUSTOMER = re.compile(r"\b(?:Customer|Client|Buyer|Purchaser|Authority|Licensee|Covered Entity|Government|"
                             r"Company|Principal|Bank|Insurer|Trustee)\b")

# '(each and both of them "Recipient")', '(collectively and each of them "Seller")': two companies as one party
_QUOTED_TERM = re.compile(r"\(\s*(?:the\s+|(?:hereinafter|collectively|individually|each)"
                          r"(?:\s+(?:and|or)\s+(?:both|all|each))?(?:\s+of\s+them)?,?\s+"
                          r"(?:(?:(?:referred\s+to|called)\s+(?:herein\s+)?as)\s+)?(?:the\s+)?)?[\"“”']"
                          r"(?P<term>(?:the\s+)?(?:[a-z]?[A-Z][\w&.\- ]{1,40}?|[a-z][a-z0-9]*[\-.][a-z0-9][\w\-.]*)),?"
                          r"[\"“”'](?P<aliases>(?:\s*(?:,|or|and)?\s*(?:the\s+)?[\"“][^\"“”]{1,40}[\"”]){0,3})\s*\)")
# 'MEDICAL MANAGER MIDWEST, INC., hereinafter referred to as "MMMW", hereby agrees': the same definition
# without brackets (older US drafting). Needs "hereinafter"/"hereafter" and a quoted name, so an ordinary
# "referred to as" in a sentence defines no party.
_HEREINAFTER_TERM = re.compile(r"(?<=[,\s])(?i:hereinafter|hereafter)\s+(?i:(?:referred\s+to|called|designated|known)"
                               r"\s+)?(?i:as\s+)?(?i:the\s+)?[\"“”']"
                               r"(?P<term>(?:the\s+)?[a-z]?[A-Z][\w&.\- ]{1,40}?),?[\"“”']"
                               r"(?P<aliases>(?:\s*(?:,|or|and)?\s*(?:the\s+)?[\"“][^\"“”]{1,40}[\"”]){0,3})")


# "(hereinafter referred to as MORPHO)": the same definition with no quotes at all, in brackets
_HEREINAFTER_BARE = re.compile(r"\(\s*(?i:hereinafter|hereafter)\s+(?i:(?:referred\s+to|called|designated|known)\s+)?"
                               r"(?i:as\s+)?(?i:the\s+)?(?P<term>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})(?P<aliases>)\s*\)")


def _party_terms(zone: str) -> list[re.Match[str]]:
    """Every quoted short name the parties zone defines, bracketed or after a bare "hereinafter"."""
    bracketed = list(_QUOTED_TERM.finditer(zone)) + list(_HEREINAFTER_BARE.finditer(zone))
    inside = [(m.start(), m.end()) for m in bracketed]
    bare = [m for m in _HEREINAFTER_TERM.finditer(zone) if not any(s <= m.start() < e for s, e in inside)]
    return sorted(bracketed + bare, key=lambda m: m.start())


# "ABN 21 604 118 337 (the Commonwealth)", "Pty Ltd, of Level 9 ... (the Contractor)": a party's short
# name defined without quotes (Australian and UK drafting, often in bold), at the end of its line.
_UNQUOTED_TERM = re.compile(r"\(\s*the\s+(?P<term>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})\s*\)"
                            r"(?=\.?\s*(?:$|\n|;|,?\s*(?:and|of the \w+ part)\b))", re.M)
# A legal person's form or registration number: "Pty Ltd", "Inc.", "ABN 21 604 118 337".
_LEGAL_FORM = (r"(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|plc|Pty|GmbH|S\.A|N\.V|B\.V|Corp|"
               r"Corporation|Company|ABN|ACN|CIN)\b")
_ENTITY = re.compile(rf"\b{_LEGAL_FORM}")
# A public body is a legal person without a company's form: "Tenancy Standards Authority, a Crown entity
# established under ... (the Agency)", "a statutory corporation", "a government department", "a local authority".
_PUBLIC_BODY = re.compile(r"\b(?:a|the)\s+(?:Crown\s+(?:entity|agent|research\s+institute)|"
                          r"(?:statutory|public)\s+(?:body|corporation|authority|entity)|body\s+corporate|"
                          r"(?:government|public\s+service)\s+department|department\s+of\s+state|"
                          r"departmental\s+agency|local\s+authority|state[-\s]owned\s+enterprise|"
                          r"(?:Commonwealth|corporate\s+Commonwealth)\s+entity)\b", re.I)
# A term sheet or heads of terms lists its parties as "Label: name" lines, the label being the party's short name:
# "- Society: Pennine Vale Building Society, a building society incorporated under ...", "Supplier: Ardent Ltd,
# company number 0884". Only a label of up to three capitalised words opening its line, and a name after it that is
# a legal person (a legal form, a public body, or "incorporated"/"registered"/"established" within its first words),
# so "Definitive Agreement: The parties will sign ..." or "Date: 19 January 2026" names nobody.
_LABELLED_PARTY = re.compile(r"(?m)^[ \t]*(?:[-•*\u2022][ \t]+)?(?:the[ \t]+)?"
                             r"(?P<term>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,2})[ \t]*:[ \t]+"
                             r"(?P<name>[A-Z][^\n]{2,240})(?P<aliases>)")
# a letter's or memo's header fields are no party labels ("Re: Document review services - In re Fairhaven, Inc.")
_HEADER_LABELS = frozenset({"re", "to", "from", "cc", "bcc", "subject", "date", "attention", "attn", "ref", "our ref",
                            "your ref", "matter", "title", "version", "status"})
# ... nor are a form's fields ("Company Name: Cardlytics, Inc.", "Registered Address: ...", "Signed by: ...")
_FORM_FIELDS = frozenset({"name", "names", "address", "number", "no", "signature", "title", "email", "e-mail",
                          "phone", "telephone", "fax", "by", "contact", "representative", "attention", "attn", "office",
                          "entity", "signatory", "witness", "nationality", "jurisdiction"})
# the name is a proper name: two capitalised words first ("Pennine Vale ...", "Kestrel Operations Ltd")
_PROPER_NAME = re.compile(r"[A-Z][\w&'’.\-]*,?\s+[A-Z0-9]")
_LEGAL_PERSON_WORDS = re.compile(r"\b(?:incorporated|registered|established|company\s+number)\b", re.I)


def _labelled_parties(zone: str) -> list[re.Match[str]]:
    """The "Label: legal name" lines of a term sheet's parties list (two or three: more are a table of details)."""
    out = []
    for match in _LABELLED_PARTY.finditer(zone):
        term = match.group("term")
        end = zone.find("\n", match.start("name"))
        name = zone[match.start("name"):end if end >= 0 else len(zone)]  # the whole line
        if term.lower().split()[-1] in _NOT_PARTIES or _role_word(term) is None and len(term.split()) > 2 \
                or term.lower() in _HEADER_LABELS or term.lower().split()[-1] in _FORM_FIELDS \
                or not _PROPER_NAME.match(name) or _party_terms(name):
            # (a line that defines its party's short name itself, '... (hereinafter the "Bank" or the "First
            # Party")', is read by that definition)
            continue
        head = name[:120]
        if _ENTITY.search(head) or _PUBLIC_BODY.search(head) or _LEGAL_PERSON_WORDS.search(head):
            out.append(match)
    return out if 2 <= len(out) <= 3 else []  # both parties listed so: one such line is a detail of something else
_ALIAS = re.compile(r"[\"“]([^\"“”]{1,40}?),?[\"”]")
# "X wishes to engage ..." -> X is the customer; "services to X" -> X is the customer;
# "... to retain X" -> X is the supplier; "X shall provide the services" -> X is the supplier.
_AFTER_CUSTOMER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}?(?:wish(?:es)?|desires?|wants?|intends?|has agreed|agrees)\s+to\s+"
    r"(?:engage|retain|appoint|outsource|obtain|receive|purchase|procure|hire|delegate|entrust|consign)", re.I)
_BEFORE_CUSTOMER = re.compile(r"\b(?:services?|work|support)\s+(?:to|for)\s+(?:the\s+)?$", re.I)
_BEFORE_SUPPLIER = re.compile(r"\b(?:engage|engages|retain|retains|appoint|appoints|hire|hires)\s+(?:the\s+)?$", re.I)
_SUPPLIER_HINTS = re.compile(
    r"\b(?:provides?|will provide|shall provide|agrees? to provide|wish(?:es)? to provide|desires? to provide|"
    r"is engaged|is in the business|speciali[sz]es|has experience|offers?)\b",
    re.I,
)
_PROVIDES = re.compile(r"^[\s\"”')]*(?:,\s*)?(?:(?:which|who|that)\s+)?(?:hereby\s+)?"
                       r"(?:(?:shall|will|agrees to|is to)\s+provide|provides\b)", re.I)


@dataclass(frozen=True)
class Parties:
    """Lower-cased names for each role; a name in both is ambiguous and ignored."""

    customer: tuple[str, ...]
    supplier: tuple[str, ...]
    both: tuple[str, ...] = BOTH_WORDS
    agents: tuple[str, ...] = CUSTOMER_AGENTS
    cased: tuple[str, ...] = ()  # names recognised only when capitalised ("Plan", not "a transition plan")
    # pronouns the contract defines as a party ('("we", "us" and "our")'): matched as written in lower,
    # title or upper case, but "US" is the United States, not "us"
    pronouns: tuple[str, ...] = ()

    def role_of(self, name: str) -> str | None:
        """The role a (lower-cased) name plays, or ``None``."""
        name = name.lower()
        if name in self.both:
            return BOTH
        if name in self.customer or name in self.agents:
            return CUSTOMER
        if name in self.supplier:
            return SUPPLIER
        return None

    def names(self) -> dict[str, str]:
        """Every name with its role, for building a phrase matcher."""
        out: dict[str, str] = {}
        for role, names in ((CUSTOMER, self.customer + self.agents), (SUPPLIER, self.supplier), (BOTH, self.both)):
            for name in names:
                out.setdefault(name, role)
        return out


# Words that name a party's role only when the contract defines a party by them
# ("the Company", "the Operator"); too common to treat as a party everywhere.
CONTEXT_CUSTOMER = ("company", "owner", "trust", "fund", "funds", "principal", "employer", "bank", "insurer",
                    "airline", "hospital", "retailer", "merchant", "sponsor", "member", "user", "subscriber",
                    "customer", "client", "buyer", "purchaser", "licensee", "authority")
CONTEXT_SUPPLIER = ("operator", "administrator", "adviser", "advisor", "sub-advisor", "subadvisor", "sub-adviser",
                    "manager", "agent", "repairer", "maintainer", "developer", "host", "executive", "employee",
                    "reseller", "carrier", "distributor", "consultant", "contractor", "supplier", "provider",
                    "service provider", "vendor", "licensor", "servicer", "subservicer", "sub-servicer", "outsourcer",
                    "processor", "transfer agent",
                    "sub-advisor", "company representative", "service partner", "partner", "outsourcing partner",
                    "delivery partner", "bpo partner",
                    # NCQA and CMS delegation: the health plan delegates utilization management or credentialing
                    # to a "Delegate" (a "Delegated Entity"); elsewhere a delegate is anyone's representative
                    "delegate", "delegated entity", "delegatee")
_NOT_PARTIES = ("agreement", "date", "service", "term", "schedule", "exhibit", "product", "fee", "territory",
                "confidential", "information", "work", "project", "act", "law", "plan", "policy", "effective",
                "commencement", "charges", "price", "amendment", "deliverable", "software", "system", "property",
                "premises", "site", "facility", "contract", "order", "statement", "program", "programme", "shares",
                "stock", "sow", "framework", "deed", "call-off", "order form",
                # a public tender's documents, defined in the recitals beside the parties: 'Request for Proposals No.
                # 112 (the "RFP")', 'the Contractor's proposal dated 6 October 2025 (the "Proposal")' - no party
                "proposal", "rfp", "rfq", "solicitation", "quotation",
                # the master agreement a statement of work sits under, defined beside the parties: 'under the Master
                # Services Agreement ... dated June 1, 2024 (the "MSA")' - no party
                "msa")


# Plain-English contracts name the parties by pronouns: '... DAC ("we", "us" and "our")', '"you" means the
# Customer'. Defining one form of a person defines the others ("our" goes with "we" and "us").
FIRST_PERSON = ("we", "us", "our", "ours", "ourselves")
SECOND_PERSON = ("you", "your", "yours", "yourself", "yourselves")
POSSESSIVE_PRONOUNS = frozenset({"our", "your"})
# "Either of us may raise this": both parties, once the contract calls itself "we" and "you".
BOTH_PRONOUN_WORDS = ("either of us", "each of us", "both of us", "neither of us", "any of us")
_PRONOUN = r"(?:we|us|our|ours|you|your|yours)"
_PRONOUN_ITEM = re.compile(r"^\s*(?:and|or|,)?\s*(?:the\s+)?[\"“']?(?P<word>[^\"“”',]+?)[\"”']?\s*,?\s*$", re.I)
# a parenthesis listing the names a party goes by, at least one a pronoun: '("we", "us" and "our")',
# '(the "Customer" or "you")', unquoted on a front sheet: 'Brightwater Limited (you)'
# Found in two linear steps, not one pattern: a single pattern with repeated optional-separator items
# backtracks exponentially on a long unclosed parenthesis (14 s on one damaged PDF text layer).
_PAREN = re.compile(r"\((?P<inner>[^()]{1,250})\)")
_PAREN_LEAD = re.compile(r"\s*(?:(?:together|collectively|each|also|hereinafter|hereafter)\s+)*"
                         r"(?:(?:referred\s+to|called|known)\s+(?:herein\s+)?as\s+)?")
_NAME_SEPARATOR = re.compile(r",|\band\b|\bor\b")
_NAME_ITEM = re.compile(r"(?:the\s+)?[\"“']?[A-Za-z][\w&.\- ]{0,40}[\"”']?")


def _name_lists(zone: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each parenthesis of ``zone`` that lists up to five names, with its list: '("we", "us" and
    "our")', '(the "Customer" or "you")', '(hereinafter called "you")'."""
    for paren in _PAREN.finditer(zone):
        inner = paren.group("inner")
        body = inner[_PAREN_LEAD.match(inner).end():]  # type: ignore[union-attr]  # matches empty
        items = [item.strip() for item in _NAME_SEPARATOR.split(body)]
        if body.strip() and len(items) <= 5 and all(not item or _NAME_ITEM.fullmatch(item) for item in items):
            yield paren, body
# '"we", "us" and "our" mean Acme Ltd', 'references to "you" are to the Customer', '"You" means the Client'
_PRONOUN_MEANS = re.compile(
    rf"(?i:references?\s+to\s+)?(?P<words>[\"“'](?i:{_PRONOUN})[\"”'](?:\s*(?:,|and|or)\s*[\"“'](?i:{_PRONOUN})[\"”']){{0,4}})"
    rf"\s*,?\s+(?i:means?|refers?\s+to|(?:is|are)\s+(?:a\s+)?(?:references?\s+)?to|shall\s+mean)\s+"
    rf"(?i:the\s+)?(?P<name>[\w&\-]+(?:\s+[A-Z][\w&\-]*){{0,4}})")

_QUOTED_PRONOUN = re.compile(rf"[\"“']{_PRONOUN}[\"”']")  # on case_blind text: lower case


def _person(word: str) -> tuple[str, ...] | None:
    word = word.lower()
    return FIRST_PERSON if word in FIRST_PERSON else SECOND_PERSON if word in SECOND_PERSON else None


def _pronoun_roles(zone: str, text: str, roles: dict[str, str]) -> dict[str, str]:
    """The role of each pronoun the contract defines as a party, by person ("we"/"you").

    A pronoun takes the role of a name defined with it ('(the "Customer" or "you")'), of a role word
    naming the party it is attached to ('the customer named in the Order Form ("you")'), of the name it
    "means"; failing that the other person's opposite, and failing that what the text says each does
    ("we will provide", "you will pay"; provider-written terms calling the provider "we" when nothing
    says otherwise). Pronouns the contract does not define are nobody's name (advice, guidance)."""
    found: dict[tuple[str, ...], str | None] = {}
    previous = 0
    for match, body in _name_lists(zone):
        items = [m.group("word").strip() for m in map(_PRONOUN_ITEM.match, _NAME_SEPARATOR.split(body))
                 if m is not None]
        persons = {_person(item) for item in items} - {None}
        names = [item for item in items if _person(item) is None]
        if len(persons) != 1 or any(len(name.split()) > 4 for name in names):
            previous = match.end()
            continue
        person = persons.pop()
        assert person is not None
        role = next((r for r in (_role_word(n) or roles.get(re.sub(r"^the\s+", "", n.lower())) for n in names)
                     if r is not None), None)
        if role is None:
            # the party the parenthesis closes: role words in its own line or description
            segment = zone[max(previous, match.start() - 300):match.start()]
            segment = re.split(r"\n|\bbetween\b|;\s*and\b|\)\s*and\b", segment)[-1]
            words = [w for w in (*CUSTOMER_WORDS, *SUPPLIER_WORDS) if re.search(rf"\b{w}\b", segment, re.I)]
            kinds = {_role_word(w) for w in words}
            role = kinds.pop() if len(kinds) == 1 else None
        found.setdefault(person, role)
        if found[person] is None:
            found[person] = role
        previous = match.end()
    # (a quoted pronoun is in every match: looked for first in the case-blind copy, a scan that jumps to each quote)
    means = _PRONOUN_MEANS.finditer(text[:60000]) if _QUOTED_PRONOUN.search(case_blind(text[:60000])) else ()
    for match in means:
        words = re.findall(r"\w+", match.group("words"))
        person = _person(words[0])
        name = match.group("name").lower().split()
        # a role word may be a lower-case compound: '"you" means the service provider named in the Order'
        following = text[match.start("name"):match.start("name") + 60].lower().split()[:2]
        prefixes = (*(" ".join(name[:k]) for k in range(len(name), 1, -1)), " ".join(following), name[0])
        role = next((r for r in (_role_word(p) or roles.get(p) for p in prefixes) if r is not None), None)
        if person is not None and (found.get(person) is None):
            found[person] = role
    if not found:
        return {}
    other: dict[tuple[str, ...], tuple[str, ...]] = {FIRST_PERSON: SECOND_PERSON, SECOND_PERSON: FIRST_PERSON}
    for person in list(found):
        if found[person] is None and found.get(other[person]) is not None:
            found[person] = SUPPLIER if found[other[person]] == CUSTOMER else CUSTOMER
    if any(role is None for role in found.values()):
        first = _pronoun_vote(text or zone)
        for person in found:
            if found[person] is None:
                found[person] = first if person is FIRST_PERSON else (SUPPLIER if first == CUSTOMER else CUSTOMER)
    return {word: role for person, role in found.items() if role is not None for word in person}


_PROVIDER_VERBS = (r"(?:provide|perform|deliver|supply|run|operate)\s+(?:the\s+|these\s+|our\s+|your\s+)?"
                   r"(?:services?|work)")
_MODAL = r"(?:will|shall|must|agrees?\s+to|undertakes?\s+to|commits?\s+to)\s+"
# paying the price, not "we will pay your staff" (a payroll provider's service)
_PAY = r"pay\s+(?:(?:the|our|your|each|all|any)\s+)?(?:charges|fees|price|invoices?|amounts?\s+(?:due|invoiced))\b"


def _pronoun_vote(text: str) -> str:
    """The first person's role by what the text says "we" and "you" do: providing the services, paying
    the charges, invoicing. Provider-written terms ("we") are the default."""
    def count(pattern: str) -> int:
        return len(re.findall(pattern, text, re.I))

    supplier = (count(rf"\bwe\s+(?:{_MODAL})?{_PROVIDER_VERBS}") + count(rf"\byou\s+(?:{_MODAL})?{_PAY}")
                + count(r"\bpay\s+us\b") + count(rf"\bwe\s+(?:{_MODAL})?invoice\s+you\b")
                + count(r"\bservices\s+(?:to|for)\s+you\b"))
    customer = (count(rf"\byou\s+(?:{_MODAL})?{_PROVIDER_VERBS}") + count(rf"\bwe\s+(?:{_MODAL})?{_PAY}")
                + count(r"\bpay\s+you\b") + count(rf"\byou\s+(?:{_MODAL})?invoice\s+us\b")
                + count(r"\bservices\s+(?:to|for)\s+us\b"))
    return CUSTOMER if customer > supplier else SUPPLIER


# An extract of plain-English terms that names itself ("this Order Form", "these Terms") and whose "we" and "you"
# promise things ("we'll give you", "you can cancel") is spoken by one party to the other, even where the page
# defining them is not in the extract. Capitalised, as a contract names itself: guidance writes "the agreement".
_SELF_NAMED = re.compile(r"\b(?:[Tt]his|[Tt]hese) (?:Order Form|Order|Agreement|Terms(?: of Service)?|Contract|"
                         r"Statement of Work|SOW|Service Order|Subscription Agreement|Master Services Agreement)\b")
_PRONOUN_PROMISE = re.compile(r"\b(?:we|you)(?:['’]ll\b|\s+(?:will|shall|must|can|may|agree to|won['’]t|"
                              r"will not|cannot|can['’]t)\b)", re.I)
# Click-through terms and order-form extracts often never name themselves either ("We'll tell you before we start
# using any new AI model on your account", "You may audit our records ... with our prior written consent"): a
# sentence in which one person promises or may do something and both persons take part is one party speaking to
# the other. Guidance talks to the reader too, but its "we" is the author, who recommends rather than promises
# ("We recommend that you ask for an audit right"), and it advises: any advice word keeps its pronouns nobody's.
_FIRST_PERSON_WORD = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?)\b")
_SECOND_PERSON_WORD_ANY = re.compile(r"\b(?:you|your|yours)\b", re.I)
_ADVICE_WORD = re.compile(r"\b(?:recommend\w*|suggest\w*|advis\w+|should|ought|consider\w*|tips?|best practice|"
                          r"checklist|negotiat\w+)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _speaking_to_each_other(text: str) -> bool:
    """Whether a sentence of ``text`` has "we" and "you" dealing with each other under a promise or a permission
    ("If an audit shows we have overcharged you, we'll refund the overcharge"), and nothing in it advises."""
    if _ADVICE_WORD.search(text):
        return False
    return any(_PRONOUN_PROMISE.search(sentence) and _FIRST_PERSON_WORD.search(sentence)
               and _SECOND_PERSON_WORD_ANY.search(sentence) for sentence in _SENTENCE_END.split(text))


def _speaking_pronouns(text: str) -> dict[str, str]:
    """Pronoun roles for an extract whose parties are nowhere named or defined but which calls itself a
    contract and in which "we" or "you" promise or may do something ('When this Order Form ends, we'll
    give you an export'): the first person by what each does (provider-written by default, see
    :func:`_pronoun_vote`), the second the other. Guidance ("we recommend", "you should") never names itself
    "this Agreement" and so stays nobody's."""
    if not (_SELF_NAMED.search(text) and _PRONOUN_PROMISE.search(text)) and not _speaking_to_each_other(text):
        return {}
    first = _pronoun_vote(text)
    second = SUPPLIER if first == CUSTOMER else CUSTOMER
    return {**{word: first for word in FIRST_PERSON}, **{word: second for word in SECOND_PERSON}}


# An agreement written to one of its parties ("You shall serve as Chief Business Officer", "your employment shall
# commence on ...") calls the other by name all through ("the Company") and never defines "you".
_ADDRESSED_MIN_USES = 20
_ADDRESSED_RATIO = 5
_SECOND_PERSON_WORD = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


def _addressed_pronouns(text: str, roles: dict[str, str]) -> dict[str, str]:
    """Pronoun roles for a contract that addresses one party as "you" without defining it: "you" is the party
    the text hardly names (its defined name used at most a fifth as often as the other's), "we" the one it
    names. Only in a text that calls itself an agreement and uses "you" at least 20 times: a stray "you" in a
    notice form or guidance is nobody."""
    # (each use holds "you" in some case, and no character outside ASCII is "y", "o" or "u" to the case-blind
    # pattern: with fewer of those there are fewer uses, and the scan need not run)
    if text.lower().count("you") < _ADDRESSED_MIN_USES \
            or len(_SECOND_PERSON_WORD.findall(text)) < _ADDRESSED_MIN_USES or not _SELF_NAMED.search(text):
        return {}
    uses = {CUSTOMER: 0, SUPPLIER: 0}
    for name, role in roles.items():
        if role in uses:
            uses[role] += len(re.findall(rf"\b{re.escape(name)}\b", text, re.I))
    named = max(uses, key=lambda role: uses[role])
    addressed = SUPPLIER if named == CUSTOMER else CUSTOMER
    if uses[named] < _ADDRESSED_MIN_USES or uses[addressed] * _ADDRESSED_RATIO > uses[named]:
        return {}
    return {**{word: addressed for word in SECOND_PERSON}, **{word: named for word in FIRST_PERSON}}


# An agreement by email or letter says who writes to whom ("From: Accounts Director, LabelWorks Pvt Ltd (the
# Vendor). To: Northlake Robotics Ltd (the Client)"), and its "we" is the writer, its "you" the addressee.
_HEADER_FIELD = re.compile(r"(?:^|(?<=[\s.;]))(?P<field>From|To|Cc|Subject|Date|Re):\s*", re.M)


def _party_role_in(text: str, roles: dict[str, str]) -> str | None:
    """The one role that the role words or party names in ``text`` give, if they give exactly one."""
    lower = text.lower()
    found = {role for word, role in ((w, _role_word(w)) for w in (*CUSTOMER_WORDS, *SUPPLIER_WORDS))
             if re.search(rf"\b{re.escape(word)}\b", lower)}
    found |= {role for name, role in roles.items() if re.search(rf"\b{re.escape(name)}\b", lower)}
    return found.pop() if len(found) == 1 else None


def _correspondent_pronouns(text: str, roles: dict[str, str]) -> dict[str, str]:
    """Pronoun roles from an email or letter header that gives both parties' roles: "we" the sender's
    role, "you" the addressee's."""
    fields = list(_HEADER_FIELD.finditer(text[:1500]))
    if not fields:
        return {}
    parties: dict[str, str | None] = {}
    for field, following in zip(fields, [*fields[1:], None], strict=True):
        name = field.group("field")
        if name in ("From", "To") and name not in parties:
            end = following.start() if following is not None else text.find("\n", field.end())
            parties[name] = _party_role_in(text[field.end():end if end > 0 else field.end() + 200], roles)
    sender, addressee = parties.get("From"), parties.get("To")
    # both roles must be stated: a memo "From: outside counsel. To: the Client's procurement team" is advice
    if sender is None or addressee is None or sender == addressee:
        return {}
    return {**{word: sender for word in FIRST_PERSON},
            **{word: SUPPLIER if sender == CUSTOMER else CUSTOMER for word in SECOND_PERSON}}


# Translated drafting names each party by a neutral label and says its role once, in brackets right after it:
# "Party A (the client) entrusts to Party B (the contractor)", "The First Party (the Client) appoints the
# Second Party (the Service Provider)". The bracket holds a role word and nothing else, so "Schedule 3 (the
# Supplier's obligations)" names nobody. Korean and Japanese outsourcing law call the parties the entruster
# and the entrustee (consignor and consignee); those words are roles only in such a bracket, since a
# consignee is a receiver of goods elsewhere.
# The bracket may first give the label's original and the party's name, the role last: "The Contracting Entity
# (Entidade Adjudicante, Municipality of Vila Nova, the customer)".
# (The name's first capital comes first, and the check that no word character or hyphen precedes it after it, so
# that the scan jumps from capital to capital instead of trying the look-behind at every character; the name is the
# same one to three words, the longest first, as "(?<![\w\-])(?:[A-Z][\w\-]*\s+){0,2}(?:[A-Z][\w\-]*|[A-Z])".)
_APPOSITION = re.compile(r"(?P<name>[A-Z](?<![\w\-][A-Z])[\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s*"
                         r"\(\s*(?:[^()\"“”]{1,120}?,\s*)?(?i:the\s+)?(?P<role>[A-Za-z][A-Za-z\- ]{1,30}?)\s*\)")
# ... and the label with its role inside one bracket: 'Hanil Bank (Party A, the client)', '("Party B", the provider)'
# (a quoted label may have "the" before it: '(the "Fund", the customer)', or older US drafting's "hereinafter":
# '(hereinafter "Commission", the customer)', '(hereinafter referred to as the "Board", the customer)')
_LABEL_WITH_ROLE = re.compile(r"\(\s*(?:(?i:hereinafter|hereafter)\s+(?:(?i:referred\s+to|called)\s+as\s+)?"
                              r"(?=(?:the\s+)?[\"“]))?(?:the\s+(?=[\"“]))?[\"“]?"
                              r"(?P<name>(?:[A-Z][\w\-]*\s+){0,2}(?:[A-Z][\w\-]*|[A-Z]))[\"”]?\s*[,;]\s*"
                              r"(?i:the\s+)?(?P<role>[A-Za-z][A-Za-z\- ]{1,30}?)\s*\)")
_HEAD_OF = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\s+of\s+")
_SENTENCE_OPENER = re.compile(r"^(?:(?i:the|where|whereas|if|when|whenever|unless|until|and|or|but|then|upon|"
                              r"under|by|for|with|as|in|on|after|before|once|provided|subject|that|each|both)\s+)+")
_APPOSITION_ROLES = {"entruster": CUSTOMER, "entrustor": CUSTOMER, "consignor": CUSTOMER,
                     "entrustee": SUPPLIER, "consignee": SUPPLIER,
                     # Islamic-finance agency (wakalah) drafting in Malaysia and Brunei names the parties by their
                     # roles in the agency: the principal who appoints (the "Muwakkil") is served by the agent it
                     # appoints for a fee, the ujrah (the "Wakil"), as a principal is by its agent
                     "muwakkil": CUSTOMER, "wakil": SUPPLIER}
# Latin American contracts translate CONTRATANTE (the party that hires) and CONTRATADA (the party hired) as
# "the Contracting Party" and "the Contracted Party" (in capitals, as Brazilian drafting writes its party names:
# "the CONTRACTED PARTY undertakes to"): a fixed pair, the hiring party the customer. Only when both are used,
# since "each Contracting Party" elsewhere may mean either party.
_CONTRACTING_PAIR = (("Contracting Party", "contracting party", CUSTOMER),
                     ("Contracted Party", "contracted party", SUPPLIER))
# ... and Brazilian contracts keep the Portuguese words, in capitals as they are drafted ("the CONTRATADA shall
# process personal data only on the documented instructions of the CONTRATANTE"); a Spanish-language one pairs
# the CONTRATANTE with the CONTRATISTA. Again only as a pair.
_CONTRATANTE_PAIRS = ((("CONTRATANTE", "contratante", CUSTOMER), ("CONTRATADA", "contratada", SUPPLIER)),
                      (("CONTRATANTE", "contratante", CUSTOMER), ("CONTRATISTA", "contratista", SUPPLIER)))
# ... and translated into English that Spanish-language pair is "THE CONTRACTING PARTY" and "THE CONTRACTOR"
# (Colombian, Peruvian, Chilean drafting). "The Contracting Party" is the customer only beside "the Contractor",
# and only when the text writes it with the definite article as a name: "each contracting party" is either one.
_CONTRACTOR_PAIR = (("Contracting Party", "contracting party", CUSTOMER), ("Contractor", "contractor", SUPPLIER))
_THE_CONTRACTING_PARTY = re.compile(r"\b(?:[Tt]he|THE) (?:Contracting Party|CONTRACTING PARTY)\b(?!\s+(?:to|of)\b)")
# Clinical-trial and pharmacovigilance outsourcing names the parties as ICH GCP does: the "Sponsor" places the
# work with a contract research organisation, "the CRO". Only as a pair: a sponsor alone may be anything.
_SPONSOR_PAIR = (("Sponsor", "sponsor", CUSTOMER), ("CRO", "cro", SUPPLIER))


_NAMED_SUPPLIER = re.compile(r"\b(?:Vendor|Contractor|Supplier|Provider|Consultant|Offeror|Proposer)\b")


def _public_buyers(text: str, roles: dict[str, str]) -> dict[str, str]:
    """ "The State may terminate this Contract ... to the Vendor": the public buyer's names used in a contract
    that names a supplier by its role and no other customer (lower-cased name -> customer)."""
    text = text[:60000]
    if CUSTOMER in roles.values() or _NAMED_CUSTOMER.search(text) or not _NAMED_SUPPLIER.search(text):
        return {}
    return {match.group(1).lower(): CUSTOMER for match in _PUBLIC_BUYER.finditer(text)}


# "The Outsourcer" is the BPO provider in some contracts ("the Company appoints the Outsourcer") and the company
# that outsources in others ("the Outsourcer may require the Service Provider to ..."). Beside a supplier named by
# another role word it can only be the customer.
_OUTSOURCER = re.compile(r"\b[Tt]he [\"“]?Outsourcer\b")
_OTHER_SUPPLIER = re.compile(r"\b[Tt]he [\"“]?(?:Service Provider|Provider|Supplier|Vendor|Contractor|BPO Provider|"
                             r"Service Partner)\b")


def _outsourcer_role(text: str) -> dict[str, str]:
    """{"outsourcer": customer} when the contract names the Outsourcer beside another supplier role."""
    text = text[:60000]
    return {"outsourcer": CUSTOMER} if "Outsourcer" in text and _OUTSOURCER.search(text) \
        and _OTHER_SUPPLIER.search(text) else {}


def _apposition_roles(text: str, known: dict[str, str] | None = None) -> dict[str, str]:
    """Roles said in a bracket after a party's label ('Party A (the client)'), and the Contracting /
    Contracted Party pair; lower-cased label -> role. A label given two different roles is left out. ``known``: the
    roles already settled for the parties' short names (a "Carrier" found to be the customer stays one here)."""
    found: dict[str, str | None] = {}
    for match in (hit for pattern in (_APPOSITION, _LABEL_WITH_ROLE) for hit in pattern.finditer(text)):
        # a capitalised word opening the sentence is not part of the label: "Where Party B (the contractor) ..."
        name = _SENTENCE_OPENER.sub("", match.group("name")).strip()
        role_text = match.group("role").lower()
        role = (known or {}).get(role_text) or _APPOSITION_ROLES.get(role_text) or _role_word(role_text)
        lower = name.lower()
        # a word that names a party only in context ("Fund", "Administrator") is that party when its own bracket
        # says which side it is on in a role word: '(the "Fund", the customer)'
        stated = match.re is _LABEL_WITH_ROLE and role_text in CUSTOMER_WORDS + SUPPLIER_WORDS \
            and lower not in CUSTOMER_WORDS + SUPPLIER_WORDS
        # ... and so is a word that is usually no party ("Programme", "Fund" of a grant): '(the "Programme", the
        # customer)' says it is one
        if role is None or not name or (_role_word(lower) is not None and not stated) or lower in BOTH_WORDS \
                or (lower.split()[-1] in _NOT_PARTIES and not stated):
            continue
        if len(name) == 1:
            # the tail of a legal form on a signature block, "BRASILEIRAS S/A (the Company)": a lone letter is
            # no label (a label is "Party A"), and read as one every capital "A" opening a sentence was the customer
            continue
        found[lower] = role if found.get(lower, role) == role else None
        # "The City of Oak Hollow (the customer) ... The City may also terminate": a body named "the <Head> of
        # <Place>" goes on as "the <Head>"
        head = _HEAD_OF.search(text, max(0, match.start() - 40), match.start())
        if head and head.end() == match.start() and _role_word(head.group(1).lower()) is None \
                and head.group(1).lower() not in _NOT_PARTIES:
            found[head.group(1).lower()] = role if found.get(head.group(1).lower(), role) == role else None
    for pair in (_CONTRACTING_PAIR, _SPONSOR_PAIR, *_CONTRATANTE_PAIRS):
        # translated Brazilian drafting keeps the original's capitals: "the CONTRACTED PARTY shall ..."
        if all((written in text or written.upper() in text)
               and re.search(rf"\b(?:{written}|{written.upper()})\b", text) for written, _, _ in pair):
            for _, name, role in pair:
                found.setdefault(name, role)
    if _THE_CONTRACTING_PARTY.search(text) and re.search(r"\b(?:[Tt]he|THE) (?:Contractor|CONTRACTOR)\b", text):
        for _, name, role in _CONTRACTOR_PAIR:
            found.setdefault(name, role)
    return {name: role for name, role in found.items() if role is not None}


_LABEL = re.compile(r"party (?:[a-z]|gap|eul)")
_VERB_ROLES = ("delegate",)
_PARTY_A = re.compile(r"\bParty A\b")
_PARTY_B = re.compile(r"\bParty B\b")
# Korean contracts translated into English often keep the romanised labels themselves: "Party Gap" (갑) the client
# and "Party Eul" (을) the contractor, the same convention as Party A and Party B
_PARTY_GAP = re.compile(r"\bParty Gap\b")
_PARTY_EUL = re.compile(r"\bParty Eul\b")
# Egyptian, Gulf and Indonesian drafting names the parties "the First Party" and "the Second Party" (Pihak Pertama,
# Pihak Kedua). Which is the client is not fixed, so only a role given to one of them decides the other.
# (in capitals too, as Indonesian drafting writes them: "the SECOND PARTY shall return the excess to the FIRST PARTY")
_FIRST_PARTY = re.compile(r"\b(?:First Party|FIRST PARTY)\b")
_SECOND_PARTY = re.compile(r"\b(?:Second Party|SECOND PARTY)\b")
# the words every match of each label holds, as written: a substring test before the scan of the whole text (the
# scan for "First Party" cost several ms per contract)
_LABEL_WORDS = {_PARTY_A: ("Party A",), _PARTY_B: ("Party B",), _PARTY_GAP: ("Party Gap",), _PARTY_EUL: ("Party Eul",),
                _FIRST_PARTY: ("First Party", "FIRST PARTY"), _SECOND_PARTY: ("Second Party", "SECOND PARTY")}


def _may_name(text: str, label: re.Pattern[str]) -> bool:
    return any(words in text for words in _LABEL_WORDS[label])


# "(The First Party is the customer.)", "Party B is the service provider": a label's role said in a sentence
_LABEL_IS_ROLE = re.compile(r"\b(?:[Tt]he\s+)?(?P<name>Party [AB]|First Party|Second Party)\s+is\s+the\s+"
                            r"(?P<role>[A-Za-z][A-Za-z\- ]{1,30}?)\s*[.)]")


def _stated_label_roles(text: str) -> dict[str, str]:
    """ "The First Party is the customer.": a neutral label given its role in a sentence of its own."""
    found: dict[str, str | None] = {}
    if not any(_may_name(text, label) for label in _LABEL_WORDS):  # (a label in every match: substring tests first)
        return {}
    for match in _LABEL_IS_ROLE.finditer(text):
        role = _role_word(match.group("role").lower())
        if role in (CUSTOMER, SUPPLIER):
            name = match.group("name").lower()
            found[name] = role if found.get(name, role) == role else None
    return {name: role for name, role in found.items() if role is not None}


def _translated_pair(text: str, roles: dict[str, str]) -> dict[str, str]:
    """Chinese, Japanese and Korean contracts translated into English call the client Party A (甲方, 甲, 갑)
    and the contractor Party B (乙方, 乙, 을), or in Korean ones Party Gap and Party Eul: with both labels used and
    neither given a role, that
    convention decides. With one label given a role ("Party A (the customer)") the other is the other side;
    so too for "the First Party" and "the Second Party", which have no convention of their own."""
    out: dict[str, str] = {}
    for first, second, names, convention in ((_PARTY_A, _PARTY_B, ("party a", "party b"), True),
                                             (_PARTY_GAP, _PARTY_EUL, ("party gap", "party eul"), True),
                                             (_FIRST_PARTY, _SECOND_PARTY, ("first party", "second party"), False)):
        if not (_may_name(text, first) and _may_name(text, second) and first.search(text) and second.search(text)):
            continue
        given = {label: roles[label] for label in names if label in roles}
        if not given:
            # "The First Party shall pay the Second Party AED 19 for each Completed Application": with no
            # convention, what the body says each does
            out.update({names[0]: CUSTOMER, names[1]: SUPPLIER} if convention else _body_roles(text, list(names)))
            continue
        if len(given) == 1 and next(iter(given.values())) in (CUSTOMER, SUPPLIER):
            label, role = next(iter(given.items()))
            other = names[1] if label == names[0] else names[0]
            out[other] = SUPPLIER if role == CUSTOMER else CUSTOMER
    return out


def _role_word(term: str) -> str | None:
    term = term.lower().strip()
    words = term.split()
    if term in CUSTOMER_WORDS or term in CONTEXT_CUSTOMER:
        return CUSTOMER
    if term in SUPPLIER_WORDS or term in CONTEXT_SUPPLIER or (words and words[-1] in CONTEXT_SUPPLIER):
        return SUPPLIER
    return None


def find_parties(clauses: Iterable[Clause], glossary: Iterable[Definition] = (), text: str = "") -> Parties:
    """Work out the parties' names from the opening of the contract (preamble, recitals).

    ``text`` is the document's linear text (its opening is read); without it the
    first clauses are used.
    """
    clauses = list(clauses)
    opening = (text or " ".join(c.text for c in clauses[:8]))[:6000]
    names_zone = _parties_block(opening[:3000])
    if any(m.re is _HEREINAFTER_TERM for m in _party_terms(names_zone)):
        # parties defined line by line ('... CNPJ 09.296.295/0001-60. Hereafter referred to as the "Company"
        # ...') after a cover page and contents: the other party's line may come after the first 3,000
        # characters, so read on to the recitals
        names_zone = _parties_block(opening)
    roles: dict[str, str] = {}
    unknown: list[str] = []
    groups: list[list[str]] = []  # '("Emerald" or the "Company")': names of one party
    cased: list[str] = []  # names that are also ordinary words: "Plan" is the party, "an exit plan" is not
    matches = _party_terms(names_zone)
    collective = _collective_names(names_zone)
    defined: set[str] = set()
    for term, aliases, named_entity in _definitions(names_zone, matches):
        lower = term.lower()
        defined.add(lower)
        if _person(lower) is not None:
            continue  # '("You" or "Customer")': pronouns are read by _pronoun_roles
        if aliases:
            groups.append([lower, *aliases])
        role = _role_word(term) or next((r for r in map(_role_word, aliases) if r is not None), None)
        # Japanese and Korean outsourcing drafting defines the parties as the Consignor and the Consignee
        # (Entrustor, Entrustee): a role when it is a party's defined short name, as in a role bracket
        role = role or next((_APPOSITION_ROLES[n] for n in (lower, *aliases) if n in _APPOSITION_ROLES), None)
        if role is not None:
            roles.setdefault(lower, role)
            # '(collectively "Servicing Agent," "you" or "your")': the other names play the same role
            for alias in aliases:
                roles.setdefault(alias, role)
        elif (lower not in unknown and len(term.split()) <= 3 and len(unknown) < 3
              and (named_entity or not any(word in lower.split()[-1] for word in _NOT_PARTIES))):
            # a not-a-party word ("Plan", "Trust") is still a party when defined as a company's name
            unknown.append(lower)
            if any(word in lower.split()[-1] for word in _NOT_PARTIES):
                cased.append(lower)
    # Two parties both named by supplier words, one of them a word that names a supplier only in some trades ("the
    # Carrier", an airline buying revenue accounting from "the Contractor"; elsewhere a carrier is the haulier): what
    # the body says each does (who pays, who provides the Services) decides, if it puts that one on the customer's
    # side and leaves the other a supplier.
    named = [name for name in dict.fromkeys(t.lower() for t, _, _ in _definitions(names_zone, matches))
             if roles.get(name) == SUPPLIER]
    if len(named) == 2 and set(roles.values()) == {SUPPLIER} and any(n not in SUPPLIER_WORDS for n in named):
        votes = _body_roles((text or " ".join(c.text for c in clauses))[:60000], named)
        if votes and all(votes[n] == SUPPLIER for n in named if n in SUPPLIER_WORDS):
            roles.update(votes)
    # ... and the mirror case: two parties both named by customer words, one of them a word that names the customer
    # only in some trades ("Company", the vendor of software-as-a-service terms, beside "Customer"): the body decides
    named = [name for name in dict.fromkeys(t.lower() for t, _, _ in _definitions(names_zone, matches))
             if roles.get(name) == CUSTOMER]
    if len(named) == 2 and set(roles.values()) == {CUSTOMER} and any(n not in CUSTOMER_WORDS for n in named):
        votes = _body_roles((text or " ".join(c.text for c in clauses))[:60000], named)
        if votes and all(votes[n] == CUSTOMER for n in named if n in CUSTOMER_WORDS):
            roles.update(votes)
    # One short name beside a party named by its role ("Plan" and "Vendor") is the other side, whatever
    # a recital's verb suggests ("Plan offers health plans" is the customer's business). Only roles from
    # the parties block count, not a later "Customer" that means a member of the public.
    if len(unknown) == 1 and len(set(roles.values())) == 1:
        roles[unknown[0]] = SUPPLIER if CUSTOMER in roles.values() else CUSTOMER
    # Parties defined later ('"Operator" shall have the meaning ...') by a role word.
    for definition in glossary:
        lower = definition.term.lower()
        if lower not in roles and len(lower.split()) <= 2:
            role = _role_word(lower)
            if role is not None and lower in CONTEXT_CUSTOMER + CONTEXT_SUPPLIER:
                roles[lower] = role
    # Short names ("Kubient"): infer the role from what the recitals say they do.
    for name in unknown:
        if name in roles:
            continue
        role = _hint_role(opening, name)
        if role is not None:
            roles[name] = role
    for name in unknown:
        if name not in roles:
            role = _principal_role(names_zone, matches, name, roles)
            if role is not None:
                roles[name] = role
    # '(the "Adviser"), does hereby nominate, constitute and appoint ... ("FASC"), to act ... as the ... agent
    # and attorney-in-fact of the Adviser': who appoints is served by whom it appoints, whatever the role words
    # say (an investment "Adviser" granting a power of attorney, a "Manager" appointing a "Sub-Adviser")
    for principal, appointee in _appointments(names_zone, matches):
        roles[principal], roles[appointee] = CUSTOMER, SUPPLIER
    unresolved = [n for n in unknown if n not in roles]
    known = set(roles.values())
    if len(unresolved) == 1 and len(known) == 1:
        roles[unresolved[0]] = SUPPLIER if known == {CUSTOMER} else CUSTOMER
    elif len(unresolved) == 2 and not known:
        # "between A ("A") and B ("B")" with no hint in the opening: what the body says each does ("LAKESHORE
        # shall pay ORION $7.25 for each Completed Claim", "ORION shall provide the Services"), else unknown
        roles.update(_body_roles((text or " ".join(c.text for c in clauses))[:60000], unresolved))
    if "company" not in roles and SUPPLIER in roles.values() and CUSTOMER not in roles.values() \
            and re.search(r"\bthe company\b", opening, re.I):
        roles["company"] = CUSTOMER  # "between the Company and Jane Doe (the "Consultant")"
    if "company" not in roles:
        role = _undefined_company(names_zone, matches, roles, text or opening)
        if role is not None:
            roles["company"] = role
    if not matches:
        roles.update(_initial_names(text or opening))
    if not roles and not unknown:
        # Nothing defines the parties (an extract, a snippet): a capitalised role word used as a
        # name ("the Operator shall ...", "Company may ...") is taken to be one.
        body = " ".join(c.text for c in clauses)[:20000] if clauses else text[:20000]
        for word in CONTEXT_CUSTOMER + CONTEXT_SUPPLIER:
            if word not in CUSTOMER_WORDS + SUPPLIER_WORDS and re.search(rf"\b{re.escape(word.title())}\b", body):
                roles.setdefault(word, CUSTOMER if word in CONTEXT_CUSTOMER else SUPPLIER)
    for name, members in collective.items():
        # "Vert" is whatever VNE and VNI both are; "the Publishers" (Blackwell and Munksgaard) are what the
        # recitals say they do ("The Publishers desire to retain HealthGate"), and so are their members
        if len(name.split()) > 3:
            continue
        sides = {roles[m.removeprefix(_QUOTED_MEMBER)] for m in members if m.removeprefix(_QUOTED_MEMBER) in roles}
        role = roles.get(name) or _role_word(name) or (sides.pop() if len(sides) == 1 else None) \
            or _hint_role(opening, name)
        if role is None:
            continue
        roles.setdefault(name, role)
        for member in members:
            if member.startswith(_QUOTED_MEMBER) or member in defined:
                roles.setdefault(member.removeprefix(_QUOTED_MEMBER), role)
    for group in groups:  # a name whose role was inferred passes it to its aliases
        role = next((roles[n] for n in group if n in roles), None)
        if role is not None:
            for name in group:
                roles.setdefault(name, role)
    labels = {name: role for name, role in _apposition_roles(opening if not text else text[:60000], roles).items()
              if name not in roles}
    whole = text or " ".join(c.text for c in clauses)  # the linear text, once, for the readers below
    labels.update({name: role for name, role in _stated_label_roles(whole[:60000]).items()
                   if name not in roles and name not in labels})
    labels.update(_translated_pair(text or whole[:60000], {**roles, **labels}))
    roles.update(labels)
    # a party whose side only its own bracket states ('(the "Programme", the customer)') leaves the one other party
    # defined beside it on the other side ('the Kigali Helpline Consortium (the "Consortium")'), as a role word would
    late = [name for name in unknown if name not in roles]
    stated_here = [name for name in labels if name in names_zone.lower()]  # (in the parties block, not the body)
    sides = {roles[name] for name in [*defined, *stated_here] if name in roles}
    if len(late) == 1 and len(sides) == 1 and stated_here:
        roles[late[0]] = SUPPLIER if sides == {CUSTOMER} else CUSTOMER
    cased += list(labels)  # "Party A" as a name, not "a party a court appoints"
    # the same label as another name's alias ('("Consignor" or "Party A")'), and a role that is also a verb
    # ("Delegate", not "may not delegate its obligations")
    cased += [name for name in roles if _LABEL.fullmatch(name) or name in _VERB_ROLES]
    roles.update(_outsourcer_role(whole))
    public = _public_buyers(text or opening, roles)
    roles.update(public)
    cased += list(public)  # "the State" as a name, not "state of the art"
    pronouns = _pronoun_roles(names_zone, text or opening, roles)
    if not pronouns and not roles and not unknown and not matches:
        pronouns = _speaking_pronouns(text or whole[:20000])
    if not pronouns:
        pronouns = _correspondent_pronouns(text or whole[:3000], roles)
    if not pronouns and roles:
        pronouns = _addressed_pronouns(whole, roles)
    for name in pronouns:
        roles.pop(name, None)  # a pronoun is a party only by the person it belongs to
    roles.update(pronouns)
    customer = [n for n, r in roles.items() if r == CUSTOMER]
    supplier = [n for n, r in roles.items() if r == SUPPLIER]
    # Role words stay recognised unless the contract uses one for the other side.
    customer += [w for w in CUSTOMER_WORDS if w not in supplier]
    supplier += [w for w in SUPPLIER_WORDS if w not in customer]
    government = tuple(w for w in GOVERNMENT_WORDS if w not in supplier and w not in customer)
    customer += government
    both = BOTH_WORDS + BOTH_PRONOUN_WORDS if "us" in pronouns else BOTH_WORDS
    either = tuple(n for n in _either_party_names(whole) if n not in roles)
    return Parties(customer=tuple(dict.fromkeys(customer)), supplier=tuple(dict.fromkeys(supplier)),
                   both=both + either,
                   cased=tuple(n for n in cased if n in roles) + government + either, pronouns=tuple(pronouns))


# A mutual clause names whichever party plays a part in it: 'Confidential Information released by either of the
# Parties (the "Disclosing Party") to the other Party (the "Receiving Party")'. The name is then either party, so
# "the Receiving Party shall promptly notify the Disclosing Party" binds the supplier too (when it receives the
# customer's information). Only a name defined right after "either party" or "the other party" is read so: an
# undefined "Recipient" stays no party.
_EITHER_PARTY_TERM = re.compile(r"(?<!\bof\s)\b(?:either|each|any)\s+(?:of\s+the\s+)?part(?:y|ies)\s*,?\s*\(\s*"
                                r"(?:[\w ,]{0,30}?\s)?(?:the\s+|a\s+|an\s+)?"
                                r"[\"“](?P<term>[A-Z][\w\- ]{1,30}?)[\"”]\s*\)"
                                r"|\bthe\s+other\s+part(?:y|ies)\s*,?\s*\(\s*(?:[\w ,]{0,30}?\s)?(?:the\s+)?"
                                r"[\"“](?P<other>[A-Z][\w\- ]{1,30}?)[\"”]\s*\)", re.I)


def _either_party_names(text: str) -> list[str]:
    """The lower-cased names the contract defines for either party in a mutual clause."""
    names: list[str] = []
    # the full pattern only around each "party (" / "parties (": run over a whole contract its opening
    # alternation cost 40 ms per 100 pages
    # (the anchors are found in the case-blind copy, which has the same offsets, by a case-sensitive pattern that
    # jumps to each "part" instead of trying the case-blind one at every position; should a character's lower case
    # be two characters, the case-blind pattern runs on the text itself)
    lowered = case_blind(text)
    anchors = _PARTY_BRACKET_LOWER.finditer(lowered) if len(lowered) == len(text) else _PARTY_BRACKET.finditer(text)
    for anchor in anchors:
        window = text[max(0, anchor.start() - 40): anchor.end() + 100]
        for match in _EITHER_PARTY_TERM.finditer(window):
            term = (match.group("term") or match.group("other")).strip().lower()
            if term not in names:
                names.append(term)
    return names


_PARTY_BRACKET = re.compile(r"part(?:y|ies)\s*,?\s*\(", re.I)
_PARTY_BRACKET_LOWER = re.compile(r"part(?:y|ies)\s*,?\s*\(")


# '(together, Blackwell and Munksgaard shall be referred to as "the Publishers")': one name for several
# parties on the same side, defined after each has its own
# ('("VNE"; collectively with VNI, "Vert")': the name it follows is one of them)
_COLLECTIVE = re.compile(r"\((?:[\"“](?P<first>[^\"“”]{1,40})[\"”]\s*[;,]\s*)?"
                         r"(?P<lead>(?:together|collectively|jointly)\b[^()\"“”]{0,160}?)[\"“](?:the\s+)?"
                         r"(?P<term>[^\"“”]{1,40})[\"”]", re.I)


_QUOTED_MEMBER = "\x1f"  # marks a member defined by the collective's own parenthesis


def _collective_names(zone: str) -> dict[str, list[str]]:
    """Each collective party name defined in the parties block, with the names it stands for (as
    written in its parenthesis, lower-cased words of two letters or more)."""
    found: dict[str, list[str]] = {}
    for match in _COLLECTIVE.finditer(zone):
        term = match.group("term").strip().lower()
        words = re.findall(r"[A-Z][\w&\-]+", match.group("lead"))
        members = [w.lower() for w in words if w.lower() not in ("together", "collectively", "jointly")]
        if match.group("first"):  # a name defined in the same parenthesis: '("VNE"; collectively with VNI, "Vert")'
            members.insert(0, _QUOTED_MEMBER + re.sub(r"^the\s+", "", match.group("first").strip(), flags=re.I).lower())
        found[term] = members
    return found


def _definitions(text: str, quoted: list[re.Match[str]]) -> list[tuple[str, list[str], bool]]:
    """Each short name defined in the parties zone, in order: (term, lower-cased aliases, whether
    it names the legal person written just before it). Quoted definitions ('("Plan")', '(the "Vendor")')
    are taken as they are; an unquoted one ('(the Commonwealth)') only when it ends a party's line and
    shortens the name before it or follows a company's name, so "(the Act)" or "(Schedule 1)" is not."""
    found: list[tuple[str, list[str], bool]] = []
    spans = [(m.start(), m.end()) for m in quoted]
    labelled = _labelled_parties(text) if ":" in text else []
    every = sorted(quoted + list(_UNQUOTED_TERM.finditer(text)) + labelled, key=lambda m: m.start())
    for match in every:
        if match.re is _LABELLED_PARTY:
            if not any(s <= match.start() < e for s, e in spans):
                found.append((match.group("term").strip(), [], True))
            continue
        unquoted = match.re is _UNQUOTED_TERM
        if unquoted and any(s <= match.start() < e for s, e in spans):
            continue
        term = re.sub(r"^the\s+", "", match.group("term").strip(), flags=re.I)
        previous = max((m.end() for m in every if m.end() <= match.start()), default=0)
        segment = text[max(previous, match.start() - 300): match.start()]
        if unquoted:
            segment = segment[segment.rfind("\n") + 1:]
        if unquoted:
            # a public body's bracket names the body ("(the Agency)"), not the Act that set it up ("(the Act)")
            entity = bool(_ENTITY.search(segment) or (_PUBLIC_BODY.search(segment)
                                                      and term.lower().split()[-1] not in _NOT_PARTIES))
        else:
            # the company's own name holds the word: 'Cascade Ridge Health Plan, Inc. ... ("Plan")', not
            # 'Cardlytics, Inc. ... this Agreement ("Agreement")'
            word = re.escape(term.split()[-1])
            entity = bool(re.search(rf"\b{word}\b[\s,]+(?:[A-Z][\w&\-]*[\s,]+){{0,3}}{_LEGAL_FORM}", segment))
        if unquoted and _role_word(term) is None and not (
                entity or re.search(rf"\b{re.escape(term.split()[0])}\b", segment)):
            continue
        aliases = [] if unquoted else [re.sub(r"^the\s+", "", a.strip(), flags=re.I).lower()
                                       for a in _ALIAS.findall(match.group("aliases") or "")]
        found.append((term, aliases, entity))
    return found


# Where the recitals begin: names defined from here on ('(the "Domiciliary State")') are not parties.
# (or the definitions section, when the contract has no recitals: a bracketed '("FERPA")' defined there is no party)
# Spanish drafting in translation heads its recitals "STATE" / "THEY STATE" (EXPONEN) after the parties' "MEET"
# (REUNIDOS), and Portuguese and Italian "RECITE" / "PREMISE": only as a capitalised line of its own, so the
# word "state" in a sentence ends nothing.
_RECITALS = re.compile(r"\b(?:WHEREAS|RECITALS|BACKGROUND|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|DEFINITIONS)\b"
                       r"|(?m:^[ \t]*(?:#+[ \t]*)?(?:(?:\d+\.?|Art(?:icle)?\.?[ \t]*\d+\.?)[ \t]+)?"
                       r"(?:Definitions|Definitions and Interpretation)[ \t]*$)"
                       r"|(?m:^[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?:THEY[ \t]+)?(?:STATE|EXPONEN|EXPOSE|RECITE|PREMISES?)"
                       r"(?:\*\*)?[ \t]*:?[ \t]*$)")


def _parties_block(zone: str) -> str:
    """The opening up to the recitals, when at least one name is defined before them."""
    labelled = _labelled_parties(zone) if ":" in zone else []
    if labelled and not _party_terms(zone[:labelled[0].start()]):
        # a term sheet's parties list, before any other party definition, ends with its last "Label: name" line;
        # what the sheet defines later ('the system ("MortgageHub")') names no party
        zone = zone[:labelled[-1].end()]
    match = _RECITALS.search(zone)
    if match is None or not _party_terms(zone[:match.start()]):
        return zone
    return zone[:match.start()]


# "DCL  DAIRY CREST LIMITED (Company no ...)": a front sheet naming each party by a short form (its
# initials or first word) written just before its full legal name, with no quotes
_FRONT_SHEET = re.compile(r"(?m)(?:^|\s)(?P<short>[A-Z]{2,6})\s+(?P<name>(?:[A-Z][A-Za-z&\-]*\s+){1,4}?)"
                          r"(?P<form>LIMITED|Limited|LTD|Ltd|INC|Inc|LLC|PLC|plc|CORPORATION|Corporation)\b")


def _initial_names(text: str) -> dict[str, str]:
    """Two parties named only by such short forms, each used all through the contract: their roles come
    from what the whole text says each does ("SEV shall provide the Maintenance Services", "services
    ... to DCL"), by a clear majority, one each side."""
    shorts = []
    for match in _FRONT_SHEET.finditer(text[:6000]):
        short, words = match.group("short"), match.group("name").split() + [match.group("form")]
        initials = "".join(word[0] for word in words).upper()
        if short in (initials, initials[:-1], words[0].upper()) and short not in shorts:
            shorts.append(short)
    uses = {name: list(re.finditer(rf"\b{name}\b", text)) for name in shorts}  # (one scan of the text per name)
    shorts = [name for name in shorts if len(uses[name]) >= 5]
    if len(shorts) != 2:
        return {}
    votes = {}
    for name in shorts:
        customer = supplier = 0
        for match in uses[name]:
            after, before = text[match.end():match.end() + 60], text[max(0, match.start() - 40):match.start()]
            customer += bool(_AFTER_CUSTOMER.match(after) or _BEFORE_CUSTOMER.search(before))
            supplier += bool(_BEFORE_SUPPLIER.search(before) or _SUPPLIER_HINTS.match(after.strip())
                             or _PROVIDES.match(after))
        votes[name.lower()] = customer - supplier
    (first, a), (second, b) = votes.items()
    if a == b or (a > 0 and b > 0) or (a < 0 and b < 0) or max(abs(a), abs(b)) < 2:
        return {}
    return {first: CUSTOMER if a > b else SUPPLIER, second: SUPPLIER if a > b else CUSTOMER}


_THE_COMPANY = re.compile(r"\b[Tt]he Company\b")


def _undefined_company(zone: str, matches: list[re.Match[str]], roles: dict[str, str], text: str) -> str | None:
    """ "Theravance Biopharma UK Limited is a company ... (the "Employer"); and Brett Haumann ... (the
    "Executive")", then "the Company" all through the body: a contract that calls one party "the Company"
    without defining it means the one party that is a company (the only one named with a legal form)."""
    # (each match holds "he Company": with fewer than three of those there are fewer matches)
    if text.count("he Company", 0, 60000) < 3 or len(_THE_COMPANY.findall(text[:60000])) < 3:
        return None
    companies = []
    previous = 0
    for match in matches:
        term = re.sub(r"^the\s+", "", match.group("term").strip(), flags=re.I).lower()
        if term in roles:
            segment = zone[max(previous, match.start() - 300):match.start()]
            if re.search(rf"\b{_LEGAL_FORM}|\ba company\b", segment):
                companies.append(roles[term])
            else:
                companies.append("")
        previous = match.end()
    named = [role for role in companies if role]
    return named[0] if len(named) == 1 and len(companies) >= 2 else None


# between two names the parties block defines: '), does hereby nominate, constitute and appoint ... (' - the
# first name appoints the second (a comma-fenced aside, "acting on behalf of ...", is allowed before "hereby")
_APPOINTS = re.compile(r"^[\s\"”')]*,?\s*(?:[^.;()\"“”]{0,80},\s*)?(?:which\s+|who\s+)?"
                       r"(?:does\s+|shall\s+|will\s+)?hereby\s+(?:[a-z]+,\s+)*(?:[a-z]+\s+and\s+)?appoints?\b", re.I)


def _appointments(zone: str, matches: list[re.Match[str]]) -> list[tuple[str, str]]:
    """(principal, appointee) for each defined name that "hereby appoints" the next one defined."""
    found = []
    for first, second in zip(matches, matches[1:], strict=False):
        if _APPOINTS.match(zone[first.end():second.start()]):
            names = [re.sub(r"^the\s+", "", m.group("term").strip(), flags=re.I).lower() for m in (first, second)]
            if names[0] != names[1]:
                found.append((names[0], names[1]))
    return found


_ON_BEHALF = re.compile(r"^\s*,?\s*(?:acting\s+)?(?:(?:for\s+and\s+)?on\s+behalf\s+of|as\s+agent\s+for)\b", re.I)


def _principal_role(text: str, matches: list[re.Match[str]], name: str, roles: dict[str, str]) -> str | None:
    """ '"Nationwide"), on behalf of Nationwide Mutual Funds ("the Trust")': an agent signing for a
    party plays that party's role (the next name defined, when its role is known)."""
    for index, match in enumerate(matches):
        term = re.sub(r"^the\s+", "", match.group("term").strip(), flags=re.I).lower()
        if term != name or not _ON_BEHALF.match(text[match.end():match.end() + 40]):
            continue
        for later in matches[index + 1:index + 2]:
            if later.start() - match.end() > 200:
                break
            principal = re.sub(r"^the\s+", "", later.group("term").strip(), flags=re.I).lower()
            return roles.get(principal)
    return None


def _body_vote(text: str, name: str) -> int:
    """How often the body has ``name`` act as the customer (paying, receiving the services) less how often
    as the supplier (providing the services, invoicing, being paid)."""
    named = rf"(?:the\s+)?{re.escape(name)}"

    def count(pattern: str) -> int:
        return len(re.findall(pattern, text, re.I))

    customer = (count(rf"\b{named}\s+(?:{_MODAL})pay\b") + count(rf"\bservices\s+(?:to|for)\s+{named}\b")
                + count(rf"\binvoice\s+{named}\b"))
    supplier = (count(rf"\b{named}\s+(?:{_MODAL}){_PROVIDER_VERBS}") + count(rf"\b{named}\s+(?:{_MODAL})invoice\b")
                + count(rf"\bpay\s+{named}\b"))
    return customer - supplier


def _body_roles(text: str, names: list[str]) -> dict[str, str]:
    """Roles for two defined names that nothing in the opening places, when the body's votes set them apart:
    one pays or receives the services, the other provides them or is paid."""
    first, second = (_body_vote(text, name) for name in names)
    if first * second > 0 or first == second:
        return {}  # both on one side, or no vote at all
    customer = names[0] if first > second else names[1]
    return {name: CUSTOMER if name == customer else SUPPLIER for name in names}


def _hint_role(text: str, name: str) -> str | None:
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.I)
    for match in pattern.finditer(text):
        after = text[match.end(): match.end() + 60]
        before = text[max(0, match.start() - 40): match.start()]
        if _AFTER_CUSTOMER.match(after) or _BEFORE_CUSTOMER.search(before):
            return CUSTOMER
        if _BEFORE_SUPPLIER.search(before) or _SUPPLIER_HINTS.match(after.strip()) or _PROVIDES.match(after):
            return SUPPLIER
    return None


DEFAULT_PARTIES = Parties(customer=CUSTOMER_WORDS + GOVERNMENT_WORDS, supplier=SUPPLIER_WORDS, cased=GOVERNMENT_WORDS)
