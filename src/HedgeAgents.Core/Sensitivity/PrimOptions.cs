using System.Globalization;

namespace HedgeAgents.Core.Sensitivity;

/// <summary>PRIM's settings (Friedman and Fisher 1999); the defaults are the EMA Workbench's.</summary>
/// <param name="PeelAlpha">α: each peel removes about this share of the box's points, from one side of one dimension.</param>
/// <param name="PasteAlpha">Each paste adds about this share of the box's points back, on one side of one dimension.</param>
/// <param name="MinMass">β₀: no peel may leave a box holding less than this share of all points.</param>
public sealed record PrimOptions(double PeelAlpha = 0.05, double PasteAlpha = 0.05, double MinMass = 0.05)
{
    /// <summary>The defaults: α = 0.05 for peeling and pasting, minimum mass 0.05.</summary>
    public static PrimOptions Default { get; } = new();

    /// <summary>Throws unless 0 &lt; PeelAlpha &lt; 0.5, 0 &lt; PasteAlpha &lt; 1 and 0 &lt; MinMass ≤ 1.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message says which.</exception>
    public void Validate()
    {
        // Above one half, peeling a side would remove the middle of the box rather than a slice of its edge.
        if (!(PeelAlpha > 0 && PeelAlpha < 0.5))
            throw new ArgumentException($"PRIM's peeling α must be strictly between 0 and 0.5; it is {Text(PeelAlpha)}", nameof(PeelAlpha));
        if (!(PasteAlpha > 0 && PasteAlpha < 1))
            throw new ArgumentException($"PRIM's pasting α must be strictly between 0 and 1; it is {Text(PasteAlpha)}", nameof(PasteAlpha));
        if (!(MinMass > 0 && MinMass <= 1))
            throw new ArgumentException($"PRIM's minimum mass must be in (0, 1]; it is {Text(MinMass)}", nameof(MinMass));
    }

    private static string Text(double x) => x.ToString(CultureInfo.InvariantCulture);
}
