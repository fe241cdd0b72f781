using System.Diagnostics;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Sweeps;
using Microsoft.FSharp.Core;

namespace HedgeAgents.Cli.Tests.Fuzz;

/// <summary>Students edit configs by hand: whatever they type, <c>validate</c>, <c>run</c> and <c>sweep</c> either
/// succeed or say where the file is wrong (exit 2, <c>file:line:col: key: message</c>), and never crash.</summary>
[Category("LongRunning")]
public partial class ConfigFuzzTests : TempDirTest
{
    /// <summary>The fuzz seed: a failure prints its case (file, mutation, seed), and this seed replays the whole run.</summary>
    private const ulong Seed = 20_260_009;

    /// <summary>Cases in total (HEDGE_FUZZ_CASES overrides, to try a change quickly); each is validated.</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("HEDGE_FUZZ_CASES"), out var n) ? n : 10_000;

    /// <summary>Every n-th case that validates is also run and swept (a run costs ~100 times a validation).</summary>
    private const int RunEvery = 25;

    /// <summary>Every n-th rejected case is also run and swept (they share the loader; huge lists make it cost).</summary>
    private const int RejectedRunEvery = 4;

    private int _rejected;
    private int _runAndSwept;

    /// <summary>Valid mutations bigger than this (rounds × runs) are not run: a valid 10⁹-round run is slow, not wrong.</summary>
    private const long RunBudget = 64 * 200;

    /// <summary>Set HEDGE_FUZZ_ALL=1 to list every failing case instead of stopping at the first.</summary>
    private static bool ListAll => Environment.GetEnvironmentVariable("HEDGE_FUZZ_ALL") == "1";

    [GeneratedRegex(@"^(?<file>.+):(?<line>\d+):(?<col>\d+): (?<key>'(?:[^']|'')*'|[^\s:][^:]*): (?<message>\S.*)$")]
    private static partial Regex LocatedError();

    [Test]
    public void ValidateRunSweep_MutatedExperiments_SucceedOrRejectWithLocatedErrors()
    {
        // Given the shipped experiments (not the study, not the games) and 10,000 seeded mutations of them
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "experiments"), "*.yaml")
            .Where(f => Path.GetFileName(f) != "study.yaml").Order(StringComparer.Ordinal).ToArray();
        var texts = files.ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var cases = from file in Gen.Elements(texts.Keys.ToArray())
                    from mutation in Gen.Elements(Enum.GetValues<Mutation>())
                    from seed in Gen.Choose(0, int.MaxValue)
                    select new FuzzCase(file!, mutation, seed);
        Directory.CreateDirectory(Dir);
        var counts = new Dictionary<string, int>();
        var valid = 0;
        var failures = new List<string>();
        var times = new Dictionary<Mutation, TimeSpan>();
        var clock = Stopwatch.StartNew();

        // When each is validated, and every 4th rejected and every 25th valid one also run and swept in-process
        var property = Prop.ForAll(Arb.From(cases), c =>
        {
            var bytes = ConfigMutator.Apply(texts[c.File], c);
            var path = Path.Combine(Dir, "case.yaml");
            File.WriteAllBytes(path, bytes);
            var started = clock.Elapsed;
            try
            {
                var outcome = CheckCase(c, path, valid);
                times[c.Mutation] = times.GetValueOrDefault(c.Mutation) + (clock.Elapsed - started);
                if (outcome == 0) valid++;
                counts[outcome == 0 ? "valid" : "rejected"] = counts.GetValueOrDefault(outcome == 0 ? "valid" : "rejected") + 1;
            }
            catch (Exception e) when (ListAll)
            {
                failures.Add($"case {c}: {string.Join(" | ", e.Message.Split('\n').Take(4))}");
            }
            catch (Exception e)
            {
                File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failure.yaml"), bytes);
                throw new AssertionException($"case {c}: {e.Message}\nthe input (also in fuzz-failure.yaml), {ConfigMutator.Preview(bytes)}", e);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15), FSharpOption<int>.None))), property);

        // Then (asserted per case) no crash; and the fuzz reached both outcomes
        TestContext.Out.WriteLine(string.Join(", ", times.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s")));
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
        TestContext.Out.WriteLine($"{Cases} cases in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", counts.Select(kv => $"{kv.Value} {kv.Key}"))}; {_runAndSwept} also run and swept");
        Assert.That(counts.GetValueOrDefault("valid"), Is.GreaterThan(100), "mutations that keep the file valid");
        Assert.That(counts.GetValueOrDefault("rejected"), Is.GreaterThan(Cases / 2), "mutations that break the file");
    }

    /// <summary>Validates (and maybe runs and sweeps) one mutated file; returns validate's exit code, 0 or 2.</summary>
    private int CheckCase(FuzzCase c, string path, int validSoFar)
    {
        var validate = Hedge("validate", path);
        AssertOutcome("validate", path, validate.Exit, validate.Err, null);
        if (validate.Exit == 0 && (validSoFar % RunEvery != 0 || !Affordable(path))) return 0;
        if (validate.Exit == 2 && _rejected++ % RejectedRunEvery != 0) return 2;
        _runAndSwept++;
        var runOut = Path.Combine(Dir, "run");
        var run = Hedge("run", path, "--replications", "1", "--threads", "1", "--no-figures", "--out", runOut);
        AssertOutcome("run", path, run.Exit, run.Err, runOut);
        var sweepOut = Path.Combine(Dir, "sweep");
        var sweep = Hedge("sweep", path, "--replications", "1", "--threads", "1", "--no-figures", "--quiet", "--out", sweepOut);
        AssertOutcome("sweep", path, sweep.Exit, sweep.Err, sweepOut);
        if (validate.Exit == 2)
            Require(run.Exit == 2, $"validate rejected the file but run exited {run.Exit}");
        foreach (var folder in new[] { runOut, sweepOut })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return validate.Exit;
    }

    /// <summary>Exit 0, or exit 2 with only located errors (and the closing summary) and nothing in the output folder.</summary>
    private static void AssertOutcome(string verb, string path, int exit, string stderr, string? outDir)
    {
        Require(exit is 0 or 2, $"{verb}: exit {exit}\n{stderr}");
        if (exit != 2) return;
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var located = lines.Where(l => !l.StartsWith("hedge", StringComparison.Ordinal)).ToArray();
        Require(located.Length > 0, $"{verb}: exit 2 without a located error\n{stderr}");
        foreach (var line in located)
        {
            var match = LocatedError().Match(line);
            Require(match.Success, $"{verb}: not file:line:col: key: message: {line}");
            Require(match.Groups["file"].Value == path || match.Groups["file"].Value == ExperimentLoader.SetFile, $"{verb}: another file: {line}");
        }
        if (outDir is not null)
            Require(!(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any()), $"{verb}: exit 2 but wrote into --out");
    }

    /// <summary>Fails the case (a plain exception: NUnit would record a caught Assert failure anyway).</summary>
    private static void Require(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException(message);
    }

    /// <summary>Whether a valid file is small enough to run and sweep within the fuzz's time.</summary>
    private static bool Affordable(string path)
    {
        var config = ExperimentLoader.Load(path);
        var runs = config.Sweep is null ? 1 : new SweepPlan(config with { Replications = 1 }).Points;
        return config.Rounds * Math.Max(runs, 1) <= RunBudget && config.Initial.Actors.Length <= 60;
    }

    private static (int Exit, string Out, string Err) Hedge(params string[] args) => Repo.Hedge(args);
}
