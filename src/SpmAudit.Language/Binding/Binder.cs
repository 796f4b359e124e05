using System.Collections.Immutable;
using SpmAudit.Language.Compilation;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Turns the syntax of a root file and its modules into the <see cref="Ruleset"/> model:
/// declarations first (evidence, parameters, scale, grades), then the hierarchy and its rules.
/// </summary>
internal sealed partial class Binder
{
    /// <summary>Levels assumed when a ruleset does not declare its own, as the Universal Standards use them.</summary>
    public static readonly ImmutableArray<string> DefaultLevels = ["dimension", "standard", "practice", "indicator"];

    private readonly IReadOnlyList<LoadedSource> _sources;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, EvidenceItem> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Parameter> _parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _nodeIds = new(StringComparer.Ordinal);
    private readonly List<RuleNode> _indicators = [];
    private readonly ExpressionBinder _expressions;
    private ImmutableArray<string> _levels = DefaultLevels;

    public Binder(IReadOnlyList<LoadedSource> sources, DiagnosticBag diagnostics)
    {
        _sources = sources;
        _diagnostics = diagnostics;
        _expressions = new ExpressionBinder(_evidence, _parameters, diagnostics);
    }

    /// <summary>Unused items and parameters are reported for rulesets, not for profiles, which leave parts of their base out on purpose.</summary>
    public bool ReportUnused { get; init; } = true;

    public Ruleset? Bind()
    {
        var root = _sources[0];
        if (root.Syntax.Header is not { } header)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingHeader(new SourceSpan(root.DisplayPath, 1, 1)));
            return null;
        }

        CheckHeader(header);
        if (FirstNodePastLimit() is { } tooMany)
        {
            _diagnostics.Add(DiagnosticCatalog.TooManyNodes(tooMany, Inputs.InputLimits.MaxNodes));
            return null;
        }

        BindLevels(header);
        foreach (var source in _sources)
        {
            DeclareEvidence(source.Syntax);
        }

        BindFormerKeys();

        foreach (var source in _sources)
        {
            DeclareParameters(source.Syntax);
            if (!source.IsRoot)
            {
                RejectScoringDeclarations(source.Syntax);
            }
        }

        DeclareTables();
        var functions = DeclareFunctions();
        var scale = BindScale(root.Syntax);
        var errorsBeforeNodes = _diagnostics.ErrorCount;
        var nodes = Extensions.Apply([.. _sources.SelectMany(s => s.Syntax.Nodes)], [.. _sources.SelectMany(s => s.Syntax.Extensions)], _diagnostics)
            .Select(n => BindNode(n, 0)).OfType<RuleNode>().ToImmutableArray();
        // Indicators that failed to bind were reported where they are; "no indicators" would only echo that.
        if (_indicators.Count == 0 && _diagnostics.ErrorCount == errorsBeforeNodes)
        {
            _diagnostics.Add(DiagnosticCatalog.NoIndicators(header.Span));
        }

        // Grades after the nodes: a cap's condition may name a node.
        var grades = BindGrades(root.Syntax);
        var scoring = BindScoring(root.Syntax);
        var certifications = BindCertifications(root.Syntax);
        var ruleset = new Ruleset(
            new RulesetInfo(header.Id, header.Title, header.Version ?? "0.0.0", header.Follows, header.ValidFrom, header.ValidTo),
            _levels,
            scale,
            grades,
            [.. _evidence.Values.OrderBy(e => e.Ordinal)],
            [.. _parameters.Values],
            nodes,
            [.. _indicators],
            [.. _sources.SelectMany(s => s.Scripts.Prepend(new SourceFile(s.RelativeToRoot, s.Sha256)))])
        {
            Scoring = scoring,
            Certifications = certifications,
            Translations = BindTranslations(),
            Tables = [.. _tables.Values],
            Metrics = [.. _metrics],
            Scorecards = [.. _scorecards.Values],
            Functions = functions,
        };
        new RulesetChecks(ruleset, _sources, _expressions, _diagnostics).Run(ReportUnused);
        return ruleset;
    }

    /// <summary>The checks both front ends share: a title to show, a semantic version (the id's form is checked where it is read).</summary>
    private void CheckHeader(HeaderSyntax header)
    {
        if (string.IsNullOrWhiteSpace(header.Title))
        {
            _diagnostics.Add(DiagnosticCatalog.EmptyTitle(header.Span));
        }

        if (header.Version is { } version && !Versioning.SemanticVersion.IsValid(version))
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidVersion(header.Span, version));
        }
    }

    /// <summary>Where the ruleset passes <see cref="Inputs.InputLimits.MaxNodes"/>, counted before anything is bound.</summary>
    private SourceSpan? FirstNodePastLimit()
    {
        var count = 0;
        // In document order, so the node named is the first one past the limit as the reader counts.
        var pending = new Stack<NodeSyntax>(_sources.SelectMany(s => s.Syntax.Nodes).Reverse());
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (++count > Inputs.InputLimits.MaxNodes)
            {
                return node.Span;
            }

            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }

        return null;
    }

    private void BindLevels(HeaderSyntax header)
    {
        if (header.Levels.IsEmpty)
        {
            // Without 'levels' the default hierarchy applies. Nodes that follow another one would each
            // be misplaced: say once which clause is missing and bind with the levels the nodes use.
            var used = LevelsOfFirstBranch();
            if (used.Length > 0 && !used.SequenceEqual(DefaultLevels.Take(used.Length), StringComparer.Ordinal) && used.Distinct(StringComparer.Ordinal).Count() == used.Length)
            {
                _diagnostics.Add(DiagnosticCatalog.MissingLevels(header.Span, string.Join(" > ", used), string.Join(" > ", DefaultLevels)));
                _levels = used;
            }

            return;
        }

        if (header.Levels.Distinct(StringComparer.Ordinal).Count() != header.Levels.Length)
        {
            _diagnostics.Add(DiagnosticCatalog.InvalidLevels(header.LevelsSpan, "a level name appears twice"));
        }

        // With a repeated name, keeping the first occurrence still lets the nodes be checked.
        _levels = [.. header.Levels.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The level words from the first top-level node down its first children to a leaf.</summary>
    private ImmutableArray<string> LevelsOfFirstBranch()
    {
        var levels = ImmutableArray.CreateBuilder<string>();
        for (var node = _sources.SelectMany(s => s.Syntax.Nodes).FirstOrDefault(); node is not null; node = node.Children.FirstOrDefault())
        {
            levels.Add(node.Level);
        }

        return levels.ToImmutable();
    }

    private void DeclareEvidence(RulesetFileSyntax file)
    {
        foreach (var item in file.Evidence)
        {
            if (_evidence.TryGetValue(item.Key, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateEvidenceItem(item.Span, item.Key, existing.Span));
                continue;
            }

            if (item.Min is { } min && item.Max is { } max && min > max)
            {
                _diagnostics.Add(DiagnosticCatalog.InvalidRange(item.Span, item.Key));
            }

            var type = TypeBinder.Bind(item.Type, _diagnostics);
            _evidence[item.Key] = new EvidenceItem(item.Key, type, item.Question, item.Unit, (double?)item.Min, (double?)item.Max, item.Span)
            {
                Ordinal = _evidence.Count,
                Required = BindRequirement(item.Required),
                ValidForMonths = BindFreshness(item.ValidFor),
            };
        }
    }

    private void DeclareParameters(RulesetFileSyntax file)
    {
        foreach (var parameter in file.Parameters)
        {
            if (_parameters.TryGetValue(parameter.Name, out var existing))
            {
                _diagnostics.Add(DiagnosticCatalog.DuplicateParameter(parameter.Span, parameter.Name, existing.Span));
                continue;
            }

            if (_evidence.ContainsKey(parameter.Name))
            {
                _diagnostics.Add(DiagnosticCatalog.NameClash(parameter.Span, parameter.Name));
                continue;
            }

            var type = TypeBinder.Bind(parameter.Type, _diagnostics);
            var value = FoldNegation(_expressions.Bind(parameter.Value, new BindingScope()));
            if (value is not BoundConstant constant || !Accepts(type, constant))
            {
                if (!type.IsError && !value.Type.IsError)
                {
                    _diagnostics.Add(DiagnosticCatalog.ParameterValueMismatch(
                        parameter.Span, parameter.Name, ExpressionBinder.Describe(type), value is BoundConstant ? ExpressionBinder.Describe(value.Type) : "not a literal"));
                }

                continue;
            }

            if (type.Kind == TypeKind.Percentage && ExpressionBinder.PlainNumber(value) is { } plain)
            {
                // Located where the value is written: in the ruleset, or in the profile that overrides it.
                _diagnostics.Add(DiagnosticCatalog.PercentageParameterAbove100(value.Span, parameter.Name, plain.Text, ExpressionBinder.AsPercent(plain.Value)));
            }

            _parameters[parameter.Name] = new Parameter(parameter.Name, type, constant.Value, parameter.Description, parameter.Span);
        }
    }

    /// <summary>Parameter values are literals; '-5' arrives as a negation of one.</summary>
    private static BoundExpression FoldNegation(BoundExpression value) =>
        value is BoundUnary { Operator: UnaryOperator.Negate, Operand: BoundConstant { Value: double number } constant }
            ? constant with { Value = -number, Text = "-" + constant.Text, Span = value.Span }
            : value;

    private static bool Accepts(DataType declared, BoundConstant value) =>
        declared.IsNumeric ? value.Type.IsNumeric : declared.IsComparableWith(value.Type);

    private void RejectScoringDeclarations(RulesetFileSyntax file)
    {
        if (file.Scale is not null)
        {
            _diagnostics.Add(DiagnosticCatalog.ModuleDeclaresScoring(file.ScaleSpan, "scale"));
        }

        if (file.Grades is { } grades)
        {
            _diagnostics.Add(DiagnosticCatalog.ModuleDeclaresScoring(grades.Span, "grades"));
        }

        if (!file.Scoring.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCatalog.ModuleDeclaresScoring(file.ScoringSpan, "scoring"));
        }

        foreach (var certification in file.Certifications)
        {
            _diagnostics.Add(DiagnosticCatalog.ModuleDeclaresScoring(certification.Span, "certification"));
        }
    }
}
