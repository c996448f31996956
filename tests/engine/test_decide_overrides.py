"""A provision that says it overrides another clause for its own case (an MSA's Statement of Work under an order
of precedence: "Audit (overrides clause 6.2 of the MSA)") is read in that clause's place: a weak override makes
the safeguard weak, however good the clause it overrides. Only words that displace ("overrides", "in place of",
"supersedes", "prevails over", "disapplies") count: "notwithstanding" as often adds to the clause it names as it
cuts it down, and a plain reference ("clause 6.2 applies") overrides nothing."""

from __future__ import annotations

import pytest

from bpolint.config import Config
from bpolint.engine.examples import snippet_document
from bpolint.engine.lint import lint
from bpolint.engine.rules import load_rules

AUDIT = ("6. AUDIT\n6.2 The Customer and its auditors may audit and inspect the Supplier's records, systems and data "
         "relating to the Charges once in each Contract Year.\n")
NOTICE = ("7. SECURITY\n7.1 The Supplier shall maintain ISO/IEC 27001 certification.\n"
          "7.2 The Supplier shall notify the Customer of any Security Incident within twenty-four (24) hours.\n")
SOW = "STATEMENT OF WORK 2\n5. PROVISIONS OVERRIDING THE MSA\n"


def _status(text: str, code: str) -> str:
    rule = next(r for r in load_rules() if r.code == code)
    return lint(snippet_document(text), Config(), rules=[rule]).checks[0].status.value


@pytest.mark.parametrize(("text", "code", "status"), [
    (AUDIT, "AUD001", "pass"),
    (NOTICE, "SEC001", "pass"),
    # the override is weak: so is the safeguard
    (AUDIT + SOW + "5.2 Audit (overrides clause 6.2). The Customer may exercise its rights to audit the Supplier's "
     "records in relation to this SOW no more than once in any period of twenty-four (24) months.", "AUD001", "weak"),
    (AUDIT + SOW + "5.2 In place of clause 6.2, the Customer may audit the Supplier's records relating to the Charges "
     "once every three years.", "AUD001", "weak"),
    (NOTICE + SOW + "5.3 Security Incidents (in place of clause 7.2). The Supplier shall notify the Customer of a "
     "Security Incident affecting the AI platform as soon as reasonably practicable.", "SEC001", "weak"),
    (NOTICE + SOW + "5.3 This paragraph supersedes clause 7.2 for the SOW 2 Services. The Supplier shall notify the "
     "Customer of a Security Incident promptly after its investigation.", "SEC001", "weak"),
    # an override that is as good or better leaves the safeguard standing
    (NOTICE + SOW + "5.3 Security Incidents (overrides clause 7.2). The Supplier shall notify the Customer of a "
     "Security Incident affecting the AI platform within twelve (12) hours.", "SEC001", "pass"),
    # a plain reference, "notwithstanding", or an override of another clause changes nothing
    (AUDIT + SOW + "5.2 Clause 6.2 applies to this SOW. The Customer may exercise its rights to audit the Supplier's "
     "records in relation to this SOW no more than once in any period of twenty-four (24) months.", "AUD001", "pass"),
    (NOTICE + SOW + "5.3 Notwithstanding clause 7.2, the Supplier shall notify the Customer of a Security Incident "
     "affecting the AI platform as soon as reasonably practicable.", "SEC001", "pass"),
    (AUDIT + "9. TERM\n9.1 The Agreement runs for three years.\n" + SOW + "5.2 Audit (overrides clause 9.1). The "
     "Customer may exercise its rights to audit the Supplier's records no more than once in any period of twenty-four "
     "(24) months.", "AUD001", "pass"),
])
def test_decide_reads_an_override_in_place_of_the_clause_it_overrides(text, code, status):
    assert _status(text, code) == status
