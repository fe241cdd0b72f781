namespace HedgeAgents.Experiments.Config;

/// <summary>A rule a parameter set breaks, named by the parameter path it is about.</summary>
public sealed record ParameterProblem(string Path, string Message);
