namespace Mesh.Runtime.AdoNet;

/// <summary>One row of the membership table as stored.</summary>
/// <param name="Silo">The silo address, <c>host:port@generation</c>.</param>
/// <param name="Status">The status code.</param>
/// <param name="StartTime">When the silo started.</param>
/// <param name="Heartbeat">Its latest heartbeat.</param>
/// <param name="GatewayPort">Its gateway port, 0 for none.</param>
/// <param name="Suspicions">Votes that it is dead, encoded by the caller.</param>
public sealed record MembershipRow(string Silo, int Status, DateTimeOffset StartTime, DateTimeOffset Heartbeat, int GatewayPort, string Suspicions);
