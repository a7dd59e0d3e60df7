using System.Text;
using Mesh.Grains.Claims;

namespace Mesh.Grains.Agents.Files;

/// <summary>
/// Hands a confirmed X12 file to the clinic's claim import grain, as <c>POST /claims/x12</c> and <c>/remittances/x12</c>
/// do. Importing claims is billing work: only billing and admin users may, whoever else can chat.
/// </summary>
public abstract class X12FileImporter(IGrainFactory grains) : IChatFileImporter
{
    /// <inheritdoc />
    public abstract ChatFileKind Kind { get; }

    /// <inheritdoc />
    public async Task<string> ImportAsync(AgentCaller caller, ChatAttachment file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(file);
        if (!caller.IsInRole("billing") && !caller.IsInRole("admin"))
        {
            return $"Your role may not import {ChatFileIdentifier.Describe(Kind)}; nothing was imported.";
        }

        return await ImportAsync(grains.GetGrain<IClaimImportGrain>(caller.Tenant), Encoding.UTF8.GetString(file.Content));
    }

    /// <summary>Imports the text and says what came of it.</summary>
    protected abstract Task<string> ImportAsync(IClaimImportGrain importer, string x12);

    /// <summary>The first issues of a file, located as the X12 reader located them.</summary>
    protected static string Issues(IReadOnlyList<X12Issue> errors) =>
        string.Join("; ", errors.Take(5).Select(e => $"{e.Segment} at segment {e.Position}{(e.Element is { } el ? $" element {el}" : "")}: {e.Message}"));
}

/// <summary>Imports a confirmed 837 into the caller's clinic.</summary>
public sealed class X12ClaimFileImporter(IGrainFactory grains) : X12FileImporter(grains)
{
    /// <inheritdoc />
    public override ChatFileKind Kind => ChatFileKind.X12Claim837;

    /// <inheritdoc />
    protected override async Task<string> ImportAsync(IClaimImportGrain importer, string x12)
    {
        var result = await importer.ImportClaimsAsync(x12);
        if (result.Duplicate)
        {
            return $"Interchange {result.Interchange?.ControlNumber} was imported before; nothing new was stored.";
        }

        if (result.BatchId is { } batch)
        {
            return $"{result.ClaimCount} claims are being imported in the background as batch {batch}.";
        }

        var accepted = result.Claims.Count(c => c.Accepted);
        var rejected = result.Claims.Where(c => !c.Accepted).ToList();
        return $"Imported {accepted} claims; {rejected.Count} rejected."
            + (rejected.Count == 0 ? "" : " " + string.Join("; ", rejected.Take(5).Select(c => $"{c.PatientControlNumber ?? c.ClaimId}: {Issues(c.Errors)}")))
            + (result.Errors.Count == 0 ? "" : " File issues: " + Issues(result.Errors));
    }
}

/// <summary>Imports a confirmed 835 into the caller's clinic.</summary>
public sealed class X12RemittanceFileImporter(IGrainFactory grains) : X12FileImporter(grains)
{
    /// <inheritdoc />
    public override ChatFileKind Kind => ChatFileKind.X12Remittance835;

    /// <inheritdoc />
    protected override async Task<string> ImportAsync(IClaimImportGrain importer, string x12)
    {
        var result = await importer.ImportRemittancesAsync(x12);
        return $"Applied {result.Payments.Count} payments; {result.Unmatched.Count} matched no claim of this clinic."
            + (result.Errors.Count == 0 ? "" : " File issues: " + Issues(result.Errors));
    }
}
