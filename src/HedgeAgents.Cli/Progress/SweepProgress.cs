using System.Diagnostics;
using System.Globalization;

namespace HedgeAgents.Cli.Progress;

/// <summary>Progress of a long sweep on stderr: a live bar on a terminal, otherwise a plain line at most every
/// interval (logs and CI), and a final line on dispose. Rates and ETA count only the runs done by this process.</summary>
public sealed class SweepProgress : IDisposable
{
    private readonly TextWriter _stderr;
    private readonly long _total;
    private readonly long _alreadyDone;
    private readonly bool _quiet;
    private readonly Func<TimeSpan> _clock;
    private readonly TimeSpan _start;
    private readonly long _intervalTicks;
    private readonly SpectreSweepBar? _bar;
    private readonly Lock _writing = new();
    private long _done;
    private long _advanced;
    private long _nextLineTicks;
    private bool _disposed;

    /// <summary>Starts reporting a sweep of <paramref name="total"/> runs of which <paramref name="alreadyDone"/> were
    /// done before (a resumed sweep). <paramref name="interactive"/> null: a bar only when <paramref name="stderr"/>
    /// is the process's stderr on an ANSI terminal. <paramref name="clock"/>: elapsed time, for tests.</summary>
    public SweepProgress(TextWriter stderr, long total, long alreadyDone, bool quiet, bool? interactive = null,
        TimeSpan? plainInterval = null, Func<TimeSpan>? clock = null)
    {
        _stderr = stderr;
        _total = total;
        _alreadyDone = _done = _advanced = alreadyDone;
        _quiet = quiet;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }
        _clock = clock;
        _start = clock();
        _intervalTicks = (plainInterval ?? TimeSpan.FromSeconds(10)).Ticks;
        _nextLineTicks = _start.Ticks + _intervalTicks;
        if (!quiet && (interactive ?? SpectreSweepBar.IsTerminal(stderr)))
            _bar = new SpectreSweepBar(stderr, total, () => Volatile.Read(ref _done), done => Describe(done, _clock()));
    }

    /// <summary>Reports that <paramref name="done"/> runs of the sweep are complete, counting those done before;
    /// callable from any thread, cheap, and calls that arrive out of order keep the largest count.</summary>
    public void Report(long done)
    {
        if (_quiet) return;
        var seen = Volatile.Read(ref _done);
        while (done > seen)
        {
            var was = Interlocked.CompareExchange(ref _done, done, seen);
            if (was == seen) break;
            seen = was;
        }
        if (_bar is not null) return; // the bar polls the count itself
        var now = _clock();
        if (now.Ticks < Volatile.Read(ref _nextLineTicks) || !_writing.TryEnter()) return;
        try
        {
            // Re-checked under the lock: another thread may have just written the line that was due.
            if (_disposed || now.Ticks < _nextLineTicks) return;
            _nextLineTicks = now.Ticks + _intervalTicks;
            _stderr.Write("sweep: " + Describe(Volatile.Read(ref _done), now) + "\n");
        }
        finally
        {
            _writing.Exit();
        }
    }

    /// <summary>Reports that <paramref name="runs"/> more runs are complete; fits a runner's "runs done" callback.
    /// Use this or <see cref="Report"/>, not both.</summary>
    public void Advance(long runs = 1) => Report(Interlocked.Add(ref _advanced, runs));

    /// <summary>Stops the bar and writes the final line: runs done, time taken and rate.</summary>
    public void Dispose()
    {
        lock (_writing)
        {
            if (_disposed) return;
            _disposed = true;
        }
        if (_quiet) return;
        _bar?.Dispose();
        var elapsed = _clock() - _start;
        var done = Volatile.Read(ref _done);
        lock (_writing)
            _stderr.Write($"sweep: {Count(done)}/{Count(_total)} runs in {Duration(elapsed)} ({Rate(done, elapsed)} runs/s)\n");
    }

    /// <summary>"1200/5000 runs (24.0%), 310.5 runs/s, ETA 00:00:12" at time <paramref name="now"/>.</summary>
    private string Describe(long done, TimeSpan now)
    {
        var elapsed = now - _start;
        var percent = _total > 0 ? 100.0 * done / _total : 100.0;
        var rate = RunsPerSecond(done, elapsed);
        var seconds = rate > 0 ? Math.Round((_total - done) / rate) : double.PositiveInfinity;
        // Unknown until a run is done here; past a few decades it is unknown too, and would overflow TimeSpan.
        var eta = done >= _total ? "00:00:00" : seconds < 1e9 ? Duration(TimeSpan.FromSeconds(seconds)) : "--:--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Count(done)}/{Count(_total)} runs ({percent:0.0}%), {Rate(done, elapsed)} runs/s, ETA {eta}");
    }

    private double RunsPerSecond(long done, TimeSpan elapsed) =>
        elapsed > TimeSpan.Zero ? (done - _alreadyDone) / elapsed.TotalSeconds : 0;

    private string Rate(long done, TimeSpan elapsed) =>
        RunsPerSecond(done, elapsed).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>hh:mm:ss, hours not wrapping at a day.</summary>
    private static string Duration(TimeSpan t) => string.Create(CultureInfo.InvariantCulture,
        $"{(long)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}");
}
