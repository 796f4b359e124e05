using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// Resolves the names of a rule expression and checks its types against the evidence dictionary.
/// Errors yield <see cref="DataType.Error"/>, which later checks accept silently, so one mistake
/// gives one diagnostic.
/// </summary>
internal sealed partial class ExpressionBinder(
    IReadOnlyDictionary<string, EvidenceItem> evidence,
    IReadOnlyDictionary<string, Parameter> parameters,
    DiagnosticBag diagnostics)
{
    /// <summary>Swapped for a discarding bag while a function body is bound again at a call site (its errors were reported at its declaration).</summary>
    private DiagnosticBag _diagnostics = diagnostics;

    public HashSet<string> UsedEvidence { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedParameters { get; } = new(StringComparer.Ordinal);

    public BoundExpression Bind(ExpressionSyntax syntax, BindingScope scope) => syntax switch
    {
        NumberLiteralSyntax n => new BoundConstant(n.IsPercent ? DataType.Percentage : IsWhole(n.Value) ? DataType.Integer : DataType.Number, n.Span, (double)n.Value, n.Text),
        StringLiteralSyntax s => new BoundConstant(DataType.Text, s.Span, s.Value, Quote(s.Value)),
        DateLiteralSyntax d => new BoundConstant(DataType.Date, d.Span, d.Value, d.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        BooleanLiteralSyntax b => new BoundConstant(DataType.Boolean, b.Span, b.Value, b.Value ? "true" : "false"),
        NameSyntax name => BindName(name, scope, choiceContext: null, owner: null),
        ParenthesizedSyntax p => Bind(p.Inner, scope),
        UnarySyntax u => BindUnary(u, scope),
        BinarySyntax b => BindBinary(b, scope),
        InSyntax i => BindIn(i, scope),
        ConditionalSyntax c => BindConditional(c, scope),
        CallSyntax call => BindCall(call, scope),
        SelectSyntax select => BindSelect(select, scope),
        LambdaSyntax lambda => Fail(lambda.Span, DiagnosticCatalog.LambdaMisuse(lambda.Span, "this function")),
        _ => throw new InvalidOperationException($"Unknown syntax {syntax.GetType().Name}."),
    };

    /// <summary>Binds a condition and requires it to be boolean.</summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, BindingScope scope, string where)
    {
        var bound = Bind(syntax, scope);
        if (!bound.Type.IsError && bound.Type.Kind != TypeKind.Boolean)
        {
            _diagnostics.Add(DiagnosticCatalog.ConditionNotBoolean(syntax.Span, where, Describe(bound.Type)));
        }

        return bound;
    }

    /// <summary>
    /// A bare name may be a choice when compared with a 'one of' value; otherwise it is a let,
    /// a lambda variable's field, a parameter or an evidence key, in that order.
    /// </summary>
    private BoundExpression BindName(NameSyntax name, BindingScope scope, DataType? choiceContext, string? owner)
    {
        var segments = name.Name.Split('.');
        if (scope.FindVariable(segments[0]) is { } variable)
        {
            return segments.Length == 1 ? variable : BindField(name, variable, segments[1..]);
        }

        if (segments.Length == 1 && scope.FindLet(name.Name) is { } let)
        {
            return new BoundLetReference(name.Span, let);
        }

        if (parameters.TryGetValue(name.Name, out var parameter))
        {
            UsedParameters.Add(parameter.Name);
            return new BoundParameter(name.Span, parameter);
        }

        if (evidence.TryGetValue(name.Name, out var item))
        {
            if (_functionBody is { } function)
            {
                return Fail(name.Span, DiagnosticCatalog.FunctionReadsEvidence(name.Span, function, item.Key));
            }

            UsedEvidence.Add(item.Key);
            return new BoundEvidence(name.Span, item);
        }

        if (choiceContext is { Kind: TypeKind.Choice } && segments.Length == 1)
        {
            if (choiceContext.Choices.Contains(name.Name))
            {
                return new BoundConstant(choiceContext, name.Span, name.Name, name.Name);
            }

            _diagnostics.Add(DiagnosticCatalog.UnknownChoice(
                name.Span, name.Name, owner ?? "the compared value", string.Join(", ", choiceContext.Choices), Suggestions.Closest(name.Name, choiceContext.Choices)));
            return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
        }

        // A rule written before the dictionary renamed a key: name the key to read instead.
        if (evidence.Values.FirstOrDefault(e => e.Formerly.Any(f => f.Key == name.Name)) is { } renamed)
        {
            _diagnostics.Add(DiagnosticCatalog.RuleReadsFormerKey(name.Span, name.Name, renamed.Key));
            return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
        }

        var candidates = (_functionBody is null ? evidence.Keys : []).Concat(parameters.Keys).Concat(scope.Names);
        _diagnostics.Add(DiagnosticCatalog.UnknownName(name.Span, name.Name, Suggestions.Closest(name.Name, candidates)));
        return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
    }

    private BoundExpression BindField(NameSyntax name, BoundRecordVariable variable, string[] path)
    {
        if (variable.Type.IsError)
        {
            // The list it ranges over already failed to bind: one error is enough.
            return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
        }

        var index = variable.Type.FieldIndex(path[0]);
        if (index < 0 || path.Length > 1)
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownRecordField(
                name.Span, string.Join('.', path), variable.Name, Suggestions.Closest(path[0], variable.Type.Fields.Select(f => f.Name))));
            return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
        }

        return new BoundField(variable.Type.Fields[index].Type, name.Span, variable, path[0], index);
    }

    /// <summary>Binds an operand that may be a bare choice name, given the type on the other side.</summary>
    private BoundExpression BindOperand(ExpressionSyntax syntax, BindingScope scope, BoundExpression other)
    {
        if (syntax is not NameSyntax name || IsKnownName(name.Name, scope))
        {
            return Bind(syntax, scope);
        }

        if (other.Type.IsError && !name.Name.Contains('.', StringComparison.Ordinal))
        {
            // Probably a choice of a value that already failed to bind: one error is enough.
            return new BoundConstant(DataType.Error, name.Span, name.Name, name.Name);
        }

        return other.Type.Kind == TypeKind.Choice ? BindName(name, scope, other.Type, Owner(other)) : Bind(syntax, scope);
    }

    private static string? Owner(BoundExpression expression) => expression switch
    {
        BoundEvidence e => e.Item.Key,
        BoundParameter p => p.Parameter.Name,
        BoundLetReference l => l.Let.Name,
        BoundField f => f.Field,
        _ => null,
    };

    private bool IsKnownName(string name, BindingScope scope) =>
        scope.FindVariable(name.Split('.')[0]) is not null || scope.FindLet(name) is not null
        || parameters.ContainsKey(name) || evidence.ContainsKey(name);

    private BoundExpression BindConditional(ConditionalSyntax syntax, BindingScope scope)
    {
        var condition = BindCondition(syntax.Condition, scope, "'if'");
        var then = Bind(syntax.Then, scope);
        var otherwise = BindOperand(syntax.Else, scope, then);
        var type = UnifyBranches(then.Type, otherwise.Type, syntax.Span);
        return new BoundConditional(type, syntax.Span, condition, then, otherwise);
    }

    private DataType UnifyBranches(DataType a, DataType b, SourceSpan span)
    {
        if (a.IsError || b.IsError)
        {
            return DataType.Error;
        }

        if (SpmAudit.Language.Functions.Conditional.Type(a, b) is { } type)
        {
            return type;
        }

        _diagnostics.Add(DiagnosticCatalog.OperatorTypeMismatch(span, "if/else", Describe(a), Describe(b)));
        return DataType.Error;
    }

    private BoundExpression Fail(SourceSpan span, Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        return new BoundConstant(DataType.Error, span, false, "error");
    }

    internal static string Describe(DataType type) => type.Kind switch
    {
        TypeKind.Boolean => "a boolean",
        TypeKind.Integer or TypeKind.Number => "a number",
        TypeKind.Percentage => "a percentage",
        TypeKind.Text => "text",
        TypeKind.Date => "a date",
        TypeKind.Choice => $"a choice of ({string.Join(", ", type.Choices)})",
        TypeKind.RecordList => "a list of records",
        TypeKind.Record => "a record",
        _ => "an invalid value",
    };

    private static bool IsWhole(decimal value) => decimal.Truncate(value) == value;

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
