namespace Mesh.Grains.AI;

/// <summary>A language model that answers with JSON matching a schema.</summary>
public interface IChatCompletion
{
    /// <summary>Sends <paramref name="request"/> and returns the model's JSON answer (already checked to parse as JSON).</summary>
    Task<string> CompleteJsonAsync(ChatRequest request, CancellationToken ct);
}
