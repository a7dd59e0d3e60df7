using System.Text.Json;
using Mesh.Grains.Agents;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Chat;

/// <summary>
/// Chats with the agent team. Any clinic user may chat; what the team's tools read depends on the user's roles. A chat
/// belongs to the user who opened it: another user's or another clinic's chat id is 404.
/// </summary>
public static class ChatApi
{
    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/chats").WithTags("Chat").RequireAuthorization(ClinicPolicies.Chat);
        group.MapPost("/", OpenAsync).WithName("OpenChat").WithSummary("Open a chat with the agent team");
        group.MapGet("/{id}/messages", MessagesAsync).WithName("GetChatMessages").WithSummary("The chat's history").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/messages", AskAsync).WithName("AskChat")
            .WithSummary("Ask the team; the whole answer, or Server-Sent Events with Accept: text/event-stream")
            .Accepts<ChatMessageRequest>("application/json").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}/messages", ClearAsync).WithName("ClearChat").WithSummary("Forget the chat's history").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/memory", async ([AsParameters] ChatServices services) => TypedResults.Ok(new { facts = await services.Memory.GetAsync() }))
            .WithName("GetChatMemory").WithSummary("What the caller asked the team to remember");
        group.MapDelete("/memory", async ([AsParameters] ChatServices services) =>
        {
            await services.Memory.ForgetAsync();
            return TypedResults.NoContent();
        }).WithName("ForgetChatMemory").WithSummary("Forget what the caller asked the team to remember");
        group.MapGet("/notes", async ([AsParameters] ChatServices services) => TypedResults.Ok(new { notes = await services.Notes.GetAsync() }))
            .WithName("GetClinicNotes").WithSummary("The clinic's notes for every chat");
        group.MapPut("/notes", SetNotesAsync).RequireAuthorization(ClinicPolicies.ClinicNotes)
            .WithName("SetClinicNotes").WithSummary("Set the clinic's notes (admin)").ProducesValidationProblem();
        return api;
    }

    public static async Task<Created<object>> OpenAsync([AsParameters] ChatServices services)
    {
        var id = Guid.NewGuid().ToString("N");
        await services.Chat(id)!.OpenAsync(services.Caller);
        return TypedResults.Created($"{MeshWebFrontendExtensions.ApiPrefix}/chats/{id}", (object)new { id });
    }

    public static async Task<Results<Ok<IEnumerable<ChatEntryResponse>>, ProblemHttpResult>> MessagesAsync(string id, [AsParameters] ChatServices services)
    {
        var entries = services.Chat(id) is { } chat ? await chat.GetMessagesAsync(services.Caller) : null;
        return entries is null ? NotFound() : TypedResults.Ok(entries.Select(ChatEntryResponse.From));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> ClearAsync(string id, [AsParameters] ChatServices services) =>
        services.Chat(id) is { } chat && await chat.ClearAsync(services.Caller) ? TypedResults.NoContent() : NotFound();

    public static async Task<Results<NoContent, ValidationProblem>> SetNotesAsync(ClinicNotesBody body, [AsParameters] ChatServices services)
    {
        var notes = body.Notes ?? [];
        if (notes.Count > 50 || notes.Any(n => n is null || n.Length > 1000 || n.Any(c => char.IsControl(c) && c != '\n')))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["At most 50 notes of at most 1000 characters."] });
        }

        await services.Notes.SetAsync(notes);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> AskAsync(string id, ChatMessageRequest? request, [AsParameters] ChatServices services, CancellationToken ct)
    {
        var (question, errors) = ChatMessageValidator.Validate(request);
        if (question is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var http = services.Http;
        var outcome = await ChatAsking.AskAsync(
            services.Chat(id), services.User, id, question, services.Audit, http.Connection.RemoteIpAddress?.ToString(), http.GetCorrelationId(), ct);
        if (outcome.Turn is not { } turn)
        {
            return TypedResults.Problem(statusCode: outcome.Status, title: outcome.Status == StatusCodes.Status403Forbidden ? "Context not allowed" : "Not found", detail: outcome.Error);
        }

        var response = ChatTurnResponse.From(turn);
        if (!http.Request.Headers.Accept.Any(a => a?.Contains("text/event-stream", StringComparison.OrdinalIgnoreCase) == true))
        {
            return TypedResults.Ok(response);
        }

        return TypedResults.ServerSentEvents(
            ChatStream.Events(response).Select(e => new System.Net.ServerSentEvents.SseItem<ChatStreamEvent>(e, e.Type)).ToAsyncEnumerable());
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Chat not found", detail: "No chat with this id is yours in your clinic.");
}
