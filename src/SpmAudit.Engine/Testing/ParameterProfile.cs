using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Distribution;
using SpmAudit.Language.Parsing.Yaml;

namespace SpmAudit.Engine.Testing;

/// <summary>
/// A test case's parameter values applied as a profile would apply them: a profile of the ruleset
/// setting only those parameters is written in memory beside it and compiled, so the values are
/// checked (types, ranges, unknown names) exactly as a body's own profile would be.
/// </summary>
internal static class ParameterProfile
{
    public static CompilationResult Compile(string spec, string folder, string displayBase, ImmutableArray<KeyValuePair<YamlScalar, YamlScalar>> parameters, string display)
    {
        var diagnostics = new DiagnosticBag();
        if (RulesetLocator.Locate(spec, diagnostics, folder, displayBase) is not { } location)
        {
            return new CompilationResult(null, diagnostics.ToSortedArray());
        }

        var store = location.Store;
        var beside = store.Combine(store.Parent(location.Path)!, ".test-parameters.yaml");
        var text = new StringBuilder()
            .Append("profile:\n  id: test-parameters\n  title: Parameters of a test case\n  version: 0.0.0\n")
            .Append("  base: ").Append(Quote(store.Relative(store.Parent(location.Path)!, location.Path))).Append('\n')
            .Append("parameters:\n");
        foreach (var (name, value) in parameters)
        {
            text.Append("  ").Append(Quote(name.Value)).Append(": ").Append(value.IsQuoted ? Quote(value.Value) : value.Value).Append('\n');
        }

        var compilation = RulesetCompiler.Compile(new OverlayStore(store, beside, Encoding.UTF8.GetBytes(text.ToString()), display), beside);
        diagnostics.AddRange(compilation.Diagnostics);
        return compilation with { Diagnostics = diagnostics.ToSortedArray() };
    }

    /// <summary>A YAML double-quoted scalar (JSON strings are valid YAML ones).</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
