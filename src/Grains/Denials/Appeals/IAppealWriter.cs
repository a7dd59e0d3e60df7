namespace Mesh.Grains.Denials.Appeals;

/// <summary>Writes an appeal letter from its facts.</summary>
public interface IAppealWriter
{
    /// <summary>The letter arguing <paramref name="kind"/> from <paramref name="facts"/>.</summary>
    Task<AppealLetter> WriteAsync(AppealKind kind, AppealFacts facts, CancellationToken cancellationToken);
}
