using System.Text.Json;
using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Cli.Tests;

/// <summary><c>hedge reproduce</c>: a results folder is re-run from its manifest and compared byte for byte.</summary>
public class ReproduceCommandTests : TempDirTest
{
    private static string Game(string name) => Path.Combine(Repo.Root, "experiments", "games", name);

    private string RunBaseline(string? outDir = null, string? experiment = null)
    {
        outDir ??= Dir;
        var (exit, _, err) = Repo.Hedge("run", experiment ?? Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "2", "--out", outDir);
        Assert.That(exit, Is.EqualTo(0), err);
        return outDir;
    }

    private string SmallSweep()
    {
        var (exit, _, err) = Repo.Hedge("sweep", Repo.Experiment("kazakhstan-baseline.yaml"), "--replications", "1", "--quiet", "--out", Dir);
        Assert.That(exit, Is.EqualTo(0), err);
        return Dir;
    }

    /// <summary>Changes one digit of the given line (1-based) of a text file, keeping its length.</summary>
    private static void ChangeDigit(string file, int line)
    {
        var lines = File.ReadAllText(file).Split('\n');
        var text = lines[line - 1];
        var at = text.LastIndexOfAny("0123456789".ToCharArray());
        lines[line - 1] = text[..at] + (text[at] == '7' ? '8' : '7') + text[(at + 1)..];
        File.WriteAllText(file, string.Join('\n', lines));
    }

    [Test]
    public void Reproduce_FreshRun_AllFilesIdentical()
    {
        // Given a fresh two-replication run of the baseline
        var folder = RunBaseline();

        // When it is reproduced
        var (exit, stdout, err) = Repo.Hedge("reproduce", folder);

        // Then the three data files (rounds.csv, engagement.csv, summary.csv) are identical
        Assert.That(exit, Is.EqualTo(0), err + stdout);
        Assert.That(stdout, Does.Contain("reproduced: 3 files identical").And.Contain(folder));
    }

    [TestCase("summary.csv", 2)]
    [TestCase("rounds.csv", 40)]
    [TestCase("engagement.csv", 100)]
    public void Reproduce_OneDigitChangedInCsv_NamesFileAndLine(string file, int line)
    {
        // Given a run whose CSV file was edited after it was written
        var folder = RunBaseline();
        var original = File.ReadAllLines(Path.Combine(folder, file))[line - 1];
        ChangeDigit(Path.Combine(folder, file), line);

        // When it is reproduced
        var (exit, stdout, _) = Repo.Hedge("reproduce", folder);

        // Then it fails naming the file, the line and both versions of it
        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain($"{file}: line {line} differs"));
        Assert.That(stdout, Does.Contain("re-run: " + (original.Length <= 200 ? original : original[..100])));
    }

    [Test]
    public void Reproduce_SmallSweep_ThreeFilesIdentical()
    {
        // Given a one-replication sweep of the baseline's design
        var folder = SmallSweep();

        // When it is reproduced
        var (exit, stdout, err) = Repo.Hedge("reproduce", folder);

        // Then runs.csv, runs.parquet and points.csv are identical
        Assert.That(exit, Is.EqualTo(0), err + stdout);
        Assert.That(stdout, Does.Contain("reproduced: 3 files identical"));
    }

    [Test]
    public void Reproduce_SweepParquetCorrupted_NamesFileAndByteOffset()
    {
        // Given a sweep whose runs.parquet has one byte changed at offset 1000
        var folder = SmallSweep();
        var parquet = Path.Combine(folder, "runs.parquet");
        var bytes = File.ReadAllBytes(parquet);
        bytes[1000] ^= 0xFF;
        File.WriteAllBytes(parquet, bytes);

        // When it is reproduced
        var (exit, stdout, _) = Repo.Hedge("reproduce", folder);

        // Then it names runs.parquet and the offset
        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("runs.parquet: first difference at byte offset 1000"));
    }

    [Test]
    public void Reproduce_LearnFolder_Identical()
    {
        // Given a learn folder
        var (run, _, err) = Repo.Hedge("learn", Game("matching-pennies.yaml"), "--rule", "fictitious-play", "--rounds", "2000", "--out", Dir);
        Assert.That(run, Is.EqualTo(0), err);

        // When it is reproduced; Then frequencies.csv and payoffs.csv are identical
        var (exit, stdout, err2) = Repo.Hedge("reproduce", Dir);
        Assert.That(exit, Is.EqualTo(0), err2 + stdout);
        Assert.That(stdout, Does.Contain("reproduced: 2 files identical"));
    }

    // The fast lane's fixed sample of results/ (README, "Reproducing results"): the baseline run and one small sweep.
    [TestCase("results/kazakhstan-baseline", 3)]
    [TestCase("results/04-redundancy-denial", 3)]
    public void Reproduce_CommittedSample_Reproduces(string folder, int files)
    {
        // Given one committed folder of the fast lane's sample: code that changes a committed result fails here at once
        // When it is reproduced
        var (exit, stdout, err) = Repo.Hedge("reproduce", Path.Combine(Repo.Root, folder));

        // Then each of its data files is identical
        Assert.That(exit, Is.EqualTo(0), stdout + err);
        Assert.That(stdout, Does.Contain($"reproduced: {files} files identical").And.Contain(folder));
    }

    /// <summary>Folders of results/ too big for CI (a verdict band swept on a cluster, say), which the LongRunning lane
    /// skips; the README's "Reproducing results" names the same. None today.</summary>
    private static readonly string[] ClusterSized = [];

    [Test]
    [Category("LongRunning")] // every committed folder: 85 s in Debug; the fast lane reproduces the sample above
    public void Reproduce_CommittedResults_AllReproduceButTheClusterSized()
    {
        // Given the repository's committed results folders: code that changes a committed result without regenerating
        // it fails here
        var results = Path.Combine(Repo.Root, "results");
        var all = ResultsFolders.Below(results);
        var folders = all.Where(f => !ClusterSized.Contains(Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))).ToList();
        Assert.That(folders, Has.Count.GreaterThan(40), "the study's folders are all there");

        // When they are reproduced: all of results/ in one command, else folder by folder
        var outputs = folders.Count == all.Count
            ? [Repo.Hedge("reproduce", results)]
            : folders.Select(f => Repo.Hedge("reproduce", f)).ToList();

        // Then every one reproduces, each named on its own line
        foreach (var (exit, stdout, err) in outputs) Assert.That(exit, Is.EqualTo(0), stdout + err);
        var lines = outputs.SelectMany(o => o.Out.Split('\n')).ToList();
        Assert.That(lines.Count(l => l.StartsWith("reproduced: ", StringComparison.Ordinal)), Is.EqualTo(folders.Count));
    }

    [Test]
    public void Reproduce_SeveralFoldersOneEdited_OneLinePerFolderSortedAndExitOne()
    {
        // Given a tree with a good run (b), an edited one (a), and a shard folder and a dot-folder with broken manifests
        var a = RunBaseline(Path.Combine(Dir, "a"));
        RunBaseline(Path.Combine(Dir, "nested", "b"));
        ChangeDigit(Path.Combine(a, "summary.csv"), 3);
        foreach (var skipped in new[] { Path.Combine(Dir, "c", "part-0-of-2"), Path.Combine(Dir, ".d") })
        {
            Directory.CreateDirectory(skipped);
            File.WriteAllText(Path.Combine(skipped, "manifest.json"), "{");
        }

        // When the tree is reproduced
        var (exit, stdout, _) = Repo.Hedge("reproduce", Dir);

        // Then a differs, b reproduces, in path order, the shard and dot-folders are skipped, and a total follows
        Assert.That(exit, Is.EqualTo(1), stdout);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith(' ')).ToArray();
        Assert.That(lines, Has.Length.EqualTo(3), stdout);
        Assert.That(lines[0], Does.StartWith("differs: " + a).And.Contain("summary.csv: line 3"));
        Assert.That(lines[1], Does.StartWith("reproduced: 3 files identical"));
        Assert.That(lines[2], Is.EqualTo("total: 1 of 2 folder(s) reproduced, 1 differ"));
    }

    [Test]
    public void Reproduce_ManifestHashStale_Fails()
    {
        // Given a run whose manifest's hash of summary.csv was altered (data and re-run agree)
        var folder = RunBaseline();
        var manifest = Path.Combine(folder, "manifest.json");
        var json = File.ReadAllText(manifest);
        var hash = JsonDocument.Parse(json).RootElement.GetProperty("files").GetProperty("summary.csv").GetString()!;
        File.WriteAllText(manifest, json.Replace(hash, new string('0', 64), StringComparison.Ordinal));

        // When it is reproduced; Then the stale hash is named
        var (exit, stdout, _) = Repo.Hedge("reproduce", folder);
        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("summary.csv: identical to the re-run, but its SHA-256"));
    }

    [Test]
    public void Reproduce_DataFileDeleted_NamesIt()
    {
        var folder = RunBaseline();
        File.Delete(Path.Combine(folder, "rounds.csv"));

        var (exit, stdout, _) = Repo.Hedge("reproduce", folder);

        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.Contain("rounds.csv: listed in the manifest but missing from the folder"));
    }

    [Test]
    public void Reproduce_RerunFails_ExitOneWithItsErrors()
    {
        // Given a manifest whose command the current code refuses (an unknown parameter path)
        var folder = RunBaseline();
        var manifest = Path.Combine(folder, "manifest.json");
        var json = File.ReadAllText(manifest);
        File.WriteAllText(manifest, json.Replace("--set replications=2", "--set replications=2 --set no.such.path=1", StringComparison.Ordinal));

        // When it is reproduced; Then it fails, showing the re-run's own error
        var (exit, stdout, _) = Repo.Hedge("reproduce", folder);
        Assert.That(exit, Is.EqualTo(1), stdout);
        Assert.That(stdout, Does.StartWith("failed: " + folder).And.Contain("exited with 2").And.Contain("no.such.path"));
    }

    [Test]
    public void Reproduce_PathsWithSpaces_QuotedInManifestAndReproduced()
    {
        // Given an experiment and an output folder whose paths hold spaces
        var inputs = Path.Combine(Dir, "my experiments");
        Directory.CreateDirectory(inputs);
        var experiment = Path.Combine(inputs, "kaz baseline.yaml");
        File.WriteAllText(experiment, Repo.ExperimentText("kazakhstan-baseline.yaml"));
        var folder = RunBaseline(Path.Combine(Dir, "out dir"), experiment);

        // When it is reproduced
        var command = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("command").GetString()!;
        var (exit, stdout, err) = Repo.Hedge("reproduce", folder);

        // Then the manifest quotes exactly the words with spaces, and the folder reproduces
        Assert.That(command, Is.EqualTo($"hedge run \"{experiment}\" --out \"{folder}\" --set replications=2"));
        Assert.That(exit, Is.EqualTo(0), stdout + err);
    }

    [Test]
    public void Reproduce_RelativeInputFile_FoundAboveTheResultsFolder()
    {
        // Given a folder whose command names its input relative to a root that is an ancestor, not the current directory
        var root = Path.Combine(Dir, "repo");
        Directory.CreateDirectory(Path.Combine(root, "games"));
        File.Copy(Game("matching-pennies.yaml"), Path.Combine(root, "games", "mp.yaml"));
        var folder = Path.Combine(root, "results", "mp");
        Assert.That(Repo.Hedge("learn", Path.Combine(root, "games", "mp.yaml"), "--rule", "fictitious-play", "--rounds", "500", "--out", folder).Exit,
            Is.EqualTo(0));
        var manifest = Path.Combine(folder, "manifest.json");
        var json = File.ReadAllText(manifest);
        File.WriteAllText(manifest, json.Replace(Path.Combine(root, "games", "mp.yaml"), "games/mp.yaml", StringComparison.Ordinal));

        // When it is reproduced; Then games/mp.yaml is found in repo/, two levels above the folder
        var (exit, stdout, err) = Repo.Hedge("reproduce", folder);
        Assert.That(exit, Is.EqualTo(0), stdout + err);
    }

    [Test]
    public void Reproduce_TemporaryFolder_DeletedEvenOnDifference()
    {
        // Given a temporary directory of our own, and a folder that does not reproduce
        var folder = RunBaseline(Path.Combine(Dir, "run"));
        ChangeDigit(Path.Combine(folder, "summary.csv"), 2);
        var temp = Path.Combine(Dir, "tmp");
        Directory.CreateDirectory(temp);
        var before = Environment.GetEnvironmentVariable("TMPDIR");
        try
        {
            Environment.SetEnvironmentVariable("TMPDIR", temp);
            Assume.That(Path.GetTempPath().TrimEnd('/'), Is.EqualTo(temp), "Path.GetTempPath follows TMPDIR");

            // When it is reproduced
            Assert.That(Repo.Hedge("reproduce", folder).Exit, Is.EqualTo(1));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TMPDIR", before);
        }

        // Then nothing is left in the temporary directory
        Assert.That(Directory.EnumerateFileSystemEntries(temp), Is.Empty);
    }

    [Test]
    public void Reproduce_NoSuchFolder_ExitTwo()
    {
        var (exit, _, err) = Repo.Hedge("reproduce", Dir);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain("no such folder"));
    }

    [Test]
    public void Reproduce_FolderWithoutAnyManifest_ExitTwo()
    {
        // Given a folder with a data file and a subfolder, but no manifest anywhere
        Directory.CreateDirectory(Path.Combine(Dir, "sub"));
        File.WriteAllText(Path.Combine(Dir, "summary.csv"), "a\n");

        var (exit, stdout, err) = Repo.Hedge("reproduce", Dir);

        Assert.That(exit, Is.EqualTo(2), stdout);
        Assert.That(err, Does.Contain("no manifest.json in " + Dir));
    }

    [TestCase("{", "not valid JSON")]
    [TestCase("{\"files\": {}}", "no \"command\" string")]
    [TestCase("{\"command\": \"hedge merge x --out y\", \"files\": {}}", "expected 'hedge run|sweep|learn <file> …'")]
    [TestCase("{\"command\": \"hedge run \\\"open --out y\", \"files\": {}}", "unclosed double quote")]
    [TestCase("{\"command\": \"hedge run experiments/nowhere.yaml --out y\", \"files\": {}}", "input file experiments/nowhere.yaml is neither")]
    [TestCase("{\"command\": \"hedge run x.yaml --out y\", \"files\": {\"../x.csv\": \"00\"}}", "must be a plain file name")]
    public void Reproduce_BadManifest_ExitTwoWithMessage(string manifest, string message)
    {
        Directory.CreateDirectory(Dir);
        File.WriteAllText(Path.Combine(Dir, "manifest.json"), manifest);

        var (exit, stdout, err) = Repo.Hedge("reproduce", Dir);

        Assert.That(exit, Is.EqualTo(2), stdout);
        Assert.That(err, Does.Contain(message));
    }

    [Test]
    public void Reproduce_InputDataFileChanged_FailsNamingTheFileEvenWhenOutputsAgree()
    {
        // Given a run of an experiment whose returns come from a data file beside it
        var work = Path.Combine(Dir, "work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "shares.csv"), "year,value,note\n2015,0.4,first\n2016,0.5,second\n");
        var experiment = Path.Combine(work, "e.yaml");
        File.WriteAllText(experiment, """
            name: with-data
            rounds: 8
            period: quarter
            start: 2015Q1
            replications: 2
            actors:
              - {id: KAZ, kind: middle}
              - {id: RUS, kind: great}
              - {id: CHN, kind: great}
            relations:
              - {from: KAZ, to: RUS}
              - {from: KAZ, to: CHN}
            series:
              - {set: relations.KAZ.CHN.returns, file: shares.csv}
            """);
        var folder = Path.Combine(Dir, "out");
        var (exit, _, err) = Repo.Hedge("run", experiment, "--out", folder);
        Assert.That(exit, Is.EqualTo(0), err);
        var manifest = File.ReadAllText(Path.Combine(folder, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"shares.csv\": \"").And.Contain("\"2016Q1\": \"0.5\""));
        Assert.That(Repo.Hedge("reproduce", folder).Exit, Is.EqualTo(0));

        // When only a note of the data file changes (the values, and so every output, stay the same)
        File.WriteAllText(Path.Combine(work, "shares.csv"), "year,value,note\n2015,0.4,first\n2016,0.5,revised\n");
        var (exit2, stdout, err2) = Repo.Hedge("reproduce", folder);

        // Then reproduction fails and names the changed input
        Assert.That(exit2, Is.EqualTo(1), stdout + err2);
        Assert.That(stdout + err2, Does.Contain("input data shares.csv has changed since the folder was made"));
    }
}
