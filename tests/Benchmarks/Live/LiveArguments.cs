using System.Globalization;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// Arguments of the live benchmark: <c>--encounters 50,100,200</c> (one step per count, default 50,100,200,300,400),
/// <c>--seconds 10</c> (measurement window per step), <c>--warmup 3</c> (seconds streamed before it). The defaults keep
/// a run near two minutes; earlier figures were taken with <c>--seconds 20 --warmup 5</c>.
/// </summary>
internal sealed record LiveArguments(IReadOnlyList<int> Encounters, TimeSpan Window, TimeSpan Warmup)
{
    public static LiveArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new LiveArguments([50, 100, 200, 300, 400], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3));
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            parsed = args[i] switch
            {
                "--encounters" => parsed with { Encounters = [.. value.Split(',').Select(Positive)] },
                "--seconds" => parsed with { Window = TimeSpan.FromSeconds(Positive(value)) },
                "--warmup" => parsed with { Warmup = TimeSpan.FromSeconds(Positive(value)) },
                _ => throw new ArgumentException($"Unknown argument {args[i]}; use --encounters n[,n...], --seconds s, --warmup s."),
            };
        }

        return parsed;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
