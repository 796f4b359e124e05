using System.CommandLine;
using System.Globalization;
using SpmAudit.Cli.Output;
using SpmAudit.Language.Bundles;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;

namespace SpmAudit.Cli.Commands;

/// <summary>
/// <c>spm-audit bundle RULESET --out X.spmb [--sign KEY.pem]</c>: one file holding a ruleset (or a
/// profile and its base chain) with a manifest of hashes, optionally signed;
/// <c>spm-audit bundle verify X.spmb [--key PUB.pem]</c>: checks the hashes and the signature.
/// </summary>
internal static class BundleCommand
{
    public static Command Create()
    {
        var ruleset = new Argument<string>("ruleset") { Description = CommonOptions.RulesetDescription };
        var output = new Option<string>("--out") { Description = "The bundle to write (.spmb)", Required = true };
        var sign = new Option<string?>("--sign") { Description = "Sign the manifest with this private key (PEM: RSA of 2048 bits or more, or ECDSA P-256)" };
        var command = new Command("bundle", "Write a ruleset or profile with every file it needs into one verifiable file (.spmb)")
        {
            ruleset, output, sign, Verify(),
        };
        command.SetAction(result => Write(result.GetValue(ruleset)!, result.GetValue(output)!, result.GetValue(sign)));
        return command;
    }

    private static Command Verify()
    {
        var bundle = new Argument<string>("bundle") { Description = "The bundle to check (.spmb)" };
        var key = new Option<string?>("--key") { Description = "Check the signature with this public key (PEM)" };
        var command = new Command("verify", "Check that every file of a bundle matches its manifest, and its signature when --key is given") { bundle, key };
        command.SetAction(result => Check(result.GetValue(bundle)!, result.GetValue(key)));
        return command;
    }

    private static int Write(string ruleset, string output, string? keyPath)
    {
        if (!output.EndsWith(Bundle.Extension, StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"spm-audit: --out must name a {Bundle.Extension} file, the extension every command recognises as a bundle.");
            return ExitCodes.Misuse;
        }

        if (string.Equals(Path.GetFullPath(output), Path.GetFullPath(ruleset), StringComparison.Ordinal))
        {
            Console.Error.WriteLine("spm-audit: --out names the input; inputs are never overwritten.");
            return ExitCodes.Misuse;
        }

        var diagnostics = new DiagnosticBag();
        var created = CreatedDate(diagnostics);
        using var key = keyPath is null ? null : LoadKey(keyPath, diagnostics);
        if (key is { IsPrivate: false })
        {
            diagnostics.Add(DiagnosticCatalog.KeyUnusable(SourceSpan.None(Shown(keyPath!)), Shown(keyPath!), "it holds only a public key; signing needs the private key"));
        }

        var location = diagnostics.HasErrors ? null : RulesetLocator.Locate(ruleset, diagnostics);
        var closure = location is null ? null : RulesetClosure.Collect(location, diagnostics);
        if (closure is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        if (AtomicFile.WriteAll([(output, BundleWriter.Write(closure, created!.Value, key))]) is { } failure)
        {
            DiagnosticPrinter.Print([failure], "text", Console.Error);
            return ExitCodes.InputErrors;
        }

        var manifest = BundleWriter.Manifest(closure, created!.Value);
        Console.Out.WriteLine($"Wrote {Shown(output)}: {manifest.Kind} {manifest.Id} {manifest.Version}, {manifest.Files.Length} files, for SpmAudit {manifest.Engine}, created {manifest.Created}.");
        if (key is not null)
        {
            Console.Out.WriteLine($"Signed ({key.Algorithm}) with key {key.KeyId}.");
        }

        return ExitCodes.Success;
    }

    private static int Check(string path, string? keyPath)
    {
        var diagnostics = new DiagnosticBag();
        var display = Shown(path);
        using var key = keyPath is null ? null : LoadKey(keyPath, diagnostics);
        var bundle = diagnostics.HasErrors ? null : BundleReader.Read(path, display, diagnostics);
        var signed = bundle is not null && key is not null && bundle.VerifySignature(key, SourceSpan.None(display), Shown(keyPath!), diagnostics);
        DiagnosticPrinter.Print(diagnostics.ToSortedArray(), "text", Console.Error);
        if (bundle is null || diagnostics.HasErrors)
        {
            return ExitCodes.InputErrors;
        }

        var manifest = bundle.Manifest;
        Console.Out.WriteLine($"{display}: {manifest.Kind} {manifest.Id} {manifest.Version}, for SpmAudit {manifest.Engine}, created {manifest.Created}.");
        Console.Out.WriteLine($"All {manifest.Files.Length} files match the SHA-256 their manifest records.");
        Console.Out.WriteLine(bundle.Signature switch
        {
            null => "Not signed.",
            _ when signed => $"The signature ({bundle.Signature.Algorithm}) verifies with {Shown(keyPath!)}.",
            var signature => $"Signed ({signature.Algorithm}, key {signature.KeyId}); give --key to check the signature.",
        });
        return ExitCodes.Success;
    }

    private static SigningKey? LoadKey(string path, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.None(Shown(path));
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound(span, Shown(path)));
            return null;
        }

        try
        {
            return Language.Inputs.InputText.Read(path, Shown(path), span, diagnostics) is { } text ? SigningKey.Load(text, span, Shown(path), diagnostics) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable(span, Shown(path), e.Message));
            return null;
        }
    }

    /// <summary>SOURCE_DATE_EPOCH, when set, makes the bundle reproducible (reproducible-builds.org); else now.</summary>
    private static DateTimeOffset? CreatedDate(DiagnosticBag diagnostics)
    {
        if (Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is not { } epoch)
        {
            return DateTimeOffset.UtcNow;
        }

        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        diagnostics.Add(DiagnosticCatalog.InvalidSourceDateEpoch(SourceSpan.None("SOURCE_DATE_EPOCH"), epoch));
        return null;
    }

    private static string Shown(string path) => DisplayPath.Of(path, Environment.CurrentDirectory);
}
