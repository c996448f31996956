"""PRC003 steps written out: a schedule whose last step has no fixed charge left ("Contract Year 3 onwards: no
Baseline Fee; USD 7.00 per Resolution only"), steps counted in months, and a fixed charge "replaced by" an
outcome price. Outcome pricing from the start, a new rate card and guidance are no glide path."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

PARTIES = 'This Agreement is between Acme Bank plc (the "Customer") and Beta Ltd (the "Supplier").\n'


@pytest.mark.parametrize(("expected", "text"), [
    ("pass", "Schedule 5 - Pricing Transition\n"
             "Contract Year 1: Baseline Fee USD 90,000 per month plus USD 4.00 per Resolution.\n"
             "Contract Year 2: Baseline Fee USD 45,000 per month plus USD 5.50 per Resolution.\n"
             "Contract Year 3 onwards: no Baseline Fee; USD 7.00 per Resolution only."),
    ("pass", "Schedule 2 - Fees\n"
             "Months 1 to 12: Platform Fee GBP 20,000 per month plus GBP 3.10 per Completed Claim.\n"
             "Month 13 onwards: no Platform Fee; GBP 4.40 per Completed Claim only."),
    ("pass", PARTIES + "5. Charges\n5.1 In Contract Year 1 the Customer shall pay the FTE Charges in Schedule 4. "
                       "From Contract Year 2 the FTE Charges shall be replaced by a Per-Claim Fee of GBP 6.10 for "
                       "each Completed Claim."),
    # traps: outcome pricing from the start, a step left to discussion, a new rate card, guidance, a rising fee
    ("missing", PARTIES + "4. Charges\n4.1 There is no Baseline Fee: the Customer shall pay USD 7.00 per Resolution "
                          "only, invoiced monthly in each Contract Year."),
    ("missing", "Schedule 2 - Fees\n"
                "Months 1 to 12: Platform Fee GBP 20,000 per month plus GBP 3.10 per Completed Claim.\n"
                "Month 13 onwards: no Platform Fee; GBP 4.40 per Completed Claim only, or such other arrangement as "
                "the parties may discuss."),
    ("missing", PARTIES + "5. Charges\n5.1 The Charges in Schedule 4 shall be replaced by the Charges in the new Rate "
                          "Card from 1 April 2027."),
    ("missing", "Many buyers find that after the first year the FTE fee is replaced by a per-resolution fee."),
    ("missing", "Schedule 5 - Charges\n"
                "Contract Year 1: Baseline Fee USD 90,000 per month plus USD 4.00 per Resolution.\n"
                "Contract Year 2: Baseline Fee USD 95,000 per month plus USD 4.00 per Resolution."),
])
def test_glide_path_steps_written_out(expected, text):
    assert status_of("PRC003", text) == expected
