using HedgeAgents.Core.Sensitivity;

namespace HedgeAgents.Reporting.Discovery;

/// <summary>What scenario discovery found.</summary>
/// <param name="Data">The points and outcome.</param>
/// <param name="Settings">The settings used.</param>
/// <param name="Trajectory">PRIM's peeling trajectory (step 0 is the whole space).</param>
/// <param name="ChosenStep">The peeling step chosen.</param>
/// <param name="Chosen">The chosen box after pasting: the one the rules describe.</param>
/// <param name="Tree">The classification tree and importances, or null when the outcome does not vary.</param>
/// <param name="TreeNote">Why there is no tree, when there is none.</param>
public sealed record DiscoveryResult(DiscoveryData Data, DiscoverySettings Settings, PrimTrajectory Trajectory, int ChosenStep, PrimBox Chosen,
    ClassificationTreeResult? Tree, string? TreeNote);
