using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Writes an <see cref="ImmutableArray{T}"/> as a plain JSON array (elements keep their polymorphism) and a default
/// array as <c>null</c>, reading each back to the same state.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ImmutableArrayConverter<T> : JsonConverter<ImmutableArray<T>>
{
    private JsonTypeInfo<T[]?>? _arrayTypeInfo;

    public override bool HandleNull => true;

    public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        var items = JsonSerializer.Deserialize(ref reader, ArrayTypeInfo(options)) ?? [];
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options)
    {
        if (value.IsDefault)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, ImmutableCollectionsMarshal.AsArray(value), ArrayTypeInfo(options));
    }

    // Resolved on first use rather than in the constructor: the options are still being assembled when converters are created.
    private JsonTypeInfo<T[]?> ArrayTypeInfo(JsonSerializerOptions options) =>
        _arrayTypeInfo ??= (JsonTypeInfo<T[]?>)options.GetTypeInfo(typeof(T[]));
}
