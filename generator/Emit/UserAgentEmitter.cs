using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;
using EcsForge.Generator.UserAgents;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the ua-parser lists of a <c>[UserAgentRegexes]</c> class: per list, the replacement table, a
/// <c>Match*</c> method returning the first rule (from a given one) whose regex matches, one compiled matcher per
/// regex, and per regex a prefilter (the text, or one of the texts, all its matches contain) checked before it runs.
/// </summary>
internal static class UserAgentEmitter
{
    public static string HintName(UserAgentRegexesModel model)
        => SourceWriter.HintName(model.Namespace, model.ClassName);

    public static string Emit(UserAgentRegexesModel model)
    {
        var writer = new SourceWriter();
        writer.FileHeader(model.Namespace);

        var lists = new[] { ("Agent", "user agent", model.Agents), ("OperatingSystem", "operating system", model.OperatingSystems), ("Device", "device", model.Devices) };
        var slots = 2 * System.Math.Max(1, lists.SelectMany(list => list.Item3).Select(rule => rule.Groups).DefaultIfEmpty(0).Max());
        writer.Line("/// <summary>ua-parser regexes compiled at build time: one matcher per regex, tried in file order.</summary>");
        writer.Open($"partial class {model.ClassName}");
        writer.Line("/// <summary>Capture slots a match needs: two per group of the regex with the most groups.</summary>");
        writer.Line($"public const int SlotCount = {slots};");
        writer.Line();
        foreach (var (name, description, rules) in lists)
        {
            EmitList(writer, name, description, rules);
        }

        writer.Close();
        return writer.ToString();
    }

    private static void EmitList(SourceWriter writer, string name, string description, EquatableArray<UapRuleModel> rules)
    {
        writer.Line($"/// <summary>Group counts and replacements of the {description} regexes, by rule index.</summary>");
        writer.Line($"public static global::System.ReadOnlySpan<{Types.UapRule}> {name}Rules => s_{Camel(name)}Rules;");
        writer.Line();
        writer.Line($"private static readonly {Types.UapRule}[] s_{Camel(name)}Rules =");
        writer.Line("{");
        foreach (var rule in rules)
        {
            var replacements = Enumerable.Range(0, 5).Select(i => i < rule.Replacements.Count && rule.Replacements[i].Length > 0 ? CSharp.String(rule.Replacements[i]) : "null");
            writer.Line($"    new({rule.Groups}, {string.Join(", ", replacements)}),");
        }

        writer.Line("};");
        writer.Line();
        writer.Line($"/// <summary>The index of the first {description} regex from <paramref name=\"first\"/> on that matches <paramref name=\"text\"/>, or -1; its groups are left in <paramref name=\"slots\"/>.</summary>");
        writer.Open($"public static int Match{name}({Types.Bytes} text, int first, global::System.Span<int> slots, {Types.PatternState} state)");
        // Multi-text searches read a Latin-1 view of the text: widened once here for every matcher.
        writer.Line("state.SetLatin1(text);");
        writer.Line($"var matchers = s_{Camel(name)}Matchers;");
        writer.Line($"var prefilters = s_{Camel(name)}Prefilters;");
        writer.Open("for (var index = first; index < matchers.Length; index++)");
        writer.Open("if (prefilters[index]?.Admits(text, state.Latin1) != false && matchers[index](text, slots, state))");
        writer.Line("return index;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
        writer.Line();
        // A table of methods rather than one switch: a switch over hundreds of rules makes one method too large for
        // the JIT to optimize.
        writer.Line($"private static readonly {Types.UapMatcher}[] s_{Camel(name)}Matchers =");
        writer.Line("{");
        for (var i = 0; i < rules.Count; i++)
        {
            writer.Line($"    {name}{i},");
        }

        writer.Line("};");
        writer.Line();
        writer.Line($"/// <summary>What each regex's matches contain, checked before its matcher runs (null: nothing known).</summary>");
        writer.Line($"private static readonly {Types.UapPrefilter}?[] s_{Camel(name)}Prefilters =");
        writer.Line("{");
        foreach (var rule in rules)
        {
            writer.Line($"    {Prefilter(rule)},");
        }

        writer.Line("};");
        writer.Line();
        for (var i = 0; i < rules.Count; i++)
        {
            writer.Line($"/// <summary>Line {rules[i].Line}: <c>{PatternEmitter.Escape(rules[i].Regex)}</c></summary>");
            ProgramEmitter.EmitMethod(writer, $"private static bool {name}{i}", rules[i].Program.Program, rules[i].Program.Branches);
        }
    }

    /// <summary>The prefilter of a rule: the text, or one of the texts, every match contains.</summary>
    private static string Prefilter(UapRuleModel rule)
    {
        if (rule.RequiredTexts.Count == 0)
        {
            return "null";
        }

        return rule.RequiredTexts.Count > 1
            ? $"new({ProgramEmitter.TextSearch(rule.RequiredTexts, rule.RequiredIgnoresCase)})"
            : $"new({CSharp.Utf8(rule.RequiredTexts[0])}.ToArray(), ignoreCase: {(rule.RequiredIgnoresCase ? "true" : "false")})";
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
