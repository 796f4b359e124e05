using System.CommandLine;
using SpmAudit.Cli;
using SpmAudit.Cli.Commands;
using SpmAudit.Cli.Output;

EscapingWriter.Install();
GuardedWriter.Install();

var root = new RootCommand("SpmAudit: social audit and rating engine for microfinance")
{
    CheckCommand.Create(),
    AuditCommand.Create(),
    FmtCommand.Create(),
    ResolveCommand.Create(),
    RulesetsCommand.Create(),
    BundleCommand.Create(),
    InitCommand.Create(),
    PortfolioCommand.Create(),
    QuestionnaireCommand.Create(),
    PlanCommand.Create(),
    TrendCommand.Create(),
    EvidenceCommand.Create(),
    VerifyCommand.Create(),
    TestCommand.Create(),
    DiffCommand.Create(),
    CrosswalkCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"spm-audit: {error.Message}");
    }

    Console.Error.WriteLine("Run 'spm-audit --help' for usage.");
    return ExitCodes.Misuse;
}

try
{
    // The exit code of a bug is part of the contract, so a test must be able to reach it on purpose.
    if (Environment.GetEnvironmentVariable("SPM_AUDIT_SIMULATE_BUG") == "1")
    {
        throw new InvalidOperationException("simulated bug (SPM_AUDIT_SIMULATE_BUG=1)");
    }

    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OutputFailedException e)
{
    // The reader went away or the disk is full: the output is incomplete, so this is not success.
    Console.Error.WriteLine($"spm-audit: cannot write to standard output: {e.Message}");
    return ExitCodes.InputErrors;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // An exception is a bug in SpmAudit, never a user error: say so plainly.
    Console.Error.WriteLine($"spm-audit: internal error ({e.GetType().Name}: {e.Message}). Please report it with the command you ran.");
    return ExitCodes.InternalError;
}
