namespace SpmAudit.Language.Functions;

/// <summary>What a function accepts in one argument position.</summary>
public enum ParameterKind
{
    /// <summary>A number, an integer or a percentage.</summary>
    Number,

    Date,

    /// <summary>A value of any type.</summary>
    Value,

    /// <summary>A list of records.</summary>
    List,

    /// <summary><c>r => condition</c> over the records of the list before it.</summary>
    Predicate,

    /// <summary><c>r => number</c> over the records of the list before it.</summary>
    Selector,
}

/// <summary>One parameter of a built-in function: its name in the signature and what it accepts.</summary>
/// <param name="Optional">May be left out (only the last parameter).</param>
/// <param name="Repeated">May be given any number of further times (only the last parameter).</param>
public sealed record FunctionParameter(string Name, ParameterKind Kind, bool Optional = false, bool Repeated = false)
{
    public bool IsLambda => Kind is ParameterKind.Predicate or ParameterKind.Selector;

    public string Signature => Kind switch
    {
        ParameterKind.Predicate => $"{Name} => condition",
        ParameterKind.Selector => $"{Name} => number",
        _ => Name,
    };
}
