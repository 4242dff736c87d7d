"""Builds the invented fixtures of layout round 45 (f) (standard library only):
`python tests/unit/gen_formats45f.py` writes fixtures/formats45f/ — a Børne- og
Skoleudvalg's merged ("flettet") Word referat whose items' bodies are import chunks
(`<w:altChunk r:id="…"/>` → an HTML part, and one MHTML part in windows-1252); a
Kulturudvalg's dagsorden saved as Word's "Word XML-dokument" (Flat OPC `pkg:package`,
the items numbered by a Word list, an image as base64); a Grundejerforening's board's
referat saved as Word 2003 XML (`w:wordDocument`, `w:lists`, a footer in the section's
properties); a Handicapråd's Word referat whose facts table gives the hour as "Kl.: |
16.30"; a Byråd's Word referat whose votes are tables of the parties ("Parti | For |
Imod | Undlod", an "X" in the column voted); and three councils' Word referater whose
attendance is a table grouped by party ("Parti | Deltog | Afbud" with the members in
the cells, group rows across a members' table, a party column merged down)."""

from __future__ import annotations

import base64
import quopri
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from office_files import W, para, zipped  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "formats45f"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MERGED = "\ue000"  # (a cell covered by the one above: `<w:vMerge/>`)
_STYLES = (f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="Overskrift1">'
           '<w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" '
           'w:styleId="Titel"><w:name w:val="Title"/></w:style></w:styles>')


def cells_table(rows: list[list[list[str]]], spans: dict[int, int] | None = None) -> str:
    """A `<w:tbl>` whose cells hold paragraphs; a "\\n" in a paragraph is a line break
    (`<w:br/>`); `spans`: a row's one cell spanning that many columns; `[MERGED]` a cell
    the one above is merged down over."""
    out = []
    for k, row in enumerate(rows):
        cells = []
        for cell in row:
            span = (f'<w:tcPr><w:gridSpan w:val="{spans[k]}"/></w:tcPr>'
                    if spans and k in spans else "")
            if cell == [MERGED]:  # the cell above merged down over this one
                cells.append("<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>")
                continue
            paras = "".join(
                "<w:p>" + "<w:r><w:br/></w:r>".join(
                    f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                    for line in text.split("\n")) + "</w:p>" for text in cell) or "<w:p/>"
            cells.append(f"<w:tc>{span}{paras}</w:tc>")
        out.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return "<w:tbl>" + "".join(out) + "</w:tbl>"


def _facts(rows: list[tuple[str, str]]) -> str:
    return cells_table([[[label], [value]] for label, value in rows])


def _document(body: list[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
            f'xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}<w:sectPr/></w:body>'
            "</w:document>")


def _word(body: list[str], rels: list[tuple[str, str, str]], types: list[str],
          extra: dict[str, str]) -> bytes:
    """A .docx of `body`, its document's relationships (id, type, target), content
    types (`<Default>`/`<Override>` elements) and the parts they name."""
    rel = "".join(f'<Relationship Id="{i}" Type="{R}/{t}" Target="{target}"/>'
                  for i, t, target in [("rIdS", "styles", "styles.xml"), *rels])
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{_TYPES}"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types)
        + f'<Override PartName="/word/document.xml" ContentType="{_DOC_TYPE}"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": _document(body), "word/styles.xml": _STYLES,
        "word/_rels/document.xml.rels": f'<Relationships xmlns="{_RELS}">{rel}</Relationships>',
        **extra}
    return zipped(parts)


def _chunk_page(sections: list[tuple[str, list[str]]]) -> str:
    body = "".join(f"<h3>{label}</h3>" + "".join(f"<p>{p}</p>" for p in paras)
                   for label, paras in sections)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>'
            f"<body>{body}</body></html>")


def merged_referat() -> None:
    """Each item's heading and case number in the document, its body an import chunk:
    three HTML parts (`afchunkN.htm`) and one MHTML part (`/word/afchunk3.mht`, its
    HTML quoted-printable in windows-1252)."""
    items = [
        ("Godkendelse af dagsorden", "", [("Beslutning", ["Godkendt."])]),
        ("Skoledistrikter fra skoleåret 2025/26", "17.02.00-P20-1-24", [
            ("Sagsfremstilling", ["Elevtallet i Fredsø Nord stiger med 140 elever frem mod "
                                  "2028.", "Forvaltningen foreslår, at Kildevej flyttes til "
                                  "Vestskolens distrikt."]),
            ("Indstilling", ["Forvaltningen indstiller, at forslaget sendes i høring."]),
            ("Beslutning", ["Forslaget sendes i høring.<br>For: A, V og Ø<br>Imod: C"])]),
        ("Trivselsmåling 2024", "17.01.10-G01-4-24", [
            ("Sagsfremstilling", ["Trivslen i 4.-9. klasse er på niveau med landsgennemsnittet."]),
            ("Beslutning", ["Orienteringen blev taget til efterretning."])]),
        ("Eventuelt", "", [("Beslutning", ["Næste møde flyttes til den 10. juni."])]),
    ]
    body = [para("Fredsø Kommune", bold=True), para("Referat", style="Titel"),
            para("Børne- og Skoleudvalget", style="Overskrift1"),
            _facts([("Mødedato", "6. maj 2024"), ("Mødetid", "15:00 - 17:00"),
                    ("Mødested", "Fredsø Rådhus, lokale 12"),
                    ("Medlemmer", "Hanne Vig (A), formand; Per Lund (V), næstformand; "
                                  "Ida Brix (Ø); Ole Krag (C)"),
                    ("Afbud", "Ole Krag (C)")])]
    rels, extra = [], {}
    for n, (title, case, sections) in enumerate(items, 1):
        body.append(para(f"Punkt {n}: {title}", style="Overskrift1"))
        if case:
            body.append(para(f"Sagsnr.: {case}"))
        body.append(f'<w:altChunk r:id="chunk{n}"/>')
        page = _chunk_page(sections)
        if n == 3:  # the other form Word imports: a single-file web page
            mime = "\r\n".join([
                "MIME-Version: 1.0", 'Content-Type: multipart/related; boundary="=_del"', "",
                "--=_del", 'Content-Type: text/html; charset="windows-1252"',
                "Content-Transfer-Encoding: quoted-printable", "",
                quopri.encodestring(page.replace('charset="utf-8"', "").encode("cp1252"))
                .decode("ascii"), "--=_del--", ""])
            rels.append((f"chunk{n}", "aFChunk", "/word/afchunk3.mht"))
            extra["word/afchunk3.mht"] = mime
        else:
            rels.append((f"chunk{n}", "aFChunk", f"afchunk{n}.htm"))
            extra[f"word/afchunk{n}.htm"] = page
    types = ['<Default Extension="htm" ContentType="text/html"/>',
             '<Default Extension="mht" ContentType="message/rfc822"/>']
    (HERE / "01_flettet_altchunk.docx").write_bytes(_word(body, rels, types, extra))


def _numbered_heading(text: str) -> str:
    """A heading numbered by Word's list 1 (its number only in numbering.xml)."""
    return (f'<w:p><w:pPr><w:pStyle w:val="Overskrift1"/><w:numPr><w:ilvl w:val="0"/>'
            f'<w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{escape(text)}</w:t></w:r></w:p>')


def flat_opc_agenda() -> None:
    """A dagsorden saved as "Word XML-dokument": every part of the .docx a `pkg:part`."""
    body = [para("Kulturudvalget", bold=True), para("Dagsorden", style="Titel"),
            para("Mødedato: Torsdag den 13. juni 2024"), para("Tidspunkt: kl. 16.30"),
            para("Sted: Østerby Bibliotek, læsesalen"),
            para("Medlemmer: Tove Bak (V), formand; Lars Hjort (A); Mia Sand (F)"),
            _numbered_heading("Godkendelse af dagsorden"),
            para("Indstilling"), para("Forvaltningen indstiller, at dagsordenen godkendes."),
            _numbered_heading("Tilskud til byfesten 2024"), para("Sagsnr.: 24/8812"),
            para("Sagsfremstilling"), para("Byfestforeningen søger 60.000 kr. til scenen."),
            para("Indstilling"), para("Forvaltningen indstiller, at der gives 45.000 kr."),
            _numbered_heading("Eventuelt")]
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl '
                 'w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText '
                 'w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(40)).decode()
    rel = "application/vnd.openxmlformats-package.relationships+xml"
    parts = [
        ("/_rels/.rels", rel, f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
         f'Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("/word/_rels/document.xml.rels", rel, f'<Relationships xmlns="{_RELS}">'
         f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/><Relationship '
         f'Id="rId2" Type="{R}/numbering" Target="numbering.xml"/></Relationships>'),
        ("/word/document.xml", _DOC_TYPE, _document(body).split("?>", 1)[1]),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.styles+xml", _STYLES),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.numbering+xml", numbering)]
    out = ['<?xml version="1.0" standalone="yes"?>',
           '<?mso-application progid="Word.Document"?>',
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
    out += [f'<pkg:part pkg:name="{name}" pkg:contentType="{kind}"><pkg:xmlData>{xml}'
            "</pkg:xmlData></pkg:part>" for name, kind, xml in parts]
    out += ['<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" '
            f'pkg:compression="store"><pkg:binaryData>{png}</pkg:binaryData></pkg:part>',
            "</pkg:package>"]
    (HERE / "02_word_xml_flat.xml").write_text("\n".join(out), encoding="utf-8")


def word_2003_referat() -> None:
    """A board's referat saved as Word 2003 XML: styles, a list numbering the headings
    ("%1.", from 12 on: the board's running numbers), a facts table, the body inside
    `wx:sect`, a reviewer's comment on a decision, a footer in `w:sectPr`."""
    ns = ('xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
          'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
          'xmlns:aml="http://schemas.microsoft.com/aml/2001/core"')

    def p(text: str, heading: bool = False) -> str:
        props = ('<w:pPr><w:pStyle w:val="Heading1"/><w:listPr><w:ilvl w:val="0"/>'
                 '<w:ilfo w:val="1"/><wx:t wx:val="1."/></w:listPr></w:pPr>' if heading else "")
        return f"<w:p>{props}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>"

    def row(label: str, value: str) -> str:
        return f"<w:tr><w:tc>{p(label)}</w:tc><w:tc>{p(value)}</w:tc></w:tr>"

    body = [p("Grundejerforeningen Solhøj"), p("Referat af bestyrelsesmøde"),
            "<w:tbl>" + row("Dato:", "Mandag den 10. juni 2024") + row("Tid:", "19.00-21.00")
            + row("Sted:", "Fælleshuset, Solhøj 2") + row(
                "Til stede:", "Birgit Holm (formand), Kaj Dam (kasserer), Sanne Ry") + "</w:tbl>",
            p("Godkendelse af referat", heading=True), p("Beslutning"),
            p("Referatet fra 6. maj blev godkendt."),
            p("Vedligeholdelse af fællesarealer", heading=True), p("Sagsfremstilling"),
            p("Hækken mod Solhøjvej skal klippes to gange årligt."), p("Beslutning"),
            p("Bestyrelsen indhenter tre tilbud.").replace("</w:p>", (
                '<aml:annotation aml:id="0" w:type="Word.Comment"><aml:content><w:p><w:r>'
                "<w:t>Kaj: husk Solhøjvej 4</w:t></w:r></w:p></aml:content></aml:annotation>"
                "</w:p>")),
            p("Eventuelt", heading=True), p("Beslutning"), p("Intet."),
            '<w:sectPr><w:ftr w:type="odd"><w:p><w:r><w:t>Side 1</w:t></w:r></w:p></w:ftr>'
            "</w:sectPr>"]
    doc = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<?mso-application progid="Word.Document"?>',
           f"<w:wordDocument {ns}>",
           '<w:styles><w:style w:type="paragraph" w:styleId="Heading1"><w:name '
           'w:val="heading 1"/><wx:uiName wx:val="Overskrift 1"/></w:style></w:styles>',
           '<w:lists><w:listDef w:listDefId="0"><w:lvl w:ilvl="0"><w:start w:val="12"/>'
           '<w:nfc w:val="0"/><w:lvlText w:val="%1."/></w:lvl></w:listDef><w:list '
           'w:ilfo="1"><w:ilst w:val="0"/></w:list></w:lists>',
           "<w:body><wx:sect>" + "".join(body) + "</wx:sect></w:body></w:wordDocument>"]
    (HERE / "03_word_2003.xml").write_text("\n".join(doc), encoding="utf-8")


def hour_label() -> None:
    """A facts table whose hour stands under its own label, "Kl.:" (no "Tidspunkt")."""
    body = [para("Handicaprådet", style="Titel"),
            _facts([("Mødedato:", "Tirsdag den 4. juni 2024"), ("Kl.:", "16.30"),
                    ("Sted:", "Sundhedshuset, mødelokale 2"),
                    ("Deltagere:", "Jens Bro (DH), formand; Alma Kirk (A)")]),
            para("1. Godkendelse af dagsorden", style="Overskrift1"), para("Beslutning"),
            para("Godkendt."),
            para("2. Tilgængelighed på stationen", style="Overskrift1"), para("Beslutning"),
            para("Rådet sender et høringssvar.")]
    (HERE / "04_kl_tabel.docx").write_bytes(_word(body, [], [], {}))


def party_votes_word() -> None:
    """A Byråd's Word referat whose votes are tables of the parties ("Parti | For | Imod |
    Undlod", the party's full name, an "X" in the column voted) under a bold
    "Afstemning:"; one item's vote unanimous, one item without a vote."""
    parties = ["Socialdemokratiet (A)", "Venstre (V)", "Det Konservative Folkeparti (C)",
               "SF - Socialistisk Folkeparti (F)", "Enhedslisten (Ø)"]

    def vote(marks: str) -> str:  # one letter a party: f(or), i(mod), u(ndlod)
        rows = [[["Parti"], ["For"], ["Imod"], ["Undlod"]]]
        rows += [[[party], *[["X"] if "fiu"[k] == m else [] for k in range(3)]]
                 for party, m in zip(parties, marks, strict=True)]
        return para("Afstemning:", bold=True) + cells_table(rows)

    body = [para("Byrådet", style="Titel"), para("Referat"),
            para("Mødedato: 20. juni 2024"), para("Mødetid: 17:00 - 19:30"),
            para("Mødested: Byrådssalen, Lundeby Rådhus"),
            para("1. Godkendelse af dagsorden", style="Overskrift1"), para("Beslutning"),
            para("Godkendt."),
            para("2. Lokalplan 112 - boliger ved Søparken", style="Overskrift1"),
            para("Sagsnr.: 01.02.05-P16-112-23"), para("Beslutning"),
            para("Lokalplanen blev vedtaget endeligt."), vote("fiffu"),
            para("3. Takster for vinterbadning", style="Overskrift1"), para("Beslutning"),
            para("Godkendt."), vote("fffff"),
            para("4. Eventuelt", style="Overskrift1"), para("Beslutning"), para("Intet.")]
    (HERE / "07_partistemmer.docx").write_bytes(_word(body, [], [], {}))


def _members_referat(name: str, body_name: str, day: str, table: str) -> None:
    body = [para(body_name, style="Titel"), para("Referat"), para(f"Mødedato: {day}"),
            para("Mødetid: 19:00 - 21:00"), para("Deltagere", bold=True), table,
            para("1. Godkendelse af dagsorden", style="Overskrift1"), para("Beslutning"),
            para("Godkendt."),
            para("2. Meddelelser", style="Overskrift1"), para("Beslutning"),
            para("Taget til efterretning.")]
    (HERE / name).write_bytes(_word(body, [], [], {}))


def party_groups() -> None:
    """The attendance as a table grouped by party, three ways: a row a party with its
    members in a "Deltog" and an "Afbud" column (names as paragraphs and line breaks, a
    role beside a name); group rows across the table over "Navn | Funktion | Fremmøde"
    rows; a party column merged down beside "Navn | Status"."""
    by_status = cells_table([
        [["Parti"], ["Deltog"], ["Afbud"]],
        [["Socialdemokratiet (A)"], ["Hans Bech, borgmester\nEva Lind", "Ali Omar"],
         ["Rita Holm"]],
        [["Venstre (V)"], ["Jonna Sø (2. viceborgmester)", "Erik Tang"], []],
        [["Enhedslisten"], [], ["Lea Frost"]]])
    _members_referat("09_partigrupper.docx", "Kommunalbestyrelsen", "26. juni 2024", by_status)
    group_rows = cells_table([
        [["Navn"], ["Funktion"], ["Fremmøde"]],
        [["Socialdemokratiet (A)"]],
        [["Hans Bech"], ["Formand"], ["Til stede"]],
        [["Eva Lind"], [], ["Afbud"]],
        [["Venstre (V)"]],
        [["Jonna Sø"], ["Næstformand"], ["Til stede"]],
        [["Radikale Venstre"]],
        [["Pia Krog"], [], ["Til stede"]]], spans={1: 3, 4: 3, 6: 3})
    _members_referat("10_grupperaekker.docx", "Økonomiudvalget",
                     "27. juni 2024", group_rows)
    merged = cells_table([
        [["Parti"], ["Navn"], ["Status"]],
        [["A"], ["Hans Bech"], ["Deltog"]],
        [[MERGED], ["Eva Lind"], ["Afbud"]],
        [["V"], ["Jonna Sø"], ["Deltog"]],
        [[MERGED], ["Erik Tang"], ["Deltog"]]])
    _members_referat("11_parti_flettet.docx", "Teknisk Udvalg", "28. juni 2024", merged)


if __name__ == "__main__":
    HERE.mkdir(parents=True, exist_ok=True)
    merged_referat()
    flat_opc_agenda()
    word_2003_referat()
    hour_label()
    party_votes_word()
    party_groups()
