namespace System.Runtime.CompilerServices;

/// <summary>
/// Read by the runtime (by name; the framework does not ship it): an assembly carrying it may use the
/// named assembly's non-public members. Only <see cref="SpmAudit.Engine.Evaluation.TracedAssembly"/> applies it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    public string AssemblyName { get; } = assemblyName;
}
