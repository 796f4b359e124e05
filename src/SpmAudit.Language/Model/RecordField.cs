namespace SpmAudit.Language.Model;

public sealed record RecordField(string Name, DataType Type);
