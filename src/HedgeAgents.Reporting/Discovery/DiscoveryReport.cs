using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using HedgeAgents.Core.Sensitivity;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Figures;
using HedgeAgents.Reporting.Html;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>The files of <c>hedge discover</c> in <c>&lt;sweep&gt;/discover/</c>: boxes.csv, importance.csv, rules.txt,
/// the peeling-trajectory figure and a README with the command; and the rules as text for stdout.</summary>
public static class DiscoveryReport
{
    /// <summary>The subfolder of the sweep folder the files go to.</summary>
    public const string FolderName = "discover";

    /// <summary>The figure's file stem.</summary>
    public const string FigureStem = "peeling-trajectory";

    /// <summary>Writes the files into <paramref name="dir"/> (all or none: under temporary names until every one is
    /// complete), then the PNG when <paramref name="chromium"/> is given; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(DiscoveryResult result, string sweepFolder, string dir, string command, string? chromium)
    {
        ArgumentNullException.ThrowIfNull(result);
        var bundle = PlotlyBundle.Ensure(PlotlyBundle.AssetsFolder(sweepFolder, dir));
        var written = new List<string>();
        using (var files = new AtomicFileSet(dir))
        {
            void Add(string name, string content)
            {
                files.Write(name, content);
                written.Add(Path.Combine(dir, name));
            }
            Add("boxes.csv", BoxesCsv(result));
            if (result.Tree is not null) Add("importance.csv", ImportanceCsv(result.Tree));
            Add("rules.txt", Rules(result));
            Add(FigureStem + ".html", FigurePage.Render(FigureStem, Title(result), Figure(result), PlotlyBundle.RelativeLink(dir, bundle)));
            Add("README.md", Readme(result, command, chromium is not null));
            files.Commit();
        }
        if (chromium is not null)
        {
            var png = Path.Combine(dir, FigureStem + ".png");
            Chromium.Screenshot(chromium, Path.Combine(dir, FigureStem + ".html"), png);
            written.Add(png);
        }
        return written;
    }

    /// <summary>The human-readable rules: the outcome's base rate, the chosen PRIM box, then the tree's importances and leaves.</summary>
    public static string Rules(DiscoveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var data = result.Data;
        var sb = new StringBuilder();
        var replications = data.MinReplications == data.MaxReplications ? $"{data.MinReplications}" : $"{data.MinReplications}–{data.MaxReplications}";
        sb.Append(CultureInfo.InvariantCulture,
            $"{data.Actor}: {data.Where} (on each point's mean over its {replications} replications) holds at {data.Positives} of {data.Points.Length} points ({Pct((double)data.Positives / data.Points.Length)}).\n");
        if (data.Skipped > 0) sb.Append(CultureInfo.InvariantCulture, $"Left out: {data.Skipped} points whose {data.Where.Metric} is undefined in every replication.\n");
        if (!data.Excluded.IsEmpty) sb.Append(CultureInfo.InvariantCulture, $"Left out: the text axes {string.Join(", ", data.Excluded)} (PRIM's boxes need ordered values).\n");
        var o = result.Settings.Prim;
        var how = result.Settings.MinDensity is { } min
            ? $"the box of greatest coverage with density ≥ {Num(min)}"
            : $"the densest box with coverage ≥ {Num(result.Settings.MinCoverage)}";
        sb.Append(CultureInfo.InvariantCulture,
            $"\nPRIM (peeling α = {Num(o.PeelAlpha)}, pasting α = {Num(o.PasteAlpha)}, minimum mass {Num(o.MinMass)}): {result.Trajectory.Boxes.Length - 1} peels; chosen: {how}, step {result.ChosenStep}, then pasted.\n");
        sb.Append(BoxSentence(data, result.Chosen)).Append('\n');
        var peeled = result.Trajectory.Boxes[result.ChosenStep];
        if (peeled != result.Chosen && !Same(peeled, result.Chosen))
            sb.Append(CultureInfo.InvariantCulture, $"(Before pasting, step {result.ChosenStep}: density {Pct(peeled.Density)}, coverage {Pct(peeled.Coverage)}.)\n");
        if (result.Tree is { } tree)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"\nClassification tree (ML.NET FastTree, one tree, ≤ {result.Settings.Leaves} leaves; AUC {Num(tree.Auc)} in sample). " +
                $"Permutation importance, the mean drop in AUC when a parameter's values are shuffled ({result.Settings.Permutations} permutations):\n");
            foreach (var f in tree.Importance)
                sb.Append(CultureInfo.InvariantCulture, $"  {f.Parameter}: {f.Importance.ToString("0.000", CultureInfo.InvariantCulture)} (s.d. {f.Sd.ToString("0.000", CultureInfo.InvariantCulture)})\n");
            sb.Append("Leaves:\n");
            foreach (var leaf in tree.Leaves.OrderByDescending(l => (double)l.Positives / Math.Max(1, l.Points)).ThenByDescending(l => l.Points))
            {
                var rule = leaf.Conditions.IsEmpty ? "everywhere" : string.Join(" and ", leaf.Conditions);
                var share = leaf.Points == 0 ? "no points" : $"{data.Where} at {leaf.Positives} of {leaf.Points} points ({Pct((double)leaf.Positives / leaf.Points)})";
                sb.Append(CultureInfo.InvariantCulture, $"  {rule}: {share}\n");
            }
        }
        else if (result.TreeNote is { } note) sb.Append(CultureInfo.InvariantCulture, $"\nNo classification tree: {note}.\n");
        return sb.ToString();
    }

    /// <summary>"share_hedging &gt; 0.5 holds in 93% of the box (density), which holds 91% of all such points (coverage): …".</summary>
    internal static string BoxSentence(DiscoveryData data, PrimBox box)
    {
        var restricted = box.RestrictedDimensions.ToList();
        var rules = restricted.Select(j => Bounds(data.Parameters[j], box.Lower[j], box.Upper[j])).ToList();
        var free = Enumerable.Range(0, box.Dimensions).Except(restricted).Select(j => data.Parameters[j]).ToList();
        var text = $"{data.Where} holds in {Pct(box.Density)} of the box (density), which holds {Pct(box.Coverage)} of all such points " +
                   $"(coverage) and {Pct(box.Mass)} of all points (mass, {box.Points} points): ";
        text += rules.Count == 0 ? "the whole space (no parameter restricted)" : string.Join(" and ", rules);
        if (rules.Count > 0 && free.Count > 0) text += $"; other parameters unrestricted ({string.Join(", ", free)})";
        return text + ".";
    }

    private static bool Same(PrimBox a, PrimBox b) => a.Lower == b.Lower && a.Upper == b.Upper;

    private static string Bounds(string parameter, double lower, double upper) =>
        (double.IsNegativeInfinity(lower), double.IsPositiveInfinity(upper)) switch
        {
            (false, false) => $"{Num(lower)} ≤ {parameter} ≤ {Num(upper)}",
            (false, true) => $"{parameter} ≥ {Num(lower)}",
            _ => $"{parameter} ≤ {Num(upper)}",
        };

    /// <summary>One row per peeling step, then the chosen box after pasting (kind <c>paste</c>, step = the peel it grew
    /// from, chosen = 1); an open side is an empty field.</summary>
    internal static string BoxesCsv(DiscoveryResult result)
    {
        var sb = new StringBuilder("step,kind,chosen,coverage,density,mass,points,positives");
        foreach (var p in result.Data.Parameters) sb.Append(CultureInfo.InvariantCulture, $",{Csv(p + "_lower")},{Csv(p + "_upper")}");
        sb.Append('\n');
        void Row(int step, string kind, bool chosen, PrimBox b)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{step},{kind},{(chosen ? 1 : 0)},{R(b.Coverage)},{R(b.Density)},{R(b.Mass)},{b.Points},{b.Positives}");
            for (var j = 0; j < b.Dimensions; j++)
                sb.Append(',').Append(double.IsNegativeInfinity(b.Lower[j]) ? "" : R(b.Lower[j]))
                  .Append(',').Append(double.IsPositiveInfinity(b.Upper[j]) ? "" : R(b.Upper[j]));
            sb.Append('\n');
        }
        var boxes = result.Trajectory.Boxes;
        for (var i = 0; i < boxes.Length; i++) Row(i, "peel", false, boxes[i]);
        Row(result.ChosenStep, "paste", true, result.Chosen);
        return sb.ToString();
    }

    internal static string ImportanceCsv(ClassificationTreeResult tree)
    {
        var sb = new StringBuilder("rank,parameter,importance_auc_drop,sd\n");
        for (var i = 0; i < tree.Importance.Length; i++)
        {
            var f = tree.Importance[i];
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1},{Csv(f.Parameter)},{R(f.Importance)},{R(f.Sd)}\n");
        }
        return sb.ToString();
    }

    private static string Title(DiscoveryResult r) => $"PRIM peeling trajectory: where {r.Data.Where} holds for {r.Data.Actor}";

    /// <summary>Coverage (x) against density (y), one marker per peeling step labelled with its number, the chosen step
    /// and the pasted box highlighted; the hover text gives each box's restrictions.</summary>
    private static JsonObject Figure(DiscoveryResult r)
    {
        var boxes = r.Trajectory.Boxes;
        JsonArray Arr(IEnumerable<JsonNode?> xs) => new([.. xs]);
        // A long trajectory labels about ten steps (and the first, chosen and last), so the numbers stay legible.
        var every = Math.Max(1, (int)Math.Ceiling(boxes.Length / 10.0));
        bool Labelled(int i) => i % every == 0 || i == r.ChosenStep || i == boxes.Length - 1;
        string Hover(int step, PrimBox b) => Label.Escape($"step {step}: coverage {Num(b.Coverage)}, density {Num(b.Density)}, mass {Num(b.Mass)}") + "<br>" +
            string.Join("<br>", b.RestrictedDimensions.Select(j => Label.Escape(Bounds(r.Data.Parameters[j], b.Lower[j], b.Upper[j]))));
        var trajectory = new JsonObject
        {
            ["type"] = "scatter", ["mode"] = "lines+markers+text", ["name"] = "peeling trajectory (step number)",
            ["x"] = Arr(boxes.Select(b => (JsonNode)b.Coverage)), ["y"] = Arr(boxes.Select(b => (JsonNode)b.Density)),
            ["text"] = Arr(boxes.Select((_, i) => (JsonNode)(Labelled(i) ? i.ToString(CultureInfo.InvariantCulture) : ""))), ["textposition"] = "top right",
            ["hovertext"] = Arr(boxes.Select((b, i) => (JsonNode)Hover(i, b))), ["hoverinfo"] = "text",
            ["marker"] = new JsonObject { ["size"] = 9, ["color"] = "#1f77b4" }, ["line"] = new JsonObject { ["color"] = "#9ecae1", ["width"] = 1.5 },
        };
        var pick = boxes[r.ChosenStep];
        var chosen = new JsonObject
        {
            ["type"] = "scatter", ["mode"] = "markers", ["name"] = $"chosen: step {r.ChosenStep}",
            ["x"] = Arr([pick.Coverage]), ["y"] = Arr([pick.Density]), ["hovertext"] = Arr([Hover(r.ChosenStep, pick)]), ["hoverinfo"] = "text",
            ["marker"] = new JsonObject { ["size"] = 20, ["color"] = "rgba(0,0,0,0)", ["line"] = new JsonObject { ["color"] = "#d62728", ["width"] = 3 } },
        };
        var pasted = new JsonObject
        {
            ["type"] = "scatter", ["mode"] = "markers", ["name"] = "chosen box after pasting (the rules)",
            ["x"] = Arr([r.Chosen.Coverage]), ["y"] = Arr([r.Chosen.Density]), ["hovertext"] = Arr([Hover(r.ChosenStep, r.Chosen)]), ["hoverinfo"] = "text",
            ["marker"] = new JsonObject { ["size"] = 14, ["symbol"] = "star", ["color"] = "#d62728" },
        };
        var subtitle = $"{r.Data.Points.Length} design points, {r.Data.Positives} with the outcome (on per-point means); box = " +
                       BoxSentence(r.Data, r.Chosen).Split(": ", 2)[^1].TrimEnd('.');
        var layout = new JsonObject
        {
            ["title"] = new JsonObject
            {
                ["text"] = $"{Label.Escape(Title(r))}<br><span style=\"font-size:13px;color:#555\">{string.Join("<br>", Wrap(subtitle, 150).Select(Label.Escape))}</span>",
                ["x"] = 0.01, ["xanchor"] = "left",
            },
            ["font"] = new JsonObject { ["family"] = "Arial, Helvetica, sans-serif", ["size"] = 14 },
            ["paper_bgcolor"] = "white", ["plot_bgcolor"] = "white",
            ["width"] = FigureJson.Width, ["height"] = FigureJson.Height,
            ["margin"] = new JsonObject { ["l"] = 90, ["r"] = 40, ["t"] = 140, ["b"] = 140 },
            // Below the x-axis title: above the plot it would run into the two-line subtitle.
            ["legend"] = new JsonObject { ["orientation"] = "h", ["x"] = 0.5, ["xanchor"] = "center", ["y"] = -0.14, ["yanchor"] = "top" },
            ["xaxis"] = Axis("coverage: share of all points with the outcome that lie in the box", reversed: true),
            ["yaxis"] = Axis("density: share of the box's points with the outcome", reversed: false),
        };
        return new JsonObject { ["data"] = new JsonArray(trajectory, chosen, pasted), ["layout"] = layout };
    }

    private static JsonObject Axis(string title, bool reversed) => new()
    {
        ["title"] = new JsonObject { ["text"] = title },
        // Coverage falls as peeling proceeds: reversed, the trajectory reads left to right.
        ["autorange"] = reversed ? "reversed" : true,
        ["showline"] = true, ["linecolor"] = "#444", ["mirror"] = true, ["gridcolor"] = "#e5e5e5", ["zeroline"] = false, ["tickformat"] = ".1~%",
    };

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static string Readme(DiscoveryResult r, string command, bool png)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Scenario discovery: where {r.Data.Where} holds for {r.Data.Actor}\n\n");
        sb.Append("Regenerate (from the directory the sweep command was run in):\n\n```\n").Append(command).Append("\n```\n\n");
        sb.Append("The outcome is tested on each design point's mean of the metric over its replications (points.csv), so a point counts once.\n\n");
        sb.Append("| file | what it holds |\n|---|---|\n");
        sb.Append("| `rules.txt` | the rules `hedge discover` prints: the chosen PRIM box, the tree's permutation importances and leaves |\n");
        sb.Append("| `boxes.csv` | PRIM's peeling trajectory, one row per step (`kind` peel), then the chosen box after pasting (`kind` paste, `chosen` 1, `step` = the peel it grew from); coverage, density, mass, points, positives, and each parameter's `_lower`/`_upper` bound (empty = unrestricted on that side) |\n");
        if (r.Tree is not null)
            sb.Append("| `importance.csv` | permutation feature importance of the classification tree: the mean drop in AUC when the parameter's values are shuffled, and its s.d. over the permutations |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| `{FigureStem}.html`{(png ? $", `{FigureStem}.png`" : "")} | coverage against density along the trajectory, the chosen box highlighted |\n\n");
        sb.Append("Methods: PRIM (Friedman and Fisher 1999) as in src/HedgeAgents.Core/Sensitivity/Prim.cs (docs/sensitivity.md); ");
        sb.Append("the tree is one ML.NET FastTree tree, single-threaded with a fixed seed, so the files are the same on every run.\n");
        return sb.ToString();
    }

    // One decimal, so a box at 99.7% does not read as pure.
    private static string Pct(double x) => x.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Num(double x) => x.ToString("G3", CultureInfo.InvariantCulture);

    private static string R(double x) => x.ToString("G10", CultureInfo.InvariantCulture);

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"")}\"" : s;
}
