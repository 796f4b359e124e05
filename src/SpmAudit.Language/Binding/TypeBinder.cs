using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Model;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Binding;

/// <summary>Resolves written types ("integer", "one of (a, b)", "list of {...}") to <see cref="DataType"/>.</summary>
internal static class TypeBinder
{
    private static readonly string[] SimpleNames = ["boolean", "integer", "number", "percentage", "text", "date"];

    public static DataType Bind(TypeSyntax type, DiagnosticBag diagnostics)
    {
        switch (type.Name)
        {
            case "boolean": return DataType.Boolean;
            case "integer": return DataType.Integer;
            case "number": return DataType.Number;
            case "percentage": return DataType.Percentage;
            case "text": return DataType.Text;
            case "date": return DataType.Date;
            case "one" when !type.Choices.IsEmpty:
                return DataType.Choice([.. type.Choices.Distinct(StringComparer.Ordinal)]);
            case "list" when !type.Fields.IsEmpty:
                return DataType.RecordList(BindFields(type.Fields, diagnostics));
            default:
                diagnostics.Add(DiagnosticCatalog.UnknownType(type.Span, type.Name, Suggestions.Closest(type.Name, SimpleNames)));
                return DataType.Error;
        }
    }

    private static ImmutableArray<RecordField> BindFields(ImmutableArray<FieldSyntax> fields, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<RecordField>();
        foreach (var field in fields)
        {
            var type = Bind(field.Type, diagnostics);
            if (type.Kind is TypeKind.RecordList)
            {
                // Lists inside records would need nested lambdas over nested data; keep records flat.
                diagnostics.Add(DiagnosticCatalog.UnknownType(field.Type.Span, "list inside a record", null));
                continue;
            }

            result.Add(new RecordField(field.Name, type));
        }

        return result.ToImmutable();
    }
}
