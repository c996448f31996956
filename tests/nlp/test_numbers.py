from __future__ import annotations

import pytest

from bpolint.nlp.numbers import durations, frequencies, money, percents, word_to_number


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
])
def test_numbers_durations_in_hours(text, hours):
    (found,) = durations(text)
    assert found.value == pytest.approx(hours)


@pytest.mark.parametrize(("text", "per_year"), [
    ("monthly", 12), ("quarterly", 4), ("annually", 1), ("once in each contract year", 1),
    ("not more than twice in any calendar year", 2), ("once in any 36-month period", 1 / 3),
    ("once every two years", 0.5), ("once every 24 months", 0.5), ("semi-annually", 2), ("weekly", 52),
    ("three times per year", 3),
])
def test_numbers_frequencies_per_year(text, per_year):
    found = frequencies(text)
    assert len(found) == 1 and found[0].value == pytest.approx(per_year)


@pytest.mark.parametrize(("text", "value"), [("75%", 75), ("2 per cent", 2), ("thirty (30) percent", 30)])
def test_numbers_percentages(text, value):
    (found,) = percents(text)
    assert found.value == value


@pytest.mark.parametrize(("word", "value"), [("seventy-two", 72), ("twelve", 12), ("48", 48), ("ninety nine", 99)])
def test_numbers_words(word, value):
    assert word_to_number(word) == value
