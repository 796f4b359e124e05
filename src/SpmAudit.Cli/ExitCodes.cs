namespace SpmAudit.Cli;

/// <summary>The process exit codes the README documents.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An input (ruleset, evidence, template) has errors.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Misuse = 2;

    /// <summary>A bug: an exception escaped. Reported with a request to file an issue.</summary>
    public const int InternalError = 70;
}
