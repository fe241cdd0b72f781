using HedgeAgents.Cli.Progress;

namespace HedgeAgents.Cli.Tests;

public class SweepProgressTests
{
    /// <summary>A clock the test sets by hand.</summary>
    private sealed class ManualClock
    {
        public TimeSpan Now { get; set; }
        public TimeSpan Read() => Now;
    }

    private static (SweepProgress Progress, StringWriter Err, ManualClock Clock) Plain(long total, long alreadyDone = 0, bool quiet = false)
    {
        var err = new StringWriter();
        var clock = new ManualClock();
        var progress = new SweepProgress(err, total, alreadyDone, quiet, interactive: false, TimeSpan.FromSeconds(10), clock.Read);
        return (progress, err, clock);
    }

    [Test]
    public void Report_PlainOutput_LineAtMostEveryInterval()
    {
        // Given a sweep of 5000 runs reported by the clock
        var (progress, err, clock) = Plain(5000);

        // When runs are reported at 5, 10, 15 and 20 seconds
        foreach (var (seconds, done) in new[] { (5, 600L), (10, 1200L), (15, 1800L), (20, 2400L) })
        {
            clock.Now = TimeSpan.FromSeconds(seconds);
            progress.Report(done);
        }

        // Then a line is written at 10 s and 20 s, with percentage, rate and ETA = remaining / rate
        Assert.That(err.ToString(), Is.EqualTo(
            "sweep: 1200/5000 runs (24.0%), 120.0 runs/s, ETA 00:00:32\n" +
            "sweep: 2400/5000 runs (48.0%), 120.0 runs/s, ETA 00:00:22\n"));
    }

    [Test]
    public void Report_ResumedSweep_RateCountsOnlyThisProcess()
    {
        // Given a resumed sweep with 1000 of 5000 runs done before
        var (progress, err, clock) = Plain(5000, alreadyDone: 1000);

        // When 1000 more are done in 10 s
        clock.Now = TimeSpan.FromSeconds(10);
        progress.Report(2000);

        // Then the rate is 100 runs/s, not 200
        Assert.That(err.ToString(), Is.EqualTo("sweep: 2000/5000 runs (40.0%), 100.0 runs/s, ETA 00:00:30\n"));
    }

    [Test]
    public void Report_NothingDoneYet_EtaUnknown()
    {
        // Given a sweep that has done no run after an interval / When reported
        var (progress, err, clock) = Plain(5000, alreadyDone: 10);
        clock.Now = TimeSpan.FromSeconds(10);
        progress.Report(10);

        // Then the ETA is shown as unknown
        Assert.That(err.ToString(), Is.EqualTo("sweep: 10/5000 runs (0.2%), 0.0 runs/s, ETA --:--:--\n"));
    }

    [Test]
    public void Dispose_Finished_FinalLineWithTimeAndRate()
    {
        // Given a sweep of 5000 runs all done after 16 s
        var (progress, err, clock) = Plain(5000);
        clock.Now = TimeSpan.FromSeconds(9);
        progress.Report(5000);
        clock.Now = TimeSpan.FromSeconds(16);

        // When disposed, twice
        progress.Dispose();
        progress.Dispose();

        // Then one final line
        Assert.That(err.ToString(), Is.EqualTo("sweep: 5000/5000 runs in 00:00:16 (312.5 runs/s)\n"));
    }

    [Test]
    public void Dispose_LongSweep_HoursDoNotWrap()
    {
        // Given a sweep that ran 26 h 3 min 4 s / When disposed / Then the hours count on past a day
        var (progress, err, clock) = Plain(10);
        progress.Report(10);
        clock.Now = new TimeSpan(1, 2, 3, 4);
        progress.Dispose();
        Assert.That(err.ToString(), Is.EqualTo("sweep: 10/10 runs in 26:03:04 (0.0 runs/s)\n"));
    }

    [Test]
    public void Report_Quiet_WritesNothing()
    {
        // Given a quiet reporter / When runs are reported past intervals and it is disposed
        var (progress, err, clock) = Plain(100, quiet: true);
        for (var i = 1; i <= 100; i++)
        {
            clock.Now = TimeSpan.FromSeconds(i);
            progress.Report(i);
        }
        progress.Dispose();

        // Then nothing is written
        Assert.That(err.ToString(), Is.Empty);
    }

    [Test]
    public void Report_OutOfOrder_KeepsLargest()
    {
        // Given counts reported out of order, as worker threads may / When disposed
        var (progress, err, _) = Plain(10);
        progress.Report(7);
        progress.Report(5);
        progress.Dispose();

        // Then the final line has the largest
        Assert.That(err.ToString(), Does.StartWith("sweep: 7/10 runs in"));
    }

    [Test]
    public void Advance_ParallelCalls_EveryRunCountedAndLinesWhole()
    {
        // Given a clock that moves one second at each reading, and a resumed sweep of 100 000 runs
        var err = new StringWriter();
        var ticks = 0L;
        var progress = new SweepProgress(err, 100_000, alreadyDone: 20_000, quiet: false, interactive: false,
            TimeSpan.FromSeconds(10), () => TimeSpan.FromSeconds(Interlocked.Increment(ref ticks)));

        // When 80 000 runs are advanced one by one from many threads
        Parallel.For(0, 80_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => progress.Advance());
        progress.Dispose();

        // Then every line is whole, the counts never go back, and the final line has every run
        var lines = err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.GreaterThan(2));
        Assert.That(lines, Has.All.Match(@"^sweep: \d+/100000 runs (\(\d+\.\d%\), \d+\.\d runs/s, ETA (\d\d+:\d\d:\d\d|--:--:--)|in \d\d+:\d\d:\d\d \(\d+\.\d runs/s\))$"));
        var counts = lines.Select(l => long.Parse(l["sweep: ".Length..l.IndexOf('/')])).ToArray();
        Assert.That(counts, Is.Ordered);
        Assert.That(lines[^1], Does.StartWith("sweep: 100000/100000 runs in "));
    }

    [Test]
    public void Dispose_Interactive_DrawsBarThenFinalLine()
    {
        // Given a reporter forced into bar mode on a string writer
        var err = new StringWriter();
        var clock = new ManualClock();
        var progress = new SweepProgress(err, 50, alreadyDone: 0, quiet: false, interactive: true, clock: clock.Read);

        // When all runs are reported and it is disposed
        progress.Report(50);
        clock.Now = TimeSpan.FromSeconds(5);
        progress.Dispose();

        // Then the bar was drawn with its text, and the final line comes last
        var text = err.ToString();
        Assert.That(text, Does.Contain("sweep 50/50 runs (100.0%)"));
        Assert.That(text, Does.EndWith("sweep: 50/50 runs in 00:00:05 (10.0 runs/s)\n"));
    }
}
