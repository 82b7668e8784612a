using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using EcsForge.Host.Commands;

namespace EcsForge.Host.IO;

/// <summary>
/// <c>parse</c>'s progress on stderr, redrawn in place (carriage return, no newline) about every 0.5 s: events done,
/// events/s and MB/s of input since the start. Only on a terminal: a redirected stderr gets the summary alone, and
/// stdout never gets any of it. Plain text: one line redrawn with '\r' needs no terminal library.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly TextWriter _error;
    private readonly ParseCounters _counters;
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private readonly Lock _drawing = new();
    private readonly Timer? _timer;
    private int _drawnLength;
    private bool _stopped;

    /// <param name="refresh">Whether a timer redraws the line; without it, only <see cref="Draw"/> does.</param>
    public ProgressLine(TextWriter error, ParseCounters counters, bool refresh = true)
    {
        _error = error;
        _counters = counters;
        if (refresh)
        {
            // Drawn at once, so a run waiting on a quiet stdin shows that it is running, then every interval.
            Draw();
            _timer = new Timer(_ => Draw(), null, Interval, Interval);
        }
    }

    /// <summary>Whether <c>parse</c> shows a progress line: stderr is a terminal and <c>--quiet</c> was not given.</summary>
    public static bool IsWanted(bool quiet, bool errorRedirected) => !quiet && !errorRedirected;

    /// <summary>A progress line on stderr when <see cref="IsWanted"/>, else null.</summary>
    public static ProgressLine? StartIfWanted(bool quiet, ParseCounters counters)
        => IsWanted(quiet, Console.IsErrorRedirected) ? new ProgressLine(Console.Error, counters) : null;

    /// <summary>The text of the line: <c>parse: 1,234,567 events  123,456 events/s  98.7 MB/s</c>.</summary>
    public static string Format(long events, long bytes, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        var eventsPerSecond = seconds > 0 ? events / seconds : 0;
        var megabytesPerSecond = seconds > 0 ? bytes / seconds / 1_000_000 : 0;
        return string.Create(CultureInfo.InvariantCulture, $"parse: {events:N0} events  {eventsPerSecond:N0} events/s  {megabytesPerSecond:F1} MB/s");
    }

    /// <summary>Redraws the line over the previous one.</summary>
    public void Draw() => Draw(_stopwatch.Elapsed);

    /// <summary>Redraws the line as at <paramref name="elapsed"/> since the start.</summary>
    internal void Draw(TimeSpan elapsed)
    {
        lock (_drawing)
        {
            if (_stopped)
            {
                return;
            }

            var text = Format(_counters.Lines, _counters.Bytes, elapsed);
            // Spaces cover the end of a longer previous line (the rates can shrink).
            _error.Write("\r" + text.PadRight(_drawnLength));
            _error.Flush();
            _drawnLength = text.Length;
        }
    }

    /// <summary>Stops redrawing and blanks the line, so the summary that follows starts on a clean line.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_drawing)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            if (_drawnLength > 0)
            {
                _error.Write("\r" + new string(' ', _drawnLength) + "\r");
                _error.Flush();
            }
        }
    }
}
