using System.Reflection;
using Mesh.Grains.Encounters;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Every type that crosses a grain call round-trips through Orleans' serializer and deep copier with every member
/// intact, and every grain interface, method and wire type carries a stable [Alias], so renaming a type or a method
/// does not break silos and clients of different builds talking to each other.
/// </summary>
public sealed class WireSerializationTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSerializer(serializer =>
        {
            foreach (var assembly in WireTypes.Assemblies)
            {
                serializer.AddAssembly(assembly);
            }
        })
        .BuildServiceProvider();

    public static TheoryData<string> WireTypeNames => [.. WireTypes.All.Select(t => t.FullName!)];

    [Fact]
    public void The_wire_types_are_found()
    {
        // Guards the reflection: if the scan found nothing, every theory below would pass vacuously.
        Assert.Contains(typeof(EncounterAudioChunk), WireTypes.All);
        Assert.Contains(typeof(TranscriptSegmentEvent), WireTypes.All);
        Assert.Contains(typeof(EncounterStateException), WireTypes.All);
        Assert.Contains(typeof(IEncounterObserver), WireTypes.GrainInterfaces);
        Assert.True(WireTypes.All.Count > 60, $"only {WireTypes.All.Count} wire types were found");
    }

    [Theory]
    [MemberData(nameof(WireTypeNames))]
    public void Type_carried_by_a_grain_call_has_an_Orleans_serializer(string typeName)
    {
        var type = WireTypes.ByName(typeName);

        Assert.True(type.IsDefined(typeof(GenerateSerializerAttribute), inherit: false), $"{type} crosses grain calls without [GenerateSerializer]");
    }

    [Theory]
    [MemberData(nameof(WireTypeNames))]
    public void Sample_round_trips_through_the_serializer_and_the_copier_with_every_member(string typeName)
    {
        var type = WireTypes.ByName(typeName);
        var sample = new WireSample().Create(type);
        Assert.Empty(WireSample.DefaultMembers(sample));

        foreach (var declared in DeclaredAs(type))
        {
            var serialized = Invoke(nameof(SerializeRoundTrip), declared, sample);
            Assert.True(StructuralDiff.Between(sample, serialized) is [], $"serialized as {declared.Name}: {string.Join("; ", StructuralDiff.Between(sample, serialized))}");
            // Orleans never deep-copies an exception (a failed call's response is immutable), and its generated exception
            // copiers find no base copier for BCL types such as InvalidOperationException; arguments and results are copied.
            if (sample is not Exception)
            {
                var copied = Invoke(nameof(CopyRoundTrip), declared, sample);
                Assert.True(StructuralDiff.Between(sample, copied) is [], $"copied as {declared.Name}: {string.Join("; ", StructuralDiff.Between(sample, copied))}");
            }
        }
    }

    [Fact]
    public void Events_of_every_kind_keep_their_kind_in_one_array()
    {
        var filler = new WireSample();
        var events = WireTypes.All.Where(t => t.IsSubclassOf(typeof(EncounterEvent)) && !t.IsAbstract)
            .Select(t => (EncounterEvent)filler.Create(t))
            .ToArray();
        Assert.Equal(8, events.Length);
        var serializer = Services.GetRequiredService<Serializer>();

        var back = serializer.Deserialize<EncounterEvent[]>(serializer.SerializeToArray(events))!;

        Assert.Equal(events.Select(e => e.GetType()), back.Select(e => e.GetType()));
        Assert.Empty(StructuralDiff.Between(events, back));
    }

    [Fact]
    public void Every_grain_interface_and_method_has_an_alias()
    {
        var missing = new List<string>();
        foreach (var grainInterface in WireTypes.GrainInterfaces)
        {
            if (AliasOf(grainInterface) is null)
            {
                missing.Add(grainInterface.FullName!);
            }

            missing.AddRange(grainInterface.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttribute<AliasAttribute>() is null)
                .Select(m => $"{grainInterface.FullName}.{m.Name}"));
            var methodAliases = grainInterface.GetMethods().Select(m => m.GetCustomAttribute<AliasAttribute>()?.Alias).OfType<string>().ToList();
            Assert.True(methodAliases.Count == methodAliases.Distinct().Count(), $"{grainInterface} uses a method alias twice");
        }

        Assert.Empty(missing);
        Assert.NotEmpty(WireTypes.GrainInterfaces);
    }

    [Fact]
    public void Every_serializable_type_has_a_unique_alias()
    {
        Assert.Empty(WireTypes.Serializable.Where(t => AliasOf(t) is null).Select(t => t.FullName));
        var aliases = WireTypes.Serializable.Concat(WireTypes.GrainInterfaces).Select(AliasOf).OfType<string>().ToList();
        Assert.Empty(aliases.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    // Declared on the type itself: a record's alias is inherited by reflection, but Orleans reads each type's own.
    private static string? AliasOf(Type type) => type.GetCustomAttribute<AliasAttribute>(inherit: false)?.Alias;

    /// <summary>Its own type, object (as a field of unknown type), and each Mesh base type (as EncounterEvent arrives).</summary>
    private static IEnumerable<Type> DeclaredAs(Type type)
    {
        yield return type;
        yield return typeof(object);
        for (var baseType = type.BaseType; baseType is not null && WireTypes.IsMesh(baseType); baseType = baseType.BaseType)
        {
            yield return baseType;
        }
    }

    private static object? Invoke(string method, Type declared, object sample) =>
        typeof(WireSerializationTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(declared).Invoke(null, [sample]);

    private static T? SerializeRoundTrip<T>(object value)
    {
        var serializer = Services.GetRequiredService<Serializer>();
        return serializer.Deserialize<T>(serializer.SerializeToArray((T)value));
    }

    private static T CopyRoundTrip<T>(object value) => Services.GetRequiredService<DeepCopier>().Copy((T)value);
}
