"""Drafting styles from held-out clause batch f (benchmarks/heldout-clauses/2026-11-29-f.yaml),
each in several wordings with its traps, linted with the real rule: US government (FAR/DFARS)
contracts that never define their buyer ("the Government", "the Contracting Officer"), Philippine
and civil-law definitions ('"X" shall refer to', 'Within the meaning of this Contract, a "X" is'),
amounts in words only, requirement tables, fee-reduction formulas and market commentary."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

CASES = [
    # FAR 52.249-2: the Government's termination "in the Government's interest" is for convenience; the
    # Contractor's own right, or a negated one, is not the customer's
    ("EXT001", "pass",
     "The Government may terminate this contract in whole or in part whenever the Contracting Officer "
     "determines that termination is in the best interest of the Government.\nThe Government may terminate "
     "this contract for default if the Contractor fails to perform."),
    ("EXT001", "pass",
     "(a) The Government may terminate performance of work under this contract in whole or in part if the "
     "Contracting Officer determines that a termination is in the Government's interest.\n(b) The "
     "Government may terminate this contract for default if the Contractor fails to make progress."),
    ("EXT001", "weak",
     "The Government may terminate this contract for default if the Contractor fails to perform the "
     "services within the time specified."),
    ("EXT001", "missing",
     "The Contractor may terminate this contract if the Contractor determines that termination is in the "
     "Contractor's interest."),
    ("EXT001", "missing",
     "Nothing in this contract entitles the Government to terminate it where termination is in the "
     "Government's interest."),
    # the Contracting Officer acts for the Government; a lower-case "government audit requirements" is nobody
    ("AUD001", "pass",
     "The Contracting Officer, or an authorized representative of the Contracting Officer, shall have the "
     "right to examine and audit the Contractor's records relating to the costs invoiced and the number of "
     "completed transactions."),
    ("AUD001", "pass",
     "The Contractor shall make available to the Government at all reasonable times the records, systems "
     "and data supporting each invoice, for examination and audit."),
    ("AUD001", "missing",
     "The Contractor may audit the Government's use of the licensed software once a year."),
    ("AUD001", "missing",
     "The Government shall have no right to examine or audit the Contractor's records."),
    ("AUD001", "missing",
     "The Contractor shall comply with all applicable government audit requirements."),
    # the Government's own system of record
    ("DAT001", "pass",
     "The Government's Case Management System shall be the official system of record for counting "
     "adjudicated claims for payment purposes. All data in it is Government property."),
    ("DAT001", "weak",
     "The number of adjudicated claims for payment purposes shall be as reported by the Contractor in its "
     "monthly status report."),
    # a performance requirements summary's remedy: the Government reduces payment when a standard is missed
    ("GOV001", "pass",
     "Performance standard: claims shall be processed with an accuracy of at least 98%. If accuracy falls "
     "below the Acceptable Quality Level in any month, the Government will reduce payment by 5% of that "
     "month's invoice amount."),
    ("GOV001", "pass",
     "The Contractor shall answer 90% of calls within 30 seconds each month. Where the Contractor fails to "
     "meet this standard, the Government may withhold a payment reduction of 3% of the monthly invoice."),
    ("GOV001", "weak",
     "The Contractor shall answer 90% of calls within 30 seconds each month."),
    ("GOV001", "missing",
     "The Government may reduce payment for any month in which the Contractor's invoice is submitted late."),
    # FAR 52.237-3 (Continuity of Services): phase-in / phase-out services and transition to a successor
    ("EXT002", "pass",
     "CONTINUITY OF SERVICES\nThe Contractor shall furnish phase-in training and exercise its best efforts "
     "and cooperation to effect an orderly and efficient transition to a successor.\nThe Contractor shall "
     "provide phase-out services for up to 90 days after this contract expires."),
    ("EXT002", "pass",
     "Upon expiry of this contract, the Contractor shall provide phase-in, phase-out services to the "
     "successor contractor for a period of up to ninety (90) days."),
    ("EXT002", "weak",
     "The Contractor shall cooperate in an orderly and efficient transition to a successor upon expiry of "
     "this contract."),
    ("EXT002", "missing",
     "The successor contractor shall provide phase-in training to its own staff."),
    ("EXT002", "missing",
     "The Contractor shall not be required to provide any phase-out services after this contract expires."),
    # a requirements table under a binding lead-in: "Breach notification | Within 48 hours"; the Client's own
    # duty, or notice of "any breach of this Agreement", is not a security-breach notice
    ("SEC001", "pass",
     "The Provider shall comply with the following security requirements:\n| Requirement | Detail |\n| "
     "Certification | ISO/IEC 27001, maintained throughout the Term |\n| Breach notification | Within 48 "
     "hours of detection |"),
    ("SEC001", "pass",
     "The Supplier shall maintain SOC 2 Type II attestation. Incident notification to the Customer shall "
     "be made within 24 hours of detection."),
    ("SEC001", "weak",
     "The Provider shall comply with the following security requirements:\n| Requirement | Detail |\n| "
     "Certification | ISO/IEC 27001, maintained throughout the Term |\n| Breach notification | Promptly "
     "after detection |"),
    ("SEC001", "missing",
     "The Client shall comply with the following security requirements:\n| Requirement | Detail |\n| "
     "Certification | ISO/IEC 27001 |\n| Breach notification | Within 48 hours of detection |"),
    ("SEC001", "weak",
     "The Supplier shall maintain ISO 27001 certification. The Supplier shall notify the Customer of any "
     "breach of this Agreement within 48 hours."),
    # a fee-reduction formula keyed to automation, and "the benefits of such gains" shared; a penalty keyed to the
    # automation rate shares nothing
    ("PRD001", "pass",
     "From the second Contract Year, the Monthly Service Fee shall be reduced by an amount equal to the "
     "Automation Rate for the preceding month multiplied by forty per cent (40%) of the Baseline Labour "
     "Cost."),
    ("PRD001", "pass",
     "The Charges shall be reduced each quarter by an amount equal to the productivity gain achieved in "
     "that quarter multiplied by 50%."),
    ("PRD001", "missing",
     "The Charges shall be reduced by 5% if the Automation Rate falls below 30% in any quarter."),
    ("PRD001", "weak",
     "Where the Service Provider achieves productivity gains through automation, the Parties shall discuss "
     "in good faith how the benefits of such gains may be shared."),
    ("PRD001", "pass",
     "Where the Supplier achieves efficiency gains through the use of AI, the benefits of such gains shall "
     "be shared equally between the parties and credited on the next invoice."),
    ("PRD001", "missing",
     "Where the Supplier achieves efficiency gains through automation, the benefits of such gains shall be "
     "retained by the Supplier and shall not be shared with the Customer."),
    ("PRD001", "missing",
     "Buyers should ask that the benefits of any productivity gains be shared 50:50."),
    # an interval written as a hyphenated number word: "every thirty-six (36) months"
    ("PRC002", "weak",
     "The Charges shall be reviewed every thirty-six (36) months from the Effective Date."),
    ("PRC002", "weak",
     "The Fees shall be benchmarked every forty-eight (48) months."),
    ("PRC002", "pass",
     "The Charges shall be reviewed every twelve (12) months from the Effective Date."),
    ("PRC002", "missing",
     "The Charges shall not be reviewed every thirty-six (36) months or at any other time."),
    # a staged move to per-unit pricing whose unit is capitalised ("per Completed Case"); a dated prediction
    # about providers in general is no term
    ("PRC003", "pass",
     "(2) The remuneration shall transition from the fixed monthly base fee to outcome-based remuneration "
     "in three stages: from 1 January 2027, thirty per cent of the remuneration shall be calculated per "
     "Completed Case; from 1 January 2028, sixty per cent; and from 1 January 2029 the remuneration shall "
     "be calculated exclusively per Completed Case."),
    ("PRC003", "missing",
     "From 1 January 2027 many providers will move their pricing toward outcome-based pricing in stages."),
    ("PRC003", "missing",
     "Buyers should ask that the remuneration transition from the fixed base fee to outcome-based "
     "remuneration in stages from 1 January 2027."),
    ("PRC003", "missing",
     "The remuneration may transition from the fixed monthly base fee to outcome-based remuneration from 1 "
     "January 2027 if the parties so agree in a separate agreement, and the parties may discuss this."),
    # market commentary is no price of this contract; a price stated beside a market comparison still is
    ("PRC004", "not_applicable",
     "Note: industry pay-per-resolution rates range from $3 to $9 per resolved issue. The Charges under "
     "this Agreement are the monthly FTE rates set out in Schedule 2."),
    ("PRC004", "not_applicable",
     "Market rates for pay-per-resolution services range from USD 3 to USD 9 per resolved issue."),
    ("PRC004", "pass",
     "The Customer shall pay USD 6.00 per Resolution, in line with industry rates, and a Baseline Fee of "
     "USD 20,000 per month covering minimum staffing of ten agents."),
    ("PRC004", "weak",
     "The Resolution Fee is USD 14.50 per Resolved Contact, which is above market rates."),
    # Philippine "shall refer to" and civil-law "Within the meaning of this Contract, a "X" is" definitions
    ("OUT001", "pass",
     "1.9 \"Resolved Ticket\" shall refer to a Ticket closed in the Client's CRM with a resolution code and "
     "not reopened within seven (7) days.\n5.2 The Client shall pay PHP 310.00 per Resolved Ticket."),
    ("OUT001", "pass",
     "\"Verified Resolution\" will refer to a contact closed in the Customer's CRM where the caller confirms "
     "resolution in the survey.\nThe Customer shall pay USD 5 for each Verified Resolution."),
    ("OUT001", "pass",
     "Within the meaning of this Contract, a \"Completed Case\" is a benefit application for which the final "
     "decision letter has been dispatched and the status \"closed\" set in the Principal's system.\nThe "
     "Contractor shall receive EUR 11.40 for each Completed Case."),
    ("OUT001", "pass",
     "For the purposes of this Agreement, a \"Resolved Contact\" is a contact closed in the Customer's CRM "
     "that is not reopened within seven days.\nThe Customer shall pay USD 5 per Resolved Contact."),
    ("OUT001", "weak",
     "Within the meaning of this Contract, a \"Completed Case\" is a case which the Contractor considers "
     "completed.\nThe Contractor shall receive EUR 11.40 for each Completed Case."),
    ("OUT001", "weak",
     "\"Resolved Ticket\" shall refer to a Ticket resolved in accordance with the Service Provider's "
     "standard operating procedures.\nThe Client shall pay PHP 310.00 per Resolved Ticket."),
    ("OUT001", "missing",
     "For the purposes of this Agreement, the \"Supplier\" is responsible for resolving each contact."),
    ("OUT001", "missing",
     "The Supplier shall refer to the Customer any contact it cannot resolve."),
    # amounts in words only ("four United States dollars and fifty cents for each Resolution")
    ("OUT002", "pass",
     "The Customer shall pay four United States dollars and fifty cents for each Resolution. A Resolution "
     "which is reopened within five Business Days after closure shall not count as a Resolution."),
    ("OUT002", "pass",
     "The Client shall pay seven dollars for each Resolved Ticket. No fee is payable for a Resolved Ticket "
     "reopened within seven days."),
    ("OUT002", "weak",
     "The Client shall pay seven dollars for each Resolved Ticket. No fee is payable for a Resolved Ticket "
     "reopened within twenty-four hours."),
    ("OUT002", "not_applicable",
     "In consideration of one dollar, the Supplier grants the Customer an option. Reopened tickets shall "
     "be handled at no extra charge."),
    ("PRC004", "pass",
     "The Client shall pay seven United States dollars (US$7.00) per Completed Transaction, together with "
     "a fixed monthly platform fee of twelve thousand United States dollars (US$12,000) covering hosting, "
     "software licences and the minimum staffing levels set out in Annex 3."),
    ("PRC004", "weak",
     "The Client shall pay fourteen US dollars and fifty cents per Resolved Case."),
    ("PRC004", "pass",
     "The Client shall pay five US dollars per Resolved Case."),
    ("PRC004", "not_applicable",
     "The Client shall pay twelve thousand US dollars per month for the Services."),
    # the customer's right to use the assets, read with the time it covers: during the Term only is weak, after
    # termination passes, a use with no time (the service itself), a negated one or the supplier's is nothing
    ("EXT004", "weak",
     "The Client may use the Provider's virtual agent and its knowledge base during the Term only. All "
     "rights of the Client to use them cease on termination or expiry, and they remain the property of the "
     "Provider."),
    ("EXT004", "weak",
     "The Customer may use the bots and scripts until termination of this Agreement."),
    ("EXT004", "pass",
     "The Customer may continue to use the bots, scripts and knowledge base after termination of this "
     "Agreement, free of charge."),
    ("EXT004", "pass",
     "The Client may use the virtual agent and the knowledge base during and after the Term without "
     "charge."),
    ("EXT004", "weak",
     "The Customer may continue to use the knowledge base after termination, subject to the Supplier's "
     "prior written consent."),
    ("EXT004", "missing",
     "The Customer may use the Supplier's chatbot to answer queries from its customers."),
    ("EXT004", "missing",
     "The Customer may not use the bots or scripts after termination of this Agreement."),
    ("EXT004", "missing",
     "On termination the Customer shall cease to use the Supplier's scripts and knowledge base."),
    ("EXT004", "missing",
     "The Supplier may continue to use the Customer's scripts after termination of this Agreement."),
    ("EXT004", "missing",
     "Buyers should ask to keep using the bots and knowledge base after exit."),
    ("EXT004", "pass",
     "All bots, scripts, workflows, machine-learning models and knowledge base articles developed by the "
     "Service Provider specifically for the Client under this Agreement shall vest in and belong to the "
     "Client upon creation."),
]


@pytest.mark.parametrize(("code", "status", "text"), CASES, ids=[f"{c}-{s}-{i}" for i, (c, s, _) in enumerate(CASES)])
def test_batch_f_drafting_styles(code: str, status: str, text: str) -> None:
    assert status_of(code, text) == status
