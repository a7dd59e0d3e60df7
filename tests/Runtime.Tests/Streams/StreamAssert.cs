using Mesh.Runtime.Streams;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>What every subscriber's record must show, whatever failed on the way.</summary>
public static class StreamAssert
{
    /// <summary>
    /// Tokens come in order with no gap (each new token is one above the highest seen), and a token that comes again
    /// is one already seen, with the same event.
    /// </summary>
    public static void NoGapAndRepeatsAreSeen(IReadOnlyList<Received> received)
    {
        var seen = new Dictionary<long, int>();
        long highest = 0;
        foreach (var (token, value) in received)
        {
            if (seen.TryGetValue(token, out var earlier))
            {
                Assert.Equal(earlier, value);
                Assert.True(token <= highest);
                continue;
            }

            Assert.Equal(highest + 1, token);
            seen[token] = value;
            highest = token;
        }
    }

    /// <summary>Publishes until the provider acknowledges, as a producer does while silos fail over.</summary>
    public static async Task PublishUntilAcknowledgedAsync(Func<IAsyncStream<int>> stream, int value)
    {
        while (true)
        {
            try
            {
                await stream().OnNextAsync(value);
                return;
            }
            catch (Exception error) when (error is not Xunit.Sdk.XunitException)
            {
                // A silo is restarting or dying; the outcome is unknown, so publish again (a repeat gets a new token).
                await Task.Delay(20);
            }
        }
    }
}
