"""From an annotated document and one rule to a verdict.

Each part of a rule is looked for in *candidate* sentences (those where its
``find`` element occurs, directly or through a defined term). A candidate is
*blocked* (never a pass) when it is a definition, recital, advice, negated,
deferred, the wrong party's right, a mention with no binding verb, or lacks a
required element; it is *weak* when a qualifier, a missing optional element
or a figure outside its bounds undermines it; otherwise it *passes*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Status
from ..nlp.annotate import DEFINITIONAL, Annotated, Sentence, under_headers
from ..nlp.currencies import KRONA, describe, in_currency, known_currency
from ..nlp.numbers import Quantity, frequencies, table_cells
from ..nlp.obligation import NEED_VERBS, OBLIGATION, RIGHT, Predication, SentenceAnalysis, hindered, stated_before
from ..nlp.parties import CUSTOMER_AGENTS
from .matching import element_label, heading_alias, numeric_unless_label, qualifier_label, unless_label
from .spec import Element, Numeric, Part


@dataclass
class Candidate:
    """One sentence considered for a part, and what was found about it."""

    sentence: Sentence
    blocked: list[str] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)
    support: list[int] = field(default_factory=list)  # other sentence ids that supplied elements
    notes: list[str] = field(default_factory=list)  # "via defined term ...", "bound by clause 5.1"
    terms: list[str] = field(default_factory=list)  # defined terms whose definitions supplied elements
    score: int = 0
    predication: Predication | None = None  # the verb that governs it (a lead-in's or binder's, if borrowed)
    anchor: int | None = None  # token of the ``find`` phrase taken as the term
    anchor_term: str = ""  # the defined term the ``find`` phrase was found through, if any

    @property
    def status(self) -> Status:
        if self.blocked:
            return Status.MISSING
        return Status.WEAK if self.weak else Status.PASS


@dataclass
class PartResult:
    part: Part
    status: Status
    best: Candidate | None
    candidates: list[Candidate]
    empty_headings: list[tuple[int, str]] = field(default_factory=list)


_DEFINITION_HEAD = 20  # tokens: the term, "means" and the head of the definition
# A definition of two steps in sequence has two heads: '"Data Handback" means the return of all Customer Data in an open
# format ..., followed by the secure erasure of all copies' is a return and an erasure. The head runs on past each
# such connector (within the definition's opening words) for as many words as a head has.
_THEN_CONNECTORS = (("followed", "by"), ("and", "then"), ("and", "thereafter"), ("and", "subsequently"))
_THEN_REACH = 60  # tokens: a connector further in is a detail of the definition, not its second step


def _definition_head(tokens: Sequence[str]) -> int:
    """How many of a defining sentence's first tokens say what the term is (see :meth:`Context.via_term`)."""
    end = _DEFINITION_HEAD
    for i in range(min(len(tokens), _THEN_REACH) - 1):
        if (tokens[i], tokens[i + 1]) in _THEN_CONNECTORS and i < end + _DEFINITION_HEAD:
            end = max(end, i + 2 + _DEFINITION_HEAD // 2)
    return end


class DocumentIndex:
    """What the rules ask of one annotated document, worked out once for all of them.

    Each part of each rule looks for its label in every sentence, and each element asks for the
    same scopes of the same sentences; on a long contract walking every sentence per part costs
    more than deciding the few candidates. The answers are the walk's, in sentence order.
    """

    def __init__(self, annotated: Annotated) -> None:
        self.ann = annotated
        self._with_label: dict[str, list[int]] | None = None
        self._term_users: dict[str, list[int]] | None = None
        self._items_of: dict[int, list[int]] = {}
        self._heads: dict[str, frozenset[str]] = {}
        self._scopes: dict[tuple[int, str, bool], list[Sentence]] = {}
        self._empty: dict[tuple[str, ...], tuple[tuple[int, str], ...]] = {}
        self._families: dict[int, list[int]] | None = None
        self._continuations: dict[tuple[int, tuple[str, ...]], list[Sentence]] = {}
        self._headed_empty: list[tuple[int, str]] | None = None
        self._name_runs: dict[tuple[int, int], tuple[int, int]] = {}
        self._suppliers: dict[tuple[str, bool], tuple[frozenset[int], list[int]]] = {}  # see may_supply
        self.meanings: dict[str, frozenset[str]] = {}  # defined term -> labels in its definition (Context.meaning)

    def with_label(self, label: str) -> list[int]:
        """Ids of the sentences where ``label`` matched, in order."""
        if self._with_label is None:  # one pass for every label: cheaper than one pass per label asked
            self._with_label = {}
            for sentence in self.ann.sentences:
                for name in sentence.labels:
                    self._with_label.setdefault(name, []).append(sentence.id)
        return self._with_label.get(label, [])

    def _users(self) -> dict[str, list[int]]:
        """Defined term -> the sentences using it; and, on the side, lead-in -> its list items."""
        if self._term_users is None:
            self._term_users = {}
            for sentence in self.ann.sentences:
                for term in sentence.terms:
                    self._term_users.setdefault(term, []).append(sentence.id)
                if sentence.bound_by is not None:
                    self._items_of.setdefault(sentence.bound_by, []).append(sentence.id)
        return self._term_users

    def naming_terms(self, label: str) -> frozenset[str]:
        """The defined terms whose definition carries ``label`` in its head (see :meth:`Context.via_term`)."""
        heads = self._heads.get(label)
        if heads is None:
            sentences = self.ann.sentences
            labelled = set(self.with_label(label))  # (a definition without the label is passed over in one set test)
            heads = self._heads[label] = frozenset(
                term for term, ids in self.ann.definition_sentences.items()
                if not labelled.isdisjoint(ids)
                and any(start < _definition_head(sentences[sid].tokens)
                        for sid in ids for start, _ in sentences[sid].labels.get(label, ())))
        return heads

    def candidates(self, label: str, via_terms: bool) -> list[int]:
        """Ids, in order, of the sentences a part looks at: where ``label`` matched, that use a term
        naming it (``via_terms``), or list items (not table rows) whose lead-in it matched in."""
        found = set(self.with_label(label))
        users = self._users()
        if via_terms:
            for term in self.naming_terms(label):
                found.update(users.get(term, ()))
        sentences = self.ann.sentences
        for lead in self.with_label(label):
            found.update(item for item in self._items_of.get(lead, ()) if not sentences[item].table_row)
        return sorted(found)

    def empty_headings(self, headings: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
        """Clauses headed by one of ``headings`` with nothing under them (several parts share headings)."""
        found = self._empty.get(headings)
        if found is None:
            if self._headed_empty is None:  # the same few clauses for every part: found once
                self._headed_empty = _headed_empty_clauses(self.ann)
            found = self._empty[headings] = tuple(
                (index, heading) for index, heading in self._headed_empty if heading_alias(heading, headings))
        return found

    def may_supply(self, pool: list[Sentence], label: str, via_terms: bool, sentence: Sentence) -> list[Sentence]:
        """The sentences of ``pool``, in order, that can supply an element with ``label`` to ``sentence``'s
        candidate: those holding the label and, where defined terms count, the candidate, its lead-in and
        the users of a term naming it. :func:`element_found` passes over every other sentence without
        effect, so on a long pool ("scope: document") leaving them out changes nothing but the time."""
        key = (label, via_terms)
        suppliers = self._suppliers.get(key)
        if suppliers is None:
            found = set(self.with_label(label))
            if via_terms:
                users = self._users()
                for term in self.naming_terms(label):
                    found.update(users.get(term, ()))
            suppliers = self._suppliers[key] = (frozenset(found), sorted(found))
        keep, ordered = suppliers
        # the candidate and its lead-in read with their terms' whole definitions
        own = [sid for sid in (sentence.id, sentence.bound_by) if sid is not None and sid not in keep] \
            if via_terms else []
        sentences = self.ann.sentences
        if pool is sentences:  # the whole document, in id order: its suppliers by id, not a walk over it
            return [sentences[sid] for sid in (sorted([*ordered, *own]) if own else ordered)]
        return [other for other in pool if other.id in keep or other.id in own]

    def name_run(self, sentence: Sentence, anchor: int) -> tuple[int, int]:
        """:func:`_name_run`, kept: every element of a part asks it of the same candidate and anchor."""
        key = (sentence.id, anchor)
        found = self._name_runs.get(key)
        if found is None:
            found = self._name_runs[key] = _name_run(sentence, anchor)
        return found

    def continuation(self, clause: int, name: tuple[str, ...]) -> list[Sentence]:
        """:meth:`Context.continuation`, kept."""
        key = (clause, name)
        found = self._continuations.get(key)
        if found is None:
            found = self._continuations[key] = _continuation(self.ann, clause, name, self._family_of())
        return found

    def _family_of(self) -> dict[int, list[int]]:
        if self._families is None:
            self._families = _number_families(self.ann)
        return self._families

    def scope(self, sentence: Sentence, scope: str, follow: bool) -> list[Sentence]:
        """:meth:`Context.scope`, kept: the same scopes are asked for by every element, qualifier and
        figure of every rule. Callers must not change the list."""
        key = (sentence.id, scope, follow)
        found = self._scopes.get(key)
        if found is None:
            if self._families is None:
                self._families = _number_families(self.ann)
            found = self._scopes[key] = _scope(self.ann, sentence, scope, follow, self._families)
        return found


class Context:
    """What deciding one rule needs: the annotations, the rule code and its parameters (and the
    document's :class:`DocumentIndex`, shared by the rules checked on it)."""

    def __init__(self, annotated: Annotated, code: str, params: Mapping[str, Any], config_param: Any,
                 index: DocumentIndex | None = None) -> None:
        self.ann = annotated
        self.code = code
        self.params = params
        self._config_param = config_param
        self.index = index if index is not None and index.ann is annotated else DocumentIndex(annotated)

    def param(self, name: str) -> float:
        value = self._config_param(self.code, name, self.params.get(name))
        try:
            return float(value)
        except (TypeError, ValueError):
            from ..errors import ConfigError

            raise ConfigError(f"{self.code}: parameter {name!r} must be a number (got {value!r})",
                              code="BPO-E301") from None

    def currency_param(self, name: str) -> str:
        """A currency code: the param ``name`` (which configuration may override), or ``name`` itself."""
        value = self._config_param(self.code, name, self.params.get(name)) if name in self.params else name
        if not isinstance(value, str) or not known_currency(value):
            from ..errors import ConfigError

            raise ConfigError(f"{self.code}: parameter {name!r} must be a currency code such as USD (got {value!r})",
                              code="BPO-E301")
        return value if value == KRONA else value.upper()

    # -- where labels are ------------------------------------------------------------
    def spans(self, sentence: Sentence, label: str) -> list[tuple[int, int]]:
        return sentence.labels.get(label, [])

    def via_term(self, sentence: Sentence, label: str, *, whole: bool = False, naming: tuple[str, ...] = ()) -> str:
        """A defined term used in the sentence whose definition carries ``label``.

        For finding *where* a thing is (``whole=False``) only the first words of a
        definition count: they say what the term *is* ("Audit Materials" means the
        Supplier's records ...); a word deep inside a long definition does not make
        every use of the term about it. Once a sentence is about the thing, the terms
        it uses read with their definitions' whole meaning (``whole=True``): "All
        Contract Material vests in the Customer" vests the call scripts and trained
        models that "Contract Material" is defined to include, and outcomes "counted
        from the CMS" are counted in a system the definition says the customer hosts.
        What a definition carves out ("but excluding ...", "other than ...") is not
        part of the term's meaning. With ``naming``, only a term whose definition's head holds one of
        those words supplies the label from its whole definition (an element about a system takes it from
        the terms that name systems, not from a criterion of the outcome counted in one).
        """
        if whole:
            for term in sentence.terms:
                if label in self.meaning(term) and (not naming or self._head_names(term, naming)):
                    return term
            return ""
        heads = self.index.naming_terms(label)
        if heads:
            for term in sentence.terms:
                if term in heads:
                    return term
        return ""

    def via_term_chained(self, sentence: Sentence, label: str) -> str:
        """A defined term used in the definition of a term the sentence uses, whose own definition carries
        ``label`` (one step deeper than :meth:`via_term`; only for elements that follow references)."""
        for term in sentence.terms:
            for used in sorted({t for other in self.meaning_body(term) for t in other.terms} - {term}):
                if label in self.meaning(used):
                    return used
        return ""

    def _head_names(self, term: str, words: tuple[str, ...]) -> bool:
        """Does the head of ``term``'s definition (or the term itself) hold one of ``words``?"""
        wanted = set(words)
        if wanted & set(term.lower().split()):
            return True
        sentences = self.ann.sentences
        return any(wanted & {token.lower() for token in sentences[sid].tokens[:_definition_head(sentences[sid].tokens)]}
                   for sid in self.ann.definition_sentences.get(term, ()))

    def meaning(self, term: str) -> frozenset[str]:
        """The labels found in the definition of ``term`` (its body, up to any carve-out)."""
        cache = self.index.meanings
        if term not in cache:
            labels: set[str] = set()
            body = self.meaning_body(term)
            if body and _names_this_document(body[0].tokens):
                body = []  # "DPA" means these DPA Standard Terms ...: the contract itself, about everything in it
            for other in body:
                cut = _carve_out(other.tokens)
                labels.update(label for label, spans in other.labels.items() if any(a < cut for a, _ in spans))
            cache[term] = frozenset(labels)
        return cache[term]

    def meaning_body(self, term: str) -> list[Sentence]:
        """The sentences that define ``term``: each defining sentence (a table row, a "means" line)
        and, when it opens a list ("means, in respect of a month:"), the items under it - not the
        operative clauses a glossary happens to run into."""
        ann = self.ann
        out: list[Sentence] = []
        for sid in ann.definition_sentences.get(term, ()):
            sentence = ann.sentences[sid]
            out.append(sentence)
            if not sentence.text.rstrip().endswith((":", "—", ":-")):
                continue
            ids = ann.by_clause[sentence.clause]
            following = [ann.sentences[i] for i in ids[ids.index(sid) + 1:]]
            until = next((k for k, s in enumerate(following) if s.is_definition), None)
            out.extend(following[:until])
            if until is None and sid == ids[-1]:
                out.extend(ann.sentences[i] for child in ann.descendants(sentence.clause)[1:]
                           for i in ann.by_clause[child] if not ann.sentences[i].is_definition)
        return out

    def in_heading(self, clause: int, label: str) -> str:
        for ancestor in self.ann.ancestors(clause):
            if label in self.ann.heading_labels[ancestor]:
                return self.ann.clause(ancestor).heading
        return ""

    def scope(self, sentence: Sentence, scope: str, follow: bool) -> list[Sentence]:
        """The sentences ``scope`` (sentence, clause, parent, section, document) around ``sentence`` covers,
        with those its cross-references point to when ``follow``."""
        return self.index.scope(sentence, scope, follow)

    def continuation(self, sentence: Sentence, anchor: int) -> list[Sentence]:
        """The next sub-clause of the same clause when it carries on with the same named thing: when the
        anchor is part of a name (two or more capitalised words, or an acronym) and the next sub-clause's
        first sentence uses that name, its sentences that use it. "10.1 The Outsourcer shall achieve a
        monthly Customer Satisfaction Score of not less than 85%." / "10.2 The Customer Satisfaction Score
        shall be measured by a post-interaction SMS survey ...": one provision in two sub-clauses. (Not an
        ordinary word: "5.3 The Parties shall review the Fees ..." / "5.4 If ... automation ..., the Parties
        shall meet to review the Resolution Fee" are two reviews.)"""
        lo, hi = self.index.name_run(sentence, anchor)
        token = sentence.tokens[anchor] if 0 <= anchor < len(sentence.tokens) else ""
        if hi - lo < 2 and not (hi - lo == 1 and len(token) > 1 and sentence.span_text(lo, hi).isupper()):
            return []
        return self.index.continuation(sentence.clause, sentence.tokens[lo:hi])


_POINTERS = frozenset({"those", "such", "these", "said"})
_POINTED_RECORDS = frozenset({"records", "books", "data", "documents", "accounts", "information", "systems", "reports"})
_POINTED_TOOLS = frozenset({"tools", "tool", "technology", "technologies", "bots", "models"})


def _points_back(tokens: tuple[str, ...], things: frozenset[str] = _POINTED_RECORDS) -> bool:
    """Does the sentence point back to things named before it ("those records", "such books", "such tools")?"""
    if _POINTERS.isdisjoint(tokens):
        return False  # (one C-level pass: most sentences hold no pointer word)
    return any(t in _POINTERS and tokens[i + 1] in things for i, t in enumerate(tokens[:-1]))


def _scope(ann: Annotated, sentence: Sentence, scope: str, follow: bool,
           families: Mapping[int, list[int]]) -> list[Sentence]:
    if scope == "sentence":
        # a list item reads as one sentence with its lead-in ("Owner may terminate ... upon any
        # of the following: ... (e) without cause on seven days' notice")
        base = [sentence] if sentence.bound_by is None else [sentence, ann.sentences[sentence.bound_by]]
        if sentence.id > 0 and ann.sentences[sentence.id - 1].clause == sentence.clause \
                and _points_back(sentence.tokens, _POINTED_TOOLS):
            # "Vendor's monthly report shall state the proportion of Disputes handled by such tools": the tools are
            # the previous sentence's
            base.append(ann.sentences[sentence.id - 1])
        # an item with its own verb reads with the condition that opens its list ("On termination: (a) the
        # Provider shall return all Customer Data ...") as it would with an opening condition of its own
        if sentence.framed_by is not None:
            base.append(ann.sentences[sentence.framed_by])
        # and a lead-in reads with its items ("include in each report: (i) ...; (ii) ...")
        base += [ann.sentences[item] for item in sentence.items]
        # and a table row with its header row, whose cells say what each of its cells is ("Audit finding |
        # Consequence" over "Overcharge of any amount | Supplier repays the overcharge")
        head = _header_row(ann, sentence)
        if head is not None:
            base.append(head)
        # a key/value table ("Audit right | Detail" over "Who | Customer and its auditors", "Scope | records ...",
        # "Frequency | once per Contract Year") is one provision set out row by row, read from any row or from the
        # header row, which names what the table grants
        table_head = head.text if head is not None else sentence.text if sentence.table_row and not sentence.header \
            else ""
        if table_head and _key_value_header(table_head):
            base += [other for other in ann.sentences_in([sentence.clause])
                     if other.table_row and other.header == table_head and other.id != sentence.id]
    elif scope == "clause":
        base = ann.sentences_in(ann.descendants(sentence.clause))
        if sentence.id > 0 and _points_back(sentence.tokens):
            # "21.1 The Contractor must keep full records of ... all payments claimed. / 21.2 The Authority may inspect
            # those records": the records pointed back to are the previous sentence's, in the same section
            before = ann.sentences[sentence.id - 1]
            if before.clause != sentence.clause and ann.top(before.clause) == ann.top(sentence.clause):
                base = [*base, before]
        if sentence.framed_by is not None and sentence.framed_by not in {s.id for s in base}:
            base.append(ann.sentences[sentence.framed_by])  # "Upon termination: ... (b) the Supplier shall erase ..."
        base = base + _parent_table_named(ann, sentence)
        # a list item's clause reads with its lead-in, as its sentence does ("For up to six months after
        # this agreement ends, we will: ... (b) give you ... the knowledge transfer needed")
        if sentence.bound_by is not None:
            # ... and the other items under that lead-in: the lead-in and its items are one provision ("shall be
            # excluded ... if, and only if: (i) ...; (ii) ...; (iii) Contractor, in its reasonable discretion, ...")
            # (siblings numbered as list items under the lead-in's clause, bound or not: item (iii) has a verb)
            seen = {s.id for s in base}
            lead = ann.sentences[sentence.bound_by]
            more = [lead]
            if ann.parent[sentence.clause] == lead.clause and ann.clause(sentence.clause).number.endswith(")"):
                siblings = [c for c in ann.children[lead.clause] if ann.clause(c).number.endswith(")")]
                more.extend(ann.sentences_in(d for c in siblings for d in ann.descendants(c)))
            for other in more:
                if other.id not in seen:
                    seen.add(other.id)
                    base.append(other)  # (base is this call's own list: a copy per item was quadratic in a long list)
    elif scope == "parent":
        # the clause's parent and all its sub-tree (siblings included); a top-level clause is its own
        up = ann.parent[sentence.clause]
        family = [up] if up is not None else families.get(sentence.clause, [sentence.clause])
        base = ann.sentences_in(c for top in family for c in ann.descendants(top))
    elif scope == "section":
        top = ann.top(sentence.clause)
        family = families.get(top, [top])
        base = ann.sentences_in(c for top in family for c in ann.descendants(top))
    else:
        return ann.sentences
    if not follow:
        return base
    return base + _referenced(ann, base, ())


_KEY_VALUE_COLUMNS = frozenset({"detail", "details", "description", "rule", "rules", "value", "provision",
                                "provisions", "term", "terms", "position", "agreed position", "requirement",
                                "requirements", "particulars", "entry", "content", "specification"})


def _parent_table_named(ann: Annotated, sentence: Sentence) -> list[Sentence]:
    """The rows of the table in the parent clause's own body when ``sentence`` names one of its columns: "Schedule 3 -
    Service Levels" holds "| Service Level | Target | Service Credit |" and its rows, and "3.1 The Supplier shall meet
    each Service Level ... and shall credit the Service Credit shown" speaks of that table, as a sentence under it
    would."""
    up = ann.parent[sentence.clause]
    if up is None:
        return []
    rows = [other for other in ann.sentences_in([up]) if other.table_row]
    if not rows:
        return []
    text = " " + " ".join(sentence.tokens) + " "
    columns = {cell.strip().lower() for row in rows if row.header for cell in row.header.split(" | ")}
    if not any(len(column) > 3 and f" {column} " in text for column in columns):
        return []
    return rows


def _key_value_header(header: str) -> bool:
    """Is ``header`` a two-column table's header whose second column holds the values of the first's keys?"""
    cells = [cell.strip().lower() for cell in header.split("|")]
    return len(cells) == 2 and cells[1] in _KEY_VALUE_COLUMNS


def _header_row(ann: Annotated, sentence: Sentence) -> Sentence | None:
    """The header row of the table ``sentence`` is a row of (the table's first row), if it is another sentence."""
    if not sentence.header or sentence.header == sentence.text:
        return None
    at = sentence.id - 1
    while at >= 0:
        other = ann.sentences[at]
        if other.clause != sentence.clause or not other.table_row:
            return None
        if other.text == sentence.header:
            return other
        at -= 1
    return None


def _continuation(ann: Annotated, clause: int, name: tuple[str, ...],
                  families: Mapping[int, list[int]]) -> list[Sentence]:
    """See :meth:`Context.continuation`. Siblings are the children of one parent, or top-level "8.1", "8.2"
    of one number family; the next one counts only when its first sentence uses the name."""
    up = ann.parent[clause]
    siblings = ann.children[up] if up is not None else families.get(clause, [])
    if clause not in siblings or siblings.index(clause) + 1 >= len(siblings):
        return []
    following = ann.sentences_in(ann.descendants(siblings[siblings.index(clause) + 1]))
    if not following or not _uses(following[0].tokens, name):
        return []
    return [s for s in following if _uses(s.tokens, name)]


def _uses(tokens: tuple[str, ...], name: tuple[str, ...]) -> bool:
    width = len(name)
    return any(tokens[i:i + width] == name for i in range(len(tokens) - width + 1) if tokens[i] == name[0])


_DECIMAL = re.compile(r"(\d+)\.\d")


def _number_families(ann: Annotated) -> dict[int, list[int]]:
    """Each top-level clause numbered "N.M" with the run of top-level clauses numbered "N." alongside it:
    "8.1" and "8.2" with no clause "8" above them (an extract, or a clause number the text never states)
    are one section to a reader, as they would be under "8. SERVICE LEVELS". (Clauses not in such a run
    are their own section and are left out.)"""
    families: dict[int, list[int]] = {}
    run: list[int] = []
    prefix = ""
    for index, up in enumerate(ann.parent):
        if up is not None:
            continue
        match = _DECIMAL.match(ann.clause(index).number)
        this = match.group(1) + "." if match else ""
        if this and this == prefix:
            run.append(index)
            continue
        if len(run) > 1:
            families.update((member, run) for member in run)
        run, prefix = ([index], this) if this else ([], "")
    if len(run) > 1:
        families.update((member, run) for member in run)
    return families


def _threshold_text(value: float) -> str:
    return f"{value:g}"


def _violates(numeric: Numeric, value: float, bounds: list[float]) -> bool:
    comparator = numeric.comparator
    if comparator == "below":
        return value < bounds[0]
    if comparator == "at_most":
        return value <= bounds[0]
    if comparator == "above":
        return value > bounds[0]
    if comparator == "at_least":
        return value >= bounds[0]
    if comparator == "outside":
        return not bounds[0] <= value <= bounds[1]
    return False


def _per_matches(numeric: Numeric, quantity: Quantity) -> bool:
    if not numeric.per:
        return True
    unit = quantity.per.lower()
    if not unit:
        return False
    # a unit of one or two letters ("US" of "per US$1 million traded") is inside every word: it names no outcome
    short = len(unit.rstrip("s")) < 3
    return any(p.lower().rstrip("s") in unit or (not short and unit.rstrip("s") in p.lower()) for p in numeric.per)


# A unit counted as it comes in, whatever becomes of it, is an input volume, not an outcome: a defined
# term priced per unit whose definition says so ('"Lodged Transaction" means each Presentation ... lodged by
# the Bank ..., whether or not the processing is completed and whatever its result') is no outcome a price
# can be per, whatever its noun ("transaction", "case").
_UNIT_WORK = r"(?:processing|work|handling|review|examination|check|checking|verification|assessment|evaluation)"
_INPUT_UNIT = re.compile(
    # "whether or not the review or verification of it is completed": the work, or two kinds of it, "of" the unit
    r"\bwhether or not (?:it|they|(?:the |its |their )?" + _UNIT_WORK + r"(?: (?:or|and) " + _UNIT_WORK + r")?"
    r"(?: of (?:it|them))?) "
    r"(?:is|was|has been|are|were|have been) "
    r"(?:completed|successful|resolved|finished|closed|processed|approved|accepted|"
    # ... or a state of transaction processing that would make it an outcome ('"Processed Coupon" means each flight
    # coupon received ..., whether or not it has been matched to a sale, prorated, billed or recognised as revenue')
    r"matched|billed|invoiced|settled|paid|posted|finali[sz]ed|reconciled|recogni[sz]ed|adjudicated|decided|"
    r"determined|coded|verified|validated|cleared|cured)\b"
    # "irrespective of whether the citizen's matter has been concluded", "regardless of whether the issue is resolved"
    r"|\b(?:irrespective|regardless) of whether (?:it|they|(?:the|its|their) (?:[\w'’]+ ){0,2}?"
    r"(?:matter|issue|query|enquiry|inquiry|request|case|claim|contact|question|problem|processing|handling)) "
    r"(?:is|was|has been|are|were|have been) "
    r"(?:completed|successful|resolved|concluded|finished|closed|processed|approved|accepted)\b"
    r"|\b(?:whatever|regardless of|irrespective of) (?:its|the|their) "
    r"(?:results?|outcomes?|coding|disposition)\b(?! of)",
    re.I)


# a unit priced as it comes in, before any work on it: "$0.45 per transaction imported", "USD 1.10 per ticket received",
# "per claim submitted" (not "per invoice processed" or "per ticket resolved": a state reached by the work)
_TAKEN_IN = re.compile(r"\b(?:imported|received|submitted|uploaded|synced|synchronised|synchronized|ingested|lodged|"
                       r"logged|opened|raised|created|routed|offered|presented)$", re.I)


def _counted_whatever_result(ctx: Context, unit: str) -> bool:
    """Is ``unit`` a defined term counted whatever its result, or a unit priced as it is taken in (an input volume)?"""
    if unit and len(unit.split()) > 1 and _TAKEN_IN.search(unit.strip()):
        return True
    definition = ctx.ann.definitions.get(unit.lower()) if unit else None
    return definition is not None and bool(_INPUT_UNIT.search(definition.text))


# the defined term a price is "per": "per Processed Coupon that is a Flight Coupon", "charged per Inbound Contact"
_PER_TERM = re.compile(r"\bper\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")


def _priced_only_per_input(ctx: Context, sentence: Sentence) -> bool:
    """Is every unit the sentence prices per (its amounts' units, else the defined terms after "per") a term counted
    whatever its result?"""
    units = [q.per for q in sentence.quantities_of("money") if q.per]
    if not units:
        units = [m.group("term") for m in _PER_TERM.finditer(sentence.text)]
    return bool(units) and all(_counted_whatever_result(ctx, unit) or _counted_whatever_result(ctx, unit.rstrip("s"))
                               for unit in units)


def _input_unit(ctx: Context, numeric: Numeric, quantity: Quantity) -> bool:
    """Is the outcome a price is per (``numeric.per``) a defined term counted whatever its result?"""
    return bool(numeric.per) and _counted_whatever_result(ctx, quantity.per)


_BEFORE_FIGURE = 6  # tokens before a figure where an `unless` phrase says what it measures ("interest at the rate of")
_AFTER_FIGURE = 3  # and after it ("12% per annum")


def _other_measure(sentence: Sentence, quantity: Quantity, label: str) -> bool:
    """Is the figure next to one of the numeric condition's ``unless`` phrases ("interest at 12% per annum")?"""
    spans = sentence.labels.get(label)
    if not spans:
        return False
    first = sentence.token_at(sentence.start + quantity.start)
    last = sentence.token_at(sentence.start + max(quantity.start, quantity.end - 1))
    return any(a < last + 1 + _AFTER_FIGURE and b > first - _BEFORE_FIGURE for a, b in spans)


def _violated_throughout(numeric: Numeric, low: float, high: float, bounds: list[float]) -> bool:
    """Is the condition violated by every value from ``low`` to ``high``?"""
    comparator = numeric.comparator
    if comparator in ("below", "at_most"):
        return _violates(numeric, high, bounds)
    if comparator in ("above", "at_least"):
        return _violates(numeric, low, bounds)
    if comparator == "outside":
        return high < bounds[0] or low > bounds[1]
    return False


def _in_band_currency(numeric: Numeric, quantity: Quantity, band: str, bounds: list[float], weak: list[str],
                      said: list[str]) -> None:
    """Holds a price in another currency than the band's to the band "at any plausible rate": weak
    only when it is outside the band at every indicative rate; what was compared is said in ``said``."""
    limits = " to ".join(_threshold_text(b) for b in bounds)
    unit = describe(quantity.unit)
    # a bare amount read from a table takes its currency from the header: name it
    # (and so does a bare "$" that the contract declares to be another dollar: "All amounts are in AUD")
    figure = f"\"{quantity.text}\"" + (f" {unit}" if quantity.text[-1:].isdigit() and quantity.text[:1] in "$0123456789"
                                      else "")
    converted = in_currency(quantity.value, quantity.unit, band)
    if converted is None:
        said.append(f"{figure} not compared with the {limits} {band} band: no indicative rate for {unit} "
                    f"(state the band in {unit} in params to check it)")
        return
    low, high = converted
    about = f"about {_amount_text(low)}-{_amount_text(high)} {band} at indicative exchange rates"
    if _violated_throughout(numeric, low, high, bounds):
        weak.append(f"{numeric.reason} (found \"{quantity.text}\" = {quantity.value:,g} {unit}, {about}; "
                    f"limit {limits} {band})")
    elif _violates(numeric, low, bounds) or _violates(numeric, high, bounds):
        said.append(f"{figure} is {about}: outside {limits} {band} at some rates, so not flagged")
    else:
        said.append(f"{figure} is {about}")


def _amount_text(value: float) -> str:
    return f"{value:.2f}" if value < 100 else f"{value:,.0f}"


# Words that make a figure loosen a deadline or window rather than set another one: "Notwithstanding
# clause 8.2, ...", "the period is extended to", "may delay notification by up to 30 days", "in lieu of",
# "or such longer period", "whichever is later". Prefixes of lower-case tokens.
_RELAXING = ("notwithstanding", "extend", "extension", "delay", "defer", "postpon", "suspend", "supersed", "longer")
_RELAXING_PAIRS = (("instead", "of"), ("in", "lieu"), ("rather", "than"), ("in", "place"))
_NOT_RELAXING_BEFORE = frozenset({"without", "undue", "unreasonable", "unnecessary", "any"})  # "without undue delay"


def _token_of(sentence: Sentence, quantity: Quantity) -> int:
    return sentence.token_at(sentence.start + quantity.start)


def _relaxes(sentence: Sentence, quantity: Quantity) -> str:
    """Why a figure loosens the term rather than setting a separate duty ("" when it does not): it is an
    option ("the Supplier may notify ... within 10 days"; not the customer's own "may require"), a
    negated duty ("need not notify ... before"), or stands after words that extend or override."""
    at = _token_of(sentence, quantity)
    tokens = sentence.tokens
    for predication in sentence.analysis.predications:
        if predication.start <= at < predication.end:
            if predication.negated:
                return f"negated ('{predication.negated}')"
            if predication.kind != OBLIGATION and predication.subject != "customer":
                return f"an option ('{predication.modal}')"
    for index in range(at):
        token = tokens[index]
        if token.startswith(_RELAXING) and not _NOT_RELAXING_BEFORE.intersection(tokens[max(0, index - 3):index]):
            return f"'{token}'"
        if index + 1 < at and (token, tokens[index + 1]) in _RELAXING_PAIRS:
            return f"'{token} {tokens[index + 1]}'"
    after = tokens[at: at + 20]
    if "whichever" in after and "later" in after[after.index("whichever"):]:
        return "'whichever is later'"
    return ""


_JOINS = frozenset({"and", "but", "or", "then"})


def _own_figure(sentence: Sentence, anchor: int | None,
                mine: list[tuple[Sentence, Quantity]]) -> tuple[Sentence, Quantity]:
    """The figure of the candidate sentence that belongs to its anchor: the first one in the anchor's
    stretch of the sentence, which runs from the last break before it to the first break after it (a
    ";", ", and ...", another verb's modal): "shall notify ... within 24 hours, and within 30 days
    thereafter shall provide a report" and "Within 24 hours after becoming aware of it, the Supplier
    shall notify" both give 24 hours. Else the first figure after the anchor, else the last before."""
    if anchor is None:
        return mine[0]
    tokens = sentence.tokens
    own_verb = sentence.analysis.predication_at(anchor)
    breaks = [i for i, t in enumerate(tokens) if t == ";" or (t in _JOINS and i and tokens[i - 1] in (",", ";"))]
    breaks += [p.start for p in sentence.analysis.predications if p is not own_verb]
    lo = max((b for b in breaks if b < anchor), default=-1)
    hi = min((b for b in breaks if b > anchor), default=len(tokens))
    at = [(_token_of(sentence, q), (s, q)) for s, q in mine]
    within = [pair for token, pair in at if anchor <= token < hi] or [pair for token, pair in at if lo < token < anchor]
    if within:
        return within[0]
    after = [pair for token, pair in at if token >= anchor]
    return after[0] if after else mine[-1]


def _own_figures(ctx: Context, numeric: Numeric, candidate: Candidate, pairs: list[tuple[Sentence, Quantity]],
                 unless: str) -> tuple[list[tuple[Sentence, Quantity]], list[Quantity]]:
    """``figures: own``: the figures that decide a candidate. Its own figure is the first one after its
    anchor in its sentence ("shall notify ... within 24 hours, and shall deliver a full report within 30
    days": 24 hours), else the nearest before it ("Within 24 hours after discovery, the Supplier shall
    notify"), else its lead-in's. The other figures in scope set other duties (the later full report; a
    HIPAA notice of PHI breaches within 5 business days beside a 72-hour notice of every incident): the
    customer can hold the supplier to the best, so they count only when they loosen the candidate's
    (:func:`_relaxes`), as do figures in sentences elsewhere that refer back to its clause ("The period
    in clause 8.2 is extended to ten days ..."). A candidate that states no figure is judged by all of
    the figures in scope. Returns the deciding figures and those set aside."""
    sentence = candidate.sentence
    mine = [pair for pair in pairs if pair[0].id == sentence.id]
    own = _own_figure(sentence, candidate.anchor, mine) if mine else \
        next((pair for pair in pairs if pair[0].id == sentence.bound_by), None)
    seen = {s.id for s, _ in pairs}
    back = [(other, q) for sid in ctx.ann.referenced_by.get(sentence.clause, ()) if sid not in seen
            for other in (ctx.ann.sentences[sid],) if not other.withdrawn for q in other.quantities_of(numeric.measure)
            if _per_matches(numeric, q) and not _input_unit(ctx, numeric, q)
            and not (unless and _other_measure(other, q, unless)) and _relaxes(other, q)]
    if own is None:
        return pairs + back, []
    kept = [own]
    aside = []
    for pair in pairs:
        if pair is own:
            continue
        if _relaxes(*pair):
            kept.append(pair)
        else:
            aside.append(pair[1])
    return kept + back, aside


def check_numeric(ctx: Context, numeric: Numeric, sentences: list[Sentence], part: Part | None = None,
                  notes: list[str] | None = None,
                  candidate: Candidate | None = None) -> tuple[list[str], list[str], int]:
    """(weak reasons, block reasons, number of quantities found) for one numeric condition; how a
    money figure in another currency than the condition's was compared goes to ``notes``. With
    ``figures: own`` and a ``candidate``, its own figure decides (see :func:`_own_figures`)."""
    unless = numeric_unless_label(ctx.code, part, numeric.id) if part is not None and numeric.unless else ""
    # a clause an amending instrument deleted states no figure any more ("within 24 hours" replaced by "promptly"),
    # nor does a draft's comment ("[Supplier comment: we would prefer audits once every two years]")
    pairs = [(s, q) for s in sentences if not s.withdrawn for q in s.quantities_of(numeric.measure)
             if _per_matches(numeric, q) and not _input_unit(ctx, numeric, q)
             and not (unless and _other_measure(s, q, unless))]
    aside: list[Quantity] = []
    if candidate is not None and numeric.figures == "own" and pairs:
        pairs, aside = _own_figures(ctx, numeric, candidate, pairs, unless)
    found = [q for _, q in pairs]
    if not found:
        if numeric.absent == "weak":
            return [numeric.absent_reason], [], 0
        if numeric.absent == "missing":
            return [], [numeric.absent_reason], 0
        return [], [], 0
    if numeric.trend == "falling":
        # the column is the header cell where the anchor's phrase ends ("Period | Fixed Monthly Fee": the fee's)
        last = None
        if candidate is not None and part is not None and candidate.anchor is not None:
            spans = ctx.spans(candidate.sentence, element_label(ctx.code, part, part.find))
            last = next((b - 1 for a, b in spans if a == candidate.anchor), candidate.anchor)
        values = _column_values(candidate.sentence, last, sentences) if candidate is not None else None
        falls = values is not None and len(values) >= 2 and all(b < a for a, b in zip(values, values[1:],
                                                                                       strict=False))
        return [], [] if falls else [numeric.reason], len(found)
    if not numeric.comparator:
        return [], [], len(found)
    bounds = [ctx.param(t) if isinstance(t, str) else float(t) for t in numeric.threshold]
    band = ctx.currency_param(numeric.currency) if numeric.currency else ""
    weak: list[str] = []
    said: list[str] = []
    for quantity in found:
        if band and quantity.unit != band:
            _in_band_currency(numeric, quantity, band, bounds, weak, said)
        elif _violates(numeric, quantity.value, bounds):
            limits = " to ".join(_threshold_text(b) for b in bounds)
            weak.append(f"{numeric.reason} (found \"{quantity.text}\" = {quantity.value:.3g} {quantity.unit}; "
                        f"limit {limits})")
    beyond = [q for q in aside if _violates(numeric, q.value, bounds)]
    if beyond and notes is not None:
        # what would have made it weak under ``figures: all``, and why it did not
        others = ", ".join(f"\"{q.text}\"" for q in beyond[:3])
        others += f" and {len(beyond) - 3} more" if len(beyond) > 3 else ""
        notes.append(f"decided by its own figure \"{found[0].text}\"; {others} in scope set other duties")
    if said and notes is not None:
        shown = list(dict.fromkeys(said))
        notes.append("; ".join(shown[:3]) + (f"; and {len(shown) - 3} more" if len(shown) > 3 else ""))
    return weak, [], len(found)


_NIL_CELL = re.compile(r"^(?:nil|zero|none|-|–|—|\D{0,4}0(?:[.,]0+)?)$", re.I)


def _cell_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row's text."""
    return [(at, at + len(cell)) for at, cell in table_cells(text)]


def _column_values(header: Sentence, anchor: int | None, scope: list[Sentence]) -> list[float] | None:
    """The amounts down the column of a table whose header cell holds the anchor ("Period | Fixed Monthly Fee (EUR)"
    over "1 March 2026 – 28 February 2027 | 96,000.00", ...), row after row ("nil" or a bare zero is 0), or the
    shares of a fee it gives instead ("100% of the Baseline Fee", then "60% ..."); None when the anchor is no header
    cell, a row's cell holds no amount, or the column mixes amounts and shares."""
    if not header.table_row or anchor is None or not 0 <= anchor < len(header.tokens):
        return None
    at = header.token_starts[anchor] - header.start
    cells = _cell_spans(header.text)
    column = next((i for i, (a, b) in enumerate(cells) if a <= at < b), None)
    if column is None or column == 0:
        return None
    rows = sorted((s for s in scope if s.table_row and s.clause == header.clause and s.id > header.id),
                  key=lambda s: s.id)
    values: list[float] = []
    measures: set[str] = set()  # amounts, or shares of the fee ("100% of the Baseline Fee", "60% ..."): never both
    expected = header.id + 1
    for row in rows:
        if row.id != expected:
            break  # the table ended
        expected += 1
        spans = _cell_spans(row.text)
        if len(spans) != len(cells):
            return None
        a, b = spans[column]
        for measure in ("money", "percent"):
            figures = [q.value for q in row.quantities_of(measure) if a <= q.start < b]
            if figures:
                values.append(figures[0])
                measures.add(measure)
                break
        else:
            if not _NIL_CELL.match(row.text[a:b].strip()):
                return None
            values.append(0.0)
    return values if len(measures) <= 1 else None


# "The Client may have an audit carried out, once per calendar year, by ... . The audit may cover the books, records,
# systems and data ...": the next sentence takes up the thing the anchor names ("the audit", "such inspection", "any
# such review") as its subject and says more of it - one provision in two sentences.
_ANAPHOR_OPENERS = frozenset({"the", "such", "any", "each", "every", "that", "this"})
_ANAPHOR_VERBS = frozenset({"may", "shall", "will", "must", "can", "is", "are", "covers", "cover", "extends", "extend",
                            "includes", "include"})


def _same_thing_next(ann: Annotated, sentence: Sentence, anchor: int) -> list[Sentence]:
    """The next sentence of the same clause when it opens with a reference back to the anchor's noun ("The audit
    may cover ...", "Any such inspection shall extend to ..."), else nothing."""
    if not 0 <= anchor < len(sentence.tokens) or sentence.table_row:
        return []
    word = sentence.tokens[anchor]
    if not word.isalpha() or len(word) < 4:
        return []
    own = ann.by_clause[sentence.clause]
    at = own.index(sentence.id) if sentence.id in own else -1
    if at < 0 or at + 1 >= len(own):
        return []
    after = ann.sentences[own[at + 1]]
    tokens = after.tokens
    lead = 0
    while lead < len(tokens) and lead < 3 and tokens[lead] in _ANAPHOR_OPENERS:
        lead += 1
    if lead == 0 or lead + 1 >= len(tokens) or not _same_word(tokens[lead], word) \
            or tokens[lead + 1] not in _ANAPHOR_VERBS:
        return []
    return [after]


def _same_word(first: str, second: str) -> bool:
    """The same word in another form: "audit" / "audits", "inspect" / "inspection", "examine" / "examination"."""
    shorter = min(len(first), len(second))
    common = 0
    while common < shorter and first[common] == second[common]:
        common += 1
    return common >= 4 and common >= shorter - 1


_SMALL_POOL = 32  # sentences: a longer scope (a section, the document) is first cut to those that can supply
_LONG_SENTENCE = 80  # tokens; longer "sentences" are several provisions joined by semicolons and commas
_WINDOW = 40  # tokens either side of the anchor that count as "the same sentence" in a long one


def _in_other_partys_clause(sentence: Sentence, anchor: int, at: int) -> bool:
    """Is token ``at`` in a coordinated clause of the supplier's own (after or before ", and" / ", but" / ";"),
    while the anchor is in another clause of the sentence, with another subject?"""
    predications = sentence.analysis.predications
    if len(predications) < 2:
        return False
    tokens = sentence.tokens

    def clause_of(token: int) -> int:
        for index, predication in enumerate(predications):
            if token < predication.end:
                return index
        return len(predications) - 1

    mine, theirs = clause_of(anchor), clause_of(at)
    if mine == theirs or predications[theirs].subject != "supplier" or predications[mine].subject == "supplier":
        return False
    low, high = sorted((predications[mine].start, predications[theirs].start))
    return any(tokens[i] == ";" or (tokens[i] in ("and", "but") and tokens[i - 1] == ",") for i in range(low, high))


def element_found(ctx: Context, part: Part, element: Element, sentence: Sentence,
                  candidate: Candidate, anchor: int | None = None) -> bool:
    label = element_label(ctx.code, part, element)
    unless = unless_label(ctx.code, part, element) if element.unless else ""
    texts: set[str] = set()
    if element.follow_references and element.references_naming and not part.follow_references:
        pool = ctx.scope(sentence, element.scope, False)
        pool = pool + _referenced(ctx.ann, pool, element.references_naming)
    else:
        pool = ctx.scope(sentence, element.scope, part.follow_references or element.follow_references)
    if element.scope == "clause" and anchor is not None:
        pool = pool + ctx.continuation(sentence, anchor)
    if element.scope == "sentence" and anchor is not None:
        pool = pool + _same_thing_next(ctx.ann, sentence, anchor)
    if len(pool) > _SMALL_POOL:
        pool = ctx.index.may_supply(pool, label, element.via_terms, sentence)
    # "No service credits, fee reductions or other monetary remedies apply to any failure": the contract
    # rules the thing out, so only a term that grants it still supplies it, not a heading or a mention
    # (labels read first: the analysis of a sentence without the element is never needed here)
    ruled_out = any(label in other.labels and other.analysis.denied_outright
                    and any(other.analysis.denies(a, b) for a, b in other.labels[label]) for other in pool)
    for other in pool:
        if ruled_out and not any(not p.negated for p in other.analysis.predications):
            continue
        spans = [(a, b) for a, b in ctx.spans(other, label)
                 if not other.analysis.denies(a, b) and not _withheld(other, a)]
        if unless and unless in other.labels:
            # an exception counts in the same provision: "(a) at the option of any party on 90 days'
            # notice; or (b) in the event of a material breach" - (a) is not conditional
            spans = [span for span in spans if not _same_segment(other, span[0], other.labels[unless])]
            if not spans:
                continue
        if spans and anchor is not None and other.id == sentence.id and "(" in other.tokens:
            # "(a) The Supplier may terminate ... at any time on 90 days' notice, and (b) the Customer may terminate
            # ... if the Supplier commits a material breach": each item with its own party and verb is a provision
            # of its own, whose words are not the other item's
            items = _item_breaks(other)
            if items:
                own_item = sum(1 for b in items if b < anchor)
                spans = [(a, b) for a, b in spans if sum(1 for i in items if i < a) == own_item]
        if spans and anchor is not None and other.id == sentence.id and part.party in ("customer", "customer_right"):
            # "The Supplier may terminate this Agreement for convenience ..., and either party may terminate for
            # insolvency of the other": the supplier's own coordinated clause lends nothing to the customer's right
            spans = [(a, b) for a, b in spans if not _in_other_partys_clause(other, anchor, a)]
        if spans and anchor is not None and other.id == sentence.id and element.min == 1 and "(" in other.tokens:
            # "Kubient represents, warrants and covenants that: ... (vii) it owns or controls the rights licensed to
            # Customer herein; (viii) it is the rightful owner of ... the products delivered hereunder; ...": items of
            # a list separated by semicolons are provisions of their own that share the lead-in, as they are when
            # the same list is set out line by line (an element that counts several things - the tiers of "(a) a
            # monthly review; (b) a quarterly review" - counts them across the items)
            spans = _in_own_item(other, anchor, spans)
        if spans and anchor is not None and other.id == sentence.id and len(other.tokens) > _LONG_SENTENCE:
            lead = max(_leading_condition(other), _subject_before(other, anchor))
            listed = _list_after(other, anchor)
            # "In the event of termination of this Agreement, ... Supplier will ...": an opening
            # condition governs the whole sentence, however long; so does a lead-in ending in a colon
            # for the items run on after it ("shall terminate upon any of the following: (a) ...; (c)
            # ninety days after the Company gives notice for any or no reason")
            # the anchor may be a word of the subject ("The Customer, its internal audit function, ... and any other
            # competent authority shall have the right to access and audit ... the records ... relating to the
            # invoicing"): the same word again after it, in the same provision (no semicolon between), is the grant's
            # own, and the window runs from there too
            near = [anchor] + [fa for fa, _ in ctx.spans(other, element_label(ctx.code, part, part.find))
                               if fa > anchor and ";" not in other.tokens[anchor:fa]]
            spans = [(a, b) for a, b in spans
                     if any(abs(a - at) <= _WINDOW for at in near) or b <= lead or a > listed]
        if spans and anchor is not None and other.id == sentence.id:
            lo, hi = ctx.index.name_run(sentence, anchor)
            # "Platform and Management Fee": words of the thing's own name say nothing about it - unless the
            # rule's own phrase for the thing holds them ("require a Price Review": the phrase "price review"
            # says what is reviewed)
            if any(lo <= a and b <= hi and hi - lo > 1 for a, b in spans):
                found = ctx.spans(sentence, element_label(ctx.code, part, part.find))
                own = [(a, b) for a, b in found if a <= anchor < b]
                spans = [(a, b) for a, b in spans if not (lo <= a and b <= hi and hi - lo > 1)
                         or any(fa <= a and b <= fb for fa, fb in own)]
        # the candidate itself reads with its terms' whole definitions; other sentences with their heads
        whole = other.id == sentence.id or other.id == sentence.bound_by
        term = ctx.via_term(other, label, whole=whole, naming=element.terms_naming if whole else ()) \
            if not spans and element.via_terms else ""
        if not spans and not term and whole and element.via_terms and element.follow_references:
            # an element that follows the clause's references follows its terms' definitions one step further:
            # '"Exit Services" means ... during the Exit Period' takes the nine months of '"Exit Period" means ...'
            term = ctx.via_term_chained(other, label)
        if spans or term:
            texts.update(" ".join(other.tokens[a:b]) for a, b in spans)
            if term:
                texts.add("term:" + term)
                if whole and term not in candidate.terms:
                    candidate.terms.append(term)
            if other.id != sentence.id and other.id not in candidate.support:
                candidate.support.append(other.id)
            if _distinct(texts, element) >= element.min:
                return True
    if element.headings:
        heading = ctx.in_heading(sentence.clause, label)
        if heading:
            texts.add("heading:" + heading)
    return _distinct(texts, element) >= element.min


def _distinct(texts: set[str], element: Element) -> int:
    """How many different things the matched texts are, as the element counts them.

    ``distinct: frequency`` counts cadences: "confer not less frequently than monthly" in one
    sub-clause and "the monthly conference" in its sibling are one tier of governance, not two.
    A text with no frequency in it counts by its words, and one with several by its last ("meet monthly to
    discuss performance, quarterly" is the quarterly tier; "meet monthly" is matched on its own).
    """
    if element.distinct != "frequency" or len(texts) < 2:
        return len(texts)
    keys = set()
    for text in texts:
        found = frequencies(text.replace(" - ", "-"))  # token texts are joined by spaces: "semi - annually"
        keys.add(round(found[-1].value, 3) if found else text)
    return len(keys)


_WITHHOLDING = frozenset({"no", "not"})


def _withheld(sentence: Sentence, start: int) -> bool:
    """ "the Customer shall have no direct access to the system", "is not entitled to read-only access": the
    thing named after a verb that withholds it is not given. A prohibition ("shall not process the data
    except on the Customer's instructions") still names what it speaks of."""
    if _WITHHOLDING.isdisjoint(sentence.tokens[:start]):
        return False  # (cheap test first: the analysis of most sentences is never needed here)
    predication = sentence.analysis.predication_at(start)
    if predication is None or not predication.negated or predication.start > start:
        return False
    words = predication.negated.split()
    return "no" in words or "entitled" in words


_DEFINING = frozenset({"means", "mean", "|", ":", "includes", "refers"})


def _names_this_document(tokens: tuple[str, ...]) -> bool:
    """Does a definition define the contract itself ("Agreement" means this agreement and its
    schedules; "DPA" means these DPA Standard Terms)? Its words are about the whole document."""
    at = next((i for i, t in enumerate(tokens[:12]) if t in _DEFINING), None)
    if at is None:
        return False
    following = [t for t in tokens[at + 1: at + 4] if t not in ("to", "that", ",")]
    return bool(following) and following[0] in ("this", "these", "the present")


_CARVE_OUTS = frozenset({"excluding", "except", "excludes", "exclude", "excluded"})
# "excludes" as the verb of what the term does ('a Literature Record that the AI Tool excludes as not relevant')
# carves nothing out; after these words it does ("..., but excludes", "and excludes", "(excluded:")
_CARVE_OUT_VERBS = frozenset({"excludes", "exclude", "excluded"})
_BEFORE_CARVE_OUT = frozenset({"but", ",", "and", "(", ";", "-", "–"})


def _carve_out(tokens: tuple[str, ...]) -> int:
    """Index of the first token of a definition's carve-out ("but excluding", "other than", "does not
    include"), or the sentence length. The term's own name ('"Auto-Excluded Record" means') is no carve-out."""
    start = next((i + 1 for i, t in enumerate(tokens[:12]) if t in _DEFINING), 0)
    for index in range(start, len(tokens)):
        token = tokens[index]
        if token in _CARVE_OUT_VERBS and index and tokens[index - 1] not in _BEFORE_CARVE_OUT:
            continue
        if token in _CARVE_OUTS or (token == "other" and tokens[index + 1: index + 2] == ("than",)) or (
                token == "not" and tokens[index + 1: index + 2] in (("include",), ("including",))):
            return index
    return len(tokens)


_SEGMENT_BREAKS = frozenset({";", "provided"})
_LATER_ITEMS = frozenset({*"bcdefghjklmnopqrstuvwxyz", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
                          *(str(n) for n in range(2, 21))})
_ITEM_JOINS = frozenset({"and", "or", ",", ";"})
_ITEM_VERB_WINDOW = 5  # tokens after an item's label within which its own modal verb opens a provision


def _item_breaks(sentence: Sentence) -> list[int]:
    """Later items of a list run on in the sentence that open a provision of their own, a party and its
    modal verb: "provided, however, (i) Operator shall have the right to terminate ... if Operator provides
    a substitute operator ..., and (ii) Owner shall have the right to terminate this Agreement at any time
    upon 120 days' notice". (Not an item that only adds a condition to the verb before it: "may terminate
    on 30 days' notice (a) if the Supplier breaches, or (b) if it becomes insolvent".)"""
    tokens = sentence.tokens
    starts = {p.start for p in sentence.analysis.predications if p.subject is not None}
    out = []
    for i in range(1, len(tokens) - 2):
        if tokens[i] == "(" and tokens[i + 2] == ")" and tokens[i + 1].lower() in _LATER_ITEMS \
                and tokens[i - 1] in _ITEM_JOINS \
                and any(i + 3 < start <= i + 3 + _ITEM_VERB_WINDOW and "," not in tokens[i + 3: start]
                        for start in starts):
            out.append(i)
    return out


_FIRST_ITEMS = frozenset({"a", "i", "1", "A", "I"})


def _semicolon_items(sentence: Sentence) -> tuple[int, list[int]]:
    """Where a list run on in the sentence starts, and where its later items start, for items labelled
    "(a)" / "(i)" / "(1)" and separated by semicolons ("...: (i) ...; (ii) ...; and (iii) ..."); the start
    is the sentence's length and the list empty when there is no such list (two items at least)."""
    tokens = sentence.tokens
    first = len(tokens)
    later: list[int] = []
    for i in range(0, len(tokens) - 2):
        if tokens[i] != "(" or tokens[i + 2] != ")":
            continue
        label = tokens[i + 1]
        if first == len(tokens):
            if label in _FIRST_ITEMS:
                first = i
            continue
        before = tokens[i - 1]
        if before in ("and", "or") and i > 1:
            before = tokens[i - 2]
        if before == ";" and label.lower() in _LATER_ITEMS:
            later.append(i)
    return (first, later) if later else (len(tokens), [])


def _in_own_item(sentence: Sentence, anchor: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` that read with the anchor when the sentence runs a semicolon list on: all of them when the
    anchor is in the lead-in; else those in the lead-in and in the anchor's own item."""
    first, later = _semicolon_items(sentence)
    if not later or anchor < first:
        return spans
    def item(index: int) -> int:
        return sum(1 for start in later if start <= index)
    own = item(anchor)
    return [(a, b) for a, b in spans if b <= first or item(a) == own]


# ", and immediately by notice if ...", ", and with immediate effect where ...": a second ground of the same verb,
# coordinated after a comma, opens a provision of its own as a ";" does
_SECOND_GROUND = frozenset({"immediately", "forthwith", "with", "by", "upon", "on", "without", "at", "if", "where",
                            "in", "also"})


def _same_segment(sentence: Sentence, at: int, spans: list[tuple[int, int]]) -> bool:
    """Is any of ``spans`` in the same ';'-separated provision of the sentence as token ``at``? ("The Customer may
    terminate this Agreement at any time on 90 days' notice, and immediately by notice if the Supplier commits a
    material breach": the breach is the second provision's condition, not the notice's.)"""
    tokens = sentence.tokens
    breaks = [i for i, t in enumerate(tokens) if t in _SEGMENT_BREAKS]
    # (a second ground follows the verb it shares: before the first modal, ", or on service of notice of termination"
    # goes on with the opening time phrase "On expiry or termination of this Contract", it grants nothing)
    verb = sentence.analysis.predications[0].start if sentence.analysis.predications else 0
    breaks += [i for i in range(max(1, verb), len(tokens) - 1) if tokens[i] in ("and", "or") and tokens[i - 1] == ","
               and (tokens[i + 1] in _SECOND_GROUND
                    # ... with its item label: "(a) at any time on 90 days' notice, or (b) immediately if ..."
                    or tokens[i + 1] == "(" and i + 4 < len(tokens) and tokens[i + 3] == ")"
                    and tokens[i + 4] in _SECOND_GROUND)]
    # ... and so does a coordinated clause with a subject and modal of its own: "You can cancel at any time with 30
    # days' notice, and you can end these terms straight away if we seriously break them" (or a modal of its own with
    # the subject left out: "Customer may cancel this Order Form at any time on 30 days' notice, and may terminate
    # immediately if Provider materially breaches"), but not one that only points back to the first ("..., and may do
    # so only if Provider commits a material breach": the condition is the first provision's)
    later = [p.start for p in sentence.analysis.predications[1:]
             if tuple(tokens[p.start + 1: p.start + 3]) not in (("do", "so"), ("only", "do"))]
    breaks += [i for i in range(max(1, verb), len(tokens) - 1) if tokens[i] in ("and", "but") and tokens[i - 1] == ","
               and any(i + 1 <= start <= i + 4 for start in later)]
    if "(" in tokens:
        breaks += _item_breaks(sentence)
    def segment(index: int) -> int:
        return sum(1 for b in breaks if b < index)
    return any(segment(a) == segment(at) for a, _ in spans)


def _capitalised(sentence: Sentence, index: int) -> bool:
    char = sentence.token_starts[index] - sentence.start
    return 0 <= char < len(sentence.text) and sentence.text[char].isupper()


def _name_run(sentence: Sentence, anchor: int) -> tuple[int, int]:
    """Token span of the capitalised name holding ``anchor`` ("Platform and Management Fee"),
    or an empty span when the anchor is an ordinary lower-case word. A sentence written wholly in capitals
    (US drafting's conspicuous clauses: "CUSTOMER MAY TERMINATE THIS AGREEMENT FOR CONVENIENCE ...") names
    nothing by its capitals."""
    if (not (0 <= anchor < len(sentence.tokens)) or not _capitalised(sentence, anchor)
            or not any(char.islower() for char in sentence.text)):
        return anchor, anchor
    lo = anchor
    while lo > 0 and (_capitalised(sentence, lo - 1) or (sentence.tokens[lo - 1] in ("and", "&", "of")
                                                         and lo > 1 and _capitalised(sentence, lo - 2))):
        lo -= 1
    hi = anchor + 1
    while hi < len(sentence.tokens) and _capitalised(sentence, hi):
        hi += 1
    if lo == 0 and anchor > 0:
        lo = 1  # the sentence's first word is capitalised anyway
    return lo, hi


def _list_after(sentence: Sentence, anchor: int) -> int:
    """Token index of the colon that ends a lead-in holding ``anchor`` (within the window), or the
    sentence length when the anchor is not in a lead-in."""
    for index in range(anchor + 1, min(len(sentence.tokens), anchor + _WINDOW)):
        token = sentence.tokens[index]
        if token == ":":
            return index
        if token in (";", "."):
            break
    return len(sentence.tokens)


_CONDITION_OPENERS = frozenset({"in", "upon", "on", "following", "after", "if", "where", "when", "subject"})


def _subject_before(sentence: Sentence, anchor: int) -> int:
    """Start of the sentence's first verb when the anchor follows it, or 0: everything before that verb is
    its subject ("All materials, including any computer software developed under this Agreement, ...
    (collectively, "Host Materials") shall remain the property of Tadeo"), however long the list."""
    predications = sentence.analysis.predications
    if not predications or predications[0].start > anchor:
        return 0
    # not a condition before the verb: "if this Agreement is terminated by Client for any reason ..., then Client
    # shall pay a termination fee" says what happens on termination, not what the fee is about
    before = sentence.tokens[:predications[0].start]
    if any(token in _OPENING_CONDITIONS or (token == "provided" and before[at + 1: at + 2] in (("that",), (",",)))
           for at, token in enumerate(before)):
        return 0
    return predications[0].start


# words that open a condition or time phrase ("developed or provided by Tadeo" is no proviso)
_OPENING_CONDITIONS = frozenset({"if", "unless", "where", "when", "whenever", "upon", "until", "event", "should",
                                 "once"})


def _leading_condition(sentence: Sentence) -> int:
    """End (token index) of an opening condition phrase ending at the first comma, or 0."""
    # only the first word is wanted: a long sentence (a whole schedule read as one) is not walked to its end
    first = next((i for i, t in enumerate(sentence.tokens) if t.strip() and not any(ch.isdigit() for ch in t)), None)
    if first is None or sentence.tokens[first] not in _CONDITION_OPENERS:
        return 0
    for index in range(first, min(len(sentence.tokens), first + 30)):
        if sentence.tokens[index] == ",":
            return index
    return 0


def table_binding(ctx: Context, sentence: Sentence) -> tuple[Predication, Sentence] | None:
    """A table row has no verb: it binds when a binding sentence in its clause (or one
    referring to its clause or schedule) does, e.g. "Supplier shall meet the Service Levels in Schedule 2"."""
    ann = ctx.ann
    # a duty binds the table before a party's permission does: in "The Service Levels are measured monthly by the
    # Contractor. The Carrier may verify any measurement." above the table, with "The Contractor shall meet the
    # Service Levels set out in Schedule 2" in the body, the rows are the Contractor's duties, not the Carrier's
    # right to verify them (a permission still binds a table nothing else does: "The Customer may audit: ...")
    permission: tuple[Predication, Sentence] | None = None
    for clause in ann.ancestors(sentence.clause):
        pools = [ann.by_clause[clause], ann.referenced_by.get(clause, [])]
        for pool in pools:
            for sid in pool:
                other = ann.sentences[sid]
                if other.table_row or not other.analysis.binding or other.analysis.negation:
                    continue
                if other.is_definition or DEFINITIONAL.search(other.text):
                    continue  # "words shall have the meanings in the table below" binds nothing
                live = [p for p in other.analysis.predications if not p.negated]
                if live and live[0].kind == OBLIGATION:
                    return live[0], other
                if live and permission is None:
                    permission = (live[0], other)
    if permission is not None:
        return permission
    named = _header_acronym_binding(ann, sentence)
    if named is not None:
        return named
    lead = _declaring_lead_in(ann, sentence)
    if lead is not None:
        return Predication(0, len(lead.tokens), "apply", OBLIGATION, "both"), lead
    return None


# An acronym a table's header defines: "Acceptable Quality Level (AQL)", "Key Performance Indicator (KPI)"
_HEADER_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


def _header_acronym_binding(ann: Annotated, row: Sentence) -> tuple[Predication, Sentence] | None:
    """A row bound by a duty elsewhere in its section that names the table by the acronym its header defines: the
    Performance Requirements Summary's "Acceptable Quality Level (AQL)" column and "The Contractor shall meet each AQL
    in every month" in the next paragraph (not a sentence that only names the acronym without binding anyone)."""
    acronyms = set(_HEADER_ACRONYM.findall(row.header or ""))
    if not acronyms:
        return None
    names = {a.lower() for a in acronyms} | {f"{a.lower()}s" for a in acronyms}
    top = ann.top(row.clause)
    for sid in (s for c in ann.descendants(top) for s in ann.by_clause[c]):
        other = ann.sentences[sid]
        if other.table_row or not other.analysis.binding or other.analysis.negation or other.is_definition:
            continue
        if names.isdisjoint(other.tokens) or not any(a in other.text for a in acronyms):
            continue
        live = [p for p in other.analysis.predications if not p.negated]
        if live and live[0].kind == OBLIGATION:
            return live[0], other
    return None


# A lead-in that declares its table in force without a modal verb: "The following Service Levels apply:",
# "The following event triggers a price review:", "The Commercial Calendar below is binding on both Parties."
_DECLARES = re.compile(r"\b(?:apply|applies|govern|governs|triggers?|(?:is|are) binding)\b", re.I)


def _declaring_lead_in(ann: Annotated, row: Sentence) -> Sentence | None:
    """The sentence right before the row's table, in its clause, when it declares the table in force; the
    table's terms then bind both parties as the lead-in says (not a lead-in that advises, recites,
    defines or denies: "The following fees do not apply:")."""
    at = row.id - 1
    while at >= 0 and ann.sentences[at].clause == row.clause and ann.sentences[at].table_row:
        at -= 1
    if at < 0 or ann.sentences[at].clause != row.clause:
        return None
    lead = ann.sentences[at]
    analysis = lead.analysis
    if analysis.advice or analysis.recital or analysis.negation or analysis.deferral or lead.is_definition \
            or lead.void or {"not", "no", "never"} & set(lead.tokens) or not _DECLARES.search(lead.text):
        return None
    return lead


# A table that is itself a part of the contract's operative documents: a schedule, annex, appendix or exhibit
# ("Schedule 3 - Service Levels"), or a term sheet, key terms, order form, commercial terms or SOW table, or a
# table whose column says its rows are what was agreed ("| Item | Agreed position |"). A lawyer reads its rows as
# agreed terms though no sentence binds them.
_INSTRUMENT = re.compile(
    r"\b(?:schedule|annex|annexure|appendix|exhibit|attachment|bilag)\s+(?:\d+[a-z]?|[a-z]|[ivx]+)\b"
    r"|\bterm[- ]?sheet\b|\bkey\s+(?:commercial\s+)?(?:terms|details)\b|\border\s+form\b"
    r"|\bcommercial\s+terms\b|\bstatement\s+of\s+work\b|\bSOW\b|\bservice\s+level\s+agreement\b"
    r"|\bagreed\s+(?:position|terms?)\b"
    # heads of terms, and a term sheet's paragraph marked binding: "14. Governance (Binding)"
    r"|\bheads\s+of\s+(?:terms|agreement)\b|\((?:legally\s+)?binding\)", re.I)
# ... but not one that says it is no term: an indicative or illustrative table, an example, a proposal, a
# checklist or guidance, a table of contents, definitions, a history or a pilot's results, options to choose from
# (a sample table, not the quality sample a KPI is measured on: "Measured: monthly sample of 400 citations")
_NOT_AGREED = re.compile(
    r"\b(?:indicative|illustrat\w*|examples?|samples?(?!\s+(?:of|size)\b)|for\s+(?:information|reference)|information\s+only"
    r"|propos\w*|draft\w*|guidance|guide|checklist|contents|definitions?|interpretation|glossary|histor\w*"
    r"|pilot|options?|not\s+used|reserved|recommend\w*|best\s+practice|negotiat\w*|template|tbc|tba"
    r"|to\s+be\s+(?:agreed|confirmed|determined)|non[- ]binding|not\s+binding|subject\s+to\s+contract)\b", re.I)

# A row has no verb whose negation the grammar would see: "| Gainshare | Customer receives no share |", "| Service
# Credits | None |", "| Audit | Not applicable |" withhold the term; "not less than 75%" and "no later than" only
# limit it.
_ROW_DENIES = re.compile(r"\b(?:no|not|none|nil|never|n/a|excluded|without)\b", re.I)
_ROW_LIMITS = re.compile(r"\b(?:no|not)\s+(?:later|earlier|less|more|fewer|greater|lower|higher)\s+than\b"
                         r"|\bnot\s+(?:to\s+)?exceed(?:ing)?\b"
                         # a remedy's condition: "abatement 3% of the monthly Fee if not met"
                         r"|\b(?:if|where|when)\s+(?:(?:it|this|they|the\s+(?:target|standard|service\s+level|kpi))\s+"
                         r"(?:is|are)\s+)?not\s+(?:met|achieved|attained|reached)\b"
                         # a ground for termination: "on material breach not cured within 30 days"
                         r"|\bnot\s+(?:cured|remedied|rectified|corrected|fixed|made\s+good)\b"
                         # a quality measure: "98% of Completed Claim Files accepted without rework"
                         r"|\bwithout\s+(?:\w+\s+){0,2}?(?:errors?|defects?|rework|corrections?|amendments?)\b", re.I)


# A column headed with a party's duties ("Obligation of the SUPPLIER", "Supplier Responsibilities", "Service
# Provider's obligations") states that party's undertakings in its cells: the table is a term table whatever its
# clause, and the header, not the row, says whose term each cell is ("deliver a full export of CLIENT DATA" is the
# supplier's, though it names the client).
_DUTY_WORDS = r"(?:obligations?|responsibilit(?:y|ies)|dut(?:y|ies)|undertakings?|commitments?|deliverables?)"
_NAME_WORDS = r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?"
_HEADER_DUTY = re.compile(rf"^\s*(?:{_DUTY_WORDS}\s+of\s+(?:the\s+)?(?P<after>{_NAME_WORDS})"
                          rf"|(?:the\s+)?(?P<before>{_NAME_WORDS}?)(?:['’]s?)?\s+{_DUTY_WORDS})\s*$", re.I)


def header_duty_role(ctx: Context, header: str) -> str | None:
    """The one party whose duties a table's header row gives a column to, or None (none, or both parties'
    columns: "Supplier obligations | Customer obligations" says nothing of a row as a whole)."""
    roles = set()
    for cell in header.split(" | "):
        match = _HEADER_DUTY.match(cell)
        if match is None:
            continue
        name = (match.group("after") or match.group("before") or "").strip()
        role = ctx.ann.parties.role_of(name) if name else None
        if role in ("customer", "supplier"):
            roles.add(role)
    return roles.pop() if len(roles) == 1 else None


# a cell that names what it holds before a colon: "Target: at least 98.5%", "Service Credit: 2% of Monthly Charges"
_LABELLED_CELL = re.compile(r"^\s*[A-Z][\w()/&' -]{0,30}:\s+\S")


def instrument_binding(ctx: Context, part: Part, row: Sentence) -> tuple[Predication | None, str]:
    """A verbless row of a table that is an operative contract document (see ``_INSTRUMENT``): the
    predication it is read with, or why it gives the part nothing. Whose term it is comes from the row
    itself, never from the table: a part for the customer needs the customer named in the row and the
    supplier not, a part for the supplier a row that names no customer alone; anything else is no one's."""
    ann = ctx.ann
    if not row.header and not row.is_definition and row.table_row and row.id + 1 < len(ann.sentences):
        # the header row names the columns; it is read with the table's first row ("KPI | Target | Deduction if
        # missed" over "Decision accuracy | 97% | 6% of monthly Charges"), whose binding is the table's
        first = ann.sentences[row.id + 1]
        if first.clause == row.clause and first.table_row and first.header == row.text:
            binding, why = instrument_binding(ctx, part, first)
            if binding is not None and _ROW_DENIES.search(_ROW_LIMITS.sub(" ", row.text)):
                # ... unless it is a row itself, of a table with no header, that withholds the term: "Termination for
                # convenience | not permitted during the Initial Term" over "Termination for cause | either party ..."
                return None, "a row of a term table that withholds it ('no', 'none', 'not applicable')"
            return binding, why
    header = row.header
    if not header and not row.is_definition and row.table_row \
            and sum(1 for cell in row.text.split(" | ") if _LABELLED_CELL.match(cell)) >= 2:
        # a row whose cells carry their own labels is its own header: a KPI table written as text lines, "KPI 1 |
        # Citation processing accuracy | Target: at least 98.5% ... | Service Credit: 2% of Monthly Charges ..."
        header = row.text
    if not header and row.headless and not row.is_definition:
        header = row.text  # ... as is each row of a key-terms table with no header ("Term | the term agreed")
    if not header or row.is_definition:
        return None, ""  # the header row names columns; a definitions row is handled as one
    # what names the document: the clause's place and headings, the header row, and a title line right over
    # the table - not a sentence there ("The parties discussed the targets in Schedule 4:" makes no schedule)
    names = [header, *_clause_names(ctx, row.clause)]
    at = row.id - 1
    while at >= 0 and ann.sentences[at].clause == row.clause and ann.sentences[at].table_row:
        at -= 1
    if at >= 0 and ann.sentences[at].clause == row.clause:
        title = ann.sentences[at]
        if not (title.analysis.predications or title.analysis.advice or title.analysis.recital) \
                and len(title.tokens) <= 12:
            names.append(title.text)
    named = "\n".join(names)
    duty_of = header_duty_role(ctx, header)
    if not (_INSTRUMENT.search(named) or duty_of) or _NOT_AGREED.search(f"{named}\n{row.table_lead_in}\n{row.text}"):
        return None, ""
    if _ROW_DENIES.search(_ROW_LIMITS.sub(" ", row.text)):
        return None, "a row of a term table that withholds it ('no', 'none', 'not applicable')"
    if duty_of is not None:
        # the party checks that follow decide whether that party's duty is the part's term
        return Predication(0, len(row.tokens), "agreed term", OBLIGATION, duty_of), ""
    responsible = responsible_party(ctx, header, row.text)
    if responsible is not None:
        # a responsibility matrix: the party whose column marks the activity "R" (or ticks it) performs it
        return Predication(0, len(row.tokens), "responsible", OBLIGATION, responsible), ""
    return _agreed_term_of(part, row, "a row of a term table")


# a responsibility matrix's cell: "R" (responsible, RACI), "X", a tick, "Yes"
_RESPONSIBLE_CELL = re.compile(r"^\s*(?:r|r/a|a/r|x|✓|✔|☑|yes|y|responsible|lead)\s*$", re.I)


def responsible_party(ctx: Context, header: str, row: str) -> str | None:
    """The one party a responsibility matrix marks as doing a row's activity ("Activity | Supplier | Customer" over
    "Provide exit assistance ... | - | R" is the customer's), or None (no party columns, or none or both marked)."""
    marked = set()
    party_columns = 0
    for head, cell in under_headers(row, header):
        role = ctx.ann.parties.role_of(head) if head else None
        if role not in ("customer", "supplier"):
            continue
        party_columns += 1
        if _RESPONSIBLE_CELL.match(cell):
            marked.add(role)
    return marked.pop() if party_columns >= 2 and len(marked) == 1 else None


def _clause_names(ctx: Context, clause_index: int) -> list[str]:
    """The paths and headings of a clause and of those it sits in: what names the document ("Schedule 3")."""
    names = []
    for index in ctx.ann.ancestors(clause_index):
        clause = ctx.ann.clause(index)
        names += [clause.path, clause.heading or ""]
    return names


def _operative(ctx: Context, sentence: Sentence, title: str = "") -> bool:
    """Is the sentence in an operative document (a numbered schedule, annex, order form ...: ``_INSTRUMENT``) that
    does not say it is no term (illustrative, proposed, to be agreed ...: ``_NOT_AGREED``)? ``title`` is a name the
    sentence gives itself before its list."""
    named = "\n".join([title, *_clause_names(ctx, sentence.clause), _title_line(ctx, sentence)])
    return bool(_INSTRUMENT.search(named)) and not _NOT_AGREED.search(f"{named}\n{sentence.text}")


_TITLE_TOKENS = 20  # a title line is short: "KEY COMMERCIAL TERMS (binding cover sheet to the Services Agreement)."


def _title_line(ctx: Context, sentence: Sentence) -> str:
    """The verbless first sentence of the sentence's clause, when it is short and not the sentence itself: the title
    a cover sheet or schedule gives itself on its first line though the extractor found no heading ("KEY COMMERCIAL
    TERMS (binding cover sheet to the Services Agreement). Customer: ... Audit: ..."), or ""."""
    at = sentence.id
    while at > 0 and ctx.ann.sentences[at - 1].clause == sentence.clause:
        at -= 1
    if at == sentence.id:
        return ""
    first = ctx.ann.sentences[at]
    analysis = first.analysis
    if analysis.predications or analysis.advice or analysis.recital or len(first.tokens) > _TITLE_TOKENS:
        return ""
    # (a title names no operative document where a line under it says the paper binds nobody: "Heads of Terms ...
    # Status: Subject to contract. Nothing in these Heads of Terms is legally binding.")
    end = at
    while end < len(ctx.ann.sentences) and ctx.ann.sentences[end].clause == sentence.clause:
        if _NOT_BINDING_PAPER.search(ctx.ann.sentences[end].text):
            return ""
        end += 1
    return first.text


_NOT_BINDING_PAPER = re.compile(r"\b(?:subject\s+to\s+contract|non[- ]binding|not\s+(?:legally\s+)?binding|indicative"
                                r"|for\s+information|information\s+only|not\s+(?:part\s+of\s+)?(?:a|any|the)\s+contract)\b",
                                re.I)


def _agreed_term_of(part: Part, row: Sentence, what: str) -> tuple[Predication | None, str]:
    """Whose agreed term a verbless row or entry of an operative document is, from the parties it names."""
    roles = {role for _, _, role in row.parties}
    if part.party in ("customer", "customer_acts", "customer_right"):
        if "supplier" in roles and not _customer_share(row):
            return None, f"{what} naming the supplier: not shown to be the customer's right"
        if not roles & {"customer", "both"}:
            return None, f"{what} that names no party: not shown to be the customer's right"
        return Predication(0, len(row.tokens), "agreed term", RIGHT, "customer"), ""
    if part.party == "supplier":
        # the customer named only as an owner or after a preposition ("measured by the Buyer's monthly survey",
        # "reported to the Buyer") does not act in the row: the row is still the supplier's term
        acting = [start for start, end, role in row.parties
                  if role == "customer" and not _owner_or_object(row.tokens, start, end)]
        if roles == {"customer"} and acting:
            return None, f"{what} naming the customer: not shown to bind the supplier"
        return Predication(0, len(row.tokens), "agreed term", OBLIGATION, "supplier"), ""
    return Predication(0, len(row.tokens), "agreed term", OBLIGATION, "both"), ""


def _customer_share(row: Sentence) -> bool:
    """A split row gives each party its share: "Gainshare | ... | 60% Client / 40% Contractor", "50% to the Customer,
    50% to the Supplier". The customer named right after or before a percentage has its share, whoever else has one."""
    tokens = row.tokens
    for begin, end, role in row.parties:
        if role != "customer":
            continue
        before = [t for t in tokens[max(0, begin - 3):begin] if t not in ("the", "to", "for", "(", ")")]
        after = [t for t in tokens[end:end + 3] if t not in (":", "(", ")", "-")]
        if before[-1:] == ["%"] or after[1:2] == ["%"]:
            return True
    return False


# A table flattened into one sentence: labelled items, each a title, a colon and its value, run on with semicolons
# ("(a) Operational meetings: weekly, ...; (b) Management reviews: quarterly, ...; (c) Executive reviews: annually").
_RUN_IN_ITEM = re.compile(r"(?:^|[\s;.])\(\s*(?:[a-z]|[ivx]+|\d+)\s*\)\s*[A-Z][^:;()]{1,60}:\s")


def list_binding(ctx: Context, part: Part, sentence: Sentence) -> tuple[Predication | None, str]:
    """A verbless run-in list of titled items (a flattened table) in an operative document - a numbered Schedule,
    Annex or Exhibit, by its clause or by the title opening the sentence ("Annex A, section 7 - Governance. (a)
    ...") - is read as that document's table rows are (see :func:`instrument_binding`)."""
    items = _RUN_IN_ITEM.findall(sentence.text)
    if len(items) < 2 or sentence.analysis.predications or sentence.analysis.advice or sentence.analysis.recital \
            or sentence.analysis.negation:
        return None, ""
    first_item = _RUN_IN_ITEM.search(sentence.text)
    if not _operative(ctx, sentence, sentence.text[:first_item.start() if first_item else 0]):
        return None, ""
    return _agreed_term_of(part, sentence, "a run-in list of a schedule")


# A verbless entry of a schedule's list reads as a row of its table: "Item 1: Claims processed within 10 Business
# Days - target 95% - abatement 2% of the monthly Fee", "Target: 98%.", "1. Timeliness: 95% of claims processed
# within 10 Business Days": a short label, then a colon or a spaced dash
_ENTRY = re.compile(r"^\s*(?:(?:item|kpi|sla?|service\s+level|metric|measure|indicator)\s*\d+[a-z]?\s*[:.\-–—]?\s*)?"
                    r"[A-Z][\w'’()/&,. -]{0,60}?(?::|\s[-–—]\s)")


def entry_binding(ctx: Context, part: Part, line: Sentence) -> tuple[Predication | None, str]:
    """A verbless entry of a list in an operative schedule or annex (see ``_INSTRUMENT``), read as a row of a
    term table is: the predication it is read with, or why it gives the part nothing."""
    analysis = line.analysis
    if line.table_row or line.bound_by is not None or analysis.predications or analysis.advice or analysis.recital:
        return None, ""
    if any(start <= 2 for start, _, _ in line.parties):
        return None, ""  # a party as its subject: a sentence in the present tense ("The Contractor processes ...")
    # the label may be the clause's run-in heading: "1. Timeliness: 95% of claims processed ..." is read as the
    # heading "Timeliness" over its first sentence
    first = line.id == 0 or ctx.ann.sentences[line.id - 1].clause != line.clause
    labelled = bool(ctx.ann.clause(line.clause).heading) and first
    if not (_ENTRY.match(line.text) or labelled):
        return None, ""
    if not (_operative(ctx, line) or _titled_list_of_the_safeguard(ctx, part, line)):
        return None, ""
    if _ROW_DENIES.search(_ROW_LIMITS.sub(" ", line.text)):
        return None, "an entry of a schedule that withholds it ('no', 'none', 'not applicable')"
    return _agreed_term_of(part, line, "an entry of a schedule")


def _titled_list_of_the_safeguard(ctx: Context, part: Part, line: Sentence) -> bool:
    """Is ``line`` a numbered clause of the contract's body that sets the safeguard out as a list under its own title -
    "19.1 Governance: (a) monthly operational meetings ...; (b) quarterly Steering Committee meetings ...; and (c) an
    annual executive review" - the title one of the part's headings and two items or more? Such a clause is the
    agreed arrangement, as a schedule's entry is, though no verb states it."""
    clause = ctx.ann.clause(line.clause)
    if not clause.number or not part.headings or line.text.count(";") < 1:
        return False
    entry = _ENTRY.match(line.text)
    title = line.text[:entry.end()].rstrip(":-–— ") if entry is not None else clause.heading or ""
    # (not one that says it is no term: "Governance (proposed): ...", "Governance: to be agreed; ...")
    return bool(title) and heading_alias(title, part.headings) is not None \
        and not _NOT_AGREED.search(f"{clause.heading or ''}\n{line.text}")


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# a party word as the modifier of what is measured: "Customer satisfaction", "Customer Data"
_MEASURED_NOUNS = frozenset({"satisfaction", "experience", "effort", "feedback", "survey", "surveys", "data",
                             "complaint", "complaints", "contact", "contacts", "journey", "sentiment"})


def _owner_or_object(tokens: tuple[str, ...], start: int, end: int) -> bool:
    """Is the party at ``start:end`` named as an owner ("the Buyer's survey"), a modifier ("Customer
    satisfaction") or a preposition's object ("reported to the Buyer"), not as the one who acts?"""
    following = tokens[end] if end < len(tokens) else ""
    return following in _POSSESSIVE_MARKS or following in _MEASURED_NOUNS or _after_preposition(tokens, start)


_BENEFICIARY = frozenset({"to", "in", "for", "by", "with", "of", "upon", "on", "between", "among", "amongst"})


def _after_preposition(tokens: tuple[str, ...], start: int) -> bool:
    """Is the party at ``start`` the object of a preposition ("vest in the Customer")?"""
    at = start - 1
    while at >= 0 and tokens[at] in ("the", "its", "a", "each", "any", "either"):
        at -= 1
    return at >= 0 and tokens[at] in _BENEFICIARY


_PERMITTED = frozenset({"permitted", "allowed", "facilitated", "accommodated"})
# the bare verbs of a party obliged to let another act ("shall allow", "agrees to permit"); the passive
# "shall be permitted to audit" is the subject's own permission and has no bare verb
_LETS = frozenset({"allow", "permit", "let", "authorize", "authorise"})


def _permitted_by(sentence: Sentence | None, predication: Predication) -> str | None:
    """ "shall be permitted by the Customer", "will be allowed by Co-Host": the role of the passive's agent,
    the one who permits (someone else acts), or None when the predication is no such passive."""
    if sentence is None:
        return None
    tokens = sentence.tokens
    words = predication.modal.lower().split()
    at = predication.start + len(words)
    if not (words and words[-1] in _PERMITTED):  # "shall" + "be permitted by", not the cue "shall be permitted"
        if at >= len(tokens) or tokens[at] != "be":
            return None
        at += 1
        if at < len(tokens) and tokens[at].endswith("ly"):
            at += 1
        if at >= len(tokens) or tokens[at] not in _PERMITTED:
            return None
        at += 1
    if at >= len(tokens) or tokens[at] != "by":
        return None
    at += 1
    while at < len(tokens) and tokens[at] in ("the", "a", "an"):
        at += 1
    return next((role for start, _, role in sentence.parties if start == at), None)


def _mention_roles(sentence: Sentence, subject: str | None) -> list[tuple[int, str]]:
    """(start, role) of each party mention, where an auditor or regulator owned by a party is that
    party's: "the Provider's auditors" are the supplier's, "its auditors" the subject's."""
    out = []
    for start, end, role in sentence.parties:
        if role == "customer" and " ".join(sentence.tokens[start:end]) in CUSTOMER_AGENTS:
            before = start - 1
            if before >= 0 and sentence.tokens[before] in ("'s", "’s", "'") and before > 0:
                owner = next((r for a, b, r in sentence.parties if b == before), None)
                role = owner or role
            elif before >= 0 and sentence.tokens[before] in ("its", "their") and subject is not None:
                role = subject
        out.append((start, role))
    return out


def _agent_after(sentence: Sentence, anchor: int) -> bool:
    """ "make such records available for examination *by the Funds*": the customer (or its
    auditors) named as the agent of the anchor noun, right after it, is the one who acts."""
    for start, _, role in sentence.parties:
        if role not in ("customer", "both") or not anchor < start <= anchor + 5:
            continue
        at = start - 1
        while at > anchor and sentence.tokens[at] in ("the", "its", "a", "any", "each", "either"):
            at -= 1
        between = sentence.tokens[anchor + 1:at]
        # "inspection by", "inspection and copying by" - not "inspect data supplied by the Customer"
        if sentence.tokens[at] == "by" and (not between or (len(between) == 2 and between[0] in ("and", "or"))):
            return True
    return False


_ACTING = frozenset({"giving", "gives", "give", "serving", "serves", "elects", "electing", "exercises",
                     "exercising", "notifies", "notifying"})


def _acts_by_notice(sentence: Sentence) -> bool:
    """ "Upon Diplomat giving Tadeo sixty days' notice", "the date the Company gives written notice
    of termination": the customer (or either party) is the one who acts, though no modal names it."""
    for _start, end, role in sentence.parties:
        if role in ("customer", "both") and end < len(sentence.tokens) and sentence.tokens[end] in _ACTING:
            return True
    return False


_REQUIRE = frozenset({"require", "direct", "instruct", "oblige", "compel"})
_REQUIRE_SKIP = frozenset({"at", "in", "its", "sole", "absolute", "reasonable", "discretion", ",", "also", "then", "by",
                           "written", "notice", "from", "time", "to", "(", ")", "the", "a"})


def _required_party(sentence: Sentence, predication: Predication) -> str | None:
    """The party a right to require names as the one to act: "The Customer may require the Supplier to provide
    exit assistance", "the Company may at its discretion require you ... to co-operate in the handover" bind the
    supplier to act when called on; "the Provider may require the Client to assist" binds the client. The party
    must be the object of the verb of requiring, right after it."""
    tokens = sentence.tokens
    at = predication.start + len(predication.modal.split())
    limit = min(predication.end, at + 8)
    while at < limit and tokens[at] in _REQUIRE_SKIP:
        at += 1
    if at >= limit or tokens[at] not in _REQUIRE:
        return None
    at += 1
    if at < len(tokens) and tokens[at] == "that":
        at += 1
    while at < len(tokens) and tokens[at] in ("the", "any", "each"):
        at += 1
    return next((role for start, _, role in sentence.parties
                 if start == at and role in ("customer", "supplier")), None)


def _requires_holder(sentence: Sentence, held: Predication, holder: str) -> bool:
    """ "... the Executive's duties, and may require the Executive to effect a proper handover": the party
    the "may" seems to belong to is the one required to act, so it is no option of its own."""
    modal = held.modal.split()[0]
    if held.start >= len(sentence.tokens) or sentence.tokens[held.start] != modal:
        return False
    return _required_party(sentence, held) == holder


_ITEM_LEAD = frozenset({"(", ")", "[", "]", "the", "a", "an", "or", "and", ";", ",", "-", "•"})
# a party name opening an item as a noun's modifier ("Customer Data is returned"), not as the one who acts
_NOT_ACTS = frozenset({"'s", "’s", "'", "data", "records", "materials", "systems", "documents", "assets", "files",
                       "accounts", "premises", "personnel", "property", "information", "requirements", "instructions",
                       "content", "policies", "equipment", "software", "confidential", "personal"})


def _item_actor(item: Sentence) -> str | None:
    """The customer or supplier opening a list item as its subject, followed by a verb in the third person
    ("Service Provider exercises ...", "the Customer gives notice ..."), or None."""
    if not item.parties:
        return None
    begin, end, role = item.parties[0]
    if role not in ("customer", "supplier") or end >= len(item.tokens):
        return None
    if not all(t in _ITEM_LEAD or not t.strip() or t.isdigit() or len(t) == 1 for t in item.tokens[:begin]):
        return None
    verb = item.tokens[end]
    return role if verb not in _NOT_ACTS and (verb.endswith("s") or verb in _ACTING) else None


def _party_problem(part: Part, predication: Predication, sentence: Sentence | None = None,
                   anchor: int | None = None, item: Sentence | None = None, ann: Annotated | None = None) -> str:
    """Why the predication is not the kind of party-right the part asks for ("" when it is).

    ``sentence`` is the sentence whose verb binds (a list item's lead-in, a table row's
    binder); ``item`` the list item or row itself; ``anchor`` the token of the ``find`` phrase; ``ann`` the
    document's annotations, for the table a sentence leads.
    """
    subject, kind = predication.subject, predication.kind
    if subject is None and item is not None:
        opener = _item_actor(item)
        if opener is not None:
            # "... terminated upon any of the following: (3) Service Provider exercises the right to terminate
            # upon a default by Service Recipient": the party opening the item is the one who acts, not the
            # party after "by"
            if part.party in ("customer", "customer_acts", "customer_right") and opener == "supplier":
                return "the supplier acts in this list item, not the customer"
            if part.party == "supplier" and opener == "customer":
                return "binds the customer, not the supplier"
            subject = opener
        for begin, _, role in item.parties if opener is None else ():
            # "(b) by the Company electing to give ... notice"
            if begin > 0 and item.tokens[begin - 1] == "by" or (begin > 1 and item.tokens[begin - 2] == "by"):
                subject = role
                break
        if subject is None and _acts_by_notice(item):
            return ""
    if part.party in ("customer", "customer_acts", "customer_right"):
        permitter = _permitted_by(sentence, predication)
        if permitter == "customer":
            # "Any such audit shall be permitted by Co-Host within fifteen days": the customer lets it happen;
            # whoever acts, it is not the customer's right
            return "the customer's duty to permit it, not the customer's right"
        if permitter == "supplier" and sentence is not None and any(
                role == "customer" and start < predication.start for start, _, role in sentence.parties):
            # "An audit by the Customer of the records shall be permitted by the Supplier": the supplier's duty
            # to let the customer act
            return ""
        if subject == "supplier" and kind != OBLIGATION:
            return f"the supplier's right ('{predication.modal}'), not the customer's"
        if part.party == "customer_right" and subject == "customer" and kind == OBLIGATION:
            return f"a duty of the customer ('{predication.modal}'), not a right or a duty owed to it"
        if part.party == "customer_acts" and subject == "supplier" and kind == OBLIGATION and sentence is not None:
            # "The Supplier shall permit the Customer to audit" - but not "the Supplier shall inspect
            # the equipment": the customer (or its auditors) must be the one who acts.
            limit = anchor if anchor is not None and item is None else predication.end
            acts = any(predication.start <= start <= limit and role in ("customer", "both")
                       for start, role in _mention_roles(sentence, subject))
            acts = acts or (item is not None and any(role in ("customer", "both") for _, _, role in item.parties))
            acts = acts or (anchor is not None and item is None and _agent_after(sentence, anchor))
            if not acts:
                return "the supplier's own task, not something the customer (or its auditors) may do"
        if part.party == "customer_acts" and subject == "customer" and kind == OBLIGATION and sentence is not None:
            # "The Customer shall allow the Supplier to audit ...": the supplier is the one who acts
            limit = anchor if anchor is not None and item is None else predication.end
            pool = [(start, role) for start, role in _mention_roles(sentence, subject)
                    if predication.start < start <= limit]
            if item is not None:
                pool += [(start, role) for start, _, role in item.parties]
            if pool and all(role == "supplier" for _, role in pool):
                return "the customer's duty to let the supplier act, not the customer's right"
            # "Licensee agrees to allow an independent Certified Public Accountant ... to audit": a party is never
            # bound to let itself act, so whoever the customer must allow (an auditor of no named party
            # included) acts for the other side, unless the customer itself is named as the one let in
            lets = any(token.lower() in _LETS for token in sentence.tokens[predication.start:limit])
            own = any(role == "customer" and predication.start < start <= limit
                      and " ".join(sentence.tokens[start:end]).lower() not in CUSTOMER_AGENTS
                      for start, end, role in sentence.parties)
            if lets and not own:
                return "the customer's duty to let someone audit it, not the customer's right"
        if subject is None and sentence is not None and _acts_by_notice(sentence):
            return ""
        if subject is None and sentence is not None:
            # With no party as subject ("records shall be made available to the Customer",
            # "all bots shall vest in the Customer") the customer must be named after the
            # verb; "the licence will terminate" gives the customer nothing.
            named = any(role in ("customer", "both") and predication.start <= start < predication.end
                        and _after_preposition(sentence.tokens, start) for start, _, role in sentence.parties)
            if not named and _returned_to_owner(sentence, predication):
                # "All Customer Data shall be returned in CSV format": a thing returned goes back to its owner,
                # the customer named in the subject
                named = True
            if not named:
                # "The Efficiency Dividend shall be calculated ... as 40% of ..., and shall be credited to the
                # Customer": a verb coordinated with no new subject says to whom the same thing goes
                named = any(role in ("customer", "both") and later.start <= start < later.end
                            and _after_preposition(sentence.tokens, start)
                            for later in _coordinated_after(sentence, predication)
                            for start, _, role in sentence.parties)
            if not named and ann is not None:
                # "Automation savings shall be shared in accordance with the table below" over "| Savings | Customer
                # share | Supplier share |": the table the sentence leads names the customer's column
                named = _led_table_names_customer(ann, sentence)
            if not named and _colon_spells_out_supplier_duty(sentence, predication):
                # "Productivity gains shall be shared equally: at each quarterly review the monthly Fee shall be
                # reduced by 50% of the savings": the colon opens the supplier's duty that says how it is done
                named = True
            if not named:
                return "names no party: not shown to be the customer's right"
        return ""
    if part.party == "supplier":
        required = _required_party(sentence, predication) if sentence is not None else None
        if required == "supplier":
            # "the Customer may require the Supplier to provide exit assistance": the supplier must, on request
            return ""
        if required == "customer":
            return "binds the customer, not the supplier"  # "the Provider may require the Client to assist"
        if subject == "customer":
            return "binds the customer, not the supplier"
        if kind != OBLIGATION and predication.negated and part.negation == "allow":
            # "Customer Data may not be used by the Supplier except to provide the Services": a permission
            # withheld is a prohibition, binding as "shall not" does where the safeguard is itself one
            kind = OBLIGATION
        if kind != OBLIGATION and not (subject == "supplier" and any(q.holder == "supplier" for q in part.weak_if)):
            # (a part with a `holder: supplier` qualifier reads the supplier's own option as weak instead)
            return f"permissive ('{predication.modal}'): the supplier is not obliged"
        if subject is None and sentence is not None:
            # "Breaches shall be notified within 24 hours" binds whoever performs (a passive);
            # "Recipient will notify Discloser" binds someone who is not the supplier.
            after = sentence.tokens[predication.start: predication.start + 4]
            if "be" not in after and "been" not in after:
                return "binds someone other than the supplier"
    return ""


_RETURNED = frozenset({"returned", "redelivered", "repatriated"})


def _colon_spells_out_supplier_duty(sentence: Sentence, predication: Predication) -> bool:
    """Is the passive with no party followed, after a colon, by the supplier's own duty (not negated) that spells out
    how it is done ("... shall be shared equally: the monthly Fee shall be reduced by 50% of the savings")? The
    colon makes the second the first's mechanism, so the first is owed by whoever owes the second."""
    later = [p for p in sentence.analysis.predications if p.start > predication.start]
    if not later:
        return False
    spelled = later[0]
    return (":" in sentence.tokens[predication.start:spelled.start] and spelled.subject == "supplier"
            and spelled.kind == OBLIGATION and not spelled.negated)


def _led_table_names_customer(ann: Annotated, sentence: Sentence) -> bool:
    """Does the header row of the table ``sentence`` leads (the rows whose lead-in it is) name the customer?"""
    return any(other.table_row and not other.header and other.table_lead_in.endswith(sentence.text)
               and any(role in ("customer", "both") for _, _, role in other.parties)
               for other in ann.sentences_in([sentence.clause]) if other.id > sentence.id)


def _coordinated_after(sentence: Sentence, predication: Predication) -> list[Predication]:
    """The predications after ``predication`` that share its subject: each joined to the one before by a bare "and" or
    "or" ("shall be calculated ..., and shall be credited to the Customer"), not by a new subject ("shall be shared,
    and reports shall be sent to the Customer"); none negated."""
    out: list[Predication] = []
    previous = predication
    for later in sentence.analysis.predications:
        if later.start < previous.end:
            continue
        if later.start != previous.end or later.negated or later.subject is not None \
                or sentence.tokens[previous.end - 1] not in ("and", "or"):
            break
        out.append(later)
        previous = later
    return out


def _returned_to_owner(sentence: Sentence, predication: Predication) -> bool:
    """Is the passive's subject a thing of the customer's ("Customer Data", "the Bank's records") that is to be
    returned ("shall be returned", "to be handed back")?"""
    tokens = sentence.tokens
    passive = tokens[predication.start:predication.start + 5]
    if "be" not in passive:
        return False
    verb = passive.index("be") + predication.start + 1
    returned = verb < len(tokens) and (tokens[verb] in _RETURNED or (
        verb + 1 < len(tokens) and tokens[verb + 1] == "back" and tokens[verb] in ("handed", "given", "sent")))
    return returned and any(role == "customer" and end <= predication.start for _, end, role in sentence.parties)


_ADVERBIAL = frozenset({"upon", "on", "after", "following", "before", "prior", "until", "since", "during", "of",
                        "for", "in", "if", "with", "at", "to", "from", "without", "under", "notwithstanding",
                        "pending", "despite", "whether", "any", "unless", "when", "where", "once", "because",
                        "save", "than", "as"})
_SKIP = frozenset({"the", "a", "an", "its", "such", "this", "their", "his", "her", "early", "any", "earlier"})


_SUBORDINATE = frozenset({"unless", "if", "upon", "after", "following", "until", "when", "once", "before", "prior",
                          "whether", "save", "pending", "since"})


def _adverbial(tokens: tuple[str, ...], start: int, words: frozenset[str] = _ADVERBIAL) -> bool:
    """Is the word at ``start`` inside a condition or time phrase ("upon the termination of")?"""
    at = start - 1
    while at >= 0 and tokens[at] in _SKIP:
        at -= 1
    if at > 0 and tokens[at] == "following" and tokens[at - 1] in ("the", "these", "those"):
        return False  # "shall constitute the following governance forums": an adjective, not "following termination"
    if at >= 1 and tokens[at] == "to" and tokens[at - 1] in ("prior", "subsequent"):
        return True  # "prior to the termination of this Agreement"
    return at >= 0 and tokens[at] in words and tokens[at] != "any"


_CONDITIONS = frozenset({"if", "unless", "where", "when", "whenever", "event", "should", "provided"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "then"})


def _in_condition(tokens: tuple[str, ...], start: int, reach: int = 15) -> bool:
    """Is the word at ``start`` inside an opening condition ("if this Agreement is terminated by Client
    for any reason ..., then Client shall pay")? Looks back to the last comma or semicolon."""
    for at in range(start - 1, max(-1, start - 1 - reach), -1):
        if tokens[at] in _CLAUSE_BREAKS:
            return False
        if tokens[at] in _CONDITIONS:
            return True
    return False


def _qualifier_holding(ctx: Context, part: Part, sentence: Sentence, start: int, end: int) -> str:
    """The part's own qualifier phrase in which tokens ``[start, end)`` modify a later word, or "": the
    find word inside "termination fee" or "termination assistance" names a price or a service, not the
    right."""
    for kind, qualifiers in (("weak", part.weak_if), ("block", part.blocked_by)):
        for qualifier in qualifiers:
            for a, b in sentence.labels.get(qualifier_label(ctx.code, part, kind, qualifier.id), ()):
                # the find word modifies the qualifier's noun ("termination fee"); "return or destroy"
                # still returns
                if a <= start and end < b and sentence.tokens[end] not in ("or", "and", ",", "/"):
                    return sentence.span_text(a, b)
    return ""


_OTHER_PARTY = {"customer": "supplier", "customer_right": "supplier", "customer_acts": "supplier"}


def _demand_follows(part: Part, analysis: SentenceAnalysis, predication: Predication, start: int,
                    spans: Sequence[tuple[int, int]]) -> bool:
    """For a supplier's duty, does an anchor under the customer's own right yield to a later one under what the
    customer may require of the supplier? In "The Authority may, by serving a Termination Assistance Notice ...,
    require the Supplier to provide the Termination Assistance", the notice is the customer's act and the assistance
    the supplier's duty."""
    if part.party != "supplier" or predication.subject != "customer" or predication.kind == OBLIGATION:
        return False
    demand = next((p for p in analysis.predications if p.modal == "required to" and p.subject == "supplier"
                   and p.start > start), None)
    return demand is not None and any(demand.start <= a < demand.end for a, _ in spans)


def _anchor_token(ctx: Context, part: Part, sentence: Sentence) -> tuple[int, str, bool]:
    """(token, defined term, governed): the anchor the part's predication governs.

    A phrase before the modal verb counts only as the subject ("Any audit by the
    Customer shall ..."), not inside a condition ("Upon termination, X shall ...").
    """
    spans = ctx.spans(sentence, element_label(ctx.code, part, part.find))
    analysis = sentence.analysis
    denied: int | None = None
    # one sentence may give the same thing to each party in turn: "(i) Operator shall have the right to
    # terminate ... if it provides a substitute, and (ii) Owner shall have the right to terminate ... on 120
    # days' notice" - for a customer's safeguard, the anchor is not one under the supplier's own right when
    # another governed one follows ("Inktomi will permit Microsoft to ... audit" is the supplier's duty: kept)
    others_right = _OTHER_PARTY.get(part.party, "")
    first: int | None = None
    # "Vendor shall not deploy any automation tool without first notifying Client, and shall report to Client
    # monthly ...": an anchor under a negated verb yields to a later one under a verb that binds
    negated_first: int | None = None
    for start, end in spans:
        if _qualifier_holding(ctx, part, sentence, start, end):
            continue  # "Client shall pay a termination fee": what a qualifier names is not the term
        if analysis.denies(start, end):
            # "No refund, credit or other adjustment shall be made": ruled out; a later mention may still grant it
            denied = start if denied is None else denied
            continue
        predication = analysis.predication_at(start)
        if predication is None or (sentence.bound_by is not None and predication.start > start):
            return start, "", True  # a list item's opening verb: its lead-in governs it
        if start >= predication.start and not _adverbial(sentence.tokens, start, _SUBORDINATE) \
                or start < predication.start < end \
                or start < predication.start and not _adverbial(sentence.tokens, start) \
                and not _in_condition(sentence.tokens, start):
            # (a match that runs on from its condition into the verb is governed by it: "Where the Supplier's
            # deployment of automation reduces the FTE required, the Charges shall be reduced by 50% of ...")
            # "may terminate", not "shall continue unless terminated"; or the subject: "Any audit by the
            # Customer shall ..."
            if predication.negated and part.negation == "block" and any(
                    not p.negated and p.start > start for p in analysis.predications):
                negated_first = start if negated_first is None else negated_first
                continue
            if predication.negated and part.negation == "block" and 0 < analysis.split < start \
                    and any(a < analysis.split for a, _ in spans):
                # "All rights in the Tools belong to the Provider, and the Agency has no right to use them": the
                # negated second half is no anchor while the first half states the term (as its qualifier)
                continue
            if not (predication.subject == others_right and predication.kind != OBLIGATION) \
                    and not _demand_follows(part, analysis, predication, start, spans):
                return start, "", True
            first = start if first is None else first
    if first is not None:
        return first, "", True
    if negated_first is not None:
        return negated_first, "", True
    if denied is not None:
        return denied, "", True
    if spans:
        return spans[0][0], "", False
    term = ctx.via_term(sentence, element_label(ctx.code, part, part.find)) if part.find.via_terms else ""
    return 0, term, True


# "where" / "whereby" opening a definition that follows the sentence's own term: 'The Contractor shall credit to the
# Company 40% of the Productivity Gain in each Contract Year, where "Productivity Gain" means ...'
_TRAILING_DEFINITION_LEADS = frozenset({"where", "whereby"})
_QUOTE_TOKENS = frozenset({'"', "“", "”", "``", "'", "‘"})


def _defines_after_its_term(sentence: Sentence, token: int) -> bool:
    """Does the sentence state a term first and define a word of it only after, in a trailing "where "X" means ..."
    (the candidate's token in that first, operative part, under a binding predication that opens before it)? Such a
    sentence is an obligation with a gloss, not only a definition; a definition that opens the sentence ("X" means
    ..., and the Supplier shall ...) still is one."""
    tokens = sentence.tokens
    lead = next((i for i in range(1, len(tokens) - 1)
                 if tokens[i] in _TRAILING_DEFINITION_LEADS and tokens[i + 1] in _QUOTE_TOKENS
                 and tokens[i - 1] in (",", ";")), None)
    if lead is None or token >= lead:
        return False
    return any(p.start < token and p.start < lead and not p.negated for p in sentence.analysis.predications)


def assess(ctx: Context, part: Part, sentence: Sentence, *, topic: bool = False) -> Candidate:
    """Everything that qualifies or disqualifies one candidate sentence for a grant/statement part.

    ``topic`` (used for ``applies_if``) asks only whether the subject is there:
    advice, negation, deferral, party and binding force are not checked, but the
    part's own ``blocked_by`` is ("No charge shall be payable per resolved issue"
    names a per-unit price only to rule it out).
    """
    candidate = Candidate(sentence)
    if topic:
        if sentence.analysis.recital or sentence.analysis.advice:
            # "(C) The parties considered pricing per resolved issue ...": background, not this deal's price
            candidate.blocked.append("a recital or advice, not this contract's terms")
        for element in part.with_:
            if not element_found(ctx, part, element, sentence, candidate) and element.if_absent == "missing":
                candidate.blocked.append(element.reason or f"{element.label} not found")
        for numeric in part.numeric:
            in_scope = ctx.scope(sentence, numeric.scope, part.follow_references)
            _, blocked, _ = check_numeric(ctx, numeric, in_scope, part)
            candidate.blocked.extend(blocked)
            amounts = [q for s in in_scope if not s.withdrawn for q in s.quantities_of(numeric.measure)]
            # the candidate's own amounts when it has any: a table row read with the next one ("... | $0.45 per
            # transaction imported" beside "... | $99 per state per filing period") prices what it names
            own = list(sentence.quantities_of(numeric.measure)) if not sentence.withdrawn else []
            amounts = own or amounts
            if not blocked and numeric.measure == "money" and amounts and \
                    all(_counted_whatever_result(ctx, q.per) for q in amounts):
                # every amount is per a unit counted whatever its result ("Ujrah per Lodged Transaction" over a
                # fee table, the term defined "whether or not the processing is completed"): an input volume
                candidate.blocked.append(f"priced per \"{amounts[0].per}\", a unit counted whatever its result "
                                         f"(an input volume), not per outcome")
        if not part.numeric and _priced_only_per_input(ctx, sentence):
            # the same with no numeric condition on the part: "per Processed Coupon" names a per-unit price by its
            # words, but the unit is counted whatever its result (an input volume), so no outcome is priced
            candidate.blocked.append("priced per a unit counted whatever its result (an input volume), not per outcome")
        if part.blocked_by:
            _qualify(ctx, replace(part, weak_if=(), numeric=()), sentence, candidate)
        return candidate
    analysis = sentence.analysis
    token, term, governed = _anchor_token(ctx, part, sentence)
    candidate.anchor = token
    candidate.anchor_term = term
    if term:
        candidate.notes.append(f"through the defined term \"{term}\"")
    blocked, weak = candidate.blocked, candidate.weak
    if not governed and part.kind == "grant":
        within = next((_qualifier_holding(ctx, part, sentence, a, b) for a, b in
                       ctx.spans(sentence, element_label(ctx.code, part, part.find)) if a == token), "")
        blocked.append(f"named only as part of '{within}', not as the term itself" if within else
                       "named only in a condition or time phrase (e.g. 'upon termination'), not as the term itself")
    if sentence.void:
        blocked.append("marked 'not used' / reserved")
    if sentence.unticked:
        blocked.append("an option of the form left unticked, not agreed")
    if sentence.unagreed:
        blocked.append(sentence.unagreed)
    if sentence.superseded:
        blocked.append(f"deleted or replaced by clause {sentence.superseded} of an amending instrument")
    if sentence.is_definition and not _defines_after_its_term(sentence, token):
        blocked.append("only a definition, not an obligation or right")
    if analysis.recital:
        blocked.append("a recital, not an operative term")
    if analysis.advice:
        blocked.append(f"advice ('{analysis.advice}'), not a contract term")
    predication = analysis.predication_at(token)
    if predication is not None and sentence.bound_by is not None and predication.start > token:
        predication = None  # "(a) give Client notice ... the tool it will handle": the lead-in governs (a)
    own_statement = predication is not None and predication.start > token and part.kind == "statement" \
        and stated_before(sentence.tokens, sentence.parties, token, predication.start)
    if own_statement:
        predication = None  # "Vendor retains ... the bots ..., and Company shall have no licence": its own statement
    governing = sentence  # the sentence whose verb binds: the row's binder for a table row
    if predication is None and sentence.table_row:
        bound = table_binding(ctx, sentence)
        if bound is not None:
            predication, governing = bound
            clause = ctx.ann.clause(bound[1].clause)
            candidate.notes.append(f"table row bound by clause {clause.path or 'preamble'}")
            candidate.support.append(bound[1].id)
    if predication is None and sentence.table_row and sentence.bound_by is None:
        predication, why = instrument_binding(ctx, part, sentence)
        if predication is not None:
            candidate.notes.append("a row of a term table in the contract's operative documents")
        elif why and part.kind == "grant":
            blocked.append(why)
    elif predication is None and sentence.bound_by is None:
        predication, why = entry_binding(ctx, part, sentence)
        if predication is not None:
            candidate.notes.append("an entry of a list in the contract's operative documents")
        elif why and part.kind == "grant":
            blocked.append(why)
    if predication is None and not sentence.table_row and sentence.bound_by is None and " (" in sentence.text:
        predication, why = list_binding(ctx, part, sentence)
        if predication is not None:
            candidate.notes.append("a run-in list of titled items in the contract's operative documents")
    if predication is None and sentence.bound_by is not None:
        lead = ctx.ann.sentences[sentence.bound_by]
        # a negated lead-in binds nothing, except for a safeguard that is itself a prohibition: "The
        # Supplier must not Process the Data, except: ... (b) where following the Buyer's written
        # instructions" states the limit item by item
        live = [p for p in lead.analysis.predications if not p.negated or part.negation == "allow"]
        if not live and _opens_hindering(sentence):
            # "The Supplier shall not: (a) refuse, restrict or delay access by the Customer ... to the records": not
            # to hinder is to allow, as in one sentence (obligation.analyse)
            live = [replace(p, negated="") for p in lead.analysis.predications if p.negated]
        if live:
            predication, governing = live[-1], lead
            clause = ctx.ann.clause(lead.clause)
            candidate.notes.append(f"list item bound by the lead-in of clause {clause.path or 'preamble'}")
            candidate.support.append(lead.id)
    if predication is None and part.kind == "grant":
        blocked.append("no binding verb (shall / must / may / is entitled to): a mention, not a term")
    negation = (predication.negated if predication else "") or (
        "" if own_statement or token < analysis.negation_from or 0 <= analysis.negation_to <= token
        else analysis.negation)
    if negation and part.negation == "block":
        blocked.append(f"negated ('{negation}')")
    elif part.negation == "block" and any(a == token and analysis.denies(a, b)
                                          for a, b in ctx.spans(sentence, element_label(ctx.code, part, part.find))):
        denial = analysis.denied
        blocked.append(f"ruled out ('{sentence.span_text(denial[0], min(denial[1], denial[0] + 6))} ...')")
    if analysis.deferral and analysis.defers(token):
        if part.deferral == "missing" and not _deferral_qualified(ctx, part, sentence, analysis.deferral):
            blocked.append(f"deferred ('{analysis.deferral}'): nothing is agreed yet")
        elif part.deferral != "missing":
            weak.append(f"left to future agreement ('{analysis.deferral}')")
    if not analysis.deferral and predication is not None:
        item = _open_item_after(ctx, sentence)
        if item:
            # a term sheet's open point on the line after the term: "Savings from automation will be shared ...
            # Sharing percentage: [TBC]", "The Servicer will return all Society data ... Format: [TBC]" - the term
            # is agreed, a detail of it is not
            weak.append(f"a detail of it is left open ('{item}')")
    candidate.predication = predication
    if predication is not None and part.kind == "grant":
        problem = _party_problem(part, predication, governing, token if governing is sentence else None,
                                 sentence if governing is not sentence else None, ctx.ann)
        if problem:
            blocked.append(problem)
    candidate.score = 1 + (predication is not None) - len(blocked)
    for element in part.with_:
        if element_found(ctx, part, element, sentence, candidate, token):
            candidate.score += 1
            continue
        reason = element.reason or f"{element.label} not found in the same {element.scope}"
        if element.if_absent == "missing":
            blocked.append(reason)
        elif element.if_absent == "weak":
            weak.append(reason)
    _qualify(ctx, part, sentence, candidate)
    if part.kind == "grant":
        taken_back = _taken_back(ctx, part, sentence, candidate)
        if taken_back:
            blocked.append(f"taken back by a later clause ('{taken_back}')")
    return candidate


# "15.2 Notwithstanding clause 15.1, the Customer shall not carry out any audit during the Term": a clause that
# overrides the candidate's by its number and denies the same thing to the same party. A limit said that way ("shall
# not audit more than once a year", "not ... without notice") narrows the term instead, and is left to the qualifiers.
_LIMIT_WORDS = frozenset({"more", "than", "except", "unless", "without", "other", "save", "until", "before", "after",
                          "beyond", "only"})


def _taken_back(ctx: Context, part: Part, sentence: Sentence, candidate: Candidate) -> str:
    """The opening words of a later "Notwithstanding clause N, ..." sentence that denies the candidate's term, if
    any."""
    label = element_label(ctx.code, part, part.find)
    held = candidate.predication
    for sid in ctx.ann.referenced_by.get(sentence.clause, ()):
        other = ctx.ann.sentences[sid]
        if other.id <= sentence.id or not other.labels.get(label):
            continue
        words = [t for t in other.tokens if t.isalpha()]
        if not words or words[0] != "notwithstanding" or _LIMIT_WORDS.intersection(other.tokens):
            continue
        if any(p.negated and (held is None or p.subject in (held.subject, "both"))
               for p in other.analysis.predications):
            opening = other.text.split()
            return " ".join(opening[:12]) + (" ..." if len(opening) > 12 else "")
    return ""


# A term sheet lists what is not yet agreed as a label with an open value, on a line (or sentence) of its own:
# "Sharing percentage: [TBC]", "Format: to be agreed", "Steps and dates: TBD." (nothing else in it)
_OPEN_ITEM = re.compile(r"^[A-Z][\w ,'’&/()\-]{0,50}:\s*\[?\s*(?:TBC|TBD|TBA|to\s+be\s+(?:agreed|confirmed|"
                        r"determined|decided))\s*\]?\s*\.?$", re.I)


def _open_item_after(ctx: Context, sentence: Sentence) -> str:
    """The open item ("Sharing percentage: [TBC]") that follows ``sentence`` in its clause, before any other
    sentence; "" when there is none."""
    following = sentence.id + 1
    sentences = ctx.ann.sentences
    while following < len(sentences) and sentences[following].clause == sentence.clause:
        text = sentences[following].text.strip()
        if not text:
            following += 1
            continue
        return text if len(text) <= 70 and _OPEN_ITEM.match(text) else ""
    return ""


def _deferral_qualified(ctx: Context, part: Part, sentence: Sentence, deferral: str) -> bool:
    """Is the deferral one of the part's own weak qualifiers ("in a format to be agreed")? Then only that
    detail is left open, and the qualifier says so: the term itself is agreed."""
    for qualifier in part.weak_if:
        label = qualifier_label(ctx.code, part, "weak", qualifier.id)
        if any(deferral in sentence.span_text(a, b).lower() for a, b in sentence.labels.get(label, ())):
            return True
    return False


# a sentence that opens on the result of the one before: "Any change will be an increase ...", "Such adjustment ..."
_POINTS_BACK = re.compile(r"^(?:any|each|every|such|this|that|the|no)\s+(?:such\s+)?(?:resulting\s+)?"
                          r"(?:change|changes|adjustment|adjustments|revision|revisions|increase|increases|variation|"
                          r"variations|review|reviews)\b", re.I)


def _qualify(ctx: Context, part: Part, sentence: Sentence, candidate: Candidate,
             pool: list[Sentence] | None = None) -> None:
    find_label = element_label(ctx.code, part, part.find)
    checks = (("weak", part.weak_if, candidate.weak), ("block", part.blocked_by, candidate.blocked))
    # the definitions of the terms the candidate uses are read with it: their figures and qualifiers count
    # ('"Resolved Ticket" means ... not reopened within 24 hours' makes the window 24 hours; '"Work Product"
    # means ..., other than any bots' carves the bots out of "All Work Product vests in the Client")
    meant = [s for term in dict.fromkeys([*candidate.terms, *sentence.terms]) for s in ctx.meaning_body(term)]
    # so are the sentences that supplied its elements: "We count Resolutions in our platform. On request we will
    # export the raw data" gives access to the data only on request
    own = {sentence.id, sentence.bound_by, *(s.id for s in meant), *candidate.support}
    # and the next sentence of its clause when it opens by pointing back at what the candidate does: "we'll review your
    # plan price once a year on your renewal date. Any change will be an increase of no more than 7%"
    following = sentence.id + 1
    if following < len(ctx.ann.sentences) and ctx.ann.sentences[following].clause == sentence.clause \
            and _POINTS_BACK.match(ctx.ann.sentences[following].text):
        own.add(following)
    # and the clauses it is made "subject to" ("Subject to clause 11.3, the Customer may audit ...") set its limits
    subject_to = [s for c in sentence.subject_to for s in ctx.ann.sentences_in(ctx.ann.descendants(c))]
    own.update(s.id for s in subject_to)
    for kind, qualifiers, sink in checks:
        for qualifier in qualifiers:
            if qualifier.holder:
                # "TrueLink may review the Fees": the supplier's own option, whatever its name
                held = candidate.predication
                if held is not None and held.subject == qualifier.holder and held.kind != OBLIGATION \
                        and not held.negated and not _requires_holder(sentence, held, qualifier.holder):
                    sink.append(f"{qualifier.reason} ('{held.modal}')")
                if not qualifier.phrases:
                    continue
            said = f"{qualifier.reason} ('"
            if sink and any(reason.startswith(said) for reason in sink):
                continue  # two qualifiers with one reason (an index, a bare increase) say it once
            label = qualifier_label(ctx.code, part, kind, qualifier.id)
            unless = label + ":unless" if qualifier.unless else ""
            sentences = pool if pool is not None else ctx.scope(sentence, qualifier.scope, qualifier.follow_references)
            if sentences is ctx.ann.sentences:
                # the whole document, for every candidate: only the sentences with the qualifier can hold it
                # (the same ones, in the same order, as the loop below would keep)
                sentences = [ctx.ann.sentences[sid] for sid in ctx.index.with_label(label)]
            if qualifier.anchor_term_only:
                # only the definition the find itself came from: it may take back what it lent
                # (a weak qualifier found in the sentence's own words: the definitions of its terms that are about the
                # same thing - "A Repeat Contact is not a Resolved Contact" lends the Repeat Contact's say, not the
                # Resolved Contact's; a blocking one takes back only what the find's own definition lent)
                anchors = [candidate.anchor_term] if candidate.anchor_term else [
                    term for term in sentence.terms if find_label in ctx.meaning(term)] if kind == "weak" else []
                lent = [s for term in anchors for s in ctx.meaning_body(term)]
                sentences = sentences + lent if pool is None and lent else sentences
                lent_ids = {s.id for s in lent}
            else:
                sentences = sentences + meant if pool is None and meant and qualifier.via_terms else sentences
                lent_ids = set()
            if pool is None and qualifier.scope == "clause":
                sentences = sentences + _referring_back(ctx, sentence, sentences)
            if pool is None and subject_to:
                sentences = _with_others(sentences, subject_to)
            for other in sentences:
                if label not in other.labels:
                    continue  # (most sentences in scope: nothing below can find the qualifier there)
                if (not qualifier.via_terms or qualifier.anchor_term_only) and other.id in own and other in meant \
                        and other.id != sentence.id and other.id not in lent_ids:
                    continue  # the sentence's own words only, not a definition of a term it uses
                referred = kind == "block" and qualifier.follow_references and _referred_to(ctx, sentence, other)
                if other.id not in own and pool is None and find_label not in other.labels and not referred:
                    # a qualifier elsewhere counts only where it speaks of the same thing; a list item's
                    # lead-in is part of its sentence ("the Executive shall: (a) deliver ..."), and a blocking
                    # qualifier that follows references reads the clauses the sentence points to as its own words
                    # ("Governance shall be conducted in accordance with Schedule 7" over "To be agreed during
                    # Transition"; a weak one still needs the thing named: "No Service Credit applies to the survey
                    # results" in an SLA schedule qualifies the survey, not the service levels)
                    continue
                if unless and (other.labels.get(unless) or other.bound_by is not None
                               and ctx.ann.sentences[other.bound_by].labels.get(unless)
                               or other.id < sentence.id and sentence.labels.get(unless)
                               and not _sets_apart(sentence.tokens)):
                    # "at the Customer's option": the exception cancels the qualifier here, in the item's lead-in as
                    # in its own text ("The Supplier shall not: ... (c) appoint any sub-processor without the
                    # Customer's prior written approval" prohibits, as "shall not appoint ... without" does); a
                    # qualifier said before the candidate is cancelled by the exception in the candidate's own
                    # sentence ("ORION owns the ORION Tools. ... ORION shall grant LAKESHORE a perpetual ... license to
                    # use the ORION Tools"), while one said after it qualifies it still ("12.2 ... without the
                    # Customer's prior written consent. 12.3 Notwithstanding clause 12.2, the Supplier may engage ...")
                    # - unless the candidate's sentence sets the earlier one apart as "any other": "10.3 The Vendor may
                    # engage its Affiliates as sub-processors without further consent. The Vendor shall not engage any
                    # other sub-processor without MoMo Co's prior written consent" keeps the Affiliates' carve-out
                    continue
                spans = [(a, b) for a, b in other.labels.get(label, ()) if not _denied(other.tokens, a, b)]
                if spans:
                    a, b = spans[0]
                    found = other.span_text(a, b)
                    sink.append(f"{qualifier.reason} ('{found}')")
                    break
    for numeric in part.numeric:
        sentences = pool if pool is not None else ctx.scope(sentence, numeric.scope, part.follow_references) + meant
        if pool is None and subject_to:
            sentences = _with_others(sentences, subject_to)
        weak, blocked, _ = check_numeric(ctx, numeric, sentences, part, candidate.notes,
                                         candidate if pool is None else None)
        candidate.weak.extend(weak)
        candidate.blocked.extend(blocked)
    # a draft's figure left blank to fill in ("where the overcharge exceeds [__]% of the Charges", "USD [●]"): the
    # term is not complete, whatever a rule without a figure of its own would make of it
    blank = next((match for sid in own if sid is not None and "[" in ctx.ann.sentences[sid].text
                  and (match := _BLANK_FIGURE.search(ctx.ann.sentences[sid].text))), None)
    if blank is not None:
        candidate.weak.append(f"a figure of it is left blank, to be filled in ('{blank.group(0)}')")


# an empty bracket where a figure goes: a percentage, a time or an amount still to be filled in
_BLANK = r"\[\s*(?:_+|●+|•+|…|\.{2,}|[xX]{1,3}|)\s*\]"
_BLANK_FIGURE = re.compile(
    rf"(?:\b[A-Z]{{3}}\s?|[$£€¥₹])\s?{_BLANK}|{_BLANK}\s?(?:%|per\s?cent\b|percent\b|(?:business\s+|working\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\b)")


def _referred_to(ctx: Context, sentence: Sentence, other: Sentence) -> bool:
    """Is ``other`` in a clause that ``sentence`` cross-refers to (or one under it)?"""
    return any(other.clause in ctx.ann.descendants(target) for target in sentence.refs)


def _with_others(sentences: list[Sentence], others: list[Sentence]) -> list[Sentence]:
    """``sentences`` and then those of ``others`` not among them (by id: comparing sentences field by field is slow)."""
    seen = {s.id for s in sentences}
    return sentences + [s for s in others if s.id not in seen]


def _referring_back(ctx: Context, sentence: Sentence, seen: list[Sentence]) -> list[Sentence]:
    """Sentences that refer back to the candidate's clause by its number: "20.3 On termination under clause 20.1 the
    Customer shall pay the Termination Fee" qualifies the right to terminate that 20.1 gives, as a sentence of 20.1
    itself would."""
    referring = ctx.ann.referenced_by.get(sentence.clause)
    if not referring:
        return []
    ids = {s.id for s in seen}
    return [ctx.ann.sentences[sid] for sid in referring if sid not in ids]


_DENIALS = frozenset({"without", "no", "not", "free", "waive", "waives", "waived", "nor"})

_SETTING_APART = frozenset({"any", "all", "every", "no"})


def _sets_apart(tokens: tuple[str, ...]) -> bool:
    """Does the sentence speak of "any other" / "all other" / "no other" things, leaving out those an earlier
    sentence dealt with ("The Vendor shall not engage any other sub-processor without consent")? ("each other" is
    reciprocal, not a setting apart.)"""
    return any(tokens[i] == "other" and tokens[i - 1] in _SETTING_APART for i in range(1, len(tokens)))


def _opens_hindering(sentence: Sentence) -> bool:
    """Does a list item open with a verb of hindering ("(a) refuse, restrict or delay access ...")?"""
    tokens = sentence.tokens
    labels = {i for i in range(len(tokens) - 1) if tokens[i + 1] == ")"}  # "(a" of "(a)": the item's label
    first = next((i for i, t in enumerate(tokens) if t.isalpha() and i not in labels), None)
    return first is not None and hindered(tokens, first)


_NOT_NEEDED = frozenset({"required", "needed", "necessary"})
_TIME_BOUNDS = frozenset({"before", "prior", "until", "till"})
_COORDINATORS = frozenset({"or", "nor", "and"})
# the words that open a condition: a qualifier beginning with one is a clause of its own
_CONDITION_OPENERS = frozenset({"unless", "except", "save", "provided", "if", "where", "when", "whenever"})


def _denied(tokens: tuple[str, ...], start: int, end: int) -> bool:
    """ "without payment of any termination fee", "no termination fee is payable", "the Supplier's
    consent is not required": the qualifier is named only to be ruled out."""
    after = [t.lower() for t in tokens[end: end + 5]]
    # "not required" only: "consent, not to be unreasonably withheld" still asks for the consent
    not_needed = any(word in _NOT_NEEDED and "not" in after[:index] for index, word in enumerate(after))
    if tokens[start] in _TIME_BOUNDS or (tokens[start] in ("during", "within", "in")
                                         and tuple(tokens[start + 1: start + 3]) == ("the", "first")):
        # a time a thing may not happen before is a lock-in, not a denial of the time: "but not before the third
        # anniversary", "may not deliver such notice before the third anniversary", "may not be exercised during the
        # first 24 months" allow it only after
        return not_needed
    if tokens[start] in _CONDITION_OPENERS:
        # a qualifier that opens a condition of its own ("unless the Supplier determines", "except where the Vendor
        # classifies") is not what a denial before it denies: in "is not chargeable unless the Supplier determines
        # ..." the "not" excludes the charge and the supplier's judgement still decides whether it applies
        return not_needed or _label_denied(after)
    lo = max(0, start - 4)
    # the coordinator may stand before the item's article: "compensation or a termination fee"
    head = start - 1 if start and tokens[start - 1] not in _ITEM_ARTICLES else start - 2
    if head >= 0 and tokens[head] in _COORDINATORS:
        # the qualifier is the last of coordinated items the denial opens: "without any payment of compensation or
        # termination fee", "with no compensation, penalty or break fee" (noun phrases within the sentence's part: no
        # colon, semicolon or stop between, nor a "to" that opens another verb's phrase - "shall not be entitled to
        # object to, or increase the Charges" denies the objection and the increase, not a price of it)
        for index in range(head - 1, max(-1, head - 9), -1):
            if tokens[index] in (".", ";", ":", "to"):
                break
            lo = min(lo, index)
    # ("not more than once during the Term" is a limit, not a denial)
    return any(t in _DENIALS and not _a_limit(tokens, i) and not _needed_by_double_negative(tokens, i)
               for i, t in enumerate(tokens[lo:start], start=lo)) or not_needed \
        or _need_denied(tokens, start) or _label_denied(after) or _payment_denied(tokens, lo, start)


_ITEM_ARTICLES = frozenset({"a", "an", "any"})
# the words between a denial and "to pay" that name a duty to pay: "without any obligation to pay", "with no liability
# to pay", "without having to pay", "shall not be required to pay", "without being obliged to pay"
_DUTY_TO_PAY = frozenset({"any", "a", "an", "obligation", "obligations", "liability", "requirement", "need", "duty",
                          "having", "being", "be", "obliged", "required", "liable", "bound", "further"})


def _payment_denied(tokens: Sequence[str], lo: int, start: int) -> bool:
    """ "without any obligation to pay compensation or a termination fee", "with no liability to pay an early
    termination fee": the duty to pay the qualifier is denied, so the qualifier is named only to be ruled out. The
    words between the denial and "to pay" must name the duty ("shall not fail to pay the termination fee" requires
    the payment)."""
    for index in range(max(1, lo), start):
        if tokens[index] not in ("pay", "paying") or tokens[index - 1] != "to":
            continue
        at = index - 2
        while at >= 0 and index - 2 - at < 4 and tokens[at] in _DUTY_TO_PAY:
            at -= 1
        if at >= 0 and at < index - 2 and tokens[at] in _DENIALS and not _a_limit(tokens, at) \
                and not _needed_by_double_negative(tokens, at):
            return True
    return False


# A term sheet's label with the value "None" names the thing to rule it out: "Indexation: None during the Interim
# Services", "Termination charge: Nil", "Set-up fee: not applicable"
_NONE_VALUES = frozenset({"none", "nil", "n/a", "na"})


def _label_denied(after: Sequence[str]) -> bool:
    """Do the tokens after a qualifier give it the value "None" as a label ("Indexation: None")?"""
    return len(after) >= 2 and after[0] == ":" and (
        after[1] in _NONE_VALUES or after[1] == "not" and len(after) >= 3 and after[2] == "applicable")


def _need_denied(tokens: Sequence[str], start: int) -> bool:
    """ "no audit shall require the Supplier's consent", "does not need the Supplier's approval": the verb of needing
    right before the qualifier is denied."""
    for index in range(start - 1, max(-1, start - 4), -1):
        if tokens[index] in NEED_VERBS:
            return not _CLAUSE_NEGATIONS.isdisjoint(tokens[max(0, index - 4): index])
    return False


_CLAUSE_NEGATIONS = frozenset({"no", "not", "never", "n't", "n’t", "cannot"})


def _needed_by_double_negative(tokens: Sequence[str], at: int) -> bool:
    """Is the "without" at ``at`` the second half of a double negative that requires what follows it ("No audit may
    take place without the Supplier's prior written consent", "The Customer shall not audit ... without the Supplier's
    consent")? A negation earlier in the same clause (after any ";") turns the exception into a condition."""
    if tokens[at] != "without":
        return False
    for index in range(at - 1, -1, -1):
        if tokens[index] in (";", ":") or (tokens[index] in ("and", "but") and index and tokens[index - 1] == ","):
            return False
        if tokens[index] in _CLAUSE_NEGATIONS and not _a_limit(tokens, index):
            return True
    return False


_COMPARATIVES = frozenset({"more", "less", "fewer", "later", "earlier", "greater"})


def _a_limit(tokens: Sequence[str], at: int) -> bool:
    """Does the "no" / "not" at ``at`` open a limit ("not more than", "no later than")?"""
    return at + 2 < len(tokens) and tokens[at + 1] in _COMPARATIVES and tokens[at + 2] == "than"


def _in_headed_clause(ctx: Context, part: Part, sentence: Sentence) -> bool:
    return any(heading_alias(ctx.ann.clause(c).heading, part.headings) for c in ctx.ann.ancestors(sentence.clause))


def _empty_headings(ctx: Context, part: Part) -> list[tuple[int, str]]:
    if not part.headings:
        return []
    return list(ctx.index.empty_headings(tuple(part.headings)))


def _headed_empty_clauses(ann: Annotated) -> list[tuple[int, str]]:
    """(clause index, heading) of the clauses with a heading and no text under them, in order."""
    return [(index, clause.heading) for index, clause in enumerate(ann.document.clauses)
            if clause.heading and not ann.sentences_in(ann.descendants(index))]


def _money(sentence: Sentence) -> list[Quantity]:
    """The sentence's amounts of money, without parsing its other figures: asked of every sentence
    of the document, where the other figures are wanted only in a few candidates' scopes. Kept on
    the sentence, whose figure checks ask for its money again."""
    return sentence.quantities_of("money")


def _definition_units(ctx: Context) -> set[str]:
    units = set()
    for sentence in ctx.ann.sentences:
        # an SOW row prices its unit in one cell and defines it in a later one ('3.1 | Coded Encounter | USD 2.10
        # per Coded Encounter | A "Coded Encounter" is ...'): the cells before the definition price it
        cut = _defining_cell(sentence) if sentence.is_definition else len(sentence.text)
        for quantity in _money(sentence):
            if quantity.per and quantity.end <= cut:
                units.add(quantity.per.lower())
    return units


_PRICE_COLUMN = re.compile(r"\b(?:price|fee|charge|rate|amount)s?\b", re.I)


def _prices_its_row(sentence: Sentence) -> bool:
    """Is the sentence a table row under a price column with an amount in it?"""
    return sentence.table_row and _PRICE_COLUMN.search(sentence.header) is not None and bool(_money(sentence))


def _defining_cell(sentence: Sentence) -> int:
    """Where the cell that defines the term starts in a table row that defines it in a later cell; 0 otherwise."""
    if not sentence.table_row or " | " not in sentence.text:
        return 0
    at = sentence.text.find(" | ")
    while at >= 0:
        cell = sentence.text[at + 3:].lstrip()
        if sentence.defines in cell[:len(sentence.defines) + 8] and cell.split(" | ")[0].find(" is ") > 0:
            return at
        at = sentence.text.find(" | ", at + 3)
    return 0


# "a Success Fee of 3.5% of Recovered Amounts", "Percentage of Recovered Amounts": the capitalised (defined) term a
# percentage is taken of
_SHARE_OF = re.compile(r"(?i:%|\bper\s?cent\b|\bpercentage\b)\s+(?i:of)\s+(?:(?i:the|all|any|such)\s+)?"
                       r"(?P<term>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)")


def _share_bases(ctx: Context, part: Part) -> set[str]:
    """Terms a percentage fee named by the part's ``priced_share`` phrases is taken of: a contingency fee's base is
    the outcome it is paid for, as a per-unit price's unit is."""
    if part.priced_share is None:
        return set()
    label = element_label(ctx.code, part, part.priced_share)
    bases = set()
    for sid in ctx.index.with_label(label):
        sentence = ctx.ann.sentences[sid]
        if sentence.is_definition:
            continue
        for match in _SHARE_OF.finditer(sentence.text):
            bases.add(match.group("term").lower())
    return bases


_PRICED_UNIT = "the unit the charges are priced per"


def assess_definition(ctx: Context, part: Part) -> list[Candidate]:
    """Candidates for a ``kind: definition`` part: defined terms naming the thing, with criteria."""
    ann = ctx.ann
    label = element_label(ctx.code, part, part.find)
    units = _definition_units(ctx) if part.priced_unit else set()
    bases = _share_bases(ctx, part)
    out = []
    defined = tuple(ann.definition_sentences)
    for term, ids in ann.definition_sentences.items():
        first = ann.sentences[ids[0]]
        end = len(first.defines) + first.text.find(first.defines)
        named = any(first.token_starts[a] - first.start < end + 1 for a, _ in first.labels.get(label, []))
        # a shorter defined term inside the priced one is not what is priced: with "Ticket" and "Resolved Ticket" both
        # defined, a price "per Resolved Ticket" prices the second
        priced = any((term in unit or unit.rstrip("s") == term)
                     and not any(term in other and other != term and other in unit for other in defined)
                     for unit in units)
        shared = any(term in base or base.rstrip("s") == term for base in bases)
        if not (named or priced or shared):
            continue
        if part.priced_unit and _counted_whatever_result(ctx, term):
            # '"Processed Coupon" means each coupon received ..., whether or not it has been matched, prorated, billed
            # or recognised': a unit counted whatever its result is an input volume, whatever its name - no outcome
            continue
        if priced and not named and not shared and not any(label in s.labels for s in _definition_body(ctx, ids)):
            continue  # "FTE", "hour", "seat": a unit of input priced per, not an outcome
        candidate = Candidate(first)
        if _counted_whatever_result(ctx, term):
            # '"Application Processed" means each application received ..., whether or not the review of it is
            # completed': a unit counted as it comes in is an input volume, not a billable outcome
            candidate.blocked.append(f"\"{first.defines}\" is counted whatever its result (an input volume), "
                                     f"not an outcome")
            out.append(candidate)
            continue
        if priced:
            candidate.notes.append(_PRICED_UNIT)
        elif shared and not named:
            candidate.notes.append("the amount a percentage fee is taken of")
        body = _definition_body(ctx, ids)
        # (an SOW row that prices the unit before the cell defining it is operative too)
        # (the analysis read last: made only for the sentences that use the term, not for every sentence)
        # (and so is a charges table's row that defines the unit in one column and prices it in another: "Unit |
        # Definition | Price" over "Resolved Dispute | a dispute closed ... | USD 7.50")
        operative = [s for s in ann.sentences if (
            term in s.terms and not s.is_definition
            or s.defines.casefold() == first.defines.casefold() and (_defining_cell(s) > 0 or _prices_its_row(s)))
            and not s.analysis.advice]
        used = [s for s in operative if s.analysis.binding or s.table_row or s.bound_by is not None]
        if part.used_with is not None:
            with_label = element_label(ctx.code, part, part.used_with)
            # a charge stated without a modal verb is still operative: "The Outcome Charge is payable for each
            # Resolved Contact", "The Charges are payable per Resolved Case" (not negated, not a recital)
            # (or a verbless line under a run-in heading that names the charge: "4. Fees. USD 5.75 per Closed Dispute.")
            stated = [s for s in operative if s not in used and _stated_plainly(s)
                      and (with_label in s.labels or _money(s) and with_label in ann.heading_labels[s.clause])]
            # a charging word the ``unless`` phrases put in another light is no charge for the term: "a credit of 10% of
            # the batch's Review Fees" for each Completed Batch measured against a service level (an amount of money
            # still prices the term)
            but = unless_label(ctx.code, part, part.used_with) if part.used_with.unless else ""
            used = [s for s in used + stated if _money(s) or (with_label in s.labels and not (but and but in s.labels))]
            # the term named only as what the charged unit may or may not become is not what is charged for: "an Event
            # Charge for each Policy Event received, irrespective of whether the Policy Event becomes a Completed Policy
            # Event or is rejected"
            used = [s for s in used if not _named_only_as_indifferent(s.text, first.defines)]
        elif not used:
            # a price stated without a modal verb uses the term: "The Charges are GBP 4.10 per Resolved Contact"
            used = [s for s in operative if _money(s) and _stated_plainly(s)]
        if part.used and not used:
            what = part.used_with.label if part.used_with is not None else "an operative clause"
            candidate.blocked.append(f"\"{first.defines}\" is defined but never used in {what}")
        elif used:
            candidate.support.append(used[0].id)
            candidate.score += 1
        term_end = first.start + end  # clause offset where the quoted term ends
        # what comes before the term is its name and lead words ('In this Agreement, "Resolved Contact" means'), except
        # when the term closes the sentence: 'A query which (i) has been closed ... (hereinafter referred to as a
        # "Resolved Query").' - then what comes before it is the definition, and only the term itself is not
        term_from = first.start if first.text[end:].strip(" \"”'’).;") else term_end - len(first.defines) - 1
        for element in part.with_:
            element_label_ = element_label(ctx.code, part, element)
            texts = {" ".join(s.tokens[a:b]) for s in _with_references(ctx, body, element)
                     for a, b in s.labels.get(element_label_, [])
                     if not (s.id == first.id and term_from <= s.token_starts[a] < term_end)}
            if _distinct(texts, element) >= element.min:
                candidate.score += 1
                continue
            reason = element.reason or f"{element.label} not found in the definition"
            (candidate.blocked if element.if_absent == "missing" else
             candidate.weak if element.if_absent == "weak" else []).append(reason)
        _qualify(ctx, part, first, candidate, pool=body)
        out.append(candidate)
    return out


def _with_references(ctx: Context, body: list[Sentence], element: Element) -> list[Sentence]:
    """A definition's sentences and, for an element that follows references, the clauses they point to: '"Qualified
    Lead" means a lead that meets all of the criteria in Annex 2' has its criteria in Annex 2."""
    if not element.follow_references:
        return body
    out = body + _referenced(ctx.ann, body, element.references_naming)
    # ... and the definition of a term that names them: '"Processed Claim" means a claim that meets all of the
    # Completion Criteria' has its criteria where "Completion Criteria" is defined
    naming = set(element.references_naming)
    seen = {s.id for s in out}
    for term in dict.fromkeys(term for sentence in body for term in sentence.terms):
        if naming.isdisjoint(term.lower().split()):
            continue
        for other in ctx.meaning_body(term):
            if other.id not in seen:
                seen.add(other.id)
                out.append(other)
    return out


def _referenced(ann: Annotated, sentences: list[Sentence], naming: tuple[str, ...]) -> list[Sentence]:
    """The sentences of the clauses that ``sentences`` refer to, not already among them; with ``naming``, only the
    references of a sentence that holds one of those words ("meets the criteria in Annex 2", not "closed in accordance
    with the procedures in Appendix 1")."""
    seen = {s.id for s in sentences}
    out: list[Sentence] = []
    for sentence in sentences:
        if not sentence.refs or naming and not any(word in sentence.tokens for word in naming):
            continue
        for target in sentence.refs:
            for other in ann.sentences_in(ann.descendants(target)):
                if other.id not in seen:
                    seen.add(other.id)
                    out.append(other)
    return out


# "irrespective of whether the Policy Event becomes a Completed Policy Event", "whether or not it is a Resolved
# Contact": what follows names a result the charge does not depend on
_INDIFFERENT = re.compile(r"\b(?:(?:irrespective|regardless) of whether|whether or not)\b[^;.|]*$", re.I)


def _named_only_as_indifferent(text: str, term: str) -> bool:
    """Does every mention of ``term`` in ``text`` come after "irrespective of whether" / "whether or not" (in the same
    part of the sentence), so that the charge is said not to depend on it?"""
    starts = [m.start() for m in re.finditer(re.escape(term), text, re.I)] if term else []
    return bool(starts) and all(_INDIFFERENT.search(text, 0, start) for start in starts)


# with no modal verb to carry it, a negation anywhere in a charging statement unsays it ("are not payable per")
_NEGATORS = frozenset({"not", "no", "never", "nor", "neither"})


def _stated_plainly(sentence: Sentence) -> bool:
    """Does a sentence with no modal verb state what it says as a term: not a recital, nothing negated?"""
    analysis = sentence.analysis
    return (not analysis.recital and not analysis.negation and not analysis.denied_outright
            and _NEGATORS.isdisjoint(sentence.tokens))


def _definition_body(ctx: Context, ids: list[int]) -> list[Sentence]:
    """The defining sentence(s) and what follows them up to the next definition (sub-paragraphs too)."""
    ann = ctx.ann
    body: list[Sentence] = []
    for sid in ids:
        sentence = ann.sentences[sid]
        clause_ids = ann.by_clause[sentence.clause]
        position = clause_ids.index(sid)
        body.append(sentence)
        last = True
        for later in clause_ids[position + 1:]:
            if ann.sentences[later].is_definition:
                last = False
                break
            body.append(ann.sentences[later])
        if last:
            for child in ann.descendants(sentence.clause)[1:]:
                body.extend(ann.sentences[s] for s in ann.by_clause[child] if not ann.sentences[s].is_definition)
    return body


def _under_own_heading(ctx: Context, label: str) -> list[int]:
    """The verbless first sentence of each clause whose own heading names the thing: a run-in label states it for
    its line ("8.1 Fees: GBP 4.60 per Completed Case." is the fee, as "Fee: ..." in a table row is; "Schedule 4 -
    Pricing Transition" heads the table of its steps). The heading only names the thing: the part's other elements
    (an amount per outcome, the steps) must still be in the clause."""
    ann = ctx.ann
    out = []
    for clause, labels in enumerate(ann.heading_labels):
        if label in labels and ann.by_clause[clause]:
            first = ann.sentences[ann.by_clause[clause][0]]
            if not first.analysis.predications:
                out.append(first.id)
    return out


def _mention_candidates(ctx: Context, part: Part) -> list[Candidate]:
    """For a definition part with nothing defined: where the thing is named, to explain the miss."""
    label = element_label(ctx.code, part, part.find)
    out = []
    for sentence in ctx.ann.sentences:
        if label in sentence.labels and not sentence.is_definition:
            out.append(Candidate(sentence, blocked=["named here but not a defined term with a definition"]))
    return out[:5]


# words by which a provision says it displaces another for its own case: "overrides clause 6.2", "in place of
# clause 7.2", "supersedes Section 4", "prevails over paragraph 3" (not "notwithstanding", which as often adds to the
# clause it names as it cuts it down)
_OVERRIDES = re.compile(r"\b(?:overrides?|overridden|overriding|in place of|instead of|supersedes?|superseding|"
                        r"prevails? over|takes? precedence over|disappl(?:y|ies|ied))\b", re.I)


def _pass_rank(candidate: Candidate) -> tuple[int, bool, bool]:
    # equal scores: a definition of the unit the charges are priced per beats another defined term that passes
    # ("Resolved Ticket" priced per, beside "Ticket"), and a sentence that states the thing beats one that only uses a
    # defined term for it
    return (candidate.score, _PRICED_UNIT in candidate.notes,
            not any("defined term" in n for n in candidate.notes))


def _overriding(ctx: Context, best: Candidate, weak: list[Candidate]) -> list[Candidate]:
    """The weak candidates in a provision that says it overrides the best passing candidate's clause (or a
    clause above it): a sentence of the weak candidate's clause names the override and refers to that clause."""
    ann = ctx.ann
    above = set(ann.ancestors(best.sentence.clause))
    out = []
    for candidate in weak:
        targets = {target for sentence in ann.sentences_in([candidate.sentence.clause]) if sentence.refs
                   and _OVERRIDES.search(sentence.text) for target in sentence.refs}
        if targets & above:
            out.append(candidate)
    return out


def evaluate_part(ctx: Context, part: Part, *, topic: bool = False) -> PartResult:
    """Decide one part: pass / weak / missing, with the best candidate and the near misses.

    With ``topic`` (preconditions) a part passes wherever its subject is present.
    A ``one_of`` part is decided by its best alternative.
    """
    if part.one_of:
        results = [evaluate_part(ctx, option, topic=topic) for option in part.one_of]
        order = {Status.PASS: 0, Status.WEAK: 1, Status.MISSING: 2}
        chosen = min(results, key=lambda r: order[r.status])
        merged = [c for r in results for c in r.candidates]
        seen: set[int] = set()
        unique = []
        for candidate in sorted(merged, key=lambda c: -c.score):
            if candidate.sentence.id not in seen:
                seen.add(candidate.sentence.id)
                unique.append(candidate)
        headings = list(dict.fromkeys(h for r in results for h in r.empty_headings))
        return PartResult(part, chosen.status, chosen.best, unique, headings)
    if part.kind == "definition":
        candidates = assess_definition(ctx, part)
        if not candidates:
            candidates = _mention_candidates(ctx, part)
    else:
        label = element_label(ctx.code, part, part.find)
        candidates = []
        # sentences where the thing is named, directly, through a defined term or in a list item's lead-in
        ids = ctx.index.candidates(label, part.find.via_terms)
        if part.kind == "statement":
            ids = sorted({*ids, *_under_own_heading(ctx, label)})
        for sid in ids:
            sentence = ctx.ann.sentences[sid]
            if part.where == "headings" and not _in_headed_clause(ctx, part, sentence):
                continue
            candidates.append(assess(ctx, part, sentence, topic=topic))
    passing = [c for c in candidates if c.status is Status.PASS]
    weak = sorted((c for c in candidates if c.status is Status.WEAK), key=lambda c: (len(c.weak), -c.score))
    if part.kind == "definition":
        # the definition of the unit the charges are priced per is the weak evidence before another defined term that
        # happens to sit near a charging word ("Assessed Claim" priced per, beside "Claim Triage Tool" in "shall not
        # ... entitle either party to any change to the Charges")
        weak.sort(key=lambda c: _PRICED_UNIT not in c.notes)
    if passing and part.kind == "definition" and part.every_term:
        # two billed outcomes, one with objective criteria, the other "as the Subservicer determines": the
        # customer pays for both, so the one the supplier decides undoes the safeguard
        reasons = tuple(q.reason for q in part.weak_if)
        decided = [c for c in weak if c.support and any(w.startswith(reasons) for w in c.weak)]
        if decided:
            passing = []
            weak = decided
    if passing and weak:
        # a provision that says it overrides the passing clause ("Audit (overrides clause 6.2 of the MSA). ... no
        # more than once in any period of twenty-four (24) months") is read in its place, as the order of
        # precedence of an MSA and its Statements of Work says: where it is weak, so is the safeguard
        overriding = _overriding(ctx, max(passing, key=_pass_rank), weak)
        if overriding:
            passing, weak = [], overriding
    if passing:
        best: Candidate | None = max(passing, key=_pass_rank)
        status = Status.PASS
    elif weak:
        best, status = weak[0], Status.WEAK
    else:
        best, status = None, Status.MISSING
    blocked = sorted((c for c in candidates if c.status is Status.MISSING), key=lambda c: -c.score)
    return PartResult(part, status, best, blocked, _empty_headings(ctx, part))
