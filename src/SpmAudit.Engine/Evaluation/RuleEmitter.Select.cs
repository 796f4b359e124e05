using System.Reflection.Emit;
using SpmAudit.Engine.Results;
using SpmAudit.Language.Functions;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleEmitter
{
    /// <summary>
    /// list[column = value, …]: the list, then each value (boxed, as record fields are), each kept in
    /// a local so that a value with branches starts on an empty stack; then <see cref="GroupSelect.Run"/>.
    /// </summary>
    private void EmitSelect(BoundSelect select, TraceShape? shape)
    {
        var list = _locals.Rent(typeof(object?[][]));
        Emit(select.List, Child(shape, 0));
        _il.Emit(OpCodes.Stloc, list);
        var keys = new LocalBuilder[select.Selections.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var value = select.Selections[i].Value;
            Emit(value, Child(shape, i + 1));
            if (IsScalar(value.Type))
            {
                _il.Emit(OpCodes.Box, typeof(double));
            }

            keys[i] = _locals.Rent(typeof(object));
            _il.Emit(OpCodes.Stloc, keys[i]);
        }

        _il.Emit(OpCodes.Ldloc, list);
        NewArray(typeof(int), keys.Length, i => _il.Emit(OpCodes.Ldc_I4, select.Selections[i].FieldIndex), OpCodes.Stelem_I4);
        NewArray(typeof(object), keys.Length, i => _il.Emit(OpCodes.Ldloc, keys[i]), OpCodes.Stelem_Ref);
        _il.Emit(OpCodes.Ldc_I4, select.ValueField);
        _il.Emit(OpCodes.Call, typeof(GroupSelect).GetMethod(nameof(GroupSelect.Run))!);
        _locals.Return(list);
        foreach (var key in keys)
        {
            _locals.Return(key);
        }
    }

    private void NewArray(Type element, int length, Action<int> pushItem, OpCode store)
    {
        _il.Emit(OpCodes.Ldc_I4, length);
        _il.Emit(OpCodes.Newarr, element);
        for (var i = 0; i < length; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            pushItem(i);
            _il.Emit(store);
        }
    }
}
