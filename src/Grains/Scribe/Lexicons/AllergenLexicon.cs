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

    public static TermLexicon<string> Terms { get; } = new(
        DrugLexicon.Names.Concat(DrugLexicon.Split(NonDrug)).Select(n => KeyValuePair.Create(n, n)));
}
