namespace HedgeAgents.Experiments.Tests.Config;

/// <summary>Small experiment files shared by the config tests.</summary>
internal static class Experiments
{
    /// <summary>A dozen lines: a middle power between two great powers, everything else default.</summary>
    public const string Minimal = """
        name: minimal
        actors:
          - id: KAZ
            kind: middle
          - id: RUS
            kind: great
          - id: CHN
            kind: great
        relations:
          - {from: KAZ, to: RUS}
          - {from: KAZ, to: CHN}
        """;

    /// <summary>A quarterly scenario with most sections used, for describe and event tests.</summary>
    public const string Eurasia = """
        name: eurasia
        description: pre-2022 to corridor build-out
        period: quarter
        start: 2015Q1
        rounds: 60
        burnIn: 8
        replications: 4
        seed: 42
        actors:
          - id: KAZ
            name: Kazakhstan
            kind: middle
            openness: 0.6
            riskAversion: 2
            regulatoryCapacity: 0.7
            landlocked: true
            learning: {rule: best-response, inertia: 0.2}
          - id: RUS
            kind: great
            power: 5
            influence: 0.1
          - id: CHN
            kind: great
            power: 8
          - id: EUR
            kind: great
            power: 6
            learning: {rule: fixed, action: "balancing:RUS"}
          - id: TUR
            kind: partner
        relations:
          - {from: KAZ, to: RUS, returns: 1.0, volatility: 0.1}
          - {from: KAZ, to: CHN, returns: 1.2, volatility: 0.2}
          - {from: KAZ, to: EUR, returns: 0.9}
          - {from: KAZ, to: TUR, returns: 0.3}
          - {from: EUR, to: RUS}
          - {from: RUS, to: EUR}
        rivalries:
          - {between: [RUS, EUR], intensity: 0.4}
        threats:
          - {from: RUS, to: KAZ, proximity: 2}
        strategies:
          hedging:
            cap: 0.35
            split: {institutionalization: 0.5, procedural: 0.25, redundancy: 0.25}
        insurance:
          initial: {redundancy: 0.1}
        shocks:
          sanctions: {hazard: 0.05, imposed: [RUS], imposedBy: [EUR]}
          coercion: {hazard: 0.02, by: {RUS: 2}}
        routes:
          - {id: northern, actor: KAZ, serves: EUR, controller: RUS, capacity: 20}
          - {id: btk, name: Baku-Tbilisi-Kars, actor: KAZ, serves: EUR, capacity: 0}
        demand:
          - {actor: KAZ, partner: EUR, volume: 15}
        events:
          - at: 2022Q1
            label: "2022"
            set:
              shocks.sanctions.hazard: 0.3
              rivalries.RUS.EUR.intensity: 0.8
          - at: 2024Q2
            label: BTK
            set:
              routes.btk.capacity: 5
              shocks.sanctions.hazard: 0.2
        """;
}

/// <summary>Loading helpers for tests that expect errors.</summary>
internal static class Load
{
    /// <summary>The errors loading reports; fails the test if the text loads.</summary>
    public static IReadOnlyList<HedgeAgents.Experiments.Config.ConfigError> Errors(string yaml, params string[] sets)
    {
        var e = Assert.Throws<HedgeAgents.Experiments.Config.ConfigException>(
            () => HedgeAgents.Experiments.Config.ExperimentLoader.LoadFromText(yaml, "test.yaml", sets));
        return e!.Errors;
    }

    /// <summary>The minimal experiment with extra lines appended at the top level.</summary>
    public static string MinimalWith(string extra) => Experiments.Minimal + "\n" + extra;
}
