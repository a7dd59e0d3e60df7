using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Lets records keep an <see cref="ImmutableArray{T}"/> member at its default value: the built-in handling throws
/// on a default array, which would make any state with an unset list unserializable.
/// </summary>
internal sealed class ImmutableArrayConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ImmutableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}
