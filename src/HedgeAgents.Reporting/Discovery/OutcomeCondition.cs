using System.Globalization;
using System.Text.RegularExpressions;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>The outcome of interest of scenario discovery, <c>metric op number</c> (e.g. <c>share_hedging &gt; 0.5</c>),
/// tested on a design point's mean of the metric over its replications.</summary>
/// <param name="Metric">A summary metric of the sweep (a column of runs.csv, e.g. <c>share_hedging</c>, <c>weight_CHN</c>).</param>
/// <param name="Operator">One of <c>&gt; &gt;= &lt; &lt;= ==</c>.</param>
/// <param name="Threshold">The number compared with.</param>
public sealed partial record OutcomeCondition(string Metric, string Operator, double Threshold)
{
    /// <summary>The operators, in the order error messages list them.</summary>
    public static IReadOnlyList<string> Operators { get; } = [">", ">=", "<", "<=", "=="];

    /// <summary>Whether the condition holds for <paramref name="value"/>; a missing value (NaN) never satisfies it.</summary>
    public bool Holds(double value) => Operator switch
    {
        ">" => value > Threshold,
        ">=" => value >= Threshold,
        "<" => value < Threshold,
        "<=" => value <= Threshold,
        // Exact equality of means: meant for metrics that are whole shares at every point (0 or 1).
        _ => value == Threshold,
    };

    /// <summary>The condition as written, with the number in invariant culture.</summary>
    public override string ToString() => $"{Metric} {Operator} {Threshold.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>metric op number</c>; throws <see cref="FormatException"/> whose message says what is wrong and
    /// lists <paramref name="metrics"/>, the valid metric names.</summary>
    public static OutcomeCondition Parse(string text, IReadOnlyCollection<string> metrics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metrics);
        var valid = $"expected '<metric> <operator> <number>' such as \"share_hedging > 0.5\", with an operator among " +
                    $"{string.Join(" ", Operators)}; metrics: {string.Join(", ", metrics)}";
        var match = Pattern().Match(text);
        if (!match.Success) throw new FormatException($"'{text}' is not a condition; {valid}");
        var metric = match.Groups["metric"].Value;
        if (!metrics.Contains(metric)) throw new FormatException($"'{metric}' is not a metric of this sweep; {valid}");
        if (!double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) ||
            !double.IsFinite(threshold))
            throw new FormatException($"'{match.Groups["number"].Value}' is not a finite number; {valid}");
        return new OutcomeCondition(metric, match.Groups["op"].Value, threshold);
    }

    // Two-character operators first, so ">=" is not read as ">" followed by "=0.5".
    [GeneratedRegex(@"^\s*(?<metric>[A-Za-z_][A-Za-z0-9_]*)\s*(?<op>>=|<=|==|>|<)\s*(?<number>[^\s]+)\s*$")]
    private static partial Regex Pattern();
}
