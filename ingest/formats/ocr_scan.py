"""A scanned page's OCR text layer, read as the page was printed (`ocr_words` and
`ocr_digits` mend single letters; this module the scan's own furniture and the labels
OCR read with Danish letters lost):

* a scanner's stamp line, "» Scannet 22-01-2026 10:14  MFP-01 / Journalen" or
  "~ Indscannet 17.12.2025 09:32 - til sag …", is the day the paper was scanned, never
  the meeting's date or time: the line goes, as do the stamps and pen notes on the
  paper in the head (`paper_stamps`: "MODTAGET" / "25. FEB. 1999", an archive's shelf
  mark, "Indsat i mappe 14/6"), and the initialled foot of a typed page
  (`initials_feet`: "Formandens initialer" / "J0K" / "TMU 14.5.1996" / "Side 112");
* a label or a table's cell OCR read with "ø" as "o"/"0", "æ" as "ae", "å" as "a", "m"
  as "rn" or "l" as "1": "Modedato", "M0detid", "Rnødetid", "Fremrnøde", "Forrnand",
  "Naestformand", "M0dt", "Fravaerende:" are "Mødedato", "Mødetid", "Fremmøde",
  "Formand", "Næstformand", "Mødt", "Fraværende:" — only a whole cell (a line's start
  before a colon or a run of spaces, or a cell between runs of spaces) that equals a
  label of the product's vocabulary once those confusions count as one letter, and only
  in a text that prints "æ", "ø" or "å" elsewhere (an ASCII text writes "ae" on purpose);
  so is a body's name alone on its line ("Byradet", "Miljoudvalget": `danish_body`);
* a letterhead's "Æ" read as "/E" or "IE": "/ERØSKØBING KOMMUNE" is "ÆRØSKØBING KOMMUNE";
* the document's kind with a space OCR put inside it: "RE FERAT" is "REFERAT";
* a scan's stray mark at a line's start or end ("» Tidligere behandling:", "Afbud ¦",
  "Peter Lykke Bang (V) ~"): specks, not text;
* a word's capital "O" (or "Ø") read as a zero: "0le Fisker Dam", "0rientering" are
  "Ole Fisker Dam", "Orientering" (a zero before small letters is no number), and a
  party's "(0)" after a name is "(Ø)";
* an item's number 1 OCR read as "l." ("l.  Godkendelse af dagsorden"), where the
  text numbers its next item "2." the same way;
* a word's first "m" read as "rn" ("forlod rnødet", "Irnod stemte:"): no Danish word
  opens with "rn"; a space read before a line's full stop ("Kaj Mortensen ."); and a
  word's "ø" (or "o") read as a zero ("J0rgen Hansen"), or its "m" as "rn" ("Assens
  Kornmune"), where the page prints the word elsewhere with its letter ("Jørgen Hansen",
  "Assens Kommune");
* a pen's marks on the paper: a tick, initials, a note, a signature's scrawl
  (`pen_marks`).

A text without such lines is returned as it is.
"""

from __future__ import annotations

import re

from ..danish_spelling import danish_body
from .initials_feet import without_initials_feet
from .paper_stamps import without_stamps
from .pen_marks import without_pen_lines

# "Scannet 22-01-2026 10:14", "Scanning 17.12.2025 09:32", "Indscannet 10/12 2025 08:51":
# a scan's stamp word, its day and its clock time, near the line's start
_STAMP_RE = re.compile(r"(?im)^[ \t]*(?:[^\w\s]{1,2}[ \t]*)?(?:[A-ZÆØÅ]{2,8}[ \t]+)?"
                       r"(?:ind)?scann(?:et|ing|ed)\b[ \t]*\d{1,2}[-./]\d{1,2}[-./ ]\d{2,4}"
                       r"[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[.:]\d\d\b.*$\n?")
# "RE FERAT", "DAGS ORDEN": the document's kind on its own line, a space OCR put inside it
_KIND_RE = re.compile(r"(?m)^([ \t]*)((?=[A-ZÆØ]+ [A-ZÆØ]+[ \t]*$)(?:R ?E ?F ?E ?R ?A ?T|"
                      r"D ?A ?G ?S ?O ?R ?D ?E ?N))[ \t]*$")
# a speck OCR read as a mark at a line's start (before a word) or end (after one)
_LEAD_SPECK_RE = re.compile(r"(?m)^([ \t]*)[»~¦¢][ \t]+(?=\w)")
_TRAIL_SPECK_RE = re.compile(r"(?m)(?<=[\w).:])[ \t]+[»~¦¢]+[ \t]*$")
# a line's cells: text between runs of two or more spaces
_GAP_RE = re.compile(r"( {2,}|\t+)")
_CELL_RE = re.compile(r"^([^\W\d_][\w|]*(?: [^\W\d_][\w|]*)?)(:?)$")
# "l.  Title" / "2.  Title": an item's (or a contents line's) number and its title
_ONE_RE = re.compile(r"(?m)^([ \t]*)l(\.[ \t]+[A-ZÆØÅ])")
_TWO_RE = re.compile(r"(?m)^[ \t]*2\.[ \t]+[A-ZÆØÅ]")

# "0le", "0stergaard", "0rientering": a word's capital O (or Ø) OCR read as a zero
_ZERO_WORD_RE = re.compile(r"(?<![\w.,/-])0(?=[a-zæøå]{2,}\b)")
# "Tobias Wind (0)": a member's party letter "Ø" read as a zero in its brackets
# (a name of two capitalised words or more: "Jobrotation (0)" is a count)
_ZERO_PARTY_RE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+(?:[ -][A-ZÆØÅ][a-zæøå-]+)+) \(0\)")
_DANISH_RE = re.compile(r"[æøåÆØÅ]")
# "/ERØSKØBING KOMMUNE", "IEROSKOBING KOMMUNE": a letterhead's "Æ" OCR read as "/E" or "IE"
_AE_HEAD_RE = re.compile(r"(?m)^([ \t]*)(?:/E|IE)"
                         r"(?=[A-ZØÅ]{3,}(?:-[A-ZÆØÅ]+)?[ \t]+KOMMUNE[ \t]*$)")
# "rnødet", "Irnod": a word's first "m" OCR read as "rn" (no Danish word opens with "rn")
_RN_WORD_RE = re.compile(r"(?<![\w-])(I?)rn(?=[aeiouyæøå])")
# "J0rgen", "M0det": an "ø" (or "o") inside a word read as a zero
_ZERO_INSIDE_RE = re.compile(r"\b[A-Za-zÆØÅæøå]+0[a-zæøå]+\b")
# "Kornmune": an "m" inside a word read as "rn"
_RN_INSIDE_RE = re.compile(r"\b[A-Za-zÆØÅæøå]+rn[a-zæøå]+\b")
# "… og Kaj Mortensen .": a space OCR read before the full stop that ends a line
_SPACED_STOP_RE = re.compile(r"(?m)(?<=[a-zæøå])[ \t]+\.[ \t]*$")
# The labels and cells the reader keys on, as printed
_VOCABULARY = (
    "Mødedato", "Mødetid", "Mødested", "Mødetidspunkt", "Mødelokale", "Næste møde",
    "Fremmøde", "Fremmødt", "Mødt", "Formand", "Næstformand", "Medlem", "Medlemmer",
    "Fraværende", "Deltagere", "Tilstede", "Til stede", "Sagsfremstilling", "Indstilling",
    "Beslutning", "Tidligere behandling", "Bemærk", "Udsendt", "Protokolfører",
    "Beslutningsprotokol", "Stedfortræder", "Stedfortrædere",
)


def _fold(word: str) -> str:
    """The word with the letters OCR reads for one another made one.

    >>> _fold("Forrnand") == _fold("Formand"), _fold("M0dedato") == _fold("Mødedato")
    (True, True)
    """
    word = word.translate(str.maketrans({"I": "l", "1": "l", "|": "l"})).lower()
    word = word.replace("rn", "m").replace("æ", "ae")
    return word.translate(str.maketrans({"ø": "o", "0": "o", "å": "a"}))


_KNOWN = {_fold(w): w for w in _VOCABULARY}


def _mended(cell: str) -> str:
    """The cell as its label prints it, when OCR changed some of its letters."""
    m = _CELL_RE.match(cell)
    if not m:
        return cell
    known = _KNOWN.get(_fold(m.group(1)))
    if not known or known == m.group(1):
        return cell
    known = known if m.group(1)[:1].isupper() else known.lower()
    return known + m.group(2)


def _line(line: str) -> str:
    line = line.rstrip(" \t")  # (a text layer's word runs end a line with a blank)
    pieces = _GAP_RE.split(line)
    lead = len(pieces[0]) - len(pieces[0].lstrip(" \t"))
    pieces[0] = pieces[0][:lead] + _mended(pieces[0][lead:])
    if len(pieces) == 1 and not pieces[0].rstrip().endswith(":"):
        if (body := danish_body(line.strip())) != line.strip():  # ("Byradet", "0KONOMI…")
            return line[:lead] + body
        # a line of one cell: a label before its colon ("Fravaerende: Name")
        head, colon, rest = line.partition(":")
        if colon and head.strip() and _mended(head.strip() + ":") != head.strip() + ":":
            return head[:lead] + _mended(head.strip() + ":") + rest
        return line
    return "".join(p if k % 2 else _mended(p) for k, p in enumerate(pieces))


def ocr_scan(text: str) -> str:
    """`text` without a scan's stamps and specks, its labels read as printed.

    >>> print(ocr_scan("» Scannet 22-01-2026 10:14  MFP-01\\nModedato   Tirsdag den 3. marts"
    ...                "\\nNavn      Funktion     Fremrnøde\\nIb Ry      Forrnand     M0dt ¦"))
    Mødedato   Tirsdag den 3. marts
    Navn      Funktion     Fremmøde
    Ib Ry      Formand     Mødt
    >>> print(ocr_scan("l.  Godkendelse af dagsorden\\n2.  Budget"))
    1.  Godkendelse af dagsorden
    2.  Budget
    """
    plain = text.replace("\r\n", "\n").replace("\r", "\n")  # (a Windows export's lines)
    mended = _mended_text(plain)
    return text if mended == plain else mended


def _mended_text(text: str) -> str:
    text = without_stamps(_STAMP_RE.sub("", text))  # (and the paper's stamps, pen notes)
    text = without_pen_lines(text)  # (". / ok --?", "~~ /\\/\\~ ,": a pen's, no print)
    text = without_initials_feet(text)  # ("Formandens initialer" / "J0K" at a page's foot)
    text = _AE_HEAD_RE.sub(r"\1Æ", text)
    text = _KIND_RE.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = _TRAIL_SPECK_RE.sub("", _LEAD_SPECK_RE.sub(r"\1", text))
    if _TWO_RE.search(text):
        text = _ONE_RE.sub(r"\g<1>1\2", text)
    if not _DANISH_RE.search(text):  # (an ASCII text's "ae", "oe", "aa" are its spelling)
        return text
    text = _ZERO_PARTY_RE.sub(r"\1 (Ø)", _ZERO_WORD_RE.sub("O", text))
    text = _SPACED_STOP_RE.sub(".", _RN_WORD_RE.sub(r"\1m", text))
    words = set(re.findall(r"\w+", text))  # ("J0rgen" is the "Jørgen" the page prints too)
    text = _ZERO_INSIDE_RE.sub(lambda m: next((w for w in (m[0].replace("0", "ø"), m[0].replace(
        "0", "o")) if w in words), m[0]), text)
    text = _RN_INSIDE_RE.sub(lambda m: w if (w := m[0].replace("rn", "m")) in words else m[0],
                             text)
    return "\n".join(_line(ln) if ln.strip() else ln for ln in text.split("\n"))
