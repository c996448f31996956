"""Plain-English terms state duties in the present tense: where "we" and "you" are the parties, "we notify
you within 24 hours" binds as "we shall notify you" would, "you get a credit" gives the customer the credit,
and "your fee falls by 2%" binds the provider who charges it. Subordinate clauses, negations, the customer's
own duties and guidance to a reader stay what they were."""

from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp.annotate import annotate
from tests.engine.snippets import status_of

TERMS = ('These Terms are between Helio Assist Ltd ("we", "us", "our") and the customer named in the Order Form '
         '("you", "your").\n')


@pytest.mark.parametrize(("text", "expected"), [
    ("We keep your data in the EU.", [("keep", "obligation", "supplier", "")]),
    ("You pay the fees monthly in advance.", [("pay", "obligation", "customer", "")]),
    ("We also promptly notify you of any breach.", [("notify", "obligation", "supplier", "")]),
    ("If we miss that, you get a credit of 5% of that month's fees.", [("get", "right", "customer", "")]),
    ("When your subscription ends, we return all your data to you in CSV format.",
     [("return", "obligation", "supplier", "")]),
    ("We do not delete your data before the end of the term.", [("delete", "obligation", "supplier", "do not")]),
    ("We never use your data to train our models.", [("use", "obligation", "supplier", "never")]),
    ("Your price goes down as automation grows.", [("goes", "obligation", "supplier", "")]),
    ("Your per-resolution fee for that month falls by 2%.", [("falls", "obligation", "supplier", "")]),
    # an aim or an effort in the present tense is an undertaking (the rules' efforts qualifiers weaken it)
    ("We aim to answer 95% of tickets within 1 hour.", [("aim", "obligation", "supplier", "")]),
    ("We strive to resolve every ticket on first contact.", [("strive", "obligation", "supplier", "")]),
    # a possessive pronoun owns the duty it is attached to, as "the Supplier's obligations" does
    ("Our first response to your tickets will be within 1 hour.", [("will", "obligation", "supplier", "")]),
    ("Your obligations under these Terms will continue after they end.", [("will", "obligation", "customer", "")]),
    # traps: subordinate clauses, verbs of belief, what a party owns rather than does, a price that rises
    ("If we delete your data, you lose access.", []),
    ("Once we receive your payment, we activate your account.", []),
    ("We believe your data is safe.", []),
    ("Your data will be deleted within 30 days.", [("will", "obligation", None, "")]),
    ("Your price goes up each year.", []),
])
def test_plain_terms_bind_in_the_present_tense(text, expected):
    sentence = annotate(snippet_document(TERMS + text)).sentences[-1]
    assert [(p.modal, p.kind, p.subject, p.negated) for p in sentence.analysis.predications] == expected


@pytest.mark.parametrize(("code", "expected", "text"), [
    ("GOV001", "pass", "We respond to your Priority 1 tickets within 1 hour in at least 95% of cases each month. "
                       "If we miss that, you get a credit of 5% of that month's fees."),
    ("GOV001", "pass", "Our first response to your Priority 1 tickets will be within 1 hour in at least 95% of cases "
                       "each month. If we miss that, we credit you 5% of that month's fees."),
    ("GOV001", "weak", "We respond to your Priority 1 tickets within 1 hour in at least 95% of cases each month. "
                       "If we miss that, you will not get a credit."),
    ("GOV001", "weak", "We respond to your Priority 1 tickets within 1 hour in at least 95% of cases each month."),
    # the customer's own response times are no service level of the provider's
    ("GOV001", "missing", "You respond to our queries within 1 hour in at least 95% of cases each month. If you "
                          "miss that, we get a credit of 5% of the fees."),
    ("SEC001", "pass", "We maintain ISO/IEC 27001 certification for the systems that process your data, and we "
                       "notify you of any security breach affecting your data within 24 hours after we become aware "
                       "of it."),
    ("SEC001", "weak", "We maintain ISO/IEC 27001 certification for the systems that process your data, and we "
                       "notify you promptly of any security breach affecting your data."),
    ("EXT003", "pass", "When your subscription ends, we return all your data to you in CSV format and then delete "
                       "it from our systems within 30 days."),
    ("PRD001", "pass", "As our AI agent handles more of your contacts, your price goes down: for every full "
                       "percentage point by which the Automated Resolution Rate in a month exceeds 30%, your "
                       "per-resolution fee for that month falls by 2%."),
])
def test_plain_terms_in_the_present_tense(code, expected, text):
    assert status_of(code, TERMS + text) == expected


@pytest.mark.parametrize(("code", "expected", "text"), [
    # guidance in the present tense has no parties: the same words bind nobody
    ("GOV001", "missing", "Most providers respond to Priority 1 tickets within 1 hour in at least 95% of cases each "
                          "month and give a credit of 5% of the fees."),
    ("SEC001", "missing", "Good providers notify their customers of any security breach within 24 hours."),
])
def test_present_tense_guidance_binds_nobody(code, expected, text):
    assert status_of(code, text) == expected


@pytest.mark.parametrize(("expected", "text"), [
    # a fee-reduction formula stepped on an automation measure shares the gain, in any register
    ("pass", "For every full percentage point by which the Automation Rate in a quarter exceeds 40%, the Per-Case "
             "Fee shall be reduced by 1.5%."),
    ("pass", "For each percentage point by which the automated resolution rate rises above 35%, the Monthly Charges "
             "shall be reduced by 1%."),
    # traps: a penalty for automating too little, the supplier's own option, advice
    ("missing", "For every percentage point by which the Automation Rate falls below 40%, the Supplier shall pay a "
                "credit of 1%."),
    ("missing", "For each percentage point by which the Automation Rate exceeds 40%, the Supplier may increase the "
                "Per-Case Fee by 1%."),
    ("missing", "Suppliers often agree that for every percentage point by which the automation rate exceeds a "
                "baseline, the fee should fall by 1%."),
])
def test_fee_formula_stepped_on_automation_shares_the_gain(expected, text):
    assert status_of("PRD001", text) == expected
