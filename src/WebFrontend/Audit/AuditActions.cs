namespace Mesh.WebFrontend.Audit;

/// <summary>Action names written to the audit log.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Finalize = "finalize";
}
