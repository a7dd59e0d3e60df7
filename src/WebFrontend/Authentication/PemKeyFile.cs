using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// Reads the RSA or EC public key (or certificate) of a PEM file with the runtime's own PEM import. Private keys are
/// refused so they never sit on web nodes.
/// </summary>
internal static class PemKeyFile
{
    public static SecurityKey Read(string path)
    {
        var pem = File.ReadAllText(path);

        // ImportFromPem would take a private key as readily as a public one, so private blocks are turned away first.
        if (pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Key file '{path}' holds a private key; only public keys and certificates are accepted.");
        }

        if (pem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.GetRSAPublicKey() is { } certificateRsa
                ? new RsaSecurityKey(certificateRsa)
                : certificate.GetECDsaPublicKey() is { } certificateEc
                    ? new ECDsaSecurityKey(certificateEc)
                    : throw new InvalidOperationException($"Key file '{path}' holds a certificate whose key is neither RSA nor EC.");
        }

        // The PEM label does not say RSA or EC ("PUBLIC KEY" is both), so each import is tried; the wrong one refuses.
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return new RsaSecurityKey(rsa);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return new ECDsaSecurityKey(ec);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            ec.Dispose();
            throw new InvalidOperationException($"Key file '{path}' holds no single RSA or EC public key or certificate in PEM form.", exception);
        }
    }
}
