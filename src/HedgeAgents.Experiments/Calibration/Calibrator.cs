using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>The whole calibration: spec and event files in, the texts of hazards.csv and calibration.md out; no I/O
/// beyond reading, so a caller writes them atomically or compares them with the files on disk.</summary>
public static class Calibrator
{
    /// <summary>The path the page names for hazards.csv when the caller does not say.</summary>
    public const string DefaultDataPath = "data/estimates/hazards.csv";

    /// <summary>The outputs for the spec at <paramref name="specPath"/>; <paramref name="shownPath"/> is how the page
    /// names the spec in its regenerating command (default: the path as given) and <paramref name="shownDataPath"/>
    /// where it says hazards.csv is; '\\' is shown as '/', so the page is the same on every system.</summary>
    /// <exception cref="ConfigException">The spec or an event file is missing or invalid; every problem is listed.</exception>
    public static (string HazardsCsv, string Page) Run(string specPath, string? shownPath = null, string shownDataPath = DefaultDataPath)
    {
        var (spec, tables) = CalibrationLoader.LoadFile(specPath);
        var estimates = HazardEstimator.Estimate(spec, tables);
        return (HazardsCsv.Write(estimates),
            CalibrationPage.Write(spec, estimates, (shownPath ?? specPath).Replace('\\', '/'), shownDataPath.Replace('\\', '/')));
    }
}
