"""Word automatic numbering: the clause numbers must be the ones Word shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpolint.extract.docx import extract_docx
from bpolint.extract.docx_numbering import format_value

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contracts" / "docx"

# (path, heading, parent, number_source) for every clause, in order.
EXPECTED = {
    "numbering-nested": [
        ("1", "Services", None, "auto"),
        ("1.1", "", "1", "auto"),
        ("1.2", "", "1", "auto"),
        ("1.2(a)", "", "1.2", "auto"),
        ("1.2(b)", "", "1.2", "auto"),
        ("1.2(b)(i)", "", "1.2(b)", "auto"),
        ("1.2(b)(ii)", "", "1.2(b)", "auto"),
        ("1.2(c)", "", "1.2", "auto"),
        ("2", "Audit", None, "auto"),
        ("2.1", "", "2", "auto"),
        *[(f"2.1({c})", "", "2.1", "auto") for c in "abcdefghi"],
    ],
    "numbering-style": [
        ("1", "Definitions", None, "auto"),
        ("1.1", "", "1", "auto"),
        ("2", "Term", None, "auto"),
        ("2.1", "", "2", "auto"),
        ("2.1.1", "", "2.1", "auto"),
        ("2.1.2", "", "2.1", "auto"),
        ("2.2", "", "2", "auto"),
    ],
    "numbering-restart": [
        ("1", "Scope", None, "auto"),
        ("1.1", "", "1", "auto"),
        ("1.2", "", "1", "auto"),
        ("2", "Charges", None, "auto"),
        ("2.1", "", "2", "auto"),
        ("5", "Restarted list starting at five", None, "auto"),
        ("5.1", "", "5", "auto"),
        ("Part A", "Pricing", None, "auto"),
        ("Part A(1)", "", "Part A", "auto"),
        ("Part B", "Payment", None, "auto"),
        ("Part B(2)", "", "Part B", "auto"),  # lvlRestart 0: level 2 never restarts
    ],
    "numbering-shared": [
        ("1", "Commencement", None, "auto"),
        ("2", "Warranties", None, "auto"),  # numId 2 continues numId 1's abstract list
        ("2(a)", "", "2", "auto"),
        ("3", "Liability", None, "auto"),
        ("3(a)", "", "3", "auto"),
        ("3(b)", "", "3", "auto"),
    ],
    "numbering-formats": [
        ("Article I", "Definitions", None, "auto"),
        ("1.1", "", "Article I", "auto"),  # isLgl: roman article shown as 1 in 1.1
        ("Article II", "Services", None, "auto"),
        ("2.1", "", "Article II", "auto"),
        ("2.1(A)", "", "2.1", "auto"),
        ("2.1(B)", "", "2.1", "auto"),
        ("I", "Recitals", None, "auto"),
        ("II", "Background", None, "auto"),
    ],
    "typed-numbers": [
        ("12", "Audit", None, "typed"),
        ("12.3", "", "12", "typed"),
        ("12.3(a)", "", "12.3", "typed"),
        ("12.3(b)", "", "12.3", "typed"),
        ("12.4", "", "12", "typed"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_docx_numbering_clause_paths_as_word_shows(name: str) -> None:
    document = extract_docx(FIXTURES / f"{name}.docx")
    got = [(c.path, c.heading, c.parent, c.number_source) for c in document.clauses]
    assert got == EXPECTED[name]


@pytest.mark.parametrize(("name", "path", "text"), [
    ("numbering-nested", "2.1(i)", "item i;"),  # lowerLetter says (i) is a letter, not roman one
    ("numbering-nested", "1.2(b)(ii)", "on request;"),
    ("numbering-style", "2.2", "Either party may give notice.\nThis paragraph has numbering switched off."),
    ("numbering-formats", "2.1(B)",
     "second upper item.\nA bulleted point about quality.\nA list item whose level shows no number."),
    ("numbering-shared", "1", "A note between the clauses, not numbered."),
    ("typed-numbers", "12.3(a)", "on reasonable notice;"),
])
def test_docx_numbering_clause_text(name: str, path: str, text: str) -> None:
    clause = extract_docx(FIXTURES / f"{name}.docx").clause(path)
    assert clause is not None
    assert clause.text == text


@pytest.mark.parametrize(("value", "fmt", "shown"), [
    (1, "decimal", "1"), (12, "decimal", "12"), (3, "decimalZero", "03"),
    (1, "lowerLetter", "a"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"), (28, "upperLetter", "BB"),
    (4, "lowerRoman", "iv"), (9, "upperRoman", "IX"), (14, "upperRoman", "XIV"),
    (2, "ordinal", "2nd"), (11, "ordinal", "11th"), (5, "none", ""),
])
def test_docx_numbering_format_value(value: int, fmt: str, shown: str) -> None:
    assert format_value(value, fmt) == shown


# -- the counter on its own: (numId, ilvl) in order -> numbers shown ------------------------------
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


_LEGAL = _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2") + _lvl(2, "lowerLetter", "(%3)")
_NEVER_RESTART = _lvl(0, "decimal", "%1.") + _lvl(1, "lowerRoman", "(%2)", '<w:lvlRestart w:val="0"/>')
_LEGAL_STYLE = _lvl(0, "upperRoman", "Part %1") + _lvl(1, "lowerLetter", "%1.%2", "<w:isLgl/>")
_NUMBERING = (
    f"<w:numbering {_W}>"
    f'<w:abstractNum w:abstractNumId="1">{_LEGAL}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="2">{_NEVER_RESTART}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="3">{_LEGAL_STYLE}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
    "</w:numbering>"
)


@pytest.mark.parametrize(("sequence", "shown"), [
    ([("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 0), ("1", 1)], ["1.", "1.1", "1.2", "(a)", "2.", "2.1"]),
    ([("1", 0), ("2", 0), ("1", 0)], ["1.", "2.", "3."]),  # numIds sharing an abstract list
    ([("1", 0), ("1", 0), ("3", 0), ("3", 1), ("1", 0)], ["1.", "2.", "7.", "7.1", "8."]),  # startOverride
    ([("1", 1), ("1", 2), ("1", 0)], ["1.1", "(a)", "2."]),  # a level shown before use counts as used
    ([("4", 0), ("4", 1), ("4", 0), ("4", 1)], ["1.", "(i)", "2.", "(ii)"]),  # lvlRestart 0: never restarts
    ([("5", 0), ("5", 1), ("5", 1)], ["Part I", "1.1", "1.2"]),  # isLgl: roman and letter shown as digits
])
def test_docx_numbering_counter_sequence(sequence: list[tuple[str, int]], shown: list[str]) -> None:
    from lxml import etree

    from bpolint.extract.docx_numbering import Counter, Numbering

    counter = Counter(Numbering(etree.fromstring(_NUMBERING)))
    got = []
    for num_id, ilvl in sequence:
        number = counter.next(num_id, ilvl)
        got.append(number.text if number else None)
    assert got == shown


def test_docx_numbering_num_style_link_follows_the_style_to_its_list() -> None:
    from lxml import etree

    from bpolint.extract.docx_numbering import Counter, Numbering

    root = etree.fromstring(
        f"<w:numbering {_W}>"
        '<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="ClauseList"/></w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="ClauseList"/>{_LEGAL}</w:abstractNum>'
        '<w:num w:numId="20"><w:abstractNumId w:val="11"/></w:num>'
        '<w:num w:numId="21"><w:abstractNumId w:val="10"/></w:num>'
        "</w:numbering>"
    )
    numbering = Numbering(root, {"ClauseList": "20"})  # the style ClauseList numbers with numId 20
    assert numbering.abstract_of("21") == "11"
    counter = Counter(numbering)
    shown = [counter.next(num_id, ilvl) for num_id, ilvl in [("20", 0), ("21", 0), ("21", 1)]]
    assert [n.text if n else None for n in shown] == ["1.", "2.", "2.1"]
