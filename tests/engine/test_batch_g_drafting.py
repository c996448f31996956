"""Drafting styles from held-out clause batch g (benchmarks/heldout-clauses/2026-11-30-g.yaml), each in
several wordings with its traps, linted with the real rule: parties named by a neutral label with their
role in brackets (Japanese and Korean translations "Party A (the client)", Gulf "the First Party (the
Client)"), the Latin American Contracting / Contracted Party, insurance TPAs."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = [
    ("AUD002", "pass",
     "Party A (the client) entrusts the work to Party B (the contractor).\n"
     "Article 15 (1) If an audit finds that Party B has overcharged Party A, Party B shall repay the overcharged "
     "amount to Party A with interest at 6% per annum.\n(2) If the overcharged amount exceeds 2% of the fees for "
     "the audited period, Party B shall bear all costs of the audit."),
    # the same clause with the labels' roles the other way round: Party B's right, not the client's duty owed
    ("AUD002", "missing",
     "Party A (the contractor) provides the work to Party B (the client).\n"
     "Article 15 (1) If an audit finds that Party B has overcharged Party A, Party B shall repay the overcharged "
     "amount to Party A with interest at 6% per annum.\n(2) If the overcharged amount exceeds 2% of the fees for "
     "the audited period, Party B shall bear all costs of the audit."),
    ("EXT001", "pass",
     "Party A (the client) may cancel this Agreement at any time by giving Party B (the contractor) three months' "
     "prior written notice. If Party B breaches this Agreement and fails to remedy the breach within 30 days, "
     "Party A may cancel this Agreement immediately."),
    ("EXT001", "missing",
     "Party B (the contractor) may cancel this Agreement at any time by giving Party A (the client) three months' "
     "prior written notice."),
    ("EXT001", "weak",
     "The First Party (the Client) may terminate this Agreement if the Second Party (the Service Provider) "
     "commits a material breach and fails to remedy it within thirty (30) days."),
    ("EXT001", "missing",
     "The Second Party (the Service Provider) may terminate this Agreement if the First Party (the Client) fails "
     "to pay any invoice within sixty (60) days."),
    ("GOV002", "pass",
     "The Contracted Party shall maintain, for the customers of the Contracting Party, a satisfaction score of at "
     "least 85%, measured by the monthly satisfaction survey in Annex V."),
    ("EXT001", "missing",
     "The Contracted Party may terminate this Contract if the Contracting Party fails to pay any invoice within "
     "sixty (60) days of its due date."),
    ("EXT004", "pass",
     "The Contracted Party hereby assigns to the Contracting Party all economic rights in the robots, scripts and "
     "conversational flows developed for the Contracting Party under this Contract."),
    ("GOV001", "pass",
     "The TPA shall acknowledge 98% of new claims within one Business Day. If the target is missed in a month, "
     "the Insurer shall be entitled to a service credit of 5% of that month's fees."),
    ("GOV001", "missing",
     "The Insurer shall acknowledge 98% of claims referred to it by the TPA within one Business Day, failing "
     "which the TPA shall be entitled to a credit of 5% of that month's fees."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PARTIES)
def test_parties_named_by_a_label_with_its_role(code, expected, text):
    assert status_of(code, text) == expected


# Service levels with the figure in words and then in brackets ("within one (1) Business Day"), and a KPI
# table's time to answer in seconds, read as the same levels written in figures.
SERVICE_LEVELS = [
    ("GOV001", "pass",
     "The TPA shall acknowledge 98% of new claims within one (1) Business Day and settle 90% of straightforward "
     "claims within ten (10) Business Days. If either target is missed in a month, the Insurer shall be entitled "
     "to a service credit of 5% of that month's fees."),
    ("GOV001", "pass",
     "The Supplier shall resolve 85% of Tickets within two (2) Working Days. For each month in which this target "
     "is not met the Supplier shall credit the Customer 3% of the monthly Charges."),
    ("GOV001", "weak",
     "The Vendor shall answer ninety percent (90%) of calls within thirty (30) seconds in each month."),
    ("GOV001", "pass",
     "Schedule 4 - Key Performance Indicators\n| KPI | Target | Service Credit |\n"
     "| Calls answered within 20 seconds | 80% | 2% of the Monthly Charges |\n"
     "| Emails answered within 4 hours | 95% | 3% of the Monthly Charges |\n"
     "Service Credits shall be deducted from the next invoice."),
    # the same table marked indicative, and the same rows in a table of no operative document, bind nothing
    ("GOV001", "missing",
     "Schedule 4 - Indicative Key Performance Indicators\n| KPI | Target | Service Credit |\n"
     "| Calls answered within 20 seconds | 80% | 2% of the Monthly Charges |"),
    ("GOV001", "missing",
     "| KPI | Target | Service Credit |\n| Calls answered within 20 seconds | 80% | 2% of the Monthly Charges |"),
    # a customer's duty and an advice note are no service level of the supplier
    ("GOV001", "missing",
     "The Customer shall answer 95% of the Supplier's queries within one (1) Business Day."),
    ("GOV001", "missing",
     "Buyers should require that 98% of claims are acknowledged within one (1) Business Day, with service "
     "credits for any failure."),
]


@pytest.mark.parametrize(("code", "expected", "text"), SERVICE_LEVELS)
def test_service_levels_with_figures_in_words_and_seconds(code, expected, text):
    assert status_of(code, text) == expected


# Vocabulary of the translated and public-sector drafting in batch g, each with its traps.
VOCABULARY = [
    # SEC002: data-protection statutes of Korea, Japan and the Gulf states by name
    ("SEC002", "pass",
     "Party B (the entrustee) shall process the personal information entrusted by Party A (the client) only within "
     "Party A's instructions, in compliance with the Personal Information Protection Act, and shall not re-entrust "
     "such processing to any third party without Party A's prior written consent."),
    ("SEC002", "pass",
     "The Second Party (the Service Provider) shall process Personal Data only on the documented instructions of the "
     "First Party (the Client) and in accordance with the UAE Personal Data Protection Law, and shall not engage any "
     "sub-processor without the First Party's prior written approval."),
    ("SEC002", "pass",
     "The Contractor shall handle personal information only as instructed by the Client and in accordance with the "
     "APPI, and shall obtain the Client's prior consent before appointing any sub-contractor to handle it."),
    ("SEC002", "missing",
     "Party A (the client) shall comply with the Personal Information Protection Act in providing personal "
     "information to Party B (the contractor)."),
    # EXT002: the handover of the entrusted work at termination
    ("EXT002", "weak",
     "Upon termination, Party B (the contractor) shall cooperate with Party A (the client) and any successor "
     "contractor in the handover of the entrusted work."),
    ("EXT002", "pass",
     "For three (3) months after termination, the Contractor shall continue to perform and shall cooperate in the "
     "handover of the outsourced services to the Client or its successor contractor."),
    ("EXT002", "missing",
     "Party B (the contractor) shall ensure the handover of the entrusted work between its day and night shifts."),
    ("EXT002", "missing",
     "Upon termination, Party A (the client) shall cooperate with Party B (the contractor) in the handover of the "
     "entrusted work."),
    # PRD001: the share in words and figures before the singular "saving"
    ("PRD001", "pass",
     "Where the deployment of Automation reduces the Contractor's cost of delivering the Services, the Contractor "
     "shall pass fifty percent (50%) of the verified saving to the Principal by way of a reduction of the monthly "
     "fee."),
    ("PRD001", "weak",
     "The Vendor shall pass to the State such portion as it may determine of any saving achieved through "
     "automation."),
    ("PRD001", "missing",
     "The Contractor shall not pass any part of the verified saving to the Principal."),
    # PRC002: prices named with where they are set out, then reviewed
    ("PRC002", "weak",
     "The prices in Annex II shall be reviewed by the Contracting Party and the Contracted Party every three (3) "
     "years counted from the signature of this Contract."),
    ("PRC002", "pass",
     "The Fees payable under Schedule 3 shall be reviewed by the parties on each anniversary of the Effective Date."),
    ("PRC002", "missing",
     "The prices in Annex II shall not be reviewed or revised during the Term."),
    ("PRC002", "missing",
     "The prices in Annex II were reviewed by the parties in 2024 before this Contract was signed."),
    # PRC001: "artificial-intelligence" as an adjective
    ("PRC001", "pass",
     "When the Contracted Party puts into production any new release of its artificial-intelligence platform that "
     "handles more than fifteen percent (15%) of the monthly volume, the Contracting Party shall be entitled to "
     "require a review of the prices set out in Annex III."),
    ("PRC001", "missing",
     "The prices set out in Annex III shall not be reviewed by reason of any release of the Contracted Party's "
     "artificial-intelligence platform."),
    # DAT001: the owner named after the system, and "is the owner of"
    ("DAT001", "pass",
     "The SAP system of the Contracting Party shall be the sole system of record for the counting of Processed "
     "Invoices. The Contracting Party is the owner of the said system and of all data recorded in it, and the "
     "Contracted Party shall register each Processed Invoice in it."),
    ("DAT001", "weak",
     "The case management system of the Contracted Party shall be the system of record for counting Processed "
     "Invoices. The Contracted Party is the owner of the said system."),
    ("DAT001", "missing",
     "Nothing in this Contract entitles the Contracting Party to access the system of record that counts Processed "
     "Invoices, of which the Contracted Party is the owner."),
]


@pytest.mark.parametrize(("code", "expected", "text"), VOCABULARY)
def test_batch_g_vocabulary(code, expected, text):
    assert status_of(code, text) == expected


# US state procurement names its buyer "the State" / "the Department"; a HIPAA business associate agreement
# speaks of "PHI" and "Breach of Unsecured PHI".
PUBLIC_AND_BAA = [
    ("EXT001", "pass",
     "The State may terminate this Contract in whole or in part for convenience upon thirty (30) days' written "
     "notice to the Vendor. The State may terminate this Contract for cause if the Vendor fails to cure a material "
     "breach within fifteen (15) days after written notice."),
    ("EXT001", "missing",
     "The Vendor may terminate this Contract if the State fails to pay any invoice within ninety (90) days."),
    ("AUD001", "pass",
     "The Vendor shall maintain complete records of all claims processed and all amounts invoiced. The State "
     "Auditor, the Department and their designees shall have the right to audit, inspect and copy all such "
     "records at any time during the term of this Contract."),
    ("AUD001", "missing",
     "The Department shall have no right to audit or inspect the Vendor's records."),
    ("AUD001", "missing",
     "The Vendor may audit the Department's records of claims referred to it."),
    ("EXT003", "pass",
     "Upon termination of this BAA, Business Associate shall return to Covered Entity all PHI in an electronic "
     "format reasonably requested by Covered Entity within thirty (30) days, and shall then destroy all PHI retained "
     "in any form."),
    ("EXT003", "weak",
     "Upon termination of this BAA, Business Associate shall return to Covered Entity all PHI in an electronic "
     "format within thirty (30) days."),
    ("SEC001", "pass",
     "Business Associate shall maintain a current SOC 2 Type II report and shall report to Covered Entity any "
     "Breach of Unsecured PHI within forty-eight (48) hours after discovery."),
    ("SEC001", "weak",
     "Business Associate shall maintain a current SOC 2 Type II report and shall report to Covered Entity any "
     "Breach of Unsecured PHI promptly."),
    ("SEC001", "missing",
     "Covered Entity shall report to Business Associate any Breach of Unsecured PHI within 48 hours."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PUBLIC_AND_BAA)
def test_public_buyers_and_business_associates(code, expected, text):
    assert status_of(code, text) == expected


AUDIT_CAPS = [
    ("AUD001", "weak",
     "The First Party (the Client) shall be entitled to audit the records of the Second Party relating to the fees "
     "and the Completed Transactions, provided that no more than one such audit may take place in any period of "
     "thirty-six (36) months."),
    ("AUD001", "pass",
     "The Customer may audit the Supplier's records relating to the Charges and Resolved Cases, provided that no "
     "more than one such audit may take place in any period of twelve (12) months."),
    ("AUD001", "pass",
     "The Customer may inspect the Supplier's records relating to the Charges and Resolved Cases; not more than "
     "two inspections in any twelve (12) month period."),
]


@pytest.mark.parametrize(("code", "expected", "text"), AUDIT_CAPS)
def test_audits_capped_by_count(code, expected, text):
    assert status_of(code, text) == expected


# A template's unfilled definition, a narrative of the pilot or the previous agreement, and automation assets
# that "remain the Supplier's property".
PLACEHOLDERS_HISTORY_OWNERSHIP = [
    ("OUT001", "missing",
     "Schedule 2 (Charges), Part A\n\"Completed Referral\" means [Guidance: the Authority should insert a definition "
     "of the billable outcome here.]\nThe Authority shall pay the Supplier the Referral Charge for each Completed "
     "Referral."),
    ("OUT001", "pass",
     "\"Completed Referral\" means a referral closed on the Authority's e-RS system with an outcome code [as listed "
     "in Annex 1] and not reopened within 14 days.\nThe Authority shall pay the Supplier GBP 40 for each Completed "
     "Referral."),
    ("DAT001", "missing",
     "Background. During the pilot phase, resolutions were counted in the Client's Zendesk account, to which the "
     "Client had full administrator access.\n1. The Provider shall provide the Services from the Commencement Date."),
    ("DAT001", "pass",
     "During the pilot phase and afterwards, Resolutions shall be counted in the Client's Zendesk account, to which "
     "the Client shall have full administrator access at all times."),
    ("PRC003", "missing",
     "Under the Previous Agreement, the pricing moved from a baseline fee to per-resolution pricing over three "
     "years. Under this Agreement the Customer shall pay USD 6.00 per Resolution for the whole Term."),
    ("EXT004", "weak",
     "The Supplier's bots, automation scripts and knowledge bases used for the Services remain the Supplier's "
     "property. The Customer may use them only during the Term."),
    ("EXT004", "pass",
     "All bots, automation scripts and knowledge bases developed for the Services shall remain the Client's "
     "exclusive property."),
    ("EXT004", "missing",
     "The Client's brand guidelines and letter templates remain the Client's property."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PLACEHOLDERS_HISTORY_OWNERSHIP)
def test_placeholders_history_and_possessive_ownership(code, expected, text):
    assert status_of(code, text) == expected
