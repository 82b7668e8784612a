using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using EcsForge.Patterns;
using EcsForge.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EcsForge.Tests.UserAgents;

/// <summary>
/// Randomized differential test of the regexes the generator compiles for ua-parser: each pattern below is compiled
/// through a <c>[UserAgentRegexes]</c> class, loaded, and run on seeded random texts next to .NET's backtracking
/// <see cref="Regex"/> (the semantics ua-parser's regexes are written for); whether each matches and what every group
/// captures must agree. The reference runs with <see cref="RegexOptions.ECMAScript"/> because the compiled classes
/// (<c>\w</c>, <c>\d</c>, <c>\s</c>, and <c>\b</c> built on <c>\w</c>) are ASCII, a documented difference: an
/// accented letter is not a word character.
/// </summary>
public sealed class CompiledRegexDifferentialTests
{
    private const int TextsPerPattern = 400;

    // Each exercises something the compiler treats specially: literal sets and their backtracking order, bounded and
    // lazy single-character repeats, anchors, word boundaries, case folding, optional groups, multi-byte characters.
    private static readonly (string Pattern, bool IgnoreCase)[] s_patterns =
    {
        ("(a|ab)(c|bcd)(d*)", false),
        ("(Foo|Bar|Ba|Baz)z?/(\\d+)(?:\\.(\\d+)|)", false),
        ("(?:x|ab|abc|b)+c", false),
        ("^(.{0,5}?)(b{1,3})(.*)$", false),
        ("([ab]{0,4})(b{2})", false),
        ("(.{1,3}?)b", false),
        ("\\b(ab|ba)\\b", false),
        ("\\B(a+)", false),
        ("(?:^|; )(AB[a-c]+) ?(\\d)?", true),
        ("(aB|Ab)(c)", true),
        ("([^;/]+) Build/(\\d+)", false),
        ("(é+)(.)", false),
        ("a(.)c|x(..)y", false),
        ("(\\w+)\\s(\\S+)", false),
        ("(a)(b)?(c)?(d)?", false),
    };

    private static readonly string[] s_alphabet = { "a", "b", "c", "d", "x", "y", "z", "A", "B", " ", ";", "/", ".", "1", "2", "é", "Foo", "Ba", "Baz", " Build/", "AB" };

    [Fact]
    public void Compiled_regexes_agree_with_dotnet_regex_on_random_texts()
    {
        var matchers = Compile();
        var state = new PatternState();
        var random = new Random(20261122);
        var disagreements = new List<string>();
        for (var index = 0; index < s_patterns.Length; index++)
        {
            var (pattern, ignoreCase) = s_patterns[index];
            var reference = new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
            for (var i = 0; i < TextsPerPattern; i++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => s_alphabet[random.Next(s_alphabet.Length)]));
                var expected = Describe(reference.Match(text));
                var actual = matchers.Run(index, text, state);
                if (expected != actual)
                {
                    disagreements.Add($"/{pattern}/ on \"{text}\": Regex {expected}, compiled {actual}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }

    private static string Describe(Match match)
        => match.Success ? string.Join("|", match.Groups.Cast<Group>().Skip(1).Select(group => group.Success ? "'" + group.Value + "'" : "-")) : "no match";

    private static CompiledMatchers Compile()
    {
        var yaml = new StringBuilder("user_agent_parsers:\n");
        foreach (var (pattern, ignoreCase) in s_patterns)
        {
            yaml.Append("  - regex: '").Append(pattern.Replace("'", "''")).Append("'\n");
            if (ignoreCase)
            {
                yaml.Append("    regex_flag: 'i'\n");
            }
        }

        const string Source = "using EcsForge.Mapping; namespace Differential; [UserAgentRegexes(\"differential.yaml\")] public static partial class Regexes { }";
        var compilation = GeneratorHarness.Compile(Source);
        GeneratorHarness.CreateDriver()
            .AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/differential.yaml", yaml.ToString())))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var assembly = new AssemblyLoadContext("differential", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        return new CompiledMatchers(assembly.GetType("Differential.Regexes")!);
    }

    /// <summary>Runs one compiled regex by index and describes its groups as the reference does.</summary>
    private sealed class CompiledMatchers
    {
        private readonly Type _type;
        private readonly int _slots;

        public CompiledMatchers(Type type)
        {
            _type = type;
            _slots = (int)type.GetField("SlotCount")!.GetValue(null)!;
        }

        public string Run(int index, string text, PatternState state)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var slots = new int[_slots];
            state.SetLatin1(bytes);
            var method = _type.GetMethod("Agent" + index, BindingFlags.NonPublic | BindingFlags.Static)!;
            var matcher = method.CreateDelegate<EcsForge.UserAgents.UapMatcherMethod>();
            if (!matcher(bytes, slots, state))
            {
                return "no match";
            }

            var groups = Regex(index).GetGroupNumbers().Length - 1;
            return string.Join("|", Enumerable.Range(0, groups).Select(group =>
                slots[2 * group] < 0 ? "-" : "'" + Encoding.UTF8.GetString(bytes, slots[2 * group], slots[(2 * group) + 1] - slots[2 * group]) + "'"));
        }

        private static Regex Regex(int index) => new(s_patterns[index].Pattern);
    }
}
