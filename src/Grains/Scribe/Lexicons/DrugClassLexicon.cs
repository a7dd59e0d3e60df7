using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Drug classes an allergy is recorded against, with the names that stand for the class itself ("sulfa",
/// "penicillins") and its members. Cross-reactivity is kept to what prescribers are warned of routinely.
/// </summary>
internal static class DrugClassLexicon
{
    public sealed record DrugClass(string Name, IReadOnlyList<string> ClassNames, IReadOnlyList<string> Members);

    public static IReadOnlyList<DrugClass> Classes { get; } =
    [
        new("penicillins", ["penicillins", "penicillin", "beta-lactam", "beta lactam", "penicillin antibiotics"],
            ["penicillin", "penicillin v", "penicillin g", "amoxicillin", "amoxicillin clavulanate", "amoxicillin-clavulanate", "augmentin",
             "ampicillin", "dicloxacillin", "piperacillin", "flucloxacillin", "oxacillin", "nafcillin"]),
        new("cephalosporins", ["cephalosporins", "cephalosporin"],
            ["cephalexin", "cefadroxil", "cefuroxime", "cefdinir", "cefpodoxime", "ceftriaxone", "cefixime", "cefazolin", "cefaclor", "cefepime"]),
        new("sulfonamides", ["sulfonamides", "sulfonamide", "sulfa", "sulfa drugs", "sulpha", "szulfonamid"],
            ["sulfamethoxazole", "trimethoprim-sulfamethoxazole", "co-trimoxazole", "bactrim", "sulfasalazine", "sulfadiazine"]),
        new("nsaids", ["nsaids", "nsaid", "anti-inflammatories", "non-steroidal anti-inflammatory drugs"],
            ["ibuprofen", "naproxen", "diclofenac", "meloxicam", "celecoxib", "indomethacin", "ketorolac", "etoricoxib", "aspirin"]),
        new("opioids", ["opioids", "opioid", "opiates", "narcotics"],
            ["tramadol", "codeine", "morphine", "oxycodone", "hydrocodone", "hydromorphone", "fentanyl", "buprenorphine", "methadone", "tapentadol"]),
        new("fluoroquinolones", ["fluoroquinolones", "fluoroquinolone", "quinolones"],
            ["ciprofloxacin", "levofloxacin", "moxifloxacin", "ofloxacin"]),
        new("macrolides", ["macrolides", "macrolide"], ["azithromycin", "clarithromycin", "erythromycin"]),
        new("tetracyclines", ["tetracyclines"], ["doxycycline", "minocycline", "tetracycline"]),
    ];

    /// <summary>Class pairs that may cross-react: the allergy's class, then the drug's.</summary>
    public static IReadOnlySet<(string Allergy, string Drug)> CrossReactive { get; } = new HashSet<(string, string)>
    {
        ("penicillins", "cephalosporins"),
        ("cephalosporins", "penicillins"),
    };

    /// <summary>The classes a drug belongs to.</summary>
    public static IEnumerable<DrugClass> ClassesOfDrug(string drug)
    {
        var folded = TextFolding.Fold(drug);
        return Classes.Where(c => c.Members.Any(m => ContainsWord(folded, m)));
    }

    /// <summary>The classes a recorded allergen names or belongs to ("Allergy to penicillin", "Sulfa drugs", "amoxicillin").</summary>
    public static IEnumerable<DrugClass> ClassesOfAllergen(string allergen)
    {
        var folded = TextFolding.Fold(allergen);
        return Classes.Where(c => c.ClassNames.Concat(c.Members).Any(n => ContainsWord(folded, n)));
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="name"/> as whole words.</summary>
    public static bool ContainsWord(string text, string name)
    {
        var folded = TextFolding.Fold(name);
        for (var at = text.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = text.IndexOf(folded, at + 1, StringComparison.Ordinal))
        {
            var end = at + folded.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
