using Mesh.Grains.AI;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>Options pointing a provider at a fake server, with a key the tests can look for.</summary>
public static class FakeAi
{
    public const string ApiKey = "sk-test-mesh-1234";

    public static AiEndpointOptions Options(FakeOpenAiServer server, string model = "fake-model", double timeoutSeconds = 5) => new()
    {
        BaseUrl = server.BaseUrl,
        Model = model,
        ApiKey = ApiKey,
        TimeoutSeconds = timeoutSeconds,
    };
}
