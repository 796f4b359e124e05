using System.Collections.Immutable;

namespace SpmAudit.Language.Model;

/// <summary>The type of an evidence item, a parameter or an expression.</summary>
public sealed class DataType
{
    public static readonly DataType Boolean = new(TypeKind.Boolean);
    public static readonly DataType Integer = new(TypeKind.Integer);
    public static readonly DataType Number = new(TypeKind.Number);
    public static readonly DataType Percentage = new(TypeKind.Percentage);
    public static readonly DataType Text = new(TypeKind.Text);
    public static readonly DataType Date = new(TypeKind.Date);
    public static readonly DataType Error = new(TypeKind.Error);

    private DataType(TypeKind kind, ImmutableArray<string> choices = default, ImmutableArray<RecordField> fields = default)
    {
        Kind = kind;
        Choices = choices.IsDefault ? [] : choices;
        Fields = fields.IsDefault ? [] : fields;
    }

    public TypeKind Kind { get; }

    /// <summary>The allowed values of a <see cref="TypeKind.Choice"/>, in declaration order.</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>The fields of a <see cref="TypeKind.RecordList"/> or <see cref="TypeKind.Record"/>.</summary>
    public ImmutableArray<RecordField> Fields { get; }

    public bool IsError => Kind == TypeKind.Error;

    public bool IsNumeric => Kind is TypeKind.Integer or TypeKind.Number or TypeKind.Percentage;

    public static DataType Choice(ImmutableArray<string> choices) => new(TypeKind.Choice, choices);

    public static DataType RecordList(ImmutableArray<RecordField> fields) => new(TypeKind.RecordList, fields: fields);

    public DataType ElementType => Kind == TypeKind.RecordList ? new DataType(TypeKind.Record, fields: Fields) : this;

    public int FieldIndex(string name)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether values of the two types can be compared with == and !=.</summary>
    public bool IsComparableWith(DataType other) =>
        (IsNumeric && other.IsNumeric)
        || (Kind == other.Kind && Kind is TypeKind.Boolean or TypeKind.Text or TypeKind.Date)
        || (Kind == TypeKind.Choice && other.Kind == TypeKind.Choice && Choices.SequenceEqual(other.Choices));

    /// <summary>The spelling used in the DSL, also the canonical text for model comparison.</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.Choice => $"one of ({string.Join(", ", Choices)})",
        TypeKind.RecordList => $"list of {{ {string.Join(", ", Fields.Select(f => $"{f.Name}: {f.Type}"))} }}",
        TypeKind.Record => $"record {{ {string.Join(", ", Fields.Select(f => $"{f.Name}: {f.Type}"))} }}",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
