namespace HedgeAgents.Experiments.Sweeps;

/// <summary>What each design asks of a <c>sweep:</c> section, as located problems (key, message).</summary>
internal static class SweepDesignRules
{
    /// <summary>The designs, by name.</summary>
    public static IReadOnlyList<string> Names => [.. Core.Sweeps.SweepDesigns.Registry.Names];

    /// <summary>Every problem of the section's design settings.</summary>
    /// <remarks>The keyed checks come first and say where; the design's own checks (which repeat some of them
    /// without a place) run only when those pass, so each problem is reported once.</remarks>
    public static IReadOnlyList<(string Key, string Message)> Check(SweepSpec sweep)
    {
        if (!Core.Sweeps.SweepDesigns.Registry.TryGet(sweep.Design, out var design))
            return [("sweep.design", Config.KeySuggestions.Unknown("design", sweep.Design, Names))];
        var problems = new List<(string, string)>();
        if (!design.IsSampled)
        {
            if (sweep.Samples > 0)
                problems.Add(("sweep.samples", $"'samples' applies to sampled designs ({string.Join(", ", SampledNames())}); a grid has one point per combination of its axes"));
            problems.AddRange(sweep.Parameters.Where(p => !p.IsList && p.Steps < 2).Select(p => ($"sweep.parameters.{p.Path}",
                "a grid range needs 'steps' (at least 2 evenly spaced values, both ends included), or give a list of values")));
        }
        else
        {
            if (sweep.Samples < 1)
                problems.Add(("sweep.samples", $"the '{sweep.Design}' design needs 'samples' (a whole number ≥ 1): {design.SamplesMeaning}"));
            problems.AddRange(sweep.Parameters.Where(p => !p.IsList && p.Steps > 0).Select(p => ($"sweep.parameters.{p.Path}",
                $"'steps' applies to grid designs; the '{sweep.Design}' design samples the range")));
            // A sampled design draws numbers from an order; words have none, so they belong in a grid.
            problems.AddRange(sweep.Parameters.Where(p => p.IsText).Select(p => ($"sweep.parameters.{p.Path}",
                $"'{p.Path}' lists text values ({string.Join(", ", p.Labels)}); only the grid design sweeps text values, " +
                $"the '{sweep.Design}' design draws numbers: use 'design: grid', or sweep numbers")));
        }
        if (sweep.Delta is { } k)
        {
            if (sweep.Design != Core.Sweeps.MorrisDesign.DesignName)
                problems.Add(("sweep.delta", $"'delta' is the step of a {Core.Sweeps.MorrisDesign.DesignName} design; the '{sweep.Design}' design has no steps (use 'design: {Core.Sweeps.MorrisDesign.DesignName}', or remove 'delta')"));
            else if (sweep.Levels >= 2 && sweep.Levels % 2 == 0 && k > sweep.Levels - 1)
                problems.Add(("sweep.delta", $"delta is the step in grid steps 1/(p−1), a whole number from 1 to p − 1 = {sweep.Levels - 1} " +
                    $"for levels p = {sweep.Levels} (default p/2 = {sweep.Levels / 2}, Δ = p/(2(p−1))); it is {k}"));
        }
        if (problems.Count > 0 || sweep.Parameters.Length == 0) return problems;
        var axes = sweep.Parameters.Select(SweepPlan.Axis).ToList();
        return [.. design.Check(axes, sweep.Samples, sweep.Options).Select(m => ("sweep.design", m))];
    }

    private static IEnumerable<string> SampledNames() =>
        Core.Sweeps.SweepDesigns.Registry.Entries.Where(d => d.IsSampled).Select(d => d.Name);
}
