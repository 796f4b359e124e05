using System.Security.Cryptography;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// A key read from a PEM file with the platform's cryptography: RSA (2048 bits or more; PKCS#1 v1.5
/// signatures with SHA-256, which are deterministic, so a signed bundle is reproducible) or ECDSA on
/// P-256 (SHA-256, DER-encoded as OpenSSL writes them). Ed25519 is not offered: .NET's cryptography
/// does not provide it, and bundles use no home-made cryptography.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public const string Rsa = "rsa-pkcs1-sha256";
    public const string Ecdsa = "ecdsa-p256-sha256";

    public static readonly IReadOnlyList<string> Algorithms = [Rsa, Ecdsa];

    private static readonly string[] PrivateLabels = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"];
    private static readonly string[] KeyLabels = [.. PrivateLabels, "PUBLIC KEY", "RSA PUBLIC KEY", "ENCRYPTED PRIVATE KEY"];

    private readonly AsymmetricAlgorithm _key;

    private SigningKey(AsymmetricAlgorithm key, bool isPrivate)
    {
        _key = key;
        IsPrivate = isPrivate;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
    }

    public bool IsPrivate { get; }

    /// <summary>SHA-256 of the public key's SubjectPublicKeyInfo: the same for a private key and its public half.</summary>
    public string KeyId { get; }

    public string Algorithm => _key is RSA ? Rsa : Ecdsa;

    /// <summary>Reads a key file; null, with SPM6203 saying why, when it holds no key this engine can use.</summary>
    public static SigningKey? Load(string pem, SourceSpan span, string display, DiagnosticBag diagnostics)
    {
        var label = FirstKeyLabel(pem);
        string? problem = label switch
        {
            null => "it holds no PEM key ('-----BEGIN PRIVATE KEY-----' or '-----BEGIN PUBLIC KEY-----')",
            "ENCRYPTED PRIVATE KEY" => "the key is encrypted; export it without a passphrase to a private file first",
            _ => null,
        };
        var key = problem is null ? Import(pem, label!) : null;
        problem ??= key switch
        {
            null => "it is not an RSA or ECDSA P-256 key (Ed25519 keys are not supported: the platform's cryptography has no Ed25519)",
            RSA { KeySize: < 2048 } rsa => $"the RSA key has {rsa.KeySize} bits; use 2048 or more",
            ECDsa ec when !IsP256(ec) => "the ECDSA key is not on the P-256 curve",
            _ => null,
        };
        if (problem is not null)
        {
            key?.Dispose();
            diagnostics.Add(DiagnosticCatalog.KeyUnusable(span, display, problem));
            return null;
        }

        return new SigningKey(key!, PrivateLabels.Contains(label));
    }

    public BundleSignature Sign(byte[] data) => new(Algorithm, KeyId, _key switch
    {
        RSA rsa => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ec => ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
        _ => throw new InvalidOperationException("Only RSA and ECDSA keys are loaded."),
    });

    /// <summary>True when <paramref name="signature"/> was made over <paramref name="data"/> with this key (or its private half).</summary>
    public bool Verifies(byte[] data, BundleSignature signature)
    {
        try
        {
            return signature.Algorithm == Algorithm && _key switch
            {
                RSA rsa => rsa.VerifyData(data, signature.Value, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                ECDsa ec => ec.VerifyData(data, signature.Value, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false; // a value of the wrong shape for this key is a signature that does not verify
        }
    }

    public void Dispose() => _key.Dispose();

    private static string? FirstKeyLabel(string pem)
    {
        var text = pem.AsSpan();
        while (PemEncoding.TryFind(text, out var fields))
        {
            var label = text[fields.Label].ToString();
            if (KeyLabels.Contains(label))
            {
                return label;
            }

            text = text[fields.Location.End..];
        }

        return null;
    }

    /// <summary>'PRIVATE KEY' and 'PUBLIC KEY' say nothing of the algorithm: try RSA, then ECDSA.</summary>
    private static AsymmetricAlgorithm? Import(string pem, string label)
    {
        if (!label.StartsWith("EC ", StringComparison.Ordinal) && TryImport(RSA.Create(), pem) is { } rsa)
        {
            return rsa;
        }

        return label.StartsWith("RSA ", StringComparison.Ordinal) ? null : TryImport(ECDsa.Create(), pem);
    }

    private static AsymmetricAlgorithm? TryImport(AsymmetricAlgorithm key, string pem)
    {
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }

    private static bool IsP256(ECDsa key)
    {
        var curve = key.ExportParameters(includePrivateParameters: false).Curve;
        return key.KeySize == 256 && curve.IsNamed && (curve.Oid.Value == "1.2.840.10045.3.1.7" || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "prime256v1" or "secp256r1");
    }
}
