using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// The default <see cref="IMeshSerializer"/>: compact UTF-8 JSON written straight into the caller's buffer.
/// </summary>
/// <remarks>
/// <para>Round-trips records (positional and init-only), classes with settable properties and public fields,
/// collections (arrays, lists, read-only lists, sets, immutable arrays including default ones), dictionaries with
/// string, Guid, number or enum keys, enums (by name), nullable value types, dates and times (a
/// <see cref="DateTimeOffset"/> keeps its offset), <see cref="Guid"/>, <see cref="decimal"/>, and byte arrays and
/// byte memories (as base64).</para>
/// <para>Polymorphism: a value declared as an abstract class or interface is written with a <c>$type</c>
/// discriminator (the concrete type's full name) and read back as that concrete type, with no attributes needed.
/// The concrete types are those in the declared type's own assembly plus <see cref="MeshSerializerOptions.KnownTypes"/>;
/// a value of any other type fails to serialize with a message naming it. Generic derived types in that assembly
/// are closed over the declared type's arguments (a declared <c>Outcome&lt;int&gt;</c> finds
/// <c>Succeeded&lt;int&gt;</c>); other closed generics must be listed. Abstract types of the framework itself only
/// get listed types.</para>
/// <para>Not supported: a non-abstract base class is written as itself (derived members are lost) unless it carries
/// <c>[JsonPolymorphic]</c> and <c>[JsonDerivedType]</c>, which are honoured as they stand; a value declared as
/// <see cref="object"/> is written with its runtime shape but read back as a <see cref="JsonElement"/>, so declare
/// the real type; object graphs with cycles fail.</para>
/// <para>Payloads are stable: properties in a fixed order (a type's own before its base's), names as declared,
/// enums by name, non-ASCII text as UTF-8. The discriminator is part of that format: moving or renaming a concrete
/// type breaks payloads written before, and payloads from other writers must put <c>$type</c> first.</para>
/// <para>Metadata for each type is built once per instance and reused; share one instance.</para>
/// </remarks>
public sealed class JsonMeshSerializer : IMeshSerializer
{
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<Type, JsonTypeInfo> _typeInfos = new();

    // Held once so that a cache hit does not allocate a delegate for the method group.
    private readonly Func<Type, JsonTypeInfo> _resolveTypeInfo;

    /// <summary>Builds a serializer; prefer <see cref="Default"/> unless known types are needed.</summary>
    /// <param name="options">Known types for polymorphism; <see langword="null"/> means none.</param>
    public JsonMeshSerializer(MeshSerializerOptions? options = null)
    {
        _options = JsonOptionsFactory.Create(options?.KnownTypes ?? []);
        _resolveTypeInfo = _options.GetTypeInfo;
    }

    /// <summary>A shared serializer without extra known types.</summary>
    public static JsonMeshSerializer Default { get; } = new();

    /// <inheritdoc />
    public void Serialize<T>(T value, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var writer = JsonWriterCache.Rent(destination);
        try
        {
            JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        }
        finally
        {
            JsonWriterCache.Return(writer);
        }
    }

    /// <inheritdoc />
    public byte[] SerializeToArray<T>(T value)
    {
        var buffer = ScratchBuffer.Rent();
        try
        {
            Serialize(value, buffer);
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            ScratchBuffer.Return(buffer);
        }
    }

    /// <inheritdoc />
    public T Deserialize<T>(ReadOnlySpan<byte> source) => JsonSerializer.Deserialize(source, TypeInfo<T>())!;

    /// <inheritdoc />
    public T Deserialize<T>(ReadOnlySequence<byte> source)
    {
        if (source.IsSingleSegment)
        {
            return Deserialize<T>(source.FirstSpan);
        }

        var reader = new Utf8JsonReader(source);
        var value = JsonSerializer.Deserialize(ref reader, TypeInfo<T>())!;

        // The span overload rejects trailing content; reading past the value makes the sequence path agree.
        reader.Read();
        return value;
    }

    /// <inheritdoc />
    public void Serialize(object? value, Type declaredType, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(declaredType);
        ArgumentNullException.ThrowIfNull(destination);
        if (value is not null && !declaredType.IsInstanceOfType(value))
        {
            throw new ArgumentException($"A {value.GetType()} cannot be serialized as {declaredType}.", nameof(value));
        }

        var writer = JsonWriterCache.Rent(destination);
        try
        {
            JsonSerializer.Serialize(writer, value, TypeInfo(declaredType));
        }
        finally
        {
            JsonWriterCache.Return(writer);
        }
    }

    /// <inheritdoc />
    public object? Deserialize(ReadOnlySpan<byte> source, Type declaredType)
    {
        ArgumentNullException.ThrowIfNull(declaredType);
        return JsonSerializer.Deserialize(source, TypeInfo(declaredType));
    }

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)TypeInfo(typeof(T));

    private JsonTypeInfo TypeInfo(Type type) => _typeInfos.GetOrAdd(type, _resolveTypeInfo);
}
