"""One contract, four formats, one clause tree: DOCX, its LibreOffice PDF, Markdown and text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint import ClauseKind, extract

CONTRACTS = Path(__file__).resolve().parents[2] / "fixtures" / "contracts"
LABELLED = sorted(p.name.removesuffix(".expected.yaml") for p in CONTRACTS.glob("*.expected.yaml"))


# Differences found on the held-out contracts (issue #7) and not yet fixed in the extractors:
# strict xfails, so a fix makes the test fail until its entry is removed.
KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {
    # Held-out set 7 (measured blind on 2026-11-28); no verdict turns on these.
    ("us-pc-fnol-letter-agreement", "txt"): (
        "a letter's bold one-line paragraphs ('By email and overnight courier', the bold subject line) are headings "
        "in the DOCX but body text in plain text; a table header row with an empty second cell "
        "('Kestrel Claims Services, LLC |') becomes a heading in txt"),
    ("us-pc-fnol-letter-agreement", "md"): (
        "a letter's bold one-line paragraphs ('By email and overnight courier', the bold subject line) are headings "
        "in the DOCX but body text in Markdown"),
    ("ae-bank-collections-outsourcing", "txt"): (
        "an Appendix paragraph that opens 'Part 1 - Fees' on a line of its own is a heading in plain text but body "
        "text in the DOCX"),
    ("ae-bank-collections-outsourcing", "md"): (
        "an Appendix paragraph that opens 'Part 1 - Fees' on a line of its own is a heading in Markdown but body "
        "text in the DOCX"),
    # Held-out set 9 (measured blind on 2026-11-28); no verdict turns on this.
    ("jp-life-claims-consignment", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(AI-OCR Claims Intake Services)') is a heading in the "
        "PDF but part of the title block in the DOCX (and in txt and md)"),
    # Held-out set 10 (measured blind on 2026-11-28); no verdict turns on these (every status is the same in all
    # four formats).
    ("eu-pharmacovigilance-services", "txt"): (
        "an unnumbered heading between the title and the parties ('Commercial Summary') is body text of the preamble "
        "in plain text but a clause of its own in the DOCX; a Schedule's last numbered paragraph after a table "
        "('3. The Literature Screening Fee ...') runs on in the table's clause in plain text"),
    ("us-marketplace-trust-safety-terms", "txt"): (
        "an unnumbered title of a second instrument ('Order Form No. OKM-TS-2026-01') and of an annex after a "
        "signature table ('Annex A - Frequently Asked Questions') stay body text in plain text but open clauses "
        "in the DOCX"),
    # Held-out set 11 (measured blind on 2026-11-28); no verdict turns on these (every status is the same in all
    # four formats).
    ("fr-insurer-warranty-claims-prestation", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(Contrat de prestation de services - ...)') is a "
        "heading in the PDF but part of the title block in the DOCX, as in jp-life-claims-consignment"),
    ("nz-agency-oia-document-review", "txt"): (
        "a bold one-line subtitle under the title ('Official Information and Privacy Request Review Services') is a "
        "heading in the DOCX but part of the preamble in plain text"),
    ("nz-agency-oia-document-review", "md"): (
        "a bold one-line subtitle under the title ('Official Information and Privacy Request Review Services') is a "
        "heading in the DOCX but part of the preamble in Markdown"),
    # Held-out set 12 (measured blind on 2026-11-29).
    ("no-utility-meter-to-cash-agreement", "txt"): (
        "a bold one-line paragraph before a table ('Appendices to the agreement') is a heading in the DOCX but "
        "body text of the preamble in plain text"),
    ("no-utility-meter-to-cash-agreement", "md"): (
        "a bold one-line paragraph before a table ('Appendices to the agreement') is a heading in the DOCX but "
        "body text of the preamble in Markdown"),
    # Held-out set 13 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats, before and after the set's fixes).
    ("ph-ewallet-contact-centre-msa", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(Customer Contact Centre Services)') is a heading in "
        "the PDF, as in jp-life-claims-consignment; the Annex heading 'ANNEX A - STATEMENT OF WORK NO. 1' is cut at "
        "'NO.' in the PDF, its '1' opening a clause 'Annex A/1'"),
    ("ph-ewallet-contact-centre-msa", "md"): (
        "the one-line paragraphs 'WITNESSETH: That -' and 'SIGNED IN THE PRESENCE OF: ____ and ____' are headings "
        "in Markdown but body text in the DOCX"),
    ("ph-ewallet-contact-centre-msa", "txt"): (
        "the one-line paragraphs 'WITNESSETH: That -' and 'SIGNED IN THE PRESENCE OF: ____ and ____' are headings "
        "in plain text but body text in the DOCX"),
    ("us-lpo-ediscovery-engagement-letter", "md"): (
        "a letter's signature lines ('Northgate Discovery Partners LLC', 'By: Marcus D. Feld, Managing Director', "
        "'AGREED AND ACCEPTED: Ashby Kellerman LLP') are headings in Markdown but body text in the DOCX"),
    ("us-lpo-ediscovery-engagement-letter", "txt"): (
        "a letter's signature lines ('Northgate Discovery Partners LLC', 'By: ...', 'AGREED AND ACCEPTED: ...') are "
        "headings in plain text but body text in the DOCX; the letter's '2. What we will do' keeps its number but "
        "loses its heading in plain text"),
    # Held-out set 15 (measured blind on 2026-11-29); no verdict turns on this (every status is the same in all
    # four formats).
    ("my-islamic-bank-trade-finance-ops", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(Document Examination and Trade Operations Support "
        "Services)') is a heading in the PDF but part of the title block in the DOCX, as in "
        "jp-life-claims-consignment"),
    # Held-out set 16 (measured blind on 2026-11-29).
    # (The place-and-date line after the Final Provisions, 'Geneva and Zurich, 12 March 2026', was a heading in plain
    # text and Markdown until held-out set 33's fix read a place before a date line.)
    ("ch-private-bank-back-office-outsourcing", "txt"): (
        "the unnumbered heading 'Preliminary Remarks' stays in the preamble in plain text"),
    ("us-state-university-financial-aid-processing", "txt"): (
        "an Exhibit's one-line part titles ('Part 1 - Rates', 'Part 2 - Transition to Outcome-Based Pricing') are "
        "headings in plain text but body text in the DOCX, as in ae-bank-collections-outsourcing"),
    ("us-state-university-financial-aid-processing", "md"): (
        "an Exhibit's one-line part titles ('Part 1 - Rates', 'Part 2 - Transition to Outcome-Based Pricing') are "
        "headings in Markdown but body text in the DOCX, as in ae-bank-collections-outsourcing"),
    # Held-out set 17 (measured blind on 2026-11-29).
    ("gb-airline-revenue-accounting-outsourcing", "pdf"): (
        "a bold one-line subtitle under the title ('Passenger and Cargo Revenue Accounting, Interline Billing and "
        "Revenue Integrity') is a heading in the PDF but part of the title block in the DOCX, as in "
        "jp-life-claims-consignment"),
    ("pl-retail-finance-shared-services", "txt"): (
        "a seven-word sentence-case title after a section sign on a line of its own ('§ 7. Quality of the Services and "
        "contractual penalties') is a heading in the DOCX but not in plain text (a six-word one is)"),
    # Held-out set 18 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats).
    ("dk-municipality-citizen-service-contact-centre", "txt"): (
        "a bold one-line paragraph before the parties ('The undersigned parties') is a heading in the DOCX but body "
        "text of the preamble in plain text; the signature lines after '16. Signatures' ('Place and date: ...', "
        "'For the Supplier: ...') become headings in plain text"),
    ("dk-municipality-citizen-service-contact-centre", "md"): (
        "a bold one-line paragraph before the parties ('The undersigned parties') is a heading in the DOCX but body "
        "text of the preamble in Markdown; the signature lines after '16. Signatures' ('Place and date: ...', "
        "'For the Supplier: ...') become headings in Markdown"),
    ("dk-municipality-citizen-service-contact-centre", "pdf"): (
        "a bold one-line subtitle under the title ('Contract no. 2026-0417 - following a tender ...') is a heading "
        "in the PDF but part of the title block in the DOCX, as in jp-life-claims-consignment"),
    # Held-out set 20 (measured blind on 2026-11-29).
    ("hk-insurer-policy-administration-outsourcing", "txt"): (
        "a Schedule's one-line part titles ('Part A - Event Charges', 'Part C - Pricing Transition') are headings in "
        "plain text but body text in the DOCX, as in ae-bank-collections-outsourcing"),
    ("hk-insurer-policy-administration-outsourcing", "md"): (
        "a Schedule's one-line part titles ('Part A - Event Charges', 'Part C - Pricing Transition') are headings in "
        "Markdown but body text in the DOCX, as in ae-bank-collections-outsourcing"),
    # Held-out set 21 (measured blind on 2026-11-29).
    ("br-fintech-support-fraud-review", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(Free translation from the Portuguese original - "
        "...)') is a heading in the PDF but part of the title block in the DOCX, as in jp-life-claims-consignment; "
        "a party's bold capital role name ending its line ('... hereinafter called the CONTRACTED PARTY;') is a "
        "heading in the PDF"),
    ("us-ecommerce-bookkeeping-ap-terms", "pdf"): (
        "a bold one-line subtitle under the Order Form's title ('Ledgerly, Inc. - Bookkeeping and Bill Pay Services "
        "...') is a heading in the PDF, as in jp-life-claims-consignment; the Pricing Page's table header rows "
        "('Plan Monthly price ...', 'Add-on Price') become headings in the PDF"),
    ("us-ecommerce-bookkeeping-ap-terms", "txt"): (
        "the header row of the Order Form's two-column table with an empty second cell ('Order details |') is a "
        "heading in plain text but a table row in the DOCX"),
    # Held-out set 23 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all four
    # formats).
    ("au-super-fund-member-administration", "pdf"): (
        "a party's line ending in its bold label in brackets ('... Sydney NSW 2000 (the **Trustee**)') is cut at "
        "the label in the PDF, 'Trustee)' becoming a heading, as a bold capital role name is in "
        "br-fintech-support-fraud-review"),
    ("au-super-fund-member-administration", "md"): (
        "a bold one-line subtitle under the title ('Harbourline Superannuation Fund (ABN 41 263 880 519)') is a "
        "heading in the DOCX but part of the preamble in Markdown, as in nz-agency-oia-document-review"),
    ("au-super-fund-member-administration", "txt"): (
        "a bold one-line subtitle under the title ('Harbourline Superannuation Fund (ABN 41 263 880 519)') is a "
        "heading in the DOCX but part of the preamble in plain text, as in nz-agency-oia-document-review"),
    # Held-out set 19 (measured on 2026-11-29, after the set-19 fixes); no verdict turns on these (every status is the
    # same in all four formats).
    ("it-bank-npl-servicing-collections", "txt"): (
        "the place-and-date and signature lines after the last Article ('Naples, 16 February 2026', 'For the "
        "Principal: ...') become headings in plain text, as in dk-municipality-citizen-service-contact-centre"),
    ("it-bank-npl-servicing-collections", "md"): (
        "the place-and-date and signature lines after the last Article ('Naples, 16 February 2026', 'For the "
        "Principal: ...') become headings in Markdown, as in dk-municipality-citizen-service-contact-centre"),
    ("us-federal-contact-centre-task-order", "txt"): (
        "two short bullet items of the FAR clause list ('FAR 52.224-3, Privacy Training (JAN 2017)') become "
        "headings in plain text, and the heading closes Section I, so 'I.2 Order of precedence' is read as "
        "text of that heading rather than a paragraph of its own"),
    ("us-federal-contact-centre-task-order", "md"): (
        "two short bullet items of the FAR clause list ('FAR 52.224-3, Privacy Training (JAN 2017)') become "
        "headings in Markdown, and the heading closes Section I, so 'I.2 Order of precedence' is read as text "
        "of that heading rather than a paragraph of its own"),
    ("us-federal-contact-centre-task-order", "pdf"): (
        "the bold one-line subtitle under the title ('Federal Housing Assistance Administration – Homeowner "
        "Assistance Contact Center Services') is a heading in the PDF but part of the title block in the DOCX, "
        "as in jp-life-claims-consignment"),
    # Held-out set 22 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats).
    ("cn-bank-credit-card-service-collections", "pdf"): (
        "a bold one-line subtitle in brackets under the title ('(English translation for reference; the Chinese "
        "version shall prevail)') is a heading in the PDF but part of the title block in the DOCX (and in txt and "
        "md)"),
    ("qc-insurer-claims-intake-services", "pdf"): (
        "a bold one-line subtitle under the title ('Intake and Opening of Property and Casualty Claim Files') is a "
        "heading in the PDF but part of the title block in the DOCX (and in txt and md)"),
    # Held-out set 24 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all four
    # formats).
    ("uk-building-society-mortgage-servicing-hot", "txt"): (
        "paragraph 2's heading, 'Status of these Heads of Terms (Binding)', seven words in sentence case, is read as "
        "text in plain text ('2', '') - the other headings have no lower-case word but 'of' and 'the'"),
    ("uk-building-society-mortgage-servicing-hot", "pdf"): (
        "the one-line subtitle under the title ('Mortgage Servicing Outsourcing - Pennine Vale Building Society and "
        "Ardent Loan Services Limited') is a heading in the PDF but part of the title block in the DOCX, as in "
        "jp-life-claims-consignment"),
    # Held-out set 25 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all four
    # formats).
    ("sa-authority-citizen-contact-centre", "txt"): (
        "the bold one-line signature-block labels ('**The First Party**', '**The Second Party**') are headings in the "
        "DOCX but body text of Article (16) in plain text"),
    ("sa-authority-citizen-contact-centre", "md"): (
        "the bold one-line signature-block labels ('**The First Party**', '**The Second Party**') are headings in the "
        "DOCX but body text of Article (16) in Markdown"),
    ("sa-authority-citizen-contact-centre", "pdf"): (
        "the bold one-line contract number under the title ('Contract No. (GAMS/1447/0193)') is a heading in the PDF "
        "but part of the title block in the DOCX, as in jp-life-claims-consignment; a table cell's wrapped second line "
        "in Appendix (2) ('31/12/2028G)', the end of 'Year 3 (01/01/2028G – 31/12/2028G)') is a heading in the PDF"),
    ("us-health-plan-prior-auth-review-delegation", "txt"): (
        "the capitalised signature-block name 'CLEARPATH CLINICAL REVIEW, LLC' is a heading in the DOCX but body "
        "text in plain text"),
    ("us-health-plan-prior-auth-review-delegation", "md"): (
        "the capitalised signature-block name 'CLEARPATH CLINICAL REVIEW, LLC' is a heading in the DOCX but body "
        "text in Markdown"),
    # Held-out set 26 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats).
    ("il-payments-chargeback-dispute-services", "pdf"): (
        "the bold 'By and between', 'And' and 'Therefore, the parties have declared ...' lines are headings in the "
        "PDF but part of the preamble in the DOCX"),
    ("ie-health-medical-card-processing-calloff", "pdf"): (
        "the two bold subtitle lines under the title ('for Medical Card ...', 'awarded under the Multi-Supplier "
        "Framework Agreement ...') are headings in the PDF but part of the title block in the DOCX, as in "
        "jp-life-claims-consignment; the bold 'Signed for and on behalf of ...: ______' lines are headings in the PDF"),
    # Held-out set 29 (measured blind on 2026-11-29).
    ("za-municipality-billing-call-centre", "pdf"): (
        "the bold one-line bid number under the title ('Bid No. UBM/RB/017/2025') is a heading in the PDF but part "
        "of the title block in the DOCX, as the sa PDF's contract number is"),
    # Held-out set 30 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats).
    ("vn-ecommerce-cod-reconciliation", "md"): (
        "the second bold line of the Vietnamese national motto ('Independence - Freedom - Happiness', under 'SOCIALIST "
        "REPUBLIC OF VIETNAM') is a heading in the DOCX but body text of the first line's clause in Markdown"),
    ("vn-ecommerce-cod-reconciliation", "txt"): (
        "the second bold line of the Vietnamese national motto ('Independence - Freedom - Happiness', under 'SOCIALIST "
        "REPUBLIC OF VIETNAM') is a heading in the DOCX but body text of the first line's clause in plain text"),
    ("uk-nhs-trust-patient-booking-ai-calloff", "txt"): (
        "an unnumbered mixed-case heading 'Order Form' directly under the title, followed by a prose paragraph and a "
        "two-column table, is a heading in the DOCX and Markdown but body text of the preamble in plain text"),
    # Held-out set 32 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all
    # four formats).
    ("us-hospital-revenue-cycle-coding", "md"): (
        "the bold one-line subtitle under the title ('**Medical Coding and Denials Management**') is a heading in the "
        "DOCX and PDF but body text of the preamble in Markdown, as the vn motto's second line is"),
    ("us-hospital-revenue-cycle-coding", "txt"): (
        "the bold one-line subtitle under the title ('Medical Coding and Denials Management') is a heading in the "
        "DOCX and PDF but body text of the preamble in plain text, as the vn motto's second line is"),
    # Held-out set 35 (measured blind on 2026-11-29); no verdict turns on it (every status is the same in all four
    # formats).
    ("pk-bank-complaints-contact-centre", "pdf"): (
        "the bold all-capitals operative words after the recitals ('NOW, THEREFORE, THIS AGREEMENT WITNESSETH AND IT "
        "IS HEREBY AGREED BY AND BETWEEN THE PARTIES AS FOLLOWS:') are a heading of their own in the PDF but body text "
        "of the WHEREAS clause in the DOCX, plain text and Markdown"),
    # Held-out set 37 (measured blind on 2026-11-29); no verdict turns on these (every status is the same in all four
    # formats).
    ("ge-bank-kyc-remediation-services", "pdf"): (
        "the long title heading ('Agreement on the Provision of KYC File Remediation Services No. 14/2026-OUT') wraps "
        "over three lines in the PDF, and its last line, the agreement number '14/2026-OUT', is read as a clause "
        "marker with a heading of its own; the DOCX, plain text and Markdown keep the title whole"),
    ("us-state-child-support-customer-service", "pdf"): (
        "a sentence citing '45 C.F.R. 303.21' wraps in the PDF so that a line opens with '303.21 and the Lakeland "
        "Personal Information Protection Act.' after a line ending in 'C.F.R.', and that line is read as clause "
        "303.21; the DOCX, plain text and Markdown keep 8.3 whole"),
    # Held-out set 38 (measured blind on 2026-11-29); no verdict turns on it (every status is the same in all four
    # formats).
    ("nl-health-insurer-declaration-processing", "pdf"): (
        "the bold closing words before the signature table ('Thus agreed and signed in duplicate:') are a heading of "
        "their own in the PDF, as set 35's bold operative words are, but body text of the last clause in the DOCX, "
        "plain text and Markdown"),
    # Held-out set 36 (measured blind on 2026-11-29); no verdict turns on it (every status is the same in all four
    # formats).
    ("uk-housing-association-repairs-line", "pdf"): (
        "a wrapped line of clause 1.2 that begins with a cross-reference ('Call-Off Schedule 2 (Services and Key "
        "Performance Indicators); Call-Off Schedule 3 (Payment') opens a Schedule in the PDF, so the rest of the body "
        "nests under it; in the DOCX, plain text and Markdown it is body text of 1.2"),
    # Held-out set 39 (measured blind on 2026-11-30).
    ("be-bank-payment-investigations-outsourcing", "txt"): (
        "the signature table's second row has an empty last cell, so its plain-text line ends in a bare pipe "
        "('Katrien Van Damme, Head of Payments Operations |') and is read as a heading; the DOCX keeps it a table "
        "row of the last clause. No verdict turns on it"),
    # Held-out set 40 (measured blind on 2026-11-30); no verdict turns on these (every status is the same in all four
    # formats).
    ("gh-telco-mobile-money-dispute-resolution", "pdf"): (
        "the bold operative words after the recitals ('NOW IT IS HEREBY AGREED as follows:') are a heading of their "
        "own in the PDF, as set 35's bold operative words are, but body text in the DOCX, plain text and Markdown"),
    ("gh-telco-mobile-money-dispute-resolution", "txt"): (
        "a side letter's one-line address lines after its heading ('From: Sankofa Mobile Money Limited', 'To: Kente "
        "Resolve Services Limited') are headings of their own in plain text but body text in the DOCX"),
    ("gh-telco-mobile-money-dispute-resolution", "md"): (
        "a side letter's one-line address lines after its heading ('From: Sankofa Mobile Money Limited', 'To: Kente "
        "Resolve Services Limited') are headings of their own in Markdown but body text in the DOCX"),
    # Held-out set 41 (measured blind on 2026-11-30); no verdict turns on these (every status is the same in all four
    # formats).
    ("mt-igaming-operator-player-support", "pdf"): (
        "the bold operative words after the preliminary statements ('Now therefore the parties agree as follows:') "
        "and the bold line above the signature table ('Signed for and on behalf of the parties:') are headings of "
        "their own in the PDF, as set 35's bold operative words are, but body text in the DOCX"),
    ("mt-igaming-operator-player-support", "txt"): (
        "the bold one-word line between the title and the first party ('Between') is a heading in the DOCX but body "
        "text of the preamble in plain text, as no-utility-meter-to-cash-agreement's bold line is"),
    ("mt-igaming-operator-player-support", "md"): (
        "the bold one-word line between the title and the first party ('Between') is a heading in the DOCX but body "
        "text of the preamble in Markdown"),
    # Held-out set 42 (measured blind on 2026-11-30); no verdict turns on these (every status is the same in all four
    # formats).
    ("tw-streaming-subscription-support", "txt"): (
        "the contract-number line between the title's note and the parties ('Contract No.: LH-CS-2026-017') is a "
        "clause with a heading of its own in plain text, the parties and the recital nesting under it; the DOCX keeps "
        "it in the preamble"),
    ("tw-streaming-subscription-support", "md"): (
        "the contract-number line between the title's note and the parties ('Contract No.: LH-CS-2026-017') is a "
        "clause with a heading of its own in Markdown, the parties and the recital nesting under it; the DOCX keeps "
        "it in the preamble"),
}


def tree(path: Path) -> list[tuple[str, str]]:
    return [(c.path, c.heading) for c in extract(path).clauses if c.kind is not ClauseKind.FOOTNOTE]


def _cases() -> list[object]:
    return [
        pytest.param(name, fmt, id=f"{fmt}-{name}",
                     marks=[pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[(name, fmt)])]
                     if (name, fmt) in KNOWN_DIFFERENCES else [])
        for fmt in ("pdf", "md", "txt") for name in LABELLED
    ]


@pytest.mark.parametrize(("name", "fmt"), _cases())
def test_format_parity_clause_tree_matches_docx(name: str, fmt: str) -> None:
    assert tree(CONTRACTS / f"{name}.{fmt}") == tree(CONTRACTS / f"{name}.docx")
