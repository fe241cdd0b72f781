using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

/// <summary>The <c>coalitions:</c> section: reading, located errors, paths (events, <c>--set</c>, sweeps) and equality.</summary>
public class CoalitionConfigTests
{
    // Three middle powers and a great power; line numbers below count from 1 in this text.
    private const string Base = """
        name: c5
        actors:
          - {id: KAZ, kind: middle, power: 0.26}
          - {id: UZB, kind: middle, power: 0.09}
          - {id: KGZ, kind: middle, power: 0.014}
          - {id: RUS, kind: great, power: 2.02}
        relations:
          - {from: KAZ, to: RUS}
          - {from: UZB, to: RUS}
          - {from: KGZ, to: RUS}
        """;

    private static ExperimentConfig Ok(string coalitions, params string[] sets) =>
        ExperimentLoader.LoadFromText(Base + "\n" + coalitions, "c5.yaml", sets);

    [Test]
    public void LoadFromText_Coalition_ReadsMembersAndCohesion()
    {
        // Given a coalition of the three middle powers with cohesion 0.5
        var config = Ok("coalitions:\n  - {id: C5, members: [KAZ, UZB, KGZ], cohesion: 0.5}");

        // When its parameters are read
        var c = config.Initial.Coalitions.Single();

        // Then id, members in file order and cohesion are kept
        Assert.That((c.Id, string.Join(",", c.Members), c.Cohesion), Is.EqualTo(("C5", "KAZ,UZB,KGZ", 0.5)));
    }

    [Test]
    public void LoadFromText_CohesionLeftOut_DefaultsToOne()
    {
        // Given a coalition without cohesion / When it is read / Then cohesion is 1 (a fully unified block)
        Assert.That(Ok("coalitions:\n  - {id: C5, members: [KAZ, UZB]}").Initial.Coalitions.Single().Cohesion, Is.EqualTo(1.0));
    }

    [Test]
    public void LoadFromText_NoCoalitionsSection_NoCoalitions()
    {
        // Given no coalitions key / When read / Then the list is empty (the model iterates it)
        var coalitions = ExperimentLoader.LoadFromText(Base, "c5.yaml").Initial.Coalitions;
        Assert.That(coalitions.Length, Is.EqualTo(0));
    }

    [TestCase("  - {id: C5, members: [KAZ, UZX]}", 12, "coalitions.C5.members", "unknown actor id 'UZX'; did you mean 'UZB'?")]
    [TestCase("  - {id: C5, members: [KAZ, RUS]}", 12, "coalitions.C5.members",
        "'RUS' is a great actor; coalition members must be middle powers")]
    [TestCase("  - {id: C5, members: [KAZ, KAZ]}", 12, "coalitions.C5.members", "'KAZ' is listed twice")]
    [TestCase("  - {id: C5, members: [KAZ]}", 12, "coalitions.C5.members", "a coalition needs at least two members, got 1")]
    [TestCase("  - {id: C5, members: [KAZ, UZB], cohesion: 1.5}", 12, "coalitions.C5.cohesion", "must be in [0, 1], got 1.5")]
    [TestCase("  - {id: C5, members: [KAZ, UZB], cohesion: -0.1}", 12, "coalitions.C5.cohesion", "must be in [0, 1], got -0.1")]
    [TestCase("  - {id: C5, members: [KAZ, UZB], cohesoin: 1}", 12, "coalitions.C5.cohesoin", "unknown key 'cohesoin'; did you mean 'cohesion'?")]
    [TestCase("  - {id: C5}", 12, "coalitions.C5.members",
        "missing required key 'members' (the middle powers in the coalition: at least two, each in no other coalition)")]
    [TestCase("  - {id: 5C, members: [KAZ, UZB]}", 12, "coalitions[0].id", "'5C' is not a valid id: a letter, then letters, digits or _")]
    [TestCase("  - {members: [KAZ, UZB]}", 12, "coalitions[0].id", "missing required key 'id'")]
    [TestCase("  - {id: C5, members: [KAZ, UZB]}\n  - {id: C5, members: [KGZ, UZB]}", 13, "coalitions.C5.id", "duplicate coalition id 'C5'")]
    [TestCase("  - {id: C5, members: [KAZ, UZB]}\n  - {id: EAEU, members: [KGZ, KAZ]}", 13, "coalitions.EAEU.members",
        "'KAZ' is already a member of coalition 'C5': an actor belongs to one coalition at most")]
    public void LoadFromText_BadCoalition_ErrorAtItsLineNamingThePath(string entries, int line, string key, string message)
    {
        // Given a valid world plus one bad coalition entry (the coalitions key is on line 11)
        var yaml = Base + "\ncoalitions:\n" + entries;

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the error is on the entry's line, names the path and the rule broken
        Assert.That((error.Line, error.Key, error.Message), Is.EqualTo((line, key, message)));
    }

    [Test]
    public void LoadFromText_CoalitionsNotAList_Error()
    {
        // Given a map where a list is expected / When loaded / Then the section is blamed
        var error = Load.Errors(Base + "\ncoalitions: {id: C5}").Single();
        Assert.That((error.Key, error.Message), Is.EqualTo(("coalitions", "expected a list ('- ' items) under 'coalitions'")));
    }

    [Test]
    public void Set_CohesionPath_ChangesIt()
    {
        // Given a coalition at cohesion 1 and --set coalitions.C5.cohesion=0.25
        var config = Ok("coalitions:\n  - {id: C5, members: [KAZ, UZB]}", "coalitions.C5.cohesion=0.25");

        // Then the value in force is 0.25, and describe lists both paths
        Assert.That(config.Initial.Coalitions.Single().Cohesion, Is.EqualTo(0.25));
        var lines = ParameterPaths.Describe(config).ToDictionary(l => l.Path, l => l.Value);
        Assert.That((lines["coalitions.C5.members"], lines["coalitions.C5.cohesion"]), Is.EqualTo(("[KAZ, UZB]", "0.25")));
    }

    [Test]
    public void Set_CohesionOutOfRange_ErrorNamesThePath()
    {
        // Given --set of a cohesion above 1 / When loaded / Then the validator names the path
        var error = Load.Errors(Base + "\ncoalitions:\n  - {id: C5, members: [KAZ, UZB]}", "coalitions.C5.cohesion=2").Single();
        Assert.That((error.Key, error.Message), Is.EqualTo(("coalitions.C5.cohesion", "must be in [0, 1], got 2")));
    }

    [Test]
    public void Apply_UnknownCoalition_ErrorListsTheCoalitions()
    {
        // Given a world with coalition C5
        var p = Ok("coalitions:\n  - {id: C5, members: [KAZ, UZB]}").Initial;

        // When a path names C6
        var e = Assert.Throws<ParameterPathException>(() => ParameterPaths.Apply(p, new ParameterAssignment("coalitions.C6.cohesion", ParameterValue.Parse("0.5"))));

        // Then the error suggests C5 and says where coalitions are added
        Assert.That(e!.Message, Does.Contain("unknown coalition id 'C6'").And.Contain("'C5'").And.Contain("under 'coalitions' in the file"));
    }

    [Test]
    public void Event_SetsCohesion_ParametersAfterTheEventHaveIt()
    {
        // Given a coalition that breaks up at round 5 (cohesion 1 → 0)
        var config = Ok("rounds: 10\ncoalitions:\n  - {id: C5, members: [KAZ, UZB]}\nevents:\n  - {at: 5, set: {coalitions.C5.cohesion: 0}}");

        // When the event's parameters are read
        var after = config.ToRunSpec().Events.Single().Parameters.Coalitions.Single();

        // Then cohesion is 0 from round 5 and the members are unchanged
        Assert.That((after.Cohesion, string.Join(",", after.Members)), Is.EqualTo((0.0, "KAZ,UZB")));
    }

    [Test]
    public void Equal_SameCoalitionsBuiltTwice_AreEqual_DifferentCohesion_AreNot()
    {
        // Given the same file loaded twice, and once with another cohesion
        const string c = "coalitions:\n  - {id: C5, members: [KAZ, UZB], cohesion: 0.5}";
        var a = Ok(c).Initial;
        var b = Ok(c).Initial;
        var other = Ok(c, "coalitions.C5.cohesion=0.6").Initial;

        // Then contents decide equality, not the references of the member arrays
        Assert.That((a == b, a == other), Is.EqualTo((true, false)));
    }
}
