using Mesh.Grains.AI;
using Mesh.Grains.AI.WhisperCpp;
using Mesh.Grains.Tests.Cluster;
using Mesh.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Audio;

namespace Mesh.Grains.Tests.AI.WhisperCpp;

/// <summary>How <c>Mesh:AI:SpeechToText:Provider</c> chooses the engine, and what a silo does with a bad model file.</summary>
public sealed class WhisperCppHostingTests : IDisposable
{
    private readonly TempDirectory _folder = new("mesh-whisper-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Provider_Whisper_registers_the_whisper_cpp_client_with_its_settings()
    {
        var path = _folder.Combine("tiny.bin");
        TinyWhisperModel.Write(path);
        using var provider = Build(new()
        {
            ["Mesh:AI:SpeechToText:Provider"] = "whisper",
            ["Mesh:AI:SpeechToText:ModelPath"] = path,
            ["Mesh:AI:SpeechToText:Threads"] = "1",
        });

        var client = Assert.IsType<WhisperCppSpeechToTextClient>(provider.GetRequiredService<ISpeechToTextClient>());

        Assert.Equal(path, client.ModelPath);
        Assert.Equal(1, client.Threads);
        Assert.Equal(WhisperCppSpeechToTextClient.ProviderName, client.GetService<SpeechToTextClientMetadata>()?.ProviderName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("OpenAI")]
    public void Any_other_provider_setting_keeps_the_OpenAI_compatible_endpoint(string? provider)
    {
        using var services = Build(new()
        {
            ["Mesh:AI:SpeechToText:Provider"] = provider,
            ["Mesh:AI:SpeechToText:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:SpeechToText:Model"] = "whisper-1",
            ["Mesh:AI:SpeechToText:ModelPath"] = _folder.Combine("ignored.bin"),
        });

        Assert.NotNull(services.GetRequiredService<ISpeechToTextClient>().GetService<AudioClient>());
    }

    [Fact]
    public void An_unknown_provider_is_refused_naming_the_choices()
    {
        using var provider = Build(new() { ["Mesh:AI:SpeechToText:Provider"] = "Whispr" });

        var error = Assert.Throws<ProviderNotConfiguredException>(provider.GetRequiredService<ISpeechToTextClient>);

        Assert.Contains("Mesh:AI:SpeechToText:Provider is 'Whispr'", error.Message);
        Assert.Contains("'Whisper'", error.Message);
    }

    [Fact]
    public void A_thread_count_that_is_not_a_positive_number_is_refused()
    {
        var configuration = Configuration(new() { ["Mesh:AI:SpeechToText:Threads"] = "0" });

        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperCppOptions.FromConfiguration(configuration));

        Assert.Contains("Mesh:AI:SpeechToText:Threads", error.Message);
    }

    [Fact]
    public async Task A_missing_model_file_stops_the_silo_naming_the_setting_and_the_file()
    {
        var path = _folder.Combine("models", "ggml-base.en.bin");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => MeshCluster.StartAsync(settings: Whisper(path)));

        var message = error.ToString();
        Assert.Contains("Mesh:AI:SpeechToText:ModelPath", message);
        Assert.Contains($"'{path}' does not exist", message);
    }

    [Fact]
    public async Task A_file_that_is_not_a_ggml_model_stops_the_silo()
    {
        var path = _folder.Combine("ggml-small.bin");
        File.WriteAllBytes(path, "GGUF\u0003\0\0\0"u8.ToArray());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => MeshCluster.StartAsync(settings: Whisper(path)));

        var message = error.ToString();
        Assert.Contains("Mesh:AI:SpeechToText:ModelPath", message);
        Assert.Contains("ggml magic", message);
        Assert.Contains("GGUF", message);
    }

    private static Dictionary<string, string?> Whisper(string path) => new()
    {
        ["Mesh:AI:SpeechToText:Provider"] = "Whisper",
        ["Mesh:AI:SpeechToText:ModelPath"] = path,
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddMeshAiProviders(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
