"""Drafting found by a ninth round of probes (US state contracts, plain-language AI-agent terms, service-level
schedules, German and Chinese translations, Indian outsourcing, amendments and negotiation papers), read before any
fix; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

CUSTOMER_SUPPLIER = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
                     '(the "Supplier").\n')
PURCHASER_CONTRACTOR = ('This Agreement is between the Department of Revenue (the "Purchaser") and Meridian Processing '
                        'LLC (the "Contractor").\n')
CLIENT_PROVIDER = ('This Agreement is between Harbour Insurance Ltd (the "Client") and Apex Outsourcing Pvt Ltd (the '
                   '"Service Provider").\n')
PARTY_A_B = ('This Contract is made between Shenzhen Bank Co., Ltd. ("Party A") and Huaxin Service Co., Ltd. ("Party '
             'B"). Party B shall provide the services to Party A.\n')
WE_YOU = ('These terms are between Brightline Support Inc. ("we", "us", "our") and the customer named in the Order '
          'Form ("you", "your"). We provide the Services to you.\n')
COMPANY_VENDOR = ('This Agreement is between Lakeside Health System (the "Company") and Vantage RCM Inc. '
                  '(the "Vendor").\n')

AUDIT_BY_REVIEW = [
    # reviewing the supplier's records is examining them; its agreement asked for first is a consent
    ("pass", "7.1 The Purchaser may review the Contractor's records relating to the invoiced charges and the "
             "Completed Case counts once in each year."),
    ("pass", "7.1 The Purchaser may review the Contractor's books and records relating to the invoiced charges and "
             "the Completed Case counts."),
    ("weak", "7.1 Upon request and with the Contractor's prior written agreement, the Purchaser may review the "
             "Contractor's records relating to the invoiced charges and the Completed Case counts."),
    ("weak", "7.1 With the agreement of the Contractor, the Purchaser may inspect the Contractor's records relating "
             "to the invoiced charges and the Completed Case counts."),
    # traps: a review of reports is no audit; the supplier reviewing its own records is its own task
    ("missing", "7.1 The Purchaser may review the performance reports relating to the Completed Case counts each "
                "month."),
    ("missing", "7.1 The Contractor shall review its records relating to the invoiced charges each month."),
]


@pytest.mark.parametrize(("expected", "text"), AUDIT_BY_REVIEW)
def test_a_review_of_the_suppliers_records_is_an_audit(expected, text):
    assert status_of("AUD001", PURCHASER_CONTRACTOR + text) == expected


AMENDED_READINGS = [
    # a conformed reading of the amended clause is the contract's new term, and its "as amended" opens no subordinate
    # clause of it
    ("SEC001", "pass", 'AMENDMENT No. 2\n1. Clause 14.2 as amended reads: "14.2 The Supplier shall maintain ISO/IEC '
                       '27001 certification and shall notify the Customer of any Security Incident within 24 hours."'),
    ("GOV003", "pass", 'AMENDMENT No. 2\n1. Clause 18.1 as so amended shall read: "18.1 The parties shall hold a '
                       'monthly service review, a quarterly commercial review and an annual executive review."'),
    # traps: a model clause quoted as advice; a clause deleted
    ("SEC001", "missing", 'Drafting note: a buyer should ask that clause 14.2 as amended reads: "14.2 The Supplier '
                          'shall notify the Customer of any Security Incident within 24 hours."'),
    ("EXT003", "missing", "AMENDMENT No. 2\n1. Clause 19.3 (Return of Customer Data) is deleted in its entirety.\n2. "
                          "All other terms of the Agreement remain in force."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AMENDED_READINGS)
def test_a_conformed_reading_of_an_amended_clause(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


NAMED_SERVICE_LEVELS = [
    # an entry labelled "SL3" with its title before the colon, bound by a later "shall meet SL3"
    ("GOV002", "pass", "Schedule 2 - Service Level Agreement\nSL3 Customer Satisfaction: average CSAT of 85% or more, "
                       "measured monthly by the Customer's post-call survey of a random sample of at least 500 "
                       "callers. The Supplier shall meet SL3 in each month."),
    ("GOV002", "pass", "Schedule 2 - Service Levels\nKPI 4 Net Promoter Score: +30 or more, measured quarterly by the "
                       "Customer's relationship survey. The Supplier shall achieve KPI 4 in each quarter."),
    ("GOV001", "pass", "Exhibit B - Performance Measures and Liquidated Damages\nPM-1 Claims Accuracy: 97% of claims "
                       "adjudicated correctly, measured monthly by the Customer's quality sample. Liquidated damages: "
                       "$2,500 for each month in which PM-1 is not met.\nThe Supplier shall meet PM-1 in each month."),
    # traps: no sentence binds the entry; another entry is the one bound
    ("GOV002", "missing", "Schedule 2 - Service Level Agreement\nSL3 Customer Satisfaction: average CSAT of 85% or "
                          "more, measured monthly by the Customer's post-call survey."),
    ("GOV002", "missing", "Schedule 2 - Service Level Agreement\nSL3 Customer Satisfaction: average CSAT of 85% or "
                          "more, measured monthly by the Customer's post-call survey. The Supplier shall meet SL1 in "
                          "each month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), NAMED_SERVICE_LEVELS)
def test_a_named_service_level_with_its_title(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


PLAIN_REPEATS = [
    # a later conversation that repeats one already billed; not charging for it at the supplier's choice is weak
    ("weak", "Pricing. You pay USD 1.20 for each Resolution.\nRepeat contacts. If we decide that a later conversation "
             "repeats one already billed, we may choose not to charge for the later one."),
    ("pass", "Pricing. You pay USD 1.20 for each Resolution.\nRepeat contacts. Where a conversation within 7 days "
             "duplicates one already billed, we will not charge for it."),
    # trap: every repeat billed
    ("missing", "Pricing. You pay USD 1.20 for each Resolution. Every Resolution is billable, including one that "
                "repeats a conversation already billed."),
]


@pytest.mark.parametrize(("expected", "text"), PLAIN_REPEATS)
def test_a_repeat_of_an_outcome_already_billed(expected, text):
    assert status_of("OUT002", WE_YOU + text) == expected


AUTOMATION_CUTS = [
    # the charges cut by a share of what automation takes out, the cause named in the condition
    ("pass", "11.1 Where the Supplier's deployment of automation or AI reduces the FTE required to deliver the "
             "Services below the Baseline FTE, the monthly Charges shall be reduced by fifty per cent (50%) of the "
             "cost of each FTE no longer required, calculated at the FTE Rate."),
    ("pass", "11.1 Where automation reduces the number of agents needed, the Fees shall be reduced by 40% of the cost "
             "of each agent released."),
    # traps: a penalty for automation falling short; a scope reduction; a cut left to discussion
    ("missing", "11.1 If the Automation Rate falls below 30%, the Charges shall be reduced by 5% of the monthly "
                "Charges."),
    ("missing", "11.1 The Customer may reduce the scope of the Services, and the Charges shall be reduced by 50% of "
                "the cost of each FTE no longer required."),
    ("weak", "11.1 Where automation reduces the FTE required, the parties may discuss whether the Charges shall be "
             "reduced by 50% of the cost of each FTE no longer required."),
]


@pytest.mark.parametrize(("expected", "text"), AUTOMATION_CUTS)
def test_charges_cut_by_a_share_of_what_automation_takes_out(expected, text):
    assert status_of("PRD001", CUSTOMER_SUPPLIER + text) == expected


ENTRUSTED_PROCESSING = [
    # Chinese and civil-law drafting entrusts the processing to a third party
    ("pass", "Article 9 Personal Information. Party B shall process the personal information provided by Party A only "
             "within the scope of Party A's written instructions and in compliance with the Personal Information "
             "Protection Law of the PRC. Party B shall not entrust any third party with the processing of such "
             "personal information without Party A's prior written consent."),
    ("pass", "Article 9 Personal Information. Party B shall process the personal information only on Party A's "
             "written instructions and in compliance with the Personal Information Protection Law. Party B shall not "
             "entrust the processing of such personal information to a third party without Party A's prior written "
             "consent."),
    # trap: a third party entrusted with nothing of the data, no control given
    ("weak", "Article 9 Personal Information. Party B shall process the personal information only on Party A's "
             "written instructions and in compliance with the Personal Information Protection Law. Party B may "
             "entrust any third party with the processing of such personal information at its discretion."),
]


@pytest.mark.parametrize(("expected", "text"), ENTRUSTED_PROCESSING)
def test_processing_entrusted_to_a_third_party(expected, text):
    assert status_of("SEC002", PARTY_A_B + text) == expected


INDIAN_OUTCOME_PRICING = [
    # "shall be entitled to Rs. 180 per Verified Application" is a price per outcome
    ("OUT002", "pass", "6.1 The Service Provider shall be entitled to Rs. 180 per Verified Application.\n6.3 Any "
                       "Verified Application which is returned by the Client's credit team as deficient within thirty "
                       "(30) days shall not be counted as a Verified Application and the fee paid thereon shall be "
                       "adjusted in the next invoice."),
    ("OUT002", "weak", "6.1 The Service Provider shall be entitled to Rs. 180 per Verified Application.\n6.3 Any "
                       "Verified Application which is returned by the Client's credit team as deficient shall not be "
                       "counted as a Verified Application."),
    ("PRC004", "weak", "6.1 The Service Provider shall be entitled to Rs. 180 per Verified Application."),
    # traps: an entitlement to notice, not a price
    ("OUT002", "not_applicable", "6.1 The Client shall be entitled to 30 days' notice of any change to the Services."),
    # the count as per the MIS from the customer's loan origination system
    ("DAT001", "pass", "6.2 The number of Verified Applications shall be as per the MIS generated from the Client's "
                       "LOS, which is owned and maintained by the Client, and the Service Provider shall have no "
                       "right to dispute the same except for manifest error."),
    ("DAT001", "weak", "6.2 The number of Verified Applications shall be as per the MIS generated from the Service "
                       "Provider's LOS, which shall be final and binding."),
    # an audit remedy left to the parties' agreement
    ("AUD002", "weak", "11.3 If any audit reveals an overcharge, the parties shall mutually agree the manner of its "
                       "adjustment."),
    ("AUD002", "missing", "11.3 The findings of any audit shall be shared with the Service Provider, who shall have "
                          "thirty days to comment on them."),
]


@pytest.mark.parametrize(("code", "expected", "text"), INDIAN_OUTCOME_PRICING)
def test_indian_outcome_pricing_and_counting(code, expected, text):
    assert status_of(code, CLIENT_PROVIDER + text) == expected


FULLY_AUTOMATIC = [
    # the share of cases "processed fully automatically" is the share the machine handles
    ("pass", "§ 6 Use of Automation\n(1) The Supplier is obliged to inform the Customer in text form at least four "
             "weeks before it uses new automation or AI components in the performance of the services.\n(2) The "
             "Supplier shall report quarterly the share of cases processed fully automatically."),
    # trap: no share reported
    ("weak", "§ 6 Use of Automation\n(1) The Supplier is obliged to inform the Customer in text form at least four "
             "weeks before it uses new automation or AI components in the performance of the services."),
]


@pytest.mark.parametrize(("expected", "text"), FULLY_AUTOMATIC)
def test_the_share_processed_fully_automatically(expected, text):
    assert status_of("PRD002", CUSTOMER_SUPPLIER + text) == expected


TERM_LICENCES = [
    # a licence to use the trained models "during the Term" ends at exit ("trained" names the models, not when
    # they were made)
    ("weak", "19.1 The Supplier grants the Customer a non-exclusive licence to use the bots, scripts and trained "
             "models used in the Services during the Term. The licence terminates on expiry or termination of this "
             "Agreement."),
    # traps: models trained in the term that vest in the customer; a perpetual licence
    ("pass", "19.1 All models trained during the Term for the Customer, and all bots and scripts developed during the "
             "Term, shall vest in the Customer."),
    ("pass", "19.1 The Supplier grants the Customer a perpetual, irrevocable licence to use the bots, scripts and "
             "trained models used in the Services, which survives expiry or termination."),
]


@pytest.mark.parametrize(("expected", "text"), TERM_LICENCES)
def test_a_licence_of_trained_models_for_the_term(expected, text):
    assert status_of("EXT004", CUSTOMER_SUPPLIER + text) == expected


COUNTED_IN_GOOD_FAITH = [
    # a count "determined by Vendor in good faith from" its own platform is the supplier's count (weak), not a deferral
    ("weak", "4.1 Company shall pay Vendor $6.25 per Resolved Claim.\n4.2 The number of Resolved Claims in each month "
             "shall be determined by Vendor in good faith from Vendor's workflow platform. Company may request "
             "supporting detail."),
    # trap: the counting method itself left to talks
    ("missing", "4.1 Company shall pay Vendor $6.25 per Resolved Claim.\n4.2 The parties shall agree in good faith "
                "how the number of Resolved Claims in each month will be counted."),
]


@pytest.mark.parametrize(("expected", "text"), COUNTED_IN_GOOD_FAITH)
def test_a_count_made_in_good_faith_is_made(expected, text):
    assert status_of("DAT001", COMPANY_VENDOR + text) == expected


TERMINATION_FORMS = [
    # Chinese drafting: early termination on a month's notice, and termination when the other party "violates this
    # Contract and fails to correct"
    ("pass", PARTY_A_B,
     "Article 17 Termination. Party A may terminate this Contract early by giving Party B one month's written notice, "
     "without paying any liquidated damages. If Party B violates this Contract and fails to correct within ten days, "
     "Party A may terminate this Contract."),
    # plain terms: the customer cancels the Services on notice
    ("pass", WE_YOU,
     "Cancelling. You may cancel the Services at any time on 30 days' notice with no cancellation fee. Either of us "
     "may end this agreement immediately if the other materially breaches it and fails to fix the breach within 30 "
     "days."),
    # a convenience exit locked for the first three years
    ("weak", COMPANY_VENDOR,
     "14.1 Company may terminate this Agreement for convenience upon 180 days' notice at any time after the third "
     "anniversary of the Effective Date.\n14.2 Either party may terminate for the other's uncured material breach."),
    # traps: a first year's lock-in is the common minimum; the supplier's own early exit; the customer barred
    ("pass", COMPANY_VENDOR,
     "14.1 Company may terminate this Agreement for convenience upon 90 days' notice at any time after the first "
     "anniversary of the Effective Date.\n14.2 Either party may terminate for the other's uncured material breach."),
    ("missing", PARTY_A_B,
     "Article 17 Termination. Party B may terminate this Contract early by giving Party A one month's written notice. "
     "Party A shall not terminate this Contract early for any reason."),
]


@pytest.mark.parametrize(("expected", "preamble", "text"), TERMINATION_FORMS)
def test_termination_in_other_forms(expected, preamble, text):
    assert status_of("EXT001", preamble + text) == expected


BREACHES_BY_THE_DATA = [
    # a breach named by the data it touches
    ("pass", "Security. We maintain SOC 2 Type II attestation. If we discover a breach affecting your data, we will "
             "notify you within 24 hours."),
    ("weak", "Security. We maintain SOC 2 Type II attestation. If we discover a breach affecting your data, we will "
             "notify you promptly."),
    # trap: a breach of the agreement is no security breach
    ("weak", "Security. We maintain SOC 2 Type II attestation. If we commit a breach of this agreement affecting your "
             "data, we will notify you within 24 hours."),
]


@pytest.mark.parametrize(("expected", "text"), BREACHES_BY_THE_DATA)
def test_a_breach_named_by_the_data_it_touches(expected, text):
    assert status_of("SEC001", WE_YOU + text) == expected


LAST_SETS = [
    # a price schedule's row prices the unit defined below it; a decision notice issued is a completion criterion
    ("OUT001", "pass", PURCHASER_CONTRACTOR,
     "Exhibit C - Price Schedule\n| Deliverable | Unit | Price |\n| Adjudicated Claim | each | $7.10 |\nAn "
     "\"Adjudicated Claim\" is a claim for which a non-monetary determination has been entered in the Purchaser's UI "
     "benefits system and the claimant notice has been issued."),
    # trap: a definitions table's row is still a definition
    ("OUT001", "missing", PURCHASER_CONTRACTOR,
     "Schedule 1 - Definitions\n| Term | Meaning |\n| \"Adjudicated Claim\" | a claim for which a determination has "
     "been entered in the Purchaser's UI benefits system |"),
    # an AI agent's repeat: "a new conversation on the same topic"
    ("OUT002", "pass", WE_YOU,
     "Price. You pay USD 0.99 per Resolution. A Resolution is a conversation our AI agent closes without a human. If "
     "the end user starts a new conversation on the same topic within 7 days, the first conversation is not a "
     "Resolution and we will credit its price."),
    ("OUT002", "weak", WE_YOU,
     "Price. You pay USD 0.99 per Resolution. A Resolution is a conversation our AI agent closes without a human. If "
     "the end user starts a new conversation on the same topic within 24 hours, the first conversation is not a "
     "Resolution."),
    # Indian drafting's monthly MIS prescribes its own content, the supplier's duty
    ("PRD002", "pass", CLIENT_PROVIDER,
     "9.1 The Service Provider shall not introduce any bot, RPA process or generative AI model into the Services "
     "without giving the Client thirty (30) days' prior written notice describing it.\n9.2 The monthly MIS shall show "
     "the volume and percentage of transactions processed by each bot and model."),
    # a threshold in words: "more than half of your conversations"
    ("PRC001", "pass", WE_YOU,
     "AI price check. When our AI agent resolves more than half of your conversations in a month, we will review your "
     "plan with you within 30 days and lower your per-resolution price if our cost to serve you has fallen."),
    # trap: a review when volumes rise, with no automation
    ("PRC001", "missing", WE_YOU,
     "Price check. When your conversation volume rises by more than half in a month, we will review your plan with "
     "you within 30 days."),
]


@pytest.mark.parametrize(("code", "expected", "preamble", "text"), LAST_SETS)
def test_the_last_sets_of_the_round(code, expected, preamble, text):
    assert status_of(code, preamble + text) == expected


AUDIT_FORMS = [
    # access to a list of places and things that holds the records
    ("pass", "14.1 The Supplier shall give the Customer, its external auditors and any Regulator access to its "
             "premises, systems, records and data relating to the Services, the Charges and the Resolved Contacts, as "
             "they may reasonably require."),
    # the auditor approved by the supplier, set off by commas
    ("weak", "14.1 The Customer may appoint an independent auditor, approved by the Supplier, to audit the Supplier's "
             "records relating to the Charges and the Resolved Contacts once in each Contract Year."),
    # the records of the calculation of the outcomes carved out
    ("weak", "14.1 The Customer may audit the Supplier's records relating to the Charges once in each Contract Year, "
             "excluding any records relating to the calculation of Resolved Contacts."),
    # traps: access to the customer's own premises given to the supplier; an auditor the customer selects
    ("missing", "14.1 The Customer shall give the Supplier access to its premises, systems, records and data relating "
                "to the Services as the Supplier may reasonably require."),
    ("pass", "14.1 The Customer may appoint an independent auditor, selected by the Customer, to audit the Supplier's "
             "records relating to the Charges and the Resolved Contacts once in each Contract Year."),
]


@pytest.mark.parametrize(("expected", "text"), AUDIT_FORMS)
def test_audit_rights_in_other_forms(expected, text):
    assert status_of("AUD001", CUSTOMER_SUPPLIER + text) == expected


PHASES_AND_COMMITMENTS = [
    # trap: the move left to dates to be agreed
    ("PRC003", "weak", CLIENT_PROVIDER,
     "Annexure D - Pricing Transition\nThe parties shall transition from FTE Charges to a per-Processed-Claim price "
     "once the volumes have stabilised, on dates to be mutually agreed."),
    # a committed productivity gain passed to the customer as a reduction of the charges
    ("PRD001", "pass", CUSTOMER_SUPPLIER,
     "10.1 Each year the Supplier shall deliver a Productivity Commitment of 4% of the Charges, which shall be passed "
     "to the Customer as a reduction of the Charges from the first day of the following Contract Year."),
    # trap: the commitment kept by the supplier
    ("PRD001", "missing", CUSTOMER_SUPPLIER,
     "10.1 Each year the Supplier shall deliver a Productivity Commitment of 4% of its own costs, which shall not be "
     "passed to the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "preamble", "text"), PHASES_AND_COMMITMENTS)
def test_phases_and_productivity_commitments(code, expected, preamble, text):
    assert status_of(code, preamble + text) == expected


PLAIN_FIRST_HALF_BEFORE_A_RELATIVE = [
    # plain terms' present tense keeps its subject before a relative clause with a modal of its own
    ("pass", "Security. We keep a SOC 2 Type II report, which you can ask to see. If we discover a breach affecting "
             "your data, we will tell you within 24 hours."),
    # trap: the customer's own report
    ("weak", "Security. You keep your own SOC 2 Type II report, which we can ask to see. If we discover a breach "
             "affecting your data, we will tell you within 24 hours."),
]


@pytest.mark.parametrize(("expected", "text"), PLAIN_FIRST_HALF_BEFORE_A_RELATIVE)
def test_a_plain_first_half_before_a_relative_clause(expected, text):
    assert status_of("SEC001", WE_YOU + text) == expected


PENALTIES_RULED_OUT = [
    # "No penalty shall be levied" rules the remedy out, as "No service credits shall apply" does
    ("weak", "Schedule 3 - Service Levels\n3.1 The Service Provider shall achieve a Turnaround Time of 24 hours for "
             "95% of claims in each month.\n3.2 No penalty shall be levied for any failure to achieve the Turnaround "
             "Time service level."),
    # traps: a penalty imposed; one ruled out only where the customer caused the failure
    ("pass", "Schedule 3 - Service Levels\n3.1 The Service Provider shall achieve a Turnaround Time of 24 hours for "
             "95% of claims in each month.\n3.2 A penalty of 2% of the monthly fee shall be levied for each month in "
             "which the service level is not achieved."),
    ("pass", "Schedule 3 - Service Levels\n3.1 The Service Provider shall achieve a Turnaround Time of 24 hours for "
             "95% of claims in each month.\n3.2 No penalty shall be imposed where the failure is caused by the "
             "Client; otherwise a penalty of 2% of the monthly fee shall be deducted."),
]


@pytest.mark.parametrize(("expected", "text"), PENALTIES_RULED_OUT)
def test_a_penalty_ruled_out(expected, text):
    assert status_of("GOV001", CLIENT_PROVIDER + text) == expected


CREDITS_WITHOUT_PREJUDICE = [
    # the remedy clause's own reservation of the customer's other rights is no relief from the service levels
    ("pass", "SCHEDULE 3 - SERVICE LEVELS\n2.1 If, in any Measurement Period, the Supplier fails to achieve any "
             "Service Level, then, without prejudice to the Customer's other rights and remedies, the Supplier shall "
             "credit to the Customer the Service Credits set out in Table 1 against the next invoice.\nTable 1\n| "
             "Service Level | Target | Service Credit |\n| First Contact Resolution | 78% | 3% of the monthly Charges "
             "|"),
    # trap: exit help given without prejudice to the service levels commits to none
    ("missing", "SCHEDULE 9 - EXIT\n1.1 The Supplier shall provide the Termination Assistance without prejudice to "
                "the Service Levels."),
]


@pytest.mark.parametrize(("expected", "text"), CREDITS_WITHOUT_PREJUDICE)
def test_service_credits_without_prejudice_to_other_remedies(expected, text):
    assert status_of("GOV001", CUSTOMER_SUPPLIER + text) == expected


SOW_KEY_TERMS = [
    # a key-terms table's row names the billing unit and defines it after a colon
    ("OUT001", "pass", "STATEMENT OF WORK No. 4\n| Item | Detail |\n| Billable Unit | Resolved Case: a Case closed in "
                       "the Customer's Salesforce Service Cloud with resolution code \"Fixed\" and not reopened "
                       "within 7 days |\n| Unit Price | USD 5.40 per Resolved Case |"),
    ("OUT001", "weak", "STATEMENT OF WORK No. 4\n| Item | Detail |\n| Billable Unit | Resolved Case: a Case that the "
                       "Supplier considers resolved |\n| Unit Price | USD 5.40 per Resolved Case |"),
    # ... and the source of the counts
    ("DAT001", "pass", "STATEMENT OF WORK No. 4\n| Item | Detail |\n| Unit Price | USD 5.40 per Resolved Case |\n| "
                       "Source of counts | The Customer's Salesforce Service Cloud (owned by the Customer); monthly "
                       "report run by the Customer |"),
    ("DAT001", "weak", "STATEMENT OF WORK No. 4\n| Item | Detail |\n| Unit Price | USD 5.40 per Resolved Case |\n| "
                       "Source of counts | The Supplier's own ticketing tool; a monthly summary is sent to the "
                       "Customer |"),
    # trap: a proposal that binds nobody
    ("DAT001", "missing", "PRICING PROPOSAL (illustrative, not binding)\n| Item | Detail |\n| Unit Price | USD 5.40 "
                          "per Resolved Case |\n| Source of counts | The Customer's Salesforce Service Cloud (owned "
                          "by the Customer) |"),
]


@pytest.mark.parametrize(("code", "expected", "text"), SOW_KEY_TERMS)
def test_an_sows_key_terms_table(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


DISCRETION_AND_CONDITIONS = [
    # a review "at the sole discretion of the Supplier" is the catalogue's weak signal
    ("PRC001", "weak", "8.3 Any review of the Charges following the introduction of automation shall be at the sole "
                       "discretion of the Supplier and shall not result in any reduction of the Charges."),
    # an exclusion "if and to the extent the Supplier so agrees"
    ("OUT002", "weak", "6.1 The Customer shall pay GBP 4.20 per Resolved Contact.\n6.2 A Contact reopened within 7 "
                       "days shall not be a Resolved Contact if and to the extent the Supplier so agrees."),
    # a return that applies only if the customer first meets conditions, failing which the data is deleted unreturned
    ("EXT003", "weak", "19.2 The Supplier shall return all Customer Data to the Customer in CSV format within 30 days "
                       "after termination and then delete it, provided that this clause 19.2 shall apply only if the "
                       "Customer has paid all undisputed Charges in full and the Customer elects in writing, within 5 "
                       "days of termination, to receive the data, failing which the Supplier may delete it without "
                       "returning it."),
    # traps: the review the customer may require; the return with no condition
    ("PRC001", "pass", "8.3 If the Automation Rate exceeds 30% in any quarter, the Customer may require a review of "
                       "the Charges, and the Supplier shall reduce them to reflect the lower cost of delivery."),
    ("EXT003", "pass", "19.2 The Supplier shall return all Customer Data to the Customer in CSV format within 30 days "
                       "after termination and then delete it."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DISCRETION_AND_CONDITIONS)
def test_discretion_and_conditions_that_hand_control_back(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


GIVES_RISE_TO_NOTHING = [
    # "No failure ... shall give rise to any service credit" denies the remedy, as "shall not give rise to" does
    ("weak", "Schedule 3 - Service Levels\n3.1 The Supplier shall answer 90% of calls within 30 seconds in each "
             "month.\n3.2 No failure to meet a Service Level shall give rise to any service credit."),
    # traps: a failure that gives rise to a credit; a denial limited to some failures
    ("pass", "Schedule 3 - Service Levels\n3.1 The Supplier shall answer 90% of calls within 30 seconds in each "
             "month.\n3.2 A failure to meet a Service Level shall give rise to a service credit of 2% of the monthly "
             "Charges."),
    ("pass", "Schedule 3 - Service Levels\n3.1 The Supplier shall answer 90% of calls within 30 seconds in each "
             "month.\n3.2 No failure to meet a Service Level shall give rise to any service credit, except where the "
             "failure persists for three consecutive months, when a credit of 5% of the monthly Charges shall apply."),
]


@pytest.mark.parametrize(("expected", "text"), GIVES_RISE_TO_NOTHING)
def test_no_failure_gives_rise_to_a_credit(expected, text):
    assert status_of("GOV001", CUSTOMER_SUPPLIER + text) == expected
