using SpmAudit.Engine.Auditing;
using SpmAudit.Engine.Results;
using SpmAudit.Tests;

namespace SpmAudit.Reporting.Tests;

internal static class SampleAudit
{
    public static string Folder => RepositoryPaths.Combine("tests", "SpmAudit.Reporting.Tests", "Cases", "Sample");

    public static AuditResult Run()
    {
        var outcome = Auditor.Audit(Path.Combine(Folder, "ruleset.spm"), Path.Combine(Folder, "evidence.yaml"), Folder);
        outcome.Diagnostics.ShouldBeEmpty();
        return outcome.Result!;
    }
}
