using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SpmAudit.Language.Model;

namespace SpmAudit.Language.Scripting;

/// <summary>
/// Compiled C# functions, kept by the SHA-256 of their sources, signatures, limits, the engine's
/// version and the compiler's build: in memory for the process, and on disk so that the next
/// run loads the assembly without compiling (or loading Roslyn). Writes are best effort; a cache
/// that cannot be written only costs a compilation.
/// </summary>
public static class ScriptCache
{
    private static readonly ConcurrentDictionary<string, byte[]> Memory = new(StringComparer.Ordinal);

    /// <summary>SPM_CACHE_DIR, else $XDG_CACHE_HOME/spm-audit, else ~/.cache/spm-audit; functions go in 'functions' below it.</summary>
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("SPM_CACHE_DIR") is { Length: > 0 } own ? own
                : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "spm-audit")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "spm-audit");
            return Path.Combine(root, "functions");
        }
    }

    public static string Key(IEnumerable<RulesetFunction> functions)
    {
        var text = new StringBuilder().Append(Versioning.EngineVersion.Current).Append('\n').Append(ScriptCompilerSeam.BuildId).Append('\n').Append(ScriptLimits.Fuel).Append('\n');
        foreach (var function in functions.Where(f => f.IsCSharp))
        {
            text.Append(function.Signature).Append('\n').Append(function.CSharp!.Start).Append('\n').Append(function.CSharp.Text).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static byte[]? TryRead(string key)
    {
        if (Memory.TryGetValue(key, out var bytes))
        {
            return bytes;
        }

        try
        {
            var path = Path.Combine(Folder, key + ".dll");
            if (File.Exists(path) && new FileInfo(path).Length > 0)
            {
                bytes = File.ReadAllBytes(path);
                Memory[key] = bytes;
                return bytes;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache is a miss.
        }

        return null;
    }

    public static void Write(string key, byte[] bytes)
    {
        Memory[key] = bytes;
        try
        {
            Directory.CreateDirectory(Folder);
            var target = Path.Combine(Folder, key + ".dll");
            var temporary = target + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Kept in memory for this process; the next one compiles again.
        }
    }

    /// <summary>Forgets what this process holds in memory (the disk cache stays), as a new process starts.</summary>
    public static void ClearMemory() => Memory.Clear();
}
