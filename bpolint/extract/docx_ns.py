"""WordprocessingML element and attribute names in lxml's ``{namespace}local`` form.

Comparing ``element.tag`` against these precomputed strings is what keeps the
body walk fast; XPath would cost a compile and a search per paragraph.
"""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(local: str) -> str:
    return f"{{{W_NS}}}{local}"


VAL = w("val")
ID = w("id")
TYPE = w("type")
AUTHOR = w("author")
DATE = w("date")

BODY = w("body")
P = w("p")
R = w("r")
T = w("t")
DEL_TEXT = w("delText")
INSTR_TEXT = w("instrText")
DEL_INSTR_TEXT = w("delInstrText")
TAB = w("tab")
PTAB = w("ptab")
BR = w("br")
CR = w("cr")
NO_BREAK_HYPHEN = w("noBreakHyphen")
SOFT_HYPHEN = w("softHyphen")
FLD_CHAR = w("fldChar")
FLD_CHAR_TYPE = w("fldCharType")
FLD_SIMPLE = w("fldSimple")
INSTR = w("instr")
HYPERLINK = w("hyperlink")
SMART_TAG = w("smartTag")
CUSTOM_XML = w("customXml")
SDT = w("sdt")
SDT_CONTENT = w("sdtContent")
DIR = w("dir")
BDO = w("bdo")
INS = w("ins")
DEL = w("del")
MOVE_FROM = w("moveFrom")
MOVE_TO = w("moveTo")
PPR = w("pPr")
RPR = w("rPr")
PSTYLE = w("pStyle")
RSTYLE = w("rStyle")
NUMPR = w("numPr")
NUM_ID = w("numId")
ILVL = w("ilvl")
OUTLINE_LVL = w("outlineLvl")
B = w("b")
FOOTNOTE_REF = w("footnoteReference")
ENDNOTE_REF = w("endnoteReference")
COMMENT_RANGE_START = w("commentRangeStart")
COMMENT_REF = w("commentReference")
DRAWING = w("drawing")
PICT = w("pict")
OBJECT = w("object")
TXBX_CONTENT = w("txbxContent")
TBL = w("tbl")
TR = w("tr")
TC = w("tc")
TRPR = w("trPr")
SECT_PR = w("sectPr")
ALT_CHUNK = w("altChunk")
VANISH = w("vanish")

MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE = f"{{{MC_NS}}}Choice"

_FALSE = frozenset({"0", "false", "off", "none"})


def on_off(element: object) -> bool:
    """A WordprocessingML on/off property: present means on unless ``w:val`` says off."""
    value = element.get(VAL)  # type: ignore[attr-defined]
    return value is None or value.lower() not in _FALSE


def on_off_attr(value: str | None) -> bool:
    """An on/off attribute such as ``w:default="1"``: absent means off."""
    return value is not None and value.lower() not in _FALSE
