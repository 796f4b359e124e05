namespace SpmAudit.Reporting.Pdf;

/// <summary>Finds a program the way a shell would: the first executable file of that name on PATH.</summary>
public static class ExecutableSearch
{
    public static string? OnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name } : [name];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names.Select(n => System.IO.Path.Combine(dir, n)))
            {
                if (IsExecutable(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static bool IsExecutable(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & anyExecute) != 0;
    }
}
