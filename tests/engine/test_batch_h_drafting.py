"""Drafting styles from held-out clause batch h (benchmarks/heldout-clauses/2026-12-01-h.yaml), each in
several wordings with its traps, linted with the real rule: plain-language click-through terms quoted
without the page that says who "we" and "you" are."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# An extract of click-through terms in which "we" and "you" deal with each other under a promise is one party
# speaking to the other, the provider speaking unless what each does says otherwise; guidance to the reader
# (its "we" recommends) and the provider's own rights stay missing.
SPEAKING = [
    ("AUD002", "pass",
     "If an audit shows we have overcharged you, we'll refund the overcharge within 30 days with interest at 1% "
     "per month. If the overcharge is more than 5% of the fees audited, we'll also pay the reasonable costs of the "
     "audit."),
    ("AUD001", "weak",
     "You may audit our records relating to the fees you pay us, but only with our prior written consent."),
    ("AUD001", "pass",
     "Once a year you can audit our records, systems and data used to calculate the fees and the number of "
     "resolutions we bill you for."),
    ("AUD001", "missing",
     "We may audit your use of the Services, on reasonable notice, to check that you are within the user limits."),
    ("PRD002", "pass",
     "We'll tell you at least 30 days before we start using any new AI model or bot on your account, and every "
     "monthly report we send you will show the percentage of your contacts handled end to end by automation."),
    ("SEC001", "pass",
     "We maintain ISO/IEC 27001 certification for the systems that process your data, and we'll notify you of any "
     "security breach affecting your data within 48 hours after we become aware of it."),
    ("EXT003", "pass",
     "Within 30 days after your subscription ends, we'll give you an export of all your data in CSV format, and "
     "we'll then delete it from our systems within a further 30 days."),
    ("GOV002", "pass",
     "We'll keep your CSAT score at or above 85%, measured each month from the survey shown after every chat."),
    # guidance to the reader: the same promises, recommended
    ("AUD002", "missing",
     "We recommend that you ask for a term under which, if an audit shows the provider has overcharged you, it "
     "will refund the overcharge with interest and pay the audit costs above 5%."),
    ("SEC001", "missing",
     "You should make sure your provider holds ISO 27001 certification. We'll explain how to ask it to notify you "
     "of a breach within 48 hours."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SPEAKING)
def test_click_through_extracts_speak_as_provider_to_customer(code, expected, text):
    assert status_of(code, text) == expected


# "The Outsourcer" beside a Service Provider is the customer: its rights are the customer's, what vests in it is
# the customer's.
OUTSOURCER = [
    ("PRC001", "pass",
     "Where the Automated Resolution Rate exceeds 40% for three consecutive months, the Outsourcer may require a "
     "review of the Charges, and the Service Provider shall within 30 days submit revised Charges."),
    ("EXT004", "pass",
     "All Developed Automation Assets (including RPA scripts and process documentation) shall vest in the "
     "Outsourcer upon creation, and the Service Provider hereby assigns to the Outsourcer all rights in them."),
    ("EXT001", "missing",
     "The Service Provider may terminate this Agreement for convenience on sixty (60) days' notice, or immediately "
     "if the Outsourcer fails to pay any undisputed invoice."),
    ("AUD001", "pass",
     "The Outsourcer and its auditors may audit the Service Provider's records, systems and data used to calculate "
     "the Charges and the number of Resolved Contacts once in each contract year."),
    # the provider called the Outsourcer by a company that appoints it: its audit of the Company is no right of
    # the customer's
    ("AUD001", "missing",
     "The Company appoints the Outsourcer to provide the Services. The Outsourcer may audit the Company's records "
     "of Interactions referred to it once in each contract year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OUTSOURCER)
def test_outsourcer_beside_a_service_provider_is_the_customer(code, expected, text):
    assert status_of(code, text) == expected


# A draft in negotiation: drafting notes, the parties' comments and open bracketed options are working text, not
# agreed; what the clause says outside them still binds.
DRAFTS = [
    ("OUT002", "missing",
     "7.1 The Customer shall pay the Supplier USD 6.00 per Resolution.\n[Drafting Note: Customer may wish to "
     "exclude repeat contacts within 7 days from billable Resolutions. Supplier comment: not agreed.]"),
    ("OUT002", "pass",
     "7.1 The Customer shall pay the Supplier USD 6.00 per Resolution. A Resolution reopened within 7 days is not "
     "billable. [Drafting Note: Supplier asked for 3 days; 7 days agreed at the meeting of 3 March.]"),
    ("PRD001", "missing",
     "9. Gainshare\n[Option A: The Supplier shall share 50% of all savings from automation with the Customer by a "
     "reduction in the monthly fee.]\n[Option B: No gainshare.]\nSupplier comment: Option A not agreed."),
    ("PRD001", "missing",
     "9. Gainshare\n[Option 1 - The Supplier shall pass 40% of the automation savings to the Customer as a credit "
     "on the next invoice.]\n[Option 2 - The savings shall be retained by the Supplier.]"),
    # a single bracketed option is the text that was kept, not a choice still open
    ("PRD001", "pass",
     "9. Gainshare\n[Option A: The Supplier shall share 50% of all savings from automation with the Customer by a "
     "reduction in the monthly fee.]"),
    ("SEC001", "missing",
     "[Note to draft: the Supplier shall maintain ISO 27001 certification and shall notify the Customer of any "
     "security breach within 24 hours - Customer to confirm.]"),
    ("SEC001", "missing",
     "12.3 Security.\nCustomer comment: the Supplier shall maintain ISO 27001 certification and notify breaches "
     "within 24 hours.\nSupplier response: under review."),
    ("SEC001", "pass",
     "12.3 The Supplier shall maintain ISO 27001 certification and shall notify the Customer of any security "
     "breach within 24 hours. [Guidance: the Authority may substitute another standard.]"),
]


@pytest.mark.parametrize(("code", "expected", "text"), DRAFTS)
def test_drafting_notes_comments_and_open_options_are_not_agreed(code, expected, text):
    assert status_of(code, text) == expected


# Vocabulary and patterns from batch h, each with a trap.
VOCABULARY = [
    # EXT001: a click-through subscription is what the customer cancels
    ("EXT001", "pass",
     "You can cancel your subscription at any time on 30 days' notice. You can also end these terms immediately if "
     "we materially breach them and don't fix the breach within 15 days."),
    ("EXT001", "missing",
     "We may cancel your subscription at any time on 30 days' notice, and we may end these terms immediately if "
     "you fail to pay."),
    # EXT001: World Bank GCC 2.9.1, "fails to remedy a failure in the performance of its obligations"
    ("EXT001", "pass",
     "The Client may terminate this Contract by not less than thirty (30) days' written notice to the Consultant: "
     "(a) if the Consultant fails to remedy a failure in the performance of its obligations under the Contract "
     "within thirty (30) days after being notified; or (b) if the Client, for any reason whatsoever, decides to "
     "terminate this Contract."),
    ("EXT001", "weak",
     "The Client may terminate this Contract by written notice if the Consultant fails to perform its obligations "
     "and does not remedy the failure within thirty (30) days."),
    ("EXT001", "missing",
     "The Consultant may terminate this Contract by written notice if the Client fails to remedy a failure to pay "
     "within thirty (30) days."),
    # EXT002: plain-language exit help
    ("EXT002", "pass",
     "If these terms end, we'll keep the service running for up to 90 days if you ask us to, and we'll help you "
     "move your knowledge base and configuration to your new provider."),
    ("EXT002", "pass",
     "When this Order Form ends we will keep providing the services for up to 60 days at your request and help you "
     "migrate your data to a replacement supplier."),
    ("EXT002", "weak",
     "If these terms end, we'll help you move your knowledge base to your new provider."),
    ("EXT002", "missing",
     "If these terms end, you may ask another provider to help you move your knowledge base; we have no duty to "
     "help."),
    # GOV003: plural meetings, and cadences put plainly
    ("GOV003", "weak",
     "Governance meetings between the Buyer and the Seller shall be held as required."),
    ("GOV003", "pass",
     "Governance meetings shall be held monthly, and the Steering Committee shall meet quarterly."),
    ("GOV003", "pass",
     "We'll meet your team every month to review performance, your leadership every quarter for a business review, "
     "and your executives once a year for a strategy review."),
    ("GOV003", "weak",
     "We'll meet you every month to review performance."),
    # a suggestion, and meetings only where another document calls for them
    ("GOV003", "missing",
     "The parties may wish to consider holding regular governance meetings."),
    ("GOV003", "missing",
     "The Supplier must attend Progress Meetings with the Buyer and provide Progress Reports when specified in the "
     "Order Form."),
]


@pytest.mark.parametrize(("code", "expected", "text"), VOCABULARY)
def test_batch_h_vocabulary(code, expected, text):
    assert status_of(code, text) == expected


# A definition in the copula after a run-in heading on the same line is a definition as at a line's start.
RUN_IN_DEFINITIONS = [
    ("OUT001", "pass",
     "What counts as a resolution. A \"Resolved Ticket\" is a ticket in your Zendesk account that your end user "
     "marks as solved, or that stays in the status \"Solved\" for five (5) days without being reopened.\n"
     "What you pay. You pay us USD 4.10 for each Resolved Ticket."),
    ("OUT001", "pass",
     "4. Charges: A \"Completed Case\" is a case set to the status closed in the Client's SAP system and not "
     "reopened within ten (10) days. The Client shall pay EUR 5.40 for each Completed Case."),
    # defined the same way but what is paid for is the FTE
    ("OUT001", "missing",
     "What counts as a resolution. A \"Resolved Ticket\" is a ticket in your Zendesk account that your end user "
     "marks as solved.\nWhat you pay. You pay us USD 3,900 per agent per month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), RUN_IN_DEFINITIONS)
def test_copula_definitions_after_a_run_in_heading(code, expected, text):
    assert status_of(code, text) == expected


# Text that says it is for information only, or no part of the agreement, binds nobody: all of a clause whose
# heading or opening sentence says so, only its own sentence when said later.
INFORMATION_ONLY = [
    ("PRC003", "missing",
     "Appendix 3 (for information only). This Appendix illustrates how a move to outcome-based pricing could look "
     "in years 2 and 3. It does not form part of this Agreement and creates no obligation on either party."),
    ("PRC003", "missing",
     "Schedule 6 - Pricing Transition (for illustration only)\nYear 1: 100% FTE-based fee. Year 2: 60% FTE-based "
     "fee and 40% per-Resolution fee. Year 3 onwards: 100% per-Resolution fee."),
    ("GOV001", "missing",
     "Service Levels (for information only): the Supplier shall answer 80% of calls within 20 seconds, and a "
     "service credit of 2% of the monthly charges shall apply if it does not."),
    # said of something else, later in the clause: the terms before it still bind
    ("SEC001", "pass",
     "The Supplier shall maintain ISO 27001 certification and shall notify the Customer of any security breach "
     "within 24 hours. The list of security contacts in Annex 2 is for information only."),
    ("EXT002", "pass",
     "The Supplier shall provide exit assistance, including knowledge transfer, for six (6) months after "
     "termination. The exit team chart in Appendix 4 does not form part of this Agreement."),
    ("DAT001", "pass",
     "The number of Resolved Tickets for any month shall be counted exclusively from the Customer's ServiceNow "
     "instance, which is owned and administered by the Customer; the Supplier's own reports are for information "
     "only."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INFORMATION_ONLY)
def test_text_for_information_only_binds_nobody(code, expected, text):
    assert status_of(code, text) == expected


# Second round of batch h vocabulary: gains passed on, a remedy left to be agreed, a platform named as "the record
# of" the outcomes, clearinghouse acceptance as a completion criterion, a price under a "Unit Price" run-in
# heading, and a rate card's "Per Resolved Incident: USD 7.25".
VOCABULARY_2 = [
    ("PRD001", "pass",
     "The Contractor undertakes to pass on to the Client sixty per cent (60%) of the Efficiency Gains achieved in "
     "each contract year, by way of a credit in the first invoice of the following year."),
    ("PRD001", "pass",
     "The Supplier shall share with the Customer fifty per cent (50%) of any Productivity Gains, by a reduction of "
     "the monthly fee."),
    # gains named, nothing passed on; a share of something else
    ("PRD001", "missing",
     "The Contractor shall identify efficiency gains in each contract year and report them to the Client."),
    ("PRD001", "missing",
     "The Contractor shall pass on to the Client sixty per cent (60%) of any rebates received from its suppliers."),
    ("AUD002", "weak",
     "Where an audit discloses that the Service Provider has overcharged the Service Recipient, the remedy shall be "
     "agreed between the parties in good faith."),
    ("AUD002", "weak",
     "If an audit reveals an overcharge by the Supplier, the remedies will be negotiated between the parties."),
    # the same words about something other than an audit finding
    ("AUD002", "missing",
     "Where the Service Provider fails to meet a Service Level, the remedy shall be agreed between the parties."),
    ("DAT001", "weak",
     "The Agent's collection platform shall be the record of all Accounts Collected. On request, the Agent shall "
     "provide the Principal with a monthly summary report of Accounts Collected."),
    ("DAT001", "pass",
     "The Principal's Epic system shall be the sole record of all Coded Encounters; it is owned and administered by "
     "the Principal, and the Principal has direct access to its raw data."),
    ("DAT001", "missing",
     "The Agent shall keep its collection platform as the record of its own staff training."),
    ("OUT001", "pass",
     "\"Coded Encounter\" means a patient encounter for which the Agent has assigned ICD-10 and CPT codes and the "
     "resulting claim has passed the clearinghouse edits without rejection.\nThe Principal shall pay the Agent USD "
     "2.95 for each Coded Encounter."),
    ("OUT001", "weak",
     "\"Coded Encounter\" means a patient encounter whose claim the Agent has coded.\nThe Principal shall pay the "
     "Agent USD 2.95 for each Coded Encounter."),
    ("OUT002", "pass",
     "3.1 Unit Price: USD 5.50 per Billable Resolution.\n3.2 A Resolved Call followed by a call from the same caller "
     "about the same issue within five (5) business days shall not be a Billable Resolution."),
    ("OUT002", "pass",
     "4.1 Fees: EUR 4.20 per Processed Claim.\n4.2 A Processed Claim reopened within 30 days of closure is not "
     "billable."),
    # a price per agent under the same heading: no per-unit outcome price
    ("OUT002", "not_applicable",
     "3.1 Unit Price: USD 3,800 per agent per month.\n3.2 Repeat calls within five (5) business days shall be "
     "reported monthly."),
    ("PRC004", "pass",
     "Charges\n- Per Resolved Incident: USD 7.25.\n- Minimum Staffing Fee: USD 18,000 per month, covering a minimum "
     "of six (6) service desk analysts."),
    ("PRC004", "weak",
     "Charges\n- Per Resolved Incident: USD 17.25.\n- Minimum Staffing Fee: USD 18,000 per month, covering a minimum "
     "of six (6) service desk analysts."),
    ("PRC004", "not_applicable",
     "Rate card\n- Per agent hour: USD 8.00.\n- Per team leader hour: USD 12.00."),
]


@pytest.mark.parametrize(("code", "expected", "text"), VOCABULARY_2)
def test_batch_h_vocabulary_second_round(code, expected, text):
    assert status_of(code, text) == expected
