using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Claims;

/// <summary>How the claim grains write their state.</summary>
internal static class StateWrites
{
    /// <summary>
    /// Writes the state; when the write fails, the change lives only in the activation's memory, so the activation is
    /// dropped and the next call starts again from what is stored (a retried submission must not find itself
    /// "unchanged", a batch chunk whose progress was not written is redone).
    /// </summary>
    public static async Task WriteOrForgetAsync<T>(this IPersistentState<T> state, IGrainBase grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
