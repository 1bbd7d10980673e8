"""Loads the shipped ICD-10-CM and ICD-10-PCS data the way CodeFind indexes it (Python 3 stdlib only).

Shared by check_queries.py and benchmarks/peers/fts5_baseline.py, so that both see the same codes:

- ICD-10-CM: every <diag> of the tabular XML (headers and leaves, dotted display form), plus the
  7-character codes formed from a leaf and the 7th characters defined in a <sevenChrDef> on the leaf
  or its nearest ancestor that has one, the leaf padded with X to six characters first
  (T15.00 + A -> T15.00XA). A leaf that takes a 7th character becomes a non-billable header. A rule
  written only in a note ("7th characters D and S do not apply to codes in category S06 with 6th
  character 7 ... or 8 ...") removes the forms it forbids. This gives the official 74,719 billable
  codes for FY2026.
- ICD-10-PCS: the 7-character codes of the code list, and every leading 1-6 characters of them as a
  browse prefix (CodeFind shows these as headers: 0DTJ is "Resection of Appendix").
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(REPO, "data")
CM_XML = os.path.join(DATA, "icd10cm-tabular-2026.xml")
PCS_TXT = os.path.join(DATA, "icd10pcs-codes-2024.txt")

CM_BILLABLE_FY2026 = 74_719


@dataclass
class Code:
    system: str  # "ICD-10-CM" or "ICD-10-PCS"
    display: str  # E11.40, S72.001A, 0DTJ4ZZ
    title: str
    billable: bool
    terms: list[str] = field(default_factory=list)  # inclusion terms (ICD-10-CM only)


def canonical(code: str) -> str:
    """The key a code is compared by: upper case, no dot, no surrounding space."""
    return code.strip().upper().replace(".", "")


def cm_display(key: str) -> str:
    key = canonical(key)
    return key if len(key) <= 3 else key[:3] + "." + key[3:]


_EXCLUSION = re.compile(
    r"7th characters? (?P<chars>[A-Z](?:(?:,| and| or) [A-Z])*) (?:do|does) not apply to codes in "
    r"category (?P<cat>[A-Z][0-9A-Z]{2}) with 6th character (?P<rest>.*)"
)


def _exclusion_rules(root: ET.Element) -> list[tuple[str, set[str], set[str]]]:
    rules = []
    for note in root.iter("note"):
        text = " ".join((note.text or "").split())
        if "not apply" not in text:
            continue
        m = _EXCLUSION.search(text)
        if not m:
            continue
        chars = {c for c in m.group("chars") if c.isupper()}
        sixth = {clause.strip()[0] for clause in m.group("rest").split(", or ") if clause.strip()}
        rules.append((m.group("cat"), chars, sixth))
    return rules


def load_icd10cm(path: str = CM_XML) -> list[Code]:
    """All ICD-10-CM codes in tabular order: headers, leaves and 7-character forms."""
    root = ET.parse(path).getroot()
    rules = _exclusion_rules(root)
    out: list[Code] = []

    def visit(diag: ET.Element, inherited: list[tuple[str, str]]) -> None:
        name = diag.findtext("name", "").strip()
        title = " ".join(diag.findtext("desc", "").split())
        terms = [
            " ".join((n.text or "").split())
            for inc in diag.findall("inclusionTerm")
            for n in inc.findall("note")
        ]
        own = [(e.get("char", ""), " ".join((e.text or "").split())) for d in diag.findall("sevenChrDef") for e in d.findall("extension")]
        seventh = own or inherited
        children = diag.findall("diag")
        if children:
            out.append(Code("ICD-10-CM", name, title, False, terms))
            for child in children:
                visit(child, seventh)
            return
        if not seventh:
            out.append(Code("ICD-10-CM", name, title, True, terms))
            return
        out.append(Code("ICD-10-CM", name, title, False, terms))
        padded = canonical(name).ljust(6, "X")
        for char, meaning in seventh:
            if any(padded.startswith(cat) and char in chars and padded[5] in sixth for cat, chars, sixth in rules):
                continue
            out.append(Code("ICD-10-CM", cm_display(padded + char), f"{title}, {meaning}", True, list(terms)))

    for chapter in root.findall("chapter"):
        for section in chapter.findall("section"):
            for diag in section.findall("diag"):
                visit(diag, [])
    return out


def load_icd10pcs(path: str = PCS_TXT) -> list[Code]:
    """The ICD-10-PCS codes of the official list (7 characters, billable), in file order."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            code, _, title = line.partition(" ")
            out.append(Code("ICD-10-PCS", code.strip(), title.strip(), True))
    return out


def pcs_prefixes(pcs: list[Code]) -> set[str]:
    """Every leading 1-6 characters of a PCS code: the browse headers CodeFind shows."""
    return {c.display[:n] for c in pcs for n in range(1, 7)}


class CodeUniverse:
    """Which code strings exist in the shipped data, by canonical key and system."""

    def __init__(self) -> None:
        self.cm = load_icd10cm()
        self.pcs = load_icd10pcs()
        self.cm_by_key = {canonical(c.display): c for c in self.cm}
        self.pcs_by_key = {c.display: c for c in self.pcs}
        self.pcs_prefix = pcs_prefixes(self.pcs)

    def lookup(self, display: str) -> tuple[str, str] | None:
        """(system, title) of an ICD-10-CM code or PCS code or PCS prefix, or None.

        A display string with a dot, or one that is not a PCS shape, is read as ICD-10-CM;
        a 7-character undotted string of PCS characters is read as PCS first.
        """
        key = canonical(display)
        if "." not in display and key in self.pcs_by_key:
            return ("ICD-10-PCS", self.pcs_by_key[key].title)
        if key in self.cm_by_key and (len(key) <= 3 or "." in display):
            return ("ICD-10-CM", self.cm_by_key[key].title)
        if "." not in display and 1 <= len(key) <= 6 and key in self.pcs_prefix:
            return ("ICD-10-PCS", "PCS prefix " + key)
        return None
