namespace HedgeAgents.Reporting.Data;

/// <summary>The four archetypes in the column order of the data files, with the colour each has in every figure.</summary>
internal static class Archetypes
{
    /// <summary>Names as in <c>share_&lt;name&gt;</c> columns and the <c>archetype</c> column.</summary>
    public static readonly string[] Names = ["balancing", "bandwagoning", "equidistance", "hedging"];

    /// <summary>One colour per archetype (colour-blind safe Okabe–Ito hues), so an archetype looks the same across figures.</summary>
    public static readonly string[] Colors = ["#D55E00", "#0072B2", "#999999", "#009E73"];

    /// <summary>The index of the largest share; ties go to the first in <see cref="Names"/> order.</summary>
    public static int Dominant(ReadOnlySpan<double> shares)
    {
        var best = 0;
        for (var i = 1; i < shares.Length; i++)
            if (shares[i] > shares[best]) best = i;
        return best;
    }
}
