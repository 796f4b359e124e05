namespace SpmAudit.Cli.Output;

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal and at most ~10 times a second.</summary>
internal sealed class ProgressBar(int total, bool enabled)
{
    private const int Width = 30;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _done;

    public void Advance()
    {
        _done++;
        if (enabled && (_clock.ElapsedMilliseconds - _lastDraw >= 100 || _done == total))
        {
            _lastDraw = _clock.ElapsedMilliseconds;
            var filled = total == 0 ? Width : _done * Width / total;
            EscapingWriter.RawError.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total}");
        }
    }

    public void Finish()
    {
        if (enabled)
        {
            Console.Error.WriteLine();
        }
    }
}
