using HedgeAgents.Core.Games.Equilibria;

namespace HedgeAgents.Core.Tests.Games.Equilibria;

/// <summary>The small dense solver behind support enumeration.</summary>
public class LinearSystemTests
{
    [Test]
    public void TrySolve_NeedsPivoting_ReturnsTheSolution()
    {
        // Given a system with a zero in the first pivot position: y + z = 3, x + y = 3, 2x + z = 3
        double[] a = [0, 1, 1, 1, 1, 0, 2, 0, 1];
        double[] b = [3, 3, 3];

        // When solved / Then x = (1, 2, 1)
        Assert.That(LinearSystem.TrySolve(a, b, 3), Is.True);
        Assert.That(b, Is.EqualTo(new[] { 1.0, 2, 1 }).Within(1e-14).AsCollection);
    }

    [Test]
    public void TrySolve_SingularMatrix_ReturnsFalse()
    {
        // Given a matrix whose third row is the sum of the first two / When solved / Then it is reported singular
        double[] a = [1, 2, 3, 4, 5, 6, 5, 7, 9];
        double[] b = [1, 1, 2];
        Assert.That(LinearSystem.TrySolve(a, b, 3), Is.False);
    }

    [Test]
    public void TrySolve_ZeroMatrix_ReturnsFalse()
    {
        double[] a = [0, 0, 0, 0];
        double[] b = [1, 1];
        Assert.That(LinearSystem.TrySolve(a, b, 2), Is.False);
    }
}
