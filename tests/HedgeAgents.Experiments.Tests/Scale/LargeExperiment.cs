using System.Globalization;
using System.Text;

namespace HedgeAgents.Experiments.Tests.Scale;

/// <summary>Writes experiments of any size: middle powers each related to every great power and to two partners, great
/// powers related and rivals pairwise, partners trading with one great power, and routes from middle powers to great
/// powers controlled by another great power. Extreme values are set by the caller.</summary>
internal sealed record LargeExperiment(int Middle, int Great, int Partners, int Routes, int Rounds = 100, int Replications = 5)
{
    public double Hazard { get; init; } = 0.05;
    public double GreatPower { get; init; } = 10;
    public double MiddlePower { get; init; } = 1;
    public double Returns { get; init; } = 0.2;
    public double Openness { get; init; } = 0.5;
    public double Capacity { get; init; } = 10;
    public double RiskAversion { get; init; } = 2;
    public double Volatility { get; init; } = 0.1;

    /// <summary>The number of relations the file declares.</summary>
    public int Relations => Middle * (Great + Math.Min(2, Partners)) + Great * (Great - 1) + Partners;

    /// <summary>The experiment's YAML.</summary>
    public string Yaml()
    {
        string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"name: large-{Middle}-{Great}-{Partners}\nrounds: {Rounds}\nreplications: {Replications}\nseed: 7\nactors:\n");
        for (var i = 0; i < Middle; i++)
            s.Append(CultureInfo.InvariantCulture, $"  - {{id: M{i}, kind: middle, power: {N(MiddlePower)}, openness: {N(Openness)}, riskAversion: {N(RiskAversion)}}}\n");
        for (var i = 0; i < Great; i++)
            s.Append(CultureInfo.InvariantCulture, $"  - {{id: G{i}, kind: great, power: {N(GreatPower * (1 + i % 3))}, openness: {N(Openness)}}}\n");
        for (var i = 0; i < Partners; i++)
            s.Append(CultureInfo.InvariantCulture, $"  - {{id: P{i}, kind: partner, power: {N(MiddlePower)}, openness: {N(Openness)}}}\n");
        s.Append("relations:\n");
        for (var m = 0; m < Middle; m++)
        {
            for (var g = 0; g < Great; g++) s.Append(CultureInfo.InvariantCulture, $"  - {{from: M{m}, to: G{g}, returns: {N(Returns)}, volatility: {N(Volatility)}}}\n");
            for (var p = 0; p < Math.Min(2, Partners); p++) s.Append(CultureInfo.InvariantCulture, $"  - {{from: M{m}, to: P{(m + p) % Partners}, returns: {N(Returns)}}}\n");
        }
        for (var a = 0; a < Great; a++)
            for (var b = 0; b < Great; b++)
                if (a != b) s.Append(CultureInfo.InvariantCulture, $"  - {{from: G{a}, to: G{b}, returns: {N(Returns)}}}\n");
        for (var p = 0; p < Partners; p++) s.Append(CultureInfo.InvariantCulture, $"  - {{from: P{p}, to: G{p % Great}, returns: {N(Returns)}}}\n");
        s.Append("rivalries:\n");
        for (var a = 0; a < Great; a++)
            for (var b = a + 1; b < Great; b++) s.Append(CultureInfo.InvariantCulture, $"  - {{between: [G{a}, G{b}], intensity: 0.5}}\n");
        s.Append("threats:\n");
        for (var m = 0; m < Middle; m++) s.Append(CultureInfo.InvariantCulture, $"  - {{from: G{m % Great}, to: M{m}, proximity: 1.5}}\n");
        s.Append(CultureInfo.InvariantCulture, $"shocks:\n  sanctions: {{hazard: {N(Hazard)}}}\n  disruption: {{hazard: {N(Hazard)}}}\n  coercion: {{hazard: {N(Hazard)}}}\n  abandonment: {{hazard: {N(Hazard)}}}\n");
        if (Routes > 0)
        {
            s.Append("routes:\n");
            for (var r = 0; r < Routes; r++)
                s.Append(CultureInfo.InvariantCulture, $"  - {{id: r{r}, actor: M{r % Middle}, serves: G{r % Great}, controller: G{(r + 1) % Great}, capacity: {N(Capacity)}}}\n");
            s.Append("demand:\n");
            for (var m = 0; m < Math.Min(Middle, Routes); m++)
                s.Append(CultureInfo.InvariantCulture, $"  - {{actor: M{m}, partner: G{m % Great}, volume: {N(Math.Max(1, Capacity))}}}\n");
        }
        return s.ToString();
    }
}
