from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp.annotate import annotate


def _analysis(text):
    annotated = annotate(snippet_document(text))
    return annotated.sentences[0].analysis


@pytest.mark.parametrize(("text", "subject", "kind"), [
    ("The Supplier shall provide the Services.", "supplier", "obligation"),
    ("The Customer may audit the records.", "customer", "right"),
    ("The Customer is entitled to inspect the records.", "customer", "right"),
    ("The Supplier agrees to notify the Customer.", "supplier", "obligation"),
    ("The Supplier agrees, on the Customer's reasonable request, to provide access to its records.", "supplier",
     "obligation"),
    ("Either party may terminate this Agreement.", "both", "right"),
    ("If the Supplier fails, the Customer may terminate.", "customer", "right"),
    ("The Customer and its auditors may inspect the records.", "customer", "right"),
    ("All bots developed for the Customer shall vest in the Customer.", None, "obligation"),
    ("The Client will pay the fees.", "customer", "obligation"),
    ("The Vendor must maintain ISO 27001.", "supplier", "obligation"),
    # a party that "shall be given / granted / provided with" something receives it: a right, not a duty
    ("The Customer and its auditors must be given access by the Supplier to the records.", "customer", "right"),
    # taking part in something is receiving it ("shall participate in the savings"), not a duty
    ("The Customer shall participate appropriately in the cost savings the Supplier achieves.", "customer", "right"),
    ("The Customer shall share in any savings from automation.", "customer", "right"),
    ("The Supplier shall share its automation reports with the Customer.", "supplier", "obligation"),
    ("The Authority shall be granted full access to the Contractor's premises.", "customer", "right"),
    ("The Client will be promptly provided with copies of the reports.", "customer", "right"),
    # ... but a passive with no party as its subject still binds the one who acts
    ("Notice of any breach shall be given by the Supplier within 24 hours.", "supplier", "obligation"),
    ("The Supplier shall give the Customer access to the records.", "supplier", "obligation"),
    # "commits to" promises as "undertakes to" does
    ("The Supplier commits to process Personal Data only on the Customer's instructions.", "supplier", "obligation"),
    ("The Vendor commits to a quarterly business review with the Client.", "supplier", "obligation"),
])
def test_obligation_subject_and_modality(text, subject, kind):
    (predication, *_) = _analysis(text).predications
    assert (predication.subject, predication.kind) == (subject, kind)


@pytest.mark.parametrize(("text", "negation"), [
    ("The Customer shall have no right to audit the records.", "shall have no"),
    ("The Supplier shall not be obliged to provide assistance.", "shall not"),
    ("The Customer may not terminate for convenience.", "may not"),
    ("The Customer is not entitled to inspect the records.", "is not entitled"),
])
def test_obligation_negated_predication(text, negation):
    assert _analysis(text).predications[0].negated.startswith(negation)


@pytest.mark.parametrize(("text", "subject"), [
    # a negative covenant opens its own predication, the promisor's, instead of running on in the one before it
    ("The Supplier shall have the absolute right to terminate this Agreement upon thirty days' notice to the "
     "Customer, which notice shall state the termination date; provided that the Supplier agrees not to terminate "
     "this Agreement unless it sells the Customer's business.", "supplier"),
    ("The Supplier undertakes not to use Customer Data except to provide the Services.", "supplier"),
    ("The Contractor covenants not to engage any sub-processor without the Authority's consent.", "supplier"),
    ("The Client agrees not to solicit the Provider's staff.", "customer"),
    ("The Supplier commits not to use Customer Data to train its models.", "supplier"),
])
def test_obligation_negative_covenant_is_a_negated_duty_of_its_promisor(text, subject):
    promise = next(p for p in _analysis(text).predications if p.negated.endswith("not to"))
    assert (promise.subject, promise.kind) == (subject, "obligation")


def test_obligation_sentence_wide_negation():
    assert _analysis("Nothing in this Agreement entitles the Customer to audit.").negation == "nothing in this"


@pytest.mark.parametrize(("text", "negation"), [
    # "no right to" inside a later verb negated by its own cue is that verb's negation only
    ("Resolved Contacts shall be counted from the Customer's CRM, and the Supplier shall have no right to dispute "
     "counts drawn from it.", ""),
    # ... but it negates the whole sentence when it is the only verb, or the verb before it is negated too
    ("The Customer shall have no right to audit the records.", "no right to"),
    ("The Customer may not audit the records and shall have no right to inspect them.", "no right to"),
])
def test_obligation_sentence_wide_negation_inside_a_later_negated_verb(text, negation):
    assert _analysis(text).negation == negation


def test_obligation_second_predication_keeps_its_subject_and_own_negation():
    analysis = _analysis("The Supplier shall process data on the Customer's instructions and shall not "
                         "engage any sub-processor.")
    first, second = analysis.predications
    assert (first.subject, first.negated) == ("supplier", "")
    assert (second.subject, second.negated) == ("supplier", "shall not")


@pytest.mark.parametrize(("text", "subjects"), [
    # a time phrase between "and" and the modal leaves the subject out: it is the main clause's
    ("The Provider shall hand back the Bank's files and within ten (10) Business Days shall erase every copy.",
     ["supplier", "supplier"]),
    ("The Contractor shall deliver the records and on expiry shall destroy any copies.", ["supplier", "supplier"]),
    # not the subject of a relative clause before it ("as the Customer may require")
    ("The Supplier shall return the data in such format as the Customer may require, and within 30 days shall "
     "delete all copies.", ["supplier", "customer", "supplier"]),
    ("The Supplier shall provide such reports as the Customer may request and shall keep them for six years.",
     ["supplier", "customer", "supplier"]),
    # a new subject after the time phrase is its own
    ("The Supplier shall return the data and within 30 days the Customer shall confirm receipt.",
     ["supplier", "customer"]),
    ("The Customer shall pay the invoice and within 30 days any credit shall be applied.", ["customer", None]),
])
def test_obligation_left_out_subject_after_a_time_phrase(text, subjects):
    assert [p.subject for p in _analysis(text).predications] == subjects


@pytest.mark.parametrize(("text", "subjects"), [
    # "it" right after linking words resumes the main clause's subject
    ("The Service Provider shall hand over all Client Data within 14 days, after which it shall permanently "
     "erase such data.", ["supplier", "supplier"]),
    ("On termination the Vendor shall deliver a full copy of the data, whereupon it will destroy every other copy.",
     ["supplier", "supplier"]),
    ("The Contractor shall complete the migration, following which they shall delete the staging copies.",
     ["supplier", "supplier"]),
    # the pronoun straight after a promise's "that" is the party that promised
    ("The Supplier warrants that it shall maintain certification to ISO/IEC 27001.", ["supplier", "supplier"]),
    ("The Vendor represents and undertakes that it will notify the Client of any breach within 24 hours.",
     ["supplier"]),
    ("Each party agrees that it shall process personal data only as this Agreement permits.", ["both"]),
    # "that" as a relative pronoun before "it shall be": the thing, in a passive
    ("The Customer shall approve the plan that it shall be given.", ["customer", None]),
    # "it" is the thing in a passive, or a pronoun after other words: no party
    ("The Supplier shall deliver the Exit Plan, after which it shall be approved by the Customer.",
     ["supplier", "customer"]),
    ("The Supplier shall deliver the Exit Plan, after which it shall not be amended.", ["supplier", None]),
    ("The Supplier shall deliver the report, which the reviewers say it shall cover.", ["supplier", None]),
])
def test_obligation_pronoun_resumes_the_main_subject(text, subjects):
    assert [p.subject for p in _analysis(text).predications] == subjects


@pytest.mark.parametrize(("text", "verb", "subject"), [
    # an aside set off by commas right after the main modal holds another party's verb; after its closing comma the
    # main verb goes on, and it is the main subject's duty
    ("The Service Provider shall, for such exit period of up to six (6) months as the Bank may require (the \"Exit "
     "Period\"), continue to provide the Services and cooperate with any replacement provider.",
     "continue", "supplier"),
    ("The Supplier shall, at such times as the Customer may reasonably request, provide knowledge transfer.",
     "provide", "supplier"),
    ("The Vendor will, within such period as the Client may specify, return all Client Data.", "return", "supplier"),
    ("The Contractor must, where the Authority may so direct, deliver the records to a replacement contractor.",
     "deliver", "supplier"),
    # the aside's own verb stays its party's
    ("The Supplier shall, at such times as the Customer may reasonably request, provide knowledge transfer.",
     "request", "customer"),
    # a new subject after the comma is a clause of its own, not the main verb resumed
    ("The Supplier shall, as the Customer may require, the Customer paying for it, provide reports.",
     "paying", "customer"),
    # no comma after the main modal: the relative clause ends the sentence's main verb as before
    ("The Supplier shall provide reports in such format as the Customer may require, including monthly data.",
     "including", "customer"),
])
def test_obligation_main_verb_resumes_after_a_subordinate_aside(text, verb, subject):
    annotated = annotate(snippet_document(text))
    sentence = annotated.sentences[0]
    at = [t.lower() for t in sentence.tokens].index(verb)
    assert sentence.analysis.predication_at(at).subject == subject
# A sentence opening with "it" or "they" (after nothing but linking words or a time phrase) goes on with the party
# the sentence before it in the same clause binds.
@pytest.mark.parametrize(("text", "subjects"), [
    ("The Supplier shall return all Company Data in CSV format. Within a further thirty (30) days it shall securely "
     "delete all remaining copies of Company Data.", ["supplier"]),
    ("On expiry the Vendor shall hand over the knowledge base. Thereafter it shall erase every other copy.",
     ["supplier"]),
    ("The Contractor shall deliver the exit plan within 3 months. It shall update the plan each Contract Year.",
     ["supplier"]),
    ("The Customer may audit the records once a year. It may also inspect the systems used.", ["customer"]),
    ("The Sub-processors shall be approved by the Client. They shall comply with this clause.", [None]),
    # a thing in a passive, a pronoun after other words, a party named before the modal: not the previous party
    ("The Supplier shall deliver the Exit Plan. It shall be approved by the Customer.", ["customer"]),
    ("The Supplier shall deliver the Exit Plan. It shall not be amended without consent.", [None]),
    ("The Supplier shall deliver the report. The reviewers agree it shall cover the volumes.", [None]),
    ("The Supplier shall deliver the report. Then the Customer shall pay the invoice.", ["customer"]),
])
def test_obligation_pronoun_goes_on_with_the_previous_sentence(text, subjects):
    sentences = annotate(snippet_document(text)).sentences
    assert [p.subject for p in sentences[-1].analysis.predications] == subjects


# What a party "shall receive" or "shall benefit from" is given to it: a right, not a duty
@pytest.mark.parametrize(("text", "subject", "kind"), [
    ("Where automation reduces the FTE required, the Company shall receive half of the resulting saving.",
     "customer", "right"),
    ("The Client will receive a credit equal to 40% of the hours saved.", "customer", "right"),
    ("The Customer shall benefit from any reduction in the Supplier's cost to serve.", "customer", "right"),
    ("The Supplier shall receive payment within thirty (30) days of invoice.", "supplier", "right"),
    # a duty to obtain, a benefit not "from" anything, a refusal: still duties
    ("The Customer shall obtain all consents needed for the transfer.", "customer", "obligation"),
    ("The Customer shall benefit the project team with timely decisions.", "customer", "obligation"),
    ("The Customer shall not receive any share of the savings.", "customer", "obligation"),
])
def test_obligation_what_a_party_receives_is_its_right(text, subject, kind):
    predication = _analysis(text).predications[0]
    assert (predication.subject, predication.kind) == (subject, kind)


def test_obligation_pronoun_does_not_reach_into_another_clause():
    text = "1. EXIT\n1.1 The Supplier shall return the data.\n1.2 It shall be final.\n1.3 It shall continue in force."
    last = annotate(snippet_document(text)).sentences[-1]
    assert [p.subject for p in last.analysis.predications] == [None]


@pytest.mark.parametrize(("text", "flag", "value"), [
    ("Buyers should insist on an audit right.", "advice", "buyers should"),
    ("It is recommended that the contract includes an audit right.", "advice", "it is recommended"),
    ("The Parties are encouraged to consider whether repeat contacts should be excluded.", "advice", "encouraged to"),
    ("The Supplier is strongly encouraged to share automation savings with the Customer.", "advice", "encouraged to"),
    ("The audit procedure is to be agreed.", "deferral", "to be agreed"),
    ("The parties may discuss a gainshare in good faith.", "deferral", "may discuss"),
])
def test_obligation_advice_and_deferral(text, flag, value):
    assert getattr(_analysis(text), flag) == value


def test_obligation_recital():
    assert _analysis("WHEREAS the Customer wishes to audit the Supplier.").recital


@pytest.mark.parametrize(("text", "history"), [
    # what went before this contract, in the past tense, binds nobody
    ("During the pilot phase, resolutions were counted in the Client's Zendesk account.", True),
    ("Under the Previous Agreement, the pricing moved from a baseline fee to per-resolution pricing.", True),
    ("Previously, the Supplier reported monthly on automation.", True),
    ("Historically the incumbent achieved a CSAT score of 82%.", True),
    # with a modal verb it is a term, whatever it opens with
    ("During the pilot phase the Supplier shall report weekly on the automation rate.", False),
    ("Under the Previous Agreement's exit plan, the Supplier shall continue the Services for six months.", False),
    ("The Supplier previously reported monthly.", False),
])
def test_obligation_history_is_no_term(text, history):
    assert _analysis(text).recital == history


def test_obligation_conditional_should_is_not_advice():
    assert _analysis("If the Supplier should fail to meet a Service Level, the Customer may terminate.").advice == ""


def test_obligation_recitals_section_is_recital():
    annotated = annotate(snippet_document("RECITALS\n(A) The Customer may audit the Supplier's records.\n"
                                          "1. AUDIT\n1.1 The Customer may audit the Supplier's records."))
    flags = [(s.text[:14], s.analysis.recital) for s in annotated.sentences if s.text.startswith("The")]
    assert flags == [("The Customer m", True), ("The Customer m", False)]


@pytest.mark.parametrize(("text", "subject"), [
    ("In addition, either you or Nationwide may terminate this Agreement.", "both"),
    ("Client, or an independent auditor appointed by Client, may audit the records.", "customer"),
    ("Subject to the Customer's payment, the Supplier's support and maintenance obligations shall continue.",
     "supplier"),
    ("However, any Party may terminate its participation in this Agreement.", "both"),
    # "each of" / "either of" two named parties: both, not the nearer one
    ("Each of the Customer and the Supplier may terminate this Agreement without cause.", "both"),
    # the charges cut in the passive: the supplier's duty; an increase, or a party's own fees, is not
    ("The Outcome Charge for the following quarter shall be reduced by 50% of the Efficiency Saving.", "supplier"),
    ("The monthly Fees will be credited with the Service Credits.", "supplier"),
    ("The Fees shall be increased each year by the CPI.", None),
    ("Either of the Client or the Vendor may refer the dispute to an expert.", "both"),
    # a role in brackets after the first of two joined parties: still both of them
    ("The Client (the buyer) and the Vendor shall meet each month to review performance.", "both"),
    # a party owning the thing named first is not the one bound: its data is the subject of a passive, done
    # by the party after "by" (or by nobody named), while its agents act for it
    ("The Customer's Data shall be returned to the Customer on termination.", None),
    ("The Client's records may not be used by the Vendor except to provide the Services.", "supplier"),
    ("The Client's records shall be kept by the Vendor for seven years.", "supplier"),
    ("The Customer's auditors may inspect the Supplier's records.", "customer"),
])
def test_obligation_subject_in_harder_drafting(text, subject):
    assert _analysis(text).predications[0].subject == subject


@pytest.mark.parametrize("text", [
    "That would turn the savings into a number the provider could set at will.",
    "The Charges were compared with market rates in May 2025.",
    "The review is held on 1 May each year.",
    # a superlative's aside: "the least leverage it will ever have" promises nothing
    "At the time, the buyer has the least leverage it will ever have.",
    "This is the most the Customer can ever recover.",
    # committing a breach is no promise
    "The Supplier commits a material breach if it misses three Service Levels in a month.",
])
def test_obligation_nouns_are_not_modals(text):
    assert _analysis(text).predications == ()


@pytest.mark.parametrize(("text", "advice"), [
    ("If an inspection shows that the Company has paid more than it should have paid, the Contractor shall "
     "repay it.", ""),
    ("Should any audit reveal an overcharge, the Supplier shall refund it.", ""),
    ("The contract should require the provider to notify the buyer.", "should"),
])
def test_obligation_should_as_condition_or_advice(text, advice):
    assert _analysis(text).advice == advice


def test_obligation_quoted_model_clause_opens_no_predication():
    analysis = _analysis('A model clause might read: "The Supplier shall refund any overcharge with interest."')
    assert analysis.predications == () and analysis.quoted == 1


@pytest.mark.parametrize("text", [
    "Nothing in these Terms grants the Company any licence.",
    "The Client waives any right it may have to terminate this Agreement.",
])
def test_obligation_more_sentence_negation_cues(text):
    assert _analysis(text).negation


@pytest.mark.parametrize(("text", "binding"), [
    # a promise whose content is the list below it binds, like "shall:"
    ("The Vendor agrees that, while this Agreement runs and for two years after it ends:", True),
    ("The Vendor undertakes that on expiry:", True),
    # "agrees that" stating a fact, or followed by its own modal, opens no promise of its own
    ("The Vendor agrees that the fees are fair.", False),
    ("The Vendor agrees that the Client shall own the reports:", True),
])
def test_obligation_promise_introducing_a_list(text, binding):
    predications = _analysis(text).predications
    assert bool(predications) == binding
    if binding and "shall" not in text:
        assert (predications[0].subject, predications[0].kind) == ("supplier", "obligation")


@pytest.mark.parametrize(("text", "subject", "negated"), [
    # a negative covenant is a duty not to act, with the party that gives it as its subject
    ("The Provider agrees not to terminate this Agreement unless it sells the Company.", "supplier", "agrees not to"),
    ("The Consultant undertakes not to disclose the Client's information.", "supplier", "undertakes not to"),
    ("The Vendor covenants not to solicit the Customer's employees.", "supplier", "covenants not to"),
    ("The parties agree not to vary the Fees during the first year.", "both", "agree not to"),
    # a promise to act stays a plain obligation
    ("The Provider agrees to terminate the sub-contract on request.", "supplier", ""),
])
def test_obligation_negative_covenant_is_a_negated_duty(text, subject, negated):
    (predication, *_) = _analysis(text).predications
    assert (predication.kind, predication.subject, predication.negated) == ("obligation", subject, negated)


def test_obligation_negative_covenant_ends_the_predication_before_it():
    # "which notice shall state ...; provided that AIG agrees not to terminate ... of the Company": the passive
    # "shall state" must not run on over the covenant and reach the customer named at its end
    predications = _analysis(
        "The Provider may terminate this Agreement on 30 days' notice to the Client, which notice shall state the "
        "date of termination; provided that the Provider agrees not to terminate this Agreement unless it sells "
        "the business of the Client.").predications
    assert [p.modal for p in predications] == ["may", "shall", "agrees not to"]
    assert predications[1].end == predications[2].start


def test_obligation_negative_covenant_item_keeps_the_promise_lead_in():
    # "agrees that ...:" over items stays the lead-in's cue: its negative form does not take it over
    annotated = annotate(snippet_document(
        "6.1 The Vendor agrees that during the term and for three years after it:\n"
        "(a) not to disclose the Client's information; and\n"
        "(b) to deliver to the Client on termination all materials the Client supplied."))
    lead = annotated.sentences[0]
    assert [(p.modal, p.negated) for p in lead.analysis.predications] == [("agrees that", "")]


@pytest.mark.parametrize("lead_in", [
    "6.1 The Vendor agrees that during the term and for three years after it:",
    # the promise verb straight before the colon (French and EU-English drafting)
    "6.1 In particular, the Vendor undertakes:",
    "6.1 The Vendor agrees:",
])
def test_obligation_promise_lead_in_binds_its_items(lead_in):
    annotated = annotate(snippet_document(
        lead_in + "\n"
        "(a) to hand back to the Client on expiry all materials the Client supplied; and\n"
        "(b) not to disclose the Client's information."))
    lead, first, second = annotated.sentences
    assert first.bound_by == lead.id and second.bound_by == lead.id
    assert lead.analysis.predications[0].subject == "supplier"


def test_obligation_a_promise_verb_before_more_words_is_no_lead_in():
    # "undertakes: ..." with the promise's content on the same line is read as written
    analysis = _analysis("The Vendor undertakes: the Client's information stays confidential.")
    assert not analysis.predications


@pytest.mark.parametrize(("text", "subject", "negated"), [
    # "is to" / "are to" + a verb binds a party or its people (Australian and older English drafting)
    ("The Supplier is to provide the monthly report.", "supplier", ""),
    ("The Customer is to pay each correctly rendered invoice within 20 days.", "customer", ""),
    ("The Contract Managers are to meet monthly to review performance.", None, ""),
    ("Each party is to bear its own costs.", "both", ""),
    ("The Supplier is not to disclose Customer Data.", "supplier", "is not to"),
])
def test_obligation_is_to_binds_a_party(text, subject, negated):
    (predication, *_) = _analysis(text).predications
    assert (predication.kind, predication.subject, predication.negated) == ("obligation", subject, negated)


@pytest.mark.parametrize("text", [
    "The purpose of the Supplier's report is to show performance.",  # a purpose, not a duty
    "The audit procedure is to be agreed.",  # deferral
    "The Supplier is to be paid monthly.",  # what a party receives, not a duty it owes
    "The Contract Managers are to be notified of any change.",  # the same, for a party's people
    "The Fees are to be determined by the parties.",  # deferral
    "This clause is to be read with clause 9.",  # a reading, not a duty
    "Services are to be expected to improve.",  # a hope
    "The aim of these meetings is to review risks.",
])
def test_obligation_is_to_without_a_party_actor_binds_nobody(text):
    assert _analysis(text).predications == ()


@pytest.mark.parametrize(("is_to", "shall"), [
    # a thing that "is to be" dealt with is a passive duty, read as "shall be" is (Commonwealth drafting)
    ("The Fixed Service Fee is to be reduced to the benchmark.",
     "The Fixed Service Fee shall be reduced to the benchmark."),
    ("On each 1 July, the Fees are to be increased by the CPI.",
     "On each 1 July, the Fees shall be increased by the CPI."),
    ("The efficiency dividend is to be credited against the Fees.",
     "The efficiency dividend shall be credited against the Fees."),
    ("Any overpayment is to be repaid within 20 Business Days.",
     "Any overpayment shall be repaid within 20 Business Days."),
])
def test_obligation_is_to_be_done_is_a_passive_duty_like_shall_be(is_to, shall):
    (got,) = _analysis(is_to).predications
    (want,) = _analysis(shall).predications
    assert got.kind == want.kind == "obligation"
    assert (got.subject, got.negated) == (want.subject, want.negated) and not got.negated


@pytest.mark.parametrize(("text", "deferral"), [
    # "to be determined" defers only when it says nothing of how: a stated source or method settles it
    ("The number of Finalised Claims is to be determined from the monthly CMS report.", ""),
    ("The Service Credits shall be determined in accordance with Schedule 3.", ""),
    ("The Charges are to be determined under clause 7.", ""),
    ("The glide path is to be determined.", "to be determined"),
    ("The Fees are to be determined by the parties.", "to be determined"),
    ("The amount is to be determined in good faith.", "in good faith"),
])
def test_obligation_to_be_determined_from_a_source_is_no_deferral(text, deferral):
    assert _analysis(text).deferral == deferral


@pytest.mark.parametrize(("text", "subject"), [
    # two parties joined by "or" / "and" as the subject: either of them
    ("After the first year, the Client or the Vendor giving six months' notice may terminate this Agreement.",
     "both"),
    ("The Client and the Vendor shall meet monthly.", "both"),
    # a party that is the object of a preposition is not part of the subject
    ("The Vendor shall report to the Client and the Vendor shall keep records.", "supplier"),
])
def test_obligation_two_parties_joined_as_the_subject(text, subject):
    assert _analysis(text).predications[-1].subject == subject


@pytest.mark.parametrize(("text", "subject"), [
    # the party opens a subject joined by "or" to people acting for it
    ("The Customer or any person authorised by it may inspect the records.", "customer"),
    ("The regulator, or persons it appoints, has right to inspect the records.", "customer"),
    # "X shall A and may B": B stays X's, not the object's
    ("The Supplier shall notify the Customer and may suspend the Services.", "supplier"),
])
def test_obligation_subject_before_or_persons_acting_for_it(text, subject):
    assert _analysis(text).predications[-1].subject == subject


@pytest.mark.parametrize(("text", "denied", "outright"), [
    ("No service credits, fee reductions or other monetary remedies apply to any failure to meet a Service Level.",
     "no service credits , fee reductions or other monetary remedies", True),
    ("No Service Credit shall be payable.", "no service credit", True),
    ("No termination fee is payable on termination for convenience.", "no termination fee", True),
    ("No Service Credits shall be payable where the failure is caused by a Force Majeure Event.",
     "no service credits", False),
    # ownership denied: what the bots are does not pass to the customer
    ("No bots built under this Agreement shall be owned by the Customer.", "no bots built under this agreement", True),
    ("None of the models shall vest in the Customer.", "none of the models", True),
    ("No title in the scripts passes to the Customer until the Charges are paid.", "no title in the scripts", False),
    # not a denial of a thing: a time limit, a negated duty
    ("No later than 10 days after each month, the Supplier shall credit the Customer.", "", False),
    ("No party shall be liable for indirect loss.", "", False),
    ("The Supplier shall pay service credits.", "", False),
])
def test_obligation_denied_things(text, denied, outright):
    annotated = annotate(snippet_document(text))
    sentence = annotated.sentences[0]
    a, b = sentence.analysis.denied
    assert (" ".join(sentence.tokens[a:b]), sentence.analysis.denied_outright) == (denied, outright)


_PRONOUN_PARTIES = ('This agreement is between Osprey Claims Ltd ("we", "us", "our") and Linden Mutual plc '
                    '("you", "your").\n\n1. Terms\n')


@pytest.mark.parametrize(("text", "advice", "pronouns_defined"), [
    # words that advise a reader bind a party the contract calls "you" or "we"
    ("1.1 You must pay each invoice within 30 days.", "", True),
    ("1.1 We will give you the records you need for your own audit.", "", True),
    ("1.1 We will make sure our subcontractors keep to this clause.", "", True),
    ("1.1 The Supplier shall make sure its staff are vetted.", "", False),
    # ... but a recommendation stays advice, and so does the same advice where nobody is "you"
    ("1.1 We recommend that you keep copies of the reports.", "we recommend", True),
    ("1.1 You should keep copies of the reports.", "you should", True),
    ("1.1 You must insist on an audit right.", "you must", False),
    ("1.1 Make sure the contract has an audit right.", "make sure", False),
])
def test_obligation_reader_advice_is_a_duty_of_a_pronoun_party(text, advice, pronouns_defined):
    sentences = annotate(snippet_document((_PRONOUN_PARTIES if pronouns_defined else "") + text)).sentences
    assert sentences[-1].analysis.advice == advice


@pytest.mark.parametrize(("text", "subject"), [
    # a document the supplier delivers, as subject of a content verb, binds the supplier
    ("Each Monthly Operations Report shall state the Automation Rate for the month.", "supplier"),
    ("Every invoice must set out the Fees for each Service Line.", "supplier"),
    ("The quarterly performance report delivered under Clause 7 shall also include the Service Levels achieved.",
     "supplier"),
    ("The Exit Plan shall specify the assets to be transferred.", "supplier"),
    # traps: a party named in the subject decides; the contract's own documents and other verbs bind nobody
    ("The Customer's policy shall state the retention periods.", "customer"),
    ("The Service Recipient's monthly statement shall show the volumes.", "customer"),
    ("Each Statement of Work shall set out the Services.", None),
    ("The report shall be delivered within five Business Days.", None),
    ("The policy shall state the retention periods.", None),
])
def test_obligation_deliverable_prescribing_its_content(text, subject):
    assert _analysis(text).predications[0].subject == subject


@pytest.mark.parametrize(("text", "modal", "kind", "negated"), [
    # plain-English contractions are the modal they stand for
    ("We'll deliver the report monthly.", "'ll", "obligation", ""),
    ("You’ll get a credit for each failure.", "’ll", "obligation", ""),
    ("The Supplier won't use subcontractors.", "wo n't", "obligation", "wo n't"),
    ("The Customer can't terminate before the first anniversary.", "ca n't", "right", "ca n't"),
    ("The Supplier shan’t charge for the export.", "sha n’t", "obligation", "sha n’t"),
])
def test_obligation_contracted_modals(text, modal, kind, negated):
    predication = _analysis(text).predications[0]
    assert (predication.modal, predication.kind, predication.negated) == (modal, kind, negated)


@pytest.mark.parametrize(("text", "subject", "modal"), [
    # a table cell opening with a party doing something is that party's undertaking, as a schedule states it
    ("This Agreement is between Acme Bank plc (the \"Customer\") and Beta Ltd (the \"Supplier\").\n"
     "Incident notification | Supplier notifies Customer of any Security Breach within 72 hours", "supplier",
     "notifies"),
    ("This Agreement is between Acme Bank plc (the \"Customer\") and Beta Ltd (the \"Supplier\").\n"
     "Overcharge above 3% | the Supplier also pays the cost of the audit", "supplier", "pays"),
    ("This Agreement is between Acme Bank plc (the \"Customer\") and Beta Ltd (the \"Supplier\").\n"
     "Exit | Customer receives a copy of the data", None, None),   # not a verb of performance
    ("This Agreement is between Acme Bank plc (the \"Customer\") and Beta Ltd (the \"Supplier\").\n"
     "Supplier Systems | hosted in the EU", None, None),            # a thing the party has, no verb
    ("This Agreement is between Acme Bank plc (the \"Customer\") and Beta Ltd (the \"Supplier\").\n"
     "The Supplier maintains ISO 27001 certification.", None, None),  # prose, not a row: no modal, no term
])
def test_obligation_table_row_undertaking(text, subject, modal):
    sentence = annotate(snippet_document(text)).sentences[-1]
    predications = sentence.analysis.predications
    assert ((predications[0].subject, predications[0].modal) if predications else (None, None)) == (subject, modal)


@pytest.mark.parametrize(("text", "subjects"), [
    # "as may be necessary" compares; it is nobody's predication, so the promise before it keeps governing
    ("Each party agrees to protect Customer Information and to comply as may be necessary with the "
     "Gramm-Leach-Bliley Act.", ["both"]),
    ("The Supplier shall keep such records as shall be required by law and shall give the Client access to them.",
     ["supplier", "supplier"]),
    ("The Vendor shall provide the reports to the Client as will enable it to verify the charges.", ["supplier"]),
    # a subject between "as" and the modal is a relative clause of its own, still read
    ("The Supplier shall return the data in such format as the Customer may require.", ["supplier", "customer"]),
])
def test_obligation_modal_right_after_as_opens_no_predication(text, subjects):
    assert [p.subject for p in _analysis(text).predications] == subjects


@pytest.mark.parametrize(("text", "subjects", "kinds"), [
    # people a party appoints act for it, and "shall have access" gives, as "shall be entitled" does
    ("Client may designate representatives who shall, upon reasonable notice, have access to the records.",
     ["customer", "customer"], ["right", "right"]),
    ("The Supplier shall appoint a manager who shall attend the monthly meetings.",
     ["supplier", "supplier"], ["obligation", "obligation"]),
    ("The Auditor shall have access to the Supplier's records.", ["customer"], ["right"]),
    ("The Customer shall have unrestricted access to the raw data.", ["customer"], ["right"]),
    # having responsibility is a duty
    ("The Supplier shall have full responsibility for its subcontractors.", ["supplier"], ["obligation"]),
    # not people appointed: the relative clause names no one
    ("The Supplier shall keep records which shall be retained for six years.", ["supplier", None],
     ["obligation", "obligation"]),
])
def test_obligation_appointed_people_and_access(text, subjects, kinds):
    predications = _analysis(text).predications
    assert [p.subject for p in predications] == subjects
    assert [p.kind for p in predications] == kinds


@pytest.mark.parametrize(("text", "demanded"), [
    # what one party may demand of the other is the other's duty, from the "to" on
    ("The Customer may require the Supplier to provide termination assistance.", ("supplier", "obligation")),
    ("The Customer may, by written notice, direct the Supplier to suspend the Services.", ("supplier", "obligation")),
    ("The Company may at its discretion require the Contractor, for all or part of the notice period, to hand over "
     "its duties.", ("supplier", "obligation")),
    ("The Supplier may request the Customer to provide access to its premises.", ("customer", "obligation")),
    # not a demand of the other party: the party's own request, a demand of a third person, or a refusal
    ("The Customer may request a copy of the report.", None),
    ("The Customer may require its auditors to sign a confidentiality undertaking.", None),
    ("The Customer may not require the Supplier to work overtime.", None),
])
def test_obligation_a_demand_of_the_other_party_is_its_duty(text, demanded):
    predications = _analysis(text).predications
    if demanded is None:
        assert len(predications) == 1
    else:
        assert len(predications) == 2 and (predications[1].subject, predications[1].kind) == demanded
        assert predications[1].modal == "required to" and predications[0].end == predications[1].start
