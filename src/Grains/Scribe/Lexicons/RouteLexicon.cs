using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Routes of administration, reported by a canonical English code word that the summary translates.</summary>
internal static class RouteLexicon
{
    private const string Table = """
        oral: by mouth | orally | po | p.o | tablet | tablets | pill | pills | capsule | capsules | szájon át | tabletta | kapszula | szájon keresztül
        intravenous: iv | intravenously | i.v | drip | infusion | intravénás | intravénásan | vénásan | infúzió | infúzióban
        intramuscular: im | intramuscularly | injection in the muscle | izomba | intramuszkuláris | intramuszkulárisan
        subcutaneous: subcutaneously | subq | sc | under the skin | bőr alá | szubkután
        inhaled: inhaler | inhalation | puff | puffs | nebulizer | inhalál | inhalálja | pipa | inhalátor | spray
        topical: cream | ointment | gel | apply to the skin | krém | kenőcs | kenje
        sublingual: under the tongue | nyelv alá
        ophthalmic: eye drops | szemcsepp
        nasal: nasal spray | orrspray
        rectal: suppository | kúp | végbélkúp
        transdermal: patch | tapasz
        """;

    public static TermLexicon<string> Terms { get; } = new(SynonymTable.Parse(Table));
}
