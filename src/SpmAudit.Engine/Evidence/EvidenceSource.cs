namespace SpmAudit.Engine.Evidence;

/// <summary>Where a value came from: a document and page, an interview, an MIS extract, an observation.</summary>
public sealed record EvidenceSource(string? Document, string? Page, string? Interview, string? Mis, string? Observation, string? Date)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (Document is not null)
        {
            parts.Add(Page is null ? Document : $"{Document}, p. {Page}");
        }

        if (Interview is not null)
        {
            parts.Add($"interview: {Interview}");
        }

        if (Mis is not null)
        {
            parts.Add($"MIS: {Mis}");
        }

        if (Observation is not null)
        {
            parts.Add($"observation: {Observation}");
        }

        if (Date is not null)
        {
            parts.Add(Date);
        }

        return string.Join("; ", parts);
    }
}
