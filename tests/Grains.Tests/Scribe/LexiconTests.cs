using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Tests.Scribe;

public sealed class LexiconTests
{
    [Fact]
    public void DrugLexicon_HoldsSeveralHundredNames()
    {
        Assert.True(DrugLexicon.Names.Count >= 400, $"only {DrugLexicon.Names.Count} drug names");
    }

    [Fact]
    public void DiagnosisLexicon_HoldsAtLeastFortyCodedDiagnoses()
    {
        Assert.True(DiagnosisLexicon.Entries.Count >= 40);
        Assert.All(DiagnosisLexicon.Entries, e => Assert.Matches(@"^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$", e.Icd10));
    }

    [Fact]
    public void SymptomLexicon_EverySurfaceGroundsItsReportedName()
    {
        // The extractor reports the canonical name; the validator must find it in the words actually said.
        var failures = SymptomLexicon.Terms.Entries.Where(e => !KeyTerm.OccursIn(e.Value, e.Key)).Select(e => $"{e.Key} -> {e.Value}");

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("metformint", "metformin")]
    [InlineData("lizinoprillal", "lizinopril")]
    [InlineData("amlodipint", "amlodipin")]
    [InlineData("penicillinre", "penicillin")]
    public void DrugTerms_MatchHungarianInflections(string said, string name)
    {
        var match = Assert.Single(DrugLexicon.Terms.Find(TextFolding.Fold(said), Inflection.Hungarian));

        Assert.Equal(name, match.Value);
        Assert.Equal(said.Length, match.End);
    }

    [Theory]
    [InlineData("inzulinrezisztencia", "hu")]
    [InlineData("metformins", "hu")]
    [InlineData("metforminx", "en")]
    public void DrugTerms_DoNotMatchInsideUnrelatedWords(string said, string language)
    {
        Assert.Empty(DrugLexicon.Terms.Find(TextFolding.Fold(said + "q"), Inflection.For(language)));
    }

    [Fact]
    public void TextFolding_KeepsIndexesWhileRemovingAccents()
    {
        const string text = "Lázam nincs, ŐSZI köhögés";

        var folded = TextFolding.Fold(text);

        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("lazam nincs, oszi kohoges", folded);
    }
}
