using Microsoft.CodeAnalysis;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Scripting;

internal static class RoslynSpans
{
    /// <summary>Where a location is in the user's file, through the #line directives (Roslyn counts from 0).</summary>
    public static SourceSpan Of(Location location)
    {
        var mapped = location.GetMappedLineSpan();
        return new SourceSpan(mapped.Path, mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1);
    }
}
