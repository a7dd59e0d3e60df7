using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Diagnoses common in primary care and the ICD-10-CM code suggested for each. Lines read
/// <c>code | English name | Hungarian name | other ways of saying it</c>; the codes are suggestions only.
/// </summary>
internal static class DiagnosisLexicon
{
    private const string Table = """
        I10 | hypertension | magas vérnyomás | high blood pressure | hipertónia | hypertonia | essential hypertension
        E11.9 | type 2 diabetes | 2-es típusú cukorbetegség | type two diabetes | diabetes | diabetes mellitus | cukorbetegség | diabétesz | cukorbaj | 2-es típusú diabétesz
        E10.9 | type 1 diabetes | 1-es típusú cukorbetegség | type one diabetes | 1-es típusú diabétesz
        J45.909 | asthma | asztma | asthmatic
        J20.9 | acute bronchitis | akut hörghurut | bronchitis | hörghurut | akut bronchitis
        J06.9 | upper respiratory infection | felső légúti fertőzés | upper respiratory tract infection | uri | felső légúti hurut
        J00 | common cold | nátha | a cold | head cold | megfázás
        N39.0 | urinary tract infection | húgyúti fertőzés | uti | bladder infection | húgyuti fertőzés
        N30.90 | cystitis | hólyaghurut | hólyaggyulladás
        N10 | pyelonephritis | vesemedence-gyulladás | kidney infection
        G43.909 | migraine | migrén | migraines
        G44.209 | tension headache | tenziós fejfájás | tension-type headache
        K21.9 | gastroesophageal reflux disease | reflux betegség | gerd | acid reflux disease | reflux disease | refluxbetegség
        J18.9 | pneumonia | tüdőgyulladás
        H66.90 | otitis media | középfülgyulladás | ear infection | middle ear infection | fülgyulladás
        J32.9 | sinusitis | arcüreggyulladás | sinus infection | melléküreg-gyulladás
        J02.0 | strep throat | streptococcus okozta torokgyulladás | streptococcal pharyngitis
        J02.9 | pharyngitis | torokgyulladás | garatgyulladás
        J03.90 | tonsillitis | mandulagyulladás
        J11.1 | influenza | influenza | flu | the flu
        U07.1 | covid-19 | covid-19 | covid | coronavirus | koronavírus
        J44.9 | chronic obstructive pulmonary disease | krónikus obstruktív tüdőbetegség | copd
        E78.5 | hyperlipidemia | magas koleszterinszint | high cholesterol | dyslipidemia | magas koleszterin | hiperlipidémia
        E03.9 | hypothyroidism | pajzsmirigy-alulműködés | underactive thyroid | hypothyreosis
        E05.90 | hyperthyroidism | pajzsmirigy-túlműködés | overactive thyroid | hyperthyreosis
        I48.91 | atrial fibrillation | pitvarfibrilláció | afib | a-fib
        I50.9 | heart failure | szívelégtelenség | congestive heart failure | chf
        I25.10 | coronary artery disease | koszorúér-betegség | cad | koszorúérbetegség
        I20.9 | angina | angina pectoris | angina pectoris
        D50.9 | iron deficiency anemia | vashiányos vérszegénység | iron deficiency anaemia
        D64.9 | anemia | vérszegénység | anaemia | anémia
        F32.A | depression | depresszió
        F41.9 | anxiety disorder | szorongásos zavar | anxiety | szorongás
        G47.00 | insomnia | inszomnia
        M54.50 | low back pain | deréktáji fájdalom | lumbago | lumbágó
        M54.30 | sciatica | isiász | ülőideg-gyulladás
        M19.90 | osteoarthritis | artrózis | arthritis | arthrosis | kopásos ízületi betegség
        M10.9 | gout | köszvény
        M81.0 | osteoporosis | csontritkulás | oszteoporózis
        K52.9 | gastroenteritis | gyomor-bélhurut | stomach bug | stomach flu | gasztroenteritisz | gyomorrontás
        K58.9 | irritable bowel syndrome | irritábilis bél szindróma | ibs | irritábilisbél-szindróma
        K64.9 | hemorrhoids | aranyér | haemorrhoids
        J30.9 | allergic rhinitis | allergiás nátha | hay fever | seasonal allergies | szénanátha | allergiás rhinitis
        H10.9 | conjunctivitis | kötőhártya-gyulladás | pink eye | kötőhártyagyulladás
        L03.90 | cellulitis | cellulitisz
        L30.9 | dermatitis | bőrgyulladás | eczema | ekcéma
        E66.9 | obesity | elhízás | obezitás
        N18.9 | chronic kidney disease | krónikus vesebetegség | ckd
        N20.0 | kidney stones | vesekő | kidney stone | nephrolithiasis
        H81.10 | benign paroxysmal positional vertigo | jóindulatú helyzeti szédülés | bppv
        R73.03 | prediabetes | prediabétesz
        B34.9 | viral infection | vírusfertőzés | virus | a virus
        S93.409A | ankle sprain | bokaficam | sprained ankle
        """;

    public static IReadOnlyList<DiagnosisEntry> Entries { get; } = Rows().Select(r => r.Entry).Distinct().ToList();

    public static TermLexicon<DiagnosisEntry> Terms { get; } = new(
        Rows().SelectMany(r => r.Surfaces.Select(s => KeyValuePair.Create(s, r.Entry))));

    /// <summary>The diagnoses above plus conditions on the patient's record, reported as the record words them.</summary>
    public static TermLexicon<DiagnosisEntry> WithKnown(IEnumerable<string> conditions)
    {
        var extra = conditions.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        return extra.Count == 0
            ? Terms
            : new TermLexicon<DiagnosisEntry>(Rows()
                .SelectMany(r => r.Surfaces.Select(s => KeyValuePair.Create(s, r.Entry)))
                .Concat(extra.Select(c => KeyValuePair.Create(c, new DiagnosisEntry(c, c, null)))));
    }

    private static IEnumerable<(DiagnosisEntry Entry, IEnumerable<string> Surfaces)> Rows()
    {
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            yield return (new DiagnosisEntry(cells[1], cells[2], cells[0]), cells.Skip(1));
        }
    }
}
