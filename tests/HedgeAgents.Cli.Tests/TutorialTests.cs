using System.Diagnostics;
using HedgeAgents.Cli.Tests.Claims;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Cli.Tests;

/// <summary>docs/tutorial.md cannot rot: every <c>hedge</c> line of its <c>```sh</c> blocks runs, in order, in a temporary
/// copy of <c>experiments/</c>, and exits 0; its <c>```diff</c> blocks are the edits a student makes, applied where
/// they stand. A renamed verb or flag, a moved line of the baseline or a figure that is no longer drawn fails here.</summary>
public class TutorialTests : TempDirTest
{
    private static readonly string Tutorial = Path.Combine(Repo.Root, "docs", "tutorial.md");

    /// <summary>A step of the tutorial: a command (the words after <c>hedge</c>) or an edit of one file.</summary>
    private sealed record Step(int Line, string[]? Command, string? File, List<string> Removed, List<string> Added);

    [Test]
    [Category("LongRunning")] // the whole tutorial: 22 s
    public void Tutorial_EveryCommand_RunsInOrderAndExitsZero()
    {
        // Given the tutorial's steps and a fresh folder holding what a clone has: experiments/, data/ and an empty results/
        var steps = Steps(File.ReadAllLines(Tutorial));
        Assert.That(steps.Where(s => s.Command is not null).Select(s => s.Command![0]),
            Is.SupersetOf(new[] { "new", "describe", "validate", "diff", "run", "plot", "sweep" }), "the tutorial lost a step");
        CopyDirectory(Path.Combine(Repo.Root, "experiments"), Path.Combine(Dir, "experiments"));
        CopyDirectory(Path.Combine(Repo.Root, "data"), Path.Combine(Dir, "data"));
        Directory.CreateDirectory(Path.Combine(Dir, "results"));
        // PNGs need Chromium; where there is none (a bare CI image) the same commands run without --png.
        var png = Chromium.Find() is not null;

        // When each step runs in order
        var outputs = new Dictionary<string, string>();
        foreach (var step in steps)
        {
            if (step.Command is null)
            {
                Edit(step);
                continue;
            }
            var args = png ? step.Command : [.. step.Command.Where(a => a != "--png")];
            var (exit, stdout, stderr) = Hedge(args);

            // Then every command exits 0
            Assert.That(exit, Is.EqualTo(0), $"docs/tutorial.md:{step.Line}: hedge {string.Join(' ', step.Command)}\n{stderr}");
            outputs[step.Command[0]] = stdout;
        }

        // And what the tutorial says the student sees is there
        Assert.That(outputs["diff"].Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "name: kazakhstan-baseline → my-coercion",
            "events.2022Q1.shocks.coercion.hazard: 0.06 → 0.12",
        }), "the diff the tutorial shows");
        const string described = "shocks.coercion.hazard = 0.02 probability/round  (in [0, 1])  base hazard per great power and round";
        Assert.That(outputs["describe"], Does.Contain(described));
        Assert.That(File.ReadAllText(Tutorial), Does.Contain(described));
        // And the comparison it reports holds: the same line (bandwagoning with the EU throughout), mean losses
        // 0.0070 → 0.0101 (+46%)
        var mine = CsvTable.Read(Path.Combine(Dir, "results", "my-coercion", "summary.csv")).Of("KAZ").ToList();
        var baseline = CsvTable.Read(Path.Combine(Repo.Root, "results", "kazakhstan-baseline", "summary.csv")).Of("KAZ").ToList();
        Assert.That(mine.Select(r => r.Number("share_bandwagoning")), Has.All.EqualTo(1.0));
        Assert.That(baseline.Select(r => r.Number("share_bandwagoning")), Has.All.EqualTo(1.0));
        Assert.That(Math.Round(baseline.Average(r => r.Number("mean_losses")), 4), Is.EqualTo(0.0070));
        Assert.That(Math.Round(mine.Average(r => r.Number("mean_losses")), 4), Is.EqualTo(0.0101));
        Assert.That(Math.Round(100 * (mine.Average(r => r.Number("mean_losses")) / baseline.Average(r => r.Number("mean_losses")) - 1)), Is.EqualTo(46));
        // And so does the phase diagram's: every point of the baseline's grid bandwagons; the doubled hazard turns
        // only capacity 0.9 at risk aversion 2 to 5 to hedging (share about 0.58)
        var minePoints = Dominant(Path.Combine(Dir, "results", "my-coercion", "sweep", "points.csv"));
        var basePoints = Dominant(Path.Combine(Repo.Root, "results", "kazakhstan-baseline", "sweep", "points.csv"));
        Assert.That(minePoints.Keys, Is.EquivalentTo(basePoints.Keys));
        Assert.That(basePoints.Values.Select(v => v.Archetype), Has.All.EqualTo("bandwagoning"));
        Assert.That(minePoints.Where(kv => kv.Value.Archetype != basePoints[kv.Key].Archetype).Select(kv => kv.Key),
            Is.EquivalentTo(new[] { ("0.9", "2"), ("0.9", "3"), ("0.9", "4"), ("0.9", "5") }));
        Assert.That(minePoints.Where(kv => kv.Value.Archetype == "hedging").Select(kv => kv.Value.Hedging), Has.All.InRange(0.5, 0.65));
        var figures = new[]
        {
            "results/my-coercion/figures/shares-KAZ", "results/my-coercion/figures/losses-KAZ",
            "results/my-coercion/sweep/figures/phase-capacity-riskaversion",
        };
        foreach (var figure in figures)
            Assert.That(File.Exists(Path.Combine(Dir, figure + (png ? ".png" : ".html"))), Is.True, figure);
        foreach (var committed in new[]
                 {
                     "results/kazakhstan-baseline/figures/shares-KAZ.png", "results/kazakhstan-baseline/figures/losses-KAZ.png",
                     "results/kazakhstan-baseline/sweep/figures/phase-capacity-riskaversion.png",
                 })
            Assert.That(File.Exists(Path.Combine(Repo.Root, committed)), Is.True, $"the tutorial compares with {committed}");
    }

    [Test]
    public void Readme_LinksTheTutorial_RightAfterTheOpeningCommands()
    {
        // Given the README's first lines
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        var end = Array.IndexOf(lines, "```", 3);

        // Then the line after the opening commands' block links the tutorial
        Assert.That(end, Is.GreaterThan(0));
        Assert.That(lines[end + 1] + lines[end + 2], Does.Contain("(docs/tutorial.md)"));
    }

    // Kazakhstan's most played archetype and mean hedging share at each (capacity, risk aversion) point of a sweep.
    private static Dictionary<(string Capacity, string RiskAversion), (string Archetype, double Hedging)> Dominant(string points)
    {
        string[] archetypes = ["balancing", "bandwagoning", "equidistance", "hedging"];
        return CsvTable.Read(points).Of("KAZ").ToDictionary(
            r => (r.Text("actors.KAZ.regulatoryCapacity"), r.Text("actors.KAZ.riskAversion")),
            r => (archetypes.MaxBy(a => r.Number($"share_{a}_mean"))!, r.Number("share_hedging_mean")));
    }

    // The sh blocks' hedge lines and the diff blocks, in order; shell syntax is refused so a line is exactly its arguments.
    private static List<Step> Steps(string[] lines)
    {
        var steps = new List<Step>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```sh")
            {
                for (i++; lines[i].Trim() != "```"; i++)
                {
                    var line = lines[i].Trim();
                    if (!line.StartsWith("hedge ", StringComparison.Ordinal)) continue;
                    Assert.That(line.IndexOfAny(['|', '&', ';', '<', '>', '$', '"', '\'', '`', '*']), Is.EqualTo(-1),
                        $"docs/tutorial.md:{i + 1}: a tutorial command is plain words, no shell syntax: {line}");
                    steps.Add(new Step(i + 1, line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..], null, [], []));
                }
            }
            else if (lines[i].Trim() == "```diff")
            {
                var step = new Step(i + 1, null, null, [], []);
                for (i++; lines[i].Trim() != "```"; i++)
                {
                    if (lines[i].StartsWith("+++ ", StringComparison.Ordinal)) step = step with { File = lines[i][4..].Trim() };
                    else if (lines[i].StartsWith("--- ", StringComparison.Ordinal)) continue;
                    else if (lines[i].StartsWith('-')) step.Removed.Add(lines[i][1..]);
                    else if (lines[i].StartsWith('+')) step.Added.Add(lines[i][1..]);
                }
                Assert.That(step.File, Is.Not.Null, $"docs/tutorial.md:{step.Line}: a diff block names its file with +++");
                steps.Add(step);
            }
        }
        return steps;
    }

    // Replaces the removed lines (consecutive, found exactly once) with the added ones.
    private void Edit(Step step)
    {
        var path = Path.Combine(Dir, step.File!);
        var text = File.ReadAllText(path);
        var removed = string.Join("\n", step.Removed) + "\n";
        var at = text.IndexOf(removed, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"docs/tutorial.md:{step.Line}: {step.File} no longer has the lines the tutorial edits");
        Assert.That(text.IndexOf(removed, at + 1, StringComparison.Ordinal), Is.EqualTo(-1), $"docs/tutorial.md:{step.Line}: the edited lines are not unique");
        File.WriteAllText(path, text[..at] + string.Join("\n", step.Added) + "\n" + text[(at + removed.Length)..]);
    }

    // The built tool as a process whose working folder is the copy, as a student runs it from the clone's root.
    private (int Exit, string Out, string Err) Hedge(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Dir, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "hedge.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
