using System.Collections.Immutable;

namespace SpmAudit.Language.Diagnostics;

/// <summary>Collects the diagnostics of one run. Mutable on purpose: phases add to it as they go.</summary>
public sealed class DiagnosticBag
{
    /// <summary>After this many errors a run stops adding more: later ones are usually echoes of earlier ones.</summary>
    public const int MaxErrors = 100;

    private readonly List<Diagnostic> _items = [];
    private int _errors;

    public bool HasErrors => _errors > 0;

    public int ErrorCount => _errors;

    public bool IsFull => _errors >= MaxErrors;

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            if (_errors >= MaxErrors)
            {
                return;
            }

            _errors++;
        }

        _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Diagnostics sorted by file, line and column, then code, with exact duplicates removed.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        var sorted = _items
            .Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Sheet, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        if (_errors >= MaxErrors)
        {
            var last = sorted.LastOrDefault(d => d.IsError);
            sorted.Add(DiagnosticCatalog.TooManyErrors(last?.Span ?? SourceSpan.None(""), MaxErrors));
        }

        return [.. sorted];
    }
}
