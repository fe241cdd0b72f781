namespace HedgeAgents.Core.Parameters;

/// <summary>Bandwagoning(t): share β on t, side payment from t, reputation cost of taking sides.</summary>
public sealed record BandwagoningParameters(double Share = 0.7, double SidePayment = 0.0, double Reputation = 0.02);
