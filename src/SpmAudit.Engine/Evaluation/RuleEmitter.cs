using System.Reflection;
using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Compiles indicator rules to IL. Every operator and function calls its one implementation in
/// <see cref="FunctionCatalog"/>; values are the run-time forms of <see cref="RuntimeValues"/>
/// (a double, NaN when missing; a string or a list, null when missing). The same code, with
/// <c>tracing</c> on, also stores each sub-expression's value in its <see cref="TraceShape"/>
/// slot: explanations come from the very code that decides the status.
/// One rule of the emitted code keeps it verifiable: a sub-expression with branches or loops is
/// only emitted on an empty evaluation stack, so operands computed before it are spilled to locals.
/// </summary>
internal sealed partial class RuleEmitter
{
    private static readonly FieldInfo FrameNumbers = typeof(EvidenceFrame).GetField(nameof(EvidenceFrame.Numbers))!;
    private static readonly FieldInfo FrameObjects = typeof(EvidenceFrame).GetField(nameof(EvidenceFrame.Objects))!;
    private static readonly FieldInfo TraceNumbers = typeof(TraceValues).GetField(nameof(TraceValues.Numbers))!;
    private static readonly FieldInfo TraceObjects = typeof(TraceValues).GetField(nameof(TraceValues.Objects))!;
    private static readonly FieldInfo TraceEvaluated = typeof(TraceValues).GetField(nameof(TraceValues.Evaluated))!;

    private readonly ILGenerator _il;
    private readonly LocalPool _locals;
    private readonly bool _tracing;
    private readonly LocalBuilder _numbers;
    private readonly LocalBuilder _objects;
    private readonly LocalBuilder? _traceNumbers;
    private readonly LocalBuilder? _traceObjects;
    private readonly LocalBuilder? _traceEvaluated;
    private readonly Dictionary<BoundLet, LocalBuilder> _lets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BoundRecordVariable, LocalBuilder> _records = new(ReferenceEqualityComparer.Instance);

    /// <summary>Arguments: 0 the frame, 1 the statuses, 2 the levels, 3 (tracing) the trace values.</summary>
    private RuleEmitter(ILGenerator il, bool tracing, ScriptContext? scripts)
    {
        _scripts = scripts;
        _il = il;
        _locals = new LocalPool(il);
        _tracing = tracing;
        _numbers = Load(OpCodes.Ldarg_0, FrameNumbers);
        _objects = Load(OpCodes.Ldarg_0, FrameObjects);
        if (tracing)
        {
            _traceNumbers = Load(OpCodes.Ldarg_3, TraceNumbers);
            _traceObjects = Load(OpCodes.Ldarg_3, TraceObjects);
            _traceEvaluated = Load(OpCodes.Ldarg_3, TraceEvaluated);
        }
    }

    public delegate void Group(EvidenceFrame frame, IndicatorStatus[] statuses, byte[] levels);

    public delegate void TracedGroup(EvidenceFrame frame, IndicatorStatus[] statuses, byte[] levels, TraceValues trace);

    /// <summary>One method for a group of indicators: writes each one's status (and, for ordinal rules, the level reached).</summary>
    public static Group CompileGroup(IReadOnlyList<(int Index, IndicatorRule Rule)> rules, ScriptContext? scripts = null) => Compile(rules, scripts);

    /// <summary>
    /// The same groups, recording every traced sub-expression's value into the trace. They are
    /// methods of one type in a dynamic assembly (<see cref="TracedAssembly"/>) instead of dynamic
    /// methods: the runtime compiles such methods quickly first (tier 0) and optimizes only those
    /// called often, where a dynamic method is always fully optimized. An explained audit runs each
    /// traced group once: for Universal Standards the first call went from about 165 ms to 52 ms.
    /// </summary>
    public static TracedGroup[] CompileTracedGroups(IReadOnlyList<(int Index, IndicatorRule Rule)[]> groups, Func<int, RuleShape> shapeOf, ScriptContext? scripts = null)
    {
        if (TracedAssembly.DefineType() is not { } type)
        {
            // This process already holds its share of assemblies that are never unloaded (a test run
            // or a fuzzer compiles thousands of rulesets): dynamic methods, collected with the ruleset.
            return [.. groups.Select(group => Compile<TracedGroup>(group, [.. group.Select(r => shapeOf(r.Index))], TracedParameters, scripts))];
        }

        var names = new string[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            names[g] = $"rules_{groups[g][0].Index}";
            var method = type.DefineMethod(names[g], MethodAttributes.Public | MethodAttributes.Static, typeof(void), TracedParameters);
            Emit(method.GetILGenerator(), groups[g], [.. groups[g].Select(r => shapeOf(r.Index))], scripts);
        }

        var created = type.CreateType();
        return [.. names.Select(name => created.GetMethod(name)!.CreateDelegate<TracedGroup>())];
    }

    private static readonly Type[] FastParameters = [typeof(EvidenceFrame), typeof(IndicatorStatus[]), typeof(byte[])];
    private static readonly Type[] TracedParameters = [typeof(EvidenceFrame), typeof(IndicatorStatus[]), typeof(byte[]), typeof(TraceValues)];

    private static Group Compile(IReadOnlyList<(int Index, IndicatorRule Rule)> rules, ScriptContext? scripts) =>
        Compile<Group>(rules, null, FastParameters, scripts);

    private static T Compile<T>(IReadOnlyList<(int Index, IndicatorRule Rule)> rules, IReadOnlyList<RuleShape>? shapes, Type[] parameters, ScriptContext? scripts)
        where T : Delegate
    {
        var method = new DynamicMethod($"rules_{rules[0].Index}", typeof(void), parameters, typeof(RuleEmitter).Module, skipVisibility: true);
        Emit(method.GetILGenerator(), rules, shapes, scripts);
        return method.CreateDelegate<T>();
    }

    private static void Emit(ILGenerator il, IReadOnlyList<(int Index, IndicatorRule Rule)> rules, IReadOnlyList<RuleShape>? shapes, ScriptContext? scripts)
    {
        var emitter = new RuleEmitter(il, shapes is not null, scripts);
        emitter.CheckBoundsOnce(rules);
        for (var i = 0; i < rules.Count; i++)
        {
            emitter._indicator = rules[i].Index;
            emitter.EmitIndicator(rules[i].Index, rules[i].Rule, shapes?[i]);
        }

        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// Touches the highest index of each array the group writes or reads. Every later access uses a
    /// constant index no higher, so the JIT proves it in range and drops its bounds check: one check
    /// per array and group instead of one per status written and item read.
    /// </summary>
    private void CheckBoundsOnce(IReadOnlyList<(int Index, IndicatorRule Rule)> rules)
    {
        var last = rules.Max(r => r.Index);
        Touch(OpCodes.Ldarg_1, null, last, OpCodes.Ldelem_U1);
        Touch(OpCodes.Ldarg_2, null, last, OpCodes.Ldelem_U1);
        var reads = rules.SelectMany(r => r.Rule.Reads).ToList();
        if (reads.Where(e => IsScalar(e.Type)).Select(e => e.Ordinal).DefaultIfEmpty(-1).Max() is var number and >= 0)
        {
            Touch(OpCodes.Nop, _numbers, number, OpCodes.Ldelem_R8);
        }

        if (reads.Where(e => !IsScalar(e.Type)).Select(e => e.Ordinal).DefaultIfEmpty(-1).Max() is var other and >= 0)
        {
            Touch(OpCodes.Nop, _objects, other, OpCodes.Ldelem_Ref);
        }
    }

    private void Touch(OpCode argument, LocalBuilder? local, int index, OpCode load)
    {
        if (local is null)
        {
            _il.Emit(argument);
        }
        else
        {
            _il.Emit(OpCodes.Ldloc, local);
        }

        _il.Emit(OpCodes.Ldc_I4, index);
        _il.Emit(load);
        _il.Emit(OpCodes.Pop);
    }

    private LocalBuilder Load(OpCode argument, FieldInfo field)
    {
        var local = _il.DeclareLocal(field.FieldType);
        _il.Emit(argument);
        _il.Emit(OpCodes.Ldfld, field);
        _il.Emit(OpCodes.Stloc, local);
        return local;
    }

    /// <summary>The run-time type of a language type (see <see cref="RuntimeValues"/>).</summary>
    public static Type ClrType(DataType type) => type.Kind switch
    {
        TypeKind.Text => typeof(string),
        TypeKind.RecordList => typeof(object?[][]),
        TypeKind.Record => typeof(object?[]),
        _ => typeof(double),
    };

    private static bool IsScalar(DataType type) => ClrType(type) == typeof(double);
}
