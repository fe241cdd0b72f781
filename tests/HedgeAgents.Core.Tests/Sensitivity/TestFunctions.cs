using HedgeAgents.Core.Sweeps;

namespace HedgeAgents.Core.Tests.Sensitivity;

/// <summary>The benchmark functions of the sensitivity tests, with their analytic indices, and a helper that runs a
/// design through a function as a sweep would.</summary>
internal static class TestFunctions
{
    public const double IshigamiA = 7;
    public const double IshigamiB = 0.1;

    /// <summary>Ishigami and Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³.</summary>
    public static double Ishigami(ReadOnlySpan<double> x) =>
        Math.Sin(x[0]) + IshigamiA * Math.Pow(Math.Sin(x[1]), 2) + IshigamiB * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    /// <summary>The Ishigami function's analytic S1 and ST (Sobol' and Levitan 1999): V1 = ½(1 + bπ⁴/5)², V2 = a²/8,
    /// V13 = 8b²π⁸/225, V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½.</summary>
    public static (double[] FirstOrder, double[] Total) IshigamiIndices()
    {
        double a = IshigamiA, b = IshigamiB, pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        var v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = 8 * b * b * pi8 / 225;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    public static SweepAxis[] IshigamiAxes(int extra = 0) =>
        [.. Enumerable.Range(0, 3 + extra).Select(i => SweepAxis.Range($"x{i + 1}", -Math.PI, Math.PI))];

    /// <summary>The Sobol' G-function Π (|4x_i − 2| + a_i)/(1 + a_i) on [0, 1]^d.</summary>
    public static double GFunction(ReadOnlySpan<double> x, double[] a)
    {
        var g = 1.0;
        for (var i = 0; i < a.Length; i++) g *= (Math.Abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        return g;
    }

    /// <summary>The G-function's analytic indices: V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1, S1_i = V_i/V,
    /// ST_i = V_i Π_{j≠i}(1 + V_j)/V.</summary>
    public static (double[] FirstOrder, double[] Total) GFunctionIndices(double[] a)
    {
        var vi = a.Select(ai => 1 / (3 * (1 + ai) * (1 + ai))).ToArray();
        var product = vi.Aggregate(1.0, (p, v) => p * (1 + v));
        var variance = product - 1;
        return ([.. vi.Select(v => v / variance)], [.. vi.Select(v => v * product / (1 + v) / variance)]);
    }

    public static SweepAxis[] UnitAxes(int d) => [.. Enumerable.Range(0, d).Select(i => SweepAxis.Range($"a{i}", 0, 1))];

    /// <summary>f at every point of a design, in point order and parameter units: what a finished sweep records.</summary>
    public static double[] Evaluate(IDesignPoints points, Func<double[], double> f)
    {
        var outputs = new double[points.Count];
        var x = new double[points.Dimensions];
        for (var p = 0; p < points.Count; p++)
        {
            points.Fill(p, x);
            outputs[p] = f(x);
        }
        return outputs;
    }
}
