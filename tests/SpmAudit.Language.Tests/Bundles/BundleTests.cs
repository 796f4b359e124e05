using System.IO.Compression;
using System.Security.Cryptography;
using SpmAudit.Language.Bundles;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Bundles;

public sealed class BundleTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string UniversalStandards => RepositoryPaths.Combine("rulesets", "universal-standards", "universal-standards.spm");

    [Fact]
    public void A_bundle_reads_back_and_compiles_to_the_same_sources_and_hashes_as_its_files()
    {
        var bundle = Read(Write(UniversalStandards));
        var fromFiles = RulesetCompiler.Compile(UniversalStandards).Ruleset!;

        var fromBundle = RulesetCompiler.Compile(bundle.Store("x.spmb"), bundle.Manifest.Entry);

        fromBundle.Diagnostics.ShouldBeEmpty();
        fromBundle.Ruleset!.Sources.ShouldBe(fromFiles.Sources);
        bundle.Manifest.Entry.ShouldBe("universal-standards/universal-standards.spm");
        bundle.Manifest.Files.Select(f => f.Path).ShouldBe(fromFiles.Sources.Select(s => s.Path).Order(StringComparer.Ordinal));
        bundle.Manifest.Files.Select(f => f.Sha256).ShouldBe(bundle.Manifest.Files.Select(f => fromFiles.Sources.Single(s => s.Path == f.Path).Sha256));
    }

    [Fact]
    public void A_profile_bundle_holds_its_base_chain_and_compiles_with_the_same_lineage()
    {
        var profile = RepositoryPaths.Combine("rulesets", "profiles", "east-africa-network.yaml");
        var bundle = Read(Write(profile));

        var fromBundle = RulesetCompiler.Compile(bundle.Store("x.spmb"), bundle.Manifest.Entry).Ruleset!;

        bundle.Manifest.Kind.ShouldBe("profile");
        bundle.Files.Keys.ShouldContain("profiles/investor-due-diligence.yaml");
        bundle.Files.Keys.ShouldContain("universal-standards/module-poverty.spm");
        fromBundle.Info.Lineage.ShouldBe(RulesetCompiler.Compile(profile).Ruleset!.Info.Lineage);
    }

    [Fact]
    public void The_same_files_date_and_key_give_byte_identical_bundles_whatever_the_source()
    {
        using var key = TestKeys.Load(TestKeys.PrivatePem("rsa:deterministic"));
        var fromFiles = Write(UniversalStandards, key);
        var shipped = RulesetClosure.Collect(RulesetLocator.Locate("universal-standards@3", new DiagnosticBag())!, new DiagnosticBag())!;

        BundleWriter.Write(shipped, Created, key).ShouldBe(fromFiles);
        Write(UniversalStandards, key).ShouldBe(fromFiles);
    }

    [Fact]
    public void Entries_come_manifest_first_then_sources_in_ordinal_order_all_at_one_fixed_time()
    {
        using var zip = new ZipArchive(new MemoryStream(Write(UniversalStandards)));

        var names = zip.Entries.Select(e => e.FullName).ToList();

        names[0].ShouldBe("manifest.json");
        names.Skip(1).ShouldBe(names.Skip(1).Order(StringComparer.Ordinal));
        zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().ShouldBe([new DateTime(1980, 1, 1)]);
    }

    [Fact]
    public void Changing_one_byte_of_one_file_inside_the_bundle_is_refused_naming_that_file()
    {
        var bytes = Write(UniversalStandards);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            var content = Read(zip.GetEntry("universal-standards/dimension-6-growth.spm")!);
            content[100] ^= 0x20;
            bytes = Rezip(zip, "universal-standards/dimension-6-growth.spm", content);
        }

        var diagnostics = Refused(bytes);

        diagnostics.Select(d => d.Code).ShouldBe(["SPM6106"]);
        diagnostics[0].Message.ShouldContain("'universal-standards/dimension-6-growth.spm'");
    }

    [Fact]
    public void Flipping_a_byte_of_the_compressed_data_is_refused_naming_that_file()
    {
        var bytes = Write(UniversalStandards);
        var name = "universal-standards/module-gender.spm"u8.ToArray();
        var at = bytes.AsSpan().IndexOf(name) + name.Length + 64;
        bytes[at] ^= 0x01;

        var diagnostics = Refused(bytes);

        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Code == "SPM6106" || d.Code == "SPM6109");
        diagnostics[0].Message.ShouldContain("'universal-standards/module-gender.spm'");
    }

    [Theory]
    [InlineData("rsa:signer", "rsa:other")]
    [InlineData("ec:signer", "ec:other")]
    [InlineData("rsa:signer", "ec:signer")]
    public void A_bundle_signed_with_one_key_verifies_with_its_public_key_and_fails_with_another(string signer, string other)
    {
        using var key = TestKeys.Load(TestKeys.PrivatePem(signer));
        var bundle = Read(Write(UniversalStandards, key));
        using var right = TestKeys.Load(TestKeys.PublicPem(signer));
        using var wrong = TestKeys.Load(TestKeys.PublicPem(other));
        var diagnostics = new DiagnosticBag();

        bundle.VerifySignature(right, SourceSpan.None("x.spmb"), "right.pem", diagnostics).ShouldBeTrue();
        bundle.VerifySignature(key, SourceSpan.None("x.spmb"), "key.pem", diagnostics).ShouldBeTrue();
        bundle.VerifySignature(wrong, SourceSpan.None("x.spmb"), "wrong.pem", diagnostics).ShouldBeFalse();

        diagnostics.ToSortedArray().Select(d => d.Code).ShouldBe(["SPM6201"]);
        bundle.Signature!.KeyId.ShouldBe(right.KeyId);
        right.IsPrivate.ShouldBeFalse();
        key.IsPrivate.ShouldBeTrue();
    }

    [Fact]
    public void Keys_weaker_than_RSA_2048_or_off_the_P256_curve_are_refused()
    {
        using var small = RSA.Create(1024);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        foreach (var (pem, reason) in new[] { (small.ExportPkcs8PrivateKeyPem(), "1024 bits"), (p384.ExportSubjectPublicKeyInfoPem(), "P-256"), ("not a key", "no PEM key") })
        {
            var diagnostics = new DiagnosticBag();
            SigningKey.Load(pem, SourceSpan.None("k.pem"), "k.pem", diagnostics).ShouldBeNull();
            diagnostics.ToSortedArray().ShouldHaveSingleItem().Message.ShouldContain(reason);
        }
    }

    [Theory]
    [InlineData("0.1.0", ">=0.1.0 <1.0.0")]
    [InlineData("2.3.4-beta", ">=2.3.0 <3.0.0")]
    public void A_bundle_needs_the_minor_version_that_wrote_it_up_to_the_next_major(string engine, string range)
    {
        var written = EngineRange.For(engine);

        written.ToString().ShouldBe(range);
        written.Contains(engine).ShouldBeTrue();
        EngineRange.Parse(range)!.Contains("99.0.0").ShouldBeFalse();
    }

    private static byte[] Write(string path, SigningKey? key = null)
    {
        var diagnostics = new DiagnosticBag();
        var closure = RulesetClosure.Collect(RulesetLocator.Locate(path, diagnostics)!, diagnostics);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return BundleWriter.Write(closure!, Created, key);
    }

    private static Bundle Read(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleReader.Read(new MemoryStream(bytes), SourceSpan.None("x.spmb"), diagnostics, BundleLimits.Default);
        diagnostics.ToSortedArray().ShouldBeEmpty();
        return bundle!;
    }

    private static List<Diagnostic> Refused(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        BundleReader.Read(new MemoryStream(bytes), SourceSpan.None("x.spmb"), diagnostics, BundleLimits.Default).ShouldBeNull();
        return [.. diagnostics.ToSortedArray()];
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var data = entry.Open();
        using var copy = new MemoryStream();
        data.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The same archive with one entry's content replaced: a tampered file inside a well-formed zip.</summary>
    private static byte[] Rezip(ZipArchive source, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var data = zip.CreateEntry(entry.FullName).Open();
                data.Write(entry.FullName == name ? content : Read(entry));
            }
        }

        return stream.ToArray();
    }
}
