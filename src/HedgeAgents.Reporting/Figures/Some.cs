using Plotly.NET.CSharp;

namespace HedgeAgents.Reporting.Figures;

/// <summary>A present optional argument for Plotly.NET.CSharp where C# allows no implicit conversion (interface types
/// such as <c>IEnumerable&lt;T&gt;</c>).</summary>
internal static class Some
{
    public static Optional<T> Of<T>(T value) => new(value, true);
}
