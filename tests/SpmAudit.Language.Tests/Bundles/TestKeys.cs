using System.Security.Cryptography;
using SpmAudit.Language.Bundles;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Tests.Bundles;

/// <summary>Keys made for one test run ('rsa:a', 'ec:b'): the same name gives the same key within a run, never a key kept in the repository.</summary>
internal static class TestKeys
{
    private static readonly Dictionary<string, (string Private, string Public)> Made = [];

    public static string PrivatePem(string name) => Pems(name).Private;

    public static string PublicPem(string name) => Pems(name).Public;

    public static SigningKey Load(string pem)
    {
        var diagnostics = new DiagnosticBag();
        var key = SigningKey.Load(pem, SourceSpan.None("key.pem"), "key.pem", diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return key!;
    }

    private static (string Private, string Public) Pems(string name)
    {
        lock (Made)
        {
            if (!Made.TryGetValue(name, out var pems))
            {
                using AsymmetricAlgorithm key = name.StartsWith("rsa:", StringComparison.Ordinal) ? RSA.Create(2048) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
                pems = Made[name] = (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
            }

            return pems;
        }
    }
}
