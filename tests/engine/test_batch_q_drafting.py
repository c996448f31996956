"""Drafting styles from held-out clause batch q (benchmarks/heldout-clauses/2026-12-10-q.yaml), each in several
wordings with its traps, linted with the real rule: numbered rows of negotiation issues lists, redline summary
tables, bilingual Swiss and Belgian definitions, Korean repeat inquiries, usage fees "overstated", GSA automation
reports of the bots "in production", satisfaction held by the services or conversations themselves, percentile
targets, price reviews dropped in email threads, and licences "during the term of the contract"."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# Issues lists: a numbered row ("5. Glide path ... | ... | ... | Open") keeps its table's header, so its status
# column records the point as open, not agreed; a row the status column records as agreed stays a term.
_ISSUES = ("Negotiation Issues List - Payroll Services - Glenmore Distilleries plc (Customer) / PayStream Services Ltd "
           "(Supplier).\nIssue | Customer position | Supplier position | Status\n")
NUMBERED_ISSUE_ROWS = [
    ("PRC003", "missing", _ISSUES + "5. Glide path to outcome pricing | three steps over three years | not accepted; "
                                    "FTE pricing throughout | Open"),
    ("EXT004", "missing", _ISSUES + "15. IP in bots and models | Customer owns all bots built for it | Supplier owns; "
                                    "no licence after exit | Open"),
    ("GOV002", "missing", _ISSUES + "9. CSAT target | 85% measured by post-call survey | no target; report CSAT only | "
                                    "Under negotiation"),
    ("EXT001", "missing", _ISSUES + "3.1 Termination | Customer may terminate for convenience on 60 days' notice and "
                                    "for cause | Supplier: cause only | Not agreed"),
    # the trap: a numbered row the status column records as agreed is still the term
    ("EXT004", "pass", _ISSUES + "15. IP in bots | All bots and scripts built for the Customer shall vest in the "
                                 "Customer | accepted | Agreed"),
]


@pytest.mark.parametrize(("code", "expected", "text"), NUMBERED_ISSUE_ROWS)
def test_numbered_issue_row_keeps_its_status_column(code, expected, text):
    assert status_of(code, text) == expected


# Redline summaries: a row whose change column records the clause as deleted quotes a clause no longer agreed; a
# deletion the status column refuses, and an unchanged row, leave the clause standing.
_REDLINE = ("Redline Summary - Warranty Claims Services Agreement between Kestrel Appliances Inc. (Customer) and "
            "Harbor BPO Corp. (Supplier).\nClause | Change | Status\n"
            "6.1 Fees: USD 4.80 per Resolved Warranty Claim | unchanged | Agreed\n")
DELETED_IN_REDLINE = [
    ("missing", _REDLINE + "6.3 Claims reopened within 10 days excluded from Resolved Warranty Claims | deleted by "
                           "Supplier | Deletion accepted by Customer"),
    ("missing", _REDLINE + "6.3 Claims reopened within 10 days are not billable | Deleted | Agreed"),
    ("missing", _REDLINE + "6.3 Claims reopened within 10 days are not billable | removed at Supplier's request | "
                           "Closed"),
    # traps: the deletion refused, or the clause changed in another way, leaves the exclusion agreed
    ("pass", _REDLINE + "6.3 Claims reopened within 10 days excluded from Resolved Warranty Claims | deleted by "
                        "Supplier | Deletion rejected by Customer"),
    ("pass", _REDLINE + "6.3 Claims reopened within 10 days excluded from Resolved Warranty Claims | window changed "
                        "from 7 to 10 days | Agreed"),
    ("pass", _REDLINE + "6.3 Claims reopened within 10 days excluded from Resolved Warranty Claims | remove the second "
                        "sentence | Agreed"),
]

# ... the same under a "Proposed change" column with the deletion agreed; an action list's "Remove ..." is a task
_PROPOSED = ("Redline Summary - Warranty Claims Services Agreement between Kestrel Appliances Inc. (Customer) and "
             "Harbor BPO Corp. (Supplier).\n6.1 Fees: USD 4.80 per Resolved Warranty Claim.\n")
DELETED_UNDER_OTHER_HEADERS = [
    ("missing", _PROPOSED + "Clause | Proposed change | Status\n6.3 Claims reopened within 10 days are not billable | "
                            "Delete | Agreed"),
    ("pass", _PROPOSED + "Clause | Action | Owner\n6.3 Claims reopened within 10 days are not billable | Remove "
                         "duplicate wording in 6.4 | Supplier"),
]


@pytest.mark.parametrize(("expected", "text"), DELETED_IN_REDLINE)
def test_row_deleted_in_a_redline_summary_is_not_agreed(expected, text):
    assert status_of("OUT002", text) == expected


@pytest.mark.parametrize(("expected", "text"), DELETED_UNDER_OTHER_HEADERS)
def test_row_deleted_under_a_proposed_change_column(expected, text):
    assert status_of("OUT002", text) == expected


# OUT001: a term defined in the other language with its English name in brackets ('"Erledigter Schadenfall"
# (Completed Claim Intake) means ...') is defined under both names, so the price per the English name prices it; a
# cross-reference in brackets ("(Schedule 5)") names no term.
_SWISS = ("Services Agreement between Helvetia Alpen Versicherung AG (the \"Client\", the customer) and Zurich Claims "
          "Services GmbH (the \"Contractor\").\n")
GLOSSED_TERMS = [
    ("pass", _SWISS + "1.2 \"Erledigter Fall\" (Completed Case) means a case closed in the Client's claims system with "
                      "the status \"Settled\".\n6.1 The Client shall pay CHF 9.00 per Completed Case."),
    ("weak", _SWISS + "1.2 \"Erledigter Schadenfall\" (Completed Claim Intake) means a first notice of loss that the "
                      "Contractor has closed in accordance with the Contractor's internal process manual.\n"
                      "6.1 The Client shall pay CHF 11.50 per Completed Claim Intake."),
    ("weak", "Agreement between Banque Brabant SA (the \"Customer\") and Flandria Back Office NV (the \"Supplier\").\n"
             "1.4 \"Dossier Afgehandeld\" (Handled File) means a file which the Supplier considers complete.\n"
             "8.1 The Customer shall pay EUR 6.00 for each Handled File."),
    # traps: a cross-reference in brackets is no second name; the glossed term priced per hour is no outcome
    ("missing", _SWISS + "1.2 \"Charges\" (Schedule 5) means the amounts payable for the services.\n"
                         "6.1 The Client shall pay CHF 9.00 per Schedule 5."),
    ("missing", _SWISS + "1.2 \"Erledigter Fall\" (Completed Case) means a case closed in the Client's claims system.\n"
                         "6.1 The Client shall pay CHF 40.00 per agent hour."),
]


@pytest.mark.parametrize(("expected", "text"), GLOSSED_TERMS)
def test_term_glossed_in_brackets_is_defined_under_both_names(expected, text):
    assert status_of("OUT001", text) == expected


# OUT002: a contact "repeated" after it (an inquiry repeated by the same employee, a complaint repeated within seven
# days) is a repeat contact, as "a repeated inquiry" is; the supplier's repeated attempts and a repeat still billed are
# not an exclusion.
_KOREAN = ("Service Agreement between Hanbit Electronics Co., Ltd. (the \"Company\", the customer) and Seoul HR "
           "Outsourcing Co., Ltd. (the \"Service Provider\").\nArticle 9 (Fees) The Company shall pay KRW 4,500 for "
           "each resolved payroll inquiry.\n")
REPEATED_CONTACTS = [
    ("weak", _KOREAN + "Article 10 An inquiry repeated by the same employee within twenty-four (24) hours after its "
                       "resolution shall not be billed."),
    ("pass", _KOREAN + "Article 10 A complaint repeated within seven (7) days after closure shall not be counted as a "
                       "resolved inquiry."),
    ("pass", _KOREAN + "Article 10 Repeated inquiries on the same matter within ten (10) days shall not be billed."),
    # traps: the repeat billed again; no exclusion at all
    ("missing", _KOREAN + "Article 10 An inquiry repeated by the same employee within seven (7) days shall be "
                          "billable as a new resolved inquiry."),
    ("missing", _KOREAN + "Article 10 The Service Provider shall record every inquiry repeated by an employee."),
]


@pytest.mark.parametrize(("expected", "text"), REPEATED_CONTACTS)
def test_contact_repeated_is_a_repeat_contact(expected, text):
    assert status_of("OUT002", text) == expected


# AUD002: usage fees found "overstated" and credited with interest are an overcharge refunded;
# an overstatement with no credit, or the customer's own shortfall, refunds nothing.
_RIDER = ("AI Rider to the Master Services Agreement between Granite Mutual Insurance Company (\"Customer\") and Lumen "
          "Agents Inc. (\"Provider\").\n")
OVERSTATED_FEES = [
    ("pass", _RIDER + "A.9 If any audit shows that the Usage Fees were overstated, Provider shall credit the "
                      "overstated amount to Customer with interest at one percent (1%) per month, and where the "
                      "overstatement exceeds five percent (5%) Provider shall bear the full cost of the audit."),
    ("pass", _RIDER + "A.9 Provider shall repay any overstated amounts revealed by an audit, with interest at the "
                      "statutory rate, and shall pay the costs of the audit where the overstatement exceeds 3% of the "
                      "fees audited."),
    ("weak", _RIDER + "A.9 If an audit shows that the Usage Fees were overstated, Provider shall credit the overstated "
                      "amount to Customer within 30 days."),
    # traps: the overstatement only reported; the customer pays its own shortfall
    ("missing", _RIDER + "A.9 Provider shall report to Customer any overstatement of the Usage Fees that it finds."),
    ("missing", _RIDER + "A.9 If an audit shows that Customer understated its usage, Customer shall pay the difference "
                         "with interest."),
]


@pytest.mark.parametrize(("expected", "text"), OVERSTATED_FEES)
def test_overstated_fees_credited_are_an_overcharge_refunded(expected, text):
    assert status_of("AUD002", text) == expected


# PRD002: a report of the bots or AI tools "in production" reports what has been introduced, as "in use" does; a
# report of something else, or one only on request, is not the notice.
_GSA = ("BPA Call Order No. 47QRAA26F0031 - Ordering Agency: U.S. Small Business Administration (the \"Government\", "
        "the customer); Contractor: Beacon Federal Services LLC.\n")
IN_PRODUCTION = [
    ("pass", _GSA + "C.9.2 The Contractor shall submit a monthly Automation Report identifying each bot or AI tool in "
                    "production and the percentage of transactions it processed during the month."),
    ("pass", _GSA + "C.9.2 Each quarter the Contractor shall report to the COR the RPA bots in production and the "
                    "share of loan files each bot completed."),
    ("pass", _GSA + "C.9.2 The Contractor shall deliver a monthly report listing the chatbots in live operation and "
                    "the proportion of enquiries they handled."),
    # traps: a report of production volumes, not of AI; the report only on request
    ("missing", _GSA + "C.9.2 The Contractor shall submit a monthly report of the loan files in production and the "
                       "percentage completed on time."),
    ("weak", _GSA + "C.9.2 Upon the COR's request, the Contractor shall report each bot in production and the "
                    "percentage of transactions it processed."),
]


@pytest.mark.parametrize(("expected", "text"), IN_PRODUCTION)
def test_report_of_bots_in_production(expected, text):
    assert status_of("PRD002", text) == expected


# The services, or the conversations, calls or contacts handled in them, held to a level they "shall achieve" or
# "shall meet", with no party as subject: a duty of the supplier who performs them. A party in the subject, and a
# negation, decide otherwise.
_AI_RIDER = ("AI Rider to the Master Services Agreement between Larkspur Bank, N.A. (\"Customer\") and Cognivia Inc. "
             "(\"Provider\").\n")
WORK_ACHIEVES = [
    ("GOV002", "pass", _AI_RIDER + "C.3 AI Agent conversations shall achieve a monthly average customer satisfaction "
                                   "score of at least 4.2 out of 5, measured by a one-question survey sent after each "
                                   "conversation."),
    ("GOV002", "pass", _AI_RIDER + "C.3 The Services shall achieve a CSAT of at least 85% each month, measured by the "
                                   "post-contact survey."),
    ("GOV001", "pass", _AI_RIDER + "C.4 Calls shall meet a 90% answer rate within 30 seconds, with a service credit of "
                                   "2% of the monthly fees for each month missed."),
    # traps: the customer's own calls; a negated level
    ("GOV002", "missing", _AI_RIDER + "C.3 Customer's calls shall achieve a CSAT of at least 85%, measured by the "
                                      "post-contact survey."),
    ("GOV002", "missing", _AI_RIDER + "C.3 The Services shall not be required to achieve any CSAT level; CSAT is "
                                      "measured by the post-contact survey for information."),
]


@pytest.mark.parametrize(("code", "expected", "text"), WORK_ACHIEVES)
def test_work_held_to_a_level_binds_the_supplier(code, expected, text):
    assert status_of(code, text) == expected


# GOV002: a satisfaction score "at or above the 80th percentile" of a benchmark survey is a numeric target; a "top
# quartile" has no number, and a percentile of something else is no satisfaction target.
_GPO = ("Member Agreement between Cedar Valley Medical Center (\"Member\", the customer) and CareLine Scheduling LLC "
        "(\"Vendor\").\n")
PERCENTILE_TARGETS = [
    ("pass", _GPO + "8.5 Vendor shall maintain a patient satisfaction score at or above the 80th percentile, measured "
                    "quarterly through the Press Ganey survey."),
    ("pass", _GPO + "8.5 Vendor shall achieve a patient satisfaction score in the 75th percentile or above, measured "
                    "by the HCAHPS survey each quarter."),
    # traps: a quartile with no number; the percentile is of something else
    ("weak", _GPO + "8.5 Vendor shall maintain a patient satisfaction score in the top quartile, measured quarterly "
                    "through the Press Ganey survey."),
    ("missing", _GPO + "8.5 Vendor shall report its patient satisfaction score each quarter, measured through the "
                       "Press Ganey survey, and shall keep staff turnover below the 80th percentile."),
]


@pytest.mark.parametrize(("expected", "text"), PERCENTILE_TARGETS)
def test_percentile_is_a_satisfaction_number(expected, text):
    assert status_of("GOV002", text) == expected


# PRC001: a review dropped in the negotiation ("we agree to drop the automation price review", "The parties agree to
# withdraw the review") is not agreed, though "agree to" is otherwise a binding verb; a review agreed to, or dropped
# only with the trigger as its exception, stays a trigger.
_EMAIL = ("Email thread, subject \"Final open points\" - Vireo Insurance Company (customer) and Kinetic Claims "
          "Services Inc. (supplier).\n")
REFUSED_REVIEW = [
    ("missing", _EMAIL + "Vireo, 15 May: Understood, we agree to drop the automation price review and proceed on the "
                         "rate card."),
    ("missing", _EMAIL + "Vireo, 15 May: The parties agree to withdraw the review of the Charges that would have "
                         "applied when the automation rate exceeds 30%."),
    ("missing", _EMAIL + "Vireo, 15 May: Vireo agrees to drop its request for a review of the unit price upon "
                         "deployment of any AI release."),
    # traps: a review agreed to; one dropped except where the trigger is reached
    ("pass", _EMAIL + "Vireo, 15 May: We agree to a review of the unit price if the automation rate exceeds 30% for a "
                      "quarter."),
    ("pass", _EMAIL + "Vireo, 15 May: We agree to drop the annual review, except that Vireo may require a review of "
                      "the unit price if the automation rate exceeds 30% for a quarter."),
]


@pytest.mark.parametrize(("expected", "text"), REFUSED_REVIEW)
def test_price_review_dropped_in_the_negotiation(expected, text):
    assert status_of("PRC001", text) == expected


# EXT004: a licence to use the automation assets "during the term of the contract" (the contract named) ends at exit,
# even after the assets' own description ("developed for the contract"); assets made "during the term" and owned or
# licensed perpetually keep the pass.
_SPAIN = ("Contrato de servicios between the Servicio Publico de Empleo de Castilla Norte (the \"Contracting "
          "Authority\", the customer) and Automatizacion Publica S.L. (the \"Contractor\").\n")
LICENCE_FOR_THE_CONTRACT_TERM = [
    ("weak", _SPAIN + "Clausula 26. The Contractor grants the Contracting Authority a non-exclusive licence to use the "
                      "chatbots and knowledge bases developed for the contract during the term of the contract."),
    ("weak", _SPAIN + "Clausula 26. The Contractor grants the Contracting Authority a licence to use the bots and "
                      "scripts built for it throughout the term of this Agreement."),
    ("weak", _SPAIN + "Clausula 26. The Contracting Authority may use the robots configured for it for the term of the "
                      "contract."),
    # traps: assets made during the term and owned by the customer; a perpetual licence
    ("pass", _SPAIN + "Clausula 26. All bots developed during the term of the contract shall belong to the Contracting "
                      "Authority."),
    ("pass", _SPAIN + "Clausula 26. The Contractor grants the Contracting Authority a perpetual licence to use the "
                      "chatbots developed for the contract, during the term of the contract and after it."),
]


@pytest.mark.parametrize(("expected", "text"), LICENCE_FOR_THE_CONTRACT_TERM)
def test_licence_for_the_contract_term_only(expected, text):
    assert status_of("EXT004", text) == expected


# A document that marks itself not binding in its opening block with no subject ("Not binding; for negotiation only.",
# "For discussion only; not binding on either party.", "Subject to contract.") binds nobody, as "This term sheet is
# non-binding" does; so does an issues list that says it "is for negotiation purposes only and is not binding". The
# marker later in a contract, and a contract "not binding until signed", bind as ever.
_TOLL = ("Negotiation Issues List - Toll Billing Disputes Services - Cascade Toll Authority (Customer) / RoadDesk "
         "Services Inc. (Supplier).\n")
_SHARE_ROW = ("Issue | Customer position | Supplier position\n"
              "7. Productivity share | The Supplier shall share 50% of automation savings by a quarterly credit | "
              "accepted")
_SHARE = "7.1 The Supplier shall share 50% of automation savings with the Customer by a quarterly credit."
NOT_BINDING_MARKERS = [
    ("missing", _TOLL + "Not binding; for negotiation only.\n" + _SHARE_ROW),
    ("missing", _TOLL + "For discussion only; not binding on either party.\n" + _SHARE),
    ("missing", _TOLL + "Subject to contract.\n" + _SHARE),
    ("missing", _TOLL + "This issues list is for negotiation purposes only and is not binding on either party.\n"
     + _SHARE),
    # traps: the marker after the opening block; a contract binding once signed; a "Binding" marker
    ("pass", "Agreement between Cascade Toll Authority (the \"Customer\") and RoadDesk Services Inc. (the "
             "\"Supplier\").\n" + _SHARE + "\n9.2 Subject to contract."),
    ("pass", "Agreement between Cascade Toll Authority (the \"Customer\") and RoadDesk Services Inc. (the "
             "\"Supplier\").\n" + _SHARE + "\n30.1 This Agreement is not binding until signed by both parties."),
    ("pass", _TOLL + "Binding.\n" + _SHARE),
]


@pytest.mark.parametrize(("expected", "text"), NOT_BINDING_MARKERS)
def test_document_marked_not_binding_in_its_opening_block(expected, text):
    assert status_of("PRD001", text) == expected


# GOV003: each tier named in brackets after its cadence ("meet monthly (operational), quarterly (service review) and
# annually (executive review)") is a tier of its own; one bracketed tier, or reports so labelled, are not tiers.
_SOW = ("Amendment No. 1 to Statement of Work No. 3 between Oakmont Financial Group, Inc. (\"Customer\") and Steadfast "
        "Processing LLC (\"Supplier\").\n")
BRACKETED_TIERS = [
    ("pass", _SOW + "8.1 The parties shall meet monthly (operational), quarterly (service review) and annually "
                    "(executive review)."),
    ("pass", _SOW + "8.1 The parties shall meet monthly (operational level) and quarterly (steering committee)."),
    ("pass", _SOW + "8.1 Supplier's account team and Customer shall meet weekly (service review), monthly (performance "
                    "review) and annually (executive board)."),
    # traps: one tier; reports labelled by kind, with one meeting
    ("weak", _SOW + "8.1 The parties shall meet monthly (operational)."),
    ("weak", _SOW + "8.1 Supplier shall deliver monthly (operational) reports and quarterly (service) reports, and the "
                    "parties shall meet annually."),
]


@pytest.mark.parametrize(("expected", "text"), BRACKETED_TIERS)
def test_tiers_named_in_brackets_after_their_cadence(expected, text):
    assert status_of("GOV003", text) == expected


# DAT001: an AI vendor's usage-based order form counts its billable usage ("Usage is measured by ...", "Provider's
# usage records"), so the metering clause is about counting the billable outcomes; usage of a console, or a duty to
# keep usage records, counts nothing billed.
_ORDER = "Order Form No. 12 between Quill Bank (\"Customer\") and Parley AI, Inc. (\"Provider\").\n"
METERED_USAGE = [
    ("pass", _ORDER + "Metering. Usage is measured from Customer's own Zendesk instance, which Customer owns and "
                      "controls."),
    ("weak", _ORDER + "Metering. Usage is measured by Provider's metering service and Provider's usage records are "
                      "conclusive."),
    ("weak", _ORDER + "Metering. Usage Fees are calculated from Provider's usage records, which are final and "
                      "binding."),
    # traps: a console's usage logged; records kept
    ("missing", _ORDER + "Metering. Customer's usage of the admin console is logged by Provider."),
    ("missing", _ORDER + "Metering. Provider shall keep usage records for 12 months."),
]


@pytest.mark.parametrize(("expected", "text"), METERED_USAGE)
def test_metered_usage_is_the_billable_count(expected, text):
    assert status_of("DAT001", text) == expected


# EXT001: convenience and cause in one sentence, the second provision with a modal of its own and the subject left
# out ("Customer may cancel this Order Form at any time on 30 days' notice, and may terminate immediately if Provider
# materially breaches"): the breach is the second provision's condition, not the notice's. A second limb that only
# points back ("and may do so only if ...") and a condition in the first limb keep it conditional.
_BAYSIDE = "Order Form No. 130 between Bayside Credit Union (\"Customer\") and Converse AI Corp. (\"Provider\").\n"
SECOND_PROVISION_WITHOUT_SUBJECT = [
    ("pass", _BAYSIDE + "Termination. Customer may cancel this Order Form at any time on 30 days' notice, and may "
                        "terminate immediately if Provider materially breaches and fails to cure within 15 days."),
    ("pass", _BAYSIDE + "Termination. Customer may terminate this Order Form on 60 days' written notice, and may "
                        "terminate it immediately by notice if Provider commits a material breach."),
    ("pass", _BAYSIDE + "Termination. Customer may end this Order Form on 90 days' written notice, but shall be "
                        "entitled to terminate it at once if Provider commits a material breach."),
    # traps: the second limb points back to the first; the condition is the first limb's own
    ("weak", _BAYSIDE + "Termination. Customer may terminate this Order Form on 60 days' written notice, and may do so "
                        "only if Provider commits a material breach."),
    ("weak", _BAYSIDE + "Termination. Customer may terminate this Order Form on 60 days' written notice if Provider "
                        "commits a material breach, and may terminate immediately if Provider becomes insolvent."),
]


@pytest.mark.parametrize(("expected", "text"), SECOND_PROVISION_WITHOUT_SUBJECT)
def test_second_provision_without_its_subject(expected, text):
    assert status_of("EXT001", text) == expected


# OUT002: the matter brought back by its own verb and "again" ("raises again", "submitted again", "logged again") is a
# repeat contact; billed again, or the supplier's own re-logging, excludes nothing.
_BAGGAGE = ("Contract between Da Nang Airport Services Joint Stock Company (the \"Customer\") and Han River Contact "
            "Company Limited (the \"Contractor\").\nArticle 6.1 The Customer shall pay USD 4.20 for each Resolved "
            "Baggage Enquiry.\n")
BROUGHT_BACK_AGAIN = [
    ("pass", _BAGGAGE + "Article 6.2 An enquiry which the same passenger raises again within seven (7) days after it "
                        "was resolved shall not be counted as a Resolved Baggage Enquiry."),
    ("weak", _BAGGAGE + "Article 6.2 A claim submitted again by the passenger within 48 hours of closure shall not be "
                        "billed."),
    ("pass", _BAGGAGE + "Article 6.2 A Resolved Baggage Enquiry logged again by the same passenger within ten (10) "
                        "days shall be credited in full."),
    # traps: the repeat billed as new; the supplier re-logs lost enquiries
    ("missing", _BAGGAGE + "Article 6.2 An enquiry which the passenger raises again within seven (7) days shall be "
                           "billed as a new Resolved Baggage Enquiry."),
    ("missing", _BAGGAGE + "Article 6.2 The Contractor shall log again any enquiry lost in the system outage."),
]


@pytest.mark.parametrize(("expected", "text"), BROUGHT_BACK_AGAIN)
def test_matter_brought_back_again_is_a_repeat_contact(expected, text):
    assert status_of("OUT002", text) == expected


# OUT002: an AI agent's conversation comes back "on the same topic" or "with the same intent"; billed separately, it is
# no exclusion.
_AI_ORDER = ("Order Form No. 9 between Quill Bank (\"Customer\") and Parley AI, Inc. (\"Provider\").\n"
             "Usage Fees: USD 0.85 per Automated Resolution.\n")
SAME_TOPIC = [
    ("pass", _AI_ORDER + "Repeat Conversations: if the same end user starts a new conversation on the same topic "
                         "within 7 days of an Automated Resolution, that Automated Resolution will not be billed."),
    ("pass", _AI_ORDER + "Repeat Conversations: an Automated Resolution followed within 5 days by a conversation with "
                         "the same intent from the same end user shall be credited."),
    ("weak", _AI_ORDER + "Repeat Conversations: a conversation on the same topic within 24 hours is not billable."),
    # trap: billed separately
    ("missing", _AI_ORDER + "Repeat Conversations: conversations on the same topic are billed separately."),
]


@pytest.mark.parametrize(("expected", "text"), SAME_TOPIC)
def test_conversation_on_the_same_topic_is_a_repeat(expected, text):
    assert status_of("OUT002", text) == expected


# OUT001: an SOW or order form's labelled billing unit defined after a dash ("Unit of Billing: Completed Enrollment -
# an enrollment application for which ...") is a defined term wherever the line sits; a unit of input so labelled is
# no outcome, and another label ("Scope:") defines nothing.
_SOW5 = ("Statement of Work No. 5 between Pinecrest Health Plan, Inc. (\"Customer\") and Vantage Member Services LLC "
         "(\"Supplier\").\n")
LABELLED_UNITS = [
    ("pass", _SOW5 + "Unit of Billing: Completed Enrollment - an enrollment application for which the member record "
                     "has been created in Customer's Facets system with status \"Active\".\nFees: USD 6.40 per "
                     "Completed Enrollment."),
    ("weak", _SOW5 + "Billable Unit: Resolved Chat – a chat that the Supplier considers resolved.\nFees: USD 2.10 per "
                     "Resolved Chat."),
    # traps: a unit of input; another label
    ("missing", _SOW5 + "Unit of Billing: Agent Hour - each hour an agent is logged in.\nFees: USD 31.00 per Agent "
                        "Hour."),
    ("missing", _SOW5 + "Scope: Member Enrollment - the Supplier processes enrollment applications.\nFees: USD 6.40 "
                        "per completed enrollment."),
]


@pytest.mark.parametrize(("expected", "text"), LABELLED_UNITS)
def test_labelled_billing_unit_defined_after_a_dash(expected, text):
    assert status_of("OUT001", text) == expected
