using System.Globalization;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>The one number format of the calibration outputs (hazards.csv and calibration.md): six significant
/// digits, invariant culture, so the same record gives the same bytes on every machine.</summary>
/// <remarks>Six digits are far more than a rate from a dozen events supports, and they hide the last-bit differences
/// that the chi-squared quantile's iterations may show across CPUs.</remarks>
public static class CalibrationNumber
{
    /// <summary>A number with up to six significant digits; negative zero as 0.</summary>
    public static string Format(double value)
    {
        var text = value.ToString("G6", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
