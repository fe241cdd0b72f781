namespace HedgeAgents.Experiments.Config;

/// <summary>What one round stands for on the calendar; it only changes how rounds are labelled.</summary>
public enum PeriodKind
{
    /// <summary>One round is a quarter (<c>2015Q1</c>).</summary>
    Quarter,
    /// <summary>One round is a year (<c>2015</c>).</summary>
    Year,
    /// <summary>One round is a month (<c>2015-01</c>).</summary>
    Month,
    /// <summary>Rounds are plain numbers counted from <c>start</c>.</summary>
    Round,
}
