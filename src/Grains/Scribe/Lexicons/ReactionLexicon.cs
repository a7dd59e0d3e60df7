using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Allergic reactions, reported in the words of the canonical name on the left.</summary>
internal static class ReactionLexicon
{
    private const string Table = """
        rash: a rash | skin rash
        hives: broke out in hives
        anaphylaxis: anaphylactic shock | anaphylactic reaction | anaphylactic
        swelling: swollen | swells up | face swelled | lips swelled | throat swelled
        itching: itchy | itch
        trouble breathing: couldn't breathe | can't breathe | difficulty breathing
        wheezing: wheeze
        vomiting: threw up
        diarrhea: diarrhoea
        stomach upset: upset stomach
        blisters: blistering
        kiütés: kiütések | bőrkiütés
        csalánkiütés: csalánkiütések
        anafilaxia: anafilaxiás sokk | anafilaxiás reakció | anafilaxiás
        duzzanat: bedagad | megdagad | feldagad | duzzad
        viszketés: viszket
        nehézlégzés: fulladás | nem kap levegőt
        hányás: hány
        hasmenés
        """;

    public static TermLexicon<string> Terms { get; } = new(SynonymTable.Parse(Table));
}
