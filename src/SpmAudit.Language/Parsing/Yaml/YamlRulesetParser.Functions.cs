using System.Collections.Immutable;
using SpmAudit.Language.Diagnostics;
using SpmAudit.Language.Syntax;

namespace SpmAudit.Language.Parsing.Yaml;

/// <summary>
/// 'functions:' in YAML, the same declarations as the DSL's 'function': each name maps to its
/// 'parameters' (name: type), 'returns', and a 'body' rule or C# ('csharp' inline or 'csharp_file').
/// </summary>
public sealed partial class YamlRulesetParser
{
    private ImmutableArray<FunctionSyntax> ReadFunctions(YamlNode? node)
    {
        var result = ImmutableArray.CreateBuilder<FunctionSyntax>();
        foreach (var (key, value) in _shape.Mapping(node, "'functions'")?.Entries ?? [])
        {
            Check(key, key.Value, IdentifierKind.Name);
            if (_shape.Mapping(value, $"function '{key.Value}'") is not { } function)
            {
                continue;
            }

            _shape.AllowOnly(function, $"function '{key.Value}'", "parameters", "returns", "body", "csharp", "csharp_file");
            var parameters = (_shape.Mapping(function["parameters"], "'parameters'")?.Entries ?? [])
                .Select(e => (e.Key, Type: _shape.Scalar(e.Value, $"the type of '{e.Key.Value}'") is { } text ? TypeTextParser.Parse(text, _diagnostics, this) : null))
                .Where(p => p.Type is not null)
                .Select(p => new FunctionParameterSyntax(p.Key.Span, p.Key.Value, p.Type!))
                .ToImmutableArray();
            var returns = _shape.Scalar(function["returns"], "'returns'") is { } returnText ? TypeTextParser.Parse(returnText, _diagnostics, this) : null;
            if (returns is null)
            {
                if (function["returns"] is null)
                {
                    _diagnostics.Add(DiagnosticCatalog.MissingField(function.Span, "returns", $"function '{key.Value}'"));
                }

                continue;
            }

            if (Body(function, key.Value) is { } built)
            {
                result.Add(new FunctionSyntax(key.Span, key.Value, parameters, returns, built.Expression) { CSharp = built.CSharp });
            }
        }

        return result.ToImmutable();
    }

    private (ExpressionSyntax? Expression, CSharpBodySyntax? CSharp)? Body(YamlMapping function, string name)
    {
        if (function["csharp_file"] is { } file && _shape.Scalar(file, "'csharp_file'") is { } path)
        {
            return (null, new CSharpBodySyntax(file.Span, null, path.Span, path.Value));
        }

        if (function["csharp"] is { } code && _shape.Scalar(code, "'csharp'") is { } text)
        {
            return (null, new CSharpBodySyntax(code.Span, text.Value, text.Span, null));
        }

        if (Expression(function["body"], "'body'") is { } body)
        {
            return (body, null);
        }

        if (function["body"] is null)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingField(function.Span, "body", $"function '{name}'"));
        }

        return null;
    }
}
