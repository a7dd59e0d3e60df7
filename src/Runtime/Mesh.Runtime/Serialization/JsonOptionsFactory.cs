using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mesh.Runtime.Serialization;

/// <summary>Builds the frozen <see cref="JsonSerializerOptions"/> behind <see cref="JsonMeshSerializer"/>.</summary>
internal static class JsonOptionsFactory
{
    public static JsonSerializerOptions Create(IEnumerable<Type> knownTypes)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(new PolymorphismModifier(new DerivedTypeCatalog(knownTypes)).Apply);

        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            // Generated request types carry call arguments in public fields.
            IncludeFields = true,
            // A lab value of NaN must not make a whole grain state unreadable.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = JsonWriterCache.Options.Encoder,
        };

        // Names as declared, not a naming policy, so renaming a policy can never silently change stored payloads.
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new ImmutableArrayConverterFactory());
        options.Converters.Add(new GrainReferenceConverterFactory());
        options.MakeReadOnly();
        return options;
    }
}
