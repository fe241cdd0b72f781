using System.Text.Json.Nodes;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Plots;
using HedgeAgents.Reporting.Html;
using Plotly.NET.CSharp;
using static Plotly.NET.StyleParam;

namespace HedgeAgents.Reporting.Figures;

/// <summary><c>metric-by</c>: one summary metric of the actor against one swept parameter, mean over runs with its 95%
/// confidence band (<see cref="SweepBands"/>, as <c>shares-by</c>); against a text axis, markers with 95% error bars
/// at the categories in the order listed.</summary>
internal sealed class MetricByFigure : IFigureKind
{
    public string Name => PlotKinds.MetricBy.Name;

    public string DefaultTitle(string? x, string? y, string? metric) => $"{metric} against {x}";

    public JsonObject Draw(FigureRequest request)
    {
        var x = request.Spec.X!;
        var metric = request.Spec.Metric!;
        var paths = SweepFigureAxes.Paths(request, x);
        var (xs, mean, low, high) = SweepBands.Of(request, x, paths, [metric]);
        var (label, format) = Meaning(metric);
        var color = Plotly.NET.Color.fromString("#1f5f99");
        var faint = Plotly.NET.Color.fromString("#1f5f9933");
        var figure = FigureJson.Of(Chart.Combine(
        [
            Chart.Scatter<double, double, string>(x: xs, y: high[0], mode: Mode.Lines, Name: "95% CI", LineColor: faint, LineWidth: 0.0),
            Chart.Scatter<double, double, string>(x: xs, y: low[0], mode: Mode.Lines, Name: "95% CI", LineColor: faint, LineWidth: 0.0, FillColor: faint),
            Chart.Scatter<double, double, string>(x: xs, y: mean[0], mode: Mode.Lines_Markers, Name: $"{metric}, mean over runs",
                LineColor: color, LineWidth: 2.5, MarkerColor: color),
        ]));
        var data = FigureJson.Data(figure);
        for (var i = 0; i < data.Count; i++)
        {
            var trace = data[i]!;
            trace["hovertemplate"] = $"%{{y:{format}}}";
            trace["showlegend"] = i != 0;
            if (i == 1) trace["fill"] = "tonexty";
        }
        // The legend says "mean over runs" and "95% CI", so the axis title carries only the meaning and unit and fits the height.
        FigureJson.Style(figure, request, ParameterLabel.Of(request.Experiment, x), label);
        var layout = FigureJson.Layout(figure);
        if (SweepFigureAxes.Labels(request, x) is { } labels)
        {
            // Categories have no order between them: the mean as a marker with its interval as an error bar, no band.
            data.RemoveAt(1);
            data.RemoveAt(0);
            SweepFigureAxes.ErrorBars(data[0]!, mean[0], low[0], high[0]);
            data[0]!["name"] = $"{metric}, mean over runs, 95% CI";
            SweepFigureAxes.Categorical(figure, labels);
        }
        ((JsonObject)layout["yaxis"]!)["tickformat"] = TickFormat(format);
        layout["hovermode"] = "x unified";
        ((JsonObject)layout["xaxis"]!)["title"] = new JsonObject { ["text"] = Label.Escape(x) };
        return figure;
    }

    /// <summary>The hover format with one more decimal, trailing zeros trimmed: over a narrow range (a 5% quantile
    /// between 0.095 and 0.099) plotly puts ticks half a step of the hover format apart, and with the hover format
    /// itself two ticks would print the same number.</summary>
    internal static string TickFormat(string format) =>
        format.Length == 3 && format[0] == '.' && char.IsDigit(format[1]) ? $".{format[1] - '0' + 1}~{format[2]}" : format;

    /// <summary>What a metric of summary.csv measures, with its unit, short enough for the y axis, and its number format;
    /// every metric has one (a test checks against <see cref="SummaryTable.MetricColumns"/>); <c>weight_&lt;ID&gt;</c> names its counterparty.</summary>
    internal static (string Label, string Format) Meaning(string metric) => metric switch
    {
        "share_balancing" or "share_bandwagoning" or "share_equidistance" or "share_hedging" =>
            ($"share of rounds spent {metric["share_".Length..]}", ".0%"),
        "mean_payoff" => ("mean payoff per round (payoff units)", ".3f"),
        "sd_payoff" => ("s.d. of payoff per round (payoff units)", ".3f"),
        "q05_payoff" => ("5% quantile of payoff per round (payoff units)", ".3f"),
        "cvar05_payoff" => ("mean payoff of the worst 5% of rounds (payoff units)", ".3f"),
        "mean_losses" => ("mean losses per round, all four kinds (payoff units)", ".4f"),
        "switches" => ("action changes per run (count)", ".1f"),
        "first_hedge_round" => ("first round hedged (round index from 0)", ".1f"),
        _ when SummaryMetrics.IsWeightColumn(metric) =>
            ($"mean engagement weight on {metric[SummaryMetrics.WeightPrefix.Length..]} (share, 0–1)", ".3f"),
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, $"not a summary metric; metrics: {string.Join(", ", SummaryTable.MetricColumns)}"),
    };
}
