"""Quantities in contract language: money, percentages, durations, frequencies.

Pure regular expressions over a sentence's text (no spaCy needed), so they are
cheap to run on every candidate sentence. Each :class:`Quantity` keeps its
character span so evidence can point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "£": "GBP", "gbp": "GBP",
             "pounds": "GBP", "€": "EUR", "eur": "EUR", "euros": "EUR", "a$": "AUD", "aud": "AUD",
             "c$": "CAD", "cad": "CAD", "inr": "INR", "rs.": "INR", "rs": "INR", "rupees": "INR", "₹": "INR",
             "nz$": "NZD", "nzd": "NZD", "s$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD", "zar": "ZAR",
             "chf": "CHF", "myr": "MYR", "aed": "AED", "jpy": "JPY"}
# ISO codes written beside an amount in BPO contracts beyond the big five ("NZD 5.40", "ZAR 62.00",
# "SGD 4,500"); a bare "R" (rand) or "S" is left out: too many other things are written that way.
_CODES = "USD|GBP|EUR|AUD|CAD|INR|NZD|SGD|HKD|ZAR|CHF|MYR|AED|JPY"
_MULTIPLIER = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9}
_AMOUNT = r"(?P<amount>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<mult>k|m|mn|bn|thousand|million|billion)\b)?"
# "Rs. 9,50,000", "INR 5,00,000": Indian digit grouping reads as written (the commas are dropped)
_MONEY_BEFORE = re.compile(
    rf"(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|£|€|₹|\b(?:{_CODES}|Rs\.|Rs(?=\s?\d)))\s?{_AMOUNT}", re.I)
_MONEY_AFTER = re.compile(rf"{_AMOUNT}\s?(?P<cur>{_CODES}|dollars|pounds|euros|rupees)\b", re.I)
_PER_AFTER = re.compile(
    r"^\s*[)\]]?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:excluding|plus|exclusive of|inclusive of)\s+\w+\s+)?"
    r"(?:per|for each|for every|for any|each|a|/)\s+(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
# "a per-resolution charge of $5", "the Resolution Fee is $5": the priced unit written before the amount.
_PER_BEFORE = (
    re.compile(r"per[-\s](?P<per>[A-Za-z][\w-]*)\s+(?:\w+\s+){0,3}?(?i:of|is|shall be|will be|at|:)\s*$"),
    re.compile(r"(?P<per>(?!(?:The|A|An|Each|Any|This|Such)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
               r"(?i:fee|charge|price|rate)\s+(?:\w+\s+){0,3}?(?i:of|is|shall be|will be|at|:)\s*$"),
)

_PERCENT = re.compile(rf"{_num('v')}\s?(?:%|per\s?cent\b|percent\b)", re.I)
_DURATION_UNITS = {"hour": 1.0, "business day": 24.0, "working day": 24.0, "day": 24.0, "week": 168.0,
                   "month": 730.0, "year": 8760.0, "minute": 1 / 60, "second": 1 / 3600}
_DURATION = re.compile(
    rf"{_num('v')}[\s-]*(?P<unit>business days?|working days?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|"
    r"hrs?|mins?)\b",
    re.I,
)

# (pattern, times a year, words every match of the pattern holds: see _may_hold)
_FIXED_FREQUENCIES = (
    (r"\b(?:semi-?annual(?:ly)?|half-?yearly|bi-?annual(?:ly)?|twice (?:a|per|each|every) year|twice yearly)\b", 2.0,
     ("annual", "yearly", "twice")),
    (r"\b(?:bienniall?y?|every (?:two|2|second) years?|once every (?:two|2) years)\b", 0.5, ("bienni", "every")),
    (r"\b(?:annual(?:ly)?|yearly|per annum|(?:each|every) (?:calendar |contract )?year|"
     r"once (?:a|per|in each|in any|each) (?:calendar |contract )?year)\b", 1.0, ("annual", "year", "annum")),
    # "every calendar quarter", "on or before the seventh Business Day of every calendar month"
    (r"\b(?:quarterly|(?:each|every|per) (?:calendar )?quarter|once (?:a|per|each|in any) (?:calendar )?quarter)\b",
     4.0, ("quarter",)),
    (r"\b(?:monthly|(?:each|every|per) (?:calendar )?month|once (?:a|per|each|in any) (?:calendar )?month)\b", 12.0,
     ("month",)),
    (r"\b(?:weekly|each week|every week|per week)\b", 52.0, ("week",)),
    (r"\b(?:daily|each day|every day|per day)\b", 365.0, ("daily", "day")),
)
_FIXED_RE = [(re.compile(pattern, re.I), value, words) for pattern, value, words in _FIXED_FREQUENCIES]
_TIMES = r"(?P<times>once|twice|thrice|(?:" + _NUMBER_WORD + r"|\d+)\s+(?:\(\d+\)\s+)?times)"
_PERIOD_UNIT = r"(?P<punit>(?:calendar|contract) (?:years?|quarters?|months?|weeks?)|years?|months?|quarters?|weeks?)"
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
_EVERY = re.compile(rf"\bevery\s+(?:(?P<pn>\d+|{_NUMBER_WORD})\s*(?:\(\d+\))?|{_NTH})[\s-]*{_PERIOD_UNIT}", re.I)
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


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Can ``text`` hold one of ``words`` (written in lower case) in any case?

    A substring test costs a fraction of a case-insensitive regex scan (which has no literal
    prefix to jump to, so tries every alternative at every position); a regex whose every match
    holds one of ``words`` need not run when this says no. It says no only for ASCII text, where
    ``lower()`` folds case exactly as ``re.IGNORECASE`` does; any other text goes to the regex."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(word in low for word in words)


_MONEY_WORDS = ("$", "usd", "gbp", "eur", "aud", "cad", "inr", "rs", "pounds", "rupees",
                "nzd", "sgd", "hkd", "zar", "chf", "myr", "aed", "jpy")  # "dollars" holds "rs"


def money(text: str) -> list[Quantity]:
    """Amounts with a currency, and what each is charged per when the text says."""
    if not _may_hold(text, _MONEY_WORDS) or not _MONEY_HINT.search(text):
        return []
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for regex in (_MONEY_BEFORE, _MONEY_AFTER):
        for match in regex.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            amount = float(match.group("amount").replace(",", ""))
            mult = (match.group("mult") or "").lower()
            amount *= _MULTIPLIER.get(mult, 1.0)
            currency = _CURRENCY.get(match.group("cur").lower(), match.group("cur").upper())
            per = ""
            after = _PER_AFTER.match(text[match.end(): match.end() + 80])
            if after:
                per = _trim_unit(after.group("per"))
            else:
                window = text[max(0, match.start() - 80): match.start()]
                for regex in _PER_BEFORE:
                    before = regex.search(window)
                    if before:
                        per = before.group("per")
                        break
            if not per and " | " in text:
                per = _row_unit(text)  # "Per-Claim Fee | per Completed Claim | $4.10": the unit has a cell of its own
            taken.append((match.start(), match.end()))
            found.append(Quantity("money", amount, currency, match.group(0), match.start(), match.end(), per))
    return sorted(found, key=lambda q: q.start)


_WORDS = frozenset(_UNITS_WORDS) | frozenset(_TENS_WORDS) | {"hundred"}
_MONEY_HINT = re.compile(rf"[$£€₹]|\b(?:{_CODES}|Rs|dollars|pounds|euros|rupees)\b", re.I)
# A table's column header naming the currency ("Amount (INR)", "Enquiry Charge (GBP, excluding VAT)",
# "Rate (USD)"): the bare amounts in that column are money.
_CELL_CURRENCY = re.compile(rf"(?:^|[\s(])(?P<cur>US\$|A\$|C\$|NZ\$|HK\$|S\$|\$|£|€|₹|{_CODES}|Rs\.?|rupees|dollars|"
                            r"pounds|euros)(?=[\s),;]|$)", re.I)
_BARE_AMOUNT = re.compile(r"^\s*(?:(?:up to|at most|not more than|not exceeding)\s+)?"
                          r"(?P<amount>\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$", re.I)
_PER_CELL = re.compile(r"^\s*(?:per|for each|for every|each)\s+(?P<per>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*$",
                       re.I)


def _cells(text: str) -> list[tuple[int, str]]:
    """A table row's cells with their character offsets."""
    out, at = [], 0
    for cell in text.split(" | "):
        out.append((at, cell))
        at += len(cell) + 3
    return out


def _row_unit(row: str) -> str:
    """What a table row says its amounts are charged per: its unit cell ("per Processed Claim"),
    looked for after the row's label ("Per Claim Fee - motor") before in it."""
    cells = _cells(row)
    return next((_trim_unit(m.group("per")) for _, cell in cells[1:] + cells[:1] if (m := _PER_CELL.match(cell))), "")


def table_money(row: str, header: str) -> list[Quantity]:
    """Bare amounts in a table row whose column header names the currency ("Amount (INR)" over
    "9,50,000"), each with what the row says it is charged per ("per Processed Claim")."""
    if " | " not in row or " | " not in header:
        return []
    currencies = {}
    for index, (_, cell) in enumerate(_cells(header)):
        found = _CELL_CURRENCY.search(cell)
        if found:
            currencies[index] = _CURRENCY.get(found.group("cur").lower(), found.group("cur").upper())
    if not currencies:
        return []
    cells = _cells(row)
    per = _row_unit(row)
    out = []
    for index, (offset, cell) in enumerate(cells):
        amount = _BARE_AMOUNT.match(cell)
        if index in currencies and amount:
            start = offset + amount.start("amount")
            out.append(Quantity("money", float(amount.group("amount").replace(",", "")), currencies[index],
                                amount.group("amount"), start, offset + amount.end("amount"), per))
    return out


_TENS_PREFIXES = tuple(_TENS_WORDS)


def _has_number(text: str) -> bool:
    if any(c.isdigit() for c in text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return not _WORDS.isdisjoint(words) or any(w.startswith(_TENS_PREFIXES) for w in words)  # "twentyfour"
_ANY_PERCENT = re.compile(r"%|per\s?cent", re.I)
_ANY_DURATION = re.compile(r"hour|day|week|month|year|minute|second|\bhrs?\b|\bmins?\b", re.I)
_DURATION_WORDS = ("hour", "day", "week", "month", "year", "second", "hr", "min")
_ANY_FREQUENCY = re.compile(r"annual|year|quarter|month|week|daily|\bday\b|once|twice|thrice|times|every|per annum",
                            re.I)
_FREQUENCY_WORDS = ("annu", "year", "quarter", "month", "week", "daily", "day", "once", "twice", "thrice", "times",
                    "every")
_COUNTED_WORDS = ("once", "twice", "thrice", "times")


def percents(text: str) -> list[Quantity]:
    if not _ANY_PERCENT.search(text):
        return []
    out = []
    for match in _PERCENT.finditer(text):
        value = _value(match, "v")
        if value is not None:
            out.append(Quantity("percent", value, "%", match.group(0), match.start(), match.end()))
    return out


def durations(text: str) -> list[Quantity]:
    """Periods, in hours: "within 24 hours", "thirty (30) days", "10 Business Days"."""
    if not _may_hold(text, _DURATION_WORDS) or not _ANY_DURATION.search(text) or not _has_number(text):
        return []
    out = []
    for match in _DURATION.finditer(text):
        value = _value(match, "v")
        if value is None:
            continue
        unit = match.group("unit").lower().rstrip("s")
        unit = {"hr": "hour", "min": "minute"}.get(unit, unit)
        hours = value * _DURATION_UNITS.get(unit, 1.0)
        out.append(Quantity("duration", hours, "hours", match.group(0), match.start(), match.end()))
    return out


def frequencies(text: str) -> list[Quantity]:
    """How often, in times per year: "quarterly" 4, "once in any 36-month period" 1/3."""
    if not _may_hold(text, _FREQUENCY_WORDS) or not _ANY_FREQUENCY.search(text):
        return []
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(value: float, match: re.Match[str]) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        out.append(Quantity("frequency", value, "per year", match.group(0), match.start(), match.end()))

    # each pattern is tried only where the words its every match holds are (the slow one first)
    for match in _COUNTED.finditer(text) if _may_hold(text, _COUNTED_WORDS) else ():
        times = _times(match.group("times"))
        years = _period_years(match.group("pn"), match.group("punit"), match.group("nth"))
        if times is not None and years:
            add(times / years, match)
    for match in _EVERY.finditer(text) if _may_hold(text, ("every",)) else ():
        years = _period_years(match.group("pn"), match.group("punit"), match.group("nth"))
        if years:
            add(1 / years, match)
    for regex, value, words in _FIXED_RE:
        for match in regex.finditer(text) if _may_hold(text, words) else ():
            add(value, match)
    return sorted(out, key=lambda q: q.start)


def money_quantities(text: str, header: str = "") -> list[Quantity]:
    """The money amounts :func:`quantities` gives for ``text`` (the same ones; in no guaranteed order)."""
    return money(text) + table_money(text, header) if header else money(text)


def quantities(text: str, header: str = "") -> list[Quantity]:
    """Every money amount, percentage, duration and frequency in ``text`` (a table row's
    ``header`` row can give its bare amounts their currency)."""
    found = money(text) + percents(text) + frequencies(text)
    if header:
        found += table_money(text, header)
    # "36-month period" inside a frequency is not a separate duration.
    spans = [(q.start, q.end) for q in found if q.kind == "frequency"]
    found += [d for d in durations(text) if not any(s <= d.start < e for s, e in spans)]
    return sorted(found, key=lambda q: q.start)
