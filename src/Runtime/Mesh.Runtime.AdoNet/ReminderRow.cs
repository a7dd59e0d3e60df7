namespace Mesh.Runtime.AdoNet;

/// <summary>One durable reminder as stored.</summary>
/// <param name="GrainType">The grain type name.</param>
/// <param name="GrainId">The grain key.</param>
/// <param name="Name">The reminder's name, unique per grain.</param>
/// <param name="FirstDue">When it first comes due.</param>
/// <param name="Period">How often it comes due after that.</param>
public sealed record ReminderRow(string GrainType, string GrainId, string Name, DateTimeOffset FirstDue, TimeSpan Period);
