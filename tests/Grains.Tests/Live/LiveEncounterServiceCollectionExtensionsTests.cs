using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Live;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Live;

public sealed class LiveEncounterServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMeshLiveEncounterServices_NoChatModel_RegistersOfflineImplementations()
    {
        using var provider = Build([]);

        Assert.IsType<PatternVoiceCommandDetector>(provider.GetRequiredService<IVoiceCommandDetector>());
        Assert.IsType<OfflineRadiologyEditor>(provider.GetRequiredService<IRadiologyEditor>());
        Assert.Equal(new VoiceActivityOptions(), provider.GetRequiredService<VoiceActivityOptions>());
    }

    [Fact]
    public void AddMeshLiveEncounterServices_ChatModelConfigured_RegistersChatImplementations()
    {
        using var provider = Build(new()
        {
            ["Mesh:AI:Chat:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:Chat:Model"] = "gpt-4o-mini",
        });

        Assert.IsType<ChatVoiceCommandDetector>(provider.GetRequiredService<IVoiceCommandDetector>());
        Assert.IsType<ChatRadiologyEditor>(provider.GetRequiredService<IRadiologyEditor>());
    }

    [Fact]
    public void AddMeshLiveEncounterServices_VoiceActivitySettings_AreBound()
    {
        using var provider = Build(new() { ["Mesh:Live:VoiceActivity:HangoverMilliseconds"] = "800" });

        Assert.Equal(TimeSpan.FromMilliseconds(800), provider.GetRequiredService<VoiceActivityOptions>().Hangover);
    }

    [Fact]
    public void AddMeshLiveEncounterServices_BadVoiceActivitySetting_FailsAtRegistration()
    {
        var configuration = Configuration(new() { ["Mesh:Live:VoiceActivity:PostRollMilliseconds"] = "900" });

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddMeshLiveEncounterServices(configuration));

        Assert.Contains("PostRoll", error.Message);
    }

    [Fact]
    public void AddMeshLiveEncounterServices_EarlierRegistrations_Win()
    {
        var services = new ServiceCollection();
        var detector = new PatternVoiceCommandDetector();
        var options = new VoiceActivityOptions { Hangover = TimeSpan.FromSeconds(1) };
        services.AddSingleton<IVoiceCommandDetector>(detector);
        services.AddSingleton(options);
        services.AddSingleton<IChatClient>(new UnconfiguredChatClient());

        using var provider = services.AddMeshLiveEncounterServices(Configuration(new()
        {
            ["Mesh:AI:Chat:BaseUrl"] = "http://127.0.0.1:9/v1",
            ["Mesh:AI:Chat:Model"] = "gpt-4o-mini",
        })).BuildServiceProvider();

        Assert.Same(detector, provider.GetRequiredService<IVoiceCommandDetector>());
        Assert.Same(options, provider.GetRequiredService<VoiceActivityOptions>());
        Assert.IsType<OfflineRadiologyEditor>(provider.GetRequiredService<IRadiologyEditor>());
    }

    [Fact]
    public void Selectors_ChooseByWhetherTheChatModelIsConfigured()
    {
        var unconfigured = new UnconfiguredChatClient();

        Assert.IsType<PatternVoiceCommandDetector>(LiveEncounterSelectors.VoiceCommandDetector(unconfigured));
        Assert.IsType<OfflineRadiologyEditor>(LiveEncounterSelectors.RadiologyEditor(unconfigured));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddMeshLiveEncounterServices(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
