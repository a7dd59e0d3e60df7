using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>Reads RSA and EC public keys (or certificates) from a PEM file; private keys are refused so they never sit on web nodes.</summary>
internal static class PemPublicKeyReader
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";

    public static IReadOnlyList<SecurityKey> Read(string path)
    {
        var text = File.ReadAllText(path).AsSpan();
        var keys = new List<SecurityKey>();
        while (PemEncoding.TryFind(text, out var fields))
        {
            var label = text[fields.Label].ToString();
            var der = Convert.FromBase64String(text[fields.Base64Data].ToString());
            var keyId = $"{Path.GetFileName(path)}#{keys.Count}";
            keys.Add(label switch
            {
                "PUBLIC KEY" => FromSubjectPublicKeyInfo(der, keyId, path),
                "RSA PUBLIC KEY" => FromPkcs1(der, keyId),
                "CERTIFICATE" => FromCertificate(der, keyId, path),
                _ => throw new InvalidOperationException($"Key file '{path}' holds a '{label}' block; only public keys and certificates are accepted."),
            });
            text = text[fields.Location.End..];
        }

        return keys.Count > 0 ? keys : throw new InvalidOperationException($"Key file '{path}' holds no PEM public key.");
    }

    private static SecurityKey FromSubjectPublicKeyInfo(byte[] der, string keyId, string path)
    {
        var publicKey = PublicKey.CreateFromSubjectPublicKeyInfo(der, out _);
        return publicKey.Oid.Value switch
        {
            RsaOid => new RsaSecurityKey(publicKey.GetRSAPublicKey()!) { KeyId = keyId },
            EcOid => new ECDsaSecurityKey(publicKey.GetECDsaPublicKey()!) { KeyId = keyId },
            _ => throw new InvalidOperationException($"Key file '{path}' holds a key of unsupported type {publicKey.Oid.Value}."),
        };
    }

    private static RsaSecurityKey FromPkcs1(byte[] der, string keyId)
    {
        var rsa = RSA.Create();
        rsa.ImportRSAPublicKey(der, out _);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    private static SecurityKey FromCertificate(byte[] der, string keyId, string path)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        return FromSubjectPublicKeyInfo(certificate.PublicKey.ExportSubjectPublicKeyInfo(), keyId, path);
    }
}
