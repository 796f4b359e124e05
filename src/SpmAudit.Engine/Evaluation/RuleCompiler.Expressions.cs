using System.Linq.Expressions;
using System.Reflection;
using SpmAudit.Language.Model;

namespace SpmAudit.Engine.Evaluation;

internal sealed partial class RuleCompiler
{
    private static readonly FieldInfo NumbersField = typeof(EvidenceFrame).GetField(nameof(EvidenceFrame.Numbers))!;
    private static readonly FieldInfo ObjectsField = typeof(EvidenceFrame).GetField(nameof(EvidenceFrame.Objects))!;
    private static readonly FieldInfo KnownField = typeof(EvidenceFrame).GetField(nameof(EvidenceFrame.Known))!;

    private Expression Emit(BoundExpression expression) => expression switch
    {
        BoundConstant c => Constant(c.Type, c.Value),
        BoundParameter p => Constant(p.Type, p.Parameter.Value),
        BoundEvidence e => ReadEvidence(e.Item),
        BoundLetReference l => _lets[l.Let],
        BoundRecordVariable v => _records[v],
        BoundField f => ReadField(f),
        BoundUnary u => u.Operator == UnaryOperator.Not ? Expression.Not(Emit(u.Operand)) : Expression.Negate(Emit(u.Operand)),
        BoundBinary b => EmitBinary(b),
        BoundIn i => EmitIn(i),
        BoundConditional c => EmitConditional(c),
        BoundCall call => EmitCall(call),
        _ => throw new InvalidOperationException($"Cannot compile {expression.GetType().Name}."),
    };

    private static Expression Constant(DataType type, object value)
    {
        var clr = ClrType(type);
        object? runtime = type.Kind switch
        {
            TypeKind.Boolean => (bool)value,
            TypeKind.Text => (string)value,
            _ => RecordLayout.ToNumber(type, value),
        };
        return Expression.Constant(runtime, clr);
    }

    private Expression ReadEvidence(EvidenceItem item)
    {
        var slot = Expression.Constant(item.Ordinal);
        if (item.Type.Kind is TypeKind.Text or TypeKind.RecordList)
        {
            return Expression.Convert(Expression.ArrayIndex(Expression.Field(_frame, ObjectsField), slot), ClrType(item.Type));
        }

        var known = Expression.ArrayIndex(Expression.Field(_frame, KnownField), slot);
        var number = Expression.ArrayIndex(Expression.Field(_frame, NumbersField), slot);
        Expression value = item.Type.Kind == TypeKind.Boolean
            ? Expression.Convert(Expression.NotEqual(number, Expression.Constant(0.0)), typeof(bool?))
            : Expression.Convert(number, typeof(double?));
        return Expression.Condition(known, value, Expression.Constant(null, value.Type));
    }

    private MethodCallExpression ReadField(BoundField field)
    {
        var raw = Expression.ArrayIndex(Emit(field.Record), Expression.Constant(field.FieldIndex));
        var reader = field.Type.Kind switch
        {
            TypeKind.Boolean => nameof(RuntimeFunctions.ReadBoolean),
            TypeKind.Text => nameof(RuntimeFunctions.ReadText),
            _ => nameof(RuntimeFunctions.ReadNumber),
        };
        return Call(reader, raw);
    }

    private Expression EmitBinary(BoundBinary binary)
    {
        var left = Emit(binary.Left);
        var right = Emit(binary.Right);
        if (binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual && left.Type == typeof(string))
        {
            var equals = Call(nameof(RuntimeFunctions.TextEquals), left, right);
            return binary.Operator == BinaryOperator.Equal ? equals : Expression.Not(equals);
        }

        return binary.Operator switch
        {
            BinaryOperator.Add => Expression.Add(left, right),
            BinaryOperator.Subtract => Expression.Subtract(left, right),
            BinaryOperator.Multiply => Expression.Multiply(left, right),
            BinaryOperator.Divide => Call(nameof(RuntimeFunctions.Divide), left, right),
            BinaryOperator.Less => Expression.LessThan(left, right, liftToNull: true, method: null),
            BinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right, liftToNull: true, method: null),
            BinaryOperator.Greater => Expression.GreaterThan(left, right, liftToNull: true, method: null),
            BinaryOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right, liftToNull: true, method: null),
            BinaryOperator.Equal => Expression.Equal(left, right, liftToNull: true, method: null),
            BinaryOperator.NotEqual => Expression.NotEqual(left, right, liftToNull: true, method: null),
            BinaryOperator.And => Expression.AndAlso(left, right),
            BinaryOperator.Or => Expression.OrElse(left, right),
            _ => throw new InvalidOperationException($"Unknown operator {binary.Operator}."),
        };
    }

    private Expression EmitIn(BoundIn bound)
    {
        var value = Expression.Variable(ClrType(bound.Value.Type), "candidate");
        Expression? any = null;
        foreach (var item in bound.Items)
        {
            var itemValue = Emit(item);
            Expression equals = value.Type == typeof(string)
                ? Call(nameof(RuntimeFunctions.TextEquals), value, itemValue)
                : Expression.Equal(value, itemValue, liftToNull: true, method: null);
            any = any is null ? equals : Expression.OrElse(any, equals);
        }

        any ??= Expression.Condition(
            Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, typeof(bool?)), Expression.Constant(false, typeof(bool?)));
        var result = bound.Negated ? Expression.Not(any) : any;
        return Expression.Block(typeof(bool?), [value], Expression.Assign(value, Emit(bound.Value)), result);
    }

    private Expression EmitConditional(BoundConditional conditional)
    {
        var condition = Expression.Variable(typeof(bool?), "condition");
        var type = ClrType(conditional.Type);
        var then = Expression.Convert(Emit(conditional.Then), type);
        var otherwise = Expression.Convert(Emit(conditional.Else), type);
        var choose = Expression.Condition(
            Expression.Not(Expression.Property(condition, "HasValue")),
            Expression.Constant(null, type),
            Expression.Condition(Expression.Property(condition, "Value"), then, otherwise));
        return Expression.Block(type, [condition], Expression.Assign(condition, Emit(conditional.Condition)), choose);
    }

    private static MethodCallExpression Call(string name, params Expression[] arguments) =>
        Expression.Call(typeof(RuntimeFunctions), name, null, arguments);
}
