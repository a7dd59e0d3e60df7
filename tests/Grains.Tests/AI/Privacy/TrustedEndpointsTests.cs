using Mesh.Grains.AI;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Tests.AI.Privacy;

public sealed class TrustedEndpointsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/v1", null, true)]
    [InlineData("http://localhost:11434/v1", null, true)]
    [InlineData("http://[::1]:8080/v1", null, true)]
    [InlineData("https://api.openai.com/v1", null, false)]
    [InlineData("http://10.0.0.5:8080/v1", null, false)]
    [InlineData("https://api.openai.com/v1", "true", true)]
    [InlineData("http://127.0.0.1:8080/v1", "false", false)]
    public void IsTrusted_DefaultsToLoopbackAndFollowsTheSetting(string baseUrl, string? trusted, bool expected)
    {
        var options = AiEndpointOptions.FromConfiguration(Configuration(baseUrl, trusted), AiCapabilities.Chat);

        Assert.Equal(expected, options.IsTrusted);
    }

    [Fact]
    public void Trusted_NotABoolean_IsRefusedNamingTheKey()
    {
        var error = Assert.Throws<FormatException>(() => AiEndpointOptions.FromConfiguration(Configuration("https://api.openai.com/v1", "yes"), AiCapabilities.Chat));

        Assert.Contains("Mesh:AI:Chat:Trusted", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string baseUrl, string? trusted) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mesh:AI:Chat:BaseUrl"] = baseUrl,
            ["Mesh:AI:Chat:Model"] = "m",
            ["Mesh:AI:Chat:Trusted"] = trusted,
        })
        .Build();
}
