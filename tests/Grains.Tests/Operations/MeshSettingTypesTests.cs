using Mesh.Grains.Hosting.Operations;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Tests.Operations;

/// <summary>A value that does not convert to its option's type is named with what the option expects, through nested options, lists and maps.</summary>
public sealed class MeshSettingTypesTests
{
    [Fact]
    public void Each_value_that_would_not_bind_is_named_once_with_what_it_expects_and_good_or_unknown_values_are_not()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Shop:Mode"] = "Sideways",
            ["Shop:Opens"] = "at nine",
            ["Shop:Closes"] = "18:30:00",
            ["Shop:Till:Drawers"] = "2.5",
            ["Shop:Till:Limits:0"] = "100",
            ["Shop:Till:Limits:1"] = "lots",
            ["Shop:Aisles:fruit:Open"] = "yes",
            ["Shop:Aisles:bread:Open"] = "true",
            ["Shop:Name"] = "Corner",
            ["Shop:Unknown"] = "whatever",
            ["Shop:Weight"] = "",
            ["Shop:Busy"] = "very",
            ["Shop:Sealed"] = "maybe",
            ["Shop:Till:Counted"] = "twice",
            ["Shop:Tags:0"] = "ripe",
            ["Shop:Ledger:Entries"] = "many",
        }).Build();
        var problems = new List<string> { "Shop:Opens must be said once only." };

        MeshSettingTypes.Check(configuration, "Shop", typeof(ShopOptions), problems);

        string[] expected =
            [
                "Shop:Opens must be said once only.",
                "Shop:Mode must be one of Open, Closed, Seasonal, not 'Sideways'.",
                "Shop:Till:Drawers must be a whole number, not '2.5'.",
                "Shop:Till:Limits:1 must be a number, not 'lots'.",
                "Shop:Aisles:fruit:Open must be true or false, not 'yes'.",
                "Shop:Ledger:Entries must be a whole number, not 'many'.",
                "Shop:Till:Counted must be a whole number, not 'twice'.",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), problems.Order(StringComparer.Ordinal));
    }

    private enum ShopMode
    {
        Open,
        Closed,
        Seasonal,
    }

    private sealed class ShopOptions
    {
        public ShopMode Mode { get; set; }

        public TimeSpan Opens { get; set; }

        public TimeSpan? Closes { get; set; }

        public string Name { get; set; } = "";

        public double? Weight { get; set; }

        public TillOptions Till { get; set; } = new();

        public Dictionary<string, AisleOptions> Aisles { get; set; } = [];

        // Computed and privately set values the binder never sets: a value for them is ignored, not refused.
        public bool Busy => Mode == ShopMode.Open;

        public bool Sealed { get; private set; }

        // Get-only, but holding an object and a list the binder fills.
        public LedgerOptions Ledger { get; } = new();

        public List<string> Tags { get; } = [];
    }

    private sealed class LedgerOptions
    {
        public int Entries { get; set; }
    }

    private sealed class TillOptions
    {
        public int Drawers { get; set; }

        public List<decimal> Limits { get; set; } = [];

        public int Counted { get; init; }
    }

    private sealed class AisleOptions
    {
        public bool Open { get; set; }
    }
}
