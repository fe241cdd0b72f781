using System.Text;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Html;
using HedgeAgents.Reporting.Png;

namespace HedgeAgents.Reporting.Sensitivity;

/// <summary>The files one analysis writes into <c>&lt;sweep&gt;/sensitivity/</c>.</summary>
/// <param name="Csv">The indices.</param>
/// <param name="Html">The bar chart.</param>
/// <param name="Png">Its PNG, when asked for.</param>
public sealed record SensitivityFiles(string Csv, string Html, string? Png);
