using System.Text.Json;
using System.Text.Json.Serialization;
using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Writes a grain or observer reference (an argument typed as a grain or observer interface) as its grain id, and
/// reads it back as a proxy bound to the receiving process's invoker (see <see cref="GrainReferenceScope"/>).
/// </summary>
internal sealed class GrainReferenceConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsInterface && (typeof(IGrain).IsAssignableFrom(typeToConvert) || typeof(IGrainObserver).IsAssignableFrom(typeToConvert))
        && typeToConvert != typeof(IGrain) && typeToConvert != typeof(IGrainObserver);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ReferenceConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class ReferenceConverter<T> : JsonConverter<T>
        where T : class
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            string? type = null, key = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "type")
                {
                    type = reader.GetString();
                }
                else if (name == "key")
                {
                    key = reader.GetString();
                }
            }

            var invoker = GrainReferenceScope.Current
                ?? throw new JsonException($"A reference to {typeof(T).Name} can only be read where calls can be made (a silo or a cluster client).");
            var id = new GrainId(type ?? throw new JsonException("A grain reference has no type."), key ?? throw new JsonException("A grain reference has no key."));
            return (T)GrainInterfaceRegistry.Get(typeof(T)).CreateProxy(id, invoker);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (value is not GrainProxy proxy)
            {
                throw new JsonException($"Only references made by the runtime can cross the wire as {typeof(T).Name}; pass a proxy, not the object.");
            }

            writer.WriteStartObject();
            writer.WriteString("type", proxy.GrainId.Type);
            writer.WriteString("key", proxy.GrainId.Key);
            writer.WriteEndObject();
        }
    }
}
