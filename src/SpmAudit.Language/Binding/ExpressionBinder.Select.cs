using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Printing;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>
/// 'metric.dropout_by_cycle[last_cycle = 1]': a selector over a list of records with a 'value'
/// field. Over a grouped metric it must name each group column once, because the group columns
/// together are what tells one group from another; over another list it may name any fields but
/// 'value' (several matching records then give a missing figure at run time).
/// </summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindSelect(SelectSyntax syntax, BindingScope scope)
    {
        var target = Bind(syntax.Target, scope);
        var type = target.Type;
        var valueField = type.Kind == TypeKind.RecordList ? type.FieldIndex(Metric.ValueField) : -1;
        if (type.IsError || valueField < 0)
        {
            if (!type.IsError)
            {
                _diagnostics.Add(DiagnosticCatalog.SelectorTarget(syntax.Target.Span, ExpressionWriter.Write(syntax.Target),
                    type.Kind == TypeKind.RecordList ? "a list of records without a 'value' field" : Describe(type)));
            }

            foreach (var selection in syntax.Selections)
            {
                Bind(selection.Value, scope);
            }

            return new BoundConstant(DataType.Error, syntax.Span, 0d, "error");
        }

        var groups = (target as BoundEvidence)?.Item.GroupBy ?? [];
        var name = ExpressionWriter.Write(syntax.Target);
        var columns = groups.IsEmpty ? [.. type.Fields.Select(f => f.Name).Where(f => f != Metric.ValueField)] : groups;
        var selections = ImmutableArray.CreateBuilder<BoundSelection>();
        var valid = true;
        foreach (var selection in syntax.Selections)
        {
            var index = type.FieldIndex(selection.Column);
            if (index < 0 || !columns.Contains(selection.Column))
            {
                _diagnostics.Add(DiagnosticCatalog.SelectorUnknownColumn(selection.Span, selection.Column, name,
                    string.Join(", ", columns.Select(c => $"'{c}'")), Suggestions.Closest(selection.Column, columns)));
                Bind(selection.Value, scope);
                valid = false;
                continue;
            }

            var field = type.Fields[index];
            var value = selection.Value is NameSyntax bare && !IsKnownName(bare.Name, scope) && field.Type.Kind == TypeKind.Choice
                ? BindName(bare, scope, field.Type, field.Name)
                : Bind(selection.Value, scope);
            if (value.Type.IsError)
            {
                valid = false;
            }
            else if (!value.Type.IsComparableWith(field.Type))
            {
                _diagnostics.Add(DiagnosticCatalog.SelectorValueType(selection.Value.Span, field.Name, Describe(field.Type), Describe(value.Type)));
                valid = false;
            }

            if (selections.Any(s => s.Field == field.Name))
            {
                _diagnostics.Add(DiagnosticCatalog.SelectorColumns(selection.Span, name, $"gives '{field.Name}' twice"));
                valid = false;
            }

            selections.Add(new BoundSelection(field.Name, index, value));
        }

        var left = groups.Where(g => !syntax.Selections.Any(s => s.Column == g)).ToList();
        if (left.Count > 0 && valid)
        {
            _diagnostics.Add(DiagnosticCatalog.SelectorColumns(syntax.Span, name, $"leaves out {string.Join(", ", left.Select(c => $"'{c}'"))}"));
            valid = false;
        }

        return valid
            ? new BoundSelect(type.Fields[valueField].Type, syntax.Span, target, selections.ToImmutable(), valueField)
            : new BoundConstant(DataType.Error, syntax.Span, 0d, "error");
    }
}
