namespace Mesh.WebFrontend.Dev;

public sealed record DevTokenResponse(string Token);
