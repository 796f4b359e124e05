using System.Runtime.CompilerServices;

namespace SpmAudit.Tests;

/// <summary>Compiled C# functions of test rulesets go to a cache under the temporary folder, never the user's.</summary>
internal static class TestScriptCache
{
#pragma warning disable CA2255 // A test assembly sets its process's cache folder before any test runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseTemporaryFolder()
    {
        if (Environment.GetEnvironmentVariable("SPM_CACHE_DIR") is not { Length: > 0 })
        {
            Environment.SetEnvironmentVariable("SPM_CACHE_DIR", Path.Combine(Path.GetTempPath(), "spm-audit-test-cache"));
        }
    }
}
