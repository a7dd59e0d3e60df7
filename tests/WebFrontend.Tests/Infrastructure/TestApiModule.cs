using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Hosting;
using Mesh.WebFrontend.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>Protected routes that exist only in tests, to exercise the safety foundation before real resources land.</summary>
public sealed class TestApiModule : IMeshApiModule
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/test");
        group.MapGet("/whoami", (HttpContext context) => TypedResults.Ok(context.GetClinicUser()));
        group.MapGet("/patients/{id}", async (string id, IPatientDataAudit audit, CancellationToken ct) =>
        {
            await audit.RecordReadAsync("Patient", id, ct);
            return TypedResults.Ok(new { id });
        }).RequireAuthorization(ClinicPolicies.PatientRead);
        group.MapPost("/notes", (TestNote note) => TypedResults.Ok(note)).RequireAuthorization(ClinicPolicies.PatientWrite);
        group.MapPost("/uploads", async (HttpRequest request) =>
        {
            var length = 0L;
            var buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer)) > 0)
            {
                length += read;
            }

            return TypedResults.Ok(new { length });
        }).WithUploadLimit();
        group.MapGet("/boom", IResult () => throw new InvalidOperationException("secret internal detail"));
        // What a grain call throws when the silo that held the grain died under it.
        group.MapPost("/silo-gone", IResult () => throw new Orleans.Runtime.SiloUnavailableException("silo S127.0.0.1:11111 is dead"));
        group.MapPost("/stale-activation", IResult () => throw new Orleans.Storage.InconsistentStateException(
            "Version conflict on patient 11111", "etag-11111", "etag-22222"));
    }
}

public sealed record TestNote(string Text, int Priority);
