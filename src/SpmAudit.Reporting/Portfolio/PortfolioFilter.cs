using SpmAudit.Reporting.Batch;

namespace SpmAudit.Reporting.Portfolio;

/// <summary>Which assessments a portfolio shows: all, or those of one country (ISO code) and/or one assessment type.</summary>
public sealed record PortfolioFilter(string? Country = null, string? Assessment = null)
{
    public bool Matches(BatchLine line) =>
        (Country is null || string.Equals(line.Country, Country, StringComparison.OrdinalIgnoreCase))
        && (Assessment is null || line.Assessment == Assessment);
}
