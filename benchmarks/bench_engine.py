"""How much of a lint is the engine? Run: ``python benchmarks/bench_engine.py [--pages 100] [--formats txt,docx,pdf]``
(or ``--real``: the three real PDFs of issue #7; ``--file PATH``, repeatable: any contracts).

Generates a ~100-page contract (about 500 words a page: numbered clauses in
varied drafting, definitions, a schedule with a table), writes it as each
format (text; DOCX with python-docx, the schedule as a real table; PDF set
with reportlab), and times, over several warm runs per format:

* extraction (file -> Document, the real extractor for the format),
* the engine (annotation: one ``nlp.pipe`` pass + phrase matching, then the
  rules' decisions), split into those two stages,

(a sentence's obligation analysis is made when a rule first reads it, so it counts as decision
time), reporting the engine's share of total lint time, tokens per second and ms per
page, and the machine. The one-off cold start (loading spaCy and the lemma
tables) is reported separately. The engine's decision cost grows with the
number of implemented rules; annotation cost does not.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

_CUAD_PDF = Path("/work/shared/corpora/cuad-service-dev/pdf")
# issue #7's real contracts: long, with price schedules (AzulSa), bullets and dashes (Reynolds), many short clauses
REAL_PDFS = [
    _CUAD_PDF / "AzulSa_20170303_F-1A_EX-10.3_9943903_EX-10.3_Maintenance Agreement1.pdf",
    _CUAD_PDF / "ReynoldsConsumerProductsInc_20200121_S-1A_EX-10.22_11948918_EX-10.22_Service Agreement.pdf",
    _CUAD_PDF / "SMITHELECTRICVEHICLESCORP_04_04_2012-EX-10.26-FLEET MAINTENANCE AGREEMENT.pdf",
]

CLAUSES = [
    "The Supplier shall provide the Services in accordance with the Service Levels and the Customer's reasonable "
    "instructions, and shall ensure that all Supplier Personnel are suitably trained and supervised.",
    "The Customer may, on 10 Business Days' notice and not more than twice in any calendar year, audit and inspect "
    "the Supplier's records, systems and data relating to the Charges and to the counting of Resolved Contacts.",
    "Each party shall keep the other party's Confidential Information confidential and shall not disclose it "
    "except to its employees, advisers and auditors who need to know it for the purposes of this Agreement.",
    "If the Supplier fails to meet a Service Level in any month, service credits shall apply as set out in "
    "Schedule 2, and persistent failure shall entitle the Customer to terminate under clause 20.2.",
    "Nothing in this Agreement shall limit either party's liability for death or personal injury caused by its "
    "negligence, for fraud or for any other liability which cannot be limited by law.",
    "The Supplier shall maintain certification to ISO/IEC 27001 throughout the Term and shall notify the Customer "
    "of any security breach within 24 hours of becoming aware of it.",
    "The parties may discuss in good faith any change to the Services proposed by either party, and no change "
    "shall be binding unless agreed in writing in accordance with the Change Control Procedure.",
    "The Customer shall pay each undisputed invoice within 30 days of receipt; late payments shall bear interest at "
    "4% above the base rate from time to time.",
    "The Supplier warrants that the Services will be performed with reasonable skill and care and in accordance "
    "with Good Industry Practice and all applicable laws, including Data Protection Law.",
    "Either party may terminate this Agreement immediately by notice if the other party commits a material breach "
    "which is not remedied within 30 days of a notice requiring it to be remedied.",
]
DEFINITIONS = [
    '"Resolved Contact" means a customer contact that is closed in the Customer CRM with a resolution code and is '
    "not reopened within 7 days of closure.",
    '"Business Day" means a day other than a Saturday, Sunday or public holiday in England.',
    '"Service Levels" means the service levels set out in Schedule 2.',
]


def make_contract(pages: int) -> str:
    """A contract of roughly ``pages`` pages of ~500 words."""
    lines = ["MASTER SERVICES AGREEMENT", "",
             'This Agreement is made between Northwind Retail Limited (the "Customer") and Contoso Contact '
             'Solutions Limited (the "Supplier").', "", "1. DEFINITIONS", ""]
    lines += [d + "\n" for d in DEFINITIONS]
    words = sum(len(line.split()) for line in lines)
    section, clause = 2, 0
    target = pages * 500
    while words < target:
        if clause == 0:
            lines += [f"{section}. GENERAL PROVISIONS {section}", ""]
        clause += 1
        text = _vary(CLAUSES[(section * 7 + clause) % len(CLAUSES)], section * 8 + clause)
        lines += [f"{section}.{clause} {text}", ""]
        words += len(text.split()) + 1
        if clause == 8:
            section, clause = section + 1, 0
    lines += ["SCHEDULE 2 - SERVICE LEVELS", "", "Service level | Target | Service credit",
              "First contact resolution | 75% monthly | 2% of monthly Charges"]
    return "\n".join(lines) + "\n"


_SUBJECTS = ["claims processing", "the payroll service", "inbound customer contacts", "collections", "the help desk",
             "document scanning", "order management", "the back office", "supplier onboarding", "data entry",
             "accounts payable", "outbound sales calls", "complaint handling"]


def _vary(text: str, index: int) -> str:
    """A clause of its own: other figures and a scope phrase, so that no two clauses of the
    contract are the same text (one clause repeated flatters every per-string cache)."""
    days = 5 + index % 55
    text = text.replace("30 days", f"{days} days").replace("10 Business Days", f"{2 + index % 19} Business Days")
    text = text.replace("24 hours", f"{12 + index % 60} hours").replace("4%", f"{1 + index % 9}%")
    scope = _SUBJECTS[index % len(_SUBJECTS)]
    return f"{text[:-1]} in respect of {scope} for site {index % 97 + 1}{text[-1]}"


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPU ({cpu}), Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--matcher", type=int, default=0, metavar="N",
                        help="also measure the cost of N spaCy Matcher token patterns (with operators) added to "
                             "the rules, against the phrase matcher alone")
    parser.add_argument("--formats", default="txt,docx,pdf",
                        help="input formats to time, comma-separated (the same contract written as each): the "
                             "real extractors are timed, so the engine's share is per format")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall: elapsed time; cpu: this process's CPU time, which other jobs on a shared "
                             "machine disturb far less (compare checkouts by it, alternating runs)")
    parser.add_argument("--file", type=Path, action="append",
                        help="time this contract instead of the generated one (its own format); repeatable")
    parser.add_argument("--real", action="store_true",
                        help="time the three real PDFs of issue #7 (AzulSa 111 pages, Reynolds 52, SMITHELECTRIC "
                             "38; from the shared CUAD corpus) instead of the generated contract")
    args = parser.parse_args()
    if args.real:
        missing = [path for path in REAL_PDFS if not path.exists()]
        if missing:
            raise SystemExit(f"not found: {', '.join(map(str, missing))}")
        args.file = [*(args.file or []), *REAL_PDFS]

    from bpolint.config import Config
    from bpolint.engine.decide import DocumentIndex
    from bpolint.engine.lint import _builtin_rules, check_rule
    from bpolint.engine.matching import compile_rules
    from bpolint.extract import extract
    from bpolint.nlp.annotate import annotate
    from bpolint.nlp.pipeline import get_nlp, without_gc_pauses

    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    rules = _builtin_rules()
    implemented = [r for r in rules if r.implemented]
    config = Config()
    start = time.perf_counter()
    nlp = get_nlp()
    matcher = compile_rules(implemented, nlp)
    cold = time.perf_counter() - start
    text = "" if args.file else make_contract(args.pages)
    # (format, the contract's file or None for the generated one written in that format)
    runs: list[tuple[str, Path | None]] = ([(path.suffix.lstrip("."), path) for path in args.file] if args.file
                                           else [(fmt, None) for fmt in args.formats.split(",")])
    print(f"machine: {machine()}")
    print(f"cold start (spaCy + lemma table + matcher compile, once per process): {cold:.2f} s")
    print(f"{len(implemented)} implemented rules of {len(rules)}; median of {args.runs} warm runs "
          f"({args.clock} time); "
          + ("given contracts" if args.file else f"~{args.pages} pages (~{args.pages * 500} words)"))
    document = None
    ann = 0.0
    for fmt, given in runs:
        if given is not None:
            print(f"\n{given.name}")
        with tempfile.TemporaryDirectory() as folder:
            path = given or _write(text, Path(folder), fmt)
            extract_times, annotate_times, decide_times = [], [], []
            tokens = clauses = pages = 0
            for _ in range(args.runs):
                _forget_texts()
                t0 = clock()
                document = extract(path)
                t1 = clock()
                with without_gc_pauses():  # as check_document runs them: one pause, the annotation dropped in it
                    annotated = annotate(document, nlp=nlp, label_clause=matcher, label_heading=matcher)
                    t2 = clock()
                    index = DocumentIndex(annotated)  # shared by the rules, as check_document shares it
                    for rule in implemented:
                        check_rule(rule, annotated, config, index)
                    tokens = annotated.token_count
                    del annotated, index
                t3 = clock()
                extract_times.append(t1 - t0)
                annotate_times.append(t2 - t1)
                decide_times.append(t3 - t2)
                clauses = len(document.clauses)
                pages = max((c.location.page or 0 for c in document.clauses if c.location), default=0)
        ext = statistics.median(extract_times)
        ann = statistics.median(annotate_times)
        dec = statistics.median(decide_times)
        total = ext + ann + dec
        engine = ann + dec
        per_page = pages or args.pages
        print(f"\n[{fmt}] {clauses} clauses, {tokens} tokens" + (f", {pages} PDF pages" if pages else ""))
        print(f"  extraction ({fmt}):      {ext * 1000:8.1f} ms  {100 * ext / total:5.1f}%")
        print(f"  engine annotate (nlp):  {ann * 1000:8.1f} ms  {100 * ann / total:5.1f}%")
        print(f"  engine decide (rules):  {dec * 1000:8.1f} ms  {100 * dec / total:5.1f}%  "
              f"({dec * 1000 / max(len(implemented), 1):.1f} ms per rule)")
        print(f"  engine share of lint:   {100 * engine / total:5.1f}%  (goal <= 20%)")
        print(f"  engine throughput:      {tokens / engine:,.0f} tokens/s; {engine * 1000 / per_page:.1f} ms per page; "
              f"lint {total * 1000 / per_page:.1f} ms per page")
    if args.matcher:
        extra = _matcher_rule(args.matcher)
        with_patterns = compile_rules([*implemented, extra], nlp)
        timings = []
        for _ in range(args.runs):
            t0 = clock()
            with without_gc_pauses():  # as above
                annotate(document, nlp=nlp, label_clause=with_patterns, label_heading=with_patterns)
            timings.append(clock() - t0)
        cost = statistics.median(timings) - ann
        print(f"+{args.matcher} Matcher token patterns: annotate {statistics.median(timings) * 1000:.1f} ms "
              f"(+{cost * 1000:.1f} ms, {cost * 1000 / args.matcher:.2f} ms per pattern per 100 pages)")


def _forget_texts() -> None:
    """Empty the caches kept per distinct text across documents, so that each warm run pays for its
    document's texts as a lint of a new document does (the per-word token-pattern answers stay, as
    they did before these caches: the words of one contract recur in the next)."""
    from bpolint.nlp import numbers

    forget = getattr(getattr(numbers, "_columns", None), "cache_clear", None)
    if forget is not None:
        forget()


def _matcher_rule(count: int):  # type: ignore[no-untyped-def]
    """A rule with ``count`` token patterns using operators (what `patterns:` compiles to)."""
    from bpolint.engine.rules import parse_rule

    words = ["audit", "inspect", "terminate", "notify", "review", "share", "provide", "return", "delete", "report"]
    patterns = [
        [{"LOWER": {"IN": ["once", "twice"]}}, {"LOWER": {"IN": ["in", "per", "every"]}, "OP": "?"},
         {"IS_ALPHA": True, "OP": "?"}, {"LEMMA": words[i % len(words)]}]
        for i in range(count)
    ]
    data = {"code": "BEN001", "name": "bench", "title": "bench", "category": "bench", "severity": "info",
            "detect": {"find": {"patterns": patterns}}}
    return parse_rule(data, "<bench>")


def _write(text: str, folder: Path, fmt: str) -> Path:
    """The contract as a file of the given format: numbered lines as paragraphs, the
    schedule's pipe lines as a real table (DOCX) or text lines (PDF, set with reportlab)."""
    path = folder / f"contract.{fmt}"
    lines = [line for line in text.splitlines() if line.strip()]
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
    elif fmt == "docx":
        import docx

        document = docx.Document()
        rows = [line.split(" | ") for line in lines if " | " in line]
        for line in lines:
            if " | " not in line:
                document.add_paragraph(line)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells):
                table.cell(r, c).text = cell
        document.save(str(path))
    elif fmt == "pdf":
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        style = getSampleStyleSheet()["BodyText"]
        story = [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines]
        SimpleDocTemplate(str(path), pagesize=A4).build(story)
    else:
        raise SystemExit(f"unknown format {fmt!r} (txt, docx, pdf)")
    return path


if __name__ == "__main__":
    main()
