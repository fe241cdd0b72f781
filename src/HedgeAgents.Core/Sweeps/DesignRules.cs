using System.Globalization;

namespace HedgeAgents.Core.Sweeps;

/// <summary>The checks every design shares, worded alike: axes, samples, the point limit.</summary>
internal static class DesignRules
{
    /// <summary>Problems with the axes themselves; <paramref name="sampled"/> decides whether ranges need steps or refuse them.</summary>
    public static void CheckAxes(string design, IReadOnlyList<SweepAxis> axes, bool sampled, List<string> problems)
    {
        if (axes.Count == 0) problems.Add($"{design}: there are no axes to sweep");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < axes.Count; i++)
        {
            var axis = axes[i];
            var name = string.IsNullOrWhiteSpace(axis.Path) ? $"#{i + 1}" : $"'{axis.Path}'";
            if (string.IsNullOrWhiteSpace(axis.Path)) problems.Add($"{design}: axis {name} has no path");
            else if (!seen.Add(axis.Path)) problems.Add($"{design}: axis {name} appears more than once");

            if (axis.IsText && sampled)
                problems.Add($"{design}: axis {name} lists text values ({string.Join(", ", axis.Labels)}), which only a grid sweeps; " +
                             $"the '{design}' design draws numbers from ranges or numeric lists");
            if (axis.IsList)
            {
                if (axis.Values.Any(v => !double.IsFinite(v))) problems.Add($"{design}: axis {name} lists a value that is not a finite number");
                if (axis.Steps != 0 || axis.Log) problems.Add($"{design}: axis {name} is a list; 'steps' and 'log' apply to ranges");
                continue;
            }
            if (!double.IsFinite(axis.Min) || !double.IsFinite(axis.Max))
                problems.Add($"{design}: axis {name} has a range end that is not a finite number");
            else if (!(axis.Min < axis.Max))
                problems.Add($"{design}: axis {name} is a range with min {Text(axis.Min)} not below max {Text(axis.Max)}");
            if (axis.Log && !(axis.Min > 0))
                problems.Add($"{design}: axis {name} is a log range, which needs min > 0 (min is {Text(axis.Min)})");

            if (sampled)
            {
                if (axis.Steps != 0)
                    problems.Add($"{design}: axis {name} has steps, which apply to grid designs; the '{design}' design samples the whole range");
            }
            else if (axis.Steps == 0)
                problems.Add($"{design}: axis {name} is a range without steps");
            else if (axis.Steps < 2)
                problems.Add($"{design}: axis {name} has steps = {axis.Steps}; a grid range needs at least 2 (both ends), or list its single value");
        }
    }

    /// <summary>A sampled design's samples must be a positive count.</summary>
    public static void CheckSamples(string design, int samples, string meaning, List<string> problems)
    {
        if (samples < 1) problems.Add($"{design}: samples must be at least 1 ({meaning}); it is {samples}");
    }

    /// <summary>Refuses more than <see cref="SweepDesigns.MaxPoints"/> points; <paramref name="count"/> saturates rather than overflows.</summary>
    public static void CheckCount(string design, long count, string formula, List<string> problems)
    {
        if (count > SweepDesigns.MaxPoints)
            problems.Add($"{design}: {formula} = {(count == long.MaxValue ? "more than 9.2e18" : count.ToString(CultureInfo.InvariantCulture))} points " +
                         $"exceeds the limit of 2^40 = {SweepDesigns.MaxPoints.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The product of non-negative factors, saturated at <see cref="long.MaxValue"/>.</summary>
    public static long SaturatingProduct(IEnumerable<long> factors)
    {
        var product = 1L;
        foreach (var f in factors)
        {
            if (f == 0) return 0;
            product = product > long.MaxValue / f ? long.MaxValue : product * f;
        }
        return product;
    }

    /// <summary>Throws with every problem when a Create is called on arguments Check refuses.</summary>
    public static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }

    /// <summary>Checks a Fill call's arguments against a design's size.</summary>
    public static void CheckFill(long point, int length, long count, int dimensions)
    {
        CheckPoint(point, count);
        if (length != dimensions) throw new ArgumentOutOfRangeException("values", length, $"a span of {dimensions} values");
    }

    /// <summary>Throws unless <paramref name="point"/> is in [0, <paramref name="count"/>).</summary>
    public static void CheckPoint(long point, long count)
    {
        if ((ulong)point >= (ulong)count) throw new ArgumentOutOfRangeException(nameof(point), point, $"a point index in [0, {count})");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
