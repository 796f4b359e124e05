using System.Globalization;
using System.Text;
using SpmAudit.Language.Model;

namespace SpmAudit.Scripting;

/// <summary>
/// The C# text compiled for a ruleset's functions. The user's code goes into trees of its own, each
/// under a <c>#line</c> directive naming its file, so every diagnostic points into the ruleset or the
/// .csx file; the generated support (records, the meter, entry points) goes into separate trees that
/// the sandbox does not judge.
/// </summary>
internal sealed class ScriptSource
{
    public const string Namespace = "SpmFunctions";

    private readonly Dictionary<string, string> _rowNames = new(StringComparer.Ordinal);
    private readonly StringBuilder _rows = new();

    public ScriptSource(IReadOnlyList<RulesetFunction> functions, long fuel)
    {
        foreach (var function in functions)
        {
            foreach (var parameter in function.Parameters.Where(p => p.Type.Kind == TypeKind.RecordList))
            {
                RowName(function, parameter);
            }
        }

        foreach (var group in functions.GroupBy(f => f.CSharp!.IsFile ? "file:" + f.CSharp.Start.Path : "inline:" + f.Name, StringComparer.Ordinal))
        {
            User.Add((group.First(), group.First().CSharp!.IsFile ? FileTree(group.First()) : InlineTree(group.First())));
        }

        Support = SupportTree(fuel);
        Entries = [.. functions.Select(f => (f, EntryTree(f)))];
    }

    /// <summary>Trees of the user's code, each with the function it is reported under.</summary>
    public List<(RulesetFunction Function, string Text)> User { get; } = [];

    public string Support { get; }

    /// <summary>One entry point per function; an error in one is a signature the user's method does not match.</summary>
    public IReadOnlyList<(RulesetFunction Function, string Text)> Entries { get; }

    /// <summary>"schedule" → ScheduleRow; a second, different list of the same parameter name gets its function's name too.</summary>
    public string RowName(RulesetFunction function, RulesetFunctionParameter parameter)
    {
        var fields = string.Join(", ", parameter.Type.Fields.Select(f => $"{ScriptTypes.Field(f.Type)} @{f.Name}"));
        var name = ScriptTypes.Pascal(parameter.Name) + "Row";
        if (_rowNames.TryGetValue(name, out var existing) && existing != fields)
        {
            name = ScriptTypes.Pascal(function.Name) + name;
        }

        if (_rowNames.TryAdd(name, fields))
        {
            _rows.Append(CultureInfo.InvariantCulture, $"public sealed record {name}({fields});\n");
        }

        return name;
    }

    public string Signature(RulesetFunction function) =>
        $"{ScriptTypes.Scalar(function.ReturnType)} {function.Name}({string.Join(", ", function.Parameters.Select(p => $"{ParameterType(function, p)} {p.Name}"))})";

    private string ParameterType(RulesetFunction function, RulesetFunctionParameter parameter) =>
        parameter.Type.Kind == TypeKind.RecordList ? $"IReadOnlyList<{RowName(function, parameter)}>" : ScriptTypes.Scalar(parameter.Type);

    private string InlineTree(RulesetFunction function)
    {
        var code = function.CSharp!;
        return $"namespace {Namespace};\npublic static partial class Functions\n{{\npublic static {Signature(function)}\n{{\n" +
            $"#line {code.Start.Line} \"{code.Start.Path}\"\n{new string(' ', code.Start.Column - 1)}{code.Text}\n#line default\n}}\n}}\n";
    }

    private static string FileTree(RulesetFunction function) =>
        $"namespace {Namespace};\npublic static partial class Functions\n{{\n#line 1 \"{function.CSharp!.Start.Path}\"\n{function.CSharp.Text}\n#line default\n}}\n";

    private string SupportTree(long fuel) => $$"""
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        namespace {{Namespace}};
        {{_rows}}
        public sealed class FuelExhaustedException : Exception
        {
            public FuelExhaustedException() : base("it passed {{fuel.ToString("N0", CultureInfo.InvariantCulture)}} steps (loop iterations and calls) or the stack's depth") { }
        }

        public static class Values
        {
            public static double Number(object? value) => value is double number ? number : double.NaN;

            public static bool? Flag(object? value) => value is double flag ? flag == 1 : null;

            public static DateOnly? Day(object? value) => value is double day ? DateOnly.FromDayNumber((int)day) : null;

            public static string? Choice(object? value, string[] choices) => value is double index ? choices[(int)index] : null;
        }

        public static class Fuel
        {
            [ThreadStatic] private static long _left;
            [ThreadStatic] private static bool _out;

            public static void Start() { _left = {{fuel}}; _out = false; }

            public static void Loop() { if (--_left < 0) { _out = true; throw new FuelExhaustedException(); } }

            public static void Enter()
            {
                Loop();
                if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) { _out = true; throw new FuelExhaustedException(); }
            }

            public static void Stop() { if (_out) throw new FuelExhaustedException(); }
        }
        """;

    private string EntryTree(RulesetFunction function)
    {
        var arguments = new List<string>();
        var rows = new StringBuilder();
        for (var i = 0; i < function.Parameters.Length; i++)
        {
            var parameter = function.Parameters[i];
            if (parameter.Type.Kind != TypeKind.RecordList)
            {
                arguments.Add(ScriptTypes.FromRuntime(parameter.Type, $"a[{i}]", field: false));
                continue;
            }

            var row = RowName(function, parameter);
            var fields = parameter.Type.Fields.Select((f, j) => ScriptTypes.FromRuntime(f.Type, $"r[m[{i}][{j}]]", field: true));
            arguments.Add($"Rows_{function.Name}_{i}((object?[][])a[{i}]!, m)");
            rows.Append(CultureInfo.InvariantCulture, $"    private static IReadOnlyList<{row}> Rows_{function.Name}_{i}(object?[][] list, int[][] m) => list.Select(r => new {row}({string.Join(", ", fields)})).ToArray();\n");
        }

        return $$"""
            namespace {{Namespace}};
            public static partial class Functions
            {
                public static object? Call_{{function.Name}}(object?[] a, int[][] m)
                {
                    Fuel.Start();
                    var result = {{function.Name}}({{string.Join(", ", arguments)}});
                    Fuel.Stop();
                    return {{ScriptTypes.ToRuntime(function.ReturnType, "result")}};
                }
            {{rows}}
            }
            """;
    }
}
