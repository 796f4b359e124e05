using SpmAudit.Language.Bundles;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Tests;

namespace SpmAudit.Language.Tests.Bundles;

/// <summary>
/// Golden bundle cases: each folder under BundleCases/ holds the files of a bundle and bundle.txt,
/// how to assemble them (see <see cref="BundleRecipe"/>); expected.txt is every diagnostic of
/// reading the bundle, compiling its ruleset and, when asked, checking its signature.
/// </summary>
public sealed class BundleCaseTests
{
    public static TheoryData<string> Cases() => GoldenCases.In(CasesRoot);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reading_a_bundle_reports_exactly_the_expected_diagnostics(string name)
    {
        var dir = Path.Combine(CasesRoot, name);
        var recipe = BundleRecipe.Read(dir);
        var work = Directory.CreateTempSubdirectory("spm-bundle-case-").FullName;
        try
        {
            var path = Path.Combine(work, "bundle.spmb");
            File.WriteAllBytes(path, recipe.Build(key => TestKeys.Load(TestKeys.PrivatePem(key))));

            var diagnostics = new DiagnosticBag();
            if (BundleReader.Read(path, "bundle.spmb", diagnostics, recipe.Limits) is { } bundle)
            {
                diagnostics.AddRange(RulesetCompiler(bundle));
                if (KeyPem(dir, recipe) is { } pem && SigningKey.Load(pem, SourceSpan.None("key.pem"), "key.pem", diagnostics) is { } key)
                {
                    using (key)
                    {
                        bundle.VerifySignature(key, SourceSpan.None("bundle.spmb"), "key.pem", diagnostics);
                    }
                }
            }

            Baseline.Verify(Path.Combine(dir, "expected.txt"), string.Concat(diagnostics.ToSortedArray().Select(d => d + "\n")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string CasesRoot => RepositoryPaths.Combine("tests", "SpmAudit.Language.Tests", "BundleCases");

    private static IEnumerable<Diagnostic> RulesetCompiler(Bundle bundle)
    {
        var store = bundle.Store("bundle.spmb");
        return Compilation.RulesetCompiler.Compile(store, bundle.Manifest.Entry).Diagnostics;
    }

    private static string? KeyPem(string dir, BundleRecipe recipe) =>
        recipe.VerifyWith is { } name ? TestKeys.PublicPem(name)
        : recipe.VerifyFile is { } file ? File.ReadAllText(Path.Combine(dir, file))
        : null;
}
