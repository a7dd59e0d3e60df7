namespace Mesh.Grains.Claims.X12;

/// <summary>What became of one transaction set, for its 999 answer.</summary>
/// <param name="Set">The set.</param>
/// <param name="Issues">Every issue inside or around it.</param>
/// <param name="Claims">How many claims it carried.</param>
/// <param name="Accepted">How many of them were accepted.</param>
internal sealed record TransactionSetOutcome(X12TransactionSet Set, IReadOnlyList<X12Issue> Issues, int Claims, int Accepted);
