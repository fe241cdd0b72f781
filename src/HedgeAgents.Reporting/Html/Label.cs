using System.Text;

namespace HedgeAgents.Reporting.Html;

/// <summary>Escaping of text from experiment files for HTML and for plotly's text fields (which interpret tags).</summary>
internal static class Label
{
    /// <summary>Text with &amp;, &lt;, &gt;, quotes escaped, safe in HTML text and attributes; plotly shows the entities as the
    /// characters, so a <c>&lt;script&gt;</c> in a title is shown, never run or dropped.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>An HTML id made from a file stem: letters, digits, '-' and '_' kept, anything else as '_'.</summary>
    public static string Id(string stem) =>
        "figure-" + new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
