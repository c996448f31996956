"""Annotate a document once so every rule reads the same analysis.

Each clause's text (and heading) goes through the pipeline in one
``nlp.pipe`` call; the result is a flat list of :class:`Sentence` records
with character spans into ``Clause.text``, lower-cased tokens, lemma-matched
phrase labels (filled in by the engine's matcher), party mentions, the
obligation analysis, defined terms used and cross-references resolved to
clause indices.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..extract.glossary import (
    BECOMES,
    DASH_DEFINITION,
    LEADING_MEANING,
    LISTED_AS,
    MEANING_OF,
    OCCURS,
    OR_ACRONYM,
    TREATED_AS,
    UNIT_DEFINITION,
    colon_definition,
    glossed,
    is_glossary_heading,
    is_pointer,
    listed_term,
)
from ..model import Clause, ClauseKind, Definition, Document
from . import numbers
from .obligation import SentenceAnalysis, analyse, opens_with_pronoun, quoted_tokens
from .parties import FIRST_PERSON, Parties, find_parties
from .pipeline import get_nlp, tick_box, without_gc_pauses

if TYPE_CHECKING:  # pragma: no cover
    pass

_DEFINES = re.compile(r"(?:^|\s)[\"“”'‘](?P<term>[A-Z][^\"“”'‘’\n]{0,60}?)[\"“”'’]\s*"
                      r"(?:\([^)]*\)\s*)?(?:,\s*)?"
                      r"(?i:means|meaning|shall mean|will mean|has the meaning|shall have the meaning|"
                      rf"refers to|shall refer to|will refer to|is defined as|includes|:|{MEANING_OF})")
# 'A "Processed Invoice" is an incoming invoice ... for which ...': a definition in the copula, opening the sentence
# (the glossary reads it the same way, see extract/glossary.py); in a list item the article is lower case:
# '(a) a "Repeat Contact" is a further contact by the same End User ... within 168 hours'.
_DEFINES_IS_A = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Ee]ach)\s+)?"
                           r"[\"“”'‘](?P<term>[A-Z][^\"“”'‘’\n]{0,60}?)[\"“”'’]\s+is\s+"
                           r"(?=(?:an?|any|each|every)\s)")
# ... and unquoted, when the glossary holds the term (a run-in heading named it: "Retrieved Record. A Retrieved Record
# is a request for outside medical records for which ...")
_UNQUOTED_IS_A = re.compile(r"^(?:An?|Each|The)\s+(?P<term>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})\s+is\s+"
                            r"(?=(?:an?|any|each|every)\s)")
# Indian and older Commonwealth drafting names the term last: 'A query which (i) has been closed ... (hereinafter
# referred to as a "Resolved Query").' - a definition when the sentence binds nobody (no modal verb): 'The Supplier
# shall provide the services (hereinafter referred to as the "Services")' is an obligation that names its object.
_DEFINES_AFTER = re.compile(r"\((?:hereinafter|hereafter)\s+"
                            r"(?:(?:referred\s+to|called|designated|known)\s+as|called)\s+"
                            r"(?:the\s+|an?\s+)?[\"“'‘](?P<term>[A-Z][^\"“”'‘’\n]{0,60}?)[\"”'’]\)\s*[.;]?\s*$")
_MODAL_WORD = re.compile(r"\b(?:shall|will|must|may|agrees?|undertakes?|commits?\s+to|is\s+entitled)\b", re.I)
# A definitions-table row: '"Audit" | the right to ...' or 'Audit | ...' for a glossary term.
_ROW_TERM = re.compile(r"^(?P<open>[\"“”'‘]?)(?P<term>[A-Z][^|\"“”]{0,60}?)(?P<close>[\"“”'’]?)\s*\|")
# The rest of a price schedule's row after its unit: a few short cells ending in an amount ("each | $7.10", "per claim |
# USD 6.20 |"): the row prices the term defined elsewhere, it does not define it
_PRICED_ROW = re.compile(r"^\s*(?:[^|]{0,20}\|\s*){0,2}[^|\d]{0,12}(?:[$£€¥₹]|\b[A-Z]{3}\b|\bRs\.?)\s?\d[\d.,]*"
                         r"\s*(?:[^|]{0,12}|per\s[^|]{0,40})\|?\s*$")  # ("USD 3.90 per Resolved Conversation")
DEFINITIONAL = re.compile(r"\b(?:mean|meaning|meanings|means|defined|definitions?|interpretation|construed|glossary)\b",
                          re.I)
_MEANS = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:means|shall mean|will mean|has the meaning|"
                    r"shall have the meaning|refers to|is defined as)\b")
_VOID = re.compile(r"\b(?:not used|intentionally (?:left )?blank|\[reserved\]|\[deleted\]|\[not used\])", re.I)
_REFERENCE = re.compile(
    r"\b(?P<word>clauses?|sections?|paragraphs?|articles?|schedules?|annex(?:es|ure)?|appendix|appendices|"
    r"exhibits?|attachments?|attached\s+(?:tables?|forms?)|cl\.|sch\.|para\.|art\.|sec\.)(?:\s+|-(?=(?-i:[0-9A-Z])))(?:(?:no|nr)\.?\s*(?=\d))?(?P<value>\d{1,3}(?:\.\d{1,3})*(?:\([a-zA-Z0-9]{1,4}\))*"
    r"|[A-Z]{1,2}\b|[IVXL]{1,6}\b)",
    re.I,
)
# What every match of _DEFINES, _VOID and _REFERENCE contains: most sentences hold none, and a
# substring test is much cheaper than the regex search (see _may_match).
# (as written: _DEFINES is case-sensitive but for its verb, which a definition wholly in capitals writes "MEANS")
_DEFINES_WORDS = ("mean", "refers to", "refer to", "is defined as", "includes", ":", "purpose", "MEAN", "REFER",
                  "IS DEFINED", "INCLUDES", "PURPOSE")
_VOID_STEMS = ("not used", "intentionally", "[reserved]", "[deleted]")
_BECOMES_WORDS = (" is ", " becomes ", " be ", " as ", " constitutes ")
_OCCURS_WORDS = (" occurs ", " achieved ", " counted ", " deemed to occur ", " takes place ")
# Civil-law references: "§ 10 (3)", "§ 4", and a numbered paragraph of an annex "Annex 2, No. 1" or, inside
# the annex, "the table in No. 2" (German "Nr."), resolved by :func:`_civil_references`.
_SECTION_SIGN = re.compile(r"§\s*(?P<value>\d{1,3})(?:\s*\((?P<sub>\d{1,2}|[a-z])\))?"
                           r"(?!\s*(?:BGB|HGB|UStG|AktG|BDSG|GmbHG|ZPO|StGB))")
_NUMBERED = re.compile(r"\b(?:No|Nr)\.\s*(?P<value>\d{1,3})\b")
_SCHEDULE_BEFORE = re.compile(r"\b(?P<word>schedule|annex(?:ure)?|appendix|exhibit|attachment|bilag)\s+"
                              r"(?P<value>\d{1,3}|[A-Z]{1,2}),?\s*$", re.I)
_SCHEDULE_WORD_BEFORE = re.compile(r"\b(?:schedule|annex(?:ure)?|appendix|exhibit|attachment)\s+$", re.I)
# "Part C of the Pricing Exhibit", "the service levels in Part 2": a part named by a heading that opens with it
# ("Part C - Service levels"), resolved by :func:`_part_reference` (capitalised as written: "in part" is no reference)
# "Subject to clause 11.3", "subject to the provisions of clauses 11.3 and 11.4", "subject to paragraph 2 of Schedule 5"
# (the words right before the reference; not "not subject to")
_SUBJECT_TO = re.compile(r"(?<!not )\bsubject\s+to\s+(?:the\s+(?:provisions|terms|limits|conditions)\s+of\s+)?"
                         r"(?:(?:clauses?|sections?|paragraphs?|articles?|[\w.()]+|and|,)\s*){0,6}$", re.I)
_PART = re.compile(r"\bPart\s+(?P<value>[A-Z]{1,2}|\d{1,2}|[IVX]{1,5})\b")
# A table's caption may head a clause of its own ("Table 1" over the table of service levels), and the sentence that
# commits to it points there: "The Supplier shall meet each Key Performance Indicator in Table 1".
_TABLE = re.compile(r"\bTable\s+(?P<value>\d{1,2}(?:\.\d{1,2})*|[A-Z])\b")
_CAPTION = re.compile(r"^\s*table\s+(?P<value>\d{1,2}(?:\.\d{1,2})*|[a-z])\s*[.:\-–]?\s*", re.I)


def _table_captions(clauses: Sequence[Clause]) -> dict[str, int]:
    """The clauses headed by a table's caption ("Table 1", "Table 2.1: Service Credits"), by the table's number."""
    found: dict[str, int] = {}
    for index, clause in enumerate(clauses):
        caption = _CAPTION.match(clause.heading) if clause.heading[:5].lower() == "table" else None
        if caption is not None:
            found.setdefault(caption.group("value").casefold(), index)
    return found
_PART_HEADING = re.compile(r"^part\s+(?P<value>[a-z]{1,2}|\d{1,2}|[ivx]{1,5})(?![\w.])", re.I)
# a bare lettered paragraph number cited in the text ("under E.3", "see H.4"), read only in a document whose clauses are
# numbered so (see ReferenceIndex.lettered)
_LETTERED_REF = re.compile(r"(?<![\w.])([A-Z]\.\d{1,2}(?:\.\d{1,2})?)(?![\w]|\.\d)")
_REFERENCE_STEMS = ("clause", "section", "paragraph", "article", "schedule", "annex", "append", "exhibit",
                    "attach", "bilag", "cl.", "sch.", "para.", "art.", "sec.")
_RECITAL_HEADINGS = frozenset({"recitals", "recital", "background", "whereas", "preamble", "introduction and recitals"})
_SCHEDULE_WORDS = ("schedule", "annex", "annexure", "appendix", "exhibit", "attachment", "bilag", "sch.")


# the modal verbs a sentence opening with "it" or "they" goes on with ("Thereafter it shall ...")
_MODALS = frozenset({"shall", "will", "must", "may"})


@dataclass
class Sentence:
    """One sentence (or table row, or definition line) of one clause."""

    id: int
    clause: int  # index into Document.clauses
    start: int  # character offsets into Clause.text
    end: int
    text: str
    tokens: tuple[str, ...]  # lower-cased
    token_starts: tuple[int, ...]  # character offset of each token in the clause text
    defines: str = ""  # the term a "X means ..." sentence defines
    table_row: bool = False
    void: bool = False
    # an option of a form left unticked ("[ ] Fees may increase up to [ ]% per renewal"): not agreed, so
    # it supplies nothing (its phrases and defined terms are dropped) and binds nobody
    unticked: bool = False
    # a drafting note, a negotiation comment or one of several bracketed options still open ("[Drafting Note:
    # Customer may wish to ...]", "Supplier comment: not agreed", "[Option A: ...] [Option B: ...]"): the parties'
    # working text, not yet agreed, so it supplies nothing and binds nobody
    # (or a text that says it is for information only and no part of the agreement); the reason, or ""
    unagreed: str = ""
    # the number of the clause of an amending instrument that deletes or replaces this sentence's clause
    # ("clause 9.4 is deleted and replaced with ..."): the contract as amended no longer says it
    superseded: str = ""
    refs: tuple[int, ...] = ()  # clause indices it cross-refers to
    # the clauses it is made "subject to" ("Subject to clause 11.3, the Customer may audit ..."): their limits are
    # its own
    subject_to: tuple[int, ...] = ()
    # words of it an amending instrument changes (old, new): its figures are read as amended
    amended: tuple[tuple[str, str], ...] = ()
    terms: tuple[str, ...] = ()  # lower-cased defined terms it uses (not the one it defines)
    parties: tuple[tuple[int, int, str], ...] = ()  # (start, end, role) party mentions, token indices
    # label -> token spans (labels with the same phrases share one list: never change one)
    labels: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    bound_by: int | None = None  # a list item's lead-in sentence ("The Supplier shall:") that binds it
    # a condition or time lead-in over items that have verbs of their own ("On termination: (a) the
    # Provider shall return ...; (b) ... shall destroy ..."): it governs each item as an opening condition would
    framed_by: int | None = None
    items: tuple[int, ...] = ()  # for an item ending in a colon ("(b) include in each report:"), the items under it
    header: str = ""  # a table row's header row ("Fee | Unit | Amount (INR)"), whose cells name its columns
    headless: bool = False  # a row of a table with no header row, whose first row states a term (see _terms_row)
    # a table row's lead-in: its clause's heading and the sentence before the table ("Per-Claim Fees" /
    # "The Per-Claim Fees, in Canadian dollars, are:"), which may name the rows' currency and unit
    table_lead_in: str = ""
    in_quotes: frozenset[int] = frozenset()  # token indices inside a quoted passage (a model clause quoted in advice)
    # token indices of the old words an amending instruction deletes, where the clause it changes is not in the
    # document ('the words "..." are deleted and replaced by "..."'): read as not there
    struck: frozenset[int] = frozenset()
    preamble: bool = False  # in the recitals or the parties block: binds nobody, whatever it says
    # the document declares its "should" mandatory ('In this Schedule "should" denotes a mandatory requirement'): the
    # word binds as "shall" does, instead of advising
    should_binds: bool = False
    dollar: str = "USD"  # the currency a bare "$" or "dollars" stands for in this document (numbers.declared_dollar)
    # the sentence before it in the same clause (not a table row), whose party a sentence opening with "it"
    # or "they" goes on with
    previous: Sentence | None = field(default=None, repr=False, compare=False)

    @property
    def withdrawn(self) -> bool:
        """Whether the sentence states nothing agreed: deleted by an amendment, a note or comment of a draft, an
        open point, a question, information only or an option left unticked. Its figures qualify nothing."""
        return bool(self.superseded or self.unagreed or self.unticked)

    @property
    def is_definition(self) -> bool:
        return bool(self.defines)

    @cached_property
    def analysis(self) -> SentenceAnalysis:
        """The obligation analysis, made when first asked for: the rules read it only for the
        sentences their phrases found (and their lead-ins and neighbours), and the document-level
        questions stop at the first sentence that answers them, so most of a long contract's
        sentences are never analysed. Everything it reads is fixed when the sentence is built
        (the quote state is carried in ``in_quotes``), so when it is made does not change it."""
        tokens = tuple("shall" if t == "should" else t for t in self.tokens) if self.should_binds else self.tokens
        if self.struck:
            tokens = tuple("" if i in self.struck else t for i, t in enumerate(tokens))
        analysis = analyse(tokens, self.parties, self.in_quotes, self._resumed())
        if self.preamble and not analysis.recital:
            analysis = replace(analysis, recital=True)
        return analysis

    def _resumed(self) -> str | None:
        """The party the previous sentence binds, when this one opens with "it" or "they" and names no party;
        the previous sentence is analysed only then."""
        if self.previous is None or not {"it", "they"} & set(self.tokens[:14]):
            return None
        modal = next((i for i, token in enumerate(self.tokens[:16]) if token in _MODALS), None)
        if modal is None or any(start < modal for start, _, _ in self.parties) \
                or not opens_with_pronoun(self.tokens, modal):
            return None
        # the party named as the previous sentence's subject, not the agent of its passive ("The Sub-processors
        # shall be approved by the Client. They shall comply ...": they are not the Client)
        previous = self.previous
        first = next(iter(previous.analysis.predications), None)
        if first is None or first.subject not in ("customer", "supplier", "both"):
            return None
        named = {role for start, _, role in previous.parties if start < first.start}
        return first.subject if first.subject in named or (first.subject == "both" and named) else None

    @cached_property
    def quantities(self) -> list[numbers.Quantity]:
        if self.amended:
            return self._as_amended(lambda text: numbers.quantities(text, self.header, self.table_lead_in, self.dollar))
        return numbers.quantities(self.text, self.header, self.table_lead_in, self.dollar)

    def _as_amended(self, read: Callable[[str], list[numbers.Quantity]]) -> list[numbers.Quantity]:
        """The figures of the text as amended, placed where the words they replace stand in the text as written
        (a figure outside the changed words keeps its place, shifted by what the change added)."""
        text, spans = self.text, []
        for old, new in self.amended:
            at = text.lower().find(old.lower())
            if at < 0:
                continue
            text = text[:at] + new + text[at + len(old):]
            spans.append((at, len(old), len(new)))

        def place(offset: int, end: bool) -> int:
            for at, old_length, new_length in reversed(spans):
                if offset >= at + new_length:
                    offset += old_length - new_length
                elif offset > at or (offset == at and end):
                    offset = at + (old_length if end else 0)
            return offset

        return [replace(q, start=place(q.start, False), end=place(q.end, True)) for q in read(text)]

    def quantities_of(self, kind: str) -> list[numbers.Quantity]:
        """``[q for q in self.quantities if q.kind == kind]`` (callers must not change it), parsing only
        that kind: a rule's figure check asks for one measure over every sentence in its scope."""
        computed = self.__dict__.get("quantities")
        if computed is not None:
            return [q for q in computed if q.kind == kind]
        kinds: dict[str, list[numbers.Quantity]] = self.__dict__.setdefault("_quantities_of", {})
        found = kinds.get(kind)
        if found is None:
            before = self.quantities_of("frequency") if kind == "duration" else None
            if self.amended:
                found = kinds[kind] = self._as_amended(lambda text: numbers.quantities_of(
                    kind, text, self.header, self.table_lead_in, self.dollar, None))
            else:
                found = kinds[kind] = numbers.quantities_of(kind, self.text, self.header, self.table_lead_in,
                                                            self.dollar, before)
        return found

    def span_text(self, start: int, end: int) -> str:
        """The sentence's own text for tokens ``[start, end)`` (sentence-relative indices)."""
        a = self.token_starts[start] - self.start
        b = self.token_starts[end - 1] - self.start + len(self.tokens[end - 1])
        return self.text[a:b]

    def token_at(self, char: int) -> int:
        """Index of the token holding clause character offset ``char``."""
        return max(bisect_right(self.token_starts, char) - 1, 0)  # token starts ascend


@dataclass
class Annotated:
    """A document with its per-sentence analysis; built once per lint."""

    document: Document
    parties: Parties
    sentences: list[Sentence]
    by_clause: list[list[int]]  # clause index -> sentence ids
    heading_labels: list[dict[str, list[tuple[int, int]]]]  # clause index -> label -> spans in the heading
    definitions: dict[str, Definition]  # lower-cased term -> definition
    definition_sentences: dict[str, list[int]]  # lower-cased term -> sentence ids that define it
    referenced_by: dict[int, list[int]]  # clause index -> sentence ids that refer to it
    parent: list[int | None]  # clause index -> parent clause index
    children: list[list[int]]
    token_count: int = 0
    contract: bool = True  # some party is bound somewhere (False for an article, guidance or a bare glossary)

    def clause(self, index: int) -> Clause:
        return self.document.clauses[index]

    def descendants(self, index: int) -> list[int]:
        out = [index]
        stack = list(self.children[index])
        while stack:
            child = stack.pop()
            out.append(child)
            stack.extend(self.children[child])
        return out

    def ancestors(self, index: int) -> list[int]:
        """The clause and its ancestors, innermost first."""
        out = [index]
        parent = self.parent[index]
        while parent is not None:
            out.append(parent)
            parent = self.parent[parent]
        return out

    def top(self, index: int) -> int:
        return self.ancestors(index)[-1]

    def heading_for(self, index: int) -> str:
        """The clause's heading, or the nearest ancestor's."""
        for ancestor in self.ancestors(index):
            heading = self.document.clauses[ancestor].heading
            if heading:
                return heading
        return ""

    def sentences_in(self, clause_indices: Iterable[int]) -> list[Sentence]:
        return [self.sentences[s] for c in clause_indices for s in self.by_clause[c]]


_OPERATIVE_START = re.compile(r"now,? therefore|it is (?:hereby )?agreed|agreed terms|the parties (?:hereby )?agree",
                              re.I)


# An amending instrument's instruction that takes a clause out of the contract: "clause 9.4 is deleted",
# "Clause 14.2 (Notification) is deleted and replaced with:", "Schedule 5 is replaced by ...", "clause 7 is
# amended to read as follows:", "delete clause 12.3". Not "clause 9.4 is amended by deleting the words ...":
# the clause stays, with other words.
_REF_VALUE = r"(?P<value>\d{1,3}[A-Z]?(?:\.\d{1,3}[A-Z]?)*(?:\([a-zA-Z0-9]{1,4}\))*|[A-Z]{1,2}\b)"
_REF_WORD = (r"(?P<word>clauses?|sub-?clauses?|sections?|paragraphs?|articles?|schedules?|annex(?:es|ure)?|"
             r"appendix|exhibits?|attachments?)")
_SUPERSEDES = (
    re.compile(
        rf"\b{_REF_WORD}\s+{_REF_VALUE}"
        r"(?:\s+of\s+(?:the|this)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?"  # "of the Deed", "of the Master Agreement"
        r"(?:\s*\([^()]{1,60}\))?"  # its title: "(Efficiency Dividend)"
        r"\s+(?:is|are|shall\s+be|will\s+be|be)\s+(?:hereby\s+)?"
        r"(?:deleted|omitted|removed|repealed|revoked|struck\s+out|replaced|substituted|amended\s+to\s+read|"
        r"varied\s+to\s+read|amended\s+and\s+restated)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:[Dd]elete|[Oo]mit|[Rr]emove|[Ss]trike\s+out|[Rr]eplace)\s+(?:the\s+whole\s+of\s+)?{_REF_WORD}\s+"
        rf"{_REF_VALUE}(?!\s*,?\s*(?:the|all)\s+words)",
        re.I,
    ),
    # a clause disapplied outright, with no case or condition after it: "Notwithstanding clause 11.1, the Customer
    # shall have no right to audit ..., and clause 11.1 shall not apply." (not "shall not apply to audits required by
    # a regulator", "shall not apply where ...", nor a clause named after a preposition: "The optional docking clause
    # in Clause 7 does not apply" speaks of a clause of the Standard Contractual Clauses)
    re.compile(
        rf"(?<!\bin\s)(?<!\bof\s)(?<!\bto\s)(?<!\bunder\s)(?<!\bwithin\s)\b{_REF_WORD}\s+{_REF_VALUE}(?:\s*\([^()]{{1,60}}\))?\s+"
        r"(?:shall|will|does|do)\s+not\s+(?:apply|have\s+effect)(?=\s*[.;]|\s*$)",
        re.I,
    ),
)
# What every match of each of _SUPERSEDES holds, as lower-case ASCII words (see numbers.case_blind): one word of
# each group. Text outside ASCII passes _may_amend whatever it says; these are exact on any text.
_REF_STEMS = ("clause", "section", "paragraph", "article", "schedule", "annex", "appendix", "exhibit", "attachment")
_SUPERSEDES_STEMS = (
    (_REF_STEMS, ("deleted", "omitted", "removed", "repealed", "revoked", "struck", "replaced", "substituted",
                  "amended", "varied")),
    (_REF_STEMS, ("delete", "omit", "remove", "strike", "replace")),
    (_REF_STEMS, ("not",), ("apply", "have")),
)
# ... and the last one's ending, searched in the case-blind text (a literal to jump to: "have" and "not" are in most
# long clauses)
_NOT_APPLY = re.compile(r"not\s+(?:apply|have\s+effect)")


def _amendments(clauses: Sequence[Clause], parent: Sequence[int | None], children: Sequence[Sequence[int]],
                references: ReferenceIndex) -> dict[int, str]:
    """The clauses the contract's amending instruments delete or replace, each with the number of
    the instruction's clause.

    A deed of variation bound in after the deed it varies ("clause 9.4 is deleted and replaced with
    "9.4 Not used."") changes what the contract says: a reader takes the amended position, so the
    deleted clause (and its sub-clauses) no longer counts. The new wording it gives, in quotes, is
    read as a term by :func:`_amends`. An instruction in advice ('A variation might read: "Clause 9.1
    is deleted ..."') or in the recitals deletes nothing.
    """
    superseded: dict[int, str] = {}
    for ci, clause in enumerate(clauses):
        text = clause.text
        if not text or clause.kind is ClauseKind.PREAMBLE or not _may_amend(text):
            continue
        lowered = numbers.case_blind(text)
        patterns = [pattern for pattern, groups in zip(_SUPERSEDES, _SUPERSEDES_STEMS, strict=True)
                    if all(any(map(lowered.__contains__, stems)) for stems in groups)
                    and (pattern is not _SUPERSEDES[2] or _NOT_APPLY.search(lowered))]
        for match in (found for pattern in patterns for found in pattern.finditer(text)):
            sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            if _ADVICE_WORDS.search(text, sentence_start, match.end()):
                continue
            target = resolve_reference(match.group("word"), match.group("value"), clauses, ci, parent, references)
            targets = [target] if target is not None else _implied_parent(clauses, parent, ci, match.group("value"))
            if target == ci or not targets:
                continue
            stack = list(targets)
            while stack:
                at = stack.pop()
                if at == ci:
                    continue
                superseded.setdefault(at, clause.number or clause.path)
                stack.extend(children[at])
    return superseded


def _implied_parent(clauses: Sequence[Clause], parent: Sequence[int | None], here: int, value: str) -> list[int]:
    """The clauses a number with no clause of its own stands for: "Clause 12 is deleted in its entirety" where the
    contract numbers only "12.1" and "12.2" (its heading line unnumbered or absent) - the top-level clauses before the
    instruction numbered under it."""
    prefix = value.rstrip(".") + "."
    if not value or not value[0].isdigit():
        return []
    return [at for at in range(here) if parent[at] is None and (clauses[at].number or "").startswith(prefix)]


# An amending instrument that changes words of a clause: 'In clause 11.1, the words "once in each Contract Year" are
# replaced with "once in every three Contract Years"', 'Clause 14.2 is amended by replacing "promptly" with "within 24
# hours"', 'clause 9.4 is amended by deleting "30 days" and substituting "10 days"'.
_QUOTED = r'["“‘]([^"”’]{1,120})["”’]'
_SUBSTITUTIONS = (
    re.compile(rf"(?:the\s+(?:words?|figure|number|expression|reference)\s+)?{_QUOTED}\s+(?:is|are|shall\s+be)\s+"
               rf"(?:hereby\s+)?(?:deleted\s+and\s+)?(?:replaced|substituted)\s+(?:with|by)\s+(?:the\s+words?\s+)?"
               rf"{_QUOTED}", re.I),
    re.compile(rf"\b(?:replacing|replace|substituting|substitute)\s+(?:the\s+(?:words?|figure|number)\s+)?{_QUOTED}\s+"
               rf"(?:with|by)\s+(?:the\s+words?\s+)?{_QUOTED}", re.I),
    re.compile(rf"\bdeleting\s+(?:the\s+(?:words?|figure|number)\s+)?{_QUOTED}\s+and\s+(?:substituting|inserting)\s+"
               rf"(?:the\s+words?\s+)?{_QUOTED}", re.I),
)
# ... and one that deletes words with nothing in their place: 'In clause 9.1, the words "and shall report ..." are
# deleted', 'clause 9.1 is amended by deleting the words "..."' (the old words, read as not there)
_DELETIONS = (
    re.compile(rf"(?:the\s+(?:words?|figure|number|expression|sentence)\s+){_QUOTED}\s+(?:is|are|shall\s+be)\s+"
               r"(?:hereby\s+)?(?:deleted|omitted|removed|struck\s+out)\b(?!\s+(?:and|&)\s+(?:replaced|substituted))",
               re.I),
    re.compile(rf"\b(?:deleting|omitting|removing|striking\s+out)\s+(?:the\s+(?:words?|figure|number|sentence)\s+)?"
               rf"{_QUOTED}(?!\s+and\s+(?:substituting|inserting|replacing))", re.I),
)
_CHANGE_STEMS = ("replac", "substitut", "delet", "omit", "remov", "struck", "striking")
SUBSTITUTION_APPLIED = "an amending instruction that changes words of another clause, read into that clause"
# ... the same instructions with new words of any length (a whole sentence put in), read where the clause they change
# is not in the document (an amendment agreement on its own): the new words are then the term
_NEW_WORDS = tuple(re.compile(pattern.pattern.replace("{1,120}", "{1,600}"), re.I) for pattern in _SUBSTITUTIONS)


def _quoted_passages(tokens: Sequence[str]) -> list[range]:
    """The token spans of a sentence's quoted passages, quotes included (of 'the words "..." are replaced by "..."',
    'replacing "..." with "..."', 'deleting "..." and substituting "...": the old words, then the new)."""
    passages: list[range] = []
    start: int | None = None
    for index, token in enumerate(tokens):
        if start is None and token in ('"', "“", "``"):
            start = index
        elif start is not None and token in ('"', "”", "''"):
            passages.append(range(start, index + 1))
            start = None
    return passages


def _substitutions(clauses: Sequence[Clause], parent: Sequence[int | None],
                   references: ReferenceIndex) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
    """The word changes the contract's amending instruments make to other clauses: for each changed clause, its
    (old words, new words); and the clauses holding the instructions."""
    changes: dict[int, list[tuple[str, str]]] = {}
    instructions: set[int] = set()
    for ci, clause in enumerate(clauses):
        text = clause.text
        if not text or clause.kind is ClauseKind.PREAMBLE or not any(stem in text for stem in _CHANGE_STEMS):
            continue
        for match in (found for pattern in _SUBSTITUTIONS + _DELETIONS for found in pattern.finditer(text)):
            sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            if _ADVICE_WORDS.search(text, sentence_start, match.end()):
                continue
            reference = next((r for r in _REFERENCE.finditer(text, sentence_start, match.end())), None) \
                or next((r for r in _REFERENCE.finditer(text, match.end(), match.end() + 80)), None)
            target = resolve_reference(reference.group("word"), reference.group("value"), clauses, ci, parent,
                                       references) if reference is not None else None
            if target is None or target == ci:
                continue
            changes.setdefault(target, []).append((match.group(1), match.group(2) if match.re.groups > 1 else ""))
            instructions.add(ci)
    return changes, instructions


_AMEND_STEMS = ("delete", "replace", "substitut", "omit", "remove", "repeal", "revoke", "strike", "amended to read",
                "varied to read", "restated", "insert", "read as follows", "add new", "add a new", "adds new",
                "adds a new", "adding new", "adding a new", "not apply", "not have effect")


# A form's choice in a table: a column headed "Selected (Yes/No)", "Applicable", "Elected", "Tick" whose cell in a
# row reads "No", "Not selected" or "N/A" leaves that row's option unchosen ("Option 1 | the per-file rates shall
# be reduced ... | No"): it is not agreed, as an unticked box is not.
_CHOICE_HEADER = re.compile(r"^\s*(?:selected|selection|select|chosen|elected|election|applicable|applies|"
                            r"tick|ticked|option\s+(?:selected|chosen|elected)|(?:yes|y)\s*/\s*(?:no|n))\b", re.I)
_NOT_CHOSEN = re.compile(r"^\s*(?:no|n|not\s+(?:selected|chosen|elected|applicable|ticked)|n/?a|✗|✘|☐|\[\s*\])\s*\.?$",
                         re.I)


# Drafts in negotiation carry the drafters' notes and the parties' comments in the text, and offer bracketed
# alternatives to choose from: "[Drafting Note: Customer may wish to exclude repeat contacts ...]", "[Guidance:
# ...]", "Supplier comment: Option A not agreed.", "[Option A: The Supplier shall share 50% ...] [Option B: No
# gainshare.]", and a draft printed with its deletions shows them as "[Deleted: ...]". None of it is agreed. A note
# runs to its closing bracket (or the end of the clause); a comment to the end of its line; an option only counts as
# open when the clause offers more than one.
_NOTE = re.compile(r"\[\s*(?:drafting\s+note|drafter'?s?\s+note|note\s+to\s+(?:draft\w*|the\s+parties|\w+)|ntd|"
                   r"guidance(?:\s+note)?|(?:drafting\s+)?comment|(?:\w+\s+){0,2}comment|"
                   # the other side's answer to a bracketed proposal: "[Supplier response: Rejected.]"
                   r"(?:\w+\s+){1,2}(?:response|reply)|"
                   # a draft printed with its deletions shown: "[Deleted: The parties shall review the Charges ...]"
                   r"deleted|deletion|struck(?:\s+out)?|removed)s?\s*[:\-–][^\]]*\]?", re.I)
_COMMENT = re.compile(r"(?m)^\s*(?:(?:supplier|customer|client|buyer|seller|provider|vendor|contractor|outsourcer|"
                      r"service\s+provider|service\s+recipient|principal|agent|authority)(?:['’]s)?\s+"
                      r"(?:comment|response|note|position)s?|comments?)\s*:.*$", re.I)
_OPTION = re.compile(r"\[\s*(?:option|alternative)\s+(?:[A-Z]|\d+)\s*[:\-–.)][^\]]*\]?", re.I)


# A statement of requirements may say that its "should" is mandatory: 'In this Schedule "should" denotes a mandatory
# requirement that forms part of the Contract', '"should" shall be construed as "shall"'. Then the document's
# "should" binds; a declaration that it is desirable, or none, leaves it advice.
_SHOULD_MANDATORY = re.compile(
    r"[\"“'‘]should[\"”'’]\s*,?\s*(?:(?:denotes|means|indicates|signifies|expresses|describes|identifies|is\s+used\s+"
    r"(?:to\s+(?:denote|indicate|express|describe|identify)|for))\s+(?:an?\s+|the\s+)?(?:mandatory|binding|contractual"
    r"|compulsory)\b|(?:is|are|shall\s+be|will\s+be)\s+(?:to\s+be\s+)?(?:read|construed|interpreted)\s+as\s+[\"“'‘]?"
    r"(?:shall|must)\b)", re.I)
UNAGREED_DRAFT = "a drafting note, a comment, struck-out text or an open option of a draft, not agreed"
UNAGREED_INFORMATION = "given for information only, not a term of the agreement"
UNAGREED_QUESTION = "a question, not a term (its answer is what the parties agreed)"
UNAGREED_REQUEST = "a request recorded in minutes or correspondence, not a term (only its acceptance would be one)"
UNAGREED_OPEN = "recorded as an open point of the negotiation, not agreed"
# Minutes and issue lists record what is still open: "The parties noted that ownership of the bots remains an open
# point", "Service credits are still under negotiation", "No agreement was reached on gainsharing".
_OPEN_POINT = re.compile(r"\b(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:an?\s+)?(?:open|outstanding|unresolved)\s+"
                         r"(?:points?|issues?|items?|questions?|matters?)\b"
                         r"|\b(?:remains?|is|are|was|were)\s+(?:still\s+)?under\s+(?:discussion|negotiation)\b"
                         r"|\bno\s+agreement\s+(?:was|has\s+been|could\s+be)\s+reached\b"
                         # an issues list's row with its status said in it: "Issue 4 | Glide path from base fee to
                         # per-record pricing by Year 3 | Supplier: reviewing | Status: Open" (not "Status: Agreed")
                         r"|\bstatus\s*[:\-–]\s*(?:still\s+)?(?:open|outstanding|unresolved|not\s+(?:yet\s+)?agreed|"
                         r"under\s+(?:discussion|negotiation|consideration))\b", re.I)


def _may_be_open_point(text: str) -> bool:
    """Can :data:`_OPEN_POINT` match ``text``? Each of its branches holds its own words ("open" /
    "outstanding" / "unresolved"; "under" with "discussion" or "negotiation"; "agreement" with "reached";
    "status" with "agreed" or "consideration"), so this is :func:`_may_match` with the stems of one branch
    together: exact, and no for the many sentences that hold only "under" or "agreement" (a speed gate: the
    regex tries every position)."""
    lowered = numbers.case_blind(text)
    return ("open" in lowered or "outstanding" in lowered or "unresolved" in lowered
            or "under" in lowered and ("discussion" in lowered or "negotiation" in lowered)
            or "agreement" in lowered and "reached" in lowered
            or "status" in lowered and ("agreed" in lowered or "consideration" in lowered))
# "Appendix 3 (for information only). This Appendix illustrates how a move to outcome-based pricing could look
# ... It does not form part of this Agreement": said in a clause's opening sentence (or its heading) it covers the
# whole clause; said later, only its own sentence ("The Supplier shall notify breaches within 24 hours. The contact
# list is for information only.").
_NOT_A_TERM = re.compile(r"\bfor\s+(?:information|illustration|reference)(?:\s+purposes)?\s+only\b"
                         r"|\b(?:does|do|shall|will)\s+not\s+form\s+(?:a\s+)?part\s+of\s+(?:this|the)\s+"
                         r"(?:agreement|contract|order\s+form|terms)\b|\bcreates?\s+no\s+(?:legal\s+)?(?:obligations?|rights)\b"
                         r"|\b(?:is|are)\s+(?:non-binding|not\s+(?:legally\s+)?binding)\b"
                         # "a governance charter to be prepared after signature, which shall not be binding" (not "shall
                         # not be binding until signed": a condition of the agreement's start)
                         r"|\b(?:shall|will)\s+not\s+be\s+(?:legally\s+)?binding\b"
                         r"(?!\s+(?:on\s+\w+\s+)?(?:until|unless|before|prior|except))", re.I)


# A term sheet or heads of terms marks each heading binding or not: "8. Outcome pricing (Subject to contract)",
# "Audit - Non-binding", "Pricing [Indicative only]". Said at the end of a clause's heading, the whole clause is no
# term ("subject to contract" is the English term of art for "not yet binding"); a heading marked "(Binding)" is
# one, and "subject to the Contract" or "subject to this contract" in a sentence refers to the agreement.
# (perhaps after another word in the brackets: "PRICING PROPOSAL (illustrative, not binding)")
_NOT_BINDING_HEADING = re.compile(r"(?:[(\[](?:[^()\[\]]{0,30}?[,;]\s*)?|\s[-–—:]\s*)\s*"
                                  r"(?:subject\s+to\s+contract|non-?\s?binding|not\s+(?:legally\s+)?binding|"
                                  r"indicative(?:\s+only)?|"
                                  # "Supplier's Standard Terms (for reference)": a text shown, not agreed
                                  r"for\s+(?:reference|information)(?:\s+(?:purposes|only))*)\s*[)\]]?\s*\.?\s*$", re.I)


def _terms_row(text: str) -> bool:
    """Is a table's first row a row of terms rather than a header? A key-terms table may have no header: its first
    row "Termination for convenience | Customer, on 30 days' notice, at any time" states a term (a cell after the
    first with a figure and five words or more), where a header only names columns ("Service Level | Target")."""
    return any(any(ch.isdigit() for ch in cell) and len(cell.split()) >= 5 for cell in text.split(" | ")[1:])


def _may_be_not_a_term(text: str) -> bool:
    """:func:`_may_match` for :data:`_NOT_A_TERM` with the words of each branch together ("only" with
    "information", "illustration" or "reference"; "part" with "form"; "creat"; "binding"): exact, and no for
    the many sentences that say "party" or "not" (a speed gate)."""
    lowered = numbers.case_blind(text)
    return ("only" in lowered and ("information" in lowered or "illustration" in lowered or "reference" in lowered)
            or "part" in lowered and "form" in lowered or "creat" in lowered or "binding" in lowered)
# ... said later in the clause of the clause's own text, not of one thing in it: "The table below summarises the
# heads of terms. It is included for convenience only, is not binding on either party and does not form part of
# this Agreement." ("It", "This summary", "These terms", "The above", "The table below"; not "The exit team chart
# in Appendix 4 does not form part of this Agreement", nor "This Agreement is not binding until signed"). Only what
# is said of a text counts ("form part of", "on either party", "for information only"): "It is not binding on the
# Customer" may be said of a forecast.
_WHOLE_TEXT_SUBJECT = re.compile(
    r"(?:it|this|these|the\s+(?:above|foregoing|following)|the\s+(?:table|summary|information|overview|section|"
    r"annex|appendix|schedule|part)\s+(?:below|above))\b(?!\s+(?:agreement|contract|deed|order|terms\s+and))",
    re.I)
_SAID_OF_A_TEXT = re.compile(r"\bform\s+(?:a\s+)?part\s+of\b|\bon\s+(?:either|any|both|the)\s+part(?:y|ies)\b"
                             r"|\bfor\s+(?:information|illustration|reference)(?:\s+purposes)?\s+only\b", re.I)
# a subject that looks back ("It", "This summary") covers the clause's earlier sentences too; one that looks
# forward ("The table below", "The following") only what comes after it
_LOOKS_FORWARD = re.compile(r"the\s+(?:following|\w+\s+below)\b", re.I)


# A redline offers a clause in square brackets and the parties' comments after it say whether it stands: "[12.4 The
# Customer shall own all bots ...] [Supplier comment: Not agreed. Please delete clause 12.4.]", "[4.3 ...] [Customer
# comment: Agreed, clause 4.3 deleted.]". A bracketed passage that the comment right after it refuses or deletes is
# not agreed; one the comment accepts ("[Contractor comment: Accepted.]") or with no comment stays as written.
_BRACKETED = re.compile(r"\[[^\[\]]{20,}\]")
_REFUSED = re.compile(r"\bnot\s+(?:agreed|accepted|acceptable)\b|\b(?:rejected|refused|declined)\b"
                      r"|\b(?:please\s+)?delete\b|\b(?:be\s+|is\s+|are\s+)?deleted\b|\bstr(?:ike|uck)\s+(?:out|through)\b",
                      re.I)


def _refused_brackets(text: str, comments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bracketed passages of ``text`` that a comment right after them (nothing but space or other comments
    between) refuses or deletes."""
    out = []
    for match in _BRACKETED.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in comments):
            continue  # a comment or note itself
        at = end
        for a, b in sorted(c for c in comments if c[0] >= end):
            if text[at:a].strip():
                break
            if _REFUSED.search(text, a, b):
                out.append((start, end))
                break
            at = b
    return out


# A choice among bracketed options made in the text: "Option selected: Option B", "Option B applies", "Alternative 2
# is selected". The chosen option is agreed; the others are not.
_OPTION_NAME = re.compile(r"\[\s*(?:option|alternative)\s+([A-Z]|\d+)\b", re.I)
_OPTION_CHOSEN = re.compile(
    r"\b(?:option|alternative)\s+(?:selected|chosen|elected)\s*[:\-–]\s*(?:(?:option|alternative)\s+)?([A-Z]|\d+)\b"
    r"|\b(?:option|alternative)\s+([A-Z]|\d+)\s+(?:is\s+|has\s+been\s+)?(?:selected|chosen|elected|applies|shall\s+apply)\b",
    re.I)


# A compliance matrix or schedule of deviations records the supplier's answer to each requirement on the requirement's
# own line: "Requirement 4.2 - Disputes reopened within 30 days are not billable. Supplier response: Rejected; ...",
# "Deviation D-4 - Clause 12.2 (...). Supplier position: not accepted." A line the supplier's answer refuses is a
# requirement that was not agreed; one it accepts ("Supplier response: Accepted", "Compliant") is the term. (The
# customer's refusal of a supplier's deviation leaves the contract's clause standing, so it is not read here.)
_SUPPLIER_REFUSES = re.compile(
    r"\b(?:supplier|provider|vendor|contractor|bidder|tenderer)(?:['’]s)?\s+(?:response|position|answer|reply)\s*"
    r"[:\-–]\s*(?:rejected|refused|declined|not\s+(?:accepted|agreed|compliant)|non-?\s?compliant|"
    r"does\s+not\s+comply)\b", re.I)
# ... and a clause that the same text deletes ("Clause 11.3 is deleted", not "is deleted and replaced with ...") is
# no term even where the text names it by its title: "Deviation 11 - Clause 11.3 (Annual price review). ... Clause
# 11.3 is deleted." The titled mention's sentence is struck (a contract that holds clause 11.3 itself loses it too:
# see _amendments).
_DELETES_REF = re.compile(
    rf"\b{_REF_WORD}\s+{_REF_VALUE}(?:\s*\([^()]{{1,80}}\))?\s+(?:is|are|shall\s+be|has\s+been|have\s+been)\s+"
    r"(?:hereby\s+)?(?:deleted|omitted|removed|struck\s+out)\b(?!\s+(?:and|&)\s+(?:replaced|substituted))", re.I)


def _deleted_tokens(sentence: Sentence, changes: Sequence[tuple[str, str]]) -> frozenset[int]:
    """The sentence's tokens inside the words an amending instrument deletes from it with nothing in their place.
    (Words replaced keep their tokens: only their figures are read as amended, for the new words' other meaning is
    not matched in the clause they go into.)"""
    struck: set[int] = set()
    lower = sentence.text.lower()
    for old, new in changes:
        at = lower.find(old.lower()) if not new else -1
        if at < 0:
            continue
        start, end = sentence.start + at, sentence.start + at + len(old)
        struck.update(i for i, token_start in enumerate(sentence.token_starts) if start <= token_start < end)
    return frozenset(struck)


def _refused_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` whose requirement the supplier's answer on the same line refuses, and the sentences
    naming by its title a clause the text deletes (see _SUPPLIER_REFUSES, _DELETES_REF)."""
    spans = []
    for match in _SUPPLIER_REFUSES.finditer(text):
        end = text.find("\n", match.end())
        spans.append((text.rfind("\n", 0, match.start()) + 1, end if end >= 0 else len(text)))
    for deletion in _DELETES_REF.finditer(text):
        opening = max(text.rfind(mark, 0, deletion.start()) + len(mark) for mark in (". ", "\n", "; ", ": "))
        if re.search(r"[A-Za-z]", text[max(opening, 0):deletion.start()]):
            continue  # an instruction opens with the clause it deletes; "the data listed in Annex 2 ... are deleted"
        word, value = re.escape(deletion.group("word").rstrip("sS")), re.escape(deletion.group("value"))
        titled = re.compile(rf"\b{word}s?\s+{value}\s*\([^()]{{1,80}}\)", re.I)
        for mention in titled.finditer(text):
            start = max(text.rfind(". ", 0, mention.start()) + 2, text.rfind("\n", 0, mention.start()) + 1)
            if start <= deletion.start() < mention.end():
                continue  # the deleting sentence itself
            spans.append((start, mention.end()))
    return spans


# A clause library's options set out without brackets, each opening its sentence: "Option A - prices are fixed for the
# Term. Option B - where automation handles more than 25% of claims ...", "Option A: the Customer owns all bots ...".
# Offered, they are not yet a term: when the text records the choice ("Option selected for this Order Form: Option
# A") the others are not agreed, and when it says none is chosen yet ("neither option has been agreed", "option to be
# selected at contract signature") none is. Options with neither said (a right to elect one later) are read as before.
_PLAIN_OPTION = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:option|alternative)\s+([A-Z]|\d{1,2})\s*[:\-–—.)]\s", re.I)
_PLAIN_CHOSEN = re.compile(
    r"\b(?:option|alternative)\s+(?:selected|chosen|elected|agreed)(?:\s+[\w-]+){0,5}?\s*[:\-–]\s*"
    r"(?:(?:option|alternative)\s+)?([A-Z]|\d{1,2})\b", re.I)
_NONE_CHOSEN = re.compile(
    r"\b(?:neither|no)\s+(?:option|alternative)\s+(?:has\s+(?:yet\s+)?been|is|was)\s+(?:yet\s+)?"
    r"(?:agreed|selected|chosen|elected)\b"
    r"|\b(?:option|alternative)s?\s+(?:is\s+|are\s+)?(?:still\s+|yet\s+)?to\s+be\s+(?:selected|chosen|elected|agreed)\b",
    re.I)


def _unchosen_plain_options(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s unbracketed options that its own words leave unchosen (see _PLAIN_OPTION)."""
    chosen_at = list(_PLAIN_CHOSEN.finditer(text))
    options = [m for m in _PLAIN_OPTION.finditer(text) if not any(c.start() <= m.start() < c.end() for c in chosen_at)]
    if len({m.group(1).upper() for m in options}) < 2:
        return []
    spans = []
    for at, option in enumerate(options):
        line_end = text.find("\n", option.start())
        end = min(e for e in (line_end if line_end >= 0 else len(text),
                              options[at + 1].start() if at + 1 < len(options) else len(text)))
        spans.append((option.group(1).upper(), option.start(), end))
    chosen = {c.group(1).upper() for c in chosen_at} & {name for name, _, _ in spans}
    if len(chosen) == 1:
        return [(start, end) for name, start, end in spans if name not in chosen]
    if not chosen and _NONE_CHOSEN.search(text):
        return [(start, end) for _, start, end in spans]
    return []


def _unagreed_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text`` that are drafting notes, comments, open bracketed options or bracketed passages
    a comment refuses."""
    spans = [m.span() for m in _NOTE.finditer(text)] + [m.span() for m in _COMMENT.finditer(text)]
    if "esponse" in text or "osition" in text or "delet" in text:
        spans += _refused_lines(text)
    if "ption" in text or "lternative" in text:
        spans += _unchosen_plain_options(text)
    options = list(_OPTION.finditer(text))
    refused = _refused_brackets(text, spans) if spans else []
    if len(options) < 2:
        return spans + refused
    inside = [m.span() for m in options] + spans
    chosen = {(hit.group(1) or hit.group(2)).upper() for hit in _OPTION_CHOSEN.finditer(text)
              if not any(a <= hit.start() < b for a, b in inside)}
    names = [(m.span(), _OPTION_NAME.match(m.group(0))) for m in options]
    if len(chosen) == 1 and any(name and name.group(1).upper() in chosen for _, name in names):
        return spans + refused + [span for span, name in names if not (name and name.group(1).upper() in chosen)]
    return spans + refused + [m.span() for m in options]


# ... and an issues list's status column: a row whose "Status" (or "Agreed / Open") cell reads "Open", "Not agreed",
# "Pending" or "Under negotiation" records a point still open, not a term.
# (a "Pending" status is left alone: a milestone or deliverable not yet reached is "pending" too; "No" only under
# a column that asks whether the point is agreed)
_STATUS_HEADER = re.compile(r"^\s*(?:status|agreed\s*/\s*open|open\s*/\s*agreed|(?P<agreed>agreed\s*\??))\s*$", re.I)
_OPEN_STATUS = re.compile(r"^\s*(?:still\s+)?(?:open|outstanding|unresolved|not\s+(?:yet\s+)?agreed|"
                          r"under\s+(?:discussion|negotiation|consideration))\b", re.I)
_NO = re.compile(r"^\s*no\b", re.I)


def under_headers(row: str, header: str) -> list[tuple[str, str]]:
    """A table row's cells, each with its header cell (none when the row is the header or the counts differ)."""
    heads = [cell.strip() for cell in header.split(" | ")]
    cells = [cell.strip() for cell in row.split(" | ")]
    if len(heads) != len(cells) or row == header:
        return []
    return list(zip(heads, cells, strict=True))


def _open_in_status_column(row: str, header: str) -> bool:
    """Whether a table row is a point its table's status column records as still open."""
    for head, cell in under_headers(row, header):
        status = _STATUS_HEADER.match(head)
        if status and (_OPEN_STATUS.match(cell) or (status.group("agreed") and _NO.match(cell))):
            return True
    return False


# ... and a redline summary's change column: a row whose "Change" (or "Amendment", "Revision", "Redline") cell records
# the clause as deleted ("6.3 Repeat contacts within 10 days excluded | deleted by Supplier | Deletion accepted by
# Customer") quotes a clause that is no longer agreed, unless its status cell refuses the deletion ("Deletion
# rejected", "Not accepted": the clause stands). A row whose change is "unchanged" or "inserted" is the term.
_CHANGE_HEADER = re.compile(r"^\s*(?:(?:proposed|requested|agreed)\s+)?(?:change|amendment|redline|revision)s?"
                            r"\s*(?:made|proposed|requested|agreed)?\s*$", re.I)
_CHANGE_HEADER_WORDS = ("hange", "HANGE", "mendment", "MENDMENT", "edline", "EDLINE", "evision",
                        "EVISION")  # a speed gate: one of them is in every header _CHANGE_HEADER matches
# (the whole clause deleted, the verb with at most who or why after it: "deleted by Supplier", "Removed at the
# Customer's request"; not a change inside the clause: "remove the once-a-year limit")
_DELETED_CHANGE = re.compile(r"^\s*(?:deleted?|removed?|str(?:ike|uck)(?:\s+out)?|stricken|withdrawn?)"
                             r"(?:\s+in\s+(?:full|its\s+entirety))?(?:\s+(?:by|at|on|per|following|as|upon)\b.*)?\W*$",
                             re.I)
_DELETION_REFUSED = re.compile(r"\b(?:rejected|refused|declined|not\s+(?:accepted|agreed))\b", re.I)


# A clause comparison table sets the parties' drafts side by side and says which was agreed: "Clause | Supplier draft
# | Customer draft | Agreed" with rows "15 Audit | The Customer may audit ... | [Deleted] | Supplier draft". The agreed
# cell naming a draft column adopts that draft; the other drafts are not the contract (read as struck, as an
# amendment's old words are); an agreed cell with words of its own is the text, and every draft beside it is struck.
_DRAFT_HEADER = re.compile(r"^\s*(?:the\s+)?(?P<who>[a-z][\w\s]{0,30}?)(?:['’]s)?\s+"
                           r"(?:draft|position|proposal|version|wording|mark-?up)\s*$", re.I)
_AGREED_HEADER = re.compile(r"^\s*(?:the\s+)?(?:agreed|final|signed|executed)"
                            r"(?:\s+(?:agreed|execution|executed|signed))?(?:\s+(?:text|position|wording|clause|version|drafting|agreement|contract|copy))?\s*$",
                            re.I)
_ADOPTING = re.compile(r"^\s*(?:as\s+per|as\s+in|as|per|adopt(?:ed)?|accept(?:ed)?|use|the)\s+", re.I)
# A table of changes between drafts has one earlier draft beside the final text: "Clause | Draft 2 | Final Execution
# Version" over "1.6 | "Processed Gift" means ... | Deleted." The earlier draft is not the contract: its cell is struck
# unless the final cell keeps it ("Unchanged", "No change", "As Draft 2").
_EARLIER_DRAFT_HEADER = re.compile(r"^\s*(?:(?:first|second|third|previous|earlier|prior|original|initial)\s+)?"
                                   r"(?:draft|turn|version|mark-?up)(?:\s+(?:no\.?\s*)?(?:\d{1,2}|[a-d]))?\s*$", re.I)
_KEPT = re.compile(r"^\s*(?:unchanged|no\s+change|not\s+changed|retained|kept|as\s+(?:drafted|before))\W*$", re.I)


def _unadopted_drafts(row: str, header: str, token_starts: Sequence[int], row_start: int) -> set[int]:
    """The tokens of a comparison table row's drafts that its agreed column does not adopt (see _DRAFT_HEADER)."""
    heads = [cell.strip() for cell in header.split(" | ")]
    cells = [cell.strip() for cell in row.split(" | ")]
    if len(heads) != len(cells) or row == header:
        return set()
    drafts = {i: m.group("who").strip().lower() for i, head in enumerate(heads)
              if not _AGREED_HEADER.match(head) and (m := _DRAFT_HEADER.match(head))}
    agreed = next((i for i, head in enumerate(heads) if _AGREED_HEADER.match(head)), None)
    if agreed is not None and len(drafts) < 2:
        earlier = [i for i, head in enumerate(heads) if i != agreed and _EARLIER_DRAFT_HEADER.match(head)]
        if len(earlier) == 1:  # a table of changes between an earlier draft and the final text
            kept = _KEPT.match(cells[agreed]) or _ADOPTING.sub("", cells[agreed]).strip(" .;:").lower() == \
                heads[earlier[0]].lower()
            if kept or not cells[agreed] or not cells[earlier[0]]:
                return set()
            return _cell_tokens(row, token_starts, row_start, {earlier[0]})
    if agreed is None or len(drafts) < 2:
        return set()
    said = _ADOPTING.sub("", cells[agreed]).strip(" .;:").lower().replace("’", "'").replace("'s ", " ")
    named = [i for i, who in drafts.items() if said in (who, f"{who} draft", f"{who} position", f"{who} proposal",
                                                         f"{who} version", f"{who} wording", heads[i].lower())]
    if len(named) == 1:
        struck_cells = set(drafts) - set(named)
    elif len(said.split()) >= 3:
        struck_cells = set(drafts)
    else:
        return set()
    return _cell_tokens(row, token_starts, row_start, struck_cells)


def _cell_tokens(row: str, token_starts: Sequence[int], row_start: int, cells: set[int]) -> set[int]:
    """The tokens that lie in the row's ``cells`` (by position: the first cell is 0)."""
    bars = [at for at in range(len(row)) if row.startswith(" | ", at)]
    return {i for i, start in enumerate(token_starts) if sum(1 for bar in bars if bar < start - row_start) in cells}


def _in_table_row(text: str, at: int) -> bool:
    """Whether the character at ``at`` lies on a table row's line: a cell's full stop ends a sentence inside the row
    ("14.2 | The Client may audit ... once a year. | Unchanged."), and the piece after it is still the row's."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return " | " in text[start:end if end >= 0 else len(text)]


def _deleted_in_change_column(row: str, header: str) -> bool:
    """Whether a table row is a clause its redline summary records as deleted (and the deletion not refused)."""
    cells = under_headers(row, header)
    deleted = any(_CHANGE_HEADER.match(head) and _DELETED_CHANGE.match(cell) for head, cell in cells)
    return deleted and not any(_STATUS_HEADER.match(head) and _DELETION_REFUSED.search(cell) for head, cell in cells)


def _option_not_chosen(row: str, header: str) -> bool:
    """Whether a table row is an option its table's choice column leaves unchosen."""
    return any(_CHOICE_HEADER.match(head) and _NOT_CHOSEN.match(cell) for head, cell in under_headers(row, header))


# A numbered table row ("5. Glide path to outcome pricing | three steps | not accepted | Open") reaches the
# annotator as two sentences, the number alone and then the cells: the number is still the table's, so the row
# after it keeps its table's header (its status column, its duty columns) instead of opening a new table.
_ROW_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z])[.)]?\s*$")
# An amendment that gives the new wording of a clause: "Clause 9.2 is deleted and replaced with the following:",
# "Clause 4 is amended to read:", "the following new clause 7.5 is inserted:", "Schedule 3 shall read as follows".
_AMENDMENT = re.compile(
    r"\b(?:(?:is|are|shall be|will be)\s+(?:hereby\s+)?(?:deleted\s+(?:in\s+its\s+entirety\s+)?and\s+)?"
    r"(?:replaced|substituted|amended|inserted|added|restated)\b"
    # a deed of variation's own verb, with how it varies: "clause 1.1 is varied by inserting the following
    # definition:", "Schedule 3 is varied by adding:" (not "the Charges may be varied by agreement")
    r"|(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?varied\s+(?:by\s+(?:adding|inserting|replacing|substituting)|"
    r"as\s+follows)\b"
    r"|(?:amended|modified|restated)\s+(?:so\s+as\s+)?to\s+read\b|(?:shall|will|is\s+to)\s+read\s+as\s+follows\b"
    # a side letter's reading-in: "clause 15 of the Agreement shall be read as if it included the following:", "shall be
    # read and construed as including"
    r"|(?:shall|will|is\s+to)\s+be\s+read\s+(?:and\s+construed\s+)?as\s+(?:if\s+it\s+(?:included|contained)|including|"
    r"containing)\b"
    # a conformed reading of the clause changed: "Clause 14.2 as amended reads:", "as so amended shall read"
    r"|\bas\s+(?:so\s+|hereby\s+)?amended\s+(?:now\s+)?(?:reads|shall\s+read|will\s+read)\b"
    r"|\b(?:insert|substitute|replace|add)(?:ing)?\s+the\s+following\b"
    # a change note's instruction, as an instruction (opening the text or after a colon or dash) or agreed: 'Change:
    # insert new clause 22.5 - "Where an audit ..."', "Add a new paragraph 4:", "The parties agree to insert a new
    # clause 9.3:" (not "the parties discussed whether to insert new clause 22.5", nor a flow-down duty: "The
    # Supplier shall insert a new clause in each subcontract. "The Subcontractor shall ..."" binds no party)
    r"|(?:^|[:\-–—]\s*|\b(?:agree|agrees|agreed)\s+to\s+|\bhereby\s+)"
    r"(?:insert|add)\s+(?:a\s+)?new\s+(?:clause|sub-?clause|paragraph|sub-?paragraph|section|article)\b)",
    re.I)
_ADVICE_WORDS = re.compile(r"\b(?:should|could|might|buyers?|consider|recommend\w*|example|model clause|sample)\b",
                           re.I)


# A supplier's tender, bid or RFP response incorporated into the contract ("the Supplier's response to the Customer's
# RFP dated 12 May 2026 is incorporated into and forms part of this Agreement"): an answer of it quoted afterwards
# ('Supplier's response to RFP question 9.2: "All process documentation ... will be assigned to the Customer"') is a
# term of the contract, not a model clause quoted in advice. Both must be said: a quoted answer in a document that
# does not incorporate the response (an evaluation report, a clarification log) stays a quotation.
_INCORPORATES_RESPONSE = re.compile(
    r"\b(?:response|responses|proposal|tender|bid|answers?|reply|replies)\b[^.;]{0,160}?"
    r"\b(?:(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:deemed\s+(?:to\s+be\s+)?)?incorporated"
    r"|forms?\s+(?:an?\s+(?:integral\s+)?)?part\s+of\s+(?:this|the)\s+(?:agreement|contract|sow|order))\b", re.I)
_RESPONSE_LEAD = re.compile(r"\b(?:response|answer|reply|proposal|tender|bid)\b", re.I)


def _quotes_response(text: str) -> bool:
    """Do the words before ``text``'s first opening quote introduce an answer of the supplier's response?"""
    opening = re.search(r"[\"“‘]", text)
    lead = text[:opening.start()] if opening else ""
    return bool(lead) and _RESPONSE_LEAD.search(lead) is not None and _ADVICE_WORDS.search(lead) is None


# An email written out as the message's header and its body in quotes, the body recording what the parties agreed
# ('Email from <name> (..., the customer) to <name> (..., the supplier): "Confirming what we agreed: ..."'): the quote
# is the message itself, read as a letter confirming terms is, not a passage it quotes. A message that only asks or
# proposes ("Could you ...?", "We propose that ...") stays as it was read.
_MESSAGE_HEADER = re.compile(r"^\W{0,3}(?:e-?mail|message)\s+from\b[^\"“‘]{0,300}:\s*$", re.I)
# "we agreed", "as agreed", "the terms agreed" - not "to be agreed" (a term left to agreement, read as such) nor "not
# (yet) agreed" (an open point)
_AGREED = re.compile(r"(?<!\bbe )(?<!\bnot )(?<!\byet )(?<!\bnever )(?<!\bbeing )\bagreed\b", re.I)
_NOT_AGREED_YET = re.compile(r"\b(?:not|never)\s+(?:yet\s+|been\s+){0,2}agreed\b", re.I)


def _quotes_message(text: str) -> bool:
    """Is ``text``'s first opening quote the body of a message whose header opens the sentence and ends in a colon,
    and does the message say it records what was agreed?"""
    opening = re.search(r"[\"“‘]", text)
    return opening is not None and _MESSAGE_HEADER.match(text[:opening.start()]) is not None \
        and _AGREED.search(text) is not None and _NOT_AGREED_YET.search(text) is None


def _amends(text: str, before_quote: bool = False) -> bool:
    """Does ``text`` (or, with ``before_quote``, its words before the first opening quote) introduce
    the new wording of an amended clause, as a term of the document rather than as advice?"""
    if before_quote:
        opening = re.search(r"[\"“‘]", text)
        text = text[:opening.start()] if opening else ""
    return bool(text) and _AMENDMENT.search(text) is not None and _ADVICE_WORDS.search(text) is None


# a paragraph numbered by its section's or schedule's letter ("C.2" after "C.1 Background" in a Performance Work
# Statement, "B-1"): numbered operative text, as "2.1" is
_LETTER_PARAGRAPH = re.compile(r"^[A-Z][-.]\d")


def _recital_zone(clauses: Sequence[Clause]) -> list[bool]:
    """Which clauses are recitals: from a RECITALS / BACKGROUND / WHEREAS heading (or a
    line saying so) through its lettered paragraphs, until numbered operative clauses or
    "NOW, THEREFORE" / "IT IS AGREED" begin."""
    zone = False
    out = []
    for clause in clauses:
        label = (clause.heading or clause.text).strip().lower().strip(" :.")
        if clause.number[:1].isdigit() or clause.number.lower().startswith(("article", "schedule", "annex")) \
                or _LETTER_PARAGRAPH.match(clause.number):
            zone = False
        if label in _RECITAL_HEADINGS or label.split("\n")[-1].strip(" :.") in _RECITAL_HEADINGS:
            zone = True
        out.append(zone)
        if zone and _OPERATIVE_START.search(clause.text):
            zone = False
    return out


def _heading_over(index: int, clauses: Sequence[Clause], parent: list[int | None]) -> str:
    """The heading a clause's text stands under: its own, else its nearest ancestor's."""
    at: int | None = index
    while at is not None:
        if clauses[at].heading:
            return clauses[at].heading
        at = parent[at]
    return ""


# a list item's own number, as a clause: "(a)", "(iv)", "b)" (not "7" or "7.3", which open clauses)
_LETTERED = re.compile(r"^\(?(?:[a-z]{1,2}|[ivx]{1,5})\)$")


def _clause_parents(clauses: Sequence[Clause]) -> tuple[list[int | None], list[list[int]]]:
    """The clause tree as the reader sees it. Lettered items that follow an unnumbered lead-in at
    their own level ("The Service Provider shall:" in the preamble or under a bare heading, then
    "(a) ...", "(b) ...") belong to it, as they would under a numbered "12.1 The Supplier shall:"."""
    index = {c.path: i for i, c in enumerate(clauses)}
    given: list[int | None] = [index.get(c.parent) if c.parent else None for c in clauses]
    parent = list(given)
    for i, clause in enumerate(clauses):
        if not _LETTERED.match(clause.number):
            continue
        before = i - 1  # back over the earlier items of the same list to the paragraph leading into them
        while before >= 0 and given[before] == given[i] and _LETTERED.match(clauses[before].number):
            before -= 1
        if (before >= 0 and given[before] == given[i] and not _LETTERED.match(clauses[before].number)
                and clauses[before].text.rstrip().endswith((":", "—", ":-"))):
            parent[i] = before
    children: list[list[int]] = [[] for _ in clauses]
    for i, p in enumerate(parent):
        if p is not None:
            children[p].append(i)
    return parent, children


class ReferenceIndex:
    """Clause lookup by path, body number and schedule number, built once per document."""

    def __init__(self, clauses: Sequence[Clause]) -> None:
        self.by_path: dict[str, int] = {}
        self.by_number: dict[str, int] = {}
        self.schedules: dict[tuple[str, str], int] = {}  # ("sched", "3") -> index
        self.qualified: dict[tuple[str, str, str], int] = {}  # ("call-off", "sched", "14") -> index
        self.any_schedule: dict[str, int] = {}
        self.parts: dict[str, list[int]] = {}  # "c" -> the clauses headed "Part C ..." (or numbered so)
        # body clauses numbered by a lettered section's letter ("B.4", "H.5": US federal orders), cited bare
        self.lettered = any(_LETTER_PARAGRAPH.match(c.number) and "/" not in c.path for c in clauses)
        for i, clause in enumerate(clauses):
            named = _PART_HEADING.match(clause.number) or _PART_HEADING.match(clause.heading)
            if named:
                self.parts.setdefault(named.group("value").casefold(), []).append(i)
            self.by_path.setdefault(clause.path, i)
            if "/" not in clause.path:
                self.by_number.setdefault(clause.number, i)
            words = clause.number.casefold().split()
            if len(words) in (2, 3) and clause.parent is None:
                # "Schedule 3", and a family's "Call-Off Schedule 14" (also found as "Schedule 14")
                self.schedules.setdefault((words[-2][:5], words[-1]), i)
                if len(words) == 3:
                    self.qualified.setdefault((words[0], words[1][:5], words[2]), i)
                if clause.kind is ClauseKind.SCHEDULE:
                    self.any_schedule.setdefault(words[-1], i)


def resolve_reference(word: str, value: str, clauses: Sequence[Clause], here: int,
                      parent: Sequence[int | None], index: ReferenceIndex | None = None,
                      qualifier: str = "") -> int | None:
    """The clause a reference like ("Schedule", "3") or ("clause", "12.3(a)") points to;
    ``qualifier`` is the word before a schedule's name ("Call-Off" in "Call-Off Schedule 14")."""
    index = index or ReferenceIndex(clauses)
    word = word.lower()
    value_cf = value.casefold()
    if word.startswith("attached"):
        # Korean drafting's "[Attached Table 1]" (the schedule "Attached Table 1", see markers._BRACKET_SCHEDULE_RE)
        qualifier, word = "attached", word.split()[-1]
        found = index.qualified.get((qualifier, word[:5], value_cf))
        return found if found is not None else index.any_schedule.get(value_cf)
    if word.startswith(_SCHEDULE_WORDS):
        found = index.qualified.get((qualifier.casefold(), word.rstrip(".")[:5], value_cf)) if qualifier else None
        if found is None:
            found = index.schedules.get((word.rstrip(".")[:5], value_cf))
        # "Schedule 3" when the document says "Annex 3"
        return found if found is not None else index.any_schedule.get(value_cf)
    # Paragraph N inside a schedule refers within it; clause N refers to the body.
    schedule_prefix = ""
    if word.startswith("para"):
        top = here
        while parent[top] is not None:
            top = parent[top]  # type: ignore[assignment]
        if clauses[top].kind is ClauseKind.SCHEDULE and clauses[top].number:
            schedule_prefix = clauses[top].number + "/"
    if schedule_prefix:
        return index.by_path.get(schedule_prefix + value)
    found = index.by_path.get(value)
    return found if found is not None else index.by_number.get(value)


def _civil_references(text: str, clauses: Sequence[Clause], here: int, parent: Sequence[int | None],
                      index: ReferenceIndex) -> list[int]:
    """The clauses "§ 10 (3)", "§ 4", "Annex 2, No. 1" and, inside an annex, "No. 2" point to (statutes such as
    "§ 314 BGB" are not the contract's own sections)."""
    out = []
    for match in _SECTION_SIGN.finditer(text):
        value, sub = match.group("value"), match.group("sub")
        target = index.by_path.get(f"{value}({sub})") if sub else None
        if target is None:
            target = index.by_path.get(value)
        if target is not None:
            out.append(target)
    for match in _NUMBERED.finditer(text):
        if _SCHEDULE_WORD_BEFORE.search(text, 0, match.start()):
            continue  # "Appendix No. 3" names the appendix itself (see _REFERENCE), not its paragraph 3
        before = _SCHEDULE_BEFORE.search(text, 0, match.start())
        if before is not None:
            schedule = resolve_reference(before.group("word"), before.group("value"), clauses, here, parent, index)
            prefix = clauses[schedule].path + "/" if schedule is not None else ""
        else:
            top = here
            while parent[top] is not None:
                top = parent[top]  # type: ignore[assignment]
            in_schedule = clauses[top].kind is ClauseKind.SCHEDULE and clauses[top].number
            prefix = clauses[top].number + "/" if in_schedule else ""
        target = index.by_path.get(prefix + match.group("value")) if prefix else None
        if target is not None:
            out.append(target)
    return out


def _top(index: int, parent: Sequence[int | None]) -> int:
    """The top-level clause ``index`` stands under (itself when it has no parent)."""
    while parent[index] is not None:
        index = parent[index]  # type: ignore[assignment]
    return index


def _part_reference(match: re.Match[str], text: str, clauses: Sequence[Clause], here: int,
                    parent: Sequence[int | None], index: ReferenceIndex) -> int | None:
    """The clause "Part C" points to: the one headed "Part C ..." - inside the schedule named after it ("Part 2 of
    Schedule 3", else that schedule), else the only one in the document, else the one under the same top-level
    clause as the reference."""
    found = index.parts.get(match.group("value").casefold(), [])
    after = _OF_SCHEDULE.match(text, match.end())
    if after:
        schedule = resolve_reference(after.group("word"), after.group("value"), clauses, here, parent, index,
                                     after.group("qualifier") or "")
        if schedule is not None:
            inside = [i for i in found if i != schedule and _top(i, parent) == _top(schedule, parent)]
            return inside[0] if inside else schedule
    if len(found) == 1:
        return found[0]
    same = [i for i in found if _top(i, parent) == _top(here, parent)]
    return same[0] if len(same) == 1 else None


_QUALIFIER_BEFORE = re.compile(r"\b([A-Z][a-zA-Z]*(?:-[A-Za-z]+)+|[A-Z][a-z]+)\s+$")
_OF_SCHEDULE = re.compile(r"\s+(?:of|in|to)\s+(?:the\s+)?(?:(?P<qualifier>[A-Z][a-zA-Z]*(?:-[A-Za-z]+)*)\s+)?"
                          r"(?P<word>schedules?|annex(?:es|ure)?|appendix|exhibit|attachment|bilag|sch\.)\s+"
                          r"(?P<value>\d{1,3}|[A-Z]{1,2}\b|[IVXL]{1,6}\b)", re.I)


def _paragraph_of_schedule(match: re.Match[str], text: str, clauses: Sequence[Clause], here: int,
                           parent: Sequence[int | None], index: ReferenceIndex) -> tuple[int | None, int]:
    """ "paragraph 3 of Call-Off Schedule 14", "Part 2 of Annex B": the paragraph inside the schedule
    named after it (target, end of the whole reference), or (None, -1)."""
    after = _OF_SCHEDULE.match(text, match.end())
    if not after:
        return None, -1
    schedule = resolve_reference(after.group("word"), after.group("value"), clauses, here, parent, index,
                                 after.group("qualifier") or "")
    if schedule is None:
        return None, -1
    found = index.by_path.get(f"{clauses[schedule].path}/{match.group('value')}")
    return (found if found is not None else schedule), after.end()


def annotate(document: Document, parties: Parties | None = None, *, nlp: Any = None,
             label_clause: Any = None, label_heading: Any = None) -> Annotated:
    """Run the pipeline over every clause once and build the :class:`Annotated` view.

    ``label_clause(doc, party_mentions)`` / ``label_heading(doc)`` return
    ``[(label, start, end)]`` token matches (the mentions serve ``{customer}`` phrases); the
    engine passes its compiled phrase matcher here so that matching happens in the same pass.
    """
    with without_gc_pauses():
        return _annotate(document, parties, nlp or get_nlp(), label_clause, label_heading)


def _annotate(document: Document, parties: Parties | None, nlp: Any, label_clause: Any,
              label_heading: Any) -> Annotated:
    clauses = document.clauses
    parties = parties or find_parties(clauses, document.glossary, document.text)
    parent, children = _clause_parents(clauses)
    party_matcher = _party_matcher(nlp, parties)
    term_matcher, term_of = _term_matcher(nlp, document.glossary)
    sentences: list[Sentence] = []
    by_clause: list[list[int]] = [[] for _ in clauses]
    heading_labels: list[dict[str, list[tuple[int, int]]]] = [{} for _ in clauses]
    references = ReferenceIndex(clauses)
    captions = _table_captions(clauses)
    token_count = 0
    # EDGAR text pads words with runs of spaces ("one year's          prior notice"): each run
    # would be a token of its own and break every phrase across it, so the pipeline sees one
    # space and offsets are mapped back to the clause text.
    squashed = [_squash(c.text) for c in clauses]
    texts = [text for text, _ in squashed]
    glossary_terms = {d.term.lower() for d in document.glossary}
    should_binds = "hould" in document.text and bool(_SHOULD_MANDATORY.search(document.text))
    # where each term is defined: a numbered definition under the definitions clause is read by the glossary with its
    # term as the clause's run-in heading ("1.1.1. Atende+ Platform: the customer service ticketing platform ...")
    defined_in = {(d.term.lower(), d.clause) for d in document.glossary}
    glossary_written = tuple(sorted({d.term.strip() for d in document.glossary}, key=len, reverse=True))
    in_recitals = _recital_zone(clauses)
    superseded = _amendments(clauses, parent, children, references)
    changed, instructions = _substitutions(clauses, parent, references)
    # A snippet that is all preamble (one paragraph, no numbered clauses) is still operative text.
    has_operative = any(c.kind is not ClauseKind.PREAMBLE and c.text.strip() for c in clauses)
    # a supplier's tender or RFP response the document incorporates: the answers it quotes are its terms
    incorporated_response = any(_INCORPORATES_RESPONSE.search(c.text) for c in clauses
                                if "ncorporat" in c.text or "part of" in c.text)
    from spacy.attrs import IDX, LENGTH, LOWER, SENT_START

    strings = nlp.vocab.strings
    lower_of: dict[int, str] = {}
    docs = list(nlp.pipe(texts, batch_size=64))
    doc_parties = [_other_party(doc, _owned_agents(doc, _spans(party_matcher(doc),
                                                               lambda key: parties.role_of(nlp.vocab.strings[key])
                                                               or ""), parties), text)
                   for doc, text in zip(docs, texts, strict=True)]
    label_docs = getattr(label_clause, "label_docs", None)
    # labels matched once for several (the engine's matcher): each sentence's span list is shared by them
    aliases: dict[str, tuple[str, ...]] = getattr(label_clause, "aliases", None) or {}
    headed = [(ci, c.heading) for ci, c in enumerate(clauses) if c.heading] if label_heading is not None else []
    heading_docs: list[Any] = []
    if headed:
        disable = [name for name in nlp.pipe_names if name != "bpolint_lemmas"]
        heading_docs = list(nlp.pipe((heading for _, heading in headed), batch_size=256, disable=disable))
    heading_found: list[list[tuple[str, int, int]]] | None = None
    if label_docs is not None and label_heading is label_clause:
        # one batch for clauses and headings: the token patterns' set-up (a test of every spec on every
        # distinct word, a walk per pattern) costs about as much for twenty headings as for the clauses
        # (no match crosses from one doc into the next, so each doc's matches are its own)
        batch = docs + heading_docs
        found = (label_docs(batch, [*doc_parties, *([()] * len(heading_docs))], aliased=False) if aliases
                 else label_docs(batch, [*doc_parties, *([()] * len(heading_docs))]))
        clause_labels, heading_found = found[:len(docs)], found[len(docs):]
    elif label_docs is not None:  # the engine's matcher takes every clause at once
        clause_labels = label_docs(docs, doc_parties, aliased=False) if aliases else label_docs(docs, doc_parties)
    else:
        clause_labels = [list(label_clause(doc, found)) if label_clause else []
                         for doc, found in zip(docs, doc_parties, strict=True)]
    for ci, doc in enumerate(docs):
        token_count += len(doc)
        parties_at = doc_parties[ci]
        # Longest match wins: "Adjustment Claim" is not also a use of "Claim".
        terms_at = _spans(term_matcher(doc), lambda key: term_of[nlp.vocab.strings[key]]) if term_matcher else []
        labels_at = clause_labels[ci]
        clause = clauses[ci]
        char_map = squashed[ci][1]
        # token attributes from arrays, sentence text by slicing: no Token object per token
        # (one column at a time: a list per row costs more than the array)
        array = doc.to_array([LOWER, IDX, LENGTH, SENT_START])
        hashes, idx, lengths, sent_starts = (array[:, column].tolist() for column in range(4))
        for new in set(hashes).difference(lower_of):  # (a set less a dict's keys: one C-level pass)
            lower_of[new] = strings[new]
        lowers = list(map(lower_of.__getitem__, hashes))
        offsets = [char_map[i] for i in idx] if char_map else idx
        doc_text = texts[ci]  # what the pipeline read (doc.text would rebuild it from a Token per token)
        bounds = sentence_bounds(idx, lengths, sent_starts)
        firsts = [s0 for s0, _, _, _ in bounds]
        # each match goes to the sentence holding it whole (none when it straddles two), in order
        sent_parties = _by_sentence(firsts, bounds, ((a, b, role) for a, b, role in parties_at if role))
        sent_terms = _by_sentence(firsts, bounds, terms_at)
        sent_labels = _labels_by_sentence(firsts, bounds, labels_at, aliases)
        quote_open = False
        info_only = ci if clause.heading and (_NOT_A_TERM.search(clause.heading)
                                              or _NOT_BINDING_HEADING.search(clause.heading)) else -1
        amending = False  # a quote that is the new text of an amended clause (see _AMENDMENT)
        speaker: str | None = None  # the party an incorporated response's quote speaks for (its "we")
        table_head = ""  # the first row of the table being read in this clause
        headless = False  # ... whose first row is itself a row of terms, not a header (see _terms_row)
        table_lead = ""  # what leads into it: the clause heading and the sentence before the table
        before_table = ""  # the last sentence read in this clause that is not a table row
        previous_prose: Sentence | None = None  # ... as a Sentence
        # Recitals and the preamble (title, parties, background) bind nobody.
        # (the opening block - title, "This Agreement is made ..." - stays as read: in a short
        # text it is the operative sentence itself)
        preamble = in_recitals[ci] or (clause.kind is ClauseKind.PREAMBLE and has_operative
                                       and _recital_like(ci, clauses, parent))
        unagreed_spans: list[tuple[int, int]] | None = None  # the clause's notes, comments and open options
        for k, (s0, s1, first_char, last_char) in enumerate(bounds):
            raw = doc_text[first_char:last_char]
            text = raw.strip()
            if not text:
                continue
            tokens = tuple(lowers[s0:s1])
            mentions = [(a - s0, b - s0, role) for a, b, role in sent_parties.get(k, ())]
            was_open = quote_open
            inside_quotes, quote_open = quoted_tokens(tokens, quote_open)
            response = incorporated_response and not was_open and inside_quotes and _quotes_response(text)
            message = not was_open and bool(inside_quotes) and _quotes_message(text)
            if inside_quotes and (amending and was_open or _amends(text, before_quote=not was_open) or response
                                  or message
                                  or not was_open and k > 0 and _amends(doc_text[bounds[k - 1][2]:bounds[k - 1][3]])):
                # 'Clause 9.2 is deleted and replaced with the following: "9.2 The Supplier shall ..."': the quote
                # is the contract's new term, not a model clause quoted in advice
                if response:
                    # the response speaks for the party whose response it is ("Supplier's response to RFP question
                    # 7.3: "We grant the Customer ... the right to audit our billing records ...""): its first person
                    # is that party
                    opening = min(inside_quotes)
                    speaker = next((role for a, _, role in reversed(mentions) if a < opening), None)
                elif not (amending and was_open):
                    speaker = None
                if speaker is not None:
                    mentions = sorted([*mentions, *((i, i + 1, speaker) for i in sorted(inside_quotes)
                                                    if tokens[i] in FIRST_PERSON)])
                inside_quotes = set()
                amending = quote_open
            else:
                amending = False
                speaker = None
            struck: set[int] = set()
            if ci not in instructions and not was_open and not quote_open \
                    and _may_match(text, ("replac", "substitut")) and any(p.search(text) for p in _NEW_WORDS) \
                    and not _ADVICE_WORDS.search(text):
                # an amending instrument whose changed clause is not in this document: 'In clause 12.2 the words
                # "... discuss in good faith ..." are deleted and replaced by "the Supplier shall reduce the Charges
                # by 50% of the net savings ..."' - the new words are the term agreed, the old ones are not there
                passages = _quoted_passages(tokens)
                if len(passages) == 2:
                    struck = set(passages[0])
                    inside_quotes = inside_quotes - set(passages[1])
            defined = _DEFINES.search(text) if any(word in text for word in _DEFINES_WORDS) else None
            defines = defined.group("term").strip() if defined else ""
            if not defines and " is " in text:
                copula = _DEFINES_IS_A.match(text) or LEADING_MEANING.match(text)
                defines = copula.group("term").strip() if copula else ""
                if not defines:
                    # unquoted, of a term the glossary took from its run-in heading ("Retrieved Record. A Retrieved
                    # Record is a request ... for which ...": glossary._RUN_IN_IS_A)
                    bare = _UNQUOTED_IS_A.match(text)
                    defines = bare.group("term") if bare and bare.group("term").lower() in glossary_terms else ""
            if not defines and any(word in text for word in _BECOMES_WORDS):
                complement = BECOMES.match(text) or TREATED_AS.match(text)
                defines = complement.group("term").strip() if complement else ""
            if not defines and "following" in text:
                listed = LISTED_AS.match(text)
                defines = listed_term(listed) if listed else ""
            if not defines and any(word in text for word in _OCCURS_WORDS):
                event = OCCURS.match(text)
                defines = event.group("term").strip() if event else ""
            if not defines:
                defines = _unquoted_definition(text, glossary_written)
            if not defines and ": " in text[:70]:
                colon = colon_definition(text, is_glossary_heading(clause.heading))
                if colon is None and k == 0:
                    # "Term: meaning" opening a clause the glossary took it from (under the definitions clause)
                    colon = colon_definition(text, True)
                    colon = colon if colon and (colon.group("term").lower(), clause.path) in defined_in else None
                defines = colon.group("term") if colon and colon.group("term").lower() in glossary_terms else ""
            if not defines and k == 0 and clause.heading and text[:1].islower() \
                    and (clause.heading.strip().lower(), clause.path) in defined_in:
                # ... or the term as the clause's heading and its meaning as the text
                defines = clause.heading.strip()
            if not defines and any(dash in text[:80] for dash in (" – ", " — ", " - ")):
                # a numbered point of a civil-law glossary: "5) Posted Invoice – a purchase invoice ... which ..."
                # (the glossary took the term only under a definitions heading or a lead-in announcing the terms)
                dash = DASH_DEFINITION.match(text) or UNIT_DEFINITION.match(text)
                defines = dash.group("term") if dash and dash.group("term").lower() in glossary_terms else ""
            if not defines and "here" in text:
                after = _DEFINES_AFTER.search(text)
                defines = after.group("term").strip() if after and not _MODAL_WORD.search(text) else ""
            if not defines and " | " in text and ": " in text:
                # a key-terms row naming the billing unit and defining it: "Billable Unit | Resolved Case: a Case closed
                # in the Customer's Salesforce Service Cloud ..."
                unit = UNIT_DEFINITION.match(text)
                defines = unit.group("term") if unit and unit.group("term").lower() in glossary_terms else ""
            if not defines and " | " in text and " is " in text:
                # a cell that defines in the copula: an SOW row whose last cell defines its unit ('3.1 | Coded
                # Encounter | USD 2.10 per Coded Encounter | A "Coded Encounter" is an outpatient encounter ...')
                cells = (c.strip() for c in text.split(" | ")[1:])
                cell = next((hit for hit in map(_DEFINES_IS_A.match, cells) if hit), None)
                defines = cell.group("term").strip() if cell else ""
            if not defines and " | " in text:
                row = _ROW_TERM.match(text)
                quoted = bool(row.group("open") or row.group("close")) if row else False
                if row and (quoted or row.group("term").strip().lower() in glossary_terms) \
                        and not _PRICED_ROW.match(text[row.end():]):
                    defines = row.group("term").strip()
            sid = len(sentences)
            start_char = first_char + (len(raw) - len(raw.lstrip()))
            if char_map:
                end_char = char_map[start_char + len(text) - 1] + 1
                start_char = char_map[start_char]
                text = clause.text[start_char:end_char]
            sentence = Sentence(
                id=sid, clause=ci, start=start_char, end=start_char + len(text), text=text, tokens=tokens,
                token_starts=tuple(offsets[s0:s1]),
                defines=defines,
                table_row=" | " in text or clause.kind is ClauseKind.TABLE,
                void=_may_match(text, _VOID_STEMS) and bool(_VOID.search(text)),
                parties=tuple(mentions),
                in_quotes=frozenset(inside_quotes),
                preamble=preamble,
                should_binds=should_binds,
            )
            if " | " in text:
                if not table_head:
                    table_lead = "\n".join(line for line in (_heading_over(ci, clauses, parent), before_table) if line)
                    headless = headless or _terms_row(text)
                if not headless:
                    sentence.header, table_head = table_head, table_head or text
                sentence.headless = headless
                sentence.table_lead_in = table_lead
            elif not (table_head and (_ROW_NUMBER.match(text) or _in_table_row(clause.text, start_char))):
                table_head, before_table, headless = "", text, False
                sentence.previous, previous_prose = previous_prose, sentence
            if sentence.header and ("raft" in sentence.header or "osition" in sentence.header):
                # (the row's whole line: a cell's full stop may end a sentence inside the row)
                line_start = clause.text.rfind("\n", 0, start_char) + 1
                line_end = clause.text.find("\n", start_char)
                row_line = clause.text[line_start:line_end if line_end >= 0 else len(clause.text)]
                struck |= _unadopted_drafts(row_line, sentence.header, sentence.token_starts, line_start)
            used = {term for _, _, term in sent_terms.get(k, ())}
            if sentence.defines:
                used.discard(sentence.defines.lower())
            sentence.terms = tuple(sorted(used))
            sentence.labels = sent_labels[k]
            if struck:
                sentence.struck = frozenset(struck)
                # a struck draft's definition defines nothing ("1.6 | "Processed Gift" means ... | Deleted.")
                at = text.find(sentence.defines) if sentence.defines else -1
                if at >= 0 and any(i in struck for i, start in enumerate(sentence.token_starts)
                                   if start_char + at <= start < start_char + at + len(sentence.defines)):
                    sentence.defines = ""
                sentence.labels = {label: kept for label, spans in sentence.labels.items()
                                   if (kept := [(a, b) for a, b in spans if not (a in struck and b - 1 in struck)])}
            if (text[:1] in "[(☐□" and tick_box(text) == "unticked") or (
                    sentence.header and _option_not_chosen(text, sentence.header)):
                sentence.unticked = True
                sentence.labels, sentence.terms = {}, ()
            elif "[" in clause.text or "omment" in clause.text or "esponse" in clause.text \
                    or "osition" in clause.text or "delet" in clause.text or "ption " in clause.text \
                    or "lternative " in clause.text:
                if unagreed_spans is None:  # (once per clause, not once per sentence: a long table's clause has many)
                    unagreed_spans = _unagreed_spans(clause.text)
                if any(a <= sentence.start < b for a, b in unagreed_spans):
                    sentence.unagreed = UNAGREED_DRAFT
                    sentence.labels, sentence.terms = {}, ()
            if not sentence.unagreed and sentence.header \
                    and ("tatus" in sentence.header or "greed" in sentence.header) \
                    and _open_in_status_column(text, sentence.header):
                sentence.unagreed = UNAGREED_OPEN
                sentence.labels, sentence.terms = {}, ()
            if not sentence.unagreed and sentence.header \
                    and any(word in sentence.header for word in _CHANGE_HEADER_WORDS) \
                    and _deleted_in_change_column(text, sentence.header):
                sentence.unagreed = UNAGREED_DRAFT
                sentence.labels, sentence.terms = {}, ()
            if not sentence.unagreed and _may_be_open_point(text) and _OPEN_POINT.search(text):
                sentence.unagreed = UNAGREED_OPEN
                sentence.labels, sentence.terms = {}, ()
            if not sentence.unagreed and _may_be_not_a_term(text):
                # after a semicolon it is said of that limb only ("... counted from the Customer's ServiceNow
                # instance; the Supplier's own reports are for information only")
                said_of = _NOT_A_TERM.search(text)
                said = said_of is not None and ";" not in text[:said_of.start()]
                if said and k == 0:
                    info_only = ci  # the clause's opening says so: all of it is information
                elif said and _WHOLE_TEXT_SUBJECT.match(text) and _SAID_OF_A_TEXT.search(text):
                    info_only = ci  # said of the clause's own text: the rest of it is information too
                    if not _LOOKS_FORWARD.match(text):
                        for earlier in reversed(sentences):
                            if earlier.clause != ci:
                                break
                            earlier.unagreed = earlier.unagreed or UNAGREED_INFORMATION
                            earlier.labels, earlier.terms = {}, ()
                if said or info_only == ci:
                    sentence.unagreed = UNAGREED_INFORMATION
                    sentence.labels, sentence.terms = {}, ()
            elif info_only == ci and not sentence.unagreed:
                sentence.unagreed = UNAGREED_INFORMATION
                sentence.labels, sentence.terms = {}, ()
            if ci in superseded:
                sentence.superseded = superseded[ci]
                sentence.labels, sentence.terms = {}, ()
            if ci in changed:
                sentence.amended = tuple((old, new) for old, new in changed[ci] if old.lower() in text.lower())
                deleted = _deleted_tokens(sentence, sentence.amended)
                if deleted:
                    # (a phrase that loses any of its words to the change no longer says what it said)
                    sentence.struck = sentence.struck | deleted
                    sentence.labels = {label: kept for label, spans in sentence.labels.items()
                                       if (kept := [(a, b) for a, b in spans if deleted.isdisjoint(range(a, b))])}
            if ci in instructions and not sentence.unagreed and _may_match(text, _CHANGE_STEMS) \
                    and any(p.search(text) for p in _SUBSTITUTIONS + _DELETIONS):
                # the instruction's own quoted words are read into the clause it changes, not as figures of its own
                sentence.unagreed = SUBSTITUTION_APPLIED
                sentence.labels, sentence.terms = {}, ()
            refs = []
            subject_to: list[int] = []
            within_schedule = -1  # end of a "paragraph 3 of Schedule 14" already resolved as one reference
            for match in _REFERENCE.finditer(text) if _may_match(text, _REFERENCE_STEMS) else ():
                if match.start() < within_schedule:
                    continue
                target = None
                if match.group("word").lower().startswith("para"):
                    target, within_schedule = _paragraph_of_schedule(match, text, clauses, ci, parent, references)
                if target is None:
                    before = _QUALIFIER_BEFORE.search(text, 0, match.start())
                    target = resolve_reference(match.group("word"), match.group("value"), clauses, ci, parent,
                                               references, before.group(1) if before else "")
                if target is not None and target != ci:
                    refs.append(target)
                    if _SUBJECT_TO.search(text, max(0, match.start() - 40), match.start()):
                        subject_to.append(target)
            if "Part" in text and references.parts:
                refs.extend(t for m in _PART.finditer(text)
                            if (t := _part_reference(m, text, clauses, ci, parent, references)) is not None and t != ci)
            if captions and "Table" in text:
                refs.extend(t for m in _TABLE.finditer(text)
                            if (t := captions.get(m.group("value").casefold())) is not None and t != ci)
            if "§" in text or "No." in text or "Nr." in text:
                refs.extend(t for t in _civil_references(text, clauses, ci, parent, references) if t != ci)
            if references.lettered and "." in text:
                # a US federal order cites its lettered paragraphs bare: "Reductions under E.3 are not penalties"
                refs.extend(t for m in _LETTERED_REF.finditer(text)
                            if (t := references.by_number.get(m.group(1))) is not None and t != ci)
            sentence.refs = tuple(dict.fromkeys(refs))
            sentence.subject_to = tuple(dict.fromkeys(subject_to))
            sentences.append(sentence)
            by_clause[ci].append(sid)
    if label_heading is not None:
        label_docs = getattr(label_heading, "label_docs", None)
        heading_aliases: dict[str, tuple[str, ...]] = getattr(label_heading, "aliases", None) or {}
        found = heading_found if heading_found is not None else (
            (label_docs(heading_docs, [()] * len(heading_docs), aliased=False) if heading_aliases
             else label_docs(heading_docs, [()] * len(heading_docs))) if label_docs is not None
            else [label_heading(doc) for doc in heading_docs])
        for (ci, _), matches in zip(headed, found, strict=True):
            for label, a, b in matches:
                heading_labels[ci].setdefault(label, []).append((a, b))
            _share_aliases(heading_labels[ci], heading_aliases)
    definitions = {d.term.lower(): d for d in document.glossary}
    definition_sentences: dict[str, list[int]] = {}
    for sentence in sentences:
        if sentence.defines:
            definition_sentences.setdefault(sentence.defines.lower(), []).append(sentence.id)
            if sentence.defines.lower() not in definitions:
                definitions[sentence.defines.lower()] = Definition(
                    sentence.defines, sentence.text, clauses[sentence.clause].path)
    for definition in document.glossary:
        # the bracketed English name of a term defined in the other language is defined by the same sentence
        # ('"Erledigter Schadenfall" (Completed Claim Intake) means ...': the price is per Completed Claim Intake)
        names = glossed(definition.text) if "(" in definition.text else None
        if names and names[1].lower() == definition.term.lower() and names[0].lower() in definition_sentences:
            definition_sentences.setdefault(definition.term.lower(), list(definition_sentences[names[0].lower()]))
    written = {d.term.lower(): d.term for d in document.glossary if " or " in d.term}
    for term, ids in list(definition_sentences.items()):
        # "Housing Management System or HMS means ...": the sentence defines each name (the glossary has both)
        alias = OR_ACRONYM.fullmatch(written.get(term, ""))
        if alias:
            for name in (alias.group("name"), alias.group("short")):
                definition_sentences.setdefault(name.lower(), list(ids))
    for ids in definition_sentences.values():
        # '"Processed Invoice" has the meaning given in Annex 2, No. 1' points to the definition: the one it
        # points to is read first (the criteria, the evidence)
        if len(ids) > 1:
            ids.sort(key=lambda sid: is_pointer(sentences[sid].text))
    referenced_by: dict[int, list[int]] = {}
    for sentence in sentences:
        for target in sentence.refs:
            referenced_by.setdefault(target, []).append(sentence.id)
    _bind_list_items(sentences, by_clause, parent)
    _bind_named_entries(sentences, by_clause, [c.heading for c in clauses])
    _questions(sentences, by_clause)
    _not_binding_document(sentences)
    # "All amounts in this Agreement are in Australian dollars": the contract's "$" is not the US dollar
    dollar = numbers.declared_dollar(s.text for s in sentences)
    if dollar != "USD":
        for sentence in sentences:
            sentence.dollar = dollar
    return Annotated(
        document=document, parties=parties, sentences=sentences, by_clause=by_clause,
        heading_labels=heading_labels, definitions=definitions, definition_sentences=definition_sentences,
        referenced_by=referenced_by, parent=parent, children=children, token_count=token_count,
        contract=_binds_a_party(sentences) or not any(s.analysis.advice or s.analysis.quoted for s in sentences),
    )


# a question reported in minutes or correspondence, the whole sentence: "The Client asked whether the transition to
# outcome pricing would start in Year 2." (the asking verb opens the sentence's predicate; not a sentence that also
# records the answer: "... asked whether ...; the Supplier agreed that ...")
_REPORTED_QUESTION = re.compile(r"^(?:[\w'’().,-]+\s+){1,8}?(?:asked|asks|queried|queries|enquired|enquires|inquired|"
                                r"inquires|wondered|questioned)\s+(?:[\w'’().,-]+\s+){0,4}?(?:whether|if)\b", re.I)
_REPORTED_QUESTION_STEMS = ("ask", "quer", "nquir", "wondered", "questioned")  # one in every match
# ... and a request reported so, the whole sentence: "Item 7: The Fund requested ownership of the bots and scripts to be
# built for it.", "The Customer asked for a 7-day reopen window." (the request opens the sentence's predicate, after at
# most an item label; not a condition - "Where the Customer has requested ..." -, a duty - "shall provide the reports
# the Customer requested" - or a sentence that also records the answer: "... requested ...; the Supplier agreed")
_REPORTED_REQUEST = re.compile(r"^(?:(?:agenda\s+)?(?:item|point|issue|action)\s+[\w.]{1,6}\s*[:.)\-–]\s*)?"
                               r"(?!(?:if|where|when|whenever|unless|upon|on|following|after|once|until|as|any|all)\b)"
                               r"(?:[\w'’().,-]+\s+){0,7}?"
                               # (the verb's subject, not a condition or a passive: "delete it when requested to")
                               r"(?!(?:when|whenever|if|as|where|unless|once|upon|until|so|be|been|is|are|was|were|being)\s)"
                               r"[\w'’().,-]+\s+(?:requested|asked\s+for|sought|demanded|pressed\s+for|"
                               r"called\s+for)\s+(?!by\b)", re.I)
_REPORTED_REQUEST_STEMS = ("requested", "sked for", "sought", "demanded", "ressed for", "alled for")
_REQUEST_ANSWERED = re.compile(r"\b(?:agreed|agrees|confirmed|confirms|accepted|accepts|undertook|undertakes|granted|"
                               r"grants|shall|must|will|may|is\s+entitled|are\s+entitled)\b", re.I)
_REPORTED_ANSWER = re.compile(r"[;:]|\b(?:agreed|confirmed|accepted|undertook|replied|answered|responded|declined|"
                              r"refused|yes)\b", re.I)


UNAGREED_NOT_BINDING = "the document says it is not binding (a letter of intent, term sheet or memorandum)"
# A letter of intent, term sheet or memorandum of understanding that says of itself that it binds nobody: "This letter
# is not legally binding and creates no obligations, save for the confidentiality paragraph", "This Term Sheet is
# non-binding". Said anywhere in it, it covers the whole document (not "The letter of intent dated 3 May is not
# binding", said in a contract of an earlier paper).
# (and a negotiation's issues list: "This issues list is for negotiation purposes only and is not binding on either
# party")
_NOT_BINDING_DOCUMENT = re.compile(
    r"^\W*(?:(?:save|except)\s+(?:for|as)\s+[^,;]{1,80},\s*)?(?:this|the\s+present)\s+"
    r"(?:letter(?:\s+of\s+intent)?|term\s*sheet|memorandum(?:\s+of\s+understanding)?|mou|heads\s+of\s+terms|"
    r"heads\s+of\s+agreement|loi|proposal|indicative\s+offer|(?:negotiation\s+)?issues?\s+(?:list|log)|"
    r"negotiation\s+list)\s+"
    # what it is first, then that it binds nobody: "is for discussion only and is not binding", "is an expression of
    # intent only and is not legally binding", "is indicative only, is subject to contract and creates no legal
    # obligations"
    r"(?:(?:is\s+)?(?:for\s+(?:discussion|negotiation|information)(?:\s+purposes)?\s+only|"
    r"an?\s+(?:expression|statement|indication)\s+of\s+(?:intent|intention|interest)(?:\s+only)?|"
    r"indicative(?:\s+only)?|subject\s+to\s+contract)\s*(?:,\s*)?(?:and\s+)?){0,3}"
    r"(?:(?:is|shall\s+be|will\s+be|are)\s+(?:not\s+(?:intended\s+to\s+be\s+)?(?:legally\s+)?binding|non-binding)\b"
    # ... or says it creates no obligation: "does not create legally binding obligations", "creates no legal
    # obligations"
    r"|(?:does|shall|will)\s+not\s+(?:create|give\s+rise\s+to)\s+(?:any\s+)?(?:legally\s+binding|binding|legal)\s+"
    r"(?:obligations?|relations)\b"
    r"|creates?\s+no\s+(?:legally\s+binding\s+|binding\s+|legal\s+)?obligations?\b)",
    re.I)
# ... or says it in a marker of its own in the opening block, with no subject: "Not binding; for negotiation only.",
# "For discussion only; not binding on either party.", "Subject to contract." (in the first clause only: a heading
# marked so covers its own clause, see _NOT_BINDING_HEADING)
_MARKER_WORDS = (r"(?:for\s+(?:discussion|negotiation)(?:\s+purposes)?\s+only|without\s+prejudice|"
                 r"(?:strictly\s+)?private\s+and\s+confidential|draft)")
_NOT_BINDING_MARKER = re.compile(
    rf"^\W*(?:{_MARKER_WORDS}\s*(?:[;,.:\-–—]|\s+and)\s*)*"
    r"(?:not\s+(?:legally\s+)?binding|non-?\s?binding|subject\s+to\s+contract)"
    r"(?:\s+on\s+(?:either|any|both|the)\s+part(?:y|ies))?"
    rf"(?:\s*(?:[;,.:\-–—]|\s+and)\s*(?:{_MARKER_WORDS}|subject\s+to\s+contract|not\s+(?:legally\s+)?binding))*"
    r"\W*$", re.I)


UNAGREED_FILING = "the document is a filing with a regulator about the agreement, not the agreement"
# A notification of an outsourcing filed with a regulator, opening with what it is and the agreement it is about:
# "Notification of Material Outsourcing to Bangladesh Bank, filed by Jamuna Commercial Bank PLC regarding its agreement
# with Sylhet BPO Limited". It describes the agreement (what it "contains", how outcomes "are counted"); its terms are
# the agreement's, read there (only the document's first sentence: a contract's clause "Notification of outsourcing"
# is a term of its own).
_OUTSOURCING_FILING = re.compile(
    r"^\W*(?:notification|notice|report|filing)\s+of\s+(?:an?\s+)?(?:material\s+)?outsourcing(?:\s+arrangement)?\b"
    r"[^;]{0,200}?\b(?:regarding|concerning|about|in\s+respect\s+of|relating\s+to)\s+(?:its|the)\s+"
    r"(?:agreement|contract|arrangement)\b", re.I)


def _not_binding_document(sentences: list[Sentence]) -> None:
    """Every sentence of a document that says of itself that it is not binding states nothing agreed."""
    opening = sentences[0].clause if sentences else -1
    if sentences and _OUTSOURCING_FILING.match(sentences[0].text):
        for sentence in sentences:
            if not sentence.unagreed:
                sentence.unagreed = UNAGREED_FILING
                sentence.labels, sentence.terms = {}, ()
        return
    if not any(_NOT_BINDING_DOCUMENT.match(s.text) or s.clause == opening and _NOT_BINDING_MARKER.match(s.text)
               for s in sentences if "inding" in s.text or "ontract" in s.text or "bligation" in s.text):
        return
    for sentence in sentences:
        if not sentence.unagreed:
            sentence.unagreed = UNAGREED_NOT_BINDING
            sentence.labels, sentence.terms = {}, ()


def _questions(sentences: list[Sentence], by_clause: list[list[int]]) -> None:
    """Q&A terms ask and then answer: "Will the parties hold governance meetings? Not at present; ...". The
    question is no term - its "will" binds nobody - unless the answer opening the next sentence is "Yes", which
    makes the question's words the term ("Can the Customer terminate for convenience? Yes, on 90 days' notice.").
    A question reported in minutes ("The Client asked whether the transition ... would start in Year 2.") is no
    term either."""
    for ids in by_clause:
        for position, sid in enumerate(ids):
            sentence = sentences[sid]
            if (not sentence.table_row and not sentence.unagreed
                    and _may_match(sentence.text, _REPORTED_QUESTION_STEMS) and _REPORTED_QUESTION.match(sentence.text)
                    and not _REPORTED_ANSWER.search(sentence.text)):
                sentence.unagreed = UNAGREED_QUESTION
                sentence.labels, sentence.terms = {}, ()
                continue
            if (not sentence.table_row and not sentence.unagreed and sentence.bound_by is None
                    and _may_match(sentence.text, _REPORTED_REQUEST_STEMS) and _REPORTED_REQUEST.match(sentence.text)
                    and not _REQUEST_ANSWERED.search(sentence.text)):
                sentence.unagreed = UNAGREED_REQUEST
                sentence.labels, sentence.terms = {}, ()
                continue
            # the splitter may leave the opening bracket of the next sentence on the question: "... a CSAT
            # target? [Contractor response outstanding.]"
            asked = sentence.text.rstrip().rstrip("[(").rstrip().endswith("?")
            if sentence.table_row or sentence.unagreed or not asked:
                continue
            following = sentences[ids[position + 1]] if position + 1 < len(ids) else None
            if following is not None and following.tokens[:1] == ("yes",):
                continue
            sentence.unagreed = UNAGREED_QUESTION
            sentence.labels, sentence.terms = {}, ()


_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}|[ \t\u00a0]+\n\s*|\n\s+")


_RECITAL_NUMBER = re.compile(r"^\(?[A-Z]{1,2}\)?\.?$")
_RECITAL_HEADING = re.compile(r"^(?:recitals?|background|context|whereas|witnesseth|preliminary statements?|"
                              r"introduction|parties)\b", re.I)


def _may_match(text: str, stems: tuple[str, ...]) -> bool:
    """Can a case-insensitive pattern, every match of which holds one of ``stems`` (lower-case ASCII)
    as written, match ``text``? False only when it certainly cannot (see :func:`numbers.case_blind`)."""
    lowered = numbers.case_blind(text)
    return any(map(lowered.__contains__, stems))


def _may_amend(text: str) -> bool:
    """:func:`_may_match` for the amendment patterns, on ASCII text only: other text always goes to
    them. Their stems are not in every match as written ("struck out", "amended\u00a0to read"), so
    the test is kept to the texts it has always been used on (no report changes with speed work)."""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, _AMEND_STEMS))


def _recital_like(index: int, clauses: Sequence[Clause], parent: Sequence[int | None]) -> bool:
    """A preamble clause that is a recital or the parties block: under a RECITALS / BACKGROUND /
    PARTIES heading, or numbered "(A)". Not a lower-case "(a)" the segmenter put before the first
    numbered clause of an unnumbered agreement - that is operative text."""
    at: int | None = index
    while at is not None:
        clause = clauses[at]
        if _RECITAL_HEADING.match(clause.heading or "") or _RECITAL_NUMBER.match(clause.number or ""):
            return True
        at = parent[at]
    return False


def _squash(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of blanks as one space (and blank lines as one line break), and the
    original offset of each character; the map is empty when nothing changed."""
    # (without a line break, a tab or a no-break space, a run is two spaces)
    if "  " not in text and "\n" not in text and "\t" not in text and "\u00a0" not in text \
            or not _SPACE_RUN.search(text):
        return text, []
    out: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _SPACE_RUN.finditer(text):
        out.append(text[last:match.start()])
        origin.extend(range(last, match.start()))
        keep = "\n" if "\n" in match.group() else " "
        if match.group() == keep:
            out.append(keep)
            origin.append(match.start())
        else:
            out.append(keep)
            origin.append(match.start() + match.group().index(keep) if keep in match.group() else match.start())
        last = match.end()
    out.append(text[last:])
    origin.extend(range(last, len(text)))
    origin.append(len(text))
    return "".join(out), origin


def _unquoted_definition(text: str, glossary: tuple[str, ...]) -> str:
    """The glossary term an unquoted definition line defines ("Verified Resolution means ..."),
    or "" (the glossary is longest first, so "Re-contact Period" wins over "Re-contact")."""
    if not text.startswith(glossary):  # one C-level test: most sentences open with no defined term
        return ""
    for term in glossary:
        if text.startswith(term) and _MEANS.match(text[len(term):]):
            return term
    return ""


_INLINE_LIST = re.compile(r":\s*(?:\(?[a-z1-9]\)|\(?[ivx]{1,4}\))\s")
# a list run on in the sentence and cut off before its last item, which a page break or a new line put in the
# next paragraph: "... in a manner that (a) insures ..., (b) preserves ..., (c) maintains the SEF, and" /
# "(d) seeks to ... achieve industry standard levels of SEF availability."
# (two items at least, lettered or in roman numerals: "thirty (30) days' notice ...;" is a list item, not a list)
_RUN_ON_ITEM = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)\s")
_RUN_ON_END = re.compile(r"(?:[,;]|\band|\bor)$")


def _lead_in(sentence: Sentence) -> bool:
    """A binding sentence that introduces a list: "The Supplier shall:", "Client shall pay X:",
    or one whose first item runs on in the same line ("... as follows: (a) by the Consultant ...")."""
    text = sentence.text.rstrip()
    if not (text.endswith((":", "—", ":-")) or _INLINE_LIST.search(text)
            or text.endswith((",", ";", "and", "or")) and _RUN_ON_END.search(text)  # (it matches at the end only)
            and len(_RUN_ON_ITEM.findall(text)) >= 2):
        return False  # read first: most sentences end here without being analysed
    analysis = sentence.analysis
    if not analysis.binding or sentence.is_definition:
        return False
    if not analysis.negation and any(not p.negated for p in analysis.predications):
        return True
    # a prohibition whose exceptions are the items: "The Supplier must not Process the Data, except: (a) ...
    # (b) where following the Buyer's written instructions". The items take its negated verb, which only a
    # safeguard that is itself a prohibition reads (``negation: allow``); for the rest it binds nothing.
    if _EXCEPTIONS_LEAD.search(text):
        return True
    # a list of what a party must not do: "The Supplier shall not: (a) process Customer Personal Data other than
    # on the Customer's documented instructions; ... (c) appoint any sub-processor without the Customer's prior
    # written approval". The same reading: each item is a prohibition of the party's own (its modal negated, not
    # "Nothing in this Agreement shall:", which takes a duty away).
    return (text.endswith((":", "—", ":-")) and not analysis.negation
            and any(p.negated and p.subject is not None for p in analysis.predications))


_CONDITION_OPENING = re.compile(r"^(?:on|upon|if|where|when|whenever|following|after|before|in the event|in case|"
                                r"at the end|at the expiry|with effect from|from and after|for the purposes? of)\b",
                                re.I)


def _condition_lead_in(sentence: Sentence) -> bool:
    """A condition or time phrase that introduces items with verbs of their own: "On expiry or
    termination of this Agreement:", "If a Service Level Failure occurs:" (not a binding lead-in,
    whose items borrow its verb, nor a heading such as "Fees:")."""
    text = sentence.text.strip()
    if not text.endswith((":", "—", ":-")) or not _CONDITION_OPENING.match(text) or len(sentence.tokens) > 40:
        return False
    return not sentence.is_definition and not sentence.analysis.predications


_EXCEPTIONS_LEAD = re.compile(r"\b(?:except|other than|unless|save|otherwise than)\b[^:]{0,40}:\s*$", re.I)


_NOT_A_VERB = frozenset({"the", "a", "an", "each", "any", "all", "such", "no", "either", "neither", "if", "where",
                         "in", "on", "upon", "subject", "without", "notwithstanding", "provided", "and", "or", "it",
                         "they", "he", "she", "we", "you", "this", "that", "these", "those", "its", "their"})
_ITEM_LABEL = re.compile(r"^\(?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)[).]$", re.I)


def _opens_with_verb(sentence: Sentence) -> bool:
    """Does a list item open with a bare lower-case verb ("(a) notify ...", "give Client ...")
    rather than a subject of its own ("(a) the Supplier shall ...")?"""
    words = [(i, t) for i, t in enumerate(sentence.tokens) if t.strip() and t not in ("(", ")")]
    if words and _ITEM_LABEL.match(words[0][1].rstrip(").") + ")"):
        words = words[1:]  # an "(a)" label kept in the text when items share one clause
    if not words:
        return False
    index, word = words[0]
    first = sentence.analysis.predications[0].start
    char = sentence.token_starts[index] - sentence.start
    return (word.isalpha() and word not in _NOT_A_VERB and index < first and sentence.text[char:char + 1].islower()
            and not any(start <= index for start, _, _ in sentence.parties))


# A schedule's entries named by a label ("SLA 6: Citizen satisfaction - at least 80% of respondents ...", "KPI 3 -
# Accuracy ...") are bound by a later sentence of the same clause that names them with a binding verb ("The MSP shall
# meet SLA 6 in each month").
# ("SL3 Customer Satisfaction: ..." abbreviates a service level as "SL")
# ("PM-1 Claims Accuracy: ...": a US state contract's performance measure, numbered after a hyphen)
_NAMED_ENTRY = re.compile(r"^\s*(?P<label>(?:SLA?|KPI|KPM|PS|PM|Service\s+Level|Performance\s+Standard|Performance\s+"
                          r"Indicator|Performance\s+Measure|Key\s+Performance\s+Indicator)[\s-]*(?:No\.?\s*)?\d{1,3}[A-Za-z]?)"
                          # (perhaps with its title before the colon: "SL3 Customer Satisfaction: ...")
                          r"(?:\s+[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|to|for|per)){0,5})?\s*[:.\-–—]")


def _bind_named_entries(sentences: list[Sentence], by_clause: list[list[int]], headings: Sequence[str]) -> None:
    """Bind each verbless entry opened by a label to the later sentence of its clause that names the label and
    binds, and a verbless target line (or the first line under a "Target" heading) to the next sentence that points
    back to it."""
    for ids in by_clause:
        for position, sid in enumerate(ids):
            entry = sentences[sid]
            named = _NAMED_ENTRY.match(entry.text) if entry.bound_by is None and not entry.is_definition else None
            if named is None or entry.analysis.predications:
                continue
            label = re.compile(rf"\b{re.escape(' '.join(named.group('label').split()))}\b", re.I)
            binding = next((other for other in (sentences[o] for o in ids[position + 1:])
                            if label.search(" ".join(other.text.split())) and other.analysis.predications), None)
            if binding is not None:
                entry.bound_by = binding.id
    for clause, ids in enumerate(by_clause):
        for position, sid in enumerate(ids[:-1]):
            # "Target: a Net Promoter Score of at least 35, measured quarterly ... The Supplier shall meet this
            # target.": a verbless target line is bound by the next sentence when it points back to it
            entry, after = sentences[sid], sentences[ids[position + 1]]
            target_line = _TARGET_ENTRY.match(entry.text) or (position == 0
                                                               and _TARGET_ENTRY.match(headings[clause] + ":"))
            if target_line and entry.bound_by is None and not entry.is_definition and not entry.analysis.predications \
                    and after.analysis.predications and _POINTS_TO_TARGET.search(after.text):
                entry.bound_by = after.id


# a verbless line that states a target ("Target: ...", "Minimum standard - ...") and the next sentence that binds it
# by pointing back ("The Supplier shall meet this target")
_TARGET_ENTRY = re.compile(r"^\s*(?:targets?|minimum\s+standards?|standards?|service\s+levels?|kpis?)\s*[:\-–—]", re.I)
_POINTS_TO_TARGET = re.compile(r"\b(?:this|these|that|those|such|each\s+such|the\s+above|the\s+foregoing)\s+"
                               r"(?:targets?|standards?|levels?|service\s+levels?|kpis?|measures?)\b", re.I)


def _bind_list_items(sentences: list[Sentence], by_clause: list[list[int]], parent: Sequence[int | None]) -> None:
    """List items have no verb of their own: "(a) monthly operational reviews" is bound by the
    lead-in above it, whether in the same clause (one line each) or as child clauses
    (through the clause tree's parent links, up through nested items)."""
    last_lead: list[int | None] = [None] * len(by_clause)  # clause -> its lead-in sentence, if it ends with one
    last_frame: list[int | None] = [None] * len(by_clause)  # clause -> its closing condition lead-in, if any
    nested: dict[int, int] = {}  # clause -> its closing item that leads further ("(b) include in each report:")
    for ci, ids in enumerate(by_clause):
        lead: int | None = None
        frame: int | None = None
        if ids and parent[ci] is not None:
            up = parent[ci]
            while up is not None and lead is None:
                lead = last_lead[up]
                up = parent[up] if lead is None and not by_clause[up] else None
            up = parent[ci]
            while up is not None and frame is None:
                frame = last_frame[up]
                up = parent[up] if frame is None and not by_clause[up] else None
        for sid in ids:
            sentence = sentences[sid]
            if _condition_lead_in(sentence):
                frame = last_frame[ci] = sid
                continue
            if frame is not None and sentence.analysis.predications:
                sentence.framed_by = frame
            if _lead_in(sentence):
                lead = sid
                continue
            if lead is None:
                continue  # nothing to bind (and no analysis to make: most sentences end here)
            if sentence.analysis.predications and _opens_with_verb(sentence):
                # "(a) notify the Supplier before it deploys a chatbot that the Supplier will support":
                # the item's own modal sits in a relative clause; the lead-in governs its opening verb
                sentence.bound_by = lead
                continue
            if sentence.analysis.predications or sentence.table_row:
                if not sentence.analysis.predications and sentence.table_row:
                    sentence.bound_by = lead
                lead = None if sentence.analysis.predications else lead
                continue
            if not sentence.is_definition:
                sentence.bound_by = lead
        if ids and _lead_in(sentences[ids[-1]]):
            last_lead[ci] = ids[-1]
        elif ids and sentences[ids[-1]].bound_by is not None and sentences[ids[-1]].text.rstrip().endswith(":"):
            last_lead[ci] = sentences[ids[-1]].bound_by  # "(a) in respect of each month:" nests further
            nested[ci] = ids[-1]
    # A nested lead-in item reads with the items under it: "(b) include in each Monthly Performance
    # Report: (i) the Auto-Adjudication Rate; (ii) ...". (Not the top lead-in with all its items: "Either
    # party may terminate if any of the following occur:" is not one sentence with every ground below it.)
    for ci, ids in enumerate(by_clause):
        for sid in ids:
            lead = sentences[sid].bound_by
            if lead is None:
                continue
            up = parent[ci]
            while up is not None and up != sentences[lead].clause:
                if up in nested and nested[up] != sid:
                    sentences[nested[up]].items += (sid,)
                up = parent[up]


_BENEFICIARY_WORDS = frozenset({"to", "in", "for", "by", "with", "of", "upon", "on"})


def _binds_a_party(sentences: Sequence[Sentence]) -> bool:
    """Does any operative sentence bind or entitle a named party? An article about contracts,
    a practice note or a stand-alone glossary never does: its "shall" sits in advice, quotes
    or definitions."""
    for sentence in sentences:
        if sentence.is_definition or sentence.table_row:
            continue
        analysis = sentence.analysis
        if not analysis.binding:
            continue
        for predication in analysis.predications:
            if predication.modal == "can":
                continue  # "an audit ... can still cost the buyer more": commentary, not a grant
            if predication.subject is not None:
                return True
            # no party subject: "all bots shall vest in the Customer", "records shall be made available to the Client"
            if any(start >= predication.start and start > 0 and sentence.tokens[start - 1] in _BENEFICIARY_WORDS
                   or start >= predication.start and start > 1 and sentence.tokens[start - 2] in _BENEFICIARY_WORDS
                   for start, _, _ in sentence.parties):
                return True
    return False


def sentence_bounds(idx: Sequence[int], lengths: Sequence[int],
                    sent_starts: Sequence[int]) -> list[tuple[int, int, int, int]]:
    """``(first token, end token, first char, end char)`` of each sentence, from a doc's IDX, LENGTH
    and SENT_START columns: the spans ``Doc.sents`` gives (a sentence starts at the first token and
    wherever SENT_START is 1), without a Span and Tokens for each."""
    if not idx:
        return []  # an empty clause text
    firsts = [i for i, start in enumerate(sent_starts) if start == 1 or not i]
    ends = [*firsts[1:], len(idx)]
    return [(s0, s1, idx[s0], idx[s1 - 1] + lengths[s1 - 1]) for s0, s1 in zip(firsts, ends, strict=True)]


def _by_sentence(firsts: list[int], bounds: list[tuple[int, int, int, int]],
                 matches: Iterable[tuple[int, int, Any]]) -> dict[int, list[tuple[int, int, Any]]]:
    """Token matches ``(start, end, value)`` by the index of the sentence that holds them whole."""
    out: dict[int, list[tuple[int, int, Any]]] = {}
    for match in matches:
        k = bisect_right(firsts, match[0]) - 1
        if k >= 0 and match[1] <= bounds[k][1]:
            out.setdefault(k, []).append(match)
    return out


def _labels_by_sentence(firsts: list[int], bounds: list[tuple[int, int, int, int]],
                        matches: Iterable[tuple[str, int, int]],
                        aliases: Mapping[str, tuple[str, ...]] | None = None) -> list[dict[str, list[tuple[int, int]]]]:
    """Each sentence's labels, ``label -> [(start, end)]`` in sentence token indices, in match order,
    from a clause's ``(label, start, end)`` matches (dozens per sentence: one pass straight into the
    dicts); a match straddling two sentences is in neither. A label's ``aliases`` get its list."""
    out: list[dict[str, list[tuple[int, int]]]] = [{} for _ in bounds]
    if len(bounds) == 1:  # most clauses are one sentence: no search, no offsets to shift
        labels, end = out[0], bounds[0][1]
        for label, a, b in matches:
            if b <= end:
                spans = labels.get(label)
                if spans is None:
                    labels[label] = [(a, b)]
                else:
                    spans.append((a, b))
    else:
        for label, a, b in matches:
            k = bisect_right(firsts, a) - 1
            if k >= 0 and b <= bounds[k][1]:
                s0 = firsts[k]
                spans = out[k].get(label)
                if spans is None:
                    out[k][label] = [(a - s0, b - s0)]
                else:
                    spans.append((a - s0, b - s0))
    if aliases:
        for labels in out:
            _share_aliases(labels, aliases)
    return out


def _share_aliases(labels: dict[str, list[tuple[int, int]]], aliases: Mapping[str, tuple[str, ...]]) -> None:
    """Give each label's aliases its span list: one list, which no reader changes."""
    if labels and aliases:
        for label in aliases.keys() & labels.keys():
            spans = labels[label]
            for other in aliases[label]:
                labels[other] = spans


def _spans(matches: Iterable[tuple[int, int, int]], role: Any) -> list[tuple[int, int, str]]:
    """Longest non-overlapping matches, in order, each with its role."""
    chosen: list[tuple[int, int, str]] = []
    for key, start, end in sorted(matches, key=lambda m: (m[1], -(m[2] - m[1]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, role(key)))
    return chosen


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# words that may stand between a possessive and the agent it owns: "NAI's independent auditors"
_AGENT_QUALIFIERS = frozenset({"independent", "external", "internal", "own", "outside", "statutory", "appointed",
                               "designated", "nominated", "chosen", "certified", "public", "accounting", "third",
                               "party", "third-party"})


def _owned_agents(doc: Any, spans: list[tuple[int, int, str]], parties: Parties) -> list[tuple[int, int, str]]:
    """An auditor or regulator acts for the customer only when nobody else owns it: "NAI's independent
    auditors may audit Co-Host's records" is the supplier's audit of its customer, whereas "the Customer's
    auditors" (or auditors named alone) stay the customer's."""
    out = spans
    for index, (start, end, role) in enumerate(spans):
        if role != "customer" or doc[start:end].text.lower() not in parties.agents:
            continue
        at = start - 1
        while at >= 0 and doc[at].lower_ in _AGENT_QUALIFIERS and start - at <= 3:
            at -= 1
        if index and at >= 0 and doc[at].lower_ in ("and", "or", ",") and out[index - 1][1] == at \
                and doc[out[index - 1][0]:out[index - 1][1]].text.lower() in parties.agents:
            # "Beta's auditors and regulators": the second agent has the first one's owner
            if out[index - 1][2] != role:
                out = out if out is not spans else list(spans)
                out[index] = (start, end, out[index - 1][2])
            continue
        if at < 1 or doc[at].lower_ not in _POSSESSIVE:
            continue
        owner = next((span for span in spans[:index] if span[1] == at), None)
        if owner is not None and owner[2] == "supplier":
            out = out if out is not spans else list(spans)
            out[index] = (start, end, owner[2])
    return out


# "In the event of a breach by either Party ..., the other Party may terminate": the party that is not the one just
# named. As the subject of a right or duty it plays the other side of the party named before it in the sentence -
# either party when that is either party (a mutual clause), the customer when that is the supplier.
_OTHER_PARTY = (("the", "other", "party"), ("the", "other", "parties"), ("the", "non", "-", "defaulting", "party"),
                ("the", "non", "-", "breaching", "party"), ("the", "nondefaulting", "party"),
                ("the", "non-defaulting", "party"), ("the", "non-breaching", "party"), ("the", "innocent", "party"),
                ("the", "aggrieved", "party"))
_OTHER_PARTY_VERBS = frozenset({"may", "shall", "will", "must", "can", "is", "has"})
_OTHER_SIDE = {"customer": "supplier", "supplier": "customer", "both": "both"}


def _other_party(doc: Any, spans: list[tuple[int, int, str]], text: str | None = None) -> list[tuple[int, int, str]]:
    """Add "the other party" as a subject (followed by its modal or "is entitled"), with the role opposite to the
    last party named before it in its sentence. (``text``: the doc's text, if the caller has it.)"""
    if text is not None and not any(map(text.lower().__contains__, ("other", "innocent", "aggrieved", "non"))):
        return spans  # (no token can be one of the words below: the doc's tokens are not listed)
    from spacy.attrs import LOWER

    strings = doc.vocab.strings
    lowers = [strings[lower] for lower in doc.to_array(LOWER).tolist()] if len(doc) else []  # (no Token per token)
    if "other" not in lowers and not any(w in lowers for w in ("innocent", "aggrieved", "non", "nondefaulting",
                                                                 "non-defaulting", "non-breaching")):
        return spans
    added: list[tuple[int, int, str]] = []
    for at in (i for i, word in enumerate(lowers) if word == "the"):  # every phrase opens with "the"
        phrase = next((p for p in _OTHER_PARTY if tuple(lowers[at:at + len(p)]) == p), None)
        if phrase is None:
            continue
        end = at + len(phrase)
        if end >= len(lowers) or lowers[end] not in _OTHER_PARTY_VERBS or any(s <= at < e for s, e, _ in spans):
            continue
        sentence_start = doc[at].sent.start
        before = [span for span in spans if sentence_start <= span[0] and span[1] <= at and span[2] in _OTHER_SIDE]
        if not before:
            continue
        added.append((at + 1, end, _OTHER_SIDE[before[-1][2]]))
    if not added:
        return spans
    return sorted([*spans, *added])


_PARTY_MATCHERS: dict[tuple[int, Parties], Any] = {}


def _party_matcher(nlp: Any, parties: Parties) -> Any:
    key = (id(nlp), parties)
    if key not in _PARTY_MATCHERS:
        from spacy.matcher import PhraseMatcher

        lowered = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name in parties.names():
            if name not in parties.cased and name not in parties.pronouns:
                lowered.add(name, [nlp.make_doc(name)])
        matcher: Any = lowered
        if parties.cased or parties.pronouns:
            # a party named by an ordinary word ("Plan") is a party only when written as a name
            cased = PhraseMatcher(nlp.vocab, attr="ORTH")
            for name in parties.cased:
                cased.add(name, [nlp.make_doc(name.title()), nlp.make_doc(name.upper())])
            # a pronoun as written in a sentence or an all-capitals clause, but "US" is the United States
            for name in parties.pronouns:
                forms = {name, name.title()} | ({name.upper()} if name != "us" else set())
                cased.add(name, [nlp.make_doc(form) for form in forms])
            matcher = lambda doc: [*lowered(doc), *cased(doc)]  # noqa: E731
        if len(_PARTY_MATCHERS) > 32:
            _PARTY_MATCHERS.clear()
        _PARTY_MATCHERS[key] = matcher
    return _PARTY_MATCHERS[key]


def _term_matcher(nlp: Any, glossary: Sequence[Definition]) -> tuple[Any, dict[str, str]]:
    """A matcher for the document's defined terms, as capitalised (a defined term is
    written with capitals: "Claim" is the term, "any claim" is the ordinary word); plurals
    and ALL-CAPS forms match too."""
    if not glossary:
        return None, {}
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    term_of: dict[str, str] = {}
    for definition in glossary:
        written = definition.term.strip()
        term = written.lower()
        key = "term:" + term
        term_of[key] = term
        variants = {written, written + "s", written.upper(), written.title(), written.title() + "s"}
        matcher.add(key, [nlp.make_doc(v) for v in variants])
    return matcher, term_of

