using System.Reflection.Emit;

namespace SpmAudit.Engine.Evaluation;

/// <summary>
/// Locals of a generated method, reused once released: a group of rules needs only as many as
/// its deepest rule holds at once, which keeps the method small enough for the JIT to optimize.
/// </summary>
internal sealed class LocalPool(ILGenerator il)
{
    private readonly Dictionary<Type, Stack<LocalBuilder>> _free = [];

    public LocalBuilder Rent(Type type) =>
        _free.TryGetValue(type, out var stack) && stack.Count > 0 ? stack.Pop() : il.DeclareLocal(type);

    public void Return(LocalBuilder local)
    {
        if (!_free.TryGetValue(local.LocalType, out var stack))
        {
            _free[local.LocalType] = stack = new Stack<LocalBuilder>();
        }

        stack.Push(local);
    }
}
