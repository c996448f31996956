"""Quantities in contract language: money, percentages, durations, frequencies.

Pure regular expressions over a sentence's text (no spaCy needed), so they are
cheap to run on every candidate sentence. Each :class:`Quantity` keeps its
character span so evidence can point at it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from . import currencies

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90}
# "twenty-four", "twenty four" and "twentyfour" (a PDF line break inside "twenty-" / "four" rejoined without its hyphen)
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]?(?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)")
# "forty-eight (48)", "48", "seventy two": the parenthesised digits win when both are given.
_NUM = (rf"(?:(?:{_NUMBER_WORD})\s*\((?P<{{g}}p>\d+(?:\.\d+)?)\)|(?P<{{g}}d>\d+(?:,\d{{{{3}}}})*(?:\.\d+)?)"
        rf"|(?P<{{g}}w>{_NUMBER_WORD}))")


def _num(group: str) -> str:
    # The look-ahead skips, cheaply, positions where no number (digit or number word) can start.
    return r"\b(?=[\dzotfsenahZOTFSENAH])" + _NUM.format(g=group)


def word_to_number(text: str) -> float | None:
    """``"forty-eight"`` -> 48.0; digits pass through; ``None`` when not a number."""
    text = text.strip().lower().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text in ("a hundred", "one hundred"):
        return 100.0
    total = 0
    for part in re.split(r"[-\s]+", text):
        if part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        elif part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part[:-4] in _TENS_WORDS or part[:-3] in _TENS_WORDS or part[:-5] in _TENS_WORDS:
            tens = next(w for w in _TENS_WORDS if part.startswith(w))  # "twentyfour"
            unit = _UNITS_WORDS.get(part[len(tens):])
            if unit is None or not 0 < unit < 10:
                return None
            total += _TENS_WORDS[tens] + unit
        else:
            return None
    return float(total)


# a pattern's pieces: an escape, a group's name, or one character
_PIECES = re.compile(r"\\.|\(\?P[<=]\w+[>)]|.", re.S)
_UNFOLDABLE = re.compile(r"\\[0-9xuUN]|\(\?[aiLmsux-]")  # a letter by its code, an inline flag


def _folded(regex: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A case-insensitive ``regex`` and a case-sensitive copy with every letter it names in lower case
    (outside escapes and group names), for :func:`_finditer`: on lower-cased ASCII text the copy
    matches where ``regex`` matches the text ("[A-Z]" becomes "[a-z]", "Z" becomes "z")."""
    if not regex.flags & re.IGNORECASE or _UNFOLDABLE.search(regex.pattern):
        raise ValueError(f"not a pattern that lower-cased text can answer: {regex.pattern!r}")
    source = "".join(piece if len(piece) > 1 else piece.lower() for piece in _PIECES.findall(regex.pattern))
    return regex, re.compile(source, regex.flags & ~re.IGNORECASE)


def _finditer(regexes: tuple[re.Pattern[str], re.Pattern[str]], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a :func:`_folded` pair: on ASCII text, the case-sensitive copy over
    ``low`` (:func:`_lowered` ``(text)``), which finds the same spans three times faster (a case-blind
    scan compares each character both ways). Groups come lower-cased: callers read them case-blind,
    and take what they quote from ``text`` by the match's span."""
    return regexes[1].finditer(low) if low is not None else regexes[0].finditer(text)


def _value(match: re.Match[str], group: str) -> float | None:
    for suffix in ("p", "d", "w"):
        found = match.group(group + suffix)
        if found:
            return word_to_number(found)
    return None


@dataclass(frozen=True)
class Quantity:
    """A number found in text.

    ``kind`` is ``money`` (``value`` in the currency's units, ``unit`` the
    currency code, ``per`` the thing priced: "Resolved Contact"),
    ``percent``, ``duration`` (``value`` in hours) or ``frequency`` (``value``
    in times per year).
    """

    kind: str
    value: float
    unit: str
    text: str
    start: int
    end: int
    per: str = ""


_PER_AFTER = re.compile(
    # "Rs. 95/- per query", "INR 1,25,000 (Rupees One Lakh Twenty-Five Thousand only) per month": an Indian
    # amount's "/-" and an amount repeated in words, however long, stand between the figure and its unit
    # (and a price stated net or gross of a tax: "EUR 6,80 excl. VAT per Closed Claim File")
    r"^(?:/-)?\s*[)\]]?\s*(?:\([^)]{0,90}\)\s*)?"
    r"(?:(?:excluding|plus|exclusive of|inclusive of|excl\.|incl\.|net of)\s+\w+\s+)?"
    r"(?:per|for each|for every|for any|each|a|/)\s+(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
# "a per-resolution charge of $5", "the Resolution Fee is $5": the priced unit written before the amount.
_PER_BEFORE = (
    # "per Resolution of USD 4.10", and a rate card's "Per Resolved Incident: USD 7.25" (the colon straight after)
    re.compile(r"\b[Pp]er[-\s](?P<per>[A-Za-z][\w-]*)(?:\s+\w+){0,3}?(?:\s+(?i:of|is|shall be|will be|at)|\s*:)\s*$"),
    re.compile(r"(?P<per>(?!(?:The|A|An|Each|Any|This|Such)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
               r"(?i:fee|charge|price|rate)\s+(?:\w+\s+){0,3}?(?i:of|is|shall be|will be|at|:)\s*$"),
    # "Each agent-handled Resolved Ticket is charged at twelve dollars and forty cents ($12.40)", "and each
    # AI-handled Resolved Ticket at four dollars and ninety cents ($4.90)": the unit, then the amount in words
    # and in figures
    # a US federal contract's line item priced "per unit" or "each": the unit is the item the line names ("CLIN 0001
    # Completed Case Adjudication - Firm-Fixed-Price per unit - USD 7.25")
    re.compile(r"\b(?:CLIN|SLIN)\s+\w+\s*[-:|]?\s+(?P<per>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+[-–:|]\s+"
               r"(?:[\w-]+\s+){0,3}?(?i:per\s+unit|each|unit\s+price)\s*[-–:|,]?\s*$"),
    re.compile(r"\b(?i:each|every|per)\s+(?:(?:[a-z][\w-]*|[A-Za-z]+-[a-z][\w-]*)\s+)?(?P<per>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
               r"(?:(?i:is|are|shall be|will be)\s+(?i:charged|billed|invoiced|priced|payable)\s+)?(?i:at|for)\s+"
               r"(?:[a-z][\w-]*\s+){0,7}?\(?\s*$"),
    # a tiered price listed after its lead-in: "The price per Resolved Ticket is tiered by monthly volume: USD 7.50 for
    # the first 10,000, USD 6.00 for the next 20,000 and USD 4.75 above 30,000" (each amount is the unit's)
    re.compile(r"\b[Pp]er[-\s](?P<per>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?i:is|are|shall be|will be)\s+"
               r"(?i:tiered|banded|as follows|set out below|stepped)[^.;:]{0,50}:(?:[^.;:]|\.(?=\d)){0,100}$"),
)

_PERCENT = re.compile(rf"{_num('v')}\s?(?:%|per\s?cent\b|percent\b)", re.I)
_DURATION_UNITS = {"hour": 1.0, "business day": 24.0, "working day": 24.0, "banking day": 24.0,
                   "calendar day": 24.0, "day": 24.0, "week": 168.0, "month": 730.0, "calendar month": 730.0,
                   "year": 8760.0, "minute": 1 / 60, "second": 1 / 3600}
# Indonesian and Vietnamese translations give the figure first and the words after it, "24 (twenty-four) hours",
# and count days of 24 hours as "2 x 24 hours" (2 x 24 jam): a one-digit multiplier before the figure
_DURATION = re.compile(
    rf"(?:\b(?P<times>\d)\s?[x×]\s?)?{_num('v')}(?:\s*\((?:[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){{0,4}}\))?"
    r"[\s-]*(?P<unit>business days?|working days?|banking days?|calendar days?|calendar months?|hours?|days?|"
    r"weeks?|months?|years?|minutes?|seconds?|"
    r"hrs?|mins?)\b",
    re.I,
)

# (pattern, times a year, words every match of the pattern holds: see _may_hold)
_FIXED_FREQUENCIES = (
    # "six-monthly" is every six months, not monthly: it is read before the monthly row takes "monthly"
    (r"\b(?:semi-?annual(?:ly)?|half-?yearly|bi-?annual(?:ly)?|six-?monthly|twice (?:a|per|each|every) year|"
     r"twice yearly)\b", 2.0, ("annual", "yearly", "twice", "monthly")),
    # ("biennial" and "triennial" hold no "annu": the cue lists carry "ennial")
    (r"\b(?:bienniall?y?|every (?:two|2|second) years?|once every (?:two|2) years)\b", 0.5, ("bienni", "every")),
    (r"\btrienniall?y?\b", 1 / 3, ("trienni",)),
    (r"\b(?:annual(?:ly)?|yearly|per annum|(?:each|every) (?:calendar |contract |contractual |financial |fiscal )?year|"
     r"once (?:a|per|in each|in any|each) (?:calendar |contract |contractual |financial |fiscal )?year)\b", 1.0,
     ("annual", "year", "annum")),
    # "every calendar quarter", "on or before the seventh Business Day of every calendar month"
    (r"\b(?:quarterly|(?:each|every|per) (?:calendar )?quarter|once (?:a|per|each|in any) (?:calendar )?quarter)\b",
     4.0, ("quarter",)),
    (r"\b(?:monthly|(?:each|every|per) (?:calendar )?month|once (?:a|per|each|in any) (?:calendar )?month)\b", 12.0,
     ("month",)),
    (r"\b(?:fortnightly|bi-?weekly|(?:each|every|per) fortnight|"
     r"once (?:a|per|each|every|in (?:each|every|a)) fortnight)\b", 26.0, ("fortnight", "weekly")),
    (r"\b(?:weekly|each week|every week|per week)\b", 52.0, ("week",)),
    (r"\b(?:daily|each day|every day|per day)\b", 365.0, ("daily", "day")),
)
_FIXED_RE = [(_folded(re.compile(pattern, re.I)), value, words) for pattern, value, words in _FIXED_FREQUENCIES]
# A count starts at the first digit of a run: retrying from every later digit made a long run quadratic.
_TIMES = r"(?P<times>once|twice|thrice|(?:" + _NUMBER_WORD + r"|(?<!\d)\d+)\s+(?:\(\d+\)\s+)?times)"
# (Indian, UK and Australian drafting count audits in "financial years"; US drafting in "fiscal years"; translated
# Gulf drafting in "contractual years")
_PERIOD_UNIT = (r"(?P<punit>(?:calendar|contract|contractual|financial|fiscal) (?:years?|quarters?|months?|weeks?)|"
                r"years?|months?|quarters?|weeks?)")
# "once in every calendar quarter", "not more than once in any period of twenty-four (24) months",
# "twice in any twelve (12) consecutive months"
# "every second calendar year", "every other month", "every 3rd year": one period in n
_NTH = r"(?P<nth>other|second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)"
_NTH_VALUE = {"other": 2.0, "second": 2.0, "third": 3.0, "fourth": 4.0, "fifth": 5.0, "sixth": 6.0, "2nd": 2.0,
              "3rd": 3.0, "4th": 4.0, "5th": 5.0, "6th": 6.0}
_COUNTED = re.compile(
    rf"{_TIMES}\s+(?:(?:in|per|during|within|each|every)\s+)?(?:any|each|every|a|one)?\s*(?:period\s+of\s+)?"
    rf"(?:(?:(?P<pn>\d+|{_NUMBER_WORD})\s*(?:\(\d+\))?|{_NTH})[\s-]*)?(?:consecutive\s+)?{_PERIOD_UNIT}"
    rf"(?:\s+period)?",
    re.I,
)
# the things themselves counted and capped: "no more than one such audit may take place in any period of thirty-six
# (36) months", "not more than two inspections in any twelve (12) month period", "may carry out one Audit in any
# period of 24 months", "up to two audits per Contract Year"
_CAPPED = re.compile(
    rf"\b(?:(?:no|not)\s+more\s+than\s+|up\s+to\s+|at\s+most\s+|a\s+maximum\s+of\s+)?(?P<times>{_NUMBER_WORD}|(?<!\d)\d+)\s+(?:\(\d+\)\s+)?(?:such\s+)?"
    rf"(?:audit|inspection|review|visit|examination)s?\b[^.;]{{0,40}}?\b(?:in|per|during|within)\s+"
    rf"(?:any|each|every|a|one)?\s*(?:period\s+of\s+)?(?:(?:(?P<pn>\d+|{_NUMBER_WORD})\s*(?:\(\d+\))?|{_NTH})[\s-]*)?"
    rf"(?:consecutive\s+)?{_PERIOD_UNIT}(?:\s+period)?",
    re.I,
)
_CAPPED_WORDS = ("audit", "inspection", "review", "visit", "examination")
_EVERY = re.compile(rf"\bevery\s+(?:(?P<pn>\d+|{_NUMBER_WORD})\s*(?:\(\d+\))?|{_NTH})[\s-]*{_PERIOD_UNIT}", re.I)
# "on each third anniversary of the Effective Date": one year in n; "each anniversary" every year
_ANNIVERSARY = re.compile(rf"\b(?:each|every)\s+(?:{_NTH}\s+)?anniversary", re.I)
_PERIOD_YEARS = {"year": 1.0, "month": 1 / 12, "quarter": 0.25, "week": 1 / 52}


def _times(text: str) -> float | None:
    text = text.lower()
    if text == "once":
        return 1.0
    if text == "twice":
        return 2.0
    if text == "thrice":
        return 3.0
    return word_to_number(re.sub(r"\s*(\(\d+\))?\s*times$", "", text))


def _period_years(count: str | None, unit: str, nth: str | None = None) -> float | None:
    unit = unit.lower().split()[-1].rstrip("s")
    n = _NTH_VALUE[nth.lower()] if nth else word_to_number(count) if count else 1.0
    if n is None or n == 0:
        return None
    return n * _PERIOD_YEARS[unit]


_UNIT_STOP = frozenset("and or in of to by on at as with which that plus the".split())


def _trim_unit(words: str) -> str:
    kept = []
    for word in words.split():
        if word.lower() in _UNIT_STOP:
            break
        kept.append(word)
    return " ".join(kept)


# The only characters outside ASCII that re.IGNORECASE takes for an ASCII letter (as the re module
# documents: dotted and dotless I, the long s, the Kelvin sign). lower() already gives "k" for the
# Kelvin sign; the other three it leaves alone, or writes as two characters.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def case_blind(text: str) -> str:
    """``text`` lower-cased so that a substring test for a lower-case ASCII word finds it wherever a
    case-insensitive regex for the word would: on any text, including the dashes, accents and bullets
    of real contracts. (Its offsets are not the text's when a character expands: search it, do not
    quote from it.)"""
    global _LAST_CASE_BLIND
    last = _LAST_CASE_BLIND  # (one read: another thread may replace it, never half of it)
    if last[0] is text:
        return last[1]  # the same text asked again by the next gate (a sentence meets several in a row)
    lowered = text.lower() if text.isascii() else text.translate(_ASCII_FOLD).lower()
    _LAST_CASE_BLIND = (text, lowered)
    return lowered


_LAST_CASE_BLIND: tuple[str | None, str] = (None, "")


def _may_hold(text: str, words: tuple[str, ...], low: str | None = None) -> bool:
    """Can ``text`` hold one of ``words`` (lower-case ASCII) in any case?

    A substring test costs a fraction of a case-insensitive regex scan (which has no literal
    prefix to jump to, so tries every alternative at every position); a regex whose every match
    holds one of ``words`` need not run when this says no (see :func:`case_blind`).
    ``low`` is :func:`_lowered` ``(text)`` when the caller has it (one per text, not one per test)."""
    if low is None:
        low = case_blind(text)
    return any(map(low.__contains__, words))  # (no Python frame per word: asked ~100,000 times per long contract)


def _lowered(text: str) -> str | None:
    """``text.lower()`` when case-blind substring tests on it are exact (ASCII text), else None."""
    return text.lower() if text.isascii() else None


_MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
# An amount as written: "1,250.00", Indian "9,50,000", "12,50" (a decimal comma), "1.250.000,00",
# "1 250" or "1'250.50" (a space or apostrophe between thousands). Which reading applies is settled with
# the currency by _amount_value; an amount ends with a digit ("$5," is "$5").
# (The first digit comes first, and the check that no digit or separator precedes it after it, so that the
# scan jumps from digit to digit instead of trying the look-behind at every character.)
_AMOUNT_BODY = (r"\d(?<![\d.,]\d)(?:\d{0,2}(?:[ \u00a0\u202f'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)"
                r"|\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.])"
                r"|(?:[\d,]*\d)?(?:\.\d+)?)")
_AMOUNT_RE = re.compile(_AMOUNT_BODY)
_DIGIT = re.compile(r"\d")
_SEP = re.compile(r"[ \u00a0\u202f'’]")


def _escaped(signs: Iterable[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))


# A currency written right before the amount (one space at most): a sign ("NZ$", "€"), a code
# ("ZAR", "CAD$") or a letter sign ("R", "kr", "Rs."), each ending where the amount begins.
_CUR_BEFORE = re.compile(
    rf"(?:(?P<sym>{_escaped(k for k in currencies.SYMBOLS if not k[0].isalpha())})"
    rf"|(?<![A-Za-z.])(?:(?P<lsym>{_escaped(k for k in currencies.SYMBOLS if k[0].isalpha())})"
    rf"|(?P<code>[A-Z]{{3}})\$?|(?P<sign>{_escaped(currencies.LETTER_SIGNS)})))\s?$"
)
_NATIONAL = _escaped({adjective for adjective, _ in currencies.NATIONAL_WORDS})
_WORD_NAMES = _escaped({word for _, word in currencies.NATIONAL_WORDS} | set(currencies.CURRENCY_WORDS))
# A currency after the amount (and its multiplier): "45 ZAR", "45,00 kr", "12 Australian dollars", "3m euros".
_CUR_AFTER = re.compile(
    r"\s?(?:(?P<mult>k|m|mn|bn|thousand|million|billion)(?![\w$£€])\.?\s?)?"
    rf"(?:(?:(?P<nat>{_NATIONAL})\s+)?(?P<word>{_WORD_NAMES})\b|(?-i:(?P<code>[A-Z]{{3}}))(?![\w$])"
    rf"|(?P<sign>{_escaped(currencies.SIGNS_AFTER)})(?!\w))",
    re.I,
)
_MULT_AFTER = re.compile(r"\s?(?P<mult>k|m|mn|bn|thousand|million|billion)(?![\w$£€])", re.I)
# What makes a bare letter sign or an ambiguous code a price: cents, thousands, a multiplier, a price
# word just before ("a fee of R45", "the charge is RM 30") or a unit just after ("R45 per claim").
_PRICE_BEFORE = re.compile(r"\b(?:fee|fees|charge[sd]?|price[sd]?|costs?|rates?|amount|sum|total|pays?|paid|payable|"
                           r"tariffs?|invoiced?|priced)\b(?:\W+\w+){0,3}\W*$", re.I)
_UNIT_AFTER = re.compile(r"\s*(?:[)\]]\s*)?(?:per|for each|for every|each|a|/|excl|incl|exclusive|inclusive|plus|"
                         r"\((?:excl|incl|plus))\b", re.I)
_CENTS_OR_THOUSANDS = re.compile(r"[.,]\d{2}$|\d[,.' \u00a0\u202f’]\d{3}")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _amount_value(raw: str, currency: str) -> float:
    """The number an amount stands for: "1.250,00" 1250, "12,50" 12.5, "9,50,000" 950000, "1 250" 1250;
    "1.250" is 1.25 unless the currency has no cents in use ("Rp 50.000", "¥1.200")."""
    if _SEP.search(raw):
        raw = _SEP.sub("", raw).replace(",", ".")
    elif "," in raw and "." in raw:
        raw = raw.replace(".", "").replace(",", ".") if raw.rfind(",") > raw.rfind(".") else raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = f"{head}.{tail}" if raw.count(",") == 1 and len(tail) <= 2 else raw.replace(",", "")
    elif raw.count(".") > 1 or (currency in currencies.NO_MINOR_UNIT and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", raw)):
        raw = raw.replace(".", "")
    return float(raw)


def _priced(text: str, start: int, amount: re.Match[str], end: int, mult: str) -> bool:
    """Does an amount beside a letter sign ("R45") or an ambiguous code ("PHP 8") read as a price?"""
    raw = amount.group(0)
    if mult or _CENTS_OR_THOUSANDS.search(raw):
        return True
    return bool(_UNIT_AFTER.match(text, end) or _PRICE_BEFORE.search(text, max(0, start - 40), start))


def _iso_currency(code: str) -> str | None:
    """The currency an ISO-style code written beside an amount stands for ("RMB" is the yuan), or None for a code that
    is no currency ("GST", "USA")."""
    if code not in currencies.ISO_CODES or code in currencies.NOT_CURRENCY:
        return None
    return currencies.CODE_ALIASES.get(code, code)


def _currency_before(text: str, amount: re.Match[str]) -> tuple[str, int, bool] | None:
    """(currency, where its sign starts, whether the amount must read as a price) for a currency
    written right before the amount."""
    start = amount.start()
    found = _CUR_BEFORE.search(text, max(0, start - 8), start)
    if found is None:
        return None
    if found.group("sym") or found.group("lsym"):
        return currencies.SYMBOLS[found.group("sym") or found.group("lsym")], found.start(), False
    code = found.group("code")
    if code:
        currency = _iso_currency(code)
        return None if currency is None else (currency, found.start(), code in currencies.AMBIGUOUS_CODES)
    sign = found.group("sign")
    # "Rs", "kr" are never anything else beside a figure; "R2", "RM 3" may be an item's number
    return currencies.LETTER_SIGNS[sign], found.start(), sign in currencies.LETTER_SIGNS_PRICED


def _currency_after(text: str, end: int) -> tuple[str, int, str, bool] | None:
    """(currency, where it ends, multiplier, whether the amount must read as a price) for a currency
    written after the amount."""
    found = _CUR_AFTER.match(text, end)
    if found is None:
        return None
    mult = (found.group("mult") or "").lower()
    if found.group("code"):
        code = found.group("code")
        currency = _iso_currency(code)
        if currency is None:
            return None
        # "45 PHP developers": an ambiguous code after an amount is a currency only when nothing named follows
        if code in currencies.AMBIGUOUS_CODES and re.match(r"\s+(?!per\b|for\b|each\b|excl|incl|plus\b)[A-Za-z]",
                                                           text[found.end():found.end() + 12], re.I):
            return None
        return currency, found.end(), mult, code in currencies.AMBIGUOUS_CODES
    if found.group("sign"):
        sign = found.group("sign")
        if sign not in currencies.SIGNS_AFTER:
            return None  # matched without regard to case: "45 uf" is not the Unidad de Fomento
        return currencies.SIGNS_AFTER[sign], found.end(), mult, sign in currencies.LETTER_SIGNS_PRICED
    word = found.group("word").lower()
    nat = (found.group("nat") or "").lower()
    currency = currencies.NATIONAL_WORDS.get((nat, word)) if nat else None
    if currency is None:
        currency = currencies.CURRENCY_WORDS.get(word)
        if currency is None:
            return None  # "won", "pesos", "francs" say whose only with the country's adjective
        if nat:  # an adjective that names no currency here ("45 Irish pounds" is not read as GBP either)
            return None
        if word.startswith("pound") and re.match(r"\s+(?:of|in weight)\b", text[found.end():found.end() + 12]):
            return None  # "40 pounds of mail" is a weight
    return currency, found.end(), mult, False


# a line item priced "each" after its amount, the unit named just before it: "CLIN 0001 Resolved Contact, USD 7.25
# each", "Completed Claim: USD 4.10 each" (not "500 each month", where "each" starts a period)
_EACH_AFTER = re.compile(r"^\s*each\b(?!\s+[A-Za-z0-9])")
_UNIT_BEFORE_EACH = re.compile(r"\b(?P<per>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*[,:|\u2013-]\s*$")


def _per_of(text: str, start: int, end: int) -> str:
    """What the amount at ``start:end`` is charged per, when the text says (after it, else before it)."""
    follows = _PER_AFTER.match(text[end: end + 80])
    if follows:
        return _trim_unit(follows.group("per"))
    window = text[max(0, start - 120): start]
    if _EACH_AFTER.match(text[end: end + 40]):
        named = _UNIT_BEFORE_EACH.search(window)
        if named:
            return named.group("per")
    for regex in _PER_BEFORE:
        precedes = regex.search(window)
        if precedes:
            return precedes.group("per")
    if " | " in text:
        return _row_unit(text)  # "Per-Claim Fee | per Completed Claim | $4.10": the unit has a cell of its own
    return ""


# An amount in words only, before a currency word: "four United States dollars and fifty cents for each
# Resolution", "seven dollars per Completed Transaction", "twelve thousand euros". Whole units up to 999,999
# with the cents in words; an amount also given in figures ("seven United States dollars (US$7.00)") is read
# from the figures.
_WORD_AMOUNT = re.compile(
    rf"\b(?P<n>{_NUMBER_WORD})(?:\s+(?P<hundred>hundred)(?:\s+(?:and\s+)?(?P<rest>{_NUMBER_WORD}))?)?"
    r"(?:\s+(?P<thousand>thousand))?(?=\s)", re.I)
_WORD_CENTS = re.compile(rf"\s+and\s+(?P<cents>{_NUMBER_WORD})\s+cents?\b", re.I)
_CURRENCY_WORD = re.compile(rf"\b(?:{_WORD_NAMES})\b", re.I)
# every match of _CURRENCY_WORD holds one of these (lower case): most sentences hold none
_CURRENCY_WORD_NAMES = tuple({word for _, word in currencies.NATIONAL_WORDS} | set(currencies.CURRENCY_WORDS))
# ... and the same test with fewer words: a word that holds another ("euros", "euro") is found by it
_CURRENCY_WORD_STEMS = tuple(sorted(word for word in _CURRENCY_WORD_NAMES
                                    if not any(other != word and other in word for other in _CURRENCY_WORD_NAMES)))


def _word_money(text: str, figures: list[Quantity]) -> list[Quantity]:
    if not _may_hold(text, _CURRENCY_WORD_STEMS) or _CURRENCY_WORD.search(text) is None:
        return []
    found: list[Quantity] = []
    for amount in _WORD_AMOUNT.finditer(text):
        after = _currency_after(text, amount.end())
        if after is None or not _CURRENCY_WORD.search(text, amount.end(), after[1]):
            continue  # a word amount needs a currency word: "one EUR", "two R" are not written
        currency, end, mult, _ = after
        if mult and mult not in ("thousand", "million", "billion"):
            continue  # "one m euros" is not written
        value = word_to_number(amount.group("n"))
        if value is None:
            continue
        if amount.group("hundred"):
            value = value * 100 + (word_to_number(amount.group("rest") or "zero") or 0.0)
        if amount.group("thousand"):
            value *= 1000
        value *= _MULTIPLIER.get(mult, 1.0)
        cents = _WORD_CENTS.match(text, end)
        if cents:
            value += (word_to_number(cents.group("cents")) or 0.0) / 100
            end = cents.end()
        if any(end <= q.start <= end + 8 for q in figures):
            continue  # the same amount in figures follows in brackets
        start = amount.start()
        found.append(Quantity("money", value, currency, text[start:end], start, end, _per_of(text, start, end)))
    return found


# A code, the amount in words, then the same in figures in brackets: "USD six (6.00) per Resolution", "EUR four
# thousand (4,000)" - the figures carry the code written before the words
_CODE_THEN_WORDS = re.compile(
    rf"(?<![A-Za-z.])(?P<code>[A-Z]{{3}})\s+(?i:{_NUMBER_WORD}(?:[\s-]+(?:hundred|thousand|and|{_NUMBER_WORD}))*)"
    r"\s*\(\s*$")


def _code_before_words(text: str, amount: re.Match[str]) -> tuple[str, int] | None:
    """(currency, where its code starts) for figures in brackets after the amount in words and its code."""
    start = amount.start()
    if text[max(0, start - 2):start].strip()[-1:] != "(":
        return None
    found = _CODE_THEN_WORDS.search(text, max(0, start - 80), start)
    if found is None:
        return None
    code = found.group("code")
    currency = None if code in currencies.AMBIGUOUS_CODES else _iso_currency(code)
    return None if currency is None else (currency, found.start())


def money(text: str) -> list[Quantity]:
    """Amounts with a currency, and what each is charged per when the text says."""
    if _DIGIT.search(text) is None:
        return _word_money(text, [])
    found: list[Quantity] = []
    for amount in _AMOUNT_RE.finditer(text):
        end = amount.end()
        if text[end:end + 1] == "%":
            continue
        before = _currency_before(text, amount)
        after = None if before else _currency_after(text, end)
        worded = _code_before_words(text, amount) if before is None and after is None else None
        if worded:
            before = (worded[0], worded[1], False)
        if before is not None:
            currency, start, ambiguous = before
            mult_match = _MULT_AFTER.match(text, end)
            mult = mult_match.group("mult").lower() if mult_match else ""
            if mult_match:
                end = mult_match.end()
            elif text[end:end + 1].isalpha():
                continue  # "CAD 3D", "USD 2bn" aside: a figure run into a word is not an amount
            elif worded and text[end:end + 1] == ")":
                end += 1  # "USD six (6.00)" closes its brackets
        elif after is not None:
            currency, end, mult, ambiguous = after
            start = amount.start()
        else:
            continue
        if ambiguous and not _priced(text, start, amount, end, mult):
            continue  # "PHP 8.2", "requirement R2": a version or an item's number, not a price
        if after is not None and not mult and _YEAR.fullmatch(amount.group(0)) and text[end - 1].isalpha():
            continue  # "in 2025 dollars", "2024 euro prices": a year's money, not an amount
        value = _amount_value(amount.group(0), currency) * _MULTIPLIER.get(mult, 1.0)
        found.append(Quantity("money", value, currency, text[start:end], start, end, _per_of(text, start, end)))
    return found + _word_money(text, found)


# A currency named in a column header or a table's lead-in, not beside an amount: "Amount (INR)",
# "Enquiry Charge (GBP, excluding VAT)", "Rate ($)", "Fee per Closed Claim (NZ$)", "Price (R)", "in Canadian
# dollars". A lone letter sign ("R", "kr") counts only in brackets of its own: "(R)", "(kr, excl. MVA)".
_NAMED_CURRENCY = re.compile(
    rf"(?:^|(?<=[\s(/]))(?:(?P<sym>{_escaped(currencies.SYMBOLS)})|(?-i:(?P<code>[A-Z]{{3}}))"
    rf"|(?<= \()(?P<sign>{_escaped(currencies.LETTER_SIGNS)})(?=[,)])"
    rf"|(?:(?P<nat>{_NATIONAL})\s+)?(?P<word>{_WORD_NAMES}))(?=[\s),;:/.]|$)",
    re.I,
)
# A column headed by a period of the term: "Year 1", "Years 4-5", "Contract Year 2", "FY2027", "2026/27", "Month 13+"
_PERIOD_HEADER = re.compile(r"^\s*(?:(?:contract|fiscal|financial|calendar|service)\s+)?"
                            r"(?:years?|yrs?|months?|quarters?|fy|cy)\s*\d{1,4}(?:\s*(?:[-–/]|to|and)\s*\d{1,4})?\+?(?:\s+onwards?)?\s*$"
                            r"|^\s*(?:fy\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\s*$", re.I)
# A column of percentages or shares is not money whatever currency its header names
# ("Service Credit (% of Monthly Charges, GBP)").
_PERCENT_HEADER = re.compile(r"%|per\s?cent|percentage|\bshare\b|\bratio\b", re.I)
# A header naming a price: the lead-in's currency applies to such a column ("Fee", "Unit Price", "Rate"),
# not to a column of counts ("Monthly Claims") beside it.
_PRICE_HEADER = re.compile(r"\b(?:fees?|prices?|charges?|rates?|amounts?|costs?|tariffs?)\b", re.I)
_BARE_AMOUNT = re.compile(r"^\s*(?:(?:up to|at most|not more than|not exceeding)\s+)?"
                          rf"(?P<amount>{_AMOUNT_BODY})\s*$", re.I)
# ... or an amount that says what it is charged per after it, its currency only in the header: "Colones (CRC)" over
# "2,450 per Kept Promise", "Fee (GBP)" over "3.40 for each Completed Report" (the unit is the cell's own)
_AMOUNT_PER = re.compile(rf"^\s*(?P<amount>{_AMOUNT_BODY})\s+(?=(?:per|for each|for every)\s+[A-Za-z])", re.I)
_PER_CELL = re.compile(r"^\s*(?:per|for each|for every|each)\s+(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*$",
                       re.I)
# "Price per Pre-processed Case", "Fee for each Closed Claim": the row's label is the price word and its unit
_PRICE_PER_CELL = re.compile(r"^\s*(?:unit\s+)?(?:price|charge|fee|rate)\s+(?:per|for each|for every)\s+"
                             r"(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*$", re.I)
# "Per Resolved Ticket closed by Aria with no agent involvement": the unit is the capitalised term, the rest says
# which of them
_PER_CELL_QUALIFIED = re.compile(r"^\s*(?i:per|for each|for every|each)\s+(?P<per>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                                 r"\s+[a-z(].*$")
# The priced unit named in a header or lead-in: "Per-Claim Fee", "Fee per Closed Claim", "for each Resolved
# Ticket", "Resolution Fee"; "per cent" and "per annum" name no unit.
_NAMED_UNIT = re.compile(r"\b(?:per[-\s]|for each\s+|for every\s+)(?!cent\b|annum\b|centum\b)"
                         r"(?P<per>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})", re.I)
_UNIT_FEE = re.compile(r"^\s*(?P<per>(?!(?:The|A|An|Each|Any|This|Such|Unit|Total|Base|Baseline|Fixed|Monthly|Annual|"
                       r"Hourly|Daily|Weekly|Service)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:Fee|Charge|Price)s?\b")
# A column of credits, deductions or caps ("Service Credit per Failed Contact (USD)") holds money, but nothing
# is charged per its unit.
_NOT_A_CHARGE = re.compile(r"\b(?:credits?|rebates?|deductions?|penalt(?:y|ies)|discounts?|refunds?|damages|caps?|"
                           r"limits?)\b", re.I)
_PRICE_WORDS = frozenset("fee fees charge charges price prices rate rates amount amounts cost costs tariff "
                         "tariffs payable are is shall will".split())


def table_cells(text: str) -> list[tuple[int, str]]:
    """A table row's " | "-separated cells, each with its character offset."""
    out, at = [], 0
    for cell in text.split(" | "):
        out.append((at, cell))
        at += len(cell) + 3
    return out


# A label cell that ends by saying what the fee is charged per: "Finalised Claim Fee, per Finalised Claim",
# "Resolution charge - for each Resolved Contact" (not "Capacity Fee, per month": a period, no unit of work)
_PER_TAIL = re.compile(r"[,;:–—-]\s*(?:per|for each|for every)\s+(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*$",
                       re.I)


# A row's basis cell that names the currency before the unit: "RMB per Completed Verification Call", "CAD per month"
# (Chinese fee standards put the 收费标准 in a column of its own, the amounts under the contract years)
_CURRENCY_PER_CELL = re.compile(r"^\s*(?P<cur>[A-Z]{3}|[^\w\s(]{1,2}|[A-Z]{1,2}\$)\s+"
                                r"(?=(?:per|for each|for every)\s+[A-Za-z])")


def _without_currency(cell: str) -> str:
    """A basis cell without the currency it opens with ("RMB per Completed Verification Call" -> "per Completed
    Verification Call")."""
    named = _CURRENCY_PER_CELL.match(cell)
    return cell[named.end():] if named and _named_currency(named.group("cur")) else cell


def _row_currency(row: str) -> str:
    """The one currency a row's basis cells name before their unit ("RMB per Completed Verification Call"), or ""."""
    named = {currency for _, cell in table_cells(row)
             if (found := _CURRENCY_PER_CELL.match(cell)) and (currency := _named_currency(found.group("cur")))}
    return named.pop() if len(named) == 1 else ""


def _row_unit(row: str) -> str:
    """What a table row says its amounts are charged per: its unit cell ("per Processed Claim", "RMB per Completed
    Verification Call"), looked for after the row's label ("Per Claim Fee - motor") before in it, else the unit a
    cell names after its label ("Finalised Claim Fee, per Finalised Claim")."""
    cells = [(at, _without_currency(cell)) for at, cell in table_cells(row)]
    unit = next((_trim_unit(m.group("per")) for _, cell in cells[1:] + cells[:1]
                 if (m := _PER_CELL.match(cell) or _PER_CELL_QUALIFIED.match(cell) or _PRICE_PER_CELL.match(cell))), "")
    if unit:
        return unit
    return next((_trim_unit(m.group("per")) for _, cell in cells if (m := _PER_TAIL.search(cell))), "")


def _named_currency(text: str, cell: bool = False) -> str:
    """The one currency ``text`` names (a header cell, a lead-in), or "". In a header ``cell`` a code
    or word counts in brackets, beside a price word or alone ("Amount (INR)", "Fee CAD", "USD"), not
    as an abbreviation in a column's name ("IDR Volume")."""
    named = set()
    priced = not cell or _PRICE_HEADER.search(text)
    for found in _NAMED_CURRENCY.finditer(text):
        if cell and not found.group("sym") and not priced and text[found.start() - 1:found.start()] != "(" \
                and text.strip() != found.group(0):
            continue
        if found.group("sym"):
            named.add(currencies.SYMBOLS[found.group("sym")])
        elif found.group("code"):
            code = found.group("code")
            if code in currencies.ISO_CODES and code not in currencies.NOT_CURRENCY \
                    and (code not in currencies.AMBIGUOUS_CODES or text[found.start() - 1:found.start()] == "("):
                named.add(currencies.CODE_ALIASES.get(code, code))
        elif found.group("sign"):
            named.add(currencies.LETTER_SIGNS[found.group("sign")])
        else:
            word, nat = found.group("word").lower(), (found.group("nat") or "").lower()
            currency = currencies.NATIONAL_WORDS.get((nat, word)) if nat else currencies.CURRENCY_WORDS.get(word)
            if currency:
                named.add(currency)
    return named.pop() if len(named) == 1 else ""


# A bracket that names the currency and then the unit: "Unit Fee (KRW per Closed Claim)", "Event Charge (HKD per
# Policy Event)": its unit is the column's (other brackets, "(CAD)", "(GBP, excluding VAT)", name none).
_CURRENCY_PER_BRACKET = re.compile(r"^\s*(?:[A-Z]{3}|[^\w\s(]{1,2}|[A-Z]{1,2}\$)\s+(?=per\s+[A-Za-z])")


def _without_brackets(text: str) -> str:
    """``text`` without its brackets, but for the unit of a "(KRW per Closed Claim)" bracket."""
    def kept(found: re.Match[str]) -> str:
        named = _CURRENCY_PER_BRACKET.match(found.group(1))
        return f" {found.group(1)[named.end():]} " if named else " "

    return re.sub(r"\(([^)]*)\)", kept, text)


def _named_unit(text: str) -> str:
    """The unit a header cell or lead-in prices per: "Per-Claim Fee (CAD)" -> "Claim"; of several
    ("fees per month for each Closed Claim"), the one named most fully."""
    text = _without_brackets(text)
    units = []
    named = list(_NAMED_UNIT.finditer(text))
    for found in [*named, *filter(None, [_UNIT_FEE.search(text)])]:
        kept = []
        for word in found.group("per").split():
            if word.lower() in _UNIT_STOP or word.lower() in _PRICE_WORDS:
                break
            kept.append(word)
        units.append(" ".join(kept))
    # a fee's name with a period for its only "per" ("Case Management Fee per month (EUR)") is a periodic fee:
    # what it is named for is no unit it is charged per
    if named and all(_LEAD_PERIOD.match(unit) for unit in units[:len(named)]):
        return units[0]
    return max(units, key=lambda unit: len(unit.split()), default="")


def _fuller(unit: str, lead: str) -> str:
    """The header's unit, or the lead-in's when it names the same thing more fully ("Claim" in a
    "Per-Claim Fee" column, "Closed Claim" in "payable for each Closed Claim")."""
    if not unit:
        return lead
    if lead and len(lead) > len(unit) and lead.lower().endswith(unit.lower().rstrip("s")):
        return lead
    return unit


# A period is not a unit of work: "payable per month" in a lead-in says when, not what, a fee column charges
_LEAD_PERIOD = re.compile(r"^(?:calendar\s+|contract\s+)?(?:month|year|quarter|week|day|hour|minute|annum)s?$", re.I)


def _column_unit(cell: str, lead_unit: str) -> str:
    """The unit a price column charges per. A fee's name in the header ("Incentive Fee", "Resolution Fee")
    gives way to a unit the lead-in names outright ("An Incentive Fee is payable once for each Loss Mitigation
    Outcome:"): the name says what kind of fee it is, the lead-in what it is paid for."""
    unit = _named_unit(cell)
    if unit and lead_unit and not _LEAD_PERIOD.match(lead_unit) \
            and not _NAMED_UNIT.search(_without_brackets(cell)):
        return lead_unit
    return _fuller(unit, lead_unit)


@dataclass(frozen=True)
class _Column:
    currency: str
    unit: str
    by_row: bool = False  # "Price per unit (SEK)", "Unit Rate": each row's label names the unit it prices


# A price column whose header prices per a generic "unit" or "item" ("Item | Price per unit (SEK)", "Service | Unit
# rate (EUR)"): a rate card, each row's label naming what is sold ("Completed Case, customer service | 52")
_PER_GENERIC_UNIT = re.compile(r"\bunit\s+(?:price|rate|fee|charge|cost)s?\b|"
                               r"\b(?:price|rate|fee|charge|cost)s?\s+(?:per|for each|for every)\s+(?:unit|item)\b",
                               re.I)
_GENERIC_UNITS = frozenset({"", "unit", "units", "item", "items"})
# the label up to its qualifier: "Completed Case, customer service" -> "Completed Case", "Resolved Ticket (chat)"
_LABEL_END = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s).*$")


def _label_unit(row: str) -> str:
    """The unit a rate card's row names in its label cell ("Completed Case, customer service" -> "Completed Case"),
    or "" when the label is no short name (figures, a sentence)."""
    cells = table_cells(row)
    label = _LABEL_END.sub("", cells[0][1].strip().strip("*")) if len(cells) > 1 else ""
    if not label or any(c.isdigit() for c in label) or len(label.split()) > 5:
        return ""
    return label


# Every row of a table asks about the same header and lead-in (a 100-page price schedule: 1,700
# rows, a few dozen tables), and the answer is a function of those two texts alone. Callers only read it.
@functools.lru_cache(maxsize=1024)
def _columns(header: str, lead_in: str) -> dict[int, _Column] | None:
    """What each column of a table holds, from its header row and the sentence leading into it;
    ``None`` when neither says anything about money (shared between calls: not to be changed)."""
    # a sentence with amounts of its own prices something itself ("a credit of USD 50 for each failed
    # Contact"): it does not speak for the table after it
    lines = [line for line in lead_in.splitlines() if not money(line)]
    lead_currency = _named_currency(" ".join(lines)) if lines else ""
    lead_unit = ""
    for line in reversed(lines):  # the sentence before the table, then the clause heading
        lead_unit = _named_unit(line)
        if lead_unit:
            break
    cells = table_cells(header) if " | " in header else []
    if any(_BARE_AMOUNT.match(cell) for _, cell in cells):
        cells = []  # a first row of figures is data, not a header
    columns = {}
    # a price table by period ("Fee | Basis | Year 1 | Year 2 | Years 4-5" under "Fees are in Australian dollars"):
    # the lead-in's currency is the period columns' too, as it is a price column's
    priced = any(_PRICE_HEADER.search(cell) for _, cell in cells)
    for index, (_, cell) in enumerate(cells):
        if _PERCENT_HEADER.search(cell):
            continue
        currency = _named_currency(cell, cell=True) or (
            lead_currency if _PRICE_HEADER.search(cell) or (priced and _PERIOD_HEADER.match(cell)) else "")
        unit = "" if _NOT_A_CHARGE.search(cell) else _column_unit(cell, lead_unit)
        # (a unit named in the header's brackets or by the lead-in is the column's: "Unit Fee (KRW per Closed Claim)")
        by_row = _PER_GENERIC_UNIT.search(cell) is not None and unit.lower() in _GENERIC_UNITS
        columns[index] = _Column(currency, unit, by_row)
    if not cells and (lead_currency or lead_unit):
        columns[-1] = _Column("", lead_unit)  # no header: the lead-in's unit for amounts written with a currency
    if not any(c.currency or c.unit for c in columns.values()):
        return None
    return columns


# A column that names each row's unit of sale: "CLIN | Description | Type | Unit | Unit Price" over "0003 | Completed
# Cases | FFP | Completed Case | $6.85" (US federal schedules of supplies and services, rate cards), "Unit of Measure",
# "UOM", "Unit of Issue"
_UNIT_HEADER = re.compile(r"^\s*(?:unit(?:\s+of\s+(?:measure(?:ment)?|issue|sale))?|uom|u/[im]|pricing\s+unit)\s*$",
                          re.I)


# a unit cell that names no unit of its own: "each", "ea."
_GENERIC_UNIT_CELL = re.compile(r"^(?:each|ea\.?)$", re.I)


def _unit_column_unit(row: str, header: str) -> str:
    """The row's unit as its "Unit" column names it ("Completed Case", "Agent Hour", "Lot"), or ""."""
    if " | " not in header:
        return ""
    index = next((i for i, (_, cell) in enumerate(table_cells(header)) if _UNIT_HEADER.match(cell)), None)
    cells = table_cells(row)
    if index is None or index >= len(cells):
        return ""
    cell = cells[index][1].strip()
    if not cell or any(c.isdigit() for c in cell) or len(cell.split()) > 4:
        return ""
    if _GENERIC_UNIT_CELL.match(cell):
        # "Item | Unit | Value (COP, before VAT)" over "Processed Authorization | each | 21,500": a unit column that
        # says only "each" sells one of what the row's label names
        return _label_unit(row)
    return _trim_unit(re.sub(r"^(?:per|each)\s+", "", cell, flags=re.I))


def _in_table(row: str, header: str, lead_in: str, found: list[Quantity]) -> list[Quantity]:
    """The money in a table row read with its header row and lead-in: the unit of an amount that
    does not say what it is charged per, and the bare amounts of a column whose header (or, for a
    price column, whose lead-in) names the currency ("Amount (INR)" over "9,50,000")."""
    sold_by = _unit_column_unit(row, header)
    if sold_by:
        found = [q if q.per or q.kind != "money" else replace(q, per=sold_by) for q in found]
    columns = _columns(header, lead_in)
    row_currency = _row_currency(row)
    if columns is None and not row_currency:
        return found
    columns = columns or {}
    cells = table_cells(row)
    row_unit = _row_unit(row) or sold_by

    def column_of(at: int) -> _Column | None:
        index = next((i for i, (offset, _) in reversed(list(enumerate(cells))) if offset <= at), 0)
        return columns.get(index, columns.get(-1))

    out = []
    label_unit = _label_unit(row) if any(c.by_row for c in columns.values()) else ""

    def column_unit(column: _Column | None) -> str:
        """What an amount in ``column`` is charged per by the column: the row's label under a per-unit header, else
        the column's own unit."""
        return "" if column is None else (label_unit if column.by_row else "") or column.unit

    for quantity in found:
        per = "" if quantity.per else column_unit(column_of(quantity.start))
        out.append(replace(quantity, per=per) if per else quantity)
    taken = [(q.start, q.end) for q in found]
    for index, (offset, cell) in enumerate(cells):
        column = columns.get(index)
        amount = _BARE_AMOUNT.match(cell) or _AMOUNT_PER.match(cell)
        # the row's own basis cell names the currency when the column does not ("RMB per Completed Verification
        # Call | 9.80 | 9.80 | 9.80" under contract-year columns)
        currency = column.currency if column is not None and column.currency else row_currency
        if not currency or not amount:
            continue
        start, end = offset + amount.start("amount"), offset + amount.end("amount")
        if any(s < end and start < e for s, e in taken):
            continue
        value = _amount_value(amount.group("amount"), currency)
        own = _per_of(cell, amount.start("amount"), amount.end("amount")) if amount.re is _AMOUNT_PER else ""
        out.append(Quantity("money", value, currency, amount.group("amount"), start, end,
                            own or row_unit or column_unit(column)))
    return out


def table_money(row: str, header: str, lead_in: str = "") -> list[Quantity]:
    """Bare amounts in a table row whose column header (or lead-in, for a price column) names the
    currency ("Amount (INR)" over "9,50,000"), each with what it is charged per: the row's unit
    cell ("per Processed Claim"), else the column header's ("Fee per Closed Claim"), else the
    lead-in's ("The Per-Claim Fees are:")."""
    if " | " not in row:
        return []
    return [q for q in _in_table(row, header, lead_in, []) if q.kind == "money"]


_WORDS = frozenset(_UNITS_WORDS) | frozenset(_TENS_WORDS) | {"hundred"}


_TENS_PREFIXES = tuple(_TENS_WORDS)


def _has_number(text: str) -> bool:
    if any(c.isdigit() for c in text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return not _WORDS.isdisjoint(words) or any(w.startswith(_TENS_PREFIXES) for w in words)  # "twentyfour"
_ANY_PERCENT = re.compile(r"%|per\s?cent", re.I)
_PERCENT_PAIR, _DURATION_PAIR, _COUNTED_PAIR, _EVERY_PAIR, _CAPPED_PAIR, _ANNIVERSARY_PAIR = (
    _folded(regex) for regex in (_PERCENT, _DURATION, _COUNTED, _EVERY, _CAPPED, _ANNIVERSARY))
_ANY_DURATION = re.compile(r"hour|day|week|month|year|minute|second|\bhrs?\b|\bmins?\b", re.I)
_DURATION_WORDS = ("hour", "day", "week", "month", "year", "second", "hr", "min")
_ANY_FREQUENCY = re.compile(r"annual|year|quarter|month|fortnight|week|daily|\bday\b|once|twice|thrice|times|every|"
                            r"per annum|ennial|anniversar",
                            re.I)
_FREQUENCY_WORDS = ("annu", "year", "quarter", "month", "fortnight", "week", "daily", "day", "once", "twice", "thrice",
                    "times", "every", "ennial", "anniversar")
_COUNTED_WORDS = ("once", "twice", "thrice", "times")
# _ANY_DURATION and _ANY_FREQUENCY as substring tests, for ASCII text (see _may_hold): scanning with a
# case-insensitive alternation of a dozen words costs more than the parse it gates
_DURATION_CUES = ("hour", "day", "week", "month", "year", "minute", "second")
_HRS_MINS = re.compile(r"\bhrs?\b|\bmins?\b")
_FREQUENCY_CUES = ("annual", "year", "quarter", "month", "fortnight", "week", "daily", "once", "twice", "thrice",
                   "times", "every", "per annum", "ennial", "anniversar")
_DAY = re.compile(r"\bday\b")


def _any_duration(text: str, low: str | None) -> bool:
    """``_ANY_DURATION.search(text)``; ``low`` is :func:`_lowered` ``(text)``."""
    if low is None:
        return _ANY_DURATION.search(text) is not None
    return any(cue in low for cue in _DURATION_CUES) or (
        ("hr" in low or "min" in low) and _HRS_MINS.search(low) is not None)


def _any_frequency(text: str, low: str | None) -> bool:
    """``_ANY_FREQUENCY.search(text)``; ``low`` is :func:`_lowered` ``(text)``."""
    if low is None:
        return _ANY_FREQUENCY.search(text) is not None
    return any(cue in low for cue in _FREQUENCY_CUES) or ("day" in low and _DAY.search(low) is not None)


# A share or threshold written as a fraction: "one-half of the Automation Savings", "exceeds one third in any
# quarter", "two thirds of the Contacts". A quarter that could be a period ("once a quarter", "within one quarter")
# and "a third" that could be a party count only before "of"; "half a year" is a period.
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION = re.compile(
    r"\b(?:one[\s-](?P<unit>half|third|fifth|tenth)\b(?![\s-]+(?:year|month|day|hour|week|part))"
    r"|(?:one|a)[\s-](?P<unit_of>half|third|quarter|fifth|tenth)(?=\s+of\b)|(?P<bare>half)(?=\s+of\b)"
    r"|(?P<count>two|three|four)[\s-](?P<units>thirds|quarters|fifths|tenths)\b)", re.I)
_FRACTION_WORDS = ("half", "third", "quarter", "fifth", "tenth")


def percents(text: str) -> list[Quantity]:
    out = []
    if _ANY_PERCENT.search(text):
        for match in _finditer(_PERCENT_PAIR, text, _lowered(text)):
            value = _value(match, "v")
            if value is not None:
                out.append(Quantity("percent", value, "%", text[match.start():match.end()], match.start(),
                                    match.end()))
    if _may_hold(text, _FRACTION_WORDS):
        for match in _FRACTION.finditer(text):
            unit = (match["unit"] or match["unit_of"] or match["bare"] or match["units"][:-1]).lower()
            count = {"two": 2, "three": 3, "four": 4}.get((match["count"] or "").lower(), 1)
            out.append(Quantity("percent", round(count * _FRACTIONS[unit], 2), "%", match[0], match.start(),
                                match.end()))
        out.sort(key=lambda q: q.start)
    return out


def durations(text: str) -> list[Quantity]:
    """Periods, in hours: "within 24 hours", "thirty (30) days", "10 Business Days"."""
    low = _lowered(text)
    if not _may_hold(text, _DURATION_WORDS, low) or not _any_duration(text, low) or not _has_number(text):
        return []
    out = []
    for match in _finditer(_DURATION_PAIR, text, low):
        value = _value(match, "v")
        if value is None:
            continue
        unit = match.group("unit").lower().rstrip("s")
        unit = {"hr": "hour", "min": "minute"}.get(unit, unit)
        hours = value * _DURATION_UNITS.get(unit, 1.0) * int(match.group("times") or 1)
        out.append(Quantity("duration", hours, "hours", text[match.start():match.end()], match.start(), match.end()))
    return out


def frequencies(text: str) -> list[Quantity]:
    """How often, in times per year: "quarterly" 4, "once in any 36-month period" 1/3."""
    low = _lowered(text)
    if not _may_hold(text, _FREQUENCY_WORDS, low) or not _any_frequency(text, low):
        return []
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(value: float, match: re.Match[str]) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        out.append(Quantity("frequency", value, "per year", text[match.start():match.end()], match.start(),
                            match.end()))

    # each pattern is tried only where the words its every match holds are (the slow one first)
    for match in _finditer(_CAPPED_PAIR, text, low) if _may_hold(text, _CAPPED_WORDS, low) else ():
        times = word_to_number(match.group("times"))
        years = _period_years(match.group("pn"), match.group("punit"), match.group("nth"))
        if times and years:
            add(times / years, match)
    for match in _finditer(_COUNTED_PAIR, text, low) if _may_hold(text, _COUNTED_WORDS, low) else ():
        times = _times(match.group("times"))
        years = _period_years(match.group("pn"), match.group("punit"), match.group("nth"))
        if times is not None and years:
            add(times / years, match)
    for match in _finditer(_EVERY_PAIR, text, low) if _may_hold(text, ("every",), low) else ():
        years = _period_years(match.group("pn"), match.group("punit"), match.group("nth"))
        if years:
            add(1 / years, match)
    for match in _finditer(_ANNIVERSARY_PAIR, text, low) if _may_hold(text, ("anniversar",), low) else ():
        nth = match.group("nth")
        add(1 / _NTH_VALUE[nth.lower()] if nth else 1.0, match)
    for regexes, value, words in _FIXED_RE:
        for match in _finditer(regexes, text, low) if _may_hold(text, words, low) else ():
            add(value, match)
    return sorted(out, key=lambda q: q.start)


def money_quantities(text: str, header: str = "", lead_in: str = "", dollar: str = "USD") -> list[Quantity]:
    """The money amounts :func:`quantities` gives for ``text`` (the same ones; in no guaranteed order)."""
    found = money(text)
    if (header or lead_in) and " | " in text:
        found = _in_table(text, header, lead_in, found)
    if dollar != "USD" and found:
        found = _dollars_as(found, dollar, text, header, lead_in)
    return found


# A draft in negotiation brackets the figures still to be confirmed: "within [24] hours", "[80]% of Contacts",
# "[six] months", "£[5,000]". The figure is the draft's term: it is read without its brackets, padded to the same
# length so that the offsets after it hold ("within [●] hours" states no figure).
_BRACKETED_FIGURE = re.compile(rf"\[\s*(\d[\d,.]*\d|\d|{_NUMBER_WORD})\s*(%?)\s*\](\s?%)?", re.I)


def _unbracketed(text: str) -> str:
    if "[" not in text:
        return text
    return _BRACKETED_FIGURE.sub(lambda m: (m.group(1) + ("%" if m.group(2) or m.group(3) else "")).ljust(len(m[0])),
                                 text)


def quantities(text: str, header: str = "", lead_in: str = "", dollar: str = "USD") -> list[Quantity]:
    """Every money amount, percentage, duration and frequency in ``text``. A table row reads with
    its table's ``header`` row and ``lead_in`` (the sentence before the table, after its clause's
    heading): they can give its bare amounts their currency and its amounts their unit. ``dollar`` is
    the currency a bare "$" or "dollars" stands for in this document (see :func:`declared_dollar`).
    A bracketed figure of a draft ("within [24] hours") counts as written."""
    read = _unbracketed(text)
    found = money_quantities(read, header, lead_in, dollar) + percents(read) + frequencies(read)
    found += durations_beside(read, [q for q in found if q.kind == "frequency"])
    return sorted(_as_written(found, read, text), key=lambda q: q.start)


def _as_written(found: list[Quantity], read: str, text: str) -> list[Quantity]:
    """The figures read from a text whose bracketed figures were unbracketed, each quoted in single spaces."""
    return found if read is text else [replace(q, text=" ".join(q.text.split())) for q in found]


def durations_beside(text: str, frequencies: Sequence[Quantity]) -> list[Quantity]:
    """The durations in ``text`` that are not part of one of its ``frequencies``: "36-month period"
    inside "once in any 36-month period" is not a separate duration."""
    spans = [(q.start, q.end) for q in frequencies]
    return [d for d in durations(text) if not any(s <= d.start < e for s, e in spans)]


QUANTITY_KINDS = ("money", "percent", "frequency", "duration")


def quantities_of(kind: str, text: str, header: str = "", lead_in: str = "", dollar: str = "USD",
                  frequencies_found: Sequence[Quantity] | None = None) -> list[Quantity]:
    """``[q for q in quantities(text, ...) if q.kind == kind]``, parsing only that kind (a duration also
    needs the frequencies, which can be passed in as ``frequencies_found``)."""
    read = _unbracketed(text)
    if kind == "money":
        found = money_quantities(read, header, lead_in, dollar)
    elif kind == "percent":
        found = percents(read)
    elif kind == "frequency":
        found = frequencies(read)
    elif kind == "duration":
        found = durations_beside(read, frequencies(read) if frequencies_found is None else frequencies_found)
    else:
        return [q for q in quantities(text, header, lead_in, dollar) if q.kind == kind]
    # as quantities() lists them: stable, so ties keep their order
    return sorted(_as_written(found, read, text), key=lambda q: q.start)


# -- the document's dollar ---------------------------------------------------------------------------

# Currencies written with a bare "$" (and called "dollars") in their own contracts.
DOLLAR_CURRENCIES = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD", "FJD", "JMD", "TTD", "BSD", "BBD",
                               "BMD", "BZD", "KYD", "XCD", "NAD", "LRD", "SBD", "GYD", "SRD", "BND"})
_COUNTRIES = {"australia": "AUD", "the commonwealth of australia": "AUD", "canada": "CAD", "new zealand": "NZD",
              "singapore": "SGD", "the republic of singapore": "SGD", "hong kong": "HKD", "united states": "USD",
              "the united states": "USD", "the united states of america": "USD", "the usa": "USD", "the us": "USD"}
_DOLLAR_NATIONS = _escaped({nat for nat, word in currencies.NATIONAL_WORDS if word == "dollars"})
_A_CURRENCY = (rf"(?:(?:(?P<nat>{_DOLLAR_NATIONS})\s+dollars?)|(?-i:(?P<code>[A-Z]{{3}}))\b"
               rf"|(?:the\s+)?lawful\s+(?:currency|money)\s+(?:for\s+the\s+time\s+being\s+)?of\s+"
               rf"(?P<country>{_escaped(_COUNTRIES)})\b)")
# The words a whole-document declaration may put between "All amounts" and "are in": where the amounts are
# (this Agreement, a Schedule, an Order), what they are (payable, stated, referred to), and "unless otherwise
# stated". Other words make it about something else ("all amounts recovered from debtors are in ...").
_DECLARED_GAP = (r"(?:\s+(?:in|under|this|these|the|agreement|contract|deed|schedules?|orders?|order\s+form|"
                 r"statements?\s+of\s+work|sow|terms|of|and|referred\s+to|stated|set\s+out|specified|expressed|"
                 r"mentioned|payable|due|to|be|paid|[a-z]?\d+(?:\.\d+)*|[a-z]))*?")
_DECLARATIONS = (
    # "All amounts (payable under this Agreement) are (expressed) in Australian dollars", "All prices are in NZD"
    re.compile(r"\ball\s+(?:(?:monetary|money|dollar)\s+)?(?:amounts|sums|prices|fees|charges|figures|rates|payments)"
               + _DECLARED_GAP
               + r",?\s+(?:are|is|shall\s+be|will\s+be)\s+(?:(?:expressed|stated|denominated|quoted|payable|"
                 r"calculated|invoiced|paid)\s+)?in\s+" + _A_CURRENCY, re.I),
    # "references to $ (or dollars) are to Australian dollars", '"$" or "dollars" means the lawful currency of Canada'
    re.compile(r"(?:references?\s+to\s+)?[\"“']?(?:\$|dollars?)[\"”']?(?:\s+(?:or|and)\s+[\"“']?(?:\$|dollars?)[\"”']?)?"
               r"\s+(?:are|is|means?|refers?\s+to|shall\s+mean|are\s+references\s+to|is\s+a\s+reference\s+to|"
               r"are\s+to|is\s+to)\s+" + _A_CURRENCY, re.I),
)
_EXPLICIT_USD = re.compile(r"\bUSD\b|U\.?S\.?\$|\bU\.?S\.?\s+dollars?|United\s+States\s+dollars?|American\s+dollars?",
                           re.I)
_DOLLAR_CODES = "|".join(sorted(DOLLAR_CURRENCIES))
_DOLLAR_CODE_LIST = tuple(sorted(DOLLAR_CURRENCIES))  # (for a substring test per code with no Python frame per code)
_ANY_DOLLAR_NAME = re.compile(rf"\b(?:{_DOLLAR_NATIONS})\s+dollars?\b|(?-i:\b(?:{_DOLLAR_CODES})\b)|\b[A-Z]{{1,3}}\$",
                              re.I)


def _named(match: re.Match[str]) -> str:
    if match.group("nat"):
        return currencies.NATIONAL_WORDS.get((match.group("nat").lower(), "dollars"), "")
    if match.group("code"):
        code = match.group("code")
        return code if code in DOLLAR_CURRENCIES else ""
    return _COUNTRIES.get(re.sub(r"\s+", " ", match.group("country").lower()), "")


def _dollar_named(text: str) -> str:
    """The dollar currency a piece of text names ("Australian dollars", "NZD", "A$"), or "" for none."""
    found = _ANY_DOLLAR_NAME.search(text)
    if found is None:
        return ""
    word = found.group(0)
    if word.endswith("$"):
        return currencies.SYMBOLS.get(word if word in currencies.SYMBOLS else word.upper(), "")
    if word.upper() in DOLLAR_CURRENCIES:
        return word.upper()
    nat = re.sub(r"\s+dollars?$", "", word, flags=re.I).lower()
    return currencies.NATIONAL_WORDS.get((nat, "dollars"), "")


def declared_dollar(texts: Iterable[str]) -> str:
    """The currency a bare "$" or "dollars" stands for in a document: the one its own declaration names
    ("All amounts in this Agreement are in Australian dollars", "references to $ are to NZD", '"Dollars" or
    "$" means the lawful currency of Canada'), else "USD". A declaration that names a second dollar in the
    same sentence ("..., except the Offshore Fee, which is in US dollars"), or two declarations naming
    different currencies, leave "$" as it is: the contract itself does not say which is meant."""
    declared: set[str] = set()
    for text in texts:
        if "$" not in text and not any(map(text.__contains__, _DOLLAR_CODE_LIST)):
            lowered = text.lower()
            if "dollar" not in lowered and "currency" not in lowered:
                continue
        for found in (m for regex in _DECLARATIONS for m in regex.finditer(text)):
            currency = _named(found)
            if not currency:
                continue
            rest = text[:found.start()] + " " + text[found.end():]
            other = {c for c in (_dollar_named(part) for part in re.split(r"[,;]", rest)) if c and c != currency}
            if other:
                return "USD"  # "All amounts are in Australian dollars, except ..., which are in US dollars"
            declared.add(currency)
    return declared.pop() if len(declared) == 1 else "USD"


def _dollars_as(found: list[Quantity], dollar: str, text: str, header: str, lead_in: str) -> list[Quantity]:
    """Amounts read as US dollars only because of a bare "$" or "dollars", in the document's own dollar."""
    out = []
    for quantity in found:
        if quantity.kind == "money" and quantity.unit == "USD":
            bare = re.fullmatch(r"[\d.,'’ \u00a0\u202f]+", quantity.text) is not None
            # a table's bare amount has the header's or lead-in's currency; an amount in the text its own sign
            context = f"{header} {lead_in}" if bare else text[max(0, quantity.start - 6): quantity.end + 25]
            if not _EXPLICIT_USD.search(context):
                quantity = replace(quantity, unit=dollar)
        out.append(quantity)
    return out
