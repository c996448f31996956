"""Drafting found by a tenth round of probes (standard and plain-English forms of every rule, read before any fix):
service levels declared outside the bargain, and a service-level table in a schedule's own body that the
schedule's sub-clauses speak of; each with its traps, linted with the real rule."""

from __future__ import annotations

import pytest

from tests.engine.snippets import status_of

CUSTOMER_SUPPLIER = ('This Agreement is made between Northwind Bank plc (the "Customer") and Contoso Services Ltd '
                     '(the "Supplier").\n')

SERVICE_LEVELS_OUTSIDE_THE_BARGAIN = [
    # service levels said to be aspirational, informative or hoped for, with no target stated: nothing is promised
    ("missing", "10.1 Any service levels described in the Supplier's proposal are aspirational only, and no failure "
                "to meet them shall be a breach of this Agreement or give rise to any remedy."),
    ("missing", "10.1 The service levels referred to in the Supplier's tender response are for information only and "
                "are not binding on the Supplier."),
    ("missing", "SERVICE LEVELS\nThe Supplier hopes to achieve industry-leading service levels, which are "
                "non-binding."),
    ("missing", "Schedule 3 - Service Levels\nThe service levels that the Supplier expects to meet are published on "
                "its website and are goals only."),
    ("missing", "Schedule 3 - Service Levels\n3.1 No failure to meet a Service Level shall give rise to any service "
                "credit, fee reduction or other remedy, and Service Levels are targets only."),
    # traps: a target stated, a duty to meet or to try to meet: targets with no remedy stay weak
    ("weak", "10.1 The Supplier shall use reasonable endeavours to achieve the following aspirational service levels: "
             "80% of calls answered within 20 seconds."),
    ("weak", "10.1 The Supplier shall answer 80% of calls within 20 seconds. This service level is aspirational only "
             "and no service credits apply."),
    ("weak", "10.1 The Supplier shall meet the Service Levels. The Service Levels are not binding and no failure to "
             "meet them gives rise to any remedy."),
]


@pytest.mark.parametrize(("expected", "text"), SERVICE_LEVELS_OUTSIDE_THE_BARGAIN)
def test_service_levels_declared_outside_the_bargain(expected, text):
    assert status_of("GOV001", CUSTOMER_SUPPLIER + text) == expected


SCHEDULE_TABLE_AND_ITS_SUB_CLAUSE = [
    # the schedule's table sets the targets; its sub-clause that names a column binds the supplier to them
    ("pass", "Schedule 3 - Service Levels\n| Service Level | Target | Service Credit |\n| Requests processed within 3 "
             "business days | 95% | 2% of monthly Charges |\n3.1 The Supplier shall meet each Service Level in each "
             "month and shall credit the Service Credit shown for each failure."),
    ("pass", "Annex B - KPIs\n| KPI | Target | Deduction |\n| Average speed of answer | 30 seconds | 1% of the "
             "Monthly Fee |\n| Quality score | 92% | 2% of the Monthly Fee |\nB.1 The Supplier shall achieve each KPI "
             "in every month and the Deduction for each KPI missed shall apply to the next invoice."),
    # traps: a sub-clause that names none of the table's columns does not read it
    ("weak", "Schedule 3 - Reporting\n| Report | Frequency | Owner |\n| Volume report | monthly | Supplier |\n3.1 The "
             "Supplier shall meet the service levels and shall credit the service credits agreed for each failure."),
]


@pytest.mark.parametrize(("expected", "text"), SCHEDULE_TABLE_AND_ITS_SUB_CLAUSE)
def test_a_sub_clause_reads_the_table_of_its_schedule_whose_columns_it_names(expected, text):
    assert status_of("GOV001", CUSTOMER_SUPPLIER + text) == expected
