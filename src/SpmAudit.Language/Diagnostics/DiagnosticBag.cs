using System.Collections.Immutable;

namespace SpmAudit.Language.Diagnostics;

/// <summary>Collects the diagnostics of one run. Mutable on purpose: phases add to it as they go.</summary>
public sealed class DiagnosticBag
{
    /// <summary>After this many errors a run stops adding more: later ones are usually echoes of earlier ones.</summary>
    public const int MaxErrors = 100;

    /// <summary>After this many warnings of one code the rest are counted, not listed: a thousand times the same advice helps no one.</summary>
    public const int MaxWarningsPerCode = 100;

    private readonly List<Diagnostic> _items = [];
    private readonly Dictionary<string, (int Count, Diagnostic Last)> _warnings = new(StringComparer.Ordinal);
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
        else
        {
            var (count, _) = _warnings.GetValueOrDefault(diagnostic.Code);
            _warnings[diagnostic.Code] = (count + 1, diagnostic);
            if (count >= MaxWarningsPerCode)
            {
                return;
            }
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
        foreach (var (code, (count, last)) in _warnings.Where(w => w.Value.Count > MaxWarningsPerCode).OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            sorted.Add(DiagnosticCatalog.MoreWarnings(last.Span, code, count - MaxWarningsPerCode));
        }

        if (_errors >= MaxErrors)
        {
            var last = sorted.LastOrDefault(d => d.IsError);
            sorted.Add(DiagnosticCatalog.TooManyErrors(last?.Span ?? SourceSpan.None(""), MaxErrors));
        }

        return [.. sorted];
    }
}
