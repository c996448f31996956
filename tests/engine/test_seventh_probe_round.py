"""Drafting found by a seventh round of probes (Korean consignment contracts translated, US conspicuous clauses in
capitals, the forms of a promise, lists, provisos and exceptions, who holds a right and who owes it, tables,
acknowledgements and hopes, side letters and variations, outcome definitions and their counting), read before any
fix; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from bpolint.engine.examples import snippet_document
from bpolint.nlp import numbers
from tests.engine.snippets import status_of

CUSTOMER_SUPPLIER = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
                     '(the "Supplier").\n')
GAP_EUL = ('This Claims Handling Consignment Contract is concluded between Hanbit Fire & Marine Insurance Co., Ltd. '
           '(hereinafter "Party Gap") and Seoul Claims Services Co., Ltd. (hereinafter "Party Eul").\n'
           'Article 2 (Purpose) Party Eul shall perform the consigned claims handling services for Party Gap, and '
           'Party Gap shall pay Party Eul the consignment fees in [Attached Table 2].\n')
CAPITALS = ('THIS MASTER SERVICES AGREEMENT is made between GRANITE STATE BANK, N.A. ("CUSTOMER") and BLUEPEAK '
            'OUTSOURCING, INC. ("PROVIDER").\n')

RETURN_AND_LEAKS = [
    # "the return of all Customer Data" is a return of data: "returns of" (goods sent back) had matched it by lemma
    ("EXT003", "pass", CUSTOMER_SUPPLIER,
     "24.1 Upon termination, the Supplier shall ensure the return of all Customer Data to the Customer in CSV format "
     "and shall then delete all copies."),
    ("EXT003", "pass", GAP_EUL,
     "Article 24 (Return of Materials) ① Upon termination of this Contract, Party Eul shall return all claim data and "
     "personal information received from Party Gap in an electronic file format designated by Party Gap within 14 "
     "days, and shall then destroy all copies and submit a certificate of destruction to Party Gap."),
    ("EXT003", "weak", GAP_EUL,
     "Article 24 (Return of Materials) ① Upon termination of this Contract, Party Eul shall return all claim data "
     "received from Party Gap."),
    # traps: goods sent back are no data returned; a data return left to an agreement not yet made is none
    ("EXT003", "missing", CUSTOMER_SUPPLIER,
     "24.1 On termination the Supplier shall complete the return of goods and parcels received from the Customer's "
     "shoppers and shall delete its working files."),
    ("EXT003", "missing", CUSTOMER_SUPPLIER,
     "27.7 The return of data on exit will be dealt with in a data processing agreement to be entered into between "
     "the parties."),
    # a personal information leak is a breach to notify
    ("SEC001", "pass", GAP_EUL,
     "Article 17 (Security) ① Party Eul shall maintain an information security management system certified under "
     "ISO/IEC 27001. ② Where a personal information leak occurs, Party Eul shall notify Party Gap within 24 hours of "
     "becoming aware of it."),
    ("SEC001", "pass", CUSTOMER_SUPPLIER,
     "12.1 The Supplier shall comply with ISO 27001 and shall report any leakage of personal data to the Customer "
     "within 48 hours."),
    # trap: a leak that is not of data is no breach
    ("SEC001", "weak", CUSTOMER_SUPPLIER,
     "12.1 The Supplier shall comply with ISO 27001 and shall report any water leak at the delivery centre to the "
     "Customer within 48 hours."),
]


@pytest.mark.parametrize(("code", "expected", "preamble", "text"), RETURN_AND_LEAKS)
def test_data_returned_and_leaks_reported(code, expected, preamble, text):
    assert status_of(code, preamble + text) == expected


CLAUSES_IN_CAPITALS = [
    # a sentence wholly in capitals names nothing by its capitals: "THIS AGREEMENT" is what is terminated
    ("EXT001", "pass",
     "14.1 TERMINATION FOR CONVENIENCE. CUSTOMER MAY TERMINATE THIS AGREEMENT OR ANY STATEMENT OF WORK, IN WHOLE OR "
     "IN PART, FOR ANY REASON OR NO REASON UPON SIXTY (60) DAYS' PRIOR WRITTEN NOTICE TO PROVIDER.\n14.2 TERMINATION "
     "FOR CAUSE. EITHER PARTY MAY TERMINATE THIS AGREEMENT IF THE OTHER PARTY MATERIALLY BREACHES IT AND FAILS TO "
     "CURE THE BREACH WITHIN THIRTY (30) DAYS AFTER WRITTEN NOTICE."),
    ("EXT001", "missing",
     "14.1 NEITHER PARTY MAY TERMINATE THIS AGREEMENT PRIOR TO THE END OF THE INITIAL TERM, FOR CONVENIENCE OR "
     "OTHERWISE, EXCEPT AS EXPRESSLY AGREED IN WRITING BY BOTH PARTIES."),
    ("GOV001", "weak",
     "7.1 SERVICE LEVELS. PROVIDER SHALL USE COMMERCIALLY REASONABLE EFFORTS TO MEET A FIRST CONTACT RESOLUTION RATE "
     "OF AT LEAST 80%. SERVICE LEVEL FAILURES SHALL NOT ENTITLE CUSTOMER TO ANY CREDIT, REFUND OR OTHER REMEDY."),
    ("EXT003", "pass",
     "15.2 UPON EXPIRATION OR TERMINATION OF THIS AGREEMENT, PROVIDER SHALL DELIVER TO CUSTOMER ALL CUSTOMER DATA IN "
     "A MACHINE-READABLE FORMAT WITHIN THIRTY (30) DAYS AND THEREAFTER SHALL SECURELY DESTROY ALL COPIES IN ITS "
     "POSSESSION."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CLAUSES_IN_CAPITALS)
def test_clauses_written_in_capitals(code, expected, text):
    assert status_of(code, CAPITALS + text) == expected


@pytest.mark.parametrize(("text", "terms"), [
    ('1.14 "RESOLVED CASE" MEANS A CUSTOMER INQUIRY THAT PROVIDER HAS CLOSED.', ["RESOLVED CASE"]),
    ('1.14 "Resolved Case" means a customer inquiry that Provider has closed.', ["Resolved Case"]),
    # (the verb, not the term, is read in any case: a term must still start with a capital)
    ('1.14 "resolved case" means a customer inquiry that Provider has closed.', []),
])
def test_a_definition_in_capitals_defines(text, terms):
    assert [d.term for d in snippet_document(text).glossary] == terms


CAPITALS_BEYOND_THE_CLAUSE = [
    # a definition in capitals defines, and the sentence that holds it is a definition
    ("OUT001", "pass",
     '1.14 "RESOLVED CASE" MEANS A CUSTOMER INQUIRY THAT PROVIDER HAS CLOSED IN THE CASE MANAGEMENT SYSTEM AFTER THE '
     "CUSTOMER HAS CONFIRMED THAT THE ISSUE IS RESOLVED, AND THAT IS NOT REOPENED WITHIN SEVEN (7) DAYS.\n"
     "5.1 Customer shall pay $6.25 per Resolved Case."),
    ("OUT002", "pass",
     '1.14 "RESOLVED CASE" MEANS A CUSTOMER INQUIRY THAT PROVIDER HAS CLOSED IN THE CASE MANAGEMENT SYSTEM AFTER THE '
     "CUSTOMER HAS CONFIRMED THAT THE ISSUE IS RESOLVED, AND THAT IS NOT REOPENED WITHIN SEVEN (7) DAYS.\n"
     "5.1 Customer shall pay $6.25 per Resolved Case."),
    # trap: a capitalised term that is not quoted defines nothing
    ("OUT001", "missing",
     "1.14 RESOLVED CASE: A CUSTOMER INQUIRY THAT PROVIDER HAS CLOSED, AS PROVIDER MAY DETERMINE.\n"
     "5.1 Customer shall pay Provider a fixed fee of $80,000 per month."),
]


@pytest.mark.parametrize(("code", "expected", "text"), CAPITALS_BEYOND_THE_CLAUSE)
def test_definitions_in_capitals(code, expected, text):
    assert status_of(code, CAPITALS + text) == expected


PROMISES_AND_THEIR_HOLDERS = [
    # the party that procures answers for what it procures
    ("SEC002", "pass",
     "16.1 The Supplier shall, and shall procure that its Affiliates and sub-processors shall, process Customer "
     "Personal Data only on the documented instructions of the Customer and in accordance with Data Protection "
     "Legislation.\n16.2 The Supplier shall not appoint a sub-processor without the Customer's prior written "
     "approval."),
    ("SEC001", "pass",
     "12.1 The Supplier shall maintain ISO 27001 certification.\n12.2 The Supplier shall, and shall ensure that its "
     "subcontractors shall, notify the Customer of any Security Incident within 24 hours."),
    # trap: what the customer procures is the customer's
    ("SEC002", "missing",
     "16.1 The Customer shall, and shall procure that its Affiliates shall, process the Supplier's Personal Data only "
     "in accordance with Data Protection Legislation."),
    # a member of a party's group acts for that party
    ("AUD001", "pass",
     "15.1 Any member of the Customer Group, and any auditor it appoints, may audit the Supplier's records, systems "
     "and data relating to the Charges and the Resolved Cases, once in each Contract Year."),
    ("AUD001", "pass",
     "15.1 Each of the Customer and its Affiliates may audit the Supplier's records, systems and data relating to the "
     "Charges and the Resolved Cases once in each Contract Year."),
    # trap: a member of the supplier's group is the supplier's side
    ("AUD001", "missing",
     "15.1 Any member of the Supplier Group may audit the Supplier's records relating to the Charges once in each "
     "Contract Year."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PROMISES_AND_THEIR_HOLDERS)
def test_who_promises_and_who_holds_the_right(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


PROVISOS_AND_EXCEPTIONS = [
    # a termination that needs the supplier's consent is no right of the customer
    ("EXT001", "weak",
     "21.2 The Customer may terminate this Agreement for convenience only with the Supplier's prior written consent."
     "\n21.3 Either party may terminate this Agreement for material breach not remedied within 30 days of notice."),
    ("EXT001", "weak",
     "21.2 Subject to the consent of the Supplier, the Customer may terminate this Agreement for convenience on 90 "
     "days' notice.\n21.3 Either party may terminate this Agreement for material breach."),
    # traps: consent expressly not needed; the supplier's own consent-bound right beside the customer's free one
    ("EXT001", "pass",
     "21.2 The Customer may terminate this Agreement for convenience on 30 days' notice without the Supplier's "
     "consent.\n21.3 Either party may terminate this Agreement for material breach."),
    ("EXT001", "pass",
     "21.2 The Customer may terminate this Agreement for convenience on 30 days' notice, and the Supplier may "
     "terminate it only with the Customer's consent.\n21.3 Either party may terminate this Agreement for material "
     "breach."),
    # the outcome data carved out in the passive
    ("AUD001", "weak",
     "10.1 The Customer may audit the Supplier's records relating to the Charges, except that the Supplier's records "
     "of Resolved Cases, outcome counts and related data are excluded from any audit."),
    ("AUD001", "weak",
     "10.1 The Customer may audit the Supplier's records, systems and data relating to the Charges and the Resolved "
     "Cases once a year. The count of Resolved Cases shall not be subject to audit."),
    # trap: the supplier's margins kept out are no carve-out of the data behind the charges
    ("AUD001", "pass",
     "10.1 The Customer may audit the Supplier's records, systems and data relating to the Charges and the Resolved "
     "Cases once a year, except that the Supplier's profit margins and internal cost data are excluded from any "
     "audit."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PROVISOS_AND_EXCEPTIONS)
def test_provisos_and_exceptions(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


PRICES_HOPES_AND_FINAL_COUNTS = [
    # a price stated without a modal verb uses the outcome term it prices
    ("OUT002", "pass",
     '1.7 "Resolved Contact" means a contact closed with the caller\'s issue answered; a contact is not a Resolved '
     "Contact if the same caller contacts the Supplier again about the same issue within three days.\n"
     "8.1 The Charges are GBP 4.10 per Resolved Contact."),
    ("OUT002", "weak",
     '1.7 "Resolved Contact" means a contact closed with the caller\'s issue answered; a contact is not a Resolved '
     "Contact if the same caller contacts the Supplier again about the same issue within 48 hours.\n"
     "8.1 The Charges are GBP 4.10 per Resolved Contact."),
    # trap: a price the sentence denies is none, so nothing is priced per outcome
    ("OUT002", "not_applicable",
     '1.7 "Resolved Contact" means a contact closed with the caller\'s issue answered; a contact is not a Resolved '
     "Contact if the same caller contacts the Supplier again about the same issue within three days.\n"
     "8.1 No charge of GBP 4.10 per Resolved Contact applies; the Services are charged at GBP 40,000 per month."),
    # a hope promises nothing
    ("DAT001", "missing",
     "6.1 The parties understand that Resolved Cases will be counted in a system of record, which they hope will be "
     'the Customer\'s CRM.\n1.2 "Resolved Case" means a case closed with the customer\'s confirmation.\n'
     "8.1 The Customer shall pay EUR 5 per Resolved Case."),
    # trap: a belief in a condition is no advice
    ("AUD002", "weak",
     "10.4 If the Customer reasonably believes that it has been overcharged, the Supplier shall refund the overcharge "
     "within 30 days of an audit that confirms it."),
    # the supplier's invoice as the final count is the catalogue's weak signal
    ("DAT001", "weak",
     '1.5 "Resolution" means an inquiry closed in the ticketing system with the end user\'s confirmation.\n'
     "6.3 The number of Resolutions shown in the Supplier's monthly invoice shall be final and conclusive.\n"
     "7.1 The Customer shall pay USD 4.10 per Resolution."),
]


@pytest.mark.parametrize(("code", "expected", "text"), PRICES_HOPES_AND_FINAL_COUNTS)
def test_prices_hopes_and_final_counts(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


FREEDOMS_SCHEDULES_AND_TIERS = [
    # a freedom to keep using the assets is no denial of them
    ("EXT004", "pass",
     "17.1 Nothing in this Agreement shall prevent the Customer from continuing to use, after the Term, the bots, "
     "scripts and models developed for it, which the Supplier hereby licenses to the Customer on a perpetual, "
     "royalty-free basis."),
    # trap: the denial of any licence stands
    ("EXT004", "missing",
     "17.1 Nothing in this Agreement shall operate to transfer to the Customer, or to license to the Customer after "
     "the Term, any bot, script, model or other automation asset of the Supplier, including those developed for the "
     "Customer."),
    # the exit plan a clause names states the exit period
    ("EXT002", "pass",
     "22.1 On termination the Supplier shall provide the Exit Services in accordance with the Exit Plan in Schedule "
     "11.\nSCHEDULE 11 - EXIT PLAN\n1. The Exit Services comprise knowledge transfer to the Replacement Supplier, "
     "handover of documentation, and continued provision of the Services for an Exit Period of up to nine months."),
    # trap: a plan still to be agreed states no period
    ("EXT002", "weak",
     "22.1 On termination the Supplier shall provide the Exit Services in accordance with the Exit Plan in Schedule "
     "11.\nSCHEDULE 11 - EXIT PLAN\n1. The Exit Plan will be agreed between the parties within six months of the "
     "Effective Date."),
    # a run-in "Fees:" names the charge of its verbless line
    ("PRC004", "pass",
     '1.4 "Completed Case" means a case closed with all required documents verified and the decision recorded in the '
     "Customer's system.\n8.1 Fees: GBP 4.60 per Completed Case. A fixed Service Management Charge of GBP 9,500 per "
     "month covers the service manager, quality assurance and management information."),
    # trap: a run-in heading over a line that prices an input is no outcome price
    ("PRC004", "not_applicable", "8.1 Fees: USD 38 per agent hour, invoiced monthly in arrears."),
    # a tiered price: each amount is the unit's
    ("PRC004", "pass",
     '1.4 "Resolved Ticket" means a ticket closed with the end user\'s confirmation.\n8.1 The price per Resolved '
     "Ticket is tiered by monthly volume: USD 7.50 for the first 10,000, USD 6.00 for the next 20,000 and USD 4.75 "
     "above 30,000. The Platform Fee of USD 12,000 per month covers hosting, the knowledge base and reporting."),
    ("PRC004", "weak",
     '1.4 "Resolved Ticket" means a ticket closed with the end user\'s confirmation.\n8.1 The price per Resolved '
     "Ticket is tiered by monthly volume: USD 14.00 for the first 10,000 and USD 12.00 above 10,000."),
]


@pytest.mark.parametrize(("code", "expected", "text"), FREEDOMS_SCHEDULES_AND_TIERS)
def test_freedoms_schedules_and_tiers(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


@pytest.mark.parametrize(("text", "per"), [
    ("The price per Resolved Ticket is tiered by monthly volume: USD 7.50 for the first 10,000, USD 6.00 for the "
     "next 20,000 and USD 4.75 above 30,000.", ["Resolved Ticket"] * 3),
    # (a period's "per" is no outcome, and a sentence break ends the list)
    ("The fee per month is as follows: USD 40,000 in year 1. In year 2 the Customer shall pay USD 4.00 each time.",
     ["month", "time"]),
])
def test_a_tiered_price_is_per_its_lead_in_unit(text, per):
    assert [q.per for q in numbers.quantities(text) if q.kind == "money"] == per


REVIEWS_SHARES_AND_CONTROLLERS = [
    # a rise measured in percentage points is a threshold
    ("PRC001", "pass",
     "9.8 Each time the Automation Rate reported under clause 8.4 rises by 10 percentage points above its level at "
     "the last review, either party may call a pricing review, at which the Unit Price shall be reduced in proportion "
     "to the hours saved."),
    # part of the charges moved to outcome pricing by a plan still to be agreed: a glide path with no steps
    ("PRC003", "weak",
     "9.2 The parties shall agree, before the end of Contract Year 1, a plan to move part of the Charges to pricing "
     "per Resolution."),
    # trap: moving payment dates is no glide path
    ("PRC003", "missing",
     "9.2 The parties may move part of the payment of the Charges to the end of each quarter."),
    # the charges falling in the intransitive, to pass productivity on
    ("PRD001", "pass",
     "9.10 Efficiency Dividend. From Contract Year 2, the Monthly Charges shall reduce by 3% per year compounded, "
     "reflecting the productivity gains the Supplier is expected to achieve through automation."),
    # a fall in a measure, shared
    ("PRD001", "pass",
     "9.10 Gainshare. Any reduction in Average Handling Time below the Baseline AHT achieved through AI tools shall "
     "be shared between the parties 60:40 in the Customer's favour, by a credit on the next invoice."),
    ("PRD001", "weak",
     "9.10 Gainshare. Any reduction in Average Handling Time below the Baseline AHT achieved through AI tools shall "
     "be shared between the parties in a proportion to be agreed."),
    # a formula on automation
    ("PRD001", "pass",
     "9.10 Where the Automation Rate in any quarter exceeds the Baseline Automation Rate, the Charges for that quarter "
     "shall be reduced by an amount equal to 50% x (Automation Rate - Baseline Automation Rate) x Baseline Charges."),
    # trap: the customer's revenue shared as a commission is no productivity share
    ("PRD001", "missing",
     "9.10 Gainshare. Any increase in revenue that the Customer earns from upselling by the Supplier's agents shall be "
     "shared 80:20 in the Supplier's favour as a sales commission."),
    # independent controllers: the supplier processes nothing for the customer
    ("SEC002", "missing",
     "14.1 Each party shall comply with the GDPR in its own processing of personal data, as an independent "
     "controller."),
    # trap: a processor that also complies with the law
    ("SEC002", "pass",
     "14.1 The Supplier shall process Personal Data only on the Customer's instructions and in accordance with the "
     "GDPR.\n14.2 The Supplier may appoint sub-processors, provided that it gives the Customer at least 30 days' "
     "prior notice of each new sub-processor and the Customer may object to it, in which case the Supplier shall not "
     "use it."),
]


@pytest.mark.parametrize(("code", "expected", "text"), REVIEWS_SHARES_AND_CONTROLLERS)
def test_reviews_shares_and_controllers(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


DISAPPLIED_CLAUSES_AND_LISTED_GROUNDS = [
    # a clause disapplied outright no longer counts
    ("AUD001", "missing",
     "11.1 The Customer may audit the Supplier's records, systems and data relating to the Charges once in each "
     "Contract Year.\n11.2 Notwithstanding clause 11.1, the Customer shall have no right to audit the Supplier's "
     "records, and clause 11.1 shall not apply."),
    ("AUD001", "missing",
     "11.1 The Customer may audit the Supplier's records, systems and data relating to the Charges once in each "
     "Contract Year.\n11.2 Clause 11.1 shall not apply."),
    # traps: disapplied only in some cases, it stands for the rest
    ("AUD001", "pass",
     "11.1 The Customer may audit the Supplier's records, systems and data relating to the Charges once in each "
     "Contract Year.\n11.2 Clause 11.1 shall not apply to any audit required by a regulator."),
    ("AUD001", "pass",
     "11.1 The Customer may audit the Supplier's records, systems and data relating to the Charges once in each "
     "Contract Year.\n11.2 Clause 11.1 shall not apply during the first Contract Year."),
    # trap: a clause named after a preposition is another document's ("the optional docking clause in Clause 7")
    ("AUD001", "pass",
     "7.1 The Customer may audit the Supplier's records, systems and data relating to the Charges once in each "
     "Contract Year.\n8.1 Where the Standard Contractual Clauses apply, the optional docking clause in Clause 7 does "
     "not apply."),
    # a listed ground's condition is its own item's: "(a) at any time on notice, or (b) immediately if ..."
    ("EXT001", "pass",
     "21.1 This Agreement may be terminated by the Customer (a) at any time on 90 days' notice, or (b) immediately if "
     "the Supplier materially breaches it and fails to remedy the breach within 30 days."),
    # trap: items that only add conditions to the notice before them
    ("EXT001", "weak",
     "21.1 The Customer may terminate this Agreement on 30 days' notice (a) if the Supplier materially breaches it, "
     "or (b) if the Supplier becomes insolvent."),
]


@pytest.mark.parametrize(("code", "expected", "text"), DISAPPLIED_CLAUSES_AND_LISTED_GROUNDS)
def test_disapplied_clauses_and_listed_grounds(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


STATEMENTS_OF_WORK = [
    # a verbless price line under a run-in "Fees" heading uses the outcome term it prices
    ("OUT001", "pass",
     'STATEMENT OF WORK No. 4 under the Master Services Agreement\n3. Pricing Unit. The pricing unit is a "Closed '
     'Dispute": a chargeback dispute for which (i) a final decision has been entered in the Customer\'s dispute '
     "system, (ii) the cardholder has been notified, and (iii) no further evidence is outstanding.\n"
     "4. Fees. USD 5.75 per Closed Dispute."),
    # a definition by ", meaning"
    ("OUT001", "weak",
     'STATEMENT OF WORK No. 4 under the Master Services Agreement\n3. Pricing Unit. The pricing unit is a "Closed '
     'Dispute", meaning a dispute the Supplier has worked.\n4. Fees. USD 5.75 per Closed Dispute.'),
    # trap: a heading that names no charge over a money line prices nothing
    ("OUT001", "missing",
     'STATEMENT OF WORK No. 4 under the Master Services Agreement\n3. Pricing Unit. The pricing unit is a "Closed '
     'Dispute": a chargeback dispute for which a final decision has been entered in the Customer\'s dispute system.\n'
     "4. Insurance. USD 5,000,000 per Closed Dispute claim."),
    # an SOW's transition out: run-off and training the successor
    ("EXT002", "pass",
     "STATEMENT OF WORK No. 4 under the Master Services Agreement\n9. Transition Out. On expiry of this SOW the "
     "Supplier shall, for up to 90 days, continue to process open disputes and train the Customer's successor team, "
     "at the rates in section 4."),
    ("EXT002", "weak",
     "STATEMENT OF WORK No. 4 under the Master Services Agreement\n9. Transition Out. On expiry of this SOW the "
     "Supplier shall provide transition-out support as reasonably requested by the Customer."),
    # trap: processing that goes on during the term is no exit help
    ("EXT002", "missing",
     "STATEMENT OF WORK No. 4 under the Master Services Agreement\n5. Volumes. The Supplier shall continue to process "
     "disputes at the volumes forecast in section 6."),
]


@pytest.mark.parametrize(("code", "expected", "text"), STATEMENTS_OF_WORK)
def test_statements_of_work(code, expected, text):
    assert status_of(code, CUSTOMER_SUPPLIER + text) == expected


@pytest.mark.parametrize(("text", "terms"), [
    ('3. The pricing unit is a "Closed Dispute", meaning a dispute the Supplier has worked.', ["Closed Dispute"]),
    # (a lower-case quoted word is no term)
    ('3. The word "closed", meaning marked closed in the system.', []),
])
def test_a_definition_by_meaning(text, terms):
    assert [d.term for d in snippet_document(text).glossary] == terms


@pytest.mark.parametrize(("expected", "count"), [
    # the supplier counting from its own records is the catalogue's "as reported by the Supplier"
    ("weak", "6.1 The number of Completed Claims shall be determined by the Supplier from its own records."),
    # ... but counting from the customer's own platform, open to it, is the customer's system of record
    ("pass", "6.1 The number of Completed Claims shall be determined by the Supplier from the Customer's ClaimCenter "
             "platform, which the Customer owns and to which it has full access."),
])
def test_a_count_the_supplier_determines(expected, count):
    text = ('1.2 "Completed Claim" means a claim closed with a payment or denial decision.\n' + count +
            "\n8.1 The Customer shall pay USD 6.80 per Completed Claim.")
    assert status_of("DAT001", CUSTOMER_SUPPLIER + text) == expected
