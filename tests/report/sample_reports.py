"""Hand-built reports for renderer tests: independent of the engine.

``northwind`` has every status (pass, weak, missing, n.a., waived), a waiver
finding, multi-line and unicode quotes, and contract text with HTML and
Markdown in it; ``acme`` is a PDF with an extraction warning and an expired
waiver; ``broken`` could not be read. Checks are given in code order, as the
engine returns them, so that the renderers' catalogue ordering is exercised.
"""

from __future__ import annotations

import datetime

from bpolint.model import (
    CheckResult,
    Evidence,
    ExtractionWarning,
    Report,
    ReportError,
    Severity,
    Status,
    Waiver,
)
from bpolint.report import RenderOptions

CHECKED_ON = datetime.date(2026, 11, 26)
OPTIONS = RenderOptions(checked_on=CHECKED_ON, version="0.1.0")

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
P, WK, M, NA = Status.PASS, Status.WEAK, Status.MISSING, Status.NOT_APPLICABLE

GAINSHARE_WAIVER = Waiver(
    rule="PRD001",
    reason="gainshare covered in side letter 2026-03",
    approver="Head of Procurement",
    documents=("northwind-*.docx",),
    expires=datetime.date(2027, 1, 1),
    source="bpolint.toml",
)
EXPIRED_WAIVER = Waiver(
    rule="SEC001",
    reason="ISO certificate due in Q3",
    approver="CISO",
    documents=("acme-*.pdf",),
    expires=datetime.date(2026, 6, 30),
    source="bpolint.toml",
)
STALE_WAIVER = Waiver(
    rule="GOV002",
    reason="CSAT measured by the customer",
    approver="Service Owner",
    documents=("northwind-*.docx",),
    source="bpolint.toml",
)


def ev(clause: str, heading: str, quote: str, page: int | None = None, paragraph: int | None = None) -> Evidence:
    return Evidence(clause=clause, heading=heading, quote=quote, page=page, paragraph=paragraph,
                    start=0, end=len(quote))


def check(code: str, name: str, category: str, severity: Severity, status: Status, message: str,
          *evidence: Evidence, fix: str | None = None, **kw: object) -> CheckResult:
    return CheckResult(rule=code, name=name, category=category, severity=severity, status=status,
                       message=message, evidence=evidence, fix=fix, **kw)  # type: ignore[arg-type]


FIX = {
    "AUD002": "If an audit reveals an overcharge, the Supplier shall refund it with interest within 30 days "
              "and shall bear the cost of the audit where the overcharge exceeds 5%.",
    "DAT001": "Outcomes shall be counted in the Customer CRM, which the Customer owns and controls; "
              "the Supplier's own records are not the measure.",
    "EXT002": "For up to 12 months after termination the Supplier shall provide exit assistance, including "
              "knowledge transfer and continued performance of the Services, at the then-current Charges.",
    "GOV002": "The Supplier shall achieve a CSAT score of at least 85%, measured monthly by post-contact survey.",
    "OUT002": "A contact reopened within 7 days of closure is not a Resolved Contact; any charge already paid "
              "for it shall be credited.",
    "PRD001": "The Supplier shall share 50% of the net savings from Automation with the Customer, calculated "
              "quarterly and applied as a reduction of the Charges.",
    "SEC001": "The Supplier shall maintain ISO/IEC 27001 certification and notify the Customer of any "
              "Security Breach within 24 hours.",
}


def northwind() -> Report:
    doc = "contracts/northwind-msa.docx"
    checks = (
        check("AUD001", "audit-right", "audit", E, P,
              "the Customer may audit the records, systems and data behind the Charges and outcome counts",
              ev("4.1", "Audit", "The Customer and its auditors may, on 10 Business Days' notice and not more "
                 "than twice in any calendar year, audit and inspect the Supplier's records, systems and data "
                 "relating to the Charges and to the counting of Resolved Contacts.", paragraph=31)),
        check("AUD002", "audit-remedy", "audit", W, WK,
              "overcharges are refunded, but the audit cost never shifts to the Supplier",
              ev("4.3", "Audit", "Any overcharge revealed by an audit shall be refunded <b>without</b> interest.",
                 paragraph=33),
              fix=FIX["AUD002"]),
        check("DAT001", "buyer-controlled-data-source", "data-source", E, P,
              "outcomes are counted in the Customer CRM, which the Customer owns",
              ev("1.1", "Definitions", "“Customer CRM” means the Customer’s customer relationship management "
                 "system,\nowned and administered by the Customer,\nwhich is the system of record for contacts "
                 "and resolutions.", paragraph=8)),
        check("EXT001", "termination-rights", "exit", W, P,
              "the Customer may terminate for convenience on 90 days' notice and for material breach",
              ev("12.1", "Termination", "The Customer may terminate this Agreement for convenience on 90 days' "
                 "written notice.", paragraph=60),
              ev("12.2", "Termination", "Either party may terminate this Agreement for material breach not "
                 "remedied within 30 days.", paragraph=61)),
        check("EXT002", "exit-assistance", "exit", E, M,
              "no clause obliges the Supplier to provide exit or transition assistance",
              fix=FIX["EXT002"], details=("searched: exit assistance, transition services, disengagement",)),
        check("EXT003", "data-return", "exit", W, P, "Customer Data is returned in CSV and then deleted",
              ev("Schedule 3/2.1", "Data", "On expiry the Supplier shall return all Customer Data in CSV format "
                 "and then securely delete it — including copies held by sub-processors in Zürich.",
                 paragraph=88)),
        check("EXT004", "automation-assets", "exit", W, NA, "no automation assets are built for the Customer"),
        check("GOV001", "quality-sla", "governance", W, P, "service levels have targets and service credits",
              ev("Schedule 2/1", "Service Levels", "| First Contact Resolution | ≥ 80% | 2% service credit |",
                 paragraph=70)),
        check("GOV002", "csat-target", "governance", W, P, "a CSAT target of 85% is measured monthly",
              ev("Schedule 2/3", "Service Levels", "CSAT of at least 85%, measured monthly.", paragraph=72)),
        check("GOV003", "governance-cadence", "governance", W, P,
              "monthly operational, quarterly and annual executive reviews",
              ev("9.1", "Governance", "The parties shall hold monthly operational reviews, quarterly business "
                 "reviews and an annual executive review.", paragraph=50)),
        check("OUT001", "outcome-defined", "outcome", E, P,
              "“Resolved Contact” is defined with objective completion criteria",
              ev("1.1", "Definitions", "“Resolved Contact” means a customer contact that is closed in the "
                 "Customer CRM with a resolution code, where the customer has confirmed the issue is fixed.",
                 paragraph=7)),
        check("OUT002", "reopen-exclusion", "outcome", W, WK,
              "reopened contacts are excluded for 48 hours only, under the 72-hour minimum",
              ev("3.3", "Charges", "A contact reopened within 48 hours of closure is not a *Resolved Contact*; "
                 "see <script>alert('x')</script> & [link](http://example.com).", paragraph=21),
              fix=FIX["OUT002"]),
        check("PRC001", "automation-price-review", "pricing", E, P,
              "a review of the Charges is triggered when Automation exceeds 30% of contacts",
              ev("3.5", "Charges", "If the share of contacts resolved by Automation exceeds 30% in any quarter, "
                 "either party may require a review of the Charges.", paragraph=23)),
        check("PRC002", "periodic-price-review", "pricing", W, P, "the Charges are reviewed annually",
              ev("3.4", "Charges", "The parties shall review the Charges annually.", paragraph=22)),
        check("PRC003", "pricing-glide-path", "pricing", W, M,
              "no schedule moves the pricing from baseline fee to outcome pricing",
              fix="From the second Contract Year the baseline fee shall fall by 25% a year, and the per-Resolved "
                  "Contact charge shall apply to all contacts from the fourth Contract Year."),
        check("PRC004", "unit-price-benchmark", "pricing", W, P,
              "€6.50 per Resolved Contact is inside the $3–$9 band",
              ev("3.1", "Charges", "The Customer shall pay a charge of €6.50 for each Resolved Contact.",
                 paragraph=19)),
        check("PRD001", "productivity-share", "productivity", E, Status.WAIVED,
              "savings from Automation are shared only “as the parties may agree”",
              ev("3.6", "Charges", "The parties may discuss in good faith how savings from Automation are "
                 "shared.", paragraph=24),
              fix=FIX["PRD001"], waiver=GAINSHARE_WAIVER, waived_status=WK),
        check("PRD002", "automation-disclosure", "productivity", W, P,
              "the Supplier gives 30 days' notice of Automation and reports its share monthly",
              ev("2.2", "Services", "The Supplier shall notify the Customer in writing at least 30 days before "
                 "introducing any Automation.", paragraph=15)),
        check("SEC001", "security-obligations", "security", W, P,
              "ISO 27001 and breach notice within 24 hours",
              ev("10.1", "Security", "The Supplier shall maintain ISO/IEC 27001 certification and notify the "
                 "Customer of any Security Breach within 24 hours.", paragraph=55)),
        check("SEC002", "data-protection", "security", W, WK,
              "sub-processors may be appointed without the Customer's approval or notice",
              ev("10.4", "Data Protection", "The Supplier may appoint sub-processors at its discretion.",
                 paragraph=58),
              fix="The Supplier shall not appoint a sub-processor without the Customer's prior written approval."),
        check("BPO-W002", "unused-waiver", "waivers", W, WK,
              "waiver for GOV002 is not needed: the check passes in this document; remove the waiver",
              kind="waiver", waiver=STALE_WAIVER,
              details=("reason: CSAT measured by the customer", "approver: Service Owner")),
    )
    return Report(
        path=doc,
        format="docx",
        checks=checks,
        metadata=(("title", "MASTER SERVICES AGREEMENT FOR CUSTOMER CONTACT SERVICES"),
                  ("parties", "Northwind Retail Limited; Contoso Contact Solutions Limited"),
                  ("date", "2 March 2026")),
    )


def acme() -> Report:
    return Report(
        path="contracts/acme-draft.pdf",
        format="pdf",
        checks=(
            check("OUT001", "outcome-defined", "outcome", E, WK,
                  "a Resolution is whatever the Supplier's procedures say it is",
                  ev("1.4", "Definitions", "“Resolution” means a ticket closed in accordance with the Supplier’s "
                     "standard procedures, as determined by the Supplier.", page=2),
                  fix="“Resolution” means a contact closed with the customer’s confirmation that the issue is "
                      "fixed, and not reopened within 7 days."),
            check("SEC001", "security-obligations", "security", W, M,
                  "no security standard and no breach notification period",
                  fix=FIX["SEC001"]),
            check("BPO-W001", "expired-waiver", "waivers", W, WK,
                  "waiver for SEC001 expired on 2026-06-30; the check counts again (ISO certificate due in Q3; "
                  "approved by CISO)", kind="waiver", waiver=EXPIRED_WAIVER),
        ),
        metadata=(("title", "Outsourcing Agreement (draft 3)"),),
        warnings=(ExtractionWarning("BPO-X201", "pages 7-8 have no text layer; their text was not checked",
                                    (7, 8)),),
    )


def broken() -> Report:
    return Report(path="contracts/broken.docx", format=None,
                  error=ReportError("BPO-E103", "contracts/broken.docx: not a valid .docx file (bad zip)"))


def all_passing() -> Report:
    return Report(
        path="clean.txt",
        format="text",
        checks=(
            check("OUT001", "outcome-defined", "outcome", E, P, "defined",
                  ev("1.1", "Definitions", "“Resolved Contact” means ...", paragraph=3)),
            check("PRC004", "unit-price-benchmark", "pricing", INFO, NA, "no per-unit outcome price"),
        ),
    )


UNMATCHED_WAIVER = Waiver(rule="EXT002", reason="exit plan agreed separately", approver="General Counsel",
                          documents=("globex-*.docx",), source="bpolint.toml")


def config_notes() -> Report:
    """What the CLI adds for waivers that matched no checked document."""
    return Report(path="bpolint.toml", format="config", checks=(
        check("BPO-W003", "unmatched-waiver", "waivers", INFO, WK,
              "waiver EXT002 on globex-*.docx (bpolint.toml) matches no checked document",
              kind="waiver", waiver=UNMATCHED_WAIVER),
    ))


SAMPLES = {
    "single": lambda: [northwind()],
    "multi": lambda: [northwind(), acme(), broken()],
    "config": lambda: [acme(), config_notes()],
}
