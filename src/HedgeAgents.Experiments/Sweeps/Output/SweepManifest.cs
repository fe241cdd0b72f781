using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>manifest.json of a sweep: everything <c>run</c> records (resolved parameters, events, seeds' origin, tool
/// version, git commit, reproducing command) plus the design and the number of runs, then the data files' hashes.
/// The head is fixed when the sweep begins, so a merged or resumed sweep writes the same manifest as one that ran
/// straight through.</summary>
public static class SweepManifest
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest without its <c>files</c> section, as a JSON object.</summary>
    /// <param name="withCommit">False for a fingerprint: a commit elsewhere in the repository must not stop a resume.</param>
    public static byte[] Head(SweepPlan plan, string command, bool withCommit = true)
    {
        var config = plan.Config;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", "hedge");
            json.WriteString("version", ResultWriter.ToolVersion);
            var commit = withCommit ? GitInfo.CommitOf(config.SourcePath) : null;
            if (commit is null) json.WriteNull("gitCommit");
            else json.WriteString("gitCommit", commit);
            json.WriteString("command", command);
            ResultWriter.WriteExperiment(json, config);
            json.WriteStartObject("sweep");
            json.WriteString("design", plan.Sweep.Design);
            if (plan.Sweep.Samples > 0) json.WriteNumber("samples", plan.Sweep.Samples);
            if (plan.Sweep.Design == Core.Sweeps.MorrisDesign.DesignName) json.WriteNumber("levels", plan.Sweep.Levels);
            // Only when given, so the manifests of sweeps made before delta existed are unchanged; absent means p/2.
            if (plan.Sweep.Design == Core.Sweeps.MorrisDesign.DesignName && plan.Sweep.Delta is { } delta) json.WriteNumber("delta", delta);
            json.WriteString("designSeed", Core.Random.SeedDerivation.DesignSeed(config.Seed).ToString(CultureInfo.InvariantCulture));
            json.WriteStartObject("parameters");
            foreach (var p in plan.Sweep.Parameters)
            {
                json.WriteStartObject(p.Path);
                if (p.IsText)
                {
                    json.WriteStartArray("values");
                    foreach (var label in p.Labels) json.WriteStringValue(label);
                    json.WriteEndArray();
                }
                else if (p.IsList)
                {
                    json.WriteStartArray("values");
                    foreach (var v in p.Values) json.WriteNumberValue(v);
                    json.WriteEndArray();
                }
                else
                {
                    json.WriteNumber("min", p.Min);
                    json.WriteNumber("max", p.Max);
                    if (p.Steps > 0) json.WriteNumber("steps", p.Steps);
                    json.WriteBoolean("log", p.Log);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteNumber("points", plan.Points);
            json.WriteNumber("runs", plan.Runs);
            json.WriteString("runSeeds", plan.SeedRule);
            json.WriteEndObject();
            ResultWriter.WriteResolved(json, config);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>The swept paths of a manifest (or its head) whose values are text: those listed as JSON strings.
    /// The merge of a sharded sweep has only the head, so this is where it learns which columns hold text.</summary>
    public static IReadOnlySet<string> TextParameters(byte[] manifest)
    {
        using var doc = JsonDocument.Parse(manifest);
        var text = new HashSet<string>(StringComparer.Ordinal);
        if (doc.RootElement.TryGetProperty("sweep", out var sweep) && sweep.TryGetProperty("parameters", out var parameters))
        {
            foreach (var p in parameters.EnumerateObject())
            {
                if (p.Value.TryGetProperty("values", out var values) &&
                    values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String))
                    text.Add(p.Name);
            }
        }
        return text;
    }

    /// <summary>The full manifest: the head's fields, then the data files' hashes, then a newline.</summary>
    public static byte[] Complete(byte[] head, IReadOnlyDictionary<string, string> hashes)
    {
        using var doc = JsonDocument.Parse(head);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            foreach (var property in doc.RootElement.EnumerateObject()) property.WriteTo(json);
            json.WriteStartObject("files");
            foreach (var (name, hash) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal)) json.WriteString(name, hash);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
