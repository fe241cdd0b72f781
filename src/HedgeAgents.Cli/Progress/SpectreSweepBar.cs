using Spectre.Console;

namespace HedgeAgents.Cli.Progress;

/// <summary>The live progress bar of <see cref="SweepProgress"/> on a terminal, drawn by Spectre.Console on its own
/// thread, which polls the description so that worker threads never wait for the terminal.</summary>
internal sealed class SpectreSweepBar : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly TextWriter _stderr;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Task _drawing;

    /// <summary>Starts drawing on <paramref name="stderr"/> a bar of <paramref name="done"/>() out of
    /// <paramref name="total"/>, beside the text <paramref name="describe"/> gives for that count.</summary>
    public SpectreSweepBar(TextWriter stderr, long total, Func<long> done, Func<long, string> describe)
    {
        _stderr = stderr;
        var console = Console(stderr, AnsiSupport.Yes);
        _drawing = Task.Factory.StartNew(() => console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .ExcludeVerticalPadding()
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn())
            .Start(context =>
            {
                var task = context.AddTask("sweep", new ProgressTaskSettings { MaxValue = Math.Max(1, total) });
                do Update(task, done(), describe);
                while (!_stop.Wait(Poll));
                Update(task, done(), describe);
                context.Refresh();
            }), TaskCreationOptions.LongRunning);
    }

    /// <summary>Whether <paramref name="stderr"/> is this process's stderr on a terminal that understands ANSI codes.</summary>
    public static bool IsTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, System.Console.Error) && !System.Console.IsErrorRedirected &&
        Console(stderr, AnsiSupport.Detect).Profile.Capabilities.Ansi;

    /// <summary>Stops drawing, leaving the bar's last state on screen.</summary>
    public void Dispose()
    {
        _stop.Set();
        try
        {
            _drawing.Wait();
        }
        catch (AggregateException e)
        {
            // A display that failed must not fail the sweep: say so, and let the final line report the outcome.
            _stderr.Write($"sweep: the progress bar failed: {e.InnerException?.Message}\n");
        }
        _stop.Dispose();
    }

    private static void Update(ProgressTask task, long done, Func<long, string> describe)
    {
        task.Value = done;
        task.Description = Markup.Escape("sweep " + describe(done));
    }

    private static IAnsiConsole Console(TextWriter stderr, AnsiSupport ansi) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = ansi,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(stderr),
    });
}
