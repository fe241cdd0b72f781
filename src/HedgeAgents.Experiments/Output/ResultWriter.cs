using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Running;

namespace HedgeAgents.Experiments.Output;

/// <summary>Writes a run's results folder: rounds.csv, engagement.csv, summary.csv and manifest.json, all or nothing.</summary>
public static class ResultWriter
{
    /// <summary>The tool's version as built.</summary>
    public static string ToolVersion =>
        typeof(ResultWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>Writes the results of <paramref name="results"/> into <paramref name="directory"/>.</summary>
    /// <param name="command">The command line that reproduces the run (recorded in the manifest).</param>
    public static IReadOnlyDictionary<string, string> Write(ExperimentConfig config, IReadOnlyList<ReplicationResult> results,
        string directory, string command)
    {
        var metrics = SummaryMetrics.Of(config.Initial);
        var rounds = new StringBuilder(RoundsTable.HeaderFor(config.Initial.Shocks.Catalog));
        var engagement = new StringBuilder(EngagementTable.Header);
        var summary = new StringBuilder(SummaryTable.Header(metrics));
        foreach (var r in results.OrderBy(r => r.Replication))
        {
            rounds.Append(r.RoundsRows);
            engagement.Append(r.EngagementRows);
            SummaryTable.Append(summary, r.Replication, r.Summaries, metrics);
        }
        using var files = new AtomicFileSet(directory);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["rounds.csv"] = files.Write("rounds.csv", rounds.ToString()),
            ["engagement.csv"] = files.Write("engagement.csv", engagement.ToString()),
            ["summary.csv"] = files.Write("summary.csv", summary.ToString()),
        };
        files.Write("manifest.json", Manifest(config, results, hashes, command));
        files.Commit();
        return hashes;
    }

    /// <summary>The manifest: resolved config, seeds, tool version, git commit and data hashes. No clock, so
    /// the same run gives the same bytes.</summary>
    public static byte[] Manifest(ExperimentConfig config, IReadOnlyList<ReplicationResult> results,
        IReadOnlyDictionary<string, string> hashes, string command)
    {
        return ManifestJson.Write(config.SourcePath, command, hashes, json =>
        {
            WriteExperiment(json, config);
            json.WriteStartArray("replicationSeeds");
            foreach (var r in results.OrderBy(r => r.Replication))
                json.WriteStringValue(r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndArray();
            WriteResolved(json, config);
        });
    }

    /// <summary>The experiment's identity and run settings: name, file and its hash, seed, replications, rounds, burn-in.</summary>
    public static void WriteExperiment(System.Text.Json.Utf8JsonWriter json, ExperimentConfig config)
    {
        json.WriteStartObject("experiment");
        json.WriteString("name", config.Name);
        json.WriteString("description", config.Description);
        json.WriteString("file", Path.GetFileName(config.SourcePath));
        if (File.Exists(config.SourcePath))
            json.WriteString("fileSha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(config.SourcePath))));
        // Present only when the experiment reads data, so manifests of experiments without series keep their bytes.
        if (config.Series.Length > 0)
        {
            json.WriteStartObject("data");
            foreach (var file in config.Series.GroupBy(s => s.Spec.File).OrderBy(g => g.Key, StringComparer.Ordinal))
                json.WriteString(file.Key, file.First().Sha256);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteString("seed", config.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("replications", config.Replications);
        json.WriteNumber("rounds", config.Rounds);
        json.WriteNumber("burnIn", config.BurnIn);
    }

    /// <summary>Every resolved parameter path with its value, and the scenario's events.</summary>
    public static void WriteResolved(System.Text.Json.Utf8JsonWriter json, ExperimentConfig config)
    {
        json.WriteStartObject("resolved");
        foreach (var (path, value) in ParameterPaths.Describe(config)) json.WriteString(path, value);
        json.WriteEndObject();
        json.WriteStartArray("events");
        foreach (var e in config.Events)
        {
            json.WriteStartObject();
            json.WriteNumber("at", e.At);
            json.WriteString("period", PeriodCalendar.Label(config.Period, config.Start, e.At));
            json.WriteString("label", e.Label);
            json.WriteStartObject("set");
            foreach (var s in e.Set) json.WriteString(s.Path, s.Value.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (config.Series.Length == 0) return;
        json.WriteStartArray("series");
        foreach (var s in config.Series)
        {
            json.WriteStartObject();
            json.WriteString("set", s.Spec.Set);
            json.WriteString("file", s.Spec.File);
            json.WriteString("column", s.Spec.Column);
            json.WriteStartObject("where");
            foreach (var (column, value) in s.Spec.Where) json.WriteString(column, value);
            json.WriteEndObject();
            // The value from each period on where it changes: what the run used, whatever the file's rows.
            json.WriteStartObject("values");
            foreach (var t in s.Changes.Prepend(0).Where(t => !double.IsNaN(s.Values[t])))
                json.WriteString(PeriodCalendar.Label(config.Period, config.Start, t), ParameterValue.Of(s.Values[t]).Text);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
