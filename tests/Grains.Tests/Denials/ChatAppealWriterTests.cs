using Mesh.Grains.AI;
using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Appeals;
using Mesh.Grains.Tests.Fakes;

namespace Mesh.Grains.Tests.Denials;

/// <summary>Appeal letters written by a chat model over the OpenAI wire protocol, held to their facts.</summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class ChatAppealWriterTests(FakeOpenAiServer server) : FakeOpenAiTest(server)
{
    private ChatAppealWriter Writer()
    {
        // A loopback endpoint is trusted: the facts' dates go out and come back unshifted, so the fake can answer with them.
        var settings = FakeAi.Settings(Server, timeoutSeconds: 2, maxRetries: 0, capabilities: [AiCapabilities.Chat]);
        return new ChatAppealWriter(Services(settings).Chat());
    }

    private static string Answer(params string[] paragraphs) =>
        System.Text.Json.JsonSerializer.Serialize(new { subject = "Appeal of claim C100: authorization", paragraphs });

    [Fact]
    public async Task GroundedLetter_IsKept_AndTheModelSawTheFacts()
    {
        Server.Responses.ChatContent = _ => Answer(
            "We appeal the denial of 72148 on claim C100 (payer claim PAY-778899), billed at $1,450.00 and denied under CO-197.",
            "Report R-2025-0042, version 2, states: \"new foot weakness; MRI of the lumbar spine ordered urgently\".");

        var letter = await Writer().WriteAsync(AppealKind.Authorization, SampleDenials.Facts(), CancellationToken.None);

        Assert.Equal(2, letter.Paragraphs.Count);
        Assert.Equal("model:fake-model", letter.Author);
        var request = Assert.Single(Server.Requests).Json!.ToJsonString();
        Assert.Contains("72148", request);
        Assert.Contains("R-2025-0042", request);
        Assert.Contains("appeal_letter", request);
    }

    [Fact]
    public async Task LetterWithAnInventedAmount_IsRefusedNamingTheSentence()
    {
        Server.Responses.ChatContent = _ => Answer(
            "We appeal the denial of claim C100.",
            "The payer owes the clinic $2,900.00 for the MRI. Please pay it.");

        var refused = await Assert.ThrowsAsync<AppealLetterRefusedException>(
            () => Writer().WriteAsync(AppealKind.Authorization, SampleDenials.Facts(), CancellationToken.None));

        Assert.Equal("The payer owes the clinic $2,900.00 for the MRI.", refused.Sentence);
        Assert.Equal("the amount $2,900.00", refused.Unsupported);
        Assert.Contains(refused.Sentence, refused.Message);
    }

    [Fact]
    public async Task AnswerWithoutParagraphs_IsAProviderError()
    {
        Server.Responses.ChatContent = _ => """{"subject":"Appeal"}""";

        await Assert.ThrowsAsync<ProviderResponseException>(
            () => Writer().WriteAsync(AppealKind.Authorization, SampleDenials.Facts(), CancellationToken.None));
    }
}
