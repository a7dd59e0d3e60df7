using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>The clinic's history is too short to train and judge a model.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.NotEnoughHistoryException")]
public sealed class NotEnoughHistoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotEnoughHistoryException(string message, int claims, int deniedClaims, int claimsNeeded, int deniedNeeded) : base(message)
    {
        Claims = claims;
        DeniedClaims = deniedClaims;
        ClaimsNeeded = claimsNeeded;
        DeniedNeeded = deniedNeeded;
    }

    /// <summary>Creates the exception.</summary>
    public NotEnoughHistoryException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public NotEnoughHistoryException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public NotEnoughHistoryException() { }

    /// <summary>Claims with an outcome in the history.</summary>
    [Id(0)]
    public int Claims { get; init; }

    /// <summary>Denied claims among them.</summary>
    [Id(1)]
    public int DeniedClaims { get; init; }

    /// <summary>Claims with an outcome needed.</summary>
    [Id(2)]
    public int ClaimsNeeded { get; init; }

    /// <summary>Denied claims needed, and as many paid ones.</summary>
    [Id(3)]
    public int DeniedNeeded { get; init; }
}
