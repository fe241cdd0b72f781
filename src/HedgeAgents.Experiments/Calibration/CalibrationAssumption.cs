namespace HedgeAgents.Experiments.Calibration;

/// <summary>A parameter the record does not estimate: the value the model uses, its plausible range and why.</summary>
public sealed record CalibrationAssumption(string Parameter, double Value, double Low, double High, string Reason);
