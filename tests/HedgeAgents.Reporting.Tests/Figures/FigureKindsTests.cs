using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Figures;

namespace HedgeAgents.Reporting.Tests.Figures;

/// <summary>Every figure kind an experiment's <c>plots:</c> may name has a drawer.</summary>
public class FigureKindsTests
{
    [Test]
    public void All_EveryDeclaredKind_HasADrawer()
    {
        Assert.That(FigureKinds.All.Select(k => k.Name), Is.EquivalentTo(PlotKinds.Names));
    }
}
