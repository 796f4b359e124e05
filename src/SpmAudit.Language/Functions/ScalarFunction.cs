using System.Reflection;

namespace SpmAudit.Language.Functions;

/// <summary>
/// A function of single values, implemented by one static method over run-time values
/// (<see cref="RuntimeValues"/>). A repeated last parameter is applied left to right: the method
/// takes two values and is called once per further argument.
/// </summary>
public abstract class ScalarFunction(string name, params FunctionParameter[] parameters) : FunctionDefinition(name, parameters)
{
    /// <summary>The implementation for arguments whose run-time type is <paramref name="argument"/> (double, string or a list).</summary>
    public abstract MethodInfo RuntimeFor(Type argument);

    protected static MethodInfo Method<T>(string name, params Type[] parameters) =>
        typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
        ?? throw new InvalidOperationException($"{typeof(T).Name}.{name} is missing.");
}
