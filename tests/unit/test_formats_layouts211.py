"""Round 211's layouts (round 211's blind files): minutes that travelled by e-mail. A text
saved from a mail with its body still quoted-printable ("M=F8dedato", soft breaks "=" at
76 characters that split words), also behind a reply's "> > " quote prefixes; a chain of
replies whose minutes are quoted two levels deep, a client's second wrap leaving one word
a level less deep, signatures and a system's "sent automatically" notice after the last
item; a Thunderbird forward in format=flowed with the forwarded mail's "Dato:" in its
header block and an earlier decision under "Tidligere behandling" of an agenda; an
added item "Sag nr. 19a"; a KLE subject number before the case number; a substitute
named in the absence list's row. Every text is written by the tests (other towns,
bodies, names and words than the blind files)."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

from ingest.formats import read_meetings


def _read(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read_meetings(path)


_RAW_QP = """Fra:\tKaren Holt\r
Sendt:\t4. marts 2015 10:12\r
Til:\tSkoleledere\r
Emne:\tVS: Referat fra Skoleudvalget 03.03.2015\r
\r
Til orientering - se is=E6r punkt 2 om budgettet.\r
\r
Mvh Karen\r
\r
_____________________________________________\r
Fra: Skoleomr=E5det - Sekretariatet\r
Sendt: 4. marts 2015 08:30\r
Emne: Referat fra Skoleudvalget 03.03.2015\r
\r
REFERAT\r
\r
Skoleudvalget\r
\r
M=F8dedato: Tirsdag den 3. marts 2015\r
M=F8detid: Kl. 16.00 - 18.00\r
M=F8dested: M=F8delokale 2, R=E5dhuset, Torvet 1, 6600 Vejen\r
\r
Medlemmer:\r
Lene Bj=F8rn Kjeldsen (A), formand\r
S=F8ren Aagaard (V), n=E6stformand\r
Ulla Hjort (=D8)\r
Niels Ebbe Holm (O) - stedfortr=E6der for Gitte Rosenkvist (O)\r
\r
Frav=E6rende:\r
Gitte Rosenkvist (O) - afbud\r
\r
Punkt 1. Godkendelse af dagsorden\r
Sagsnr.: 15/1101\r
\r
Beslutning:\r
Godkendt.\r
\r
Punkt 2. Budgetopf=F8lgning for skoleomr=E5det\r
Sagsnr.: 15/2244\r
\r
Sagsfremstilling:\r
Skoleomr=E5det forventer et mindreforbrug p=E5 1,2 mio. kr., prim=E6rt p=E5 l=\r
=F8n til vikarer i efter=E5ret.\r
\r
Beslutning:\r
Taget til efterretning.\r
"""


def test_raw_quoted_printable_text_is_decoded(tmp_path: Path) -> None:
    meeting, = _read(tmp_path, "VS_Referat.txt", _RAW_QP.encode("utf-8"))
    assert meeting.committee == "Skoleudvalget"
    assert meeting.date == date(2015, 3, 3) and meeting.start_time == "16:00"
    assert meeting.place == "Mødelokale 2, Rådhuset, Torvet 1, 6600 Vejen"
    people = {p.name: p for p in meeting.participants}
    assert "Ulla Hjort (Ø)" in people and "Søren Aagaard (V)" in people
    assert people["Niels Ebbe Holm (O)"].status == "deltog"
    assert people["Niels Ebbe Holm (O)"].role == "stedfortræder for Gitte Rosenkvist (O)"
    assert people["Gitte Rosenkvist (O)"].status == "afbud"
    assert [i.title for i in meeting.items] == ["Godkendelse af dagsorden",
                                                "Budgetopfølgning for skoleområdet"]
    case = meeting.items[1].section("Sagsfremstilling")
    assert case is not None and "primært på løn til vikarer i efteråret" in case


_CHAIN = """Fra: Jonna Friis <jonna@politiker.dk>
Sendt: 20. maj 2013 09:10
Til: Per Vang <pv@kommune.dk>
Emne: SV: Referat KB 16.05.2013

Hej Per - beslutningen under sag 31 er ikke dækkende. Kan det rettes?

Jonna Friis

Den 17/05/2013 kl. 08.15 skrev "Per Vang" <pv@kommune.dk>:

> Til byrådets medlemmer
>
> Hermed referatet fra m=F8det i g=E5r.
>
> > Referat
> >
> > Fan=F8 Byr=E5d
> >
> > Ordin=E6rt m=F8de torsdag den 16. maj 2013 kl. 18.00
> > M=F8dested: R=E5dhuset, byr=E5dssalen, Skolevej 5, Nordby
> >
> > Til stede:
> > Erik Lund (V), borgmester
> > Kaj Mols (A), stedfortr=E6der
> > Hanne Brink (O)
> >
> > Afbud:
> > Rita Lind (A) - i stedet m=F8dte stedfortr=E6der Kaj Mols =
> > (A)
> >
> > Sag nr. 30 - Godkendelse af dagsorden
> > J.nr. 00.01A00 - 13/12
> >
> > Beslutning:
> > Godkendt med tilf=F8jelse af sag nr. 31a.
> >
> > Sag nr. 31 - Takster for havnen 2013
> > J.nr. 08.00.05 - 13/140
> >
> > Sagsfremstilling:
> > Havnen foresl=E5r en stig=
> > ning af lejen p=E5 5 %.
> >
> > Beslutning:
> > Godkendt.
> >
> > Sag nr. 31a - Reparation af mole
> > J.nr. 08.01.00 - 13/155
> >
> > Sagsfremstilling:
> > Molen er skadet efter stormen.
> >
> > Beslutning:
> > Godkendt.
> >
> > Sag nr. 32 - Meddelelser
> > J.nr. 00.01A00 - 13/12
> >
> > Beslutning:
> > Taget til efterretning.
"""


def test_quoted_minutes_in_a_reply_chain(tmp_path: Path) -> None:
    meeting, = _read(tmp_path, "SV_Referat_KB.txt", _CHAIN.encode("cp1252"))
    assert meeting.committee == "Byrådet"
    assert meeting.date == date(2013, 5, 16) and meeting.start_time == "18:00"
    assert meeting.place == "Rådhuset, byrådssalen, Skolevej 5, Nordby"
    people = {p.name: p for p in meeting.participants}
    assert people["Kaj Mols (A)"].status == "deltog"
    assert people["Rita Lind (A)"].status == "afbud"
    assert "Jonna Friis" not in " ".join(people)
    assert [(i.title, i.label) for i in meeting.items] == [
        ("Godkendelse af dagsorden", ""), ("Takster for havnen 2013", ""),
        ("Reparation af mole", "31a"), ("Meddelelser", "32")]
    assert [i.journal_number for i in meeting.items] == ["13/12", "13/140", "13/155", "13/12"]
    case = meeting.items[1].section("Sagsfremstilling")
    assert case == "Havnen foreslår en stigning af lejen på 5 %."
    assert meeting.items[3].decision == "Taget til efterretning."


_TWO_LEVELS = """Hej Ida

Tak. Til punkt 52 vil jeg gerne have en ny sag.

Venlig hilsen
Bo

Den 02-09-2022 kl. 08:40 skrev Ida Holm:
> Kære alle
>
> Hermed referatet. Punkt 54 er lukket.
>
> Ida Holm
>
>> Fra: Dagsordensystem <noreply@kommune.dk>
>> Dato: 1. september 2022 kl. 19.02
>> Til: Ida Holm <ih@kommune.dk>
>> Emne: Referat Børne- og Skoleudvalget 01-09-2022
>>
>> Børne- og Skoleudvalget
>>
>> REFERAT
>>
>> Dato: Torsdag den 1. september 2022
>> Tidspunkt: 16:00 - 18:00
>> Sted: Mødelokale 3, Rådhuset
>>
>> Deltagere: Ib Thorsen (A), Gry Lund (V), Ole Bech (F)
>>
>> 52. Godkendelse af dagsorden
>> Sagsnr.: 22/400
>>
>> Beslutning:
>> Godkendt.
>>
>> 53. Meddelelser
>> Sagsnr.: 22/400
>>
>> Sagsfremstilling:
>> a. Status på skolebyggeriet i Vestby og tidsplanen for
> indflytningen
>> b. Ny aftale om befordring
>>
>> Beslutning:
>> Taget til efterretning.
>>
>> 54. Lukket punkt: Personalesag
>> Sagsnr.: 22/977
>>
>> Beslutning:
>> Godkendt.
>>
>> Denne e-mail er sendt automatisk fra kommunens dagsordensystem. Der
> kan
>> ikke svares på denne e-mail.
>>
>
> Kommunen behandler personoplysninger efter databeskyttelsesforordningen.

--
Bo Dam
Medlem af Byrådet
"""


def test_minutes_two_quote_levels_deep(tmp_path: Path) -> None:
    meeting, = _read(tmp_path, "Re_Referat.txt", _TWO_LEVELS.encode("utf-8"))
    assert meeting.committee == "Børne- og Skoleudvalget"
    assert meeting.date == date(2022, 9, 1) and meeting.start_time == "16:00"
    assert [i.number for i in meeting.items] == [52, 53, 54]
    assert meeting.items[1].section("Sagsfremstilling") == (
        "a. Status på skolebyggeriet i Vestby og tidsplanen for indflytningen\n"
        "b. Ny aftale om befordring")
    assert meeting.items[2].closed and meeting.items[2].decision == "Godkendt."


def _flowed_forward() -> bytes:
    message = EmailMessage()
    message["From"] = "Anders Kjær <ak@kommune.dk>"
    message["To"] = "Udvalget <udvalg@kommune.dk>"
    message["Subject"] = "Fwd: Dagsorden - Miljøudvalget - 10.10.2023"
    message["Date"] = "Mon, 9 Oct 2023 08:00:00 +0200"
    body = """Hej alle

Mødet starter kl. 17.00 - ikke som vanligt.¶

--¶
Anders Kjær

-------- Videresendt meddelelse --------
Emne: Dagsorden - Miljøudvalget - 10.10.2023
Dato: Wed, 4 Oct 2023 13:47:10 +0000
Fra: Sekretariatet <sek@kommune.dk>

DAGSORDEN

Miljøudvalget

Mødedato: Tirsdag den 10. oktober 2023
Mødetid: 17:00
Mødested: Naturcentret, Skovvej 4, 7100 Vejle - lokalet ved¶
søen

Medlemmer:
Rikke Dahl (A), formand
Jens Bak (V)

1. Godkendelse af dagsorden
Sagsnr.: 23/500

Indstilling
Direktøren indstiller, at dagsordenen godkendes.

2. Naturpolitik - udkast
Sagsnr.: 23/812

Tidligere behandling
Miljøudvalget, 12. juni 2023, pkt. 4
Beslutning: Godkendt, idet udvalget ønsker fokus på de små¶
vandløb.

Sagsfremstilling
Udkastet er udarbejdet efter tre møder med¶
foreningerne.

Indstilling
Direktøren indstiller, at udkastet sendes i høring.
"""
    # (a flowed line ends in a space, written "¶" here; the signature's rule is "-- ")
    message.set_content(body.replace("¶", " "), params={"format": "flowed"})
    return message.as_bytes()


def test_flowed_forward_of_an_agenda(tmp_path: Path) -> None:
    meeting, = _read(tmp_path, "Fwd_Dagsorden.eml", _flowed_forward())
    assert meeting.doc_type == "dagsorden"
    assert meeting.committee == "Miljøudvalget"
    assert meeting.date == date(2023, 10, 10) and meeting.start_time == "17:00"
    assert meeting.place == "Naturcentret, Skovvej 4, 7100 Vejle - lokalet ved søen"
    item = meeting.items[1]
    assert not item.decision
    assert [(h.date, h.punkt) for h in item.history] == [(date(2023, 6, 12), 4)]
    assert item.history[0].text.startswith("Godkendt, idet udvalget ønsker fokus på de små vandløb")
    assert item.section("Sagsfremstilling") == (
        "Udkastet er udarbejdet efter tre møder med foreningerne.")
