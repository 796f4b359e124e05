using System.Text;
using SpmAudit.Language.Diagnostics;

namespace SpmAudit.Cli.Output;

/// <summary>
/// Standard error as the tool prints to it: every message passes through
/// <see cref="ControlCharacters.Escape"/>, so a name or a path taken from an input is shown, never
/// obeyed by the terminal, whichever command printed it.
/// </summary>
internal sealed class EscapingWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Standard error itself, for the tool's own control characters (the progress bar's carriage return).</summary>
    public static TextWriter RawError { get; private set; } = Console.Error;

    /// <summary>Makes <see cref="Console.Error"/> escape what it prints.</summary>
    public static void Install()
    {
        RawError = Console.Error;
        Console.SetError(new EscapingWriter(RawError));
    }

    public override void Write(char value)
    {
        if (ControlCharacters.NeedsEscape(value))
        {
            inner.Write(ControlCharacters.Escape(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : ControlCharacters.Escape(value));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : ControlCharacters.Escape(value));

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
