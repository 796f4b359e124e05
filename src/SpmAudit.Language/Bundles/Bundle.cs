using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Language.Bundles;

/// <summary>
/// A bundle read into memory and checked: every file matches its manifest hash and nothing else is
/// in it. The signature, when there is one, is checked against a key with <see cref="VerifySignature"/>.
/// </summary>
public sealed record Bundle(BundleManifest Manifest, byte[] ManifestBytes, BundleSignature? Signature, ImmutableSortedDictionary<string, byte[]> Files)
{
    public const string Extension = ".spmb";

    /// <summary>The bundle's files as a store; diagnostics show them as <c>display:relative/path</c>.</summary>
    public BundleStore Store(string display) => new(display, Files);

    /// <summary>False, with SPM6202 or SPM6201, unless the manifest carries a signature that this key verifies.</summary>
    public bool VerifySignature(SigningKey key, SourceSpan span, string keyDisplay, DiagnosticBag diagnostics)
    {
        if (Signature is null)
        {
            diagnostics.Add(DiagnosticCatalog.BundleNotSigned(span, keyDisplay));
            return false;
        }

        if (!key.Verifies(ManifestBytes, Signature))
        {
            diagnostics.Add(DiagnosticCatalog.SignatureMismatch(span, keyDisplay));
            return false;
        }

        return true;
    }
}
