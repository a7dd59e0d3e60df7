using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Appeals;

namespace Mesh.Grains.Tests.Denials;

public sealed class LetterGroundingTests
{
    private static readonly AppealFacts Facts = SampleDenials.Facts([new ContractTerm("99214", null, 190m, 175m, new DateOnly(2025, 1, 1), null)]);

    private static UngroundedSentence? Check(params string[] paragraphs) =>
        LetterGrounding.FindUngrounded(new AppealLetter("Appeal of claim C100", paragraphs, "model:test"), AppealFactSheet.Of(Facts));

    [Theory]
    [InlineData(AppealKind.Authorization)]
    [InlineData(AppealKind.MedicalNecessity)]
    [InlineData(AppealKind.Coding)]
    [InlineData(AppealKind.TimelyFiling)]
    [InlineData(AppealKind.Underpayment)]
    [InlineData(AppealKind.Duplicate)]
    public void EveryTemplate_StatesOnlyItsFacts(AppealKind kind)
    {
        var letter = AppealTemplates.Write(kind, Facts);

        Assert.Null(LetterGrounding.FindUngrounded(letter, AppealFactSheet.Of(Facts)));
        Assert.Equal($"template:{kind}", letter.Author);
        var text = string.Join("\n", letter.Paragraphs);
        Assert.Contains("C100", letter.Subject);
        Assert.Contains("$1,450.00", text);
        Assert.Contains("CO-197", text);
        Assert.Contains("March 3, 2025", text);
        Assert.Contains("R-2025-0042, version 2", text);
        Assert.Contains("“Low back pain radiating", text);
    }

    [Fact]
    public void UnderpaymentTemplate_NamesTheContractedRateAndShortfall()
    {
        var text = string.Join("\n", AppealTemplates.Write(AppealKind.Underpayment, Facts).Paragraphs);

        Assert.Contains("99214: our contract allows $190.00, effective January 1, 2025; $175.00 was paid, $15.00 short", text);
    }

    [Fact]
    public void DenialReasonCodes_PickTheKind()
    {
        Assert.Equal(AppealKind.Authorization, AppealKinds.Infer(Facts));
        var underpaid = Facts with { Denial = Facts.Denial with { Lines = [] } };
        Assert.Equal(AppealKind.Underpayment, AppealKinds.Infer(underpaid));
    }

    [Fact]
    public void GroundedModelProse_Passes()
    {
        Assert.Null(Check(
            "On April 14, 2025 the payer denied 72148 (CO-197) on claim C100, billed at $1,450.00.",
            "Report R-2025-0042 states \"new foot weakness; MRI of the lumbar spine ordered urgently\".",
            "The diagnosis M54.50 and remark N54 support our request; we ask for payment within 30 days."));
    }

    [Theory]
    [InlineData("The payer paid only $1,500.00 of the charge.", "the amount $1,500.00")]
    [InlineData("The MRI was performed on March 4, 2025.", "the date March 4, 2025")]
    [InlineData("The MRI was performed on 2025-03-05 as ordered.", "the date 2025-03-05")]
    [InlineData("The service 72149 was medically necessary.", "the code 72149")]
    [InlineData("Authorization PA555123 was on file.", "the code PA555123")]
    [InlineData("The denial under CARC 50 is wrong.", "the reason code CARC 50")]
    [InlineData("The doctor wrote \"the patient could not walk at all\" in the report.", "the quotation \"the patient could not walk at all\"")]
    public void AnythingTheFactsDoNotHold_IsRefusedNamingTheSentence(string sentence, string unsupported)
    {
        var finding = Check("We appeal claim C100 for the services on March 3, 2025.", sentence + " Please reconsider.");

        Assert.NotNull(finding);
        Assert.Equal(sentence, finding.Sentence);
        Assert.Equal(unsupported, finding.Unsupported);
    }
}
