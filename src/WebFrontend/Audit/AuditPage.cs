namespace Mesh.WebFrontend.Audit;

public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int Offset, int Limit);
