"""Minutes published as markdown by websites and content systems: a headless CMS entry
whose YAML front matter holds the meeting's people and items as lists (a long one
must read at once), a Docusaurus page's fenced admonitions, a WordPress export's HTML
left in the markdown, Hugo's and Zola's shortcodes, a front matter naming the
municipality the body names only by its town."""

from __future__ import annotations

from pathlib import Path

from .fixture_files import written_meeting

_CMS_ENTRY = """\
---
title: Miljøudvalget 3. maj 2023
date: 2023-05-05T09:12:00.000Z
kommune: Byby Kommune
udvalg: Miljøudvalget
dokumenttype: Referat
moedetidspunkt: 2023-05-03T15:00:00+02:00
moedested: Lokale 2, Byby Rådhus
deltagere:
  - navn: Anne Holm
    parti: A
    rolle: Formand
    fremmoede: Deltog
  - navn: Bo Dam
    parti: V
    rolle: Medlem
    fremmoede: Afbud
  - navn: Carl Ravn
    parti: C
    rolle: Medlem
    fremmoede: Deltog
punkter:
{items}---

## 2. Sag nummer to

### Sagsfremstilling

Teksten til sag to.

### Indstilling

Administrationen indstiller, at sagen godkendes.
"""

_ITEM = """\
  - nummer: {n}
    titel: Sag nummer {word}
    sagsnummer: 23/{n}00
    lukket: false
    beslutning: >-
      Godkendt
      som indstillet.
    afstemning:
      for:
        - Anne Holm (A)
      imod:
        - Carl Ravn (C)
      undlod: []
    tidligere_behandling:
      - udvalg: Miljøudvalget
        dato: 2023-03-01
        punkt: {n}
        beslutning: Sagen blev udsat.
"""


def _entry(count: int) -> str:
    words = {1: "et", 2: "to"}
    return _CMS_ENTRY.format(items="".join(_ITEM.format(n=n, word=words.get(n, str(n)))
                                           for n in range(1, count + 1)))


def test_a_long_yaml_list_in_the_front_matter_reads(tmp_path: Path) -> None:
    """Forty items of nested YAML lists under "punkter:" (hundreds of indented lines)
    read as forty items: the front matter's pattern no longer backtracks on them."""
    meeting = written_meeting(tmp_path, "entry.md", _entry(40))
    assert len(meeting.items) == 40
    assert [s.text for s in meeting.items[39].sections if s.name == "Beslutning"][0].startswith(
        "Godkendt som indstillet.")


def test_a_cms_entry_front_matter_is_the_meeting(tmp_path: Path) -> None:
    """The front matter's facts, people and items are the meeting; its "date" is the
    page's publication, "moedetidspunkt" the meeting's; the body's case text joins its
    item by number."""
    meeting = written_meeting(tmp_path, "entry.md", _entry(2))
    assert (meeting.municipality, meeting.committee) == ("Byby", "Miljøudvalget")
    assert (str(meeting.date), meeting.start_time) == ("2023-05-03", "15:00")
    assert meeting.doc_type == "referat"
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Anne Holm (A)": "deltog", "Bo Dam (V)": "afbud", "Carl Ravn (C)": "deltog"}
    second = meeting.items[1]
    sections = {s.name: s.text for s in second.sections}
    assert sections["Sagsfremstilling"] == "Teksten til sag to."
    assert sections["Beslutning"].startswith("Godkendt som indstillet.")
    assert second.votes["imod"] == ["Carl Ravn (C)"]
    assert [(str(h.date), h.punkt) for h in second.history] == [("2023-03-01", 2)]


_DOCUSAURUS = """\
---
id: mu-2023-05-03
sidebar_label: 3. maj 2023
last_update:
  date: 2023-05-09
---

# Miljøudvalget

**Dato:** Onsdag den 3. maj 2023, kl. 15.00
**Sted:** Lokale 2, Rådhuset

## Punkt 1 – Godkendelse af dagsorden

:::tip Beslutning
Godkendt.
:::

## Punkt 2 – Ny affaldsordning

### Tidligere behandling

<details>
<summary>Miljøudvalget 1. marts 2023, pkt. 4</summary>

Sagen blev udsat.

</details>

### Indstilling

Administrationen indstiller, at ordningen godkendes.

:::tip Beslutning
Indstillingen godkendt.

For stemte: A og C.
Imod stemte: V.
:::

## Punkt 3 – Lukket punkt: Køb af areal

:::danger Lukket punkt
Punktet er behandlet for lukkede døre.
:::

:::tip Beslutning
Godkendt.
:::
"""


def test_docusaurus_admonitions_are_sections(tmp_path: Path) -> None:
    """A fenced ":::tip Beslutning" is the item's decision, without its markers; the
    history inside `<details>` is the item's history; a ":::danger Lukket punkt" box
    closes the item and is no part of its decision."""
    meeting = written_meeting(tmp_path, "side.md", _DOCUSAURUS)
    decisions = [{s.name: s.text for s in item.sections}.get("Beslutning", "")
                 for item in meeting.items]
    assert [d.split("\n")[0] for d in decisions] == [
        "Godkendt.", "Indstillingen godkendt.", "Godkendt."]
    assert not any(":::" in s.text for item in meeting.items for s in item.sections)
    second = meeting.items[1]
    assert second.votes["for"] == ["A", "C"] and second.votes["imod"] == ["V"]
    assert [h.punkt for h in second.history] == [4]
    assert meeting.items[2].closed


_INFO = (
    '<table class="moedeinfo">'
    '<tbody>'
    '<tr>'
    '<td>'
    '<strong>Mødedato:</strong>'
    '</td>'
    '<td>Onsdag den 3. maj 2023</td>'
    '</tr>'
    '<tr>'
    '<td>'
    '<strong>Mødested:</strong>'
    '</td>'
    '<td>Rådhuset</td>'
    '</tr>'
    '</tbody>'
    '</table>'
)

_MEMBERS = (
    '<figure class="wp-block-table">'
    '<table>'
    '<tbody>'
    '<tr>'
    '<td>Anne Holm (A)</td>'
    '<td>Formand</td>'
    '</tr>'
    '<tr>'
    '<td>Bo Dam (V)</td>'
    '<td>'
    '</td>'
    '</tr>'
    '<tr>'
    '<td>Carl Ravn (C)</td>'
    '<td>'
    '<em>Afbud</em>'
    '</td>'
    '</tr>'
    '</tbody>'
    '</table>'
    '</figure>'
)

_FILE = (
    '<div class="wp-block-file">'
    '<a href="https://byby.dk/bilag.pdf">Bilag 1</a>'
    '<a href="https://byby.dk/bilag.pdf" class="wp-block-file__button" download>Download</a>'
    '</div>'
)
_WORDPRESS = f"""\
---
title: "Referat fra Økonomiudvalgets møde"
date: "2023-05-10"
---

**Byby Kommune
Økonomiudvalget**

{_INFO}

**Medlemmer:**

{_MEMBERS}

* * *

### 1\\. Regnskab 2022

<span style="text-decoration: underline;">**Sagsfremstilling:**</span>

Regnskabet viser et overskud.

<span style="text-decoration: underline;">**Indstilling:**</span>

Administrationen indstiller, at regnskabet godkendes.

**Beslutning:**
Anbefales.

{_FILE}

* * *

_Referatet er underskrevet af de tilstedeværende medlemmer._
"""


def test_wordpress_html_in_markdown(tmp_path: Path) -> None:
    """A members' table in a block editor's `<figure>` lists every member; underlined
    `<span>` labels head their sections; a file block after the decision and the
    signing footer are no decision text."""
    meeting = written_meeting(tmp_path, "indlaeg.md", _WORDPRESS)
    people = {p.name: p.status for p in meeting.participants}
    assert people == {"Anne Holm (A)": "deltog", "Bo Dam (V)": "deltog",
                      "Carl Ravn (C)": "afbud"}
    sections = {s.name: s.text for s in meeting.items[0].sections}
    assert sections["Sagsfremstilling"] == "Regnskabet viser et overskud."
    assert sections["Beslutning"] == "Anbefales."


_ZOLA = """\
+++
title = "Dagsorden – Miljøudvalget 3. maj 2023"
date = 2023-04-26

[extra]
kommune = "Byby Kommune"
+++

Dagsorden for møde i Miljøudvalget onsdag den 3. maj 2023 kl. 15.00 i Lokale 2, Rådhuset.

## 1. Godkendelse af dagsorden {#punkt-1}

### Indstilling

Administrationen indstiller, at dagsordenen godkendes.

## 2. Lukket punkt: Køb af areal {#punkt-2}

**Sagsnr.:** 23/200

{{ lukket(tekst="Punktet behandles for lukkede døre.") }}

## 3. Lukket punkt: Salg af areal {#punkt-3}

**Sagsnr.:** 23/300

{{< notice "lukket" >}}
Punktet behandles for lukkede døre.
{{< /notice >}}
"""


def test_site_shortcodes_and_the_front_matter_municipality(tmp_path: Path) -> None:
    """A Zola call and Hugo's paired markers are the text the page shows; the front
    matter's "kommune" is the municipality, not the file's name."""
    meeting = written_meeting(tmp_path, "side.md", _ZOLA)
    assert meeting.municipality == "Byby"
    assert not any("kommune taget fra filnavnet" in w for w in meeting.warnings)
    texts = [" ".join(s.text for s in item.sections) for item in meeting.items[1:]]
    assert all(t in ("", "Punktet behandles for lukkede døre.") for t in texts)
    assert [item.number for item in meeting.items] == [1, 2, 3]
    assert all(item.closed for item in meeting.items[1:])
