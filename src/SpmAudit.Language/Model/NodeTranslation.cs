namespace SpmAudit.Language.Model;

/// <summary>A node's title (and guidance) in another language; criterion text otherwise stays as written.</summary>
public sealed record NodeTranslation(string Title, string? Guidance);
