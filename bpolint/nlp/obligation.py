"""Per-sentence obligation analysis: who is bound or entitled, how, and whether
the sentence is negated, advisory, a recital or a deferral.

A sentence can hold several predications ("The Supplier shall process ...
and shall not engage ..."): each modal verb opens one, running to the next
modal. Its subject is the nearest party named before the modal (or the
previous predication's subject for "and shall ..."). Works on lower-cased
tokens so it needs no statistical model.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

OBLIGATION, RIGHT = "obligation", "right"

# Multi-token cues, matched on lower-cased tokens starting at a position.
_RIGHT_CUES = (
    ("is", "entitled", "to"), ("are", "entitled", "to"), ("shall", "be", "entitled"), ("will", "be", "entitled"),
    ("has", "the", "right"), ("have", "the", "right"), ("shall", "have", "the", "right"), ("reserves", "the", "right"),
    ("is", "permitted", "to"), ("are", "permitted", "to"), ("may",), ("can",), ("shall", "be", "permitted"),
    # a thing done permitted, its doer named in it: "Termination for convenience by the Customer is permitted on 60
    # days' notice", "Inspection of the records by the Customer ... is permitted once a year"
    ("is", "permitted"), ("are", "permitted"),
    ("has", "a", "right"), ("shall", "have", "a", "right"), ("is", "authorised", "to"), ("is", "authorized", "to"),
    ("has", "right", "to"), ("have", "right", "to"), ("has", "the", "absolute", "right"),
    # "The Customer is at liberty to examine ...", "The Customer has the option to terminate ..."
    ("is", "at", "liberty", "to"), ("are", "at", "liberty", "to"), ("shall", "be", "at", "liberty", "to"),
    ("has", "the", "option", "to"), ("have", "the", "option", "to"), ("shall", "have", "the", "option", "to"),
    # the right received: "The Customer is granted the right to audit ..."
    ("is", "granted", "the", "right"), ("are", "granted", "the", "right"), ("is", "hereby", "granted", "the", "right"),
    ("is", "granted", "a", "right"), ("are", "granted", "a", "right"),
    # "This Agreement is terminable by the Fund on 60 days' notice": the capability word is the passive right
    ("is", "terminable"), ("are", "terminable"), ("shall", "be", "terminable"), ("will", "be", "terminable"),
)
# a grant made by the words themselves, as "shall give" makes one: "The Supplier hereby grants the Customer the right
# to audit ...", "The Contractor grants the Client ... audit rights" (translated civil-law drafting)
_GRANT_CUES = (("hereby", "grants"), ("hereby", "grant"), ("grants",))
_OBLIGATION_CUES = (
    ("shall",), ("must",), ("will",), ("agrees", "to"), ("agree", "to"), ("undertakes", "to"), ("undertake", "to"),
    ("is", "required", "to"), ("are", "required", "to"), ("is", "obliged", "to"), ("are", "obliged", "to"),
    ("is", "obligated", "to"), ("is", "responsible", "for"), ("are", "responsible", "for"), ("covenants", "to"),
    ("warrants", "that"), ("shall", "procure"), ("is", "to"), ("are", "to"),
    # a promise as translated drafting words it: "The Supplier commits to sharing ...", "Party B commits to an
    # accuracy rate of not less than 98%"
    ("commits", "to"), ("commit", "to"),
    # US performance-guarantee drafting: "Provider guarantees financial accuracy of at least 99.5%" (a verb only
    # straight after a party: see _guarantee_not_promised)
    ("guarantees",), ("guarantee",),
    # plain-English order forms contract "will": "we'll give you an export", "you’ll get a credit"
    ("'ll",), ("’ll",),
    *_GRANT_CUES,
)
_NEGATED_CUES = (
    ("shall", "not"), ("may", "not"), ("will", "not"), ("must", "not"), ("cannot",), ("can", "not"),
    ("shall", "have", "no"), ("will", "have", "no"), ("has", "no"), ("have", "no"), ("is", "not", "entitled"),
    ("are", "not", "entitled"), ("shall", "not", "be"), ("is", "not", "required"), ("is", "not", "obliged"),
    ("is", "under", "no"), ("shall", "be", "under", "no"), ("shall", "in", "no", "event"),
    ("will", "in", "no", "event"),
    ("may", "in", "no", "event"), ("is", "not", "permitted"), ("shall", "never"), ("will", "never"),
    ("is", "not", "to"), ("are", "not", "to"),
    # a negative covenant: "AIG agrees not to terminate this Agreement unless ..." is a promise of the one who
    # agrees, so it opens its own predication instead of running on in the one before it
    ("agrees", "not", "to"), ("agree", "not", "to"), ("undertakes", "not", "to"), ("undertake", "not", "to"),
    ("covenants", "not", "to"), ("covenant", "not", "to"), ("commits", "not", "to"), ("commit", "not", "to"),
    # contractions, as the tokenizer splits them: "won't" -> "wo" "n't", "can't" -> "ca" "n't"
    ("wo", "n't"), ("wo", "n’t"), ("ca", "n't"), ("ca", "n’t"), ("sha", "n't"), ("sha", "n’t"),
)
# Anywhere in the sentence these negate every predication in it.
_SENTENCE_NEGATION = (
    ("nothing", "in", "this"), ("nothing", "contained", "in"), ("nothing", "herein"), ("in", "no", "event"),
    ("under", "no", "circumstances"), ("no", "provision", "of"), ("not", "be", "entitled"), ("no", "right", "to"),
    ("no", "rights", "to"), ("no", "obligation", "to"), ("neither",), ("nothing", "in", "these"),
    ("waives", "any", "right"), ("waive", "any", "right"), ("waives", "its", "right"),
    ("waives", "all", "rights"), ("waives", "the", "right"), ("irrevocably", "waives"),
    # a question answered in the negative: "Is there a governance schedule? Not at this stage; governance
    # arrangements will be considered at renewal."
    ("not", "at", "this", "stage"), ("not", "at", "this", "time"), ("not", "at", "present"),
    # a reviewer's finding of absence (a due-diligence report, counsel's summary): "We did not find any provision
    # identifying the system of record", "the agreement contains no provision for ...", "is silent on the ownership"
    ("did", "not", "find"), ("have", "not", "found"), ("has", "not", "found"), ("we", "found", "no"),
    ("contains", "no", "provision"), ("contain", "no", "provision"), ("contains", "no", "provisions"),
    ("does", "not", "contain", "any"), ("is", "silent", "on"), ("is", "silent", "as", "to"),
)
_ADVICE_CUES = (
    ("should",), ("ought", "to"), ("it", "is", "recommended"), ("we", "recommend"), ("is", "recommended"),
    ("buyers", "need"), ("buyers", "should"), ("buyers", "must"), ("you", "should"), ("you", "must"), ("you", "need"),
    ("consider", "including"), ("consider", "negotiating"), ("best", "practice"), ("insist", "on"), ("make", "sure"),
    ("ensure", "your"), ("look", "for"), ("it", "is", "advisable"), ("we", "suggest"), ("tip",),
    ("a", "buyer", "needs"), ("a", "buyer", "should"), ("customers", "should"), ("clients", "should"),
    # an exhortation binds nobody: "the Parties are encouraged to consider ...", "the Supplier is encouraged to"
    ("encouraged", "to"),
    # "The parties may wish to consider holding regular governance meetings": a suggestion, not a term
    ("wish", "to", "consider"), ("might", "wish", "to"),
    # commentators advising the reader: "Advisers recommend that the outcomes be counted in a system the buyer
    # controls", "Experts suggest ..." (not "the Benchmarker recommends that the Charges be reduced": a named role)
    *((*who.split(), verb) for who in ("advisers", "advisors", "experts", "practitioners", "commentators", "lawyers",
                              "analysts", "consultants", "buyers", "procurement teams", "guidance",
                              # a board paper's or counsel's summary's authors advising the board or the client:
                              # "Management proposes that a glide path ... be negotiated", "counsel recommends that
                              # an exit assistance schedule be added"
                              "management", "counsel")
      for verb in ("recommend", "recommends", "suggest", "suggests", "advise", "advises", "urge", "urges",
                   "propose", "proposes",
                   # a board resolution sending its own management to look into a matter: "RESOLVED that management
                   # explore with the Service Provider whether the fixed fee could move to pay-per-outcome pricing"
                   "explore", "explores", "investigate", "investigates", "evaluate", "evaluates", "examine",
                   "examines")),
    # ... or noting its management's or counsel's recommendation: "FURTHER NOTED management's recommendation that
    # claims reopened after recovery be excluded from billing when the contract is next renewed"
    *((*who, "'s", "recommendation") for who in (("management",), ("counsel",))),
    *((*who, "’s", "recommendation") for who in (("management",), ("counsel",))),
    ("noted", "the", "recommendation"), ("notes", "the", "recommendation"),
    ("it", "is", "suggested"), ("it", "is", "advised"),
    # a hope promises nothing: "Resolved Cases will be counted in a system of record, which they hope will be the
    # Customer's CRM" (a belief may be a condition: "In the event that Recipient believes that the amount charged
    # ... exceeds the costs, the Parties shall review such matter")
    ("hope", "that"), ("hopes", "that"), ("they", "hope"), ("we", "hope"), ("parties", "hope"), ("it", "is", "hoped"),
    # ... nor a plan to ask for it later: "At renewal the Provider will be asked to obtain ISO/IEC 27001 certification"
    # (a regulator filing or a board paper; what the party will be asked for is not yet agreed)
    ("will", "be", "asked", "to"), ("would", "be", "asked", "to"),
)
_DEFERRAL_CUES = (
    ("to", "be", "agreed"), ("to", "be", "discussed"), ("to", "be", "determined"), ("to", "be", "negotiated"),
    ("in", "good", "faith"), ("may", "discuss"), ("will", "discuss"), ("shall", "discuss"), ("agree", "to", "agree"),
    ("to", "be", "confirmed"), ("tbd",), ("tbc",), ("endeavour", "to", "agree"), ("endeavor", "to", "agree"),
    ("seek", "to", "agree"), ("as", "may", "be", "agreed"), ("as", "agreed", "between"), ("shall", "negotiate"),
    ("will", "negotiate"), ("may", "negotiate"), ("on", "terms", "to", "be"), ("on", "terms", "agreed"),
    # whether it happens at all left to the parties' talks: "the parties to consider whether the Supplier will
    # provide transition services", "[Exit assistance: parties to discuss whether ...]" (not a meeting's purpose:
    # "the parties shall meet monthly to discuss performance")
    ("consider", "whether"), ("discuss", "whether"), ("explore", "whether"),
    # Korean and Japanese drafting leaves a matter to the parties' later talks as "consultation": "shall be determined
    # through separate consultation between the parties", "by mutual consultation"
    ("separate", "consultation"), ("mutual", "consultation"), ("through", "consultation"), ("by", "consultation"),
    # a later instrument not yet made: "will be dealt with in a data processing agreement to be entered into"
    ("to", "be", "entered", "into"), ("yet", "to", "be", "entered"), ("to", "be", "concluded"),
    # ... or left to one in the future tense: "Ownership of and rights in any Automation Tools shall be addressed in a
    # separate agreement between the parties, if any" (the present "is addressed in a separate agreement" names one)
    ("be", "addressed", "in", "a", "separate"), ("be", "addressed", "in", "separate"),
    ("be", "addressed", "by", "a", "separate"),
    ("be", "dealt", "with", "in", "a", "separate"), ("be", "dealt", "with", "in", "separate"),
    ("be", "dealt", "with", "by", "a", "separate"),
)
_RECITAL_STARTS = ("whereas", "recital", "background", "recitals")
# A narrative of what went before binds nobody, as a recital does: "During the pilot phase, resolutions were
# counted in the Client's Zendesk account", "Under the Previous Agreement, the pricing moved from a baseline fee
# to per-resolution pricing". Only with no modal verb in the sentence: "During the pilot the Supplier shall
# report weekly" is a term.
_HISTORY_STARTS = (("during", "the", "pilot"), ("during", "the", "trial"), ("in", "the", "pilot"),
                   ("under", "the", "previous"), ("under", "the", "prior"), ("under", "the", "former"),
                   ("under", "the", "predecessor"), ("previously",), ("historically",), ("in", "the", "past"))
_HISTORY_FIRST = frozenset(start[0] for start in _HISTORY_STARTS)
# "is to be determined from the monthly report", "shall be determined in accordance with Schedule 3": a method is
# stated, so nothing is left open ("to be determined by the parties" and "to be determined" alone still are).
_METHOD_AFTER = frozenset({"from", "using", "under", "in", "according", "pursuant", "on"})
# A thing done "in good faith" is done, not deferred: "determined by Vendor in good faith", "acting in good faith"
_MANNER_BEFORE = frozenset({"determined", "calculated", "counted", "measured", "prepared", "acting", "act", "acts",
                            "exercised", "exercise", "performed", "perform", "made", "carried", "given", "certified"})
_TALKS = frozenset({"agree", "agreed", "negotiate", "negotiated", "discuss", "discussed", "consult", "consulted",
                    "settle", "settled", "seek", "endeavour", "endeavor", "try", "attempt"})


def _still_to_be(words: Sequence[str]) -> bool:
    """ "to be" before the thing done: "The amount is to be determined in good faith" is still to be done (a deferral),
    where "shall be determined by Vendor in good faith from its platform" is done."""
    return any(words[i] == "to" and words[i + 1] == "be" for i in range(len(words) - 1))


def _deferral(tokens: Sequence[str]) -> tuple[int, tuple[str, ...]] | None:
    """The first deferral cue ("to be agreed", "in good faith") of a sentence that leaves something open."""
    start = 0
    while start < len(tokens):
        hit = _find(tokens[start:], _DEFERRAL)
        if hit is None:
            return None
        index, cue = hit[0] + start, hit[1]
        after = index + len(cue)
        if cue[-1] in ("determined", "confirmed") and after < len(tokens) and tokens[after] in _METHOD_AFTER:
            start = after
            continue
        before = tokens[max(0, index - 4):index]
        if cue == ("in", "good", "faith") and _MANNER_BEFORE.intersection(before) and not _TALKS.intersection(before) \
                and not _still_to_be(before):
            # "shall be determined by Vendor in good faith from Vendor's workflow platform": the manner of a thing
            # done, not a matter left to talks ("the Charges shall be agreed in good faith")
            start = after
            continue
        return index, cue
    return None


# "No service credits, fee reductions or other monetary remedies apply ...": the things named are ruled out.
# (ownership denied too: "No bots built under this Agreement shall be owned by the Customer", "None of the models shall
# vest in the Customer", "No title passes to the Customer", "No bots shall become the property of the Customer")
_DENIAL_VERBS = frozenset({"apply", "applies", "accrue", "accrues", "vest", "vests", "belong", "belongs", "pass",
                           "passes"})
_DENIAL_STATES = frozenset({"payable", "available", "due", "applicable", "owed", "apply", "accrue", "granted", "made",
                            "given", "credited", "owned", "vested", "transferred", "assigned", "licensed", "licenced",
                            "vest", "belong", "pass", "property",
                            # "No transition to outcome-based pricing is contemplated": nothing of the kind is planned
                            "contemplated", "envisaged", "envisioned", "foreseen", "planned", "intended", "proposed",
                            "anticipated", "expected", "offered", "provided",
                            # a penalty or deduction ruled out ("No penalty shall be levied for any failure")
                            "levied", "imposed", "deducted",
                            # a saving kept from the customer ("No savings ... shall be shared with the Customer")
                            "shared", "passed", "split", "apportioned"})
# "No X shall entitle / oblige / trigger ...": the entitlement the X might have given is what is denied
_DENIAL_GRANTS = frozenset({"entitle", "entitles", "oblige", "obliges", "obligate", "obligates", "confer", "confers",
                            "trigger", "triggers"})
_PROPERTY_LEAD = frozenset({"the", "sole", "exclusive", "absolute"})
_BE = frozenset({"is", "are", "shall", "will", "be", "may", "become", "becomes"})
# A denial limited to some cases ("where the failure is caused by the Customer") leaves the rest standing.
_DENIAL_LIMITS = frozenset({"where", "if", "unless", "extent", "caused", "except", "excused", "during", "attributable",
                            "due", "arising", "resulting", "until", "before", "after", "while", "when", "whilst",
                            "provided", "save", "excluding", "solely", "only", "first"})
_DENIAL_SPAN = 30  # tokens from "No" to its verb
_NOUN_PHRASE_ENDS = frozenset({".", ";", ":", ",", "for", "to", "in", "on", "of", "under", "by", "with", "within",
                               "where", "if", "unless", "that", "which", "who", "except", "other", "save", "and", "or"})
_THERE_BE_NO = frozenset({("there", "shall", "be", "no"), ("there", "will", "be", "no"), ("there", "is", "no"),
                          ("there", "are", "no")})


# An exception that only points elsewhere ("save under clause 3.4", "except as provided in Schedule 2", "Subject to
# clause 9,") limits nothing here: what the other provision gives is read there, on its own terms.
_EXCEPTION_LEADS = frozenset({"save", "except", "subject", "notwithstanding", "without"})
_REFERENCE_NOUNS = frozenset({"clause", "clauses", "section", "sections", "paragraph", "paragraphs", "article",
                              "articles", "schedule", "schedules", "annex", "annexure", "appendix", "exhibit",
                              "addendum", "agreement", "contract"})
_REFERENCE_FILLER = frozenset({"as", "provided", "expressly", "set", "out", "in", "under", "by", "to", "the", "this",
                               "of", "otherwise", "stated", "specified", "described", "and", "or", "with",
                               "accordance", "prejudice", "pursuant", "(", ")", "-"})


def _points_elsewhere(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """Are ``tokens[lo:hi]`` only a reference to another provision ("under clause 3.4", "as provided in this
    Agreement")?"""
    words = [t for t in tokens[lo:hi] if t.strip()]
    return bool(_REFERENCE_NOUNS.intersection(words)) and all(
        t in _REFERENCE_NOUNS or t in _REFERENCE_FILLER or any(c.isdigit() for c in t) or len(t) == 1 for t in words)


def _limited(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """Does ``tokens[lo:hi]`` limit a denial ("... unless the automation rate exceeds 30%"), not counting an
    exception that only points to another provision ("..., save under clause 3.4")?"""
    at = lo
    while at < hi:
        if tokens[at] in _EXCEPTION_LEADS:
            end = next((i for i in range(at + 1, hi) if tokens[i] in (",", ";", ".")), hi)
            if _points_elsewhere(tokens, at + 1, end):
                at = end  # (its "as provided in" is part of the reference, no limit of its own)
                continue
        if tokens[at] in _DENIAL_LIMITS:
            return True
        at += 1
    return False


def _denied_grant(tokens: Sequence[str], start: int, verb: int) -> tuple[tuple[int, int], bool]:
    """ "No change in the level of automation shall entitle the Bank to any review of the Fees": what the "No X"
    would give is ruled out, to the end of its sentence or semicolon - unless the sentence limits the denial
    ("... unless the automation rate exceeds 30%"), which leaves the limited case standing."""
    end = next((i for i in range(verb + 1, len(tokens)) if tokens[i] in (";", ".")), len(tokens))
    if _limited(tokens, verb + 1, end):
        return (0, 0), False
    return (start, end), True


def _denial(tokens: Sequence[str]) -> tuple[tuple[int, int], bool]:
    """The span of "No X, Y or Z" when the sentence opens by denying them ("No service credits ... apply",
    "No Service Credit shall be payable"), and whether it denies them outright (no limiting condition)."""
    # the first word (not a number, label bracket or bullet): found by a scan that stops there
    start = next((i for i, t in enumerate(tokens) if t.strip() and not any(c.isdigit() for c in t)
                  and t not in ("(", ")", ".", "[", "]", "*", "-")), None)
    if start is not None and any(tuple(tokens[start:start + n]) in _THERE_BE_NO for n in (3, 4)):
        # "There shall be no formal governance meetings; ...", "There shall be no charge for a Repeat Contact": the
        # noun phrase after "no" is denied, up to what it is about
        at = tokens.index("no", start)
        end = next((i for i in range(at + 1, len(tokens)) if tokens[i] in _NOUN_PHRASE_ENDS), len(tokens))
        return (at, end), not (set(tokens[end:]) & _DENIAL_LIMITS)
    if start is not None and tokens[start] in _EXCEPTION_LEADS:
        # "Save under clause 3.4, no deployment of a new Model ... shall entitle either party to an adjustment": the
        # denial opens after a fronted exception that only points to another provision
        comma = next((i for i in range(start + 1, min(len(tokens) - 1, start + 12)) if tokens[i] == ","), None)
        if comma is not None and tokens[comma + 1] in ("no", "none") and _points_elsewhere(tokens, start + 1, comma):
            return _denial_from(tokens, comma + 1)
    if start is not None and tokens[start] not in ("no", "none"):
        # "Each party shall bear its own costs of any audit, and no adjustment of the Charges shall be made": a
        # denial may open the sentence's coordinated second clause instead
        # (after a first clause with its own modal verb: "The bots ... belong to the Supplier, and no licence to them
        # is granted to the Customer" states the supplier's ownership, whose qualifier the denial is)
        start = next((i for i in range(start + 2, len(tokens)) if tokens[i] == "no" and (
            tokens[i - 1] == ";" or (tokens[i - 1] in ("and", "but") and tokens[i - 2] == ","))
            and not _MODAL_WORDS.isdisjoint(tokens[:i])), None)
    if start is None:
        return (0, 0), False
    return _denial_from(tokens, start)


def _gives_rise(tokens: Sequence[str], at: int) -> bool:
    """ "No failure to meet a Service Level shall give rise to any service credit": what a "No X" would give rise to is
    denied, as what it would entitle to is."""
    return tokens[at] in ("give", "gives") and at + 1 < len(tokens) and tokens[at + 1] == "rise"


def _denial_from(tokens: Sequence[str], start: int) -> tuple[tuple[int, int], bool]:
    """The denial's span and outright-ness for the "No" / "None" at ``start``."""
    if start + 2 < len(tokens) and tokens[start + 2] == "than":
        return (0, 0), False  # "No later than 30 days after creation, all bots shall vest in ...": a time limit
    for at in range(start + 1, min(len(tokens), start + _DENIAL_SPAN)):
        token = tokens[at]
        if token in (".", ";", ":"):
            break
        verb = None
        if token in _DENIAL_GRANTS or _gives_rise(tokens, at):
            return _denied_grant(tokens, start, at)
        if token in _DENIAL_VERBS:
            verb = at
        elif token in _BE:
            after = at + 1
            while after < len(tokens) and tokens[after] in _BE:
                after += 1
            if after < len(tokens) and (tokens[after] in _DENIAL_GRANTS or _gives_rise(tokens, after)):
                return _denied_grant(tokens, start, after)
            # "No bots ... shall become the (exclusive) property of the Customer"
            while after + 1 < len(tokens) and tokens[after] in _PROPERTY_LEAD:
                after += 1
            if after < len(tokens) and tokens[after] in _DENIAL_STATES:
                verb = after
            elif token in ("shall", "will", "may", "is", "are"):
                break  # "No party shall be liable": a negated duty, not a denied thing
        if verb is not None:
            return (start, at), not _limited(tokens, verb + 1, len(tokens))
    return (0, 0), False


@dataclass(frozen=True)
class Predication:
    """One modal verb and what hangs on it, in token indices of the sentence."""

    start: int  # first token of the modal cue
    end: int  # the token before the next predication (exclusive)
    modal: str  # the cue as written, e.g. "shall", "is entitled to"
    kind: str  # OBLIGATION | RIGHT
    subject: str | None  # customer | supplier | both | None (passive or unnamed)
    negated: str = ""  # the negating words, when negated


@dataclass(frozen=True)
class SentenceAnalysis:
    """Everything the engine asks of a sentence's grammar."""

    predications: tuple[Predication, ...]
    advice: str = ""
    recital: bool = False
    deferral: str = ""
    deferral_at: int = -1  # the token where the deferral cue starts (-1: none)
    negation: str = ""  # sentence-wide negation ("nothing in this Agreement")
    quoted: int = 0  # modal verbs dropped because they sit inside a quoted passage (a model clause)
    # "No service credits, fee reductions or other monetary remedies apply": the token span ruled out,
    # and whether outright (not only "where the failure is caused by the Customer")
    denied: tuple[int, int] = (0, 0)
    denied_outright: bool = False
    # the "and" / "but" / ";" before a negated first predication that opens a coordinated clause of its own; the
    # tokens before it are governed by no predication after it (0: none)
    split: int = 0
    # the token from which the sentence-wide ``negation`` holds, when it opens a clause coordinated after a plain
    # first half that states its own term ("... remain the Supplier's property, and nothing in this Agreement
    # grants ..."); 0: all of the sentence
    negation_from: int = 0
    # ... and where it ends, when a relative clause after it states a term of its own: "Nothing in this Agreement
    # transfers to the Customer any right in the bots ..., all of which remain the Supplier's property" (-1: the end)
    negation_to: int = -1

    def denies(self, start: int, end: int) -> bool:
        """Is the token span inside what the sentence rules out? A span that holds the "No" itself ("No charge is
        payable for a Repeat Contact" read as an exclusion) states the denial rather than naming what is denied. A
        span that starts in the words denied outright and runs on into their verb names them too ("No savings achieved
        through Automation shall be shared with the Customer"; not "... unless the Supplier agrees", a condition)."""
        return self.denied[0] < start < self.denied[1] and (end <= self.denied[1] or self.denied_outright)

    def defers(self, token: int | None) -> bool:
        """Does the sentence's deferral leave open what the token's predication grants? Not when a detail of an
        earlier coordinated predication is left to be agreed: "must return all Province Information in a format to
        be agreed at the time, and must then securely destroy all copies" agrees the destruction. Only a detail's
        "to be agreed / determined / confirmed", not "in good faith" or "shall negotiate", which may govern all."""
        if not self.deferral:
            return False
        if token is None or self.deferral_at < 0 or not self.deferral.startswith("to be"):
            return True
        own = self.predication_at(token)
        if own is None or own.start > token:
            return True
        earlier = next((p for p in self.predications if p.start < self.deferral_at < p.end), None)
        return earlier is None or earlier is own or earlier.start > own.start

    @property
    def binding(self) -> bool:
        return bool(self.predications) and not self.advice and not self.recital

    def predication_at(self, token: int) -> Predication | None:
        """The predication governing the token: the one whose span holds it, else the first after it."""
        for predication in self.predications:
            if predication.start <= token < predication.end:
                return predication
        for predication in self.predications:
            if predication.start > token:
                return None if token < self.split < predication.start else predication
        return self.predications[-1] if self.predications else None


Cues = dict[str, tuple[tuple[str, ...], ...]]


def _index(cues: Sequence[tuple[str, ...]]) -> Cues:
    """Cues by first word, longest first, so a sentence is scanned once per cue list."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        out.setdefault(cue[0], []).append(cue)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_RIGHT = _index(_RIGHT_CUES)
_OBLIGATION = _index(_OBLIGATION_CUES)
_NEGATED = _index(_NEGATED_CUES)
_SENTENCE_NEG = _index(_SENTENCE_NEGATION)
_ADVICE = _index(_ADVICE_CUES)
_DEFERRAL = _index(_DEFERRAL_CUES)
_MODAL_WORDS = frozenset(_RIGHT) | frozenset(_OBLIGATION) | frozenset(_NEGATED)


def _at(tokens: Sequence[str], index: int, cue: tuple[str, ...]) -> bool:
    return tuple(tokens[index: index + len(cue)]) == cue


_PROMISE_VERBS = frozenset({"agree", "agrees", "undertake", "undertakes", "covenant", "covenants", "commit", "commits"})
_ASIDE_MAX = 15  # tokens in a comma-fenced aside: "agrees, upon the reasonable request of X, to ..."


# Asides may come in a row, each fenced by its commas: "are entitled, on 15 Working Days' notice, once each calendar
# year and where there is reason to suspect incorrect invoicing, to audit" (Scandinavian and German drafting stacks
# the notice, the frequency and the occasion before the verb)
_ASIDES_MAX = 3
# a modal inside an aside starts another clause: the "to" after it is not this cue's
_ASIDE_STOPS = frozenset({";", ":", ".", "shall", "must", "may", "will", "should"})


def _fenced_to(tokens: Sequence[str], at: int) -> bool:
    """Is ``tokens[at]`` a comma opening up to three comma-fenced asides, the last closed by a comma and "to"?"""
    if at >= len(tokens) or tokens[at] != ",":
        return False
    for _ in range(_ASIDES_MAX):
        close = next((i for i in range(at + 1, min(len(tokens) - 1, at + 1 + _ASIDE_MAX))
                      if tokens[i] == "," or tokens[i] in _ASIDE_STOPS), None)
        if close is None or tokens[close] != ",":
            return False
        if tokens[close + 1] == "to":
            return True
        at = close
    return False


def _promise_with_aside(tokens: Sequence[str], index: int, cue: tuple[str, ...]) -> bool:
    """ "You agree, upon the reasonable request of Nationwide, to provide access": the promise and its
    "to" split by comma-fenced asides."""
    if cue[0] not in _PROMISE_VERBS or cue[1:] != ("to",):
        return False
    return _fenced_to(tokens, index + 1)


def _promise_lead_in(tokens: Sequence[str], index: int) -> bool:
    """ "CRO agrees that during the term and for three years thereafter:" - a promise whose content is
    the list that follows (each item "to deliver ...", "not to use ..."); no other modal in between.
    Also the promise verb straight before the colon: "In particular, the Receiving Party undertakes:"."""
    if index + 1 < len(tokens) and tokens[index + 1] in (":", ":-") \
            and not any(t.strip() for t in tokens[index + 2:]):
        return True
    if index + 1 >= len(tokens) or tokens[index + 1] != "that":
        return False
    rest = [t for t in tokens[index + 2:] if t.strip()]
    return bool(rest) and rest[-1] in (":", ":-") and not any(t in _MODAL_WORDS for t in rest)


_ASIDE_STATES = frozenset({"entitled", "obliged", "obligated", "required", "permitted", "authorised", "authorized"})


def _state_with_aside(tokens: Sequence[str], index: int, cue: tuple[str, ...]) -> bool:
    """ "The Municipality is entitled, with 10 working days' notice, to inspect ...", "the Supplier is obliged, at its
    own cost, to return ...": the state and its "to" split by comma-fenced asides, as a promise's may be."""
    if len(cue) != 3 or cue[1] not in _ASIDE_STATES or cue[2] != "to" or not _at(tokens, index, cue[:2]):
        return False
    return _fenced_to(tokens, index + 2)


# Continental drafting puts a time adverbial inside "is entitled to" / "is obliged to": "The Bank is entitled at any
# time to audit ...", "The Provider is obliged at all times to maintain ..."
_STATE_WORDS = frozenset({"entitled", "obliged", "required", "permitted", "authorised", "authorized", "bound"})
_INNER_ADVERBIALS = (("at", "any", "time"), ("at", "all", "times"), ("in", "particular"), ("also",), ("further",),
                     ("moreover",), ("in", "addition"), ("therefore",), ("furthermore",))


def _cue_with_adverbial(tokens: Sequence[str], index: int, cue: tuple[str, ...]) -> tuple[str, ...] | None:
    """ "is entitled at any time to": the cue "is entitled to" with a short adverbial before its "to", as written."""
    if len(cue) != 3 or cue[1] not in _STATE_WORDS or cue[2] != "to" or not _at(tokens, index, cue[:2]):
        return None
    for adverbial in _INNER_ADVERBIALS:
        at = index + 2
        if _at(tokens, at, adverbial) and _at(tokens, at + len(adverbial), ("to",)):
            return tuple(tokens[index: at + len(adverbial) + 1])
    return None


def _cue_at(tokens: Sequence[str], index: int, cues: Cues) -> tuple[str, ...] | None:
    promise = tokens[index] in _PROMISE_VERBS  # every cue here starts with this word
    for cue in cues.get(tokens[index], ()):
        # (only a three-word cue ending in "to" can be split by an aside or an adverbial: the test is made here,
        # not by a call per cue)
        split = len(cue) == 3 and cue[2] == "to"
        if _at(tokens, index, cue) or promise and _promise_with_aside(tokens, index, cue) \
                or split and _state_with_aside(tokens, index, cue):
            return cue
        spread = _cue_with_adverbial(tokens, index, cue) if split else None
        if spread is not None:
            return spread
        if promise and cue[1:] == ("to",) and _promise_lead_in(tokens, index):
            # (a promise, not a negative covenant's "agrees not to": that is read only as written)
            return tokens[index], tokens[index + 1]
    return None


_CONDITIONAL = frozenset({"if", "where", "unless", "event", "whether", "case"})
# the words that open a subject: after "should" they make it an inverted condition ("should any audit reveal")
_INVERTED_SUBJECTS = frozenset({"the", "said", "any", "such", "either", "there", "it", "a", "an", "this", "that"})


def _not_advice_should(tokens: Sequence[str], index: int) -> bool:
    """ "more than it should have paid" (counterfactual), "Should any audit reveal ..." (an inverted
    condition, first word or right after a clause number) are not advice."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if after == "have" or {"than", "as"} & set(tokens[max(0, index - 3): index]):
        return True
    if after in _INVERTED_SUBJECTS and index > 0 and tokens[index - 1] not in _INVERTED_SUBJECTS:
        # an inverted condition inside a sentence ("and forthwith upon notice should said Contractor commit any
        # breach", "..., should the Supplier fail to ..."): advice names its addressee before "should", never
        # a subject after it
        return True
    before = [t for t in tokens[:index] if t.strip()]
    return not before or all(any(ch.isdigit() for ch in t) or t in ("(", ")", ".") for t in before)


# Advice addressed to the reader ("you must", "make sure") is a duty where the contract names its
# parties "we" and "you": "You must pay", "We will make sure our staff ...".
_PARTY_ADVICE = frozenset({("you", "must"), ("you", "need")})
_DUTY_ADVICE = frozenset({("make", "sure"), ("ensure", "your")})


def _a_party_speaks(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], index: int,
                    cue: tuple[str, ...]) -> bool:
    """The advice-like cue at ``index`` is a defined party's duty: its "you" is a party the contract
    defines, or "make sure" follows a party's modal ("we will make sure")."""
    if not mentions:
        return False
    if cue in _PARTY_ADVICE:
        return any(start == index for start, _, _ in mentions)
    if cue in _DUTY_ADVICE and index >= 2 and tokens[index - 1] in ("will", "shall", "must"):
        return any(end == index - 1 for _, end, _ in mentions)
    return False


def stated_before(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], token: int, limit: int) -> bool:
    """Is ``token`` part of a party's statement in the present tense that ends before ``limit``, the start of the next
    predication? "Vendor retains all right, title and interest in the bots ..., and Company shall have no licence to
    use them": "the bots" belongs to "Vendor retains", not to the negated licence after the comma."""
    if not any(t in (",", ";") for t in tokens[token:limit]):
        return False
    return any(start <= token and tokens[end] in _ROW_VERBS and ";" not in tokens[end:token]
               for start, end, _ in mentions if end < min(limit, len(tokens)))


_COORDINATED_REACH = 10  # tokens back from a negated predication's modal to the ", and" that opens its clause


def _negation_is_own(at: int, predications: Sequence[Predication], tokens: Sequence[str] = ()) -> bool:
    """A sentence-wide negation ("no right to") inside a later predication negated by its own cue negates only
    that one: "Resolved Contacts shall be counted from the Customer's CRM, and the Supplier shall have no right to
    dispute counts drawn from it" still counts them from the CRM - and so when the first half states its term with
    no modal at all: "All rights in the Tools belong to the Provider, and the Agency has no right to use them"."""
    holder = next((p for p in predications if p.start <= at < p.end), None)
    if holder is None or not holder.negated:
        return False
    # ... and so when a verb of the same subject follows it, joined by a bare "but" or "and": "The Supplier shall have
    # no obligation to return Customer Data, but shall delete it within 30 days" still binds it to delete
    after = next((p for p in predications if p.start == holder.end), None)
    if after is not None and not after.negated and holder.end > 0 and tokens[holder.end - 1] in ("but", "and"):
        return True
    return any(p.start < holder.start and not p.negated for p in predications) \
        or _coordination(tokens, holder.start) > 0


def _negation_opens_clause(at: int, predications: Sequence[Predication], tokens: Sequence[str]) -> bool:
    """Does a sentence-wide denial ("nothing in this Agreement", "in no event") open a clause coordinated (", and",
    ", but", ";") after a first half with a predication of its own?"""
    boundary = _coordination(tokens, at)
    if boundary <= 0 or not any(p.start < boundary and not p.negated for p in predications):
        return False
    if any(p.start > at for p in predications):
        return True  # its own verb, which it negates ("and nothing in this Agreement shall entitle ...")
    # no modal of its own: only a denial that protects the first half leaves it standing ("and nothing in this
    # Agreement limits that right"), not one that withholds ("and nothing in this Agreement entitles the Customer to
    # audit them")
    return not _PROTECTING.isdisjoint(tokens[at: at + 8])


# the verbs of a plain first half that states its own term without a modal
_PLAIN_STATES = frozenset({"is", "are", "remain", "remains", "belong", "belongs", "vest", "vests", "own", "owns"})
_PROTECTING = frozenset({"limits", "limit", "restricts", "restrict", "affects", "affect", "prejudices", "prejudice",
                         "excludes", "exclude", "derogates", "reduces", "diminishes", "qualifies", "impairs"})


def _relative_opening(tokens: Sequence[str], start: int) -> int:
    """Where a relative clause holding the modal at ``start`` opens after a comma and a first half of its own (at least
    five tokens): "We keep a SOC 2 Type II report, which you can ask to see" - the index of its comma, else -1."""
    for index in range(start - 1, max(0, start - 4) - 1, -1):
        if tokens[index] in ("which", "who") and index >= 5 and tokens[index - 1] == ",":
            return index - 1
        if tokens[index] in (".", ":", ";", ","):
            return -1
    return -1


def _coordination(tokens: Sequence[str], start: int) -> int:
    """Where the clause of the predication at ``start`` opens after "; " or ", and" / ", but" that follows a first
    half of its own (at least four tokens): the index of that "and" / "but" / ";", else -1."""
    for index in range(start - 1, max(0, start - _COORDINATED_REACH) - 1, -1):
        token = tokens[index]
        if token in (".", ":") or token in _MODAL_WORDS:
            return -1
        if token == ";" or (token in ("and", "but") and index > 0 and tokens[index - 1] == ","):
            return index if index >= 4 else -1
    return -1


def _find(tokens: Sequence[str], cues: Cues, *, skip_conditional: bool = False,
          mentions: Sequence[tuple[int, int, str]] = ()) -> tuple[int, tuple[str, ...]] | None:
    if cues.keys().isdisjoint(tokens):
        return None  # most sentences hold no cue's first word: one C-level pass says so
    for index, token in enumerate(tokens):
        if token in cues:
            cue = _cue_at(tokens, index, cues)
            if cue is None:
                continue
            if mentions and _a_party_speaks(tokens, mentions, index, cue):
                continue
            # "If the Supplier should fail to ..." is a condition, not advice.
            if skip_conditional and cue == ("should",) and _CONDITIONAL & set(tokens[max(0, index - 6): index]):
                continue
            if skip_conditional and cue == ("should",) and _not_advice_should(tokens, index):
                continue
            return index, cue
    return None


_OPEN_QUOTES = frozenset({'"', "“", "``"})
_CLOSE_QUOTES = frozenset({'"', "”", "''"})
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES
_QUOTED_MIN = 6  # tokens: a longer quoted passage is an example being quoted, a shorter one a defined term


def quoted_tokens(tokens: Sequence[str], open_at_start: bool = False) -> tuple[set[int], bool]:
    """Indices inside quoted passages of at least ``_QUOTED_MIN`` tokens, and whether a quote
    is still open at the end (a quoted model clause running into the next sentence).

    A model clause quoted in advice ('A model clause might read: "The Supplier shall
    refund ..."') binds nobody; a quoted defined term ('"Audit" means') is short.
    """
    inside: set[int] = set()
    if not open_at_start and _QUOTES.isdisjoint(tokens):
        return inside, False  # most sentences quote nothing
    start = 0 if open_at_start else None
    for index, token in enumerate(tokens):
        if start is None and token in _OPEN_QUOTES:
            start = index
        elif start is not None and token in _CLOSE_QUOTES:
            if index - start > _QUOTED_MIN:
                inside.update(range(start, index))
            start = None
    still_open = start is not None and len(tokens) - start > _QUOTED_MIN
    if still_open and start is not None:
        inside.update(range(start, len(tokens)))
    return inside, still_open


def _history(tokens: Sequence[str]) -> bool:
    """A sentence that opens by placing itself before this contract and has no modal verb."""
    if next((t for t in tokens if t.strip() and t not in ("(", "[", "\"", "“", ",")), "") not in _HISTORY_FIRST:
        return False  # (the first word decides for most sentences: the list of words is not made)
    words = [t for t in tokens if t.strip() and t not in ("(", "[", "\"", "“", ",")]
    return (any(tuple(words[:len(start)]) == start for start in _HISTORY_STARTS)
            and not any(t in _MODAL_WORDS for t in tokens))


# A thing the parties may do only if both of them wish to binds neither: "The parties may, if they both wish, hold a
# quarterly review", "if both parties so wish" (one party's wish is its option: "if the Customer wishes, the Supplier
# shall provide exit assistance" stays a duty, and "the Customer may, if it wishes, audit" a right)
_BOTH_WISH = _index((("if", "they", "both", "wish"), ("if", "they", "both", "so", "wish"),
                     ("if", "both", "parties", "wish"), ("if", "both", "parties", "so", "wish"),
                     ("if", "the", "parties", "wish"),
                     ("if", "the", "parties", "so", "wish"), ("if", "the", "parties", "both", "wish"),
                     ("where", "the", "parties", "so", "wish"), ("where", "both", "parties", "so", "wish")))


def _next_modal(modal_at: Sequence[int], current: int) -> int | None:
    """The token index of the modal after ``modal_at[current]``, if any."""
    return modal_at[current + 1] if current + 1 < len(modal_at) else None


def _only_if_both_wish(tokens: Sequence[str], start: int, end: int | None) -> bool:
    """Does the predication between ``start`` and ``end`` (the next modal) hang on both parties' wish?"""
    return _find(tokens[start:end], _BOTH_WISH) is not None


def analyse(tokens: Sequence[str], party_mentions: Sequence[tuple[int, int, str]] = (),
            quoted: Collection[int] = (), resumed: str | None = None) -> SentenceAnalysis:
    """Analyse one sentence.

    ``tokens`` are its lower-cased token texts; ``party_mentions`` are
    ``(start, end, role)`` token spans of party names found in it; ``quoted``
    are token indices inside a quoted passage (see :func:`quoted_tokens`),
    whose modal verbs open no predication; ``resumed`` is the party the
    previous sentence of the clause binds, which a sentence opening with
    "it" or "they" may go on with (see :func:`opens_with_pronoun`).
    """
    quoted = set(quoted)
    dropped = 0
    advice_hit = _find(tokens, _ADVICE, skip_conditional=True, mentions=party_mentions)
    deferral_hit = _deferral(tokens)
    negation_hit = _find(tokens, _SENTENCE_NEG)
    denied, outright = _denial(tokens)
    first = next((t for t in tokens if t.strip() and t not in ("(", "[", "\"", "“")), "")
    recital = first in _RECITAL_STARTS or _history(tokens)
    predications: list[Predication] = []
    index = 0
    main_subject: str | None = None  # the last predication's subject outside a relative or conditional clause
    optional = False  # a "may" read as no term, for it hangs on both parties' wish
    previous_end = 0
    # Only a modal word can open a predication: visit those positions (ascending) instead of every token.
    modal_at = [i for i, t in enumerate(tokens) if t in _MODAL_WORDS]
    next_modal = 0
    while next_modal < len(modal_at):
        if modal_at[next_modal] < index:  # inside a cue already read ("shall not be entitled")
            next_modal += 1
            continue
        index = modal_at[next_modal]
        if index in quoted:
            dropped += 1
            index += 1
            continue
        if _not_a_modal(tokens, index) or _impersonal(tokens, index) or _asked(tokens, index) \
                or _guarantee_not_promised(tokens, party_mentions, index) or _contact_relative(tokens, index):
            index += 1
            continue
        negated_cue = _cue_at(tokens, index, _NEGATED)
        negated = " ".join(negated_cue) if negated_cue else ""
        cue = _cue_at(tokens, index, _RIGHT)
        kind = RIGHT if cue else OBLIGATION
        if cue is None or len(cue) == 1:
            obligation = _cue_at(tokens, index, _OBLIGATION)
            if obligation is not None and (cue is None or len(obligation) > len(cue)):
                cue, kind = obligation, OBLIGATION
        if cue is None and negated:
            permission = negated.startswith(("may", "has", "have", "ca "))  # "may not", "can't": a right withheld
            cue, kind = tuple(negated.split()), RIGHT if permission else OBLIGATION
        if cue is None or (cue in _IS_TO and not _is_to_duty(tokens, party_mentions, index, index + len(cue))):
            index += 1
            continue
        if cue == ("may",) and _only_if_both_wish(tokens, previous_end, _next_modal(modal_at, next_modal)):
            optional = True
            index += 1
            continue
        # "shall not be entitled", "shall have no right": the right word decides the kind.
        # (not a grant's object: "The Supplier grants the Customer the right to audit" is the supplier's grant)
        window = tokens[index: index + 5]
        if cue not in _GRANT_CUES and ({"entitled", "right", "permitted"} & set(window)
                                       or _holds_access(tokens, index + len(cue))):
            kind = RIGHT
        lo = _clause_start(tokens, previous_end, index)
        subject = _subject(tokens, party_mentions, lo, index)
        if subject is None and cue in _NOMINAL_PERMISSIONS:
            # "Termination for convenience by the Customer is permitted": the doer the subject names after "by"
            subject = _agent_by(tokens, party_mentions, lo, index)
        if kind == OBLIGATION and subject is not None and not negated and _receives(tokens, index + len(cue)):
            kind = RIGHT  # "The Customer must be given access by the Supplier": what the customer receives
        elif kind == OBLIGATION and subject is not None and not negated \
                and _share_paid(tokens, party_mentions, lo, index, index + len(cue)):
            kind = RIGHT  # "The Customer's share shall be paid by way of a credit": the customer is paid
        if _either_or(tokens, previous_end, index) or _paired(tokens, party_mentions, previous_end, lo, subject):
            subject = "both"  # "either you or Nationwide may terminate": whichever of them
        if subject is not None and predications and _in_subordinate(tokens, party_mentions, lo, index):
            subject = main_subject  # "and within 30 days after Customer confirms receipt will delete": X's
        aside = _aside_start(tokens, previous_end, lo) if subject is None and predications else None
        if aside is not None:
            # "Contractor will keep records, and Company, or an auditor designated by Company, may audit them": the
            # subject sits before the comma-fenced aside, after the "and" that opens this clause
            subject = _subject(tokens, party_mentions, _clause_start(tokens, previous_end, aside), aside, first=True)
        if subject is None and predications and (_bare(tokens, lo, index) or _time_adjunct(tokens, lo, index)
                                                 or _pronoun_resumes(tokens, lo, index, index + len(cue))):
            # "X shall A and shall B", "X shall return A and within a further 30 days shall delete B": B is X's too
            # (X the main clause's subject, not that of "in such format as the Customer may require")
            subject = main_subject
        if subject is None and not predications and resumed is not None \
                and opens_with_pronoun(tokens, index, index + len(cue)):
            # "The Supplier shall return all Company Data ... Within a further thirty (30) days it shall securely
            # delete all remaining copies": the next sentence goes on with the same party
            subject = resumed
        if subject is None and lo > previous_end and tokens[lo - 1] in ("or", "and") and not _bare(tokens, lo, index):
            # "the Reserve Bank of India or persons authorised by it has right to inspect": the party is in
            # the first half of the joined subject
            subject = _subject(tokens, party_mentions, _clause_start(tokens, previous_end, lo - 1), lo - 1)
        if subject is None and not predications:
            # "Client, or an auditor appointed by Client, may audit": the subject sits before a
            # parenthetical that the comma boundary cut off.
            subject = _subject(tokens, party_mentions, previous_end, index, first=True)
        if subject is None and not predications:
            # "If this Contract ceases to further the public interest, the University, in its discretion, may
            # terminate": the party stands alone between the comma closing an opening condition and an aside
            subject = _fenced_subject(tokens, party_mentions, previous_end, index)
        if subject is None and predications and kind == OBLIGATION and not negated \
                and _procured(tokens, previous_end, index):
            # "The Supplier shall, and shall procure that its Affiliates and sub-processors shall, process ...": the
            # party that procures answers for what it procures
            subject = predications[-1].subject
        if subject is None and predications and _appointed_people(tokens, index):
            # "Client may designate representatives who shall have access ...": the people a party appoints act
            # for it
            subject = predications[-1].subject
        if subject is None:
            subject = _passive_agent(tokens, party_mentions, index)
        if subject is None:
            subject = _duty_owner(tokens, party_mentions, previous_end, index)
        if subject is None and _deliverable_states(tokens, party_mentions, lo, index, index + len(cue)):
            subject = "supplier"
        if subject is None:
            subject = _provided_for(tokens, party_mentions, lo, index, index + len(cue))
        if subject is None and _charges_reduced(tokens, party_mentions, lo, index, index + len(cue)):
            subject = "supplier"
        if subject is None and kind == OBLIGATION and not negated \
                and _work_achieves(tokens, party_mentions, lo, index, index + len(cue)):
            subject = "supplier"
        freed = None
        opened = index  # where the predication starts: its modal, or the noun of a right that stands
        after = index + max(len(cue), len(negated.split()) if negated else 0)
        if negated and subject in ("customer", "supplier") \
                and not negated.endswith(("be", "entitled", "required", "obliged", "permitted", "no", "never")) \
                and hindered(tokens, after):
            # "shall not refuse, restrict or delay access by the Customer": a duty to allow
            cue, kind, negated = tuple(negated.split()[:1]), OBLIGATION, ""
            freed = _freed(tokens, party_mentions, after)
        elif negated and subject in ("customer", "supplier") \
                and not negated.endswith(("be", "entitled", "required", "obliged", "permitted", "no", "never")) \
                and _lapse_ruled_out(tokens, after):
            # "shall not fail to notify", "shall not cease to provide the Services until ...", "shall not allow the
            # resolution rate to fall below 75%": a duty to do it
            cue, kind, negated = tuple(negated.split()[:1]), OBLIGATION, ""
        elif negated and subject == "customer" and negated.split()[0] in ("shall", "may", "will", "must") \
                and not negated.endswith(("be", "entitled", "required", "obliged", "permitted", "no", "never")) \
                and _only_with_consent(tokens, after):
            # "The Customer shall not audit the records without the Supplier's prior consent": the customer may, with
            # the consent (the consent then weakens the right, read as a condition)
            cue, kind, negated = ("may",), RIGHT, ""
        elif negated.endswith("be") and after < len(tokens) and tokens[after] in _IMPAIRED \
                and {"right", "rights"} & set(tokens[lo:index]):
            # "The Customer's right to terminate for convenience shall not be affected by any dispute": the right
            # stands, from the noun that names it
            cue, kind, negated = ("right",), RIGHT, ""
            opened = max(i for i in range(lo, index) if tokens[i] in ("right", "rights"))
        elif not negated and negation_hit is not None and tokens[negation_hit[0]] == "nothing" \
                and hindered(tokens, index + len(cue)):
            # "Nothing in this Agreement shall prevent the Customer from auditing": the customer is free to audit
            freed = _freed(tokens, party_mentions, index + len(cue))
            if freed is not None:
                negation_hit = None
        predications.append(Predication(opened, len(tokens), " ".join(cue), kind, subject, negated))
        if len(predications) > 1:
            last = predications[-2]
            predications[-2] = Predication(last.start, index, last.modal, last.kind, last.subject, last.negated)
        demanded = None if negated else _demanded(tokens, party_mentions, index + len(cue), subject)
        if demanded is not None:
            # "the Customer may require the Supplier to provide termination assistance": what follows the "to"
            # is the supplier's duty, on demand
            at, role = demanded
            last = predications[-1]
            predications[-1] = Predication(last.start, at, last.modal, last.kind, last.subject, last.negated)
            predications.append(Predication(at, len(tokens), "required to", OBLIGATION, role))
        resume = _resumes_main(tokens, party_mentions, predications, modal_at, lo, index, index + len(cue))
        if resume is not None:
            # "the Service Provider shall, for such exit period as the Bank may require, continue to provide the
            # Services": after the aside's comma the main verb goes on - the supplier's duty, not the Bank's request
            main, at = resume
            last = predications[-1]
            predications[-1] = Predication(last.start, at, last.modal, last.kind, last.subject, last.negated)
            predications.append(Predication(at, len(tokens), main.modal, main.kind, main.subject, main.negated))
        if freed is not None and demanded is None and resume is None:
            at, role = freed
            last = predications[-1]
            predications[-1] = Predication(last.start, at, last.modal, last.kind, last.subject, last.negated)
            predications.append(Predication(at, len(tokens), "is free to", RIGHT, role))
        if not _SUBORDINATORS.intersection(_after_colon(tokens, lo, index)):
            main_subject = subject
        index += max(len(cue), len(negated.split()) if negated else 1)
        previous_end = index
    if not predications and "|" in tokens:
        row = _row_undertaking(tokens, party_mentions)
        if row is not None:
            predications.append(row)
    if predications:
        if party_mentions:
            predications[:0] = _plain_first_half(tokens, party_mentions, predications[0].start)
    else:
        # no modal verb: the plain present of "we" and "you", a headline duty, a rule that needs consent, then a named
        # party's present tense or charges adjusted
        predications.extend(_plain_present(tokens, party_mentions) or _headline_duty(tokens, party_mentions)
                            or _needs_consent(tokens, party_mentions) or _headline_passive(tokens))
        if not predications and not recital:
            predications.extend(_named_present(tokens, party_mentions) or _charges_adjusted(tokens, party_mentions))
    if negation_hit is not None and _negation_is_own(negation_hit[0], predications, tokens):
        negation_hit = None
    elif negation_hit is not None and _negation_opens_clause(negation_hit[0], predications, tokens):
        # "The Customer may audit the records once a year, and nothing in this Agreement limits that right": the denial
        # opens the second clause and negates only the verbs after it, not the first half's right
        denial = " ".join(negation_hit[1])
        predications = [p if p.start < negation_hit[0] or p.negated else
                        Predication(p.start, p.end, p.modal, p.kind, p.subject, denial) for p in predications]
        negation_hit = None
    negation_from = 0
    if negation_hit is not None and not any(p.start < negation_hit[0] for p in predications):
        boundary = _coordination(tokens, negation_hit[0])
        if boundary > 0 and not _PLAIN_STATES.isdisjoint(tokens[:boundary]):
            # "All prompt libraries ... are and remain the Supplier's proprietary technology, and nothing in this
            # Agreement grants the Customer any right to them": the first half states its term with no modal, and
            # the denial opening the second half covers only what follows it
            negation_from = boundary
    negation_to = -1
    if negation_hit is not None and negation_from == 0:
        negation_to = _stating_relative(tokens, negation_hit[0])
    # "All rights in the Tools belong to the Provider, and the Agency has no right to use them": the first half states
    # its term with no modal, and the negated second half does not govern it
    split = _coordination(tokens, predications[0].start) if predications and predications[0].negated else -1
    advice = " ".join(advice_hit[1]) if advice_hit else ""
    if not advice and optional and not predications:
        advice = "if both parties wish"  # the sentence's only verb hangs on that wish: nothing in it binds
    return SentenceAnalysis(
        predications=tuple(predications),
        advice=advice,
        recital=recital,
        deferral=" ".join(deferral_hit[1]) if deferral_hit else "",
        deferral_at=deferral_hit[0] if deferral_hit else -1,
        negation=" ".join(negation_hit[1]) if negation_hit else "",
        quoted=dropped,
        denied=denied,
        denied_outright=outright,
        split=max(split, 0),
        negation_from=negation_from,
        negation_to=negation_to,
    )


_RELATIVE_QUANTIFIERS = frozenset({"all", "each", "both", "every", "one"})


def _stating_relative(tokens: Sequence[str], after: int) -> int:
    """Where a relative clause that states a term in the plain present opens after the denial at ``after`` (", all of
    which remain the Supplier's property", ", which belong to the Supplier"): the comma's index, or -1."""
    for comma in range(after + 1, len(tokens) - 2):
        if tokens[comma] in (";", "."):
            return -1
        if tokens[comma] != ",":
            continue
        at = comma + 1
        if tokens[at] in _RELATIVE_QUANTIFIERS and tokens[at + 1] == "of":
            at += 2
        if at < len(tokens) - 1 and tokens[at] == "which" and tokens[at + 1] in _PLAIN_STATES:
            return comma
    return -1


# A table cell that opens with a party doing something states its undertaking in the present tense, as schedules
# write them: "Incident notification | Supplier notifies Customer within 72 hours", "Overcharge above 3% |
# Supplier also pays the cost of the audit". Verbs of performance only: "Supplier Systems | ..." names a thing.
_ROW_VERBS = frozenset({
    "pays", "repays", "refunds", "reimburses", "credits", "bears", "maintains", "holds", "keeps", "notifies", "informs",
    "reports", "provides", "delivers", "supplies", "performs", "returns", "deletes", "destroys", "erases", "grants",
    "licenses", "licences", "assigns", "ensures", "complies", "meets", "achieves", "submits", "obtains", "implements",
    "undertakes", "conducts", "hosts", "stores", "encrypts", "restores", "transfers", "continues", "discloses", "gives",
    "sends", "publishes", "permits", "allows", "retains", "owns", "procures", "remedies", "rectifies", "investigates",
    "escalates", "attends", "appoints", "trains", "tests", "reviews", "audits", "certifies", "confirms", "responds",
})
_ROW_ADVERBS = frozenset({"also", "then", "promptly", "immediately", "thereafter", "additionally", "further"})


def _row_undertaking(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> Predication | None:
    """The undertaking a table row states without a modal: a cell opening "Supplier notifies ...", bound
    like "Supplier shall notify ..." (a row with no such cell is bound only by a lead-in or reference)."""
    for start, end, role in mentions:
        cell = start - 1
        if cell >= 0 and tokens[cell] == "the":
            cell -= 1
        if cell >= 0 and tokens[cell] != "|":
            continue
        at = end
        while at < len(tokens) and tokens[at] in _ROW_ADVERBS:
            at += 1
        if at < len(tokens) and tokens[at] in _ROW_VERBS:
            return Predication(at, len(tokens), tokens[at], OBLIGATION, role)
        # a term sheet's cell in headline form: "Exit assistance | Supplier to provide for six months" (as a sentence
        # opening "Supplier to provide ..." does: see _headline_duty)
        if _bare_to(tokens, end, mentions):
            return Predication(end, len(tokens), "to", OBLIGATION, role)
    return None


# "the Supplier's obligations shall continue": the owner of a duty is the one bound.
_DUTY_NOUNS = frozenset({"obligation", "obligations", "duty", "duties", "responsibility", "responsibilities",
                         "liability", "support", "services", "undertaking", "undertakings", "response", "responses",
                         "performance"})
_POSSESSIVE_PRONOUNS = frozenset({"our", "your"})
_NOUN_BEFORE = frozenset({"at", "the", "good", "free", "ill", "own", "his", "her", "its", "their", "of", "in", "last"})


# People acting for a party: "The Contract Managers are to meet monthly", "each party is to bear its costs".
_REPRESENTATIVES = frozenset({"representative", "representatives", "manager", "managers", "personnel", "officer",
                              "officers", "delegate", "delegates", "party", "parties", "staff", "employees"})


_APPOINTING = frozenset({"appoint", "appoints", "designate", "designates", "nominate", "nominates", "engage",
                         "engages", "authorise", "authorises", "authorize", "authorizes", "name", "names"})


def _holds_access(tokens: Sequence[str], after: int) -> bool:
    """ "shall have access to", "shall, upon reasonable notice, have access to": the subject is given access - a
    right, as "shall be entitled to" is - even with a comma-fenced aside between the modal and the verb."""
    at = after
    if at < len(tokens) and tokens[at] == ",":
        close = next((i for i in range(at + 1, min(len(tokens), at + 1 + _ASIDE_MAX)) if tokens[i] == ","), None)
        if close is None:
            return False
        at = close + 1
    # "have access", "have full / unrestricted / direct access" - not "have full responsibility", a duty
    return at < len(tokens) and tokens[at] == "have" and "access" in tokens[at + 1: at + 4]


_PROCURE = frozenset({"procure", "procures", "ensure", "ensures", "cause", "causes"})


def _procured(tokens: Sequence[str], lo: int, modal: int) -> bool:
    """Does the text before ``modal`` (from ``lo``) open with "procure that" / "ensure that", naming what another
    is to do ("shall procure that its subcontractors shall ...")?"""
    return any(tokens[at] in _PROCURE and tokens[at + 1] == "that"
               for at in range(max(lo - 1, 0), min(lo + 3, modal - 1)))


def _appointed_people(tokens: Sequence[str], modal: int) -> bool:
    """ "may designate representatives who shall ...", "shall appoint a manager who will ...": the modal's
    subject is a relative "who" / "that" whose antecedent is people the previous verb appoints."""
    if modal < 3 or tokens[modal - 1] not in ("who", "that", "which"):
        return False
    if tokens[modal - 2] not in _REPRESENTATIVES and tokens[modal - 2] not in ("agent", "agents", "person", "persons",
                                                                                "auditor", "auditors", "individual",
                                                                                "individuals", "employee", "consultant",
                                                                                "consultants"):
        return False
    return bool(_APPOINTING.intersection(tokens[max(0, modal - 6): modal - 2]))


_DEMAND_VERBS = frozenset({"require", "requires", "request", "requests", "direct", "directs", "instruct", "instructs",
                           "ask", "asks", "oblige", "obliges", "compel", "compels"})
# tokens from the modal to its demand verb ("may at its discretion require"; "may, by notice, direct")
_DEMAND_REACH = 8
_DEMAND_ASIDE = 14  # tokens from the party demanded of to its "to" ("require you, for all or part of ..., to comply")
_DEMAND_FENCED = 25  # tokens from the modal's comma to the aside's closing comma before the demand verb


def _demanded(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], after: int,
              subject: str | None) -> tuple[int, str] | None:
    """ "X may require Y to ...", "X may, by notice, direct Y to ...": the "to" at which Y's duty starts, and Y's
    role - when Y is the other party (what one party may demand of the other is that party's duty)."""
    if subject not in ("customer", "supplier"):
        return None
    verb = next((i for i in range(after, min(len(tokens), after + _DEMAND_REACH)) if tokens[i] in _DEMAND_VERBS), None)
    if verb is None and after < len(tokens) and tokens[after] == ",":
        # a longer aside fenced by commas: "The Authority may, by serving a Termination Assistance Notice at any time
        # before the end of the Term, require the Supplier to provide ..."
        close = next((i for i in range(after + 1, min(len(tokens), after + _DEMAND_FENCED)) if tokens[i] == ","), None)
        if close is not None and close + 1 < len(tokens) and tokens[close + 1] in _DEMAND_VERBS:
            verb = close + 1
    if verb is None or any(t in _MODAL_WORDS or t in (".", ";", ":") for t in tokens[after:verb]):
        return None
    mention = next(((start, end, role) for start, end, role in mentions
                    if verb < start <= verb + 3 and all(t in ("that", "the", "of") for t in tokens[verb + 1:start])),
                   None)
    if mention is None or mention[2] in (subject, "both"):
        return None
    for at in range(mention[1], min(len(tokens), mention[1] + _DEMAND_ASIDE)):
        if tokens[at] == "to":
            return at, mention[2]
        if tokens[at] in (".", ";", ":") or tokens[at] in _MODAL_WORDS:
            return None
    return None


# Verbs of hindering: a duty not to hinder is a duty to allow ("The Supplier shall not refuse, restrict or delay
# access by the Customer's auditors to the records"), and "Nothing in this Agreement shall prevent the Customer from
# auditing" leaves the customer free to audit - double negatives that grant.
_HINDER_VERBS = frozenset({"refuse", "deny", "prevent", "restrict", "obstruct", "impede", "hinder", "delay",
                           "frustrate", "preclude", "prohibit", "bar", "restrain", "block", "stop", "limit"})
# "shall not unreasonably withhold or delay its consent" keeps the consent required: no grant (and not read here);
# "Audits shall not interfere with the Supplier's business" restrains the audit, and only a party's duty is read
_HINDER_REACH = 6  # tokens from the hindering verb to the party it hinders ("prevent the Customer or its auditors")


# A duty not to let something lapse is a duty to keep it up: "shall not fail to notify", "shall not omit to report",
# "shall not cease to provide the Services until the end of the Exit Period", "shall not allow the first contact
# resolution rate to fall below 75%".
_LAPSE_VERBS = frozenset({"fail", "omit", "neglect", "cease"})
_LET_VERBS = frozenset({"allow", "permit", "let", "suffer"})
_SLIPS = frozenset({"fall", "drop", "slip", "decline", "exceed", "rise", "go"})
_LET_REACH = 10  # tokens from "allow" to the "to" of the measure that may not slip ("allow the ... rate to fall")
# A right that nothing affects stands: "The Customer's right to terminate ... shall not be affected by ...".
_IMPAIRED = frozenset({"affected", "limited", "prejudiced", "restricted", "impaired", "reduced", "diminished",
                       "curtailed", "excluded", "waived"})


# the words of a party's consent, and the verbs that say something needs it ("requires the Firm's prior approval")
CONSENT_WORDS = frozenset({"consent", "approval", "agreement", "permission", "authorisation", "authorization"})
NEED_VERBS = frozenset({"requires", "require", "needs", "need"})


def _only_with_consent(tokens: Sequence[str], at: int) -> bool:
    """Does the negated verb at ``at`` go on to "without ... consent" in its own clause ("shall not audit the
    records without the Supplier's prior written consent")?"""
    for index in range(at, min(len(tokens), at + 25)):
        if tokens[index] in (";", ".", ":") or tokens[index] in _MODAL_WORDS:
            return False
        if tokens[index] == "without":
            return not CONSENT_WORDS.isdisjoint(tokens[index + 1: index + 7])
    return False


def _lapse_ruled_out(tokens: Sequence[str], at: int) -> bool:
    """Do the words at ``at`` name a lapse that the negated modal before them rules out ("fail to", "cease
    providing", "allow the rate to fall below")?"""
    if at + 1 >= len(tokens):
        return False
    if tokens[at] in _LAPSE_VERBS:
        return tokens[at + 1] == "to" or tokens[at + 1].endswith("ing")
    if tokens[at] in _LET_VERBS:
        for index in range(at + 1, min(len(tokens) - 1, at + _LET_REACH)):
            if tokens[index] in (".", ";", ":") or tokens[index] in _MODAL_WORDS:
                return False
            if tokens[index] == "to":
                return tokens[index + 1] in _SLIPS
    return False


def hindered(tokens: Sequence[str], at: int) -> bool:
    """Does a hindering verb open the words at ``at`` ("refuse, restrict or delay access", "in any way prevent")?"""
    if at < len(tokens) and tuple(tokens[at:at + 3]) == ("in", "any", "way"):  # (a tuple or a list of tokens)
        at += 3
    return at < len(tokens) and tokens[at] in _HINDER_VERBS and not any(
        t in ("consent", "approval", "agreement", "payment") for t in tokens[at + 1:at + 4])


def _freed(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], at: int) -> tuple[int, str] | None:
    """ "prevent the Customer from auditing", "restrict the Customer or its auditors from inspecting": the "from" at
    which the hindered party's freedom starts, and its role."""
    for start, end, role in mentions:
        if at < start <= at + _HINDER_REACH and role in ("customer", "supplier", "both"):
            for index in range(end, min(len(tokens), end + _HINDER_REACH)):
                if tokens[index] == "from":
                    return index, role
                if tokens[index] in (".", ";", ":") or tokens[index] in _MODAL_WORDS:
                    return None
            return None
    return None


_IS_TO = frozenset({("is", "to"), ("are", "to"), ("is", "not", "to"), ("are", "not", "to")})


def _is_to_duty(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], at: int, after: int) -> bool:
    """ "The Commonwealth is to pay", "The Contract Managers are to meet": "is/are to" + a verb binds
    (Australian and older English drafting) when a party or its people stand right before it. Not
    "the purpose is to ensure", nor a passive "is to be agreed / be reduced" (deferral or no actor)."""
    if after >= len(tokens) or not tokens[after].isalpha():
        return False
    before = at - 1
    if before < 0:
        return False
    actor = tokens[before] in _REPRESENTATIVES or any(end == at for _, end, _ in mentions)
    if tokens[after] == "be":
        # "the Fees are to be increased on each 1 July", "the dividend is to be credited against the Fees": a thing
        # is to be dealt with, a passive duty as "shall be increased" is (Commonwealth drafting). "is to be agreed /
        # determined" defers instead, and "The Supplier is to be paid" says what a party receives, not what it owes.
        return not actor and _passive_duty(tokens, after + 1)
    return actor


_IRREGULAR_PARTICIPLES = frozenset({"paid", "made", "given", "kept", "held", "sent", "done", "borne", "shown", "taken",
                                    "set", "met", "sold", "built", "brought", "written", "put", "laid", "read", "run",
                                    "spent", "withheld", "repaid", "dealt", "sought", "told", "found"})
_NOT_A_DUTY = frozenset({"agreed", "discussed", "determined", "negotiated", "confirmed", "decided", "settled",
                         "considered", "expected", "noted", "construed", "interpreted", "read", "treated", "deemed",
                         "regarded", "understood", "used", "found"})


def _passive_duty(tokens: Sequence[str], at: int) -> bool:
    """ "(is to be) increased / credited / paid": a past participle that is not a deferral ("agreed"), a
    reading ("construed", "deemed") or a hope ("expected")."""
    while at < len(tokens) and tokens[at] in ("promptly", "immediately", "then", "also", "further", "annually"):
        at += 1
    if at >= len(tokens):
        return False
    word = tokens[at]
    if word in _NOT_A_DUTY:
        return False
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


# "comply as may be necessary with ...", "such records as shall be required", "as will enable the Customer to":
# a modal right after "as" has no subject of its own - nobody is given a right or a duty by it.
_IMPERSONAL_BEFORE = frozenset({"as"})


def _impersonal(tokens: Sequence[str], index: int) -> bool:
    """ "as may be necessary": the modal opens a comparison, not a party's predication. Left as one,
    it would take a party named nearby as its subject ("protect Customer Information and comply as may
    be necessary with the Gramm-Leach-Bliley Act" would bind the customer). "as the Customer may
    require" names its subject and is not touched."""
    return index > 0 and tokens[index - 1] in _IMPERSONAL_BEFORE and tokens[index] in ("may", "shall", "will", "might")


# A pronoun and its modal right after a noun of manner or form are a relative clause with its "that" left out: "give
# us back all our data in a format we can use, ... and then delete every copy" - "we can use" describes the format,
# it opens no predication of ours (left as one, the deletion after it became our duty).
_CONTACT_RELATIVE_HEADS = frozenset({"format", "formats", "form", "forms", "manner", "way", "medium", "template",
                                     "language", "layout", "structure", "file", "files", "tool", "system", "place",
                                     "time", "location"})
_CONTACT_RELATIVE_SUBJECTS = frozenset({"we", "you", "they", "i"})


def _contact_relative(tokens: Sequence[str], index: int) -> bool:
    """Is the modal at ``index`` in a relative clause without "that" after a noun of form ("in a format we can
    use", "in the manner you may reasonably require")?"""
    return (index >= 2 and tokens[index] in ("can", "may", "will", "could", "might", "would")
            and tokens[index - 1] in _CONTACT_RELATIVE_SUBJECTS and tokens[index - 2] in _CONTACT_RELATIVE_HEADS)


# Minutes and correspondence report questions: "The Council asked whether the Supplier would commit to an NPS target;
# the Supplier declined". What follows "asked whether" is the question, not a promise or a right.
_ASKING = frozenset({"ask", "asks", "asked", "asking", "query", "queries", "queried", "enquire", "enquires", "enquired",
                     "inquire", "inquires", "inquired", "wonder", "wondered", "question", "questioned"})
_ASKED_REACH = 10  # tokens from "whether" to the modal


def _asked(tokens: Sequence[str], index: int) -> bool:
    """Is the modal at ``index`` inside an indirect question ("asked whether the Supplier would commit to ...")?"""
    for at in range(index - 1, max(-1, index - _ASKED_REACH), -1):
        if tokens[at] in (";", ".", ":"):
            return False
        if tokens[at] in ("whether", "if"):
            # the asking verb just before, or before the party asked: "asked the Supplier (Beta) whether"
            return any(t in _ASKING for t in tokens[max(0, at - 6):at])
    return False


def _not_a_modal(tokens: Sequence[str], index: int) -> bool:
    """ "at will", "the will of", "in May 2026", "by 31 May": the word is a noun, not a modal verb; "it will
    ever have": a superlative's aside, not a promise."""
    word = tokens[index]
    if word not in ("will", "may", "can"):
        return False
    before = tokens[index - 1] if index else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if before in _NOUN_BEFORE:
        return True
    if after == "ever":
        return True  # "the least leverage it will ever have", "the most it can ever cost": commentary, not a term
    if word != "may":
        return False
    if after[:1].isdigit():
        return True  # "May 2026", "May 31"
    return before[:1].isdigit() and not _reference_number(tokens, index - 1)


# Nouns whose number comes straight before a modal: "the unit prices in Schedule 1 may be adjusted", "Appendix No.
# 01 may", "Clause 4.4 may": a reference, not "1 May" the date.
_REFERENCE_NOUNS = frozenset({"schedule", "appendix", "annex", "annexure", "exhibit", "attachment", "clause", "section",
                              "article", "paragraph", "part", "item", "table", "lot", "order", "form", "addendum"})


def _reference_number(tokens: Sequence[str], at: int) -> bool:
    """The number at ``at`` numbers a schedule, clause or the like (or is no day of a month: "4.4", "12.2.1")."""
    if not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", tokens[at]):
        return True
    back = at - 1
    while back >= 0 and back >= at - 3 and tokens[back] in ("no", "no.", ".", "number", "nr", "nr."):
        back -= 1
    return back >= 0 and tokens[back] in _REFERENCE_NOUNS


_GUARANTEE_SUBJECTS = frozenset({"we", "it", "hereby", "they"})


def _guarantee_not_promised(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], index: int) -> bool:
    """ "the Performance Guarantees", "any guarantee": the noun, not the verb of "Provider guarantees ..." (a party,
    or "we" / "it" / "hereby", straight before it)."""
    if tokens[index] not in ("guarantees", "guarantee"):
        return False
    if index and tokens[index - 1] in _GUARANTEE_SUBJECTS:
        return False
    return not any(end == index for _, end, _ in mentions)


_JOINERS = frozenset({"and", "or", "the", "its", "their", ",", "/"})
_BOUNDARIES = frozenset({"and", "or", "but", ",", ";", "then", "whereupon"})
_PREPOSITIONS = frozenset({"for", "to", "of", "by", "with", "under", "from", "against", "on", "in", "at", "than",
                           "upon", "towards", "between", "via", "through", "without"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "any", "each", "such", "that", "this", "'s", "’s"})
_ADVERBS = frozenset({"then", "also", "thereafter", "further", "promptly", "immediately", "thereupon", "not", "in",
                      "addition", "each", "case", "both"})


_ASIDE_OPENERS = frozenset({"or", "and", "together", "through", "acting", "including", "via"})
_ASIDE_REACH = 15  # tokens of a comma-fenced aside between a subject and its modal


def _aside_start(tokens: Sequence[str], lo: int, hi: int) -> int | None:
    """The comma that opens an aside ending at the comma just before ``hi`` (", or an auditor designated by Company,
    may audit"): its index, or None when the modal's clause does not start right after such an aside."""
    if hi - 1 < lo or tokens[hi - 1] != ",":
        return None
    for at in range(hi - 2, max(lo - 1, hi - 2 - _ASIDE_REACH), -1):
        if tokens[at] in (";", ":", "."):
            return None
        if tokens[at] == ",":
            return at if at + 1 < hi - 1 and tokens[at + 1] in _ASIDE_OPENERS else None
    return None


def _fenced_subject(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """The party alone between two commas right before a comma-fenced aside that ends at the modal ``hi`` ("If the
    public interest so requires, the University, in its discretion, may terminate"): its role, or None."""
    if hi - 1 <= lo or tokens[hi - 1] != ",":
        return None
    opening = None
    for at in range(hi - 2, max(lo - 1, hi - 2 - _ASIDE_REACH), -1):
        if tokens[at] in (";", ":", "."):
            return None
        if tokens[at] == ",":
            opening = at
            break
    if opening is None:
        return None
    for start, end, role in mentions:
        if end != opening:
            continue
        before = start - 1
        while before >= lo and tokens[before] in _DETERMINERS:
            before -= 1
        if before >= lo and tokens[before] == ",":
            return role
    return None


def _clause_start(tokens: Sequence[str], lo: int, hi: int) -> int:
    """Start of the clause holding the modal at ``hi``: after the last boundary word before it."""
    for index in range(hi - 1, lo - 1, -1):
        if tokens[index] in _BOUNDARIES:
            return index + 1
    return lo


def _after_colon(tokens: Sequence[str], lo: int, hi: int) -> Sequence[str]:
    """The tokens between ``lo`` and ``hi`` after the last colon: 'Clause 14.2 as amended reads: "14.2 The Supplier
    shall ...' - the lead-in's "as amended" opens no subordinate clause of the term it introduces."""
    cut = max((i for i in range(lo, hi) if tokens[i] == ":"), default=lo - 1)
    return tokens[cut + 1:hi]


def _bare(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """Nothing but adverbs between a boundary and the modal ("and shall", "and then shall")."""
    return all(t in _ADVERBS or not t.strip() for t in tokens[lo:hi])


# "as the Customer may require", "which the Supplier shall keep", "if the Customer shall so request"
_SUBORDINATORS = frozenset({"as", "which", "who", "whom", "whose", "if", "unless", "where", "when", "whenever"})
_TIME_OPENERS = frozenset({"within", "after", "before", "by", "following", "on", "upon", "at", "during", "no", "not",
                           "from", "until", "in"})
_TIME_ENDS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "time",
                        "period", "date", "termination", "expiry", "expiration", "completion", "thereafter", "request",
                        "notice", "end", "later", "earlier",
                        # an event of the exit that dates the next step: "and within 30 days after such return shall
                        # permanently delete", "and following receipt shall", "and on completion of the handover shall"
                        "return", "receipt", "delivery", "handover", "transfer", "acceptance", "cessation"})


# "..., after which it shall erase the data", "whereupon they will": a pronoun resuming the main clause's subject
_RESUMING = frozenset({"after", "following", "which", "whereupon", "whereafter", "thereafter", "then", "and", "upon",
                       "at", "that", "time", "point", "once", "on", "completion", "receipt", "of", "during",
                       # after a colon or semicolon: "... revealed by an audit: it shall refund it"
                       ":", ";"})


def _pronoun_resumes(tokens: Sequence[str], lo: int, hi: int, after: int) -> bool:
    """ "The Service Provider shall hand over all Client Data ..., after which it shall permanently erase such
    data": "it" (or "they"), right before the modal after only linking words, is the main clause's subject
    doing a further act. Not a passive ("after which it shall be approved by the Customer": "it" is the thing
    handed over) and not a pronoun after other words ("the Report, which it shall review")."""
    words = [t for t in tokens[lo:hi] if t.strip()]
    if len(words) == 1 and lo and tokens[lo - 1] in ("whereupon", "then"):
        words = [tokens[lo - 1], *words]  # "whereupon it will destroy": the boundary word links it
    if words in (["it"], ["they"], ["he"], ["she"]) and lo and tokens[lo - 1] == "that":
        # "The Supplier warrants that it shall maintain ...", "Each party undertakes that it will ...": the
        # pronoun straight after the promise's "that" is the one who promised
        words = ["that", *words]
    if len(words) >= 2 and words[-2] in (":", ";"):
        # "The Supplier shall not retain any overcharge revealed by an audit: it shall refund it ...": after the colon
        # (or semicolon) the pronoun goes on with the main clause's subject
        words = words[-2:]
    if len(words) < 2 or len(words) > 5 or words[-1] not in ("it", "they") or not set(words[:-1]) <= _RESUMING:
        return False
    return after < len(tokens) and tokens[after] != "be" and tokens[after: after + 2] != ("not", "be")


def _resumes_main(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], predications: Sequence[Predication],
                  modal_at: Sequence[int], lo: int, modal: int, after: int) -> tuple[Predication, int] | None:
    """ "X shall, for such period as Y may require (the "Exit Period"), continue ...": a modal in a subordinate aside
    set off by commas right after the main modal. Returns the main predication and the token after the aside's
    closing comma, where the main verb resumes; None when the modal is not in such an aside, the aside does not
    close before the next modal or the sentence's end, or a new subject follows it."""
    if len(predications) < 2 or not _SUBORDINATORS.intersection(tokens[lo:modal]):
        return None
    main = predications[-2]
    opened = main.start + len(main.modal.split())
    if main.subject is None or opened >= len(tokens) or tokens[opened] != ",":
        return None
    depth = 0
    later = next((at for at in modal_at if at > modal), len(tokens))
    for at in range(after, min(later, len(tokens))):
        token = tokens[at]
        if token in ("(", "["):
            depth += 1
        elif token in (")", "]"):
            depth = max(0, depth - 1)
        elif token == ";":
            return None
        elif token == "," and depth == 0:
            follows = at + 1
            if (follows >= later or follows >= len(tokens) or tokens[follows] in _DETERMINERS
                    or tokens[follows] in _BOUNDARIES or any(begin == follows for begin, _, _ in mentions)):
                return None
            return main, follows
    return None


def opens_with_pronoun(tokens: Sequence[str], hi: int, after: int | None = None) -> bool:
    """Whether the sentence's first modal (at ``hi``) has "it" or "they" as its subject, at the sentence's
    start or after only linking words or a time phrase ("It shall ...", "Thereafter it shall ...", "Within a
    further thirty (30) days it shall ..."). Not a passive ("It shall be approved by the Customer": "it" is a
    thing) and not a pronoun after other words ("The Report, when it shall ...")."""
    words = [t for t in tokens[:hi] if t.strip()]
    if not words or words[-1] not in ("it", "they"):
        return False
    rest = words[:-1]
    if rest and rest[-1] == ",":
        rest = rest[:-1]
    linking = not rest or set(rest) <= _RESUMING | _ADVERBS
    timed = 2 <= len(rest) <= 12 and rest[0] in _TIME_OPENERS and rest[-1] in _TIME_ENDS and "," not in rest
    if not (linking or timed):
        return False
    return after is None or (after < len(tokens) and tokens[after] != "be"
                             and tuple(tokens[after: after + 2]) != ("not", "be"))


def _time_adjunct(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """Only a time phrase between a boundary and the modal ("and within a further thirty (30) days
    shall", "and on expiry shall"): the subject is the previous predication's, left out."""
    words = [t for t in tokens[lo:hi] if t.strip()]
    return (len(words) >= 2 and len(words) <= 12 and words[0] in _TIME_OPENERS and words[-1] in _TIME_ENDS
            and "," not in words)


_SUBORDINATE_OPENERS = frozenset({"after", "before", "once", "until", "when", "whenever", "unless", "if", "where",
                                  "while", "since", "following"})


def _in_subordinate(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> bool:
    """ "X shall return the data, and within 30 days after Customer confirms receipt will delete all copies": the
    party nearest the modal opens a subordinate clause with a verb of its own ("after Customer confirms receipt"),
    so the modal's subject is the main clause's, left out after "and"."""
    inside = [m for m in mentions if lo <= m[0] and m[1] <= hi]
    if not inside or lo < 1 or tokens[lo - 1] not in ("and", "or"):
        return False
    begin, end, _ = inside[-1]
    before = begin - 1
    while before >= lo and tokens[before] in _DETERMINERS:
        before -= 1
    return (before >= lo and tokens[before] in _SUBORDINATE_OPENERS and 0 < hi - end <= 4
            and not _BOUNDARIES.intersection(tokens[end:hi]))


def _either_or(tokens: Sequence[str], lo: int, hi: int) -> bool:
    """ "In addition, either you or Nationwide may ...": an 'either ... or ...' subject right before the modal."""
    window = list(tokens[max(lo, hi - 10): hi])
    if "either" not in window:
        return False
    tail = window[len(window) - 1 - window[::-1].index("either"):]
    return "or" in tail and not {",", ";", "(", "if", "that", "which"} & set(tail)


def _paired(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], start: int, lo: int,
            subject: str | None) -> bool:
    """ "..., DCL or SEV giving six months' notice may terminate": the other party joined to the subject
    by the "or" / "and" the clause boundary stopped at, itself opening the clause (or after "each of",
    "either of", "both of"), makes it either party."""
    if subject not in ("customer", "supplier") or lo < 1 or tokens[lo - 1] not in ("or", "and"):
        return False
    joined_end = lo - 1
    if lo >= 2 and tokens[lo - 2] == ")":  # "Party A (the client) and Party B shall": the role in brackets
        opening = next((at for at in range(lo - 3, max(start, lo - 9) - 1, -1) if tokens[at] == "("), None)
        if opening is not None:
            joined_end = opening
    for begin, end, role in mentions:
        if end == joined_end and role in ("customer", "supplier") and role != subject:
            before = begin - 1
            while before >= start and tokens[before] in _DETERMINERS:
                before -= 1
            if before > start and tokens[before] == "of" and tokens[before - 1] in ("each", "either", "both"):
                return True  # "Each of the Recipient and the Provider may ...": both of them
            return before < start or tokens[before] in _BOUNDARIES or tokens[before] in (":", "(")
    return False


def _duty_owner(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """ "the Supplier's support and maintenance obligations shall continue": the owner of the duty."""
    for start, end, role in reversed(mentions):
        if not (lo <= start and end < hi):
            continue
        if tokens[end] in ("'s", "’s", "'"):
            owned = tokens[end + 1: hi]
        elif tokens[start] in _POSSESSIVE_PRONOUNS:  # plain English: "Our first response ... will be within 1 hour"
            owned = tokens[end: hi]
        else:
            continue
        if set(owned) & _DUTY_NOUNS:
            return role
    return None


def _provided_for(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, modal: int,
                  after: int) -> str | None:
    """ "The Exit Plan shall provide for the Supplier to continue providing the Services ...": a plan or schedule that
    provides for a party to do a thing sets that party's duty (with no party in its own subject: "the Customer's
    policy shall provide for ..." is the customer's)."""
    if tuple(tokens[after: after + 2]) != ("provide", "for") or any(lo <= start < modal for start, _, _ in mentions):
        return None
    at = after + 2 + (after + 2 < len(tokens) and tokens[after + 2] == "the")
    return next((role for start, end, role in mentions if start == at and end < len(tokens) and tokens[end] == "to"),
                None)


# Documents the supplier hands over: "Each Monthly Report shall state ..." sets what the supplier must put in them
# (and the pack of them a finance service delivers: "Every monthly close package will show the percentage ...").
_DELIVERABLES = frozenset({"report", "reports", "invoice", "invoices", "statement", "statements", "plan", "plans",
                           "dashboard", "dashboards", "scorecard", "scorecards", "package", "packages", "pack",
                           "packs",
                           # Indian drafting's monthly report of management information ("The monthly MIS shall show")
                           "mis"})
_CONTENT_VERBS = frozenset({"state", "include", "set", "show", "contain", "specify", "identify", "list", "detail",
                            "describe", "itemise", "itemize", "record", "report"})


def _deliverable_states(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, modal: int,
                        after: int) -> bool:
    """ "Each Monthly Operations Report shall state the Automation Rate": a report, invoice, statement or plan
    with no party named as subject prescribes its own content, which is the supplier's duty as the one who
    delivers it. A party named in the subject ("the Customer's policy shall state") decides instead, and a
    "statement of work" is the contract's own document, not a deliverable."""
    if any(lo <= start < modal for start, _, _ in mentions):
        return False
    head = [i for i in range(lo, modal) if tokens[i] in _DELIVERABLES
            and not (tokens[i].startswith("statement") and i + 1 < len(tokens) and tokens[i + 1] == "of")]
    if not head:
        return False
    # "shall state", "shall also set out", "shall at least include": the content verb within two words
    return bool(_CONTENT_VERBS.intersection(tokens[after: after + 3])) and "be" not in tokens[after: after + 2]


# The supplier's charges: "the Outcome Charge ... shall be reduced by 50% of the Efficiency Saving".
_CHARGES = frozenset({"charge", "charges", "fee", "fees", "price", "prices", "rate", "rates", "tariff", "tariffs"})
_REDUCED = frozenset({"reduced", "credited", "discounted", "decreased", "lowered", "abated", "rebated"})
_FALLS_BY = frozenset({("reduce", "by"), ("decrease", "by"), ("fall", "by"), ("step", "down")})


def _charges_reduced(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, modal: int,
                     after: int) -> bool:
    """ "The Outcome Charge for the following quarter shall be reduced by 50% of the Efficiency Saving": the
    charges, with no party named as subject, cut in the passive - a duty of the supplier, the one who charges
    them. A party in the subject ("the Customer's fees shall be reduced") or an increase decides nothing."""
    if any(lo <= start < modal for start, _, _ in mentions):
        return False
    if not _CHARGES.intersection(tokens[lo:modal]):
        return False
    window = tokens[after: after + 3]
    if tuple(window[:2]) in _FALLS_BY:
        return True  # in the intransitive: "the Monthly Charges shall reduce by 3% per year"
    return "be" in window and bool(_REDUCED.intersection(window))


# The work the supplier performs, as the subject of a level to reach: "AI Agent conversations shall achieve a monthly
# average customer satisfaction score of at least 4.2", "The Services shall meet the Service Levels".
_PERFORMED_WORK = frozenset({"services", "conversations", "contacts", "calls", "interactions", "chats", "tickets",
                             "transactions"})
_ACHIEVES = frozenset({"achieve", "attain", "meet", "exceed"})


def _work_achieves(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, modal: int,
                   after: int) -> bool:
    """ "AI Agent conversations shall achieve a CSAT of at least 4.2": the services (or the contacts, calls or
    conversations handled in them), with no party named as subject, held to a level they must reach - a duty of the
    supplier, the one who performs them. The work named as the subject's head, right before the modal; a party
    in the subject ("the Customer's calls shall meet ...") decides instead."""
    if modal <= lo or any(lo <= start < modal for start, _, _ in mentions):
        return False
    return tokens[modal - 1] in _PERFORMED_WORK and bool(_ACHIEVES.intersection(tokens[after: after + 2]))


# "shall be given / granted / afforded / allowed": the subject receives, the agent after "by" gives
_RECEIVED = frozenset({"given", "granted", "afforded", "allowed", "offered", "accorded"})


_SHARES_IN = frozenset({"participate", "share"})


_GETS = frozenset({"receive", "benefit"})


_SHARE_WORDS = frozenset({"share", "portion", "proportion"})
_PAID = frozenset({"paid", "credited", "refunded", "remitted", "reimbursed", "repaid", "passed"})


def _share_paid(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, modal: int,
                after: int) -> bool:
    """Is the subject a party's share, paid to it ("The Customer's share of the Net Automation Savings shall be
    paid by way of a credit")? The party is then the one paid, not the one who must pay."""
    at = _passive_participle(tokens, after)
    if at is None or tokens[at] not in _PAID:
        return False
    return any(lo <= start and end + 1 < modal and tokens[end] in _POSSESSIVE_MARKS and tokens[end + 1] in _SHARE_WORDS
               for start, end, _ in mentions)


def _receives(tokens: Sequence[str], after: int) -> bool:
    """Does a passive of giving follow the modal ("must be given", "shall be promptly granted", "will be
    provided with")? Then a party named as the subject holds a right, not a duty."""
    if after < len(tokens) and tokens[after] in _GETS:
        # "the Company shall receive half of the resulting saving", "shall benefit from any reduction": what the
        # party is to be given (not "shall obtain all consents", a duty)
        return tokens[after] != "benefit" or tuple(tokens[after + 1: after + 2]) == ("from",)
    if after < len(tokens) and tokens[after] in _SHARES_IN:
        # "the Client shall participate (appropriately) in the cost savings", "shall share in the savings": what
        # the party takes part in is something it receives
        rest = tokens[after + 1: after + 3]
        return "in" in rest
    at = _passive_participle(tokens, after)
    if at is None:
        return False
    return tokens[at] in _RECEIVED or (tokens[at] == "provided" and at + 1 < len(tokens) and tokens[at + 1] == "with")


def _passive_participle(tokens: Sequence[str], after: int) -> int | None:
    """Where the participle of a passive right after the modal stands ("be given", "be promptly paid"), or None."""
    if after >= len(tokens) or tokens[after] != "be":
        return None
    at = after + 1
    if at < len(tokens) and tokens[at].endswith("ly"):
        at += 1
    return at if at < len(tokens) else None


def _passive_agent(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], modal: int) -> str | None:
    """ "may be terminated by the Customer": the party after "by" in a passive right after the modal."""
    window = tokens[modal: modal + 10]
    if "be" not in window and "terminable" not in window:
        return None
    for offset, token in enumerate(window):
        if token != "by":
            continue
        at = modal + offset + 1
        while at < len(tokens) and tokens[at] in _DETERMINERS | {"either"}:
            at += 1
        for start, end, role in mentions:
            # (the party's own thing is the agent, not the party: "measured monthly by the Buyer's quality assurance
            # sample")
            if start == at and not (end < len(tokens) and tokens[end] in _POSSESSIVE_MARKS):
                return role
    return None


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# What a party owns rather than who acts: in "the Customer's Data shall be returned by the Supplier" the data
# is the subject, not the customer; "the Customer's auditors may inspect" keeps the customer (its agents)
_OWNED_THINGS = frozenset({"data", "content", "contents", "information", "material", "materials", "record", "records",
                           "file", "files", "document", "documents", "property", "personal", "confidential"})


# A role word used as the modifier of a measure of how the end customers fare: "The Contractor's customer
# satisfaction score shall be at least 80%" binds no customer - "customer" names whose satisfaction is measured.
_MEASURES_OF = frozenset({"satisfaction", "experience", "effort", "sentiment", "loyalty"})


def _owns_thing(tokens: Sequence[str], end: int, hi: int) -> bool:
    """Is the party mention ending at ``end`` the owner of a thing named after it ("Publishers' Data",
    "Customer Data", "Client personal information"), or the word that says whose measure a score is ("customer
    satisfaction score", "customer effort score")?"""
    at = end + 1 if end < hi and tokens[end] in _POSSESSIVE_MARKS else end
    return at < hi and (tokens[at].lower() in _OWNED_THINGS or (at == end and tokens[at].lower() in _MEASURES_OF))


_MEMBERS = frozenset({"member", "members", "each", "any", "either", "both", "all"})


# The customer's agents (auditors, regulators) are recognised by their words alone; "its" or "their" before them
# points back to the party named just before: "The Provider, its auditors and its insurers may inspect ..." names the
# Provider's auditors, who act for the Provider, not for the customer.
_OWNER_WORDS = frozenset({"its", "their"})
_AGENT_ADJECTIVES = frozenset({"internal", "external", "independent", "statutory", "own", "appointed", "and", ",",
                               "or"})


def _agent_of_the_owner(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]],
                        mention: tuple[int, int, str]) -> tuple[int, int, str]:
    """``mention`` with the supplier's role when it is a customer's agent word owned ("its auditors") by the supplier,
    the party named last before it in the sentence (perhaps a comma away, before the clause the subject is looked
    for in: "The Provider, its auditors ..."); otherwise as it is."""
    start, _, role = mention
    if role != "customer":
        return mention
    at = start - 1
    while at >= 0 and tokens[at] in _AGENT_ADJECTIVES:
        at -= 1
    if at < 0 or tokens[at] not in _OWNER_WORDS:
        return mention
    before = [m for m in mentions if m[1] <= at and tokens[m[0]] not in _OWNER_WORDS]
    if before and before[-1][2] == "supplier":
        return (mention[0], mention[1], "supplier")
    return mention


# A clause number left at the start of a sentence (typed paragraphs the segmenter keeps in one clause: Gulf drafting's
# "7-3", "9.1", "(b)"): "7-3 The Second Party, as a processor, shall process ..." opens with its party all the same
_NUMBER_PIECE = re.compile(r"^(?:\d{1,3}(?:[.\-/]\d{1,3})*\.?|[-–./])$")
_ITEM_LABEL = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,3})$")


# ... or a clause label written out, as translated contracts keep it: "Article 12.1", "Clausula Vigesima", "Cláusula
# Décima Quinta", "Section 4" (the label word, then numbers or Spanish ordinal words)
_LABEL_WORDS = frozenset({"clause", "clausula", "cláusula", "article", "articulo", "artículo", "section", "art",
                          "art."})
_ORDINAL_WORDS = frozenset({
    "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "septima", "séptima", "octava", "novena", "decima",
    "décima", "undecima", "undécima", "duodecima", "duodécima", "vigesima", "vigésima", "trigesima", "trigésima",
    "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo", "séptimo", "octavo", "noveno", "decimo",
    "décimo"})


def _without_number_label(opening: list[str]) -> list[str]:
    """``opening`` without a clause number or item label before its first word ("7", "-", "3"; "9.1"; "(", "b", ")";
    "Clausula Vigesima")."""
    if len(opening) >= 2 and opening[0] in _LABEL_WORDS:
        at = 1
        while at < min(len(opening), 5) and (opening[at] in _ORDINAL_WORDS or _NUMBER_PIECE.match(opening[at])):
            at += 1
        if at > 1:
            return opening[at:]
    at = 0
    if len(opening) >= 3 and opening[0] == "(" and _ITEM_LABEL.match(opening[1]) and opening[2] == ")":
        at = 3
    else:
        while at < min(len(opening), 5) and _NUMBER_PIECE.match(opening[at]):
            at += 1
        if at and not any(ch.isdigit() for t in opening[:at] for ch in t):
            at = 0  # a dash alone is no number
    return opening[at:]


_NOMINAL_PERMISSIONS = frozenset({("is", "permitted"), ("are", "permitted"), ("shall", "be", "permitted")})


def _agent_by(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, hi: int) -> str | None:
    """The one party named after "by" in ``[lo, hi)`` ("Inspection of the records by the Customer or its auditors")."""
    roles = set()
    for start, _, role in mentions:
        before = start - 1
        while before >= lo and tokens[before] in _DETERMINERS:
            before -= 1
        if lo <= start < hi and before >= lo and tokens[before] == "by":
            roles.add(role)
    return roles.pop() if len(roles) == 1 else None


def _subject(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]], lo: int, hi: int,
             first: bool = False) -> str | None:
    """The nearest party named in ``[lo, hi)`` that is not the object of a preposition
    ("developed for the Customer shall vest" has no party subject); "Supplier and Customer" is both."""
    inside = []
    for mention in mentions:
        if not (lo <= mention[0] and mention[1] <= hi):
            continue
        mention = _agent_of_the_owner(tokens, mentions, mention)
        before = mention[0] - 1
        while before >= lo and tokens[before] in _DETERMINERS:
            before -= 1
        if before >= lo and tokens[before] in _PREPOSITIONS and not (
                tokens[before] == "of" and before > lo and tokens[before - 1] in _MEMBERS):
            # (but "any member of the Customer Group", "each of the Customer and its Affiliates" is that party)
            continue
        if _owns_thing(tokens, mention[1], hi):
            continue
        inside.append(mention)
    if not inside:
        return None
    if first:
        # only a party opening the clause ("Client, or ...") - not one inside a condition
        opening = list(tokens[lo: inside[0][0]])
        opening = _without_number_label(opening)
        if ":" in opening and opening.index(":") <= 5:
            # a run-in label before the sentence ("Audit right: The Society, its auditors, the FCA and the PRA
            # may audit ..."), as a term sheet writes its lines, is no part of the clause
            opening = opening[opening.index(":") + 1:]
        head = [t for t in opening if t not in _DETERMINERS and t not in _MEMBERS and t != "of" and t.strip()]
        return inside[0][2] if not head else None
    nearest = inside[-1]
    if len(inside) > 1 and inside[-2][2] != nearest[2]:
        between = tokens[inside[-2][1]: nearest[0]]
        if ("and" in between or "or" in between) and all(t in _JOINERS for t in between):
            return "both"
    return nearest[2]


# Plain-English terms state what each side does in the present tense, as a table row does: "We keep your data in
# the EU", "You pay the fees monthly in advance", "If we miss that, you get a credit of 5%". Only for the pronouns a
# contract defines as its parties (the narrator of guidance is no party), only in a main clause (not "if we miss
# it", "when you pay"), and only verbs of performance or receipt: "we believe", "you know" promise nothing.
_PLAIN_DOES = frozenset({
    "provide", "pay", "credit", "refund", "repay", "reimburse", "keep", "retain", "hold", "store", "host", "encrypt",
    "delete", "destroy", "erase", "return", "give", "send", "notify", "tell", "inform", "report", "publish", "meet",
    "achieve", "grant", "license", "licence", "assign", "deliver", "perform", "ensure", "comply", "bear", "maintain",
    "review", "audit", "reduce", "lower", "cut", "respond", "answer", "resolve", "restore", "fix", "support",
    "handle", "process", "charge", "invoice", "bill", "offer", "share", "transfer", "export", "own", "continue",
    "permit", "allow", "let", "appoint", "attend", "measure", "monitor", "track", "count", "calculate", "use",
    "disclose", "sell", "engage", "subcontract", "train",
    # an efforts undertaking in the present tense ("We aim to answer 95% of tickets within 1 hour") binds as "we will
    # aim to" does: the rules' efforts qualifiers then make it weak
    "aim", "strive", "endeavour", "endeavor", "try", "seek",
})
_PLAIN_RECEIVES = frozenset({"get", "receive", "earn", "obtain", "keep", "own", "retain"})
_PLAIN_SUBJECTS = frozenset({"we", "you"})
_PLAIN_NEGATORS = (("do", "not"), ("do", "n't"), ("do", "n’t"), ("never",))
_PLAIN_ADVERBS = frozenset({"also", "then", "promptly", "immediately", "automatically", "always", "only", "each",
                            "still", "further", "thereafter", "directly"})
_PLAIN_SUBORDINATE = _SUBORDINATORS | frozenset({"once", "until", "after", "before", "because", "since", "while",
                                                "that", "whether", "so", "what", "how", "why", "case", "event"})


def _plain_present(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """The present-tense undertakings of a sentence whose parties are "we" and "you" and that has no modal verb:
    "we delete your data within 30 days" binds "we" as "we shall delete" would; "you get a credit" gives "you" a
    right; "we do not sell your data" is a negated duty."""
    found: list[Predication] = []
    for start, end, role in mentions:
        if tokens[start] not in _PLAIN_SUBJECTS or end != start + 1 or role not in ("customer", "supplier"):
            continue
        lo = start
        while lo > 0 and tokens[lo - 1] not in (",", ";", ":", "(", "|") and tokens[lo - 1] not in _BOUNDARIES:
            lo -= 1
        if _PLAIN_SUBORDINATE.intersection(tokens[lo:start]):
            continue
        at, negated = end, ""
        while at < len(tokens) and tokens[at] in _PLAIN_ADVERBS:
            at += 1
        for negator in _PLAIN_NEGATORS:
            if tuple(tokens[at: at + len(negator)]) == negator:
                negated, at = " ".join(negator), at + len(negator)
                break
        while at < len(tokens) and tokens[at] in _PLAIN_ADVERBS:
            at += 1
        if at >= len(tokens):
            continue
        verb = tokens[at]
        if verb in _PLAIN_RECEIVES and not negated and tokens[start] == "you":
            kind = RIGHT
        elif verb in _PLAIN_DOES or verb in _PLAIN_RECEIVES:
            kind = OBLIGATION
        else:
            continue
        found.append(Predication(at, len(tokens), verb, kind, role, negated))
    if not found:
        found.extend(_plain_charges_fall(tokens, mentions))
    for index in range(len(found) - 1):
        found[index] = Predication(found[index].start, found[index + 1].start, found[index].modal, found[index].kind,
                                   found[index].subject, found[index].negated)
    return found


# A statement of work's or term sheet's headline form gives each party its task with a bare "to": "Supplier to return
# all Customer Data in CSV format within 30 days", "Action: the Provider to deliver the exit plan". It binds only
# as the sentence's opening words, after any list marker or "Label:"; "the Customer's obligations on exit include
# providing ..." binds its party the same way.
_HEADLINE_LEAD = frozenset({"-", "•", "–", "*", "(", ")", "[", "the", "a", "an"})
_DUTY_NOUNS = frozenset({"obligations", "obligation", "duties", "duty", "responsibilities", "responsibility"})
_DUTY_VERBS = frozenset({"include", "includes", "are", "is", "comprise", "comprises", "consist", "consists"})
_INCLUDE_VERBS = frozenset({"include", "includes", "comprise", "comprises"})
# a draft's to-do for one side, not a term: "[Customer to consider whether ...]", "Supplier to confirm the rates"
_TODO_VERBS = frozenset({"consider", "discuss", "confirm", "check", "propose", "revert", "clarify", "comment",
                         "respond", "explore", "investigate", "advise", "note", "think"})


def _list_label(tokens: Sequence[str], at: int) -> bool:
    """Is the token a short list label closed by ")" or "." ("a )", "3 .")?"""
    return len(tokens[at]) <= 3 and tokens[at].rstrip(".").isalnum() and at + 1 < len(tokens) \
        and tokens[at + 1] in (")", ".")


def _bare_to(tokens: Sequence[str], end: int, mentions: Sequence[tuple[int, int, str]]) -> bool:
    """Does a bare "to" and a verb follow the party mention ending at ``end`` ("Supplier to provide ...")? Not the other
    party ("Supplier to Customer: by email" heads a notices table), "the", or a thing still to do ("to consider")."""
    return (end < len(tokens) - 1 and tokens[end] == "to" and tokens[end + 1].isalpha() and tokens[end + 1] != "the"
            and tokens[end + 1] not in _TODO_VERBS and not any(start == end + 1 for start, _, _ in mentions))


def _headline_duty(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """The duty of a sentence that opens with a party and a bare "to" ("Supplier to provide ...") or with a
    party's obligations ("The Supplier's obligations on exit include providing ..."), and has no modal verb."""
    colon = next((i for i, t in enumerate(tokens[:8]) if t == ":"), -1)
    at = colon + 1
    while at < len(tokens) and (tokens[at] in _HEADLINE_LEAD or _list_label(tokens, at)):
        at += 1
    # "It is the Supplier's responsibility to provide ...": the duty named after "it is"
    it_is = tuple(tokens[at:at + 2]) == ("it", "is")
    if it_is:
        at += 2 + (at + 2 < len(tokens) and tokens[at + 2] == "the")
    mention = next(((start, end, role) for start, end, role in mentions if start == at), None)
    if mention is None or mention[2] not in ("customer", "supplier", "both"):
        return []
    _, end, role = mention
    if it_is:
        noun = end + 1
        if end < len(tokens) and tokens[end] in ("'s", "’s") and noun + 2 < len(tokens) \
                and tokens[noun] in _DUTY_NOUNS and tokens[noun + 1] == "to" and tokens[noun + 2].isalpha():
            return [Predication(noun, len(tokens), "responsibility to", OBLIGATION, role)]
        return []
    if _bare_to(tokens, end, mentions):
        return [Predication(end, len(tokens), "to", OBLIGATION, role)]
    if end < len(tokens) and tokens[end] in ("'s", "’s"):
        for noun in range(end + 1, min(end + 3, len(tokens))):
            if tokens[noun] in ("right", "rights") and _right_stands(tokens, noun):
                # "The Customer's right to terminate for convenience on 90 days' notice is not affected by ..."
                return [Predication(noun, len(tokens), "right", RIGHT, role)]
            if tokens[noun] in ("right", "rights"):
                # "The Customer's rights under this Agreement include the right to audit ...": its rights listed
                verb = next((i for i in range(noun + 1, min(noun + 8, len(tokens))) if tokens[i] in _INCLUDE_VERBS), -1)
                if verb > 0 and not {"not", "no", "never"} & set(tokens[noun:verb + 2]):
                    return [Predication(verb, len(tokens), tokens[verb], RIGHT, role)]
            if tokens[noun] not in _DUTY_NOUNS:
                continue
            verb = next((i for i in range(noun + 1, min(noun + 8, len(tokens))) if tokens[i] in _DUTY_VERBS), -1)
            if verb > 0 and not {"not", "no", "never"} & set(tokens[noun:verb + 2]):
                return [Predication(verb, len(tokens), tokens[verb], OBLIGATION, role)]
    return []


# A term sheet's passive headline: "Exit: Exit assistance to be provided for 6 months", "All Customer Data to be
# returned in CSV format within 30 days". The thing opens the sentence and "to be" + participle is its only verb; a
# finite verb after it makes the infinitive a relative one ("The Services to be provided are set out in Schedule 1").
_HEADLINE_NOT_THING = frozenset({"shall", "will", "must", "may", "is", "are", "was", "were", "be", "been", "has",
                                 "have", "not", "no", "if", "whether", "how", "what", "which", "who", "matters",
                                 "items", "issues", "points"})
_CHANGED = frozenset({"amended", "varied", "modified", "changed", "updated", "replaced", "deleted", "inserted",
                      "substituted", "removed"})
_PROPOSED = frozenset({"proposed", "proposal", "requested", "request", "suggested", "draft"})
_FINITE_AFTER = frozenset({"shall", "will", "must", "may", "is", "are", "was", "were", "include", "includes",
                           "means", "mean", "comprise", "comprises", "can", "should", "would"})


def _headline_passive(tokens: Sequence[str]) -> list[Predication]:
    """The duty of a sentence whose only verb is a headline "to be" + participle ("Exit assistance to be provided by
    the Supplier for 6 months"); no party needs to open it."""
    colon = next((i for i, t in enumerate(tokens[:8]) if t == ":"), -1)
    at = colon + 1
    while at < len(tokens) and (tokens[at] in _HEADLINE_LEAD or _list_label(tokens, at)):
        at += 1
    to = next((i for i in range(at + 1, min(at + 12, len(tokens) - 2)) if tokens[i] == "to" and tokens[i + 1] == "be"),
              -1)
    if to < 0 or not _HEADLINE_NOT_THING.isdisjoint(tokens[at:to]) or not _passive_duty(tokens, to + 2):
        return []
    if tokens[to + 2] in _CHANGED or not _PROPOSED.isdisjoint(tokens[:max(colon, 0)]):
        # "Proposed change: Schedule 8 to be amended so that ...": a change asked for, not a term
        return []
    if not _FINITE_AFTER.isdisjoint(tokens[to + 3:]):
        return []
    return [Predication(to, len(tokens), "to be", OBLIGATION, None)]


def _needs_consent(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """A rule stated in the present tense that something needs a party's consent: "Sub-outsourcing of any critical
    function requires the Firm's prior written approval" binds as "shall not ... without" does (no party acts: the
    rule binds whoever would do it)."""
    for index, token in enumerate(tokens[:-2]):
        if token not in NEED_VERBS or "not" in tokens[max(0, index - 3):index]:
            continue
        owner = next((m for m in mentions if index < m[0] <= index + 2 and m[2] in ("customer", "supplier")), None)
        if owner is None or owner[1] >= len(tokens) or tokens[owner[1]] not in ("'s", "’s"):
            continue
        if not CONSENT_WORDS.isdisjoint(tokens[owner[1] + 1: owner[1] + 5]):
            return [Predication(index, len(tokens), token, OBLIGATION, None)]
    return []


def _right_stands(tokens: Sequence[str], noun: int) -> bool:
    """Does the sentence say that nothing impairs the right named at ``noun`` ("... is not affected by",
    "... remains unaffected")?"""
    for index in range(noun + 1, len(tokens) - 1):
        if tokens[index] in (";", ":"):
            return False
        if tokens[index] in ("is", "are", "remains", "remain") and (
                tokens[index + 1] in ("unaffected", "unimpaired", "unrestricted")
                or (tokens[index + 1] == "not" and index + 2 < len(tokens) and tokens[index + 2] in _IMPAIRED)):
            return True
    return False


def _plain_first_half(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]],
                      first_modal: int) -> list[Predication]:
    """A plain present-tense first half before ", but" / ", and" / ";" and a modal second half: "We don't provide
    transition services when these Terms end, but our partners may be able to help" - the first half is governed by
    its own "don't provide", not by the partners' "may"."""
    boundary = _coordination(tokens, first_modal)
    if boundary <= 0:
        boundary = _relative_opening(tokens, first_modal)
    if boundary <= 0:
        return []
    found = _plain_present(tokens[:boundary], [m for m in mentions if m[1] <= boundary])
    return [Predication(p.start, boundary, p.modal, p.kind, p.subject, p.negated) for p in found[-1:]]


_FALLS = frozenset({"falls", "fall", "drops", "drop", "decreases", "decrease", "reduces", "goes", "go", "comes",
                    "come"})
_FALL_PARTICLES = frozenset({"goes", "go", "comes", "come"})  # "goes down", not "goes to the Supplier"


def _plain_charges_fall(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """ "As our AI agent handles more of your contacts, your price goes down", "your per-resolution fee for that month
    falls by 2%": the customer's charges cut in the present tense bind the supplier who charges them, as "the
    Charges shall be reduced" does (see :func:`_charges_reduced`). Only after "your" / "our", in plain terms."""
    for start, end, _ in mentions:
        if tokens[start] not in _POSSESSIVE_PRONOUNS:
            continue
        noun = next((i for i in range(end, min(len(tokens), end + 5)) if tokens[i] in _CHARGES), None)
        if noun is None:
            continue
        for at in range(noun + 1, min(len(tokens), noun + 7)):
            word = tokens[at]
            if word in (",", ";", ":", ".") or word in _MODAL_WORDS:
                break
            if word in _FALLS and (word not in _FALL_PARTICLES or tuple(tokens[at + 1: at + 2]) == ("down",)):
                return [Predication(at, len(tokens), word, OBLIGATION, "supplier")]
            if word in ("is", "are") and tokens[at + 1: at + 2] and tokens[at + 1] in _REDUCED:
                return [Predication(at, len(tokens), f"{word} {tokens[at + 1]}", OBLIGATION, "supplier")]
    return _charges_cut_by(tokens, mentions)


# Continental drafting translated from German or French states duties in the present indicative, the party opening
# the sentence: "The Provider reports to the Bank each quarter the Auto-Clearance Rate", "The Provider passes on to the
# Bank an appropriate share of the efficiency gains" bind as "shall report", "shall pass on" would. Verbs of
# performance only, acts done to or for the other party: "The Provider operates a processing centre" describes, and
# "The Supplier holds ISO/IEC 27001 certification" or "maintains", "complies with" state a fact (a representation, not
# a duty); and not in a recital.
_NAMED_DOES = frozenset({
    "reports", "pays", "repays", "refunds", "reimburses", "credits", "passes", "shares", "bears", "notifies", "informs",
    "delivers", "returns", "deletes", "destroys", "erases", "grants", "licenses", "licences", "assigns", "submits",
    "transfers", "discloses", "gives", "sends",
})


def _named_present(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """The present-tense undertaking of a named party that opens a sentence with no modal verb."""
    for start, end, role in mentions:
        if role not in ("customer", "supplier"):
            continue
        if any(t not in ("the", "The") for t in tokens[:start]):
            return []  # the party must open the sentence: "if the Provider reports ..." is a condition
        at = end
        while at < len(tokens) and tokens[at] in _ROW_ADVERBS:
            at += 1
        if at < len(tokens) and tokens[at] in _NAMED_DOES:
            return [Predication(at, len(tokens), tokens[at], OBLIGATION, role)]
        return []
    return []


# (Scandinavian drafting "regulates" prices by an index: "The prices are regulated once a year on 1 April by the net
# price index")
_ADJUSTED = frozenset({"adjusted", "reviewed", "indexed", "revised", "benchmarked", "updated", "recalculated",
                       "regulated"})


def _charges_adjusted(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """ "The prices are adjusted on 1 January of each year to the change of the consumer price index": the charges'
    periodic adjustment stated in the present tense, as "shall be adjusted" would (for both parties). Only "the"
    charges opening a main clause with no party in the subject. The main clause may follow a time put first and
    closed by a comma ("On April 1 of each Contract Year, the fees set out in Schedule B are indexed according to
    the Consumer Price Index"), as long as the time names no party and is no condition."""
    for at in range(1, len(tokens) - 1):
        if tokens[at] not in ("is", "are") or tokens[at + 1] not in _ADJUSTED:
            continue
        lo = 0
        first = tokens[0].lower()
        if first in _TIME_OPENERS or first in ("each", "every", "annually", "yearly", "thereafter"):
            lo = next((i + 1 for i in range(at - 1, -1, -1) if tokens[i] == ","), 0)
            if lo and _SUBORDINATORS.union({"that"}).intersection(t.lower() for t in tokens[:lo]):
                return []
        subject = [t.lower() for t in tokens[lo:at]]
        if not subject or subject[0] != "the" or not _CHARGES.intersection(subject) \
                or _SUBORDINATORS.intersection(subject) or any(start < at for start, _, _ in mentions) \
                or any(t in (",", ";", ":", "(", "|", ".") for t in subject):
            return []
        return [Predication(at, len(tokens), f"{tokens[at]} {tokens[at + 1]}", OBLIGATION, "both")]
    return []


def _charges_cut_by(tokens: Sequence[str], mentions: Sequence[tuple[int, int, str]]) -> list[Predication]:
    """ "From the first full month after go-live, the Benefits Administration Fee for each month is reduced by the
    Automation Dividend": a schedule states the cut to the charges in the present tense, by an amount, as "shall be
    reduced by" would; it binds the supplier who charges them (see :func:`_charges_reduced`). Only "the" charges with
    no party in the subject, in a main clause ("if the Fee is reduced by ..." is a condition), and only with "by"
    and what the cut is."""
    for at in range(1, len(tokens) - 3):
        if tokens[at] not in ("is", "are") or tokens[at + 1] not in _REDUCED or tokens[at + 2] != "by":
            continue
        lo = at
        while lo > 0 and tokens[lo - 1] not in (",", ";", ":", "(", "|", "."):
            lo -= 1
        subject = tokens[lo:at]
        # ("Each quarter the Annual Service Charge is reduced by ...": a time before the subject)
        the = subject.index("the") if "the" in subject else -1
        if the < 0 or not _CHARGES.intersection(subject[the:]) \
                or _SUBORDINATORS.intersection(subject) or any(lo <= start < at for start, _, _ in mentions):
            continue
        return [Predication(at, len(tokens), f"{tokens[at]} {tokens[at + 1]}", OBLIGATION, "supplier")]
    return []
