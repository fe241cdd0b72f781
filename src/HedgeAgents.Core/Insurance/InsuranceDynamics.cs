namespace HedgeAgents.Core.Insurance;

/// <summary>X ← (1−δ)X + ρ·h·s·k·(1−X): depreciation, and building that slows as the stock fills.</summary>
public static class InsuranceDynamics
{
    /// <summary>One round of a stock.</summary>
    public static double Step(double stock, double depreciation, double capacity, double rate, double split, double efficiency)
    {
        var next = (1.0 - depreciation) * stock + capacity * rate * split * efficiency * (1.0 - stock);
        return Math.Clamp(next, 0.0, 1.0);
    }

    /// <summary>The level that holding a rate sustains: X* = g/(δ+g) with g = ρ·h·s·k.</summary>
    public static double Stationary(double depreciation, double capacity, double rate, double split, double efficiency)
    {
        var g = capacity * rate * split * efficiency;
        return g + depreciation > 0 ? g / (depreciation + g) : 0.0;
    }
}
