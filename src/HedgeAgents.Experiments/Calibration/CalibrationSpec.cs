using HedgeAgents.Core.Collections;

namespace HedgeAgents.Experiments.Calibration;

/// <summary>A loaded calibration file (data/calibration.yaml): the estimates to make and the assumptions left.</summary>
/// <param name="File">The spec file's path, as given.</param>
/// <param name="Estimates">The entries in file order.</param>
/// <param name="Assumptions">The <c>assumptions:</c> entries in file order (may be empty).</param>
public sealed record CalibrationSpec(string File, ValueArray<EstimateSpec> Estimates, ValueArray<CalibrationAssumption> Assumptions)
{
    /// <summary>The folder the event files are read from: the spec's own.</summary>
    public string Folder => Path.GetDirectoryName(File) is { Length: > 0 } folder ? folder : ".";

    /// <summary>The path of an entry's event file.</summary>
    public string EventPath(EstimateSpec estimate) => Path.Combine(Folder, estimate.Events);
}
