using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SpmAudit.Cli.Output;

/// <summary>
/// Standard output as the tool writes to it: a write that fails (the reader closed the pipe, the
/// disk is full) becomes an <see cref="OutputFailedException"/>, which the program reports as exit 1
/// with a message, never as an internal error and never as success.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>
    /// Standard output as a plain file stream. The console's own stream pretends a write to a closed
    /// pipe succeeded; written through the descriptor, the failure is seen and reported.
    /// </summary>
    public static Stream StandardOutput { get; private set; } = Stream.Null;

    public static void Install()
    {
        StandardOutput = OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        Console.SetOut(new GuardedWriter(new StreamWriter(StandardOutput, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true }));
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    /// <summary>Runs a write to standard output, turning its failure into <see cref="OutputFailedException"/>.</summary>
    public static void Guard(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }
}

/// <summary>Standard output could not be written.</summary>
internal sealed class OutputFailedException(IOException inner) : Exception(inner.Message, inner);
