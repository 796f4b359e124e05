using System.Collections.Immutable;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Printing;

public sealed partial class YamlWriter
{
    private void WriteFunctions(ImmutableArray<FunctionSyntax> functions)
    {
        if (functions.IsEmpty)
        {
            return;
        }

        Section(functions[0].Span.Line, "functions:");
        foreach (var function in functions)
        {
            Comments(function.Span.Line, 1);
            Line(1, $"{function.Name}:");
            Line(2, $"parameters: {{ {string.Join(", ", function.Parameters.Select(p => $"{p.Name}: {Scalar(DslWriter.Type(p.Type))}"))} }}");
            Line(2, $"returns: {Scalar(DslWriter.Type(function.ReturnType))}");
            switch (function.CSharp)
            {
                case { File: { } file }:
                    Line(2, $"csharp_file: {Scalar(file)}");
                    break;
                case { Code: { } code }:
                    Line(2, $"csharp: {Scalar(code)}");
                    break;
                default:
                    Line(2, $"body: {Scalar(ExpressionWriter.Write(function.Body!))}");
                    break;
            }
        }
    }
}
