from __future__ import annotations

import pytest

from bpolint.nlp import numbers
from bpolint.nlp.numbers import durations, frequencies, money, percents, quantities, word_to_number


@pytest.mark.parametrize(("text", "value", "currency", "per"), [
    ("a charge of $6.50 for each Resolved Contact", 6.5, "USD", "Resolved Contact"),
    ("USD 4.25 per resolved ticket", 4.25, "USD", "resolved ticket"),
    ("£3 per Resolution", 3.0, "GBP", "Resolution"),
    ("a per-resolution fee of $12", 12.0, "USD", "resolution"),
    ("a monthly fee of $20,000", 20000.0, "USD", ""),
    ("EUR 1.2 million", 1.2e6, "EUR", ""),
    ("55,000 dollars", 55000.0, "USD", ""),
])
def test_numbers_money(text, value, currency, per):
    (found,) = money(text)
    assert (found.value, found.unit, found.per) == (value, currency, per)


@pytest.mark.parametrize(("text", "hours"), [
    ("within 24 hours", 24), ("within seventy-two (72) hours", 72), ("within forty-eight hours", 48),
    ("on 10 Business Days' notice", 240), ("for up to 6 months", 6 * 730), ("within 30 days", 720),
    # a number word rejoined without its hyphen where a PDF line broke it ("twenty-" / "four")
    ("within twentyfour (24) hours", 24), ("within fortyeight hours", 48), ("within thirtyone days", 31 * 24),
    # calendar and banking days are days; a calendar month is a month
    ("no later than five (5) calendar days after discovery", 120), ("within 2 banking days", 48),
    ("within one calendar month", 730),
])
def test_numbers_durations_in_hours(text, hours):
    (found,) = durations(text)
    assert found.value == pytest.approx(hours)


@pytest.mark.parametrize(("text", "per_year"), [
    ("monthly", 12), ("quarterly", 4), ("annually", 1), ("once in each contract year", 1),
    ("not more than twice in any calendar year", 2), ("once in any 36-month period", 1 / 3),
    ("once every two years", 0.5), ("once every 24 months", 0.5), ("semi-annually", 2), ("weekly", 52),
    ("three times per year", 3),
    # "six-monthly" is twice a year, not monthly; a fortnight is two weeks
    ("a six-monthly review", 2), ("fortnightly", 26), ("bi-weekly", 26), ("every other week", 26),
    ("shall meet once every fortnight", 26), ("once a fortnight", 26), ("each fortnight", 26),
])
def test_numbers_frequencies_per_year(text, per_year):
    found = frequencies(text)
    assert len(found) == 1 and found[0].value == pytest.approx(per_year)


@pytest.mark.parametrize(("text", "value"), [("75%", 75), ("2 per cent", 2), ("thirty (30) percent", 30)])
def test_numbers_percentages(text, value):
    (found,) = percents(text)
    assert found.value == value


@pytest.mark.parametrize(("word", "value"), [("seventy-two", 72), ("twelve", 12), ("48", 48), ("ninety nine", 99),
                                           ("seventytwo", 72), ("twentyten", None), ("twentyth", None)])
def test_numbers_words(word, value):
    assert word_to_number(word) == value


@pytest.mark.parametrize(("row", "header", "per"), [
    # the unit in a cell of its own, the currency in the amount's cell or in the column header
    ("Per-Claim Fee - dental Claim | per Completed Claim | $3.60", "Fee | Unit | Amount", "Completed Claim"),
    ("Card disputes | for each Resolved Dispute | £6.75", "", "Resolved Dispute"),
    ("Enquiries | per Completed Enquiry | 3.60", "Item | Unit | Charge (GBP)", "Completed Enquiry"),
    ("Platform charge | $18,000 per month | fixed", "", "month"),
    # a unit cell that goes on to say which of the units ("closed by Aria with no agent involvement")
    ("Resolved Ticket, AI-handled | Per Resolved Ticket closed by Aria with no agent | $4.90",
     "Fee | How it is charged | Price (USD)", "Resolved Ticket"),
    # a German-style price: decimal comma, the currency only in the header
    ("Invoice with purchase order | per Processed Invoice | 1,45", "Item | Unit | Price in EUR (net)",
     "Processed Invoice"),
])
def test_numbers_table_row_amount_takes_the_rows_unit(row, header, per):
    found = [q for q in quantities(row, header) if q.kind == "money"]
    assert [q.per for q in found] == [per]


@pytest.mark.parametrize(("text", "value", "per"), [
    # rupees, and Indian digit grouping (lakh: 9,50,000 = 950,000)
    ("Rs. 9,50,000 per calendar month", 950000, "calendar month"),
    ("Rs 380 per Processed Claim", 380, "Processed Claim"),
    ("INR 5,00,000", 500000, ""),
    ("a fee of 4,500 rupees per claim", 4500, "claim"),
    # "/-" closes an Indian amount; the amount repeated in words may be long before the unit follows
    ("Rs. 95/- per Resolved Ticket", 95, "Resolved Ticket"),
    ("INR 1,25,000 (Rupees One Lakh Twenty-Five Thousand only) per month", 125000, "month"),
])
def test_numbers_money_in_rupees(text, value, per):
    (quantity,) = money(text)
    assert (quantity.value, quantity.unit, quantity.per) == (value, "INR", per)


@pytest.mark.parametrize(("text", "value", "currency", "per"), [
    # ISO codes and dollar prefixes of other BPO markets: New Zealand, Singapore, South Africa, Hong Kong
    ("Tier 2 | per Closed Case | NZD 5.40", 5.40, "NZD", "Closed Case"),
    ("NZ$4.80 for each Resolution", 4.80, "NZD", "Resolution"),
    ("a fee of S$6.10 per Resolved Case", 6.10, "SGD", "Resolved Case"),
    ("SGD 9,000 per month", 9000, "SGD", "month"),
    ("Per Resolved Ticket | ZAR 62.00", 62.00, "ZAR", "Resolved Ticket"),
    ("45 HKD per Completed Transaction", 45, "HKD", "Completed Transaction"),
])
def test_numbers_money_in_other_currencies(text, value, currency, per):
    (quantity,) = money(text)
    assert (quantity.value, quantity.unit, quantity.per) == (value, currency, per)


@pytest.mark.parametrize("text", ["Mrs Smith handled 12 claims", "Rs. are listed in Annex 2", "the 1,00,000th claim",
                                  "Form NZD-2 lists 3 items", "the RANDS 4 team"])
def test_numbers_no_rupees_without_an_amount_or_sign(text):
    assert money(text) == []


@pytest.mark.parametrize(("row", "header", "found"), [
    # the column header names the currency of the bare amounts below it
    ("Per Claim Fee - Health cashless | per Processed Claim | 380", "Fee component | Basis of charge | Amount (INR)",
     [(380, "INR", "Processed Claim")]),
    ("Fixed Monthly Fee | per calendar month | 9,50,000", "Fee component | Basis of charge | Amount (INR)",
     [(950000, "INR", "calendar month")]),
    ("General enquiry, any channel | per Completed Enquiry | 3.60",
     "Contact type | Unit | Enquiry Charge (GBP, excluding VAT)", [(3.6, "GBP", "Completed Enquiry")]),
    ("Tier 2 | 4.25", "Band | Rate ($)", [(4.25, "USD", "")]),
    # no currency in the header, or the amount is in another column: not money
    ("Turnaround | within 10 days | 95", "Service Level | Measure | Target", []),
    ("2026 | 4", "Year | Rate (USD)", [(4, "USD", "")]),
    ("Approval by an assessor | up to 5,00,000", "Decision | Limit (INR)", [(500000, "INR", "")]),
    ("Approval above 5,00,000 | reserved to the Service Recipient", "Decision | Limit (INR)", []),
    # a label cell that ends by naming the unit: "<fee name>, per <unit>"
    ("2 | Finalised Claim Fee, per Finalised Claim | 7.20", "Item | Fee | Amount (AUD)",
     [(7.2, "AUD", "Finalised Claim")]),
    ("Resolution charge - for each Resolved Contact | 5.10", "Fee | Rate (GBP)", [(5.1, "GBP", "Resolved Contact")]),
    ("1 | Capacity Fee, per month | 385,000.00", "Item | Fee | Amount (AUD)", [(385000, "AUD", "month")]),
    ("Capacity Fee | 385,000.00", "Fee | Amount (AUD)", [(385000, "AUD", "")]),
])
def test_numbers_table_money_from_the_column_header(row, header, found):
    from bpolint.nlp.numbers import quantities

    got = [(q.value, q.unit, q.per) for q in quantities(row, header) if q.kind == "money"]
    assert got == found


@pytest.mark.parametrize(("text", "per_year"), [
    ("not more than once in any period of twenty-four (24) months", 0.5),
    ("not more than once in any 24-month period", 0.5),
    ("twice in any twelve (12) consecutive months", 2),
    ("once in every calendar quarter", 4),
    ("once in every year", 1),
    ("every calendar month", 12),
    ("on or before the seventh (7th) Business Day of every calendar month", 12),
    ("each calendar quarter", 4),
    ("in every calendar year", 1),
    # translated Gulf drafting counts "contractual years"
    ("at the end of each contractual year", 1),
    ("twice in any contractual year", 2),
    # one period in n: "every second calendar year", "every other month"
    ("one inspection in every second calendar year", 0.5),
    ("a review every other month", 6),
    ("twice in every third Contract Year", 2 / 3),
    ("once every 2nd year", 0.5),
    ("every second week", 26),
    # the audits themselves counted and capped
    ("no more than one such audit may take place in any period of thirty-six (36) months", 1 / 3),
    ("not more than two inspections in any twelve (12) month period", 2),
    ("no more than 1 audit per calendar year", 1),
    ("no more than one audit of the records relating to the fees in any 24 months", 0.5),
])
def test_numbers_frequencies_in_periods_and_calendar_units(text, per_year):
    (quantity,) = frequencies(text)
    assert quantity.value == pytest.approx(per_year)


@pytest.mark.parametrize("text", ["a calendar month's notice", "the period of twenty-four (24) months", "once",
                                  # a cap with no period, and a count of other things
                                  "no more than five audits", "no more than two auditors in any 12 months"])
def test_numbers_no_frequency_without_a_cadence(text):
    assert frequencies(text) == []


_GATED_TEXTS = [
    "The Customer may audit once in any period of twenty-four (24) months.",
    "ONCE IN ANY 12 MONTH PERIOD; TWICE A YEAR; Quarterly; BIENNIALLY; Per Annum",
    "Reports are due biennially, and weekly summaries every day.",
    "One audit in every second calendar year, TWICE IN EVERY OTHER YEAR",
    "Respond within 24hrs and resolve within 4 HRS or 30 mins.",
    "Fees: Rs. 9,50,000 per Processed Claim; USD 5 per contact; 10 dollars for each hour; EUR 3m",
    "a fee of £5 per call, €4.50 for each item and ₹200 per claim",  # not ASCII: every regex runs
    "within fifteen (15) Business Days, ſeven ſeconds, İnvoices monthly",
    "a fee of fifty dollars – per month, and ſeventy euros • per İtem",  # not ASCII: currency words, gated
    "Fee – seven DOLLARſ per call; twelve \u212aRONER per hour",
    "interest at 4 per cent per annum; 75 % of contacts; ninety percent",
    "no figures at all in this sentence",
    "",
]


@pytest.mark.parametrize("text", _GATED_TEXTS)
def test_numbers_word_gates_skip_only_patterns_that_cannot_match(text, monkeypatch):
    """The substring pre-checks only skip work: every parser gives what it gives without them."""
    from bpolint.nlp import numbers

    gated = [numbers.money(text), numbers.percents(text), numbers.durations(text), numbers.frequencies(text),
             numbers.quantities(text)]
    monkeypatch.setattr(numbers, "_may_hold", lambda text, words, low=None: True)
    monkeypatch.setattr(numbers, "_any_duration", lambda text, low: True)
    monkeypatch.setattr(numbers, "_any_frequency", lambda text, low: True)
    assert gated == [numbers.money(text), numbers.percents(text), numbers.durations(text),
                     numbers.frequencies(text), numbers.quantities(text)]
    if "figures" not in text and text:
        assert any(gated)  # the example finds something, so the gates had something to let through


@pytest.mark.parametrize("text", [*_GATED_TEXTS,
                                  "Once in any 36-month period, and within 36 months; 5% of the fees every quarter",
                                  "USD 5 and 5% and 5 days and 5 times a year, all at character 0: 5"])
@pytest.mark.parametrize(("header", "lead_in"), [("", ""), ("Service | Fee (INR) | Unit", "The Fees are:")])
def test_numbers_quantities_of_one_kind_are_that_kinds_share_of_all(text, header, lead_in):
    """Parsing one kind gives what parsing all kinds and keeping that kind gives, in the same order."""
    from bpolint.nlp import numbers

    row = text.replace(", ", " | ", 1) if header else text
    everything = numbers.quantities(row, header, lead_in, "AUD")
    for kind in numbers.QUANTITY_KINDS:
        assert numbers.quantities_of(kind, row, header, lead_in, "AUD") == [q for q in everything if q.kind == kind]
    assert {q.kind for q in everything} <= set(numbers.QUANTITY_KINDS)


@pytest.mark.parametrize("text", [*_GATED_TEXTS, "every DAY", "days only", "Day-to-day", "24 HRS", "2hrs", "admin",
                                  "within 5 MINS", "PER ANNUM", "per  annum", "Semi-Annually", "Monday",
                                  "ſeven ſeconds"])
def test_numbers_cue_gates_say_what_the_cue_patterns_say(text):
    """The substring forms of the duration and frequency cue patterns answer exactly as the patterns do."""
    from bpolint.nlp import numbers

    low = numbers._lowered(text)
    assert numbers._any_duration(text, low) is bool(numbers._ANY_DURATION.search(text))
    assert numbers._any_frequency(text, low) is bool(numbers._ANY_FREQUENCY.search(text))
    for words in (numbers._DURATION_WORDS, numbers._FREQUENCY_WORDS, ("every",)):
        assert numbers._may_hold(text, words, low) is numbers._may_hold(text, words)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Twice A YEAR", ("twice",), True),
    ("semi-annually", ("year", "week"), False),
    # not ASCII: the four characters re.IGNORECASE takes for an ASCII letter count as that letter
    ("ſecond", ("second",), True),
    ("DIRHAMS – per ıtem", ("item",), True),
    ("İTEM", ("item",), True),
    ("\u212aRONER", ("kroner",), True),
    ("fifty dollars – per month", ("dollar",), True),
    ("see below – the fees • are set out", ("dollar",), False),  # dashes and bullets: still a plain no
    ("Prix unitaire – €", ("dollar", "euro"), False),
])
def test_numbers_may_hold_is_a_case_blind_substring_test(text, words, expected):
    from bpolint.nlp.numbers import _may_hold

    assert _may_hold(text, words) is expected


def _gated_patterns():
    """(regex, stems) for every case-insensitive pattern a substring pre-check can skip."""
    from bpolint.nlp import annotate, numbers

    pairs = [(numbers._CURRENCY_WORD, numbers._CURRENCY_WORD_NAMES), (numbers._DURATION, numbers._DURATION_WORDS),
             (numbers._COUNTED, numbers._COUNTED_WORDS), (numbers._EVERY, ("every",)),
             (annotate._VOID, annotate._VOID_STEMS), (annotate._REFERENCE, annotate._REFERENCE_STEMS)]
    return pairs + [(regexes[0], words) for regexes, _, words in numbers._FIXED_RE]


def test_numbers_gate_stems_are_lower_case_ascii():
    """case_blind folds only what re.IGNORECASE equates with ASCII letters: the stems must be written so."""
    for _, stems in _gated_patterns():
        assert all(stem.isascii() and stem == stem.lower() for stem in stems), stems


_FOLDED_PHRASES = ["twenty US dollars", "pounds sterling", "within 5 business days", "36 hours", "twice in any year",
                   "3 times per quarter", "every month", "semi-annually", "per annum", "each fortnight", "daily",
                   "biennially", "Clause 4.2", "see section 7", "Schedule 3", "Appendix B", "cl. 5", "Not used",
                   "intentionally left blank", "fifty kroner", "seven dirhams", "ringgit", "shekels"]
_SPECIAL = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}


@pytest.mark.parametrize("phrase", _FOLDED_PHRASES)
@pytest.mark.parametrize("dress", ["plain", "upper", "special", "dashes", "special-dashes"])
def test_numbers_gates_let_through_every_text_a_pattern_matches(phrase, dress):
    """Whatever a gated pattern finds, in any case and among any other characters (en dashes, no-break
    spaces, bullets, accents, the four letters re.IGNORECASE folds), its pre-check lets through."""
    from bpolint.nlp.numbers import _may_hold

    text = phrase.upper() if dress == "upper" else phrase
    if "special" in dress:
        text = "".join(_SPECIAL.get(ch, ch) for ch in text)
    if "dashes" in dress:
        text = f"Fee – {text}\u00a0• café; ‘{text.upper()}’ …"
    matched = 0
    for regex, stems in _gated_patterns():
        if regex.search(text):
            matched += 1
            assert _may_hold(text, stems), (regex.pattern[:60], text)
    assert matched or dress in ("special", "special-dashes")


@pytest.mark.parametrize(("text", "value", "currency", "per"), [
    # ISO codes before or after the amount, signs and prefixed dollars, local letter signs, currency words
    ("The Insurer shall pay R 95.00 for each Finalised Claim", 95, "ZAR", "Finalised Claim"),
    ("a fee of R45 per Resolved Ticket", 45, "ZAR", "Resolved Ticket"),
    ("ZAR 62,50 per Resolved Ticket", 62.5, "ZAR", "Resolved Ticket"),
    ("R1 250 000 per annum", 1_250_000, "ZAR", "annum"),
    ("S$7.80 per resolved case", 7.8, "SGD", "resolved case"),
    ("SGD 7.80 per resolved case", 7.8, "SGD", "resolved case"),
    ("NZ$ 6.90 for each Resolved Contact", 6.9, "NZD", "Resolved Contact"),
    ("HK$48 per Completed Transaction", 48, "HKD", "Completed Transaction"),
    ("US$6.75 per Resolution", 6.75, "USD", "Resolution"),
    ("A$5.40 per call", 5.4, "AUD", "call"),
    ("CDN$750,000", 750_000, "CAD", ""),
    ("CHF 1'250.00 per month", 1250, "CHF", "month"),
    ("¥650 per resolved inquiry", 650, "JPY", "resolved inquiry"),
    ("JPY 2,400 per resolved inquiry", 2400, "JPY", "resolved inquiry"),
    ("2,400 yen per claim", 2400, "JPY", "claim"),
    ("₱310.00 per Resolved Ticket", 310, "PHP", "Resolved Ticket"),
    ("PHP 310 per Resolved Ticket", 310, "PHP", "Resolved Ticket"),
    ("MXN 95.00 per resolved ticket", 95, "MXN", "resolved ticket"),
    ("R$ 28,00 per resolved ticket", 28, "BRL", "resolved ticket"),
    ("SEK 58 per resolved case", 58, "SEK", "resolved case"),
    ("58 kr per resolved case", 58, "kr", "resolved case"),
    ("kr. 1.250,00 per month", 1250, "kr", "month"),
    ("AED 21 per Resolved Contact", 21, "AED", "Resolved Contact"),
    ("21 UAE dirhams per Resolved Contact", 21, "AED", "Resolved Contact"),
    ("95 rand for each Resolved Contact", 95, "ZAR", "Resolved Contact"),
    ("6 Swiss francs for each Resolved Contact", 6, "CHF", "Resolved Contact"),
    ("4.50 pounds sterling for each Resolved Contact", 4.5, "GBP", "Resolved Contact"),
    ("12 Australian dollars per call", 12, "AUD", "call"),
    ("970,000 United States Dollars", 970_000, "USD", ""),
    ("12 euro per item", 12, "EUR", "item"),
    ("3m euros", 3e6, "EUR", ""),
    ("€12,50 per item", 12.5, "EUR", "item"),
    ("EUR 1.250.000,00", 1_250_000, "EUR", ""),
    ("45 € per item", 45, "EUR", "item"),
    ("Rp 50.000 per claim", 50_000, "IDR", "claim"),
    ("RM 30.00 per call", 30, "MYR", "call"),
    ("USD30,000,000", 3e7, "USD", ""),
])
def test_numbers_money_in_any_currency(text, value, currency, per):
    (found,) = money(text)
    assert (found.value, found.unit, found.per) == (pytest.approx(value), currency, per)


@pytest.mark.parametrize("text", [
    # figures that are not money: clause and schedule numbers, percentages, dates, durations
    "Section 3.2 and Schedule 3 apply", "clause 12.3(a) of Schedule 2", "95% of calls within 20 seconds",
    "on 1 April 2026", "within 5 Business Days",
    # a letter sign with no price about it: an item's or a release's number
    "requirement R2 applies", "Release R3 goes live in May", "Form R 12 is filed",
    # codes that are something else beside a number
    "PHP 8.2 or later", "the PHP 8 runtime", "45 PHP developers", "ALL 12 MONTHS", "TOP 10 CLIENTS",
    "SDG 13 reporting", "CRC 32 checksums", "SCR 150% cover", "SOC 2 Type II and ISO 27001", "CAD 3D drawings",
    # words that are not an amount's currency
    "expressed in 2025 dollars", "40 pounds of mail", "45 Irish pounds", "Mrs Smith handled 12 claims",
])
def test_numbers_no_money_without_a_currency_beside_a_price(text):
    assert money(text) == []


@pytest.mark.parametrize(("row", "header", "lead_in", "found"), [
    # the unit in the amount's column header
    ("Tier A | 5.40", "Tier | Fee per Settled Claim (AUD)", "", [(5.4, "AUD", "Settled Claim")]),
    ("Standard | 7.20", "Service | Per-Case Fee (NZ$)", "", [(7.2, "NZD", "Case")]),
    ("Standard | R 45,00", "Service | Price per Resolved Ticket", "", [(45, "ZAR", "Resolved Ticket")]),
    # the unit in the lead-in, or in the clause heading when the lead-in names none
    ("Motor | 6.80", "Line | Fee (EUR)", "The Insurer shall pay, for each Adjudicated Claim, the fee below:",
     [(6.8, "EUR", "Adjudicated Claim")]),
    ("Web chat | 3.90", "Channel | Charge (GBP)", "Per-Ticket Charges\nThe charges are:", [(3.9, "GBP", "Ticket")]),
    # the lead-in names the unit more fully than the header does
    ("Simple | 5.10", "Type | Per-Case Fee (GBP)", "The Council shall pay a fee for each Closed Case:",
     [(5.1, "GBP", "Closed Case")]),
    # the currency in the lead-in: for the price column only, not a column of counts beside it
    ("Band A | 10,000 | 4.80", "Band | Monthly Claims | Fee",
     "The fees below are in Singapore dollars and are payable per Resolved Case:", [(4.8, "SGD", "Resolved Case")]),
    ("A | 10,000 | 4.80", "Band | Monthly Claims | Fee", "All amounts are in Canadian dollars.", [(4.8, "CAD", "")]),
    # a volume-band table: the band's bounds are counts, the price column is money
    ("10,001 - 25,000 | 4.95", "Monthly Settled Claims | Fee per Settled Claim (AUD)", "",
     [(4.95, "AUD", "Settled Claim")]),
    # an hourly rate is money per hour, not per outcome
    ("Team leader | 38.00", "Role | Rate per Agent Hour (GBP)", "", [(38, "GBP", "Agent Hour")]),
    # percentages under a header that names a currency, or under a lead-in that does, are not money
    ("Gold | 5", "Level | Service Credit (% of Monthly Charges, GBP)", "", []),
    ("Year 2 | 3", "Year | Fee reduction (%)", "All amounts are in EUR.", []),
    # a credit column holds money charged per nothing
    ("Missed callback | 25.00", "Failure | Service Credit per Failed Contact (USD)", "", [(25, "USD", "")]),
    # a first row of figures is data, not a header: only the lead-in speaks for the table
    ("Tier 2 | CAD 8.90", "Tier 1 | CAD 6.10", "Fees per Settled Claim:", [(8.9, "CAD", "Settled Claim")]),
    # a lead-in that prices something itself does not speak for the table
    ("Motor | 6.80", "Line | Fee (EUR)", "A credit of EUR 50 applies for each Failed Contact.", [(6.8, "EUR", "")]),
    # an abbreviation that is also a code does not make a column money
    ("Batch 4 | 45.00", "Batch | IDR Volume", "Fees payable per Finalised Claim:", []),
    # a fee's name in the header says what kind of fee it is; the lead-in's "for each" says what it is paid for
    ("Completed Loan Modification | $750.00", "Loss Mitigation Outcome | Incentive Fee",
     "An Incentive Fee is payable once for each Loss Mitigation Outcome:", [(750, "USD", "Loss Mitigation Outcome")]),
    ("Voice | 7.80", "Channel | Resolution Fee (S$)", "For each Resolved Ticket the Client shall pay:",
     [(7.8, "SGD", "Resolved Ticket")]),
    # ... but a period in the lead-in says when, not what for: the fee's name stays the unit
    ("Voice | 7.80", "Channel | Resolution Fee (S$)", "The fees below are payable per month:",
     [(7.8, "SGD", "Resolution")]),
    # ... and a header that names its unit outright keeps it
    ("Simple | 5.10", "Type | Fee per Closed Case (GBP)", "The Council shall pay for each Agent Hour:",
     [(5.1, "GBP", "Closed Case")]),
])
def test_numbers_table_reads_currency_and_unit_from_header_and_lead_in(row, header, lead_in, found):
    got = [(q.value, q.unit, q.per) for q in quantities(row, header, lead_in) if q.kind == "money"]
    assert got == [(pytest.approx(v), c, p) for v, c, p in found]


@pytest.mark.parametrize(("text", "values"), [
    ("9" * 100_000 + "x times a year", []),
    ("a run of " + "1" * 100_000 + " digits, then audits 2 times in any 12 months", [2.0]),
])
def test_frequencies_read_a_long_digit_run_once(text, values):
    # A count starts at the first digit of a run; retrying from every later digit took
    # about 100 s on the first text (quadratic), a hostile file's worth of digits.
    assert [q.value for q in frequencies(text)] == values


@pytest.mark.parametrize(("texts", "dollar"), [
    # a whole-document declaration names the contract's dollar
    (["All amounts in this Agreement are in Australian dollars."], "AUD"),
    (["Unless otherwise stated, all amounts payable under this Agreement are expressed in Canadian dollars."], "CAD"),
    (["References to $ are to New Zealand dollars."], "NZD"),
    (['"$" or "dollars" means the lawful currency of Singapore.'], "SGD"),
    (["In this Agreement, $ means Australian dollars."], "AUD"),
    (["All prices are in NZD."], "NZD"),
    (["All amounts in this Agreement are in Australian dollars (AUD) and exclude GST."], "AUD"),
    # a statement about something else, a second dollar, or two declarations: "$" stays the US dollar
    (["All amounts recovered from the Customer's debtors are in Australian dollars."], "USD"),
    (["The Customer reports its revenue in Canadian dollars."], "USD"),
    (["All amounts are in Australian dollars, except the Offshore Fee, which is in US dollars."], "USD"),
    (["All amounts in this Agreement are in Australian dollars.", "All amounts in Schedule 3 are in Canadian dollars."],
     "USD"),
    (["All amounts are in US dollars."], "USD"),
    (["All amounts are in South African rand."], "USD"),  # not a dollar: "$" is not its sign
])
def test_numbers_declared_dollar_is_the_contracts_own(texts, dollar):
    assert numbers.declared_dollar(texts) == dollar


@pytest.mark.parametrize(("text", "header", "found"), [
    ("The Customer shall pay $6.40 per Resolved Contact.", "", [("$6.40", "AUD")]),
    ("The fee is 55,000 dollars.", "", [("55,000 dollars", "AUD")]),
    ("Fee | $4.10 | per claim", "", [("$4.10", "AUD")]),
    ("Voice | 7.80", "Channel | Charge ($)", [("7.80", "AUD")]),
    # written as the US dollar, it stays one
    ("The Customer shall pay USD $6.40 per Resolved Contact.", "", [("$6.40", "USD")]),
    ("The fee is US$5 per claim.", "", [("US$5", "USD")]),
    ("Voice | 7.80", "Channel | Charge (US$)", [("7.80", "USD")]),
    ("The fee is NZ$5 per claim.", "", [("NZ$5", "NZD")]),
])
def test_numbers_bare_dollar_reads_as_the_declared_currency(text, header, found):
    money = [(q.text, q.unit) for q in numbers.quantities(text, header, dollar="AUD") if q.kind == "money"]
    assert money == found


@pytest.mark.parametrize(("text", "pers"), [
    # the unit first, the amount in words and in figures after it
    ("Each agent-handled Resolved Ticket is charged at twelve dollars and forty cents ($12.40) and each "
     "AI-handled Resolved Ticket at four dollars and ninety cents ($4.90).", ["Resolved Ticket", "Resolved Ticket"]),
    ("Every Completed Claim shall be invoiced at USD 5.10.", ["Completed Claim"]),
    # not a unit: "each month" is lower case, and the amount is a cap
    ("The Supplier's liability in each year is limited to $50,000.", [""]),
])
def test_numbers_unit_written_before_the_amount(text, pers):
    assert [q.per for q in money(text)] == pers



@pytest.mark.parametrize(("text", "value", "currency", "per"), [
    # amounts in words only, as some drafting writes every figure
    ("The Customer shall pay four United States dollars and fifty cents for each Resolution.", 4.5, "USD",
     "Resolution"),
    ("seven dollars per Completed Transaction", 7, "USD", "Completed Transaction"),
    ("ninety-nine Australian dollars per Resolved Contact", 99, "AUD", "Resolved Contact"),
    ("one hundred and twenty rand per claim", 120, "ZAR", "claim"),
    ("a platform fee of twelve thousand euros per month", 12_000, "EUR", "month"),
])
def test_numbers_money_in_words(text, value, currency, per):
    (found,) = money(text)
    assert (found.value, found.unit, found.per) == (pytest.approx(value), currency, per)


def test_numbers_money_in_words_and_figures_is_read_once_from_the_figures():
    found = money("seven United States dollars (US$7.00) per Completed Transaction and twelve thousand United "
                  "States dollars (US$12,000) per month")
    assert [(q.text, q.value) for q in found] == [("US$7.00", 7.0), ("US$12,000", 12_000.0)]


@pytest.mark.parametrize("text", [
    # a number word with no currency word after it, or a weight
    "one of the dollars amounts in Schedule 2", "forty pounds of mail", "forty-five Irish pounds",
    "four Resolutions per agent", "within five Business Days",
])
def test_numbers_no_money_in_words_without_a_currency_word(text):
    assert money(text) == []


# Figures as drafted in capitals, title case and mixed case: the ASCII fast path reads the lower-cased
# text case-sensitively, and must find what the case-blind patterns find, quoting the text as written.
_CASED = [
    "The Customer may audit the records not more than TWICE in any Calendar Year on 10 Business Days' notice, "
    "and refunds carry 4% interest.",
    "Reviews are held Quarterly and Every Two Years; Credits Of 5 Per Cent apply within Thirty (30) Days.",
    "NOTICE MUST BE GIVEN WITHIN SEVENTY-TWO (72) HOURS, REPORTS ARE MONTHLY AND THE CAP IS FIFTEEN PERCENT (15%).",
    "Once In Any Twelve (12) Consecutive Months, Semi-Annually and Per Annum; Three Times Per Week for 6 Months "
    "at 2 Percent.",
    "an audit twice in every calendar year, monthly reports, a daily Log within 4 Hrs and a 10% holdback",
]


@pytest.mark.parametrize("text", _CASED)
@pytest.mark.parametrize("parse", [frequencies, durations, percents])
def test_numbers_capitals_read_as_lower_case_quoting_the_text(parse, text) -> None:
    found = parse(text)
    assert found  # each text states each kind of figure
    assert parse(text) == found
    lowered = parse(text.lower())
    assert [(q.value, q.unit, q.start, q.end) for q in found] == [(q.value, q.unit, q.start, q.end) for q in lowered]
    assert [q.text for q in found] == [text[q.start:q.end] for q in found]  # as written, not lower-cased


_PAIRS = [numbers._PERCENT_PAIR, numbers._DURATION_PAIR, numbers._COUNTED_PAIR, numbers._EVERY_PAIR,
          *(pair for pair, _, _ in numbers._FIXED_RE)]


@pytest.mark.parametrize("text", _CASED)
@pytest.mark.parametrize("pair", range(len(_PAIRS)))
def test_numbers_folded_pattern_finds_the_case_blind_matches(pair, text) -> None:
    blind, folded = _PAIRS[pair]
    found = 0
    for variant in (text, text.upper(), text.title(), text.swapcase()):
        expected = [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in blind.finditer(variant)]
        assert [(m.span(), m.groupdict()) for m in folded.finditer(variant.lower())] == expected
        found += len(expected)
    assert found or pair >= 2  # (each text holds a percent and a duration)


def test_numbers_folded_pattern_lower_cases_letters_and_refuses_what_it_cannot_fold() -> None:
    import re

    regex, folded = numbers._folded(re.compile(r"(?P<Unit>[A-Z]{3}|Days?)\D\b", re.I))
    assert folded.pattern == r"(?P<Unit>[a-z]{3}|days?)\D\b" and not folded.flags & re.I
    for pattern in (r"days", r"(?-i:[A-Z]{3})", r"\x41BC", r"(?i)days"):
        with pytest.raises(ValueError):
            numbers._folded(re.compile(pattern, 0 if pattern == "days" else re.I))


@pytest.mark.parametrize(("text", "per"), [
    ("CLIN 0001 Completed Case Adjudication - Firm-Fixed-Price per unit - USD 7.25", "Completed Case Adjudication"),
    ("SLIN 0001AA Verified Claim - each - USD 4.10", "Verified Claim"),
    # a line priced per month or hour names its period, not its item
    ("CLIN 0002 Baseline Staffing - Firm-Fixed-Price per month - USD 40,000", ""),
])
def test_money_per_federal_line_item(text, per):
    assert [q.per for q in money(text)] == [per]
