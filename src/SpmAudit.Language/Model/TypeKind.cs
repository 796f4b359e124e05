namespace SpmAudit.Language.Model;

public enum TypeKind
{
    Boolean,
    Integer,
    Number,
    Percentage,
    Text,
    Date,
    Choice,
    RecordList,

    /// <summary>One record of a list, seen by the parameter of a lambda such as <c>r => r.hours</c>.</summary>
    Record,

    /// <summary>The type of an expression that already has an error; it silences follow-on errors.</summary>
    Error,
}
