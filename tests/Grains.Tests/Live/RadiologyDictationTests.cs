using Mesh.Grains.Live;

namespace Mesh.Grains.Tests.Live;

public sealed class RadiologyDictationTests
{
    [Theory]
    [InlineData("", "the lungs are clear", "The lungs are clear.")]
    [InlineData("The lungs are clear.", "no pleural effusion", "The lungs are clear. No pleural effusion.")]
    [InlineData("The lungs are clear", "no pleural effusion period", "The lungs are clear. No pleural effusion.")]
    [InlineData("The lungs are clear,", "no effusion comma", "The lungs are clear. No effusion.")]
    [InlineData("Findings:", "the lungs are clear", "Findings: The lungs are clear.")]
    [InlineData("The lungs are clear.  \n", "new paragraph heart size normal", "The lungs are clear.\n\nHeart size normal.")]
    [InlineData("The lungs are clear.", "new line heart size normal", "The lungs are clear.\nHeart size normal.")]
    [InlineData("Is it stable?", "yes it is", "Is it stable? Yes it is.")]
    [InlineData("The lungs are clear", "period heart normal", "The lungs are clear. Heart normal.")]
    [InlineData("Nodule (4 mm", "close parenthesis", "Nodule (4 mm")]
    public void MergeFindings_AppendsTheDictationAsANewSentence(string current, string dictation, string expected)
    {
        Assert.Equal(expected, RadiologyDictation.MergeFindings(current, dictation));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("period")]
    [InlineData("comma new paragraph full stop")]
    [InlineData("open parenthesis close parenthesis")]
    public void MergeFindings_DictationWithoutWords_LeavesTheFindingsAlone(string dictation)
    {
        Assert.Equal("The lungs are clear", RadiologyDictation.MergeFindings("The lungs are clear", dictation));
    }

    [Fact]
    public void MergeFindings_UnicodeDictation_IsKeptIntact()
    {
        Assert.Equal("A tüdő tiszta. Éles szívárnyék, ø 4 mm.", RadiologyDictation.MergeFindings("A tüdő tiszta", "éles szívárnyék vessző ø 4 mm"));
    }

    [Fact]
    public void MergeFindings_ManyDictations_GrowTheFindingsInOrder()
    {
        var findings = string.Empty;
        for (var i = 1; i <= 2000; i++)
        {
            findings = RadiologyDictation.MergeFindings(findings, $"lesion {i} is stable");
        }

        Assert.StartsWith("Lesion 1 is stable. Lesion 2 is stable.", findings, StringComparison.Ordinal);
        Assert.EndsWith("Lesion 2000 is stable.", findings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("um the the brain is normal", "The brain is normal.")]
    [InlineData("no acute intracranial Intracranial abnormality", "No acute intracranial abnormality.")]
    [InlineData("Uh, stable appearance of the uh left renal cyst period", "Stable appearance of the left renal cyst.")]
    [InlineData("mild cardiomegaly comma um comma no effusion", "Mild cardiomegaly, no effusion.")]
    [InlineData("erm findings are are consistent with with pneumonia new line recommend follow up", "Findings are consistent with pneumonia\nRecommend follow up.")]
    [InlineData("öö a a tüdő tiszta", "A tüdő tiszta.")]
    [InlineData("nodule measuring 5 5 mm", "Nodule measuring 5 5 mm.")]
    [InlineData("patient sent from the ER with a 4 mm stone", "Patient sent from the ER with a 4 mm stone.")]
    [InlineData("I think that that is a cyst", "I think that that is a cyst.")]
    [InlineData("No no acute findings", "No acute findings.")]
    [InlineData("hmm", "")]
    [InlineData("um uh erm comma period", "")]
    [InlineData("", "")]
    public void CleanImpressions_RemovesFillersAndStuttersAndPunctuates(string dictation, string expected)
    {
        Assert.Equal(expected, RadiologyDictation.CleanImpressions(dictation));
    }
}
