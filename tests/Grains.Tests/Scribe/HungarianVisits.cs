namespace Mesh.Grains.Tests.Scribe;

/// <summary>Hungarian doctor-patient visits written for these tests.</summary>
internal static class HungarianVisits
{
    public const string Bronchitis = """
        Orvos: Jó napot! Mi szél hozta ma?
        Beteg: Négy napja köhögök, és nagyon fáradt vagyok.
        Orvos: Volt láza?
        Beteg: Lázam nem volt, de torokfájásom van.
        Orvos: Szed valamilyen gyógyszert?
        Beteg: Igen, reggelente amlodipint szedek, 5 mg-ot.
        Orvos: Van valamilyen gyógyszerallergiája?
        Beteg: Igen, allergiás vagyok a penicillinre, csalánkiütést kapok tőle.
        Ápoló: A vérnyomása 135/85 Hgmm, a pulzusa 88, a testhőmérséklete 37,2 fok.
        Orvos: A tüdő felett szórt szörtyzörejt hallok, valószínűleg akut hörghurutról van szó.
        Orvos: Felírok Önnek azitromicint, 500 mg naponta egyszer, három napig.
        Orvos: Igyon sok folyadékot és pihenjen.
        Orvos: Kontroll két hét múlva, ha nem javul.
        """;

    public const string Hypertension = """
        Orvos: Hogy alakultak az otthoni vérnyomásértékei?
        Beteg: Sokszor 160 körül van a felső érték, és reggelente fejfájásom van.
        Beteg: Lizinoprilt szedek, napi 10 mg-ot.
        Orvos: Szédülés, mellkasi fájdalom?
        Beteg: Nem, olyan nincs.
        Ápoló: Vérnyomás 162/98 Hgmm, pulzus 76, testsúly 97 kg.
        Orvos: Önnek magas vérnyomás betegsége van, ami most nincs megfelelően beállítva.
        Orvos: A lizinoprilt emeljük napi 20 mg-ra.
        Orvos: Az ibuprofent kérem, hagyja abba, mert emeli a vérnyomást.
        Orvos: Kérek egy laborvizsgálatot a vesefunkció ellenőrzésére.
        Orvos: Kontroll egy hónap múlva.
        """;

    public const string Diabetes = """
        Orvos: Megnéztem az eredményeit, a HbA1c 8,4 százalék.
        Beteg: Metformint szedek naponta kétszer 1000 mg-ot, de hasmenésem van tőle.
        Orvos: Mióta tart a hasmenés?
        Beteg: Körülbelül két hete. Hányingerem nincs.
        Ápoló: Az éhgyomri vércukra ma 9,1 mmol/l volt, a testsúlya 101 kg.
        Orvos: Ez egy rosszul beállított 2-es típusú cukorbetegség.
        Orvos: A metformint hagyjuk abba, helyette elkezdjük a szitagliptint napi egyszer 100 mg-mal.
        Orvos: Két hét múlva kontroll, és beutalom dietetikushoz.
        """;

    public const string EarInfection = """
        Orvos: Mi a panasz?
        Anya: A kislányom tegnap óta fülfájásra panaszkodik, és éjjel belázasodott.
        Ápoló: A testhőmérséklete 38,6 fok, a pulzusa 124.
        Orvos: Hányt?
        Anya: Nem.
        Orvos: Allergiás valamire?
        Anya: Nem tudunk gyógyszerallergiáról.
        Orvos: A bal dobhártya vörös és elődomborodik, ez egy középfülgyulladás.
        Orvos: Felírok amoxicillint, 400 mg naponta kétszer tíz napig, lázra és fájdalomra ibuprofen szirupot adhat szükség esetén.
        Orvos: Ha két nap múlva is lázas, jöjjön vissza.
        """;

    public const string Thyroid = """
        Beteg: Azért jöttem, mert mostanában nagyon fáradékony vagyok és hízok.
        Orvos: Milyen gyógyszereket szed?
        Beteg: Levotiroxint szedek, 50 mikrogrammot reggel, és D-vitamint.
        Orvos: Van allergiája?
        Beteg: Igen, latex-allergiám van, attól kiütéses lesz a bőröm.
        Ápoló: Oxigénszaturáció 98%, testmagasság 165 cm, testsúly 74 kg.
        Orvos: Szerintem a pajzsmirigy-alulműködése nincs megfelelően kezelve.
        Orvos: A levotiroxint emeljük napi 75 mikrogrammra.
        Orvos: Hat hét múlva kérek egy TSH vérvételt, utána kontroll.
        """;

    public const string AceInhibitorCough = """
        Beteg: Két hete száraz köhögésem van, amióta az enalaprilt szedem.
        Orvos: Nehézlégzése, mellkasi fájdalma van?
        Beteg: Nincs.
        Orvos: Vérnyomás 128/80 Hgmm, szaturáció 97%.
        Orvos: A köhögést valószínűleg az enalapril okozza.
        Orvos: Az enalapril helyett valzartánt írok fel, napi egyszer 80 mg.
        Orvos: Ha a köhögés négy hét alatt nem szűnik meg, beutalom tüdőgyógyászatra.
        Orvos: Kontroll egy hónap múlva.
        """;

    public const string LowBackPain = """
        Beteg: Három napja erős derékfájásom van, főleg hajoláskor.
        Orvos: Zsibbadást, gyengeséget érez a lábában?
        Beteg: Nem.
        Orvos: Volt láza?
        Beteg: Nem volt lázam.
        Orvos: A beteg tagadja a hasi fájdalmat.
        Beteg: A diklofenákot abbahagytam, mert fájt tőle a gyomrom.
        Orvos: A diagnózis lumbágó, gyulladásos jelek nincsenek.
        Orvos: Felírok paracetamolt, 1 g naponta háromszor, és lefekvés előtt 2 mg tizanidint.
        Orvos: Kerülje a nehéz emelést, és ha két héten belül nem javul, beutalom ortopédiára.
        Orvos: Kontroll két hét múlva.
        """;
}
