using System.Text.RegularExpressions;

namespace HedgeAgents.Core.Tests.Design;

/// <summary>NodaTime's habit (STYLE.md): one top-level type per file, in a file named after it, so a newcomer finds a
/// type by its name. Checked on the source text of every project under src/; nested types are the type's own business.</summary>
public class OneTypePerFileTests
{
    [Test]
    public void SourceFiles_UnderSrc_DeclareOneTopLevelTypeEach()
    {
        // Given every C# file under src/ (generated files under obj/ and bin/ excluded)
        var sources = SourceFiles();

        // When the top-level types each declares are listed
        var several = sources
            .Select(f => (File: f.Relative, Types: TopLevelTypes(File.ReadAllText(f.Path))))
            .Where(f => f.Types.Count > 1)
            .Select(f => $"{f.File} declares {f.Types.Count} top-level types ({string.Join(", ", f.Types)}): give each a file named after it")
            .ToList();

        // Then none declares more than one
        Assert.That(several, Is.Empty);
    }

    [Test]
    public void SourceFiles_WithOneTopLevelType_AreNamedAfterIt()
    {
        // Given every C# file under src/ that declares exactly one top-level type
        var single = SourceFiles()
            .Select(f => (File: f.Relative, Types: TopLevelTypes(File.ReadAllText(f.Path))))
            .Where(f => f.Types.Count == 1)
            .ToList();
        Assert.That(single, Has.Count.GreaterThan(100), "the scanner finds the types of src/");

        // When each file's name is compared with its type's (a partial type's further files are Type.Part.cs)
        var misnamed = single
            // A generic type beside its non-generic namesake (LearningOption<T> beside LearningOption) is XOfT.cs.
            .Where(f => Path.GetFileNameWithoutExtension(f.File).Split('.')[0] is var name && name != f.Types[0] && name != f.Types[0] + "OfT")
            .Select(f => $"{f.File} declares {f.Types[0]}: name the file {f.Types[0]}.cs")
            .ToList();

        // Then every name matches
        Assert.That(misnamed, Is.Empty);
    }

    [Test]
    public void TopLevelTypes_SourceWithNestedCommentedAndQuotedTypes_ListsOnlyTheTopLevelOnes()
    {
        // Given a file with a record, an enum, a generic class with a nested type, a delegate and an interface, and
        // type declarations that are not code (a line comment, a block comment, a raw string)
        const string source = """
            using System;

            namespace Sample;

            /// <summary>A record.</summary>
            public sealed record Point(double X, double Y);

            internal enum Colour { Red, Green }

            // public class Commented
            /*
            public class InABlockComment
            */
            [Obsolete("old")]
            public static partial class Holder<T> where T : struct
            {
                private sealed class Nested { }

                public const string Template = \"\"\"
            public class InARawString
            \"\"\";
            }

            public delegate void Changed(object sender);

            public readonly record struct Pair(int A, int B);

            file interface IHidden { }
            """;

        // When its top-level types are listed
        var types = TopLevelTypes(source.Replace("\\\"", "\"", StringComparison.Ordinal));

        // Then exactly the six top-level declarations are found, in order
        Assert.That(types, Is.EqualTo(new[] { "Point", "Colour", "Holder", "Changed", "Pair", "IHidden" }));
    }

    // ---- the scanner -------------------------------------------------------------------------------------------

    // A declaration at the start of a line: with file-scoped namespaces (the rule of src/) top-level types are not
    // indented and nested ones are.
    private static readonly Regex Declaration = new(
        @"^(?:(?:public|internal|private|protected|file|static|sealed|abstract|readonly|partial|ref|unsafe|new)\s+)*" +
        @"(?:record\s+struct|record\s+class|record|class|struct|enum|interface|delegate\s+[\w.?<>\[\], ]+?)\s+(?<name>[A-Za-z_]\w*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The names of the types declared at the top level of a C# source file, in order.</summary>
    private static List<string> TopLevelTypes(string source)
    {
        var types = new List<string>();
        var inBlockComment = false;
        var inRawString = false;
        foreach (var line in source.Split('\n'))
        {
            var code = line.TrimEnd('\r');
            if (inBlockComment)
            {
                var end = code.IndexOf("*/", StringComparison.Ordinal);
                if (end < 0) continue;
                inBlockComment = false;
                code = code[(end + 2)..];
            }
            if (inRawString)
            {
                if (Regex.Count(code, "\"\"\"") % 2 == 1) inRawString = false;
                continue;
            }
            if (code.StartsWith("/*", StringComparison.Ordinal) && !code.Contains("*/", StringComparison.Ordinal))
            {
                inBlockComment = true;
                continue;
            }
            if (Declaration.Match(code) is { Success: true } m) types.Add(m.Groups["name"].Value);
            if (Regex.Count(code, "\"\"\"") % 2 == 1) inRawString = true;
        }
        return types;
    }

    private static List<(string Path, string Relative)> SourceFiles()
    {
        var root = SourceRoot();
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => (f, Path.GetRelativePath(root, f).Replace(separator, '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(100), root);
        return files;
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        Assert.That(dir, Is.Not.Null, "HedgeAgents.sln not found above the test directory");
        return Path.Combine(dir!.FullName, "src");
    }
}
