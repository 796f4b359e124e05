namespace SpmAudit.Reporting.Formats;

/// <summary>Every report kind, by name. The full report keeps the template names reports always had, so a template directory that overrides them still works.</summary>
public static class ReportKinds
{
    public const string Full = "full";

    public const string Board = "board";

    public static IReadOnlyList<ReportKind> All { get; } =
    [
        new(Full, "every indicator with its guidance, status, reason, evidence and sources", "audit.md.sbn", "audit.html.sbn"),
        new(Board, "4 to 6 pages for a board: the grade and what it means, scores, decisions, strengths and gaps, scope, sign-off", "board.md.sbn", "board.html.sbn"),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static ReportKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
