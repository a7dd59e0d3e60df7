using System.Text.Json;
using System.Text.Json.Serialization;
using Mesh.WebFrontend.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Live;

/// <summary>SignalR for live encounters: the hub, its limits and its JSON shape.</summary>
public static class LiveEncounterExtensions
{
    public const string HubPath = MeshAuthenticationDefaults.HubPathPrefix + "/encounters";

    public static IServiceCollection AddMeshLiveEncounters(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName);
        services.AddOptions<HubOptions>().Configure<IOptions<LiveOptions>>((hub, live) =>
        {
            // Set on purpose: one message holds at most one chunk (base64) or one request; the stream buffer holds
            // about two seconds of audio before SignalR stops reading the socket, which slows the sender.
            hub.MaximumReceiveMessageSize = live.Value.MaxMessageBytes;
            hub.StreamBufferCapacity = live.Value.StreamBufferCapacity;
            hub.MaximumParallelInvocationsPerClient = 2;
            hub.EnableDetailedErrors = live.Value.DetailedErrors;
        });
        services.AddSignalR()
            .AddJsonProtocol(json =>
            {
                json.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
                json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            });
        services.AddSingleton<EncounterEventRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<EncounterEventRelay>());
        services.AddSingleton<EncounterAudioDelivery>();
        services.AddSingleton<HubAudit>();
        return services;
    }

    public static IEndpointRouteBuilder MapMeshLiveEncounters(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<EncounterHub>(HubPath, hub =>
        {
            // Outgoing events (transcripts, speech audio) are buffered up to this much per connection before sends wait.
            hub.TransportMaxBufferSize = 1024 * 1024;
            hub.ApplicationMaxBufferSize = 1024 * 1024;
        });
        return endpoints;
    }
}
