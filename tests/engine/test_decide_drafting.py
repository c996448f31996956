"""Round-2 mechanisms on real drafting patterns: quotes and articles, list items bound by a
lead-in, who acts, denied and excepted qualifiers, blank runs, preamble blocks."""

from __future__ import annotations

import pytest
import yaml

from bpolint.config import Config
from bpolint.engine import lint
from bpolint.engine.examples import snippet_document
from bpolint.engine.rules import parse_rule
from tests.engine.test_decide import AUDIT_RULE


def _rule(**changes):
    data = yaml.safe_load(AUDIT_RULE)
    data["detect"].update(changes)
    return parse_rule(data, "test.yaml")


def _check(text, rule=None):
    return lint(snippet_document(text), Config(), rules=[rule or _rule()]).checks[0]


@pytest.mark.parametrize(("text", "status"), [
    # a quoted model clause in advice binds nobody; an article binding no party gives missing
    ('A model clause might read: "The Customer may audit the Supplier\'s records and data at any time."',
     "missing"),
    ('Buyers should ask for audit rights.\nA model clause might read: "The Customer may audit the '
     'Supplier\'s records.\nThe Supplier shall give access to its systems."', "missing"),
    # a short quoted term is not a quotation
    ('The Customer may audit the "Records" of the Supplier.', "pass"),
    # list items bound by their lead-in, as child clauses
    ("5.1 The Supplier shall:\n(a) permit the Customer to audit its records;\n(b) keep accounts.", "pass"),
    ("5.1 The Customer may, on notice:\n(a) audit the Supplier's records; and\n(b) take copies.", "pass"),
    ("5.1 Buyers should ask that the Supplier:\n(a) permits audits of its records.", "missing"),
    ("5.1 The Supplier shall not:\n(a) allow audits of its records.", "missing"),
])
def test_decide_quotes_articles_and_lead_ins(text, status):
    assert _check(text).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    # a list run on in its sentence, cut before its last item by a page break or a new line: the item
    # reads with the sentence it ends
    ("5.1 The Supplier shall (a) keep accounts, (b) retain invoices for six years, and\n"
     "(c) permit the Customer to audit its records.", "pass"),
    ("5.1 The Supplier shall perform the Services in a manner that (i) complies with law; (ii) keeps records;\n"
     "(iii) permits the Customer to inspect its records and systems.", "pass"),
    ("5.1 The Customer may, on notice, (a) take copies of the invoices, (b) attend the site, or\n"
     "(c) audit the Supplier's records.", "pass"),
    # the sentence it ends binds nobody, or rules the item out
    ("5.1 Buyers should ask that the Supplier (a) keeps accounts, and\n(b) permits audits of its records.",
     "missing"),
    ("5.1 The Supplier shall not (a) destroy accounts, or\n(b) permit audits of its records.", "missing"),
    # a sentence ending in "and" with no list in it, or with one figure in brackets, leads nothing
    ("5.1 The Supplier shall keep accounts and\n(b) audits of its records by the Customer.", "missing"),
    ("5.1 The Supplier shall keep accounts for thirty (30) days and\n(b) audits of its records by the Customer.",
     "missing"),
])
def test_decide_run_on_list_item_cut_off_reads_with_its_sentence(text, status):
    assert _check(text).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    # one sentence gives the thing to each party in turn: the customer's grant is found after the supplier's
    ("5.1 The Supplier may audit its subcontractors' records at any time, and the Customer may audit the "
     "Supplier's records on notice.", "pass"),
    ("5.1 (i) the Supplier may audit its subcontractors' records, and (ii) the Customer may audit the Supplier's "
     "records and systems.", "pass"),
    # the supplier's duty to let the customer act stays the anchor; the supplier's right alone is no grant
    ("5.1 The Supplier shall permit the Customer to audit its records, provided that the Customer shall give "
     "notice before each audit.", "pass"),
    ("5.1 The Supplier may audit the Customer's records, and the Customer shall keep its records for six years.",
     "missing"),
])
def test_decide_anchor_skips_the_suppliers_own_right_for_a_customer_grant(text, status):
    assert _check(text).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    ("The Supplier shall permit the Customer to inspect its records.", "pass"),
    ("The Supplier shall permit the Customer's auditors to inspect its records.", "pass"),
    ("The Supplier shall inspect the records and systems of each site monthly.", "missing"),
    ("The Customer may inspect the Supplier's records.", "pass"),
])
def test_decide_customer_acts_party_mode(text, status):
    assert _check(text, _rule(party="customer_acts")).status.value == status


PARTIES = 'This Agreement is between Acme Ltd (the "Customer") and Beta Inc (the "Supplier").\n'
SHORT_NAMES = 'This Agreement is between Acme Ltd ("Acme") and Beta Inc ("Beta"), which will provide the Services.\n'


@pytest.mark.parametrize(("text", "status"), [
    # auditors act for the customer only when nobody else owns them
    (PARTIES + "1. The Customer's independent auditors may inspect the Supplier's records.", "pass"),
    (PARTIES + "1. Auditors appointed by the Customer may inspect the Supplier's records.", "pass"),
    (PARTIES + "1. The Supplier's independent auditors may inspect the Customer's records.", "missing"),
    (PARTIES + "1. The Supplier’s external auditors may examine the records of the Customer.", "missing"),
    (SHORT_NAMES + "1. Acme agrees to allow Beta's independent auditors to audit its accounting records.", "missing"),
    (SHORT_NAMES + "1. Beta's auditors and regulators may inspect the records.", "missing"),
    # a passive of permission: the party after "by" permits, someone else acts
    (PARTIES + "1. Any such audit of the records shall be permitted by the Customer within 15 days of the "
               "Supplier's request.", "missing"),
    (SHORT_NAMES + "1. An inspection of the records will be allowed by Acme during business hours.", "missing"),
    (PARTIES + "1. An audit by the Customer of the Supplier's records shall be permitted by the Supplier once a "
               "year.", "pass"),
    (PARTIES + "1. The Customer shall be permitted to inspect the Supplier's records.", "pass"),
])
def test_decide_whose_auditors_and_who_permits(text, status):
    assert _check(text, _rule(party="customer_acts")).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    # the customer bound to let an auditor of no named party in: the audit is the other side's
    (PARTIES + "1. The Customer agrees to allow an independent Certified Public Accountant (selected by mutual "
               "agreement) to audit its accounting records.", "missing"),
    (PARTIES + "1. The Customer shall permit an independent accountant to examine the books and records of "
               "the Customer once a year.", "missing"),
    (SHORT_NAMES + "1. Acme will permit an independent auditor to inspect its records of the fees paid.", "missing"),
    (PARTIES + "1. The Customer shall let an accounting firm inspect its records on request.", "missing"),
    # traps: the customer's own permission (passive), the supplier bound to let an auditor in, the
    # customer named as the one let in
    (PARTIES + "1. The Customer shall be permitted to audit the Supplier's records of the Charges.", "pass"),
    (PARTIES + "1. The Supplier shall allow an independent auditor appointed by the Customer to audit its "
               "records of the Charges.", "pass"),
    (PARTIES + "1. The Supplier agrees to permit the Customer's auditors to inspect its records.", "pass"),
    (PARTIES + "1. The Customer may allow its auditors to inspect the Supplier's records.", "pass"),
])
def test_decide_customer_bound_to_let_someone_audit_is_not_its_right(text, status):
    assert _check(text, _rule(party="customer_acts")).status.value == status


def test_decide_customer_right_mode_blocks_the_customers_own_duty():
    rule = _rule(party="customer_right")
    assert _check("The Customer shall audit its own records each year.", rule).status.value == "missing"
    assert _check("The Customer may audit the Supplier's records.", rule).status.value == "pass"


@pytest.mark.parametrize(("text", "status"), [
    ("The Customer may audit the records with the Supplier's consent.", "weak"),
    ("The Customer may audit the records without the Supplier's consent.", "pass"),
    ("The Customer may audit the records; no Supplier's consent is needed.", "pass"),
])
def test_decide_denied_qualifier_does_not_weaken(text, status):
    assert _check(text).status.value == status


def test_decide_qualifier_unless_cancels_it_in_its_sentence():
    weak_if = [{"any": ["with the supplier's consent"], "reason": "needs consent", "unless": ["urgent"]}]
    rule = _rule(weak_if=weak_if)
    assert _check("The Customer may audit the records with the Supplier's consent.", rule).status.value == "weak"
    assert _check("The Customer may audit the records with the Supplier's consent, or at once if urgent.",
                  rule).status.value == "pass"


def test_decide_phrase_across_a_run_of_blanks_and_evidence_offsets():
    rule = _rule(find={"any": ["inspect the records"]})
    text = "The Customer  may    inspect      the     records relating to the Charges."
    check = _check(text, rule)
    assert check.status.value == "pass"
    evidence = check.evidence[0]
    assert evidence.quote == text
    assert (evidence.start, evidence.end) == (0, len(text))


@pytest.mark.parametrize(("text", "status"), [
    # recitals and the parties block bind nobody; an unnumbered agreement's "(a)" body does
    ("RECITALS\n(A) The Customer may audit the Supplier's records.\n1. TERM\n1.1 This Agreement lasts two "
     "years.", "missing"),
    ("AGREEMENT\n(a) The Customer may audit the Supplier's records.\nMISCELLANEOUS\nThis Agreement is "
     "governed by English law.", "pass"),
])
def test_decide_preamble_recitals_only_are_non_binding(text, status):
    assert _check(text).status.value == status


def test_decide_duplicate_alternative_ids_are_rejected():
    from bpolint.errors import BpolintError

    data = yaml.safe_load(AUDIT_RULE)
    part = {k: v for k, v in data["detect"].items() if k not in ("label",)}
    data["detect"] = {"parts": [
        {"id": "a", "one_of": [dict(part, id="x"), dict(part, id="y")]},
        {"id": "b", "one_of": [dict(part, id="x"), dict(part, id="z")]},
    ]}
    with pytest.raises(BpolintError, match="unique"):
        parse_rule(data, "test.yaml")


def test_decide_holder_qualifier_is_the_suppliers_own_option():
    rule = _rule(party="any", weak_if=[{"holder": "supplier", "reason": "at the supplier's option"}])
    opening = ('This Agreement is made between Kubient, Inc. ("Kubient") and TrueLink Services Inc. '
               '("TrueLink"), which will provide the Services.\n')
    assert _check(opening + "1.1 TrueLink may audit the records.", rule).status.value == "weak"
    assert _check(opening + "1.1 Either party may audit the records.", rule).status.value == "pass"
    assert _check(opening + "1.1 TrueLink shall audit the records yearly.", rule).status.value == "pass"


@pytest.mark.parametrize(("text", "status"), [
    # the item opens with its verb; its own modal sits in a relative clause - the lead-in governs
    ("5.1 The Supplier shall:\n(a) permit the Customer to audit the records that the Customer will need; and"
     "\n(b) keep accounts.", "pass"),
    ("5.1 The Customer shall:\n(a) allow the Supplier to audit the records that the Supplier will keep.",
     "missing"),
])
def test_decide_item_with_a_relative_clause_modal_is_bound_by_its_lead_in(text, status):
    assert _check(text, _rule(party="customer_acts")).status.value == status


def test_decide_via_terms_false_stops_a_definition_lending_its_phrases():
    text = ('1.1 "Audit Materials" means the records and data of the Supplier.\n'
            "5.1 The Customer may review the Audit Materials.")
    find = {"any": ["record"]}
    assert _check(text, _rule(find=find, **{"with": []})).status.value == "pass"
    assert _check(text, _rule(find=dict(find, via_terms=False), **{"with": []})).status.value == "missing"


SLA_RULE = """
code: TST002
name: test-sla
title: Test service levels with a remedy
category: governance
severity: warning
detect:
  label: service levels with a remedy
  kind: grant
  party: supplier
  find: {any: ["service level"]}
  with:
    - id: remedy
      label: a remedy
      any: ["service credit", "fee reduction", terminate, "service level failure"]
      scope: section
      if_absent: weak
      reason: no remedy
"""


@pytest.mark.parametrize(("text", "status"), [
    # "No X ... apply to any failure" rules the remedy out: neither it nor a heading naming failures supplies one
    ("6. SERVICE LEVELS\n6.1 The Supplier shall meet the Service Levels.\n6.2 Service Level Failures. No service "
     "credits, fee reductions or other monetary remedies apply to any failure to meet a Service Level.", "weak"),
    ("6. SERVICE LEVELS\n6.1 The Supplier shall meet the Service Levels.\n6.2 No Service Credit shall be payable "
     "for a failure to meet a Service Level.", "weak"),
    # a term that grants another remedy still counts
    ("6. SERVICE LEVELS\n6.1 The Supplier shall meet the Service Levels.\n6.2 No service credits apply to any "
     "failure to meet a Service Level. The Customer may terminate this Agreement if the Supplier fails to meet the "
     "same Service Level in three consecutive months.", "pass"),
    # a denial limited to some failures leaves the credits standing
    ("6. SERVICE LEVELS\n6.1 The Supplier shall meet the Service Levels and shall pay the service credits in "
     "Schedule 2.\n6.2 No service credits shall be payable where the failure is caused by a Force Majeure Event.",
     "pass"),
    # "No later than ..." and "No party shall ..." deny nothing
    ("6. SERVICE LEVELS\n6.1 The Supplier shall meet the Service Levels.\n6.2 No later than ten days after each "
     "month, the Supplier shall credit the Customer the service credits due.", "pass"),
])
def test_decide_denied_remedy_is_no_remedy(text, status):
    rule = parse_rule(yaml.safe_load(SLA_RULE), "test.yaml")
    assert _check(text, rule).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    # "the following audits" names the thing granted; "Following an audit" is a time phrase
    ("The Customer may at any time carry out the following audits of the Supplier's records and systems.", "pass"),
    ("4. AUDIT\n4.1 The Customer shall have the following audit rights, each of which may be exercised once a year "
     "over the Supplier's records:\n(a) financial; and\n(b) operational.", "pass"),
    ("Following an audit of the Supplier's records, the Customer may terminate this Agreement.", "missing"),
])
def test_decide_the_following_is_not_a_time_phrase(text, status):
    assert _check(text).status.value == status


@pytest.mark.parametrize(("text", "status"), [
    # an anchor before the verb is its subject only outside an opening condition
    ("An audit of the records may be carried out by the Customer each year.", "pass"),
    ("If an audit of the records is carried out, the Customer may inspect the records.", "pass"),
    ("Where the records are inspected, the Supplier shall give the Customer a copy of the findings.", "missing"),
    # "prior to" is a time phrase like "before"
    ("The Supplier shall deliver the records to the Customer prior to the audit.", "missing"),
    ("The Supplier shall deliver the records to the Customer before the audit.", "missing"),
])
def test_decide_anchor_inside_a_condition_is_not_the_term(text, status):
    assert _check(text).status.value == status


def test_decide_anchor_that_only_modifies_a_qualifier_noun_is_not_the_term():
    # "audit fee" is the part's own (blocking) qualifier: paying it is not an audit right;
    # "audit or inspect" is still the right itself
    rule = _rule(blocked_by=[{"any": ["audit fee", "audit or inspect"], "reason": "named by a qualifier"}])
    check = _check("The Customer shall pay the audit fee for the records each year.", rule)
    assert check.status.value == "missing"
    assert "named only as part of 'audit fee'" in "\n".join(check.details)
    check = _check("The Customer may audit or inspect the records.", rule)
    assert "named only as part of" not in "\n".join(check.details)


def test_decide_long_sentence_lead_in_reaches_its_run_on_items():
    rule = _rule(**{"with": [{"id": "object", "label": "the records", "any": ["record"]}]})
    items = "; ".join(f"({letter}) the {word} of each regional service centre operated for the programme"
                      for letter, word in zip("abcdef", ("staffing", "premises", "equipment", "telephony",
                                                         "rosters", "training"), strict=True))
    assert _check(f"The Customer may audit the following: {items}; and (g) the records.", rule).status.value \
        == "pass"
    # without a lead-in colon only the words near the anchor count
    assert _check(f"The Customer may audit the programme, {items.replace(';', ',')}, and the records.",
                  rule).status.value == "missing"


REPORT_RULE = """
code: TST003
name: test-report
title: Test automation reporting
category: productivity
severity: warning
detect:
  label: automation reporting
  kind: grant
  party: supplier
  find: {any: [report]}
  with:
    - id: automation
      label: automation
      any: [automation, bot]
      scope: sentence
"""


@pytest.mark.parametrize(("text", "status"), [
    # a nested lead-in item reads with the items under it
    ("3. REPORTING\n3.2 The Supplier shall:\n(a) notify the Customer of each change; and\n(b) include in each "
     "monthly report:\n(i) the automation rate; and\n(ii) the share of contacts handled by each bot.", "pass"),
    ("3. REPORTING\n3.2 The Supplier shall include in each monthly report:\n(a) the automation rate; and\n"
     "(b) the service levels.", "pass"),
    # items of another lead-in, or a later clause, are not part of the report's sentence
    ("3. REPORTING\n3.2 The Supplier shall:\n(a) include in each monthly report the service levels; and\n"
     "(b) maintain a register of:\n(i) each bot; and\n(ii) its automation rate.", "missing"),
    ("3. REPORTING\n3.2 The Supplier shall deliver a monthly report.\n3.3 The automation rate is published.",
     "missing"),
])
def test_decide_sentence_scope_covers_a_lead_ins_items(text, status):
    rule = parse_rule(yaml.safe_load(REPORT_RULE), "test.yaml")
    assert _check(text, rule).status.value == status
