namespace SpmAudit.Engine.Evidence;

public sealed record Institution(string Id, string Name, string? Country);
