using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using HedgeAgents.Core.Engine;

namespace HedgeAgents.Core.Tests.Design;

/// <summary>NodaTime-style design rule: the model does no I/O, reads no clock and draws from no global RNG
/// (STYLE.md habits 1, 2 and 8). Checked on the compiled IL and, as a second net, on the source text.</summary>
public class CoreDesignRuleTests
{
    private static readonly Assembly Core = typeof(Simulation).Assembly;

    [Test]
    public void CoreAssembly_EveryMethodBodyAndSignature_UsesNoIoConsoleGlobalRandomOrClock()
    {
        // Given every type of HedgeAgents.Core (nested and compiler-generated included)
        // When each method body's IL and each signature is scanned for the members and types it references
        var violations = Core.GetTypes().SelectMany(ForbiddenReferences).Distinct().ToList();

        // Then none is forbidden
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void CoreAssembly_ReferencedAssemblies_DoNotIncludeConsole()
    {
        // Given the assemblies HedgeAgents.Core references / Then System.Console is not one of them
        Assert.That(Core.GetReferencedAssemblies().Select(a => a.Name), Has.None.EqualTo("System.Console"));
    }

    [Test]
    public void Scanner_TypeThatBreaksEveryRule_FlagsEachViolation()
    {
        // Given a test-only type that reads the clock, writes to the console and files, and uses System.Random
        // When it is scanned
        var violations = ForbiddenReferences(typeof(RuleBreaker)).ToList();
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, violations));

        // Then each offence is reported (so an empty list above means something)
        foreach (var expected in new[] { "System.Console", "System.Random", "System.IO.File", "DateTime.Now", "DateTime.UtcNow", "Environment.TickCount", "System.IO.TextWriter" })
            Assert.That(violations, Has.Some.Contains(expected), expected);
    }

    [Test]
    public void CoreSources_OutsideComments_MentionNoForbiddenApi()
    {
        // Given the C# sources of src/HedgeAgents.Core (generated files under obj/ and bin/ excluded)
        var root = FindCoreSourceDirectory();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(20), root);
        var forbidden = new Regex(@"\bSystem\.IO\b|\bConsole\s*\.|\bSystem\.Random\b|\bnew\s+Random\s*\(|\bDateTime(Offset)?\s*\.\s*(Utc)?Now\b|\bEnvironment\s*\.\s*TickCount", RegexOptions.Compiled);

        // When each line is scanned with its // comment removed
        var hits = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i];
                var comment = code.IndexOf("//", StringComparison.Ordinal);
                if (comment >= 0) code = code[..comment];
                if (forbidden.IsMatch(code)) hits.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }

        // Then there is no hit
        Assert.That(hits, Is.Empty);
    }

    // ---- the scanner -------------------------------------------------------------------------------------------

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static bool IsForbiddenType(Type? t)
    {
        while (t is not null && (t.IsArray || t.IsByRef || t.IsPointer)) t = t.GetElementType();
        if (t is null) return false;
        if (t.IsGenericType && t.GetGenericArguments().Any(IsForbiddenType)) return true;
        var ns = t.Namespace ?? "";
        return ns == "System.IO" || ns.StartsWith("System.IO.", StringComparison.Ordinal)
            || t == typeof(Console) || t == typeof(System.Random);
    }

    private static string? ForbiddenMember(MemberInfo member)
    {
        var type = member as Type ?? member.DeclaringType;
        if (IsForbiddenType(type)) return $"{type!.FullName}.{member.Name}";
        if (member is FieldInfo f && IsForbiddenType(f.FieldType)) return $"field of type {f.FieldType.FullName}";
        if (member is MethodBase m)
        {
            var name = $"{m.DeclaringType?.Name}.{m.Name}";
            if (m.DeclaringType == typeof(DateTime) && m.Name is "get_Now" or "get_UtcNow") return $"DateTime.{m.Name[4..]}";
            if (m.DeclaringType == typeof(DateTimeOffset) && m.Name is "get_Now" or "get_UtcNow") return $"DateTimeOffset.{m.Name[4..]}";
            if (m.DeclaringType == typeof(Environment) && m.Name.StartsWith("get_TickCount", StringComparison.Ordinal)) return "Environment.TickCount";
            if (m is MethodInfo mi && IsForbiddenType(mi.ReturnType)) return $"{name} returns {mi.ReturnType.FullName}";
            if (m.GetParameters().FirstOrDefault(p => IsForbiddenType(p.ParameterType)) is { } p)
                return $"{name} takes {p.ParameterType.FullName}";
        }
        return null;
    }

    /// <summary>Forbidden types and members a type declares or references from its method bodies.</summary>
    private static IEnumerable<string> ForbiddenReferences(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (IsForbiddenType(type.BaseType)) yield return $"{type.FullName} derives from {type.BaseType!.FullName}";
        foreach (var field in type.GetFields(all))
            if (IsForbiddenType(field.FieldType)) yield return $"{type.FullName}.{field.Name}: field of type {field.FieldType.FullName}";
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (ForbiddenMember(method) is { } own) yield return $"{type.FullName}.{method.Name}: signature uses {own}";
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) continue;
            var typeArgs = type.IsGenericType ? type.GetGenericArguments() : null;
            var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
            foreach (var token in MemberTokens(il))
            {
                var member = type.Module.ResolveMember(token, typeArgs, methodArgs);
                if (member is not null && ForbiddenMember(member) is { } what) yield return $"{type.FullName}.{method.Name}: {what}";
            }
        }
    }

    /// <summary>The metadata tokens of the members and types an IL body references (call, newobj, ldfld, ldtoken, ...).</summary>
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE) value = (short)(0xFE00 | il[i++]);
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default: // InlineI, InlineBrTarget, InlineSig, InlineString, ShortInlineR
                    i += 4;
                    break;
            }
        }
    }

    private static string FindCoreSourceDirectory()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "src", "HedgeAgents.Core"))) dir = dir.Parent;
        Assert.That(dir, Is.Not.Null, "src/HedgeAgents.Core not found above the test directory");
        return Path.Combine(dir!.FullName, "src", "HedgeAgents.Core");
    }

    /// <summary>Breaks every rule, so the scanner can be seen to catch each.</summary>
    private sealed class RuleBreaker
    {
        private readonly TextWriter _writer = TextWriter.Null;

        public long Offend()
        {
            Console.WriteLine("hello");
            var r = new System.Random(1).Next();
            var exists = File.Exists("x");
            _writer.Write(r);
            return DateTime.Now.Ticks + DateTime.UtcNow.Ticks + Environment.TickCount + (exists ? 1 : 0);
        }
    }
}
