using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Allergens: every drug of the drug lexicon, drug classes, foods and environmental triggers.</summary>
internal static class AllergenLexicon
{
    private const string NonDrug = """
        sulfa, sulfa drugs, sulfonamides, nsaids, penicillins, cephalosporins, opioids, iodine, contrast dye,
        contrast, latex, peanut, peanuts, tree nuts, nuts, walnuts, almonds, shellfish, shrimp, fish, egg, eggs, milk,
        dairy, soy, wheat, gluten, sesame, strawberries, pollen, grass pollen, ragweed, dust mites, dust, mold, cats,
        cat dander, dogs, bee stings, bees, wasps, insect stings, adhesive tape, nickel,
        szulfonamid, jód, kontrasztanyag, földimogyoró, mogyoró, dió, tenger gyümölcsei, garnélarák, tojás, tej,
        tejfehérje, szója, búza, glutén, szezám, eper, parlagfű, fűpollen, poratka, penész, macska, macskaszőr,
        kutyaszőr, méhcsípés, darázscsípés, darázs, nikkel
        """;

    private static readonly IReadOnlyList<string> Names = DrugLexicon.Names.Concat(DrugLexicon.Split(NonDrug)).ToList();

    public static TermLexicon<string> Terms { get; } = new(Names.Select(n => KeyValuePair.Create(n, n)));

    /// <summary>The allergens above plus those already on the patient's record, such as a brand name.</summary>
    public static TermLexicon<string> WithKnown(IEnumerable<string> known)
    {
        var extra = known.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList();
        return extra.Count == 0 ? Terms : new TermLexicon<string>(Names.Concat(extra).Select(n => KeyValuePair.Create(n, n)));
    }
}
