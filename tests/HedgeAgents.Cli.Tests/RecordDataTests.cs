namespace HedgeAgents.Cli.Tests;

/// <summary>The record in data/ as the baseline uses it: the estimates and their page are current, the baseline reads
/// its trade profile and capacities from the data files, and a changed data file fails <c>hedge reproduce</c>.</summary>
public class RecordDataTests : TempDirTest
{
    [Test]
    public void Calibrate_Check_RepositoryEstimatesAndPageAreCurrent()
    {
        // When the repository's calibration is checked against its event files
        var (exit, stdout, err) = Repo.Hedge("calibrate", Path.Combine(Repo.Root, "data", "calibration.yaml"), "--check",
            "--out-data", Path.Combine(Repo.Root, "data", "estimates", "hazards.csv"), "--out-doc", Path.Combine(Repo.Root, "docs", "calibration.md"));

        // Then hazards.csv and docs/calibration.md are what it would write (regenerate with `hedge calibrate`)
        Assert.That(exit, Is.EqualTo(0), stdout + err);
    }

    [Test]
    public void Describe_Baseline_ReadsTradeProfileAndCapacitiesFromData()
    {
        // Given the baseline, whose returns and capacities are written as 0 or absent in its sections
        var (exit, stdout, err) = Repo.Hedge("describe", Repo.Experiment("kazakhstan-baseline.yaml"));
        Assert.That(exit, Is.EqualTo(0), err);

        // Then round 0 holds the 2022 national-basis shares and the design capacities of data/
        var lines = stdout.Split('\n');
        Assert.That(lines, Does.Contain("relations.KAZ.CHN.returns = 0.1801"));
        Assert.That(lines, Does.Contain("relations.KAZ.EUR.returns = 0.2969"));
        Assert.That(lines, Does.Contain("routes.china-rail.capacity = 28"));
        Assert.That(lines, Does.Contain("routes.cpc.capacity = 59.563"));
    }

    [Test]
    public void Reproduce_BaselineAfterItsTradeFileChanged_FailsNamingTheFile()
    {
        // Given a copy of the baseline beside a copy of data/, run at one replication
        var experiments = Path.Combine(Dir, "experiments");
        var data = Path.Combine(Dir, "data");
        Directory.CreateDirectory(experiments);
        CopyFolder(Path.Combine(Repo.Root, "data"), data);
        File.Copy(Repo.Experiment("kazakhstan-baseline.yaml"), Path.Combine(experiments, "kazakhstan-baseline.yaml"));
        var folder = Path.Combine(Dir, "out");
        var run = Repo.Hedge("run", Path.Combine(experiments, "kazakhstan-baseline.yaml"), "--replications", "1", "--out", folder);
        Assert.That(run.Exit, Is.EqualTo(0), run.Err);
        Assert.That(File.ReadAllText(Path.Combine(folder, "manifest.json")), Does.Contain("\"../data/trade-by-partner.csv\": \""));

        // When one note of the trade file is edited
        var trade = Path.Combine(data, "trade-by-partner.csv");
        File.WriteAllText(trade, File.ReadAllText(trade).Replace("this file", "this file (edited)"));
        var (exit, stdout, err) = Repo.Hedge("reproduce", folder);

        // Then reproduction fails and names the changed input
        Assert.That(exit, Is.EqualTo(1), stdout + err);
        Assert.That(stdout + err, Does.Contain("input data ../data/trade-by-partner.csv has changed"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
