namespace Mesh.Runtime.Streams;

/// <summary>The rule for provider names, shared by silo and client registrations.</summary>
internal static class StreamProviderNames
{
    /// <summary>A name is not empty and holds no '/', which separates it from the namespace in queue grain keys.</summary>
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Stream provider name '{name}' must not contain '/'.", nameof(name));
        }
    }
}
