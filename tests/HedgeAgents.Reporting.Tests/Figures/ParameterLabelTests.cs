using HedgeAgents.Experiments.Config;
using HedgeAgents.Reporting.Figures;

namespace HedgeAgents.Reporting.Tests.Figures;

/// <summary>Sweep figures title their axes with words and names, then the exact path.</summary>
public class ParameterLabelTests
{
    private static readonly ExperimentConfig Baseline = ExperimentLoader.Load(Repo.Experiment("kazakhstan-baseline.yaml"));

    [TestCase("actors.KAZ.regulatoryCapacity", "Kazakhstan: regulatory capacity (actors.KAZ.regulatoryCapacity)")]
    [TestCase("actors.KAZ.learning.inertia", "Kazakhstan: learning inertia (actors.KAZ.learning.inertia)")]
    [TestCase("relations.KAZ.EUR.returns", "returns Kazakhstan → European Union (relations.KAZ.EUR.returns)")]
    [TestCase("rivalries.RUS.EUR.intensity", "rivalry Russia – European Union (rivalries.RUS.EUR.intensity)")]
    [TestCase("threats.RUS.KAZ.intent", "threat Russia → Kazakhstan: intent (threats.RUS.KAZ.intent)")]
    [TestCase("routes.middle.capacity", "Middle Corridor (TITR): capacity (routes.middle.capacity)")]
    [TestCase("shocks.scale", "hazard scale (× every base hazard) (shocks.scale)")]
    [TestCase("shocks.coercion.provocation", "coercion provocation (shocks.coercion.provocation)")]
    [TestCase("shocks.abandonment.by.EUR", "abandonment hazard multiplier of European Union (shocks.abandonment.by.EUR)")]
    [TestCase("strategies.bandwagoning.sidePayment", "bandwagoning side payment (strategies.bandwagoning.sidePayment)")]
    [TestCase("demand.KAZ.CHN.volume", "demand Kazakhstan → China (demand.KAZ.CHN.volume)")]
    [TestCase("something.else", "something.else")]
    public void Of_Path_WordsNamesThenThePath(string path, string expected)
    {
        // Given the baseline's actors and routes
        // When a swept path becomes an axis title
        // Then it reads as words with the names, and keeps the exact path
        Assert.That(ParameterLabel.Of(Baseline, path), Is.EqualTo(expected));
    }
}
