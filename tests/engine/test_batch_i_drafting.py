"""Drafting styles from held-out clause batch i (benchmarks/heldout-clauses/2026-12-02-i.yaml), each in
several wordings with its traps, linted with the real rule: translated drafting that labels one party only,
clinical outsourcing's Sponsor and CRO, lists of what the supplier shall not do, and the vocabulary of
annotation, pharmacovigilance, mortgage servicing, e-discovery and EU tenders."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

# Chinese-translated drafting labels the parties "Party A" and "Party B"; when it says the role of one of them
# only ("Party A (the customer)"), the other is the other side.
HALF_LABELLED_PAIR = [
    ("PRD002", "pass",
     "Article 8.2 Party B shall report to Party A (the customer) each month the proportion of tickets resolved by "
     "the chatbot, and shall notify Party A in writing before introducing any new AI model into the services."),
    ("SEC001", "pass",
     "Article 10.1 Party B (the service provider) shall maintain ISO/IEC 27001 certification and shall notify Party A "
     "of any data security incident within twenty-four (24) hours."),
    ("EXT003", "pass",
     "Article 16.3 Within ten (10) working days after termination, Party B shall return all data of Party A (the "
     "client) in Excel format and shall thereafter permanently delete such data from its systems."),
    # the labelled party's own duties and rights stay its own
    ("SEC001", "missing",
     "Article 10.1 Party A (the customer) shall maintain ISO/IEC 27001 certification and shall notify Party B of any "
     "data security incident within twenty-four (24) hours."),
    ("AUD001", "missing",
     "Article 12.1 Party A (the service provider) may audit the records of Party B relating to the number of users "
     "and the fees once a year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), HALF_LABELLED_PAIR)
def test_one_labelled_party_of_a_translated_pair_names_the_other(code, expected, text):
    assert status_of(code, text) == expected


# ICH GCP's names: the Sponsor places clinical and safety work with a contract research organisation, "the CRO".
SPONSOR_AND_CRO = [
    ("GOV001", "pass",
     "The CRO shall process 100% of serious ICSRs within seven (7) calendar days of Day 0. If the CRO fails to meet "
     "the KPI in two consecutive months, the Sponsor shall be entitled to a reduction of 10% of the monthly fee."),
    ("EXT003", "pass",
     "On termination the CRO shall return all Sponsor Data in SAS transport format within thirty (30) days and shall "
     "then securely delete all copies."),
    ("EXT003", "missing",
     "On termination the Sponsor shall return all CRO materials in its possession and delete any copies of the CRO's "
     "software."),
    ("AUD001", "missing",
     "The CRO may audit the Sponsor's records relating to the number of study sites and the fees once a year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SPONSOR_AND_CRO)
def test_sponsor_beside_a_cro_is_the_customer(code, expected, text):
    assert status_of(code, text) == expected


# "The Supplier shall not:" over a list: each item is the supplier's own prohibition, read as a prohibition in one
# sentence is ("shall not appoint any sub-processor without the Customer's prior written approval").
PROHIBITION_LISTS = [
    ("SEC002", "pass",
     "The Supplier shall not:\n(a) process Customer Personal Data other than on the Customer's documented "
     "instructions;\n(b) process Customer Personal Data otherwise than in accordance with Data Protection Laws; or\n"
     "(c) appoint any sub-processor without the Customer's prior written approval."),
    ("SEC002", "pass",
     "The Vendor must not:\n(a) use Client Personal Data except on the Client's written instructions and in "
     "accordance with the GDPR;\n(b) engage any sub-processor without the Client's prior written consent."),
    # a sub-processor allowed without approval in a list of the supplier's duties stays a carve-out
    ("SEC002", "weak",
     "The Supplier shall:\n(a) process Customer Personal Data only on the Customer's documented instructions and in "
     "accordance with Data Protection Laws;\n(b) be entitled to appoint its affiliates as sub-processors without the "
     "Customer's prior written approval."),
    # the customer's prohibitions are not the supplier's
    ("SEC002", "missing",
     "The Customer shall not:\n(a) process Supplier Personal Data other than on the Supplier's documented "
     "instructions;\n(b) appoint any sub-processor without the Supplier's prior written approval."),
    # "Nothing in this Agreement shall:" takes duties away; its items bind nobody
    ("SEC002", "missing",
     "Nothing in this Agreement shall:\n(a) require the Supplier to process Personal Data only on the Customer's "
     "instructions; or\n(b) require the Supplier to obtain the Customer's approval of any sub-processor."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PROHIBITION_LISTS)
def test_items_under_a_prohibition_lead_in_are_prohibitions(code, expected, text):
    assert status_of(code, text) == expected


# Civil-law drafting states the sub-processor rule in the present tense ("requires the Sponsor's prior written
# consent") and names the law by number or title ("Regulation (EU) 2016/679", "Act on the Protection of Personal Data").
STATED_DATA_PROTECTION = [
    ("SEC002", "pass",
     "§ 9.1 The Contractor shall process the personal data of trial subjects solely on the written instructions of "
     "the Sponsor and in compliance with Regulation (EU) 2016/679 and the Polish Act on the Protection of Personal "
     "Data. The engagement of any further processor requires the Sponsor's prior written consent."),
    ("SEC002", "pass",
     "The Supplier shall process Personal Data only on the Customer's documented instructions and in accordance "
     "with the GDPR. Sub-processing is subject to the Customer's prior written approval."),
    ("SEC002", "pass",
     "Article 11 Party B (the service provider) shall handle personal information only on Party A's instructions and "
     "in accordance with the PIPL. The engagement of another processor requires the prior written consent of Party A."),
    # the consent ruled out
    ("SEC002", "weak",
     "The Supplier shall process Personal Data only on the Customer's documented instructions and in accordance "
     "with the GDPR. The engagement of any sub-processor does not require the Customer's consent."),
    # without the instructions, the law alone: an element missing
    ("SEC002", "weak",
     "The Supplier shall comply with Regulation (EU) 2016/679 when processing personal data. The engagement of any "
     "further processor requires the Customer's prior written consent."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STATED_DATA_PROTECTION)
def test_stated_sub_processor_consent_and_the_law_by_number(code, expected, text):
    assert status_of(code, text) == expected


# An outcome completed in the customer's own database or document system and passed by its checks; "Accepted"
# names an outcome by its end state as "Settled" and "Completed" do.
OUTCOME_CRITERIA = [
    ("OUT001", "pass",
     "1.14 \"Processed ICSR\" means an individual case safety report that has been entered by the CRO in the "
     "Sponsor's Argus Safety database and has passed the Sponsor's quality control check without a query.\n"
     "8.2 The Sponsor shall pay the CRO EUR 38.00 per Processed ICSR."),
    ("OUT001", "pass",
     "\"Completed File\" means a mortgage loan file for which the Supplier has uploaded every required document to "
     "the Bank's document management system and for which that system has generated the status \"complete\".\n"
     "The Bank shall pay the Supplier EUR 14.00 for each Completed File."),
    ("OUT001", "pass",
     "\"Accepted Label\" means an annotation that the Customer's reviewers have approved in the Customer's Labelbox "
     "project and that has not been rejected on the Customer's quality control check within five (5) days.\n"
     "The Customer shall pay the Vendor USD 0.08 per Accepted Label."),
    ("OUT001", "weak",
     "\"Accepted Label\" means an annotation that meets the Vendor's internal quality guidelines, as applied by the "
     "Vendor's quality assurance team from time to time.\nThe Customer shall pay the Vendor USD 0.08 per "
     "Accepted Label."),
    # a definition with no charge on it defines no billable outcome
    ("OUT001", "missing",
     "\"Accepted Label\" means an annotation that passes the Customer's quality control check in its Labelbox "
     "database."),
]


@pytest.mark.parametrize(("code", "expected", "text"), OUTCOME_CRITERIA)
def test_outcome_criteria_in_the_customers_database_and_checks(code, expected, text):
    assert status_of(code, text) == expected


# OUT002: a repeat folded into the first contact ("together count as a single ..."), and a price "billable at".
REPEAT_FOLDED = [
    ("OUT002", "pass",
     "The Customer shall pay the Supplier USD 3.20 for each Completed Booking Change. Where the traveller contacts "
     "the Supplier again about the same booking within seven (7) days, the repeat contact and the original contact "
     "together count as a single Completed Booking Change."),
    ("OUT002", "pass",
     "The Client shall pay EUR 4.00 per Resolved Enquiry. A further contact by the same customer about the same "
     "enquiry within ten (10) days of closure shall be treated as one Resolved Enquiry with the original."),
    # a per-unit price "billable at": the reopened ticket kept billable is no exclusion
    ("OUT002", "missing",
     "Notwithstanding any reopening of a ticket by the End User, whether within the Warranty Period or otherwise, "
     "each Resolution shall be billable at USD 5.00 and no credit or refund shall be due in respect of it."),
    # "billable at" an hourly rate is no outcome price
    ("OUT002", "not_applicable",
     "Each agent hour shall be billable at USD 30.00. Tickets reopened within ten (10) days shall be handled "
     "without further charge."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REPEAT_FOLDED)
def test_repeat_counted_with_the_original_and_prices_billable_at(code, expected, text):
    assert status_of(code, text) == expected


DATA_SOURCE = [
    ("DAT001", "pass",
     "The number of Completed Cases shall be counted according to the records of the Client's Salesforce system, "
     "which the Client owns and administers."),
    ("DAT001", "pass",
     "Article 5 The number of Qualified Leads shall be counted according to the records of Party A's HubSpot system. "
     "Party A (the customer) owns and controls the said system."),
    # summaries, the underlying data on request
    ("DAT001", "weak",
     "The Servicer shall provide the Lender with monthly summary reports from its servicing platform showing the "
     "number of Completed Loan Modifications. The Servicer will provide the underlying loan-level data on the "
     "Lender's written request."),
    # counted in the supplier's platform, the customer kept out of it: the control element is missing
    ("DAT001", "weak",
     "Filed Returns shall be counted in the Provider's TaxFlow platform. The Provider owns the TaxFlow platform and "
     "all data in it, and the Client shall have no right of access to the platform or to its data."),
    # underlying data that is not about counting outcomes
    ("DAT001", "missing",
     "The Supplier may review the underlying data in the Customer's HR system to plan staffing levels."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DATA_SOURCE)
def test_counts_according_to_records_and_underlying_data(code, expected, text):
    assert status_of(code, text) == expected


SAVINGS_AND_AUTOMATION = [
    ("PRD001", "pass",
     "12.2 Savings achieved through automation, artificial intelligence or other productivity improvements shall be "
     "shared between the Parties in the proportion 60/40 in favour of the Customer and shall be reflected as a "
     "reduction of the Charges in the following quarter."),
    ("PRD001", "pass",
     "Savings generated by automation, robotics or AI shall be split 50/50 between the Parties and credited to the "
     "Customer quarterly."),
    ("PRD001", "weak",
     "Savings arising from automation, AI or process improvement shall be shared between the Parties in such "
     "proportion as the Supplier may determine."),
    ("PRD001", "missing",
     "Savings achieved through automation, AI or offshoring shall be retained by the Supplier and shall not be "
     "shared with the Customer."),
    ("PRC001", "pass",
     "The Charges shall be reviewed whenever the proportion of claims processed automatically exceeds 25% in a "
     "calendar quarter."),
    ("PRC001", "pass",
     "If more than 40% of invoices are handled automatically for three consecutive months, the Customer may require "
     "a review of the Unit Price."),
    ("PRC001", "missing",
     "Claims processed automatically shall be charged at the same Unit Price as other claims, and the Unit Price "
     "shall not be reviewed for any reason."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SAVINGS_AND_AUTOMATION)
def test_savings_shared_and_automatic_processing(code, expected, text):
    assert status_of(code, text) == expected


GLIDE_PATH_STEPS = [
    ("PRC003", "pass",
     "Article 7.4 From the seventh month after Go-Live, 30% of the service fee shall be paid based on Qualified "
     "Outcomes; from the thirteenth month, 60%; and from the twenty-fifth month, 100%."),
    ("PRC003", "pass",
     "The Parties agree that the Charges shall move from FTE-based pricing to per-Claim pricing in three steps: on 1 "
     "April 2027, 25% of the Charges shall be calculated per Claim; on 1 October 2027, 50%; and on 1 April 2028, "
     "100%."),
    # one share paid on outcomes with no later step is no glide path
    ("PRC003", "missing",
     "30% of the service fee shall be paid based on Qualified Outcomes."),
    # advice
    ("PRC003", "missing",
     "Buyers should move from FTE-based pricing to per-Claim pricing in three steps over the first two years."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GLIDE_PATH_STEPS)
def test_glide_path_in_stepped_shares_and_from_to(code, expected, text):
    assert status_of(code, text) == expected


MORE_VOCABULARY = [
    # a satisfaction floor written "not lower than"
    ("GOV002", "pass",
     "The Service Provider shall ensure that the transactional NPS of subscribers whose activation it handled is not "
     "lower than 40, as measured by the Operator's transactional survey sent within 48 hours of activation."),
    ("GOV002", "missing",
     "The Supplier shall ensure that the average handling time is not lower than 40 seconds, as measured by the "
     "Customer's telephony platform."),
    ("GOV002", "missing",
     "The Customer shall ensure that its own NPS is not lower than 40, as measured by its annual brand survey."),
    # a service credit stated with its size between ("a credit equal to 5% of the monthly Charges")
    ("GOV001", "pass",
     "The Supplier shall answer 90% of calls within 20 seconds in each month; for each month in which it fails to do "
     "so the Customer shall receive a credit equal to 5% of the monthly Charges."),
    ("GOV001", "pass",
     "The CRO shall process 98% of non-serious ICSRs within thirty (30) calendar days. If the CRO fails to meet that "
     "KPI, the Sponsor shall be entitled to a reduction of ten percent (10%) of the monthly fee."),
    # the customer's own target and the supplier's credit to it are not a service level of the supplier's
    ("GOV001", "missing",
     "The Customer shall approve 90% of Supplier invoices within 20 days in each month; for each month in which it "
     "fails to do so the Supplier shall receive a credit equal to 1% of the invoiced amount."),
    # a translated contract's last word "Party A." ends its sentence and names the party
    ("SEC001", "pass",
     "Party B (the service provider) shall maintain a SOC 2 Type II report for its systems. In the event of any data "
     "security incident Party B shall within twelve (12) hours notify Party A."),
    # an EU framework contract's handover period
    ("EXT002", "pass",
     "At the end of the Framework Contract, the Contractor must ensure a handover period of three (3) months, during "
     "which it shall continue to provide the services and shall transfer all knowledge to the new contractor."),
    ("EXT002", "missing",
     "During the handover period at the start of the Framework Contract, the Contracting Authority shall transfer all "
     "knowledge of the current services to the Contractor."),
    # the end of a matter-based engagement
    ("EXT003", "pass",
     "At the conclusion of the Matter, the Vendor shall deliver to the Law Firm (the customer) all Review Data in a "
     "Relativity-compatible load file and within thirty (30) days thereafter shall destroy all copies in its "
     "possession."),
    ("EXT003", "weak",
     "At the conclusion of the Matter, the Vendor shall deliver to the Law Firm (the customer) all Review Data in a "
     "Relativity-compatible load file."),
    ("EXT003", "missing",
     "At the conclusion of the Matter, the Law Firm shall return to the Vendor all licence keys for the review "
     "platform."),
    # models tuned for the customer
    ("EXT004", "pass",
     "The Customer shall own all labelled datasets, annotation guidelines and any models fine-tuned on the Customer's "
     "data under this Agreement, and the Vendor hereby assigns to the Customer all rights in them."),
    ("EXT004", "missing",
     "The Customer grants the Vendor a non-exclusive licence to use the Customer's labelled datasets to fine-tune the "
     "Vendor's models during the Term."),
]


@pytest.mark.parametrize(("code", "expected", "text"), MORE_VOCABULARY)
def test_batch_i_vocabulary(code, expected, text):
    assert status_of(code, text) == expected


# Double negatives that grant: a party's duty not to hinder is a duty to allow, and "Nothing in this Agreement shall
# prevent the Customer from ..." leaves the customer free to do it. Not a restraint on the thing itself ("Audits shall
# not interfere with ..."), not consent kept ("shall not unreasonably withhold its consent"), and not the other party.
DOUBLE_NEGATIVES = [
    ("AUD001", "pass",
     "Nothing in this Agreement shall prevent the Customer from auditing the Supplier's records and data relating to "
     "the Charges and the number of Resolutions."),
    ("AUD001", "pass",
     "The Supplier shall not refuse the Customer's auditors access to its records and data relating to the Charges "
     "and the number of Resolutions."),
    ("AUD001", "pass",
     "The Supplier shall not prevent the Customer from auditing its records and data relating to the Charges."),
    ("AUD001", "pass",
     "11.4 The Supplier shall not:\n(a) refuse, restrict or delay access by the Customer, its auditors or any "
     "Regulator to the records, systems and data used to calculate the Charges and the number of Resolutions;\n"
     "(b) destroy any such records during the Term."),
    ("EXT001", "pass",
     "Nothing in this Agreement shall prevent the Customer from terminating this Agreement for convenience on ninety "
     "(90) days' notice or for material breach by the Supplier."),
    ("AUD001", "missing",
     "The Supplier shall not unreasonably withhold its consent to an audit by the Customer of the records relating "
     "to the Charges."),
    ("AUD001", "missing",
     "Nothing in this Agreement shall entitle the Customer to audit the Supplier's records relating to the Charges."),
    ("AUD001", "missing",
     "Nothing in this Agreement shall prevent the Supplier from auditing the Customer's records relating to the "
     "Charges."),
    ("AUD001", "missing",
     "The Customer shall not prevent the Supplier from auditing its records relating to the Charges."),
    ("AUD001", "missing",
     "Audits and inspections shall not interfere unreasonably with the Supplier's business activities."),
    ("EXT001", "missing",
     "Nothing in this Agreement shall limit the Supplier's right to terminate for convenience or for material breach "
     "by the Customer."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DOUBLE_NEGATIVES)
def test_double_negatives_grant(code, expected, text):
    assert status_of(code, text) == expected


# Governance tiers in a list led by their cadence, one committee at two levels, and a review that "takes place".
GOVERNANCE_TIERS = [
    ("GOV003", "pass",
     "Governance. The Supplier shall attend the following meetings:\n- weekly: service review with the Customer's team "
     "leads;\n- monthly: operational performance review;\n- quarterly: business review with the Customer's VP "
     "Operations."),
    ("GOV003", "pass",
     "The Parties shall set up a Joint Committee, which shall meet monthly at operational level and every three months "
     "at management level."),
    ("GOV003", "pass",
     "The Parties shall set up a Joint Committee, which shall meet monthly; an executive review between the Client's "
     "and the Supplier's general managers shall take place at least once a year."),
    # one tier
    ("GOV003", "weak",
     "Governance. The Supplier shall attend the following meetings:\n- monthly: operational performance review with "
     "the Customer's team leads."),
    # a yearly price review is no governance tier
    ("GOV003", "weak",
     "The Steering Committee shall meet monthly. The price review shall take place once a year."),
    # reports, not meetings
    ("GOV003", "missing",
     "The Supplier shall deliver the following reports:\n- weekly: service report;\n- monthly: invoice report."),
]


@pytest.mark.parametrize(("code", "expected", "text"), GOVERNANCE_TIERS)
def test_governance_tiers_in_lists_levels_and_reviews(code, expected, text):
    assert status_of(code, text) == expected


# A US federal line item (CLIN) named for a completed unit and priced "per unit": the unit is the line's item.
FEDERAL_LINE_ITEMS = [
    ("PRC004", "pass",
     "CLIN 0001 Completed Case Adjudication - Firm-Fixed-Price per unit - USD 7.25\nCLIN 0002 Baseline Staffing - "
     "Firm-Fixed-Price per month - USD 40,000, covering the minimum staffing of fifteen (15) adjudicators"),
    ("PRC004", "weak",
     "CLIN 0001 Completed Case Adjudication - Firm-Fixed-Price per unit - USD 14.50\nCLIN 0002 Baseline Staffing - "
     "Firm-Fixed-Price per month - USD 40,000, covering the minimum staffing of fifteen (15) adjudicators"),
    # hours and months are no outcome
    ("PRC004", "not_applicable",
     "CLIN 0001 Translation Services - Time and Materials per hour - USD 80.00\nCLIN 0002 Program Management - "
     "Firm-Fixed-Price per month - USD 12,000"),
]


@pytest.mark.parametrize(("code", "expected", "text"), FEDERAL_LINE_ITEMS)
def test_federal_line_items_priced_per_unit(code, expected, text):
    assert status_of(code, text) == expected
