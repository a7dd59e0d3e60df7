using System.Text.Json;
namespace Mesh.Runtime.Serialization;

/// <summary>Serializer contract.</summary>
public interface IMeshSerializer
{
    /// <summary>Serializes.</summary>
    byte[] SerializeToArray<T>(T value);

    /// <summary>Deserializes.</summary>
    T Deserialize<T>(ReadOnlySpan<byte> source);
}

/// <summary>Default serializer.</summary>
public sealed class JsonMeshSerializer : IMeshSerializer
{
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    /// <summary>Shared instance.</summary>
    public static JsonMeshSerializer Default { get; } = new();

    /// <inheritdoc />
    public byte[] SerializeToArray<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <inheritdoc />
    public T Deserialize<T>(ReadOnlySpan<byte> source) => JsonSerializer.Deserialize<T>(source, Options)!;
}

/// <summary>Copier.</summary>
public sealed class DeepCopier(IMeshSerializer serializer) : IDeepCopier
{
    /// <inheritdoc />
    public T Copy<T>(T value) => value is null || typeof(T).IsPrimitive || value is string ? value : serializer.Deserialize<T>(serializer.SerializeToArray(value));
}
