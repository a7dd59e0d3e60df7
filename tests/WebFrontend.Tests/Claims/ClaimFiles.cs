namespace Mesh.WebFrontend.Tests.Claims;

/// <summary>The synthetic X12 files the grain tests keep, copied beside these tests.</summary>
public static class ClaimFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Claims", "Files", name));

    public static string Professional => Read("professional-837p.x12");

    public static string Institutional => Read("institutional-837i.x12");

    public static string PipeDelimited => Read("pipe-delimited-837p.x12");

    public static string Remittance => Read("remittance-835.x12");
}
