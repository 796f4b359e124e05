using System.Collections.Frozen;
using Microsoft.CodeAnalysis;

namespace SpmAudit.Scripting;

/// <summary>
/// What C# functions may use: arithmetic and Math, strings and text building, dates, tuples,
/// collections and LINQ over them, and the exceptions a computation throws. Everything else —
/// files, network, reflection, processes, threads, the environment, the clock, interop — is absent
/// from the list and so refused. Types are matched by namespace and name, members by a short deny list
/// of the allowed types' escape hatches.
/// </summary>
internal static class SandboxAllowList
{
    private static readonly FrozenSet<string> WholeNamespaces = FrozenSet.ToFrozenSet(["System.Collections.Generic", "System.Linq"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Types = FrozenSet.ToFrozenSet(
    [
        "System.Object", "System.String", "System.Char", "System.Boolean", "System.Void",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal", "System.Math", "System.MathF", "System.MidpointRounding",
        "System.DateOnly", "System.DateTime", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek",
        "System.Nullable", "System.Nullable`1", "System.Array", "System.Index", "System.Range",
        "System.Span`1", "System.ReadOnlySpan`1", "System.MemoryExtensions",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5",
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Predicate`1", "System.Comparison`1",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4", "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7",
        "System.Tuple`2", "System.Tuple`3", "System.IComparable`1", "System.IEquatable`1", "System.IFormatProvider",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.ArithmeticException", "System.DivideByZeroException", "System.OverflowException",
        "System.NotSupportedException", "System.FormatException", "System.IndexOutOfRangeException",
        "System.Text.StringBuilder", "System.Globalization.CultureInfo", "System.Globalization.NumberStyles",
    ], StringComparer.Ordinal);

    /// <summary>Members of allowed types that reach outside the computation: reflection, the clock, global state.</summary>
    private static readonly FrozenSet<string> DeniedMembers = FrozenSet.ToFrozenSet(
    [
        "System.Object.GetType", "System.Exception.TargetSite", "System.Exception.GetType",
        "System.DateTime.Now", "System.DateTime.UtcNow", "System.DateTime.Today",
        "System.Array.CreateInstance", "System.Array.CreateInstanceFromArrayType", "System.String.Intern",
        "System.Globalization.CultureInfo.CurrentCulture", "System.Globalization.CultureInfo.DefaultThreadCurrentCulture",
        "System.Globalization.CultureInfo.CurrentUICulture", "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
        "System.Linq.Enumerable.Range", "System.Linq.Enumerable.Repeat",
    ], StringComparer.Ordinal);

    public static bool IsAllowed(ITypeSymbol type, IAssemblySymbol own) => type switch
    {
        IArrayTypeSymbol array => IsAllowed(array.ElementType, own),
        ITypeParameterSymbol or IErrorTypeSymbol => true,
        INamedTypeSymbol { IsAnonymousType: true } => true,
        INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.All(e => IsAllowed(e.Type, own)),
        INamedTypeSymbol named => IsAllowedNamed(named, own),
        _ => false,
    };

    private static bool IsAllowedNamed(INamedTypeSymbol type, IAssemblySymbol own)
    {
        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, own))
        {
            return true;
        }

        if (type.ContainingType is { } outer)
        {
            // List<T>.Enumerator, Dictionary<K, V>.KeyCollection: as allowed as their outer type.
            return IsAllowedNamed(outer, own) && type.TypeArguments.All(a => IsAllowed(a, own));
        }

        var definition = type.OriginalDefinition;
        var space = definition.ContainingNamespace.ToDisplayString();
        var allowed = WholeNamespaces.Contains(space) || Types.Contains($"{space}.{definition.MetadataName}");
        return allowed && type.TypeArguments.All(a => IsAllowed(a, own));
    }

    public static bool IsDenied(ISymbol member) =>
        member.ContainingType is { } type && DeniedMembers.Contains($"{type.OriginalDefinition.ContainingNamespace.ToDisplayString()}.{type.OriginalDefinition.Name}.{member.Name}");
}
