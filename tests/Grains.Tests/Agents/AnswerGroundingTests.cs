using Mesh.Grains.Agents.Grounding;

namespace Mesh.Grains.Tests.Agents;

public sealed class AnswerGroundingTests
{
    private static readonly string[] Evidence = ["Claim CLM-1: total charge 150.00, service 2026-01-05. Diagnoses: E119. Medications of Anna: metformin 500 mg."];

    [Fact]
    public void FactsTheToolsReturned_AreShownAsTheyAre()
    {
        var (text, unverified) = AnswerGrounding.Check("The claim was for 150 on 2026-01-05 with E11.9. She takes metformin.", Evidence);

        Assert.Empty(unverified);
        Assert.DoesNotContain(AnswerGrounding.Mark, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The payer owes 420.00 more.", "420.00")]
    [InlineData("It was resubmitted on 2026-03-01.", "2026-03-01")]
    [InlineData("The right code is I10.", "I10")]
    [InlineData("She also takes lisinopril.", "lisinopril")]
    public void InventedFact_MarksItsSentenceOnly(string invented, string fact)
    {
        var (text, unverified) = AnswerGrounding.Check($"The claim was for 150.00. {invented}", Evidence);

        Assert.Equal([fact], unverified);
        Assert.StartsWith("The claim was for 150.00. " + AnswerGrounding.Mark, text, StringComparison.Ordinal);
    }
}
