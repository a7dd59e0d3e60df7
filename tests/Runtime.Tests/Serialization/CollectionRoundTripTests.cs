using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class CollectionRoundTripTests
{
    private static readonly Guid FirstId = Guid.Parse("0b5f4d7e-2f7c-4a5b-8d8e-0c1e2f3a4b5c");
    private static readonly Guid SecondId = Guid.Parse("f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9");

    [Fact]
    public void CarePlan_KeepsEveryCollection()
    {
        var plan = new CarePlan
        {
            Goals = ["walk daily", "HbA1c below 7"],
            Codes = [250, 401],
            Tags = ["diabetes", "hypertension"],
            Allergies = ["penicillin"],
            Flags = ["fall-risk", "interpreter"],
            Readings = [[120, 80], [], [135]],
            ByName = { ["bp"] = "135/85" },
            ByGuid = { [FirstId] = "first", [SecondId] = "second" },
            ByNumber = { [7] = "seven", [-1] = "minus one" },
            ByMode = { [EncounterMode.LiveInterpreter] = 2, [EncounterMode.AmbientScribe] = 5 },
        };

        var copy = RoundTrip.Of(plan);

        Assert.Equal(plan.Goals, copy.Goals);
        Assert.Equal(plan.Codes, copy.Codes);
        Assert.Equal(plan.Tags, copy.Tags);
        Assert.Equal(plan.Allergies.AsEnumerable(), copy.Allergies.AsEnumerable());
        Assert.Equal(plan.Flags, copy.Flags);
        Assert.Equal(plan.Readings, copy.Readings);
        Assert.Equal(plan.ByName, copy.ByName);
        Assert.Equal(plan.ByGuid, copy.ByGuid);
        Assert.Equal(plan.ByNumber, copy.ByNumber);
        Assert.Equal(plan.ByMode, copy.ByMode);
    }

    [Fact]
    public void DefaultImmutableArray_ComesBackDefault()
    {
        var copy = RoundTrip.Of(new CarePlan { Allergies = default });

        Assert.True(copy.Allergies.IsDefault);
    }

    [Fact]
    public void EmptyImmutableArray_ComesBackEmptyNotDefault()
    {
        var copy = RoundTrip.Of(new CarePlan { Allergies = [] });

        Assert.False(copy.Allergies.IsDefault);
        Assert.Empty(copy.Allergies);
    }
}
