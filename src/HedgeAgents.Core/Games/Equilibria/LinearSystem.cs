namespace HedgeAgents.Core.Games.Equilibria;

/// <summary>Dense Gaussian elimination with partial pivoting for the small indifference systems of support
/// enumeration (a few unknowns each, solved hundreds of thousands of times, so in place and without allocation).</summary>
internal static class LinearSystem
{
    /// <summary>A pivot no larger than this times the largest entry makes the matrix singular for our purposes.</summary>
    /// <remarks>Exactly singular systems (duplicate actions, payoff ties) leave pivots of order 1e-16 × scale after
    /// rounding; nonsingular ones from payoffs of a sensible spread leave pivots far above 1e-12 × scale.</remarks>
    public const double SingularityThreshold = 1e-12;

    /// <summary>Solves a·x = b for the n×n row-major <paramref name="a"/>, overwriting it, and leaves x in
    /// <paramref name="b"/>; false (with both spans in an unspecified state) when a is singular.</summary>
    public static bool TrySolve(Span<double> a, Span<double> b, int n)
    {
        var scale = 0.0;
        for (var i = 0; i < n * n; i++) scale = Math.Max(scale, Math.Abs(a[i]));
        if (!(scale > 0) || !double.IsFinite(scale)) return false;
        var threshold = SingularityThreshold * scale;

        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
                if (Math.Abs(a[r * n + col]) > Math.Abs(a[pivot * n + col])) pivot = r;
            if (!(Math.Abs(a[pivot * n + col]) > threshold)) return false;
            if (pivot != col)
            {
                for (var c = col; c < n; c++) (a[col * n + c], a[pivot * n + c]) = (a[pivot * n + c], a[col * n + c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            var p = a[col * n + col];
            for (var r = col + 1; r < n; r++)
            {
                var f = a[r * n + col] / p;
                if (f == 0) continue;
                for (var c = col + 1; c < n; c++) a[r * n + c] -= f * a[col * n + c];
                a[r * n + col] = 0;
                b[r] -= f * b[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < n; c++) sum -= a[r * n + c] * b[c];
            b[r] = sum / a[r * n + r];
        }
        return true;
    }
}
