namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// The webhook's secrets, one per clinic (<c>Mesh:Fhir:Webhook</c>): <c>Secrets:{tenant}</c> gives a secret in the
/// settings, <c>SecretFiles:{tenant}</c> a file holding it (a mounted secret). A clinic without either cannot use the webhook.
/// </summary>
public sealed class FhirWebhookOptions
{
    /// <summary>The secret of each clinic, by tenant id.</summary>
    public Dictionary<string, string> Secrets { get; set; } = [];

    /// <summary>A file holding the secret of each clinic (trimmed), by tenant id; read on every request so rotation needs no restart.</summary>
    public Dictionary<string, string> SecretFiles { get; set; } = [];
}
