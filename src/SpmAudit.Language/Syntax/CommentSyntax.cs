namespace SpmAudit.Language.Syntax;

/// <summary>A comment as written ("// ..." or "# ..."), kept so the formatter and converters never drop it.</summary>
public sealed record CommentSyntax(int Line, string Text);
