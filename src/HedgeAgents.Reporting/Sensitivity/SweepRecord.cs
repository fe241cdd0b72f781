using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using HedgeAgents.Core;
using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>What a finished sweep's manifest.json says about its design: enough to lay the design's points out again
/// (design, samples, levels, delta, design seed, axes) and to know the master seed and replications.</summary>
/// <param name="Folder">The sweep folder.</param>
/// <param name="Design">The design's name (<c>sobol</c> or <c>morris</c> for sensitivity indices).</param>
/// <param name="Samples">Base samples N (sobol) or trajectories r (morris).</param>
/// <param name="Options">Morris levels and step.</param>
/// <param name="DesignSeed">The seed the design's random parts were drawn from.</param>
/// <param name="Axes">The swept parameters in column order.</param>
/// <param name="Points">The number of points the manifest records.</param>
/// <param name="Seed">The experiment's master seed.</param>
/// <param name="Replications">Replications per point.</param>
public sealed record SweepRecord(string Folder, string Design, int Samples, DesignOptions Options, ulong DesignSeed,
    ImmutableArray<SweepAxis> Axes, long Points, ulong Seed, int Replications)
{
    /// <summary>The designs sensitivity indices are computed from: those whose points are laid out for indices.</summary>
    public static readonly string[] AnalysableDesigns =
        [.. SweepDesigns.Registry.Entries.Where(d => d.SensitivityIndices.Length > 0).Select(d => d.Name)];

    /// <summary>The analysable designs in a sentence, each with the indices it gives, in the form <paramref name="form"/>
    /// (<c>{0}</c> the design, <c>{1}</c> its indices): "'design: morris' (elementary effects μ, μ*, σ) or …".</summary>
    public static string DescribeAnalysable(string form) => NameList.Join(SweepDesigns.Registry.Entries
        .Where(d => d.SensitivityIndices.Length > 0).Select(d => string.Format(CultureInfo.InvariantCulture, form, d.Name, d.SensitivityIndices)));

    /// <summary>Reads the manifest's <c>sweep</c> section; throws <see cref="SensitivityInputException"/> naming the key at fault.</summary>
    public static SweepRecord Read(string folder)
    {
        var file = Path.Combine(folder, ResultsFolder.ManifestName);
        if (!Directory.Exists(folder)) throw new SensitivityInputException(folder, "no such folder; expected an experiment file or a folder written by 'hedge sweep'");
        if (!File.Exists(file)) throw new SensitivityInputException(file, "no such file; expected a folder written by 'hedge sweep' (a sharded sweep: join it first with 'hedge merge')");
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new SensitivityInputException(file, $"not valid JSON ({e.Message})");
        }
        if (!root.TryGetProperty("sweep", out var sweep) || sweep.ValueKind != JsonValueKind.Object)
            throw new SensitivityInputException(file, "sweep: the manifest has no sweep section; this folder was written by 'hedge run', not 'hedge sweep'. " +
                $"Sensitivity indices need a sweep with design {NameList.Join(AnalysableDesigns)}");
        var design = sweep.TryGetProperty("design", out var d) ? d.GetString() ?? "" : "";
        if (!AnalysableDesigns.Contains(design))
            throw new SensitivityInputException(file, $"sweep.design: the sweep's design is '{design}'; sensitivity indices need {DescribeAnalysable("a '{0}' sweep ({1})")}, " +
                $"whose points are laid out for them. Set 'design: {AnalysableDesigns[0]}' (or {NameList.Join(AnalysableDesigns.Skip(1))}) " +
                "and 'samples' in the experiment's sweep section; see docs/sweeps.md");
        int Int(JsonElement e, string key, int fallback) =>
            e.TryGetProperty(key, out var v) ? v.TryGetInt32(out var i) ? i : throw new SensitivityInputException(file, $"sweep.{key}: not a whole number") : fallback;
        ulong Seed(JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && ulong.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                ? s : throw new SensitivityInputException(file, $"{key}: missing or not a seed");
        var samples = Int(sweep, "samples", 0);
        var levels = Int(sweep, "levels", 4);
        int? delta = sweep.TryGetProperty("delta", out _) ? Int(sweep, "delta", 0) : null;
        var axes = ImmutableArray.CreateBuilder<SweepAxis>();
        foreach (var p in sweep.GetProperty("parameters").EnumerateObject())
        {
            var v = p.Value;
            if (v.TryGetProperty("values", out var values))
                axes.Add(SweepAxis.List(p.Name, values.EnumerateArray().Select(x => x.GetDouble())));
            else
                axes.Add(SweepAxis.Range(p.Name, v.GetProperty("min").GetDouble(), v.GetProperty("max").GetDouble(), 0,
                    v.TryGetProperty("log", out var log) && log.GetBoolean()));
        }
        var points = sweep.TryGetProperty("points", out var pt) && pt.TryGetInt64(out var n) ? n : 0;
        var replications = root.TryGetProperty("replications", out var r) && r.TryGetInt32(out var reps) ? reps : 0;
        return new SweepRecord(folder, design, samples, new DesignOptions(levels, delta), Seed(sweep, "designSeed"), axes.ToImmutable(),
            points, Seed(root, "seed"), replications);
    }

    /// <summary>The design's points, laid out again as <c>hedge sweep</c> laid them out.</summary>
    public IDesignPoints Create()
    {
        var points = SweepDesigns.Registry.Get(Design).Create(Axes, Samples, DesignSeed, Options);
        if (points.Count != Points)
            throw new SensitivityInputException(Path.Combine(Folder, ResultsFolder.ManifestName),
                $"sweep.points: the manifest records {Points} points, but its design gives {points.Count}; the folder was not written by this version of hedge");
        return points;
    }
}
