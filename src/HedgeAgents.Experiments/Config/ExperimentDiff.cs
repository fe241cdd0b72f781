using System.Globalization;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Experiments.Sweeps;

namespace HedgeAgents.Experiments.Config;

/// <summary>What differs between two experiments, by parameter path, on resolved values (defaults included), so a
/// student can say exactly what they changed.</summary>
/// <remarks>Lines come in this order: the settings (<c>rounds</c>, <c>seed</c>, …), the parameters in force from
/// round 0, then for each round where either file has an event, the parameters whose pair of values in force changes
/// there (<c>events.2022Q1.shocks.sanctions.hazard</c>: the value in force from that round), then the sweep and the
/// figures. A path only one file has shows <see cref="Absent"/> on the other side.</remarks>
public static class ExperimentDiff
{
    /// <summary>The side of a line where a file has no such path, event, sweep or figure.</summary>
    public const string Absent = "(absent)";

    /// <summary>One difference: <c>path: a → b</c>.</summary>
    public sealed record Line(string Path, string A, string B)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Path}: {A} → {B}";
    }

    /// <summary>Every difference between <paramref name="a"/> and <paramref name="b"/>; empty when they are the same experiment.</summary>
    public static IReadOnlyList<Line> Compare(ExperimentConfig a, ExperimentConfig b)
    {
        var lines = new List<Line>();
        Pairs(lines, "", Map(ParameterSchema.Header.Select(l => (l.Key, l.Get(a.Header).ToString()))),
            Map(ParameterSchema.Header.Select(l => (l.Key, l.Get(b.Header).ToString()))));
        Timeline(lines, a, b);
        Sweep(lines, a.Sweep, b.Sweep);
        Plots(lines, a.Plots, b.Plots);
        return lines;
    }

    private static void Timeline(List<Line> lines, ExperimentConfig a, ExperimentConfig b)
    {
        var specA = a.ToRunSpec();
        var specB = b.ToRunSpec();
        var prevA = Map(ParameterPaths.Describe(a.Initial));
        var prevB = Map(ParameterPaths.Describe(b.Initial));
        Pairs(lines, "", prevA, prevB);
        var rounds = a.Events.Select(e => e.At).Concat(b.Events.Select(e => e.At)).Distinct().Order();
        foreach (var round in rounds)
        {
            var key = $"events.{(round < a.Rounds ? a.Label(round) : b.Label(round))}";
            var labelA = Labels(a, round);
            var labelB = Labels(b, round);
            if (labelA != labelB) lines.Add(new(key, labelA ?? Absent, labelB ?? Absent));
            var nowA = Map(ParameterPaths.Describe(InForce(specA, round)));
            var nowB = Map(ParameterPaths.Describe(InForce(specB, round)));
            foreach (var path in Union(nowA, nowB).Concat(Union(prevA, prevB)).Distinct())
            {
                var (x, y) = (Get(nowA, path), Get(nowB, path));
                var (px, py) = (Get(prevA, path), Get(prevB, path));
                // A line where the pair changes and the two differ now or differed before (the difference ends here).
                if ((x, y) != (px, py) && (x != y || px != py)) lines.Add(new($"{key}.{path}", x, y));
            }
            (prevA, prevB) = (nowA, nowB);
        }
    }

    private static string? Labels(ExperimentConfig config, int round)
    {
        var events = config.Events.Where(e => e.At == round).ToList();
        return events.Count == 0 ? null : Quote(string.Join("; ", events.Select(e => e.Label)));
    }

    private static ModelParameters InForce(RunSpec spec, int round) =>
        spec.Events.LastOrDefault(e => e.At <= round)?.Parameters ?? spec.Initial;

    private static void Sweep(List<Line> lines, SweepSpec? a, SweepSpec? b)
    {
        if (a is null && b is null) return;
        if (a is null || b is null)
        {
            lines.Add(new("sweep", a is null ? Absent : Summary(a), b is null ? Absent : Summary(b)));
            return;
        }
        Pairs(lines, "sweep.", Map(SweepHeader(a)), Map(SweepHeader(b)));
        Pairs(lines, "sweep.parameters.", Map(a.Parameters.Select(p => (p.Path, Axis(p)))), Map(b.Parameters.Select(p => (p.Path, Axis(p)))));
    }

    private static IEnumerable<(string, string)> SweepHeader(SweepSpec s) =>
    [
        ("design", s.Design),
        ("samples", s.Samples.ToString(CultureInfo.InvariantCulture)),
        ("levels", s.Levels.ToString(CultureInfo.InvariantCulture)),
        ("delta", s.Delta?.ToString(CultureInfo.InvariantCulture) ?? "default"),
    ];

    private static string Summary(SweepSpec s) => $"{s.Design} over {string.Join(", ", s.Paths)}";

    private static string Axis(SweepParameter p)
    {
        if (p.IsText) return $"[{string.Join(", ", p.Labels)}]";
        if (p.IsList) return $"[{string.Join(", ", p.Values.Select(ValueText.Format))}]";
        var steps = p.Steps > 0 ? $", steps: {p.Steps}" : "";
        var log = p.Log ? ", log: true" : "";
        return $"{{min: {ValueText.Format(p.Min)}, max: {ValueText.Format(p.Max)}{steps}{log}}}";
    }

    private static void Plots(List<Line> lines, IEnumerable<PlotSpec> a, IEnumerable<PlotSpec> b)
    {
        static string Show(PlotSpec p) => string.Join(" ", new[]
        {
            ("kind", p.Kind), ("actor", p.Actor), ("x", p.X), ("y", p.Y), ("metric", p.Metric), ("title", p.Title),
        }.Where(kv => !string.IsNullOrEmpty(kv.Item2)).Select(kv => $"{kv.Item1}={kv.Item2}"));
        // Keyed by file stem: two figures with one stem would overwrite each other, so the stem names a figure.
        Pairs(lines, "plots.", Map(a.Select(p => (p.FileStem, Show(p)))), Map(b.Select(p => (p.FileStem, Show(p)))));
    }

    // Lines for the paths of either map whose values differ, in a's order then b's extra paths.
    private static void Pairs(List<Line> lines, string prefix, Dictionary<string, (int Order, string Value)> a, Dictionary<string, (int Order, string Value)> b)
    {
        foreach (var path in Union(a, b))
        {
            var (x, y) = (Get(a, path), Get(b, path));
            if (x != y) lines.Add(new(prefix + path, x, y));
        }
    }

    private static IEnumerable<string> Union(Dictionary<string, (int Order, string Value)> a, Dictionary<string, (int Order, string Value)> b) =>
        a.OrderBy(kv => kv.Value.Order).Select(kv => kv.Key)
            .Concat(b.OrderBy(kv => kv.Value.Order).Select(kv => kv.Key).Where(k => !a.ContainsKey(k)));

    private static string Get(Dictionary<string, (int Order, string Value)> map, string path) =>
        map.TryGetValue(path, out var v) ? v.Value : Absent;

    private static Dictionary<string, (int Order, string Value)> Map(IEnumerable<(string Path, string Value)> pairs)
    {
        var map = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var i = 0;
        foreach (var (path, value) in pairs) map.TryAdd(path, (i++, value));
        return map;
    }

    private static string Quote(string text) => $"\"{text}\"";
}
