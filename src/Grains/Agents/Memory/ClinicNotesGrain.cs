namespace Mesh.Grains.Agents.Memory;

/// <summary>A clinic's notes for every chat; the WebFrontend lets only admins set them.</summary>
public sealed class ClinicNotesGrain([PersistentState("clinicNotes")] IPersistentState<ClinicNotesState> notes) : Grain, IClinicNotesGrain
{
    /// <inheritdoc />
    public async Task SetAsync(IReadOnlyList<string> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        notes.State.Notes = [.. list.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())];
        await notes.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. notes.State.Notes]);
}
