using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Inputs;
using SpmAudit.Language.Model;
using SpmAudit.Language.Scripting;

namespace SpmAudit.Scripting;

/// <summary>
/// Roslyn's side of <see cref="IScriptCompiler"/>, in order: generate the sources, compile and report
/// C# errors located in the user's file, judge the user's code against the sandbox, meter it, and
/// emit one assembly from the metered trees. Nothing is emitted when any step reports an error.
/// </summary>
public sealed class CSharpFunctionCompiler : IScriptCompiler
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        deterministic: true,
        nullableContextOptions: NullableContextOptions.Disable);

    public ScriptCompilation Compile(IReadOnlyList<RulesetFunction> functions, long fuel)
    {
        var diagnostics = new List<Language.Diagnostics.Diagnostic>();
        if (functions.FirstOrDefault(f => f.ReturnType.Kind == Language.Model.TypeKind.RecordList) is { } listResult)
        {
            return new(null, [DiagnosticCatalog.CSharpForbiddenConstruct(listResult.Span, listResult.Name, "a list as its result (C# functions give one value)")]);
        }

        var source = new ScriptSource(functions, fuel);
        var user = source.User.Select(u => (u.Function, Tree: CSharpSyntaxTree.ParseText(u.Text, Parse, path: "user:" + u.Function.Name))).ToList();
        var entries = source.Entries.Select(e => (e.Function, Tree: CSharpSyntaxTree.ParseText(e.Text, Parse, path: "entry:" + e.Function.Name))).ToList();
        if (user.Select(u => (u.Function, Deep: NestingGuard.FindTooDeep(u.Tree.GetRoot()))).FirstOrDefault(u => u.Deep is not null) is ({ } deepIn, { } deep))
        {
            return new(null, [DiagnosticCatalog.CSharpNestedTooDeep(RoslynSpans.Of(deep.GetLocation()), SandboxCheck.Owner(deep, deepIn), InputLimits.MaxNesting)]);
        }

        var support = CSharpSyntaxTree.ParseText(source.Support, Parse, path: "support");
        var name = "SpmFunctions_" + Guid.NewGuid().ToString("N");
        var compilation = CSharpCompilation.Create(name, [support, .. user.Select(u => u.Tree), .. entries.Select(e => e.Tree)], ScriptReferences.All, Options);

        // The sandbox judges first, on the semantic model even of code with errors, so a refused use is named as
        // such (not as the missing reference it also is); compiler errors are added on the lines it left alone.
        foreach (var (function, tree) in user)
        {
            new SandboxCheck(compilation.GetSemanticModel(tree), function, diagnostics).Run(tree.GetRoot());
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var inUser = errors.Where(e => user.Any(u => u.Tree == e.Location.SourceTree)).ToList();
        foreach (var error in inUser.Count > 0 || diagnostics.Count > 0 ? inUser : errors)
        {
            var located = Located(error, user, entries, source);
            if (!diagnostics.Any(d => d.Span.Path == located.Span.Path && d.Span.Line == located.Span.Line))
            {
                diagnostics.Add(located);
            }
        }

        if (diagnostics.Count > 0)
        {
            return new(null, Distinct(diagnostics));
        }

        var metered = user.Select(u => u.Tree.WithRootAndOptions(new FuelRewriter(compilation.GetSemanticModel(u.Tree)).Visit(u.Tree.GetRoot()), Parse)).ToList();
        var final = compilation.RemoveSyntaxTrees(user.Select(u => u.Tree)).AddSyntaxTrees(metered);
        using var stream = new MemoryStream();
        var emitted = final.Emit(stream);
        if (!emitted.Success)
        {
            // The metered code is the user's code with calls added; failing here is a fault of the meter.
            throw new InvalidOperationException("Metered C# does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return new(stream.ToArray(), []);
    }

    /// <summary>An error in the user's code where it is; in an entry point, the user's method does not match the declared signature.</summary>
    private static Language.Diagnostics.Diagnostic Located(
        Microsoft.CodeAnalysis.Diagnostic error,
        List<(RulesetFunction Function, SyntaxTree Tree)> user,
        List<(RulesetFunction Function, SyntaxTree Tree)> entries,
        ScriptSource source)
    {
        var message = $"{error.Id} {error.GetMessage(CultureInfo.InvariantCulture)}";
        var tree = error.Location.SourceTree;
        if (user.FirstOrDefault(u => u.Tree == tree) is { Tree: not null } owner && error.Location.GetMappedLineSpan().HasMappedPath)
        {
            var node = tree!.GetRoot().FindNode(error.Location.SourceSpan);
            return DiagnosticCatalog.CSharpCompileError(RoslynSpans.Of(error.Location), SandboxCheck.Owner(node, owner.Function), message);
        }

        if (entries.FirstOrDefault(e => e.Tree == tree) is { Tree: not null } entry)
        {
            var code = entry.Function.CSharp!;
            return DiagnosticCatalog.CSharpMethodMissing(code.IsFile ? code.Start : entry.Function.Span, entry.Function.Name, code.Start.Path, source.Signature(entry.Function), message);
        }

        var first = user.Count > 0 ? user[0].Function : entries[0].Function;
        return DiagnosticCatalog.CSharpCompileError(first.Span, first.Name, message);
    }

    private static ImmutableArray<Language.Diagnostics.Diagnostic> Distinct(List<Language.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.DistinctBy(d => (d.Code, d.Span, d.Message))];
}
