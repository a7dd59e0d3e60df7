using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Symptoms by the words patients use. Each canonical name shares its words (or their stems) with every
/// surface form, so the grounding check finds the name in the quote.
/// </summary>
internal static class SymptomLexicon
{
    private const string English = """
        cough: coughing | dry cough | productive cough | coughing up phlegm
        fever: fevers | feverish
        chills: the chills
        shivering: shivers
        headache: headaches | bad headache
        nausea: nauseous | nauseated
        vomiting: vomited | vomit
        throwing up: throw up
        diarrhea: diarrhoea
        loose stools
        constipation: constipated
        dizziness: dizzy
        lightheadedness: lightheaded
        vertigo
        shortness of breath: short of breath
        breathlessness: breathless
        difficulty breathing
        trouble breathing
        wheezing: wheeze | wheezy
        chest tightness: tightness in my chest | tight chest
        palpitations
        racing heart: heart racing
        fatigue: fatigued
        tiredness: tired | so tired | very tired
        exhaustion: exhausted
        weakness: weak
        sore throat: throat is sore
        runny nose: nose is running
        congestion: congested | nasal congestion
        stuffy nose
        sneezing: sneezes | sneeze
        earache
        stomach ache: stomachache
        heartburn
        acid reflux
        reflux
        loss of appetite: appetite loss
        poor appetite
        weight loss
        losing weight
        night sweats: sweating at night
        insomnia
        trouble sleeping
        blurred vision: blurry vision
        numbness: numb
        tingling
        dysuria
        burning on urination: burning urination
        painful urination: pain when urinating
        frequent urination: urinating frequently
        blood in urine: blood in my urine | blood in your urine
        trouble swallowing
        difficulty swallowing
        bleeding
        bruising: bruises
        bloating: bloated
        cramping: cramps
        rash: skin rash
        itching: itchy | itch
        swelling: leg swelling | ankle swelling | swelling in my legs
        swollen ankles
        swollen feet
        swollen legs
        sinus pressure: pressure in my sinuses
        phlegm
        sputum
        mucus
        fainting: fainted
        passed out
        confusion: confused
        thirst: thirsty | very thirsty
        muscle aches
        body aches
        pain
        """;

    private const string Hungarian = """
        köhögés: köhög | száraz köhögés | hurutos köhögés
        láz: lázas | belázasod
        hőemelkedés
        hidegrázás
        fejfájás
        hányinger: hányingerem
        hányás: hány | hányt
        hasmenés
        székrekedés
        szédülés: szédül
        nehézlégzés
        légszomj
        fulladás: fullad
        mellkasi fájdalom: mellkasi fájdalm
        mellkasfájdalom: mellkasfájdalm
        mellkasi nyomás: mellkasi nyomásérzés | nyomás a mellkas
        szívdobogásérzés: szívdobogás
        fáradtság: fáradt | fáradékonyság | fáradékony
        kimerültség: kimerült
        gyengeség: gyenge | gyengeségérzés
        torokfájás
        orrfolyás
        orrdugulás
        tüsszögés: tüsszög
        fülfájás
        hasi fájdalom: hasi fájdalm
        hasfájás
        gyomorfájás: gyomorfájdalom | gyomorfájdalm
        hátfájás: hátfájdalom | hátfájdalm
        derékfájás: derékfájdalom | derékfájdalm
        ízületi fájdalom: ízületi fájdalm
        térdfájdalom: térdfájás | térdfájdalm
        izomfájdalom: izomfájdalm | izomfájás
        kiütés: bőrkiütés
        viszketés: viszket
        duzzanat: duzzadt
        gyomorégés
        étvágytalanság
        fogyás: fogyott
        éjszakai izzadás: éjszakai izzad
        álmatlanság
        alvászavar
        homályos látás
        zsibbadás: zsibbad
        bizsergés: bizsereg
        égő érzés vizeléskor
        gyakori vizelés: gyakran vizel
        puffadás: puffad
        görcs: görcsök | hasgörcs
        szomjúság: szomjas
        ájulás
        fájdalom: fájdalm
        """;

    private static readonly string[] PainSites =
    [
        "chest", "stomach", "abdominal", "back", "lower back", "knee", "hip", "shoulder", "neck", "ear", "throat", "leg",
        "arm", "foot", "ankle", "wrist", "elbow", "joint", "belly", "side", "flank", "pelvic", "tooth", "jaw", "eye",
    ];

    public static TermLexicon<string> Terms { get; } = new(
        SynonymTable.Parse(English).Concat(SynonymTable.Parse(Hungarian)).Concat(SitePain()));

    /// <summary>"knee pain", "pain in my knee", "pain in the left knee": all reported as "knee pain".</summary>
    private static IEnumerable<KeyValuePair<string, string>> SitePain()
    {
        foreach (var site in PainSites)
        {
            var name = $"{site} pain";
            yield return KeyValuePair.Create(name, name);
            foreach (var owner in new[] { "my", "the", "his", "her", "my left", "my right", "the left", "the right" })
            {
                yield return KeyValuePair.Create($"pain in {owner} {site}", name);
            }
        }
    }
}
