namespace HedgeAgents.Experiments.Sweeps;

/// <summary>A sweep or merge that cannot start as asked (folder held, interrupted state, changed plan, missing
/// parts); the message says what to do instead.</summary>
public sealed class SweepRefusedException(string message) : Exception(message);
