using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;
using EcsForge.Generator.UserAgents;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits the ua-parser lists of a <c>[UserAgentRegexes]</c> class: per list, the replacement table, one compiled
/// matcher per regex, and per regex the clauses all its matches satisfy (texts the runtime finds in one scan before
/// running only the matchers they admit, in rule order).
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
        writer.Line($"/// <summary>The {description} matchers, by rule index: true when the regex matches, with its groups in the slots.</summary>");
        writer.Line($"public static global::System.ReadOnlySpan<{Types.UapMatcher}> {name}Matchers => s_{Camel(name)}Matchers;");
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
        writer.Line($"/// <summary>By rule index, the clauses every match of the {description} regex satisfies (each: one of its texts is in the text), checked before its matcher runs.</summary>");
        writer.Line($"public static global::System.ReadOnlySpan<{Types.UapClause}[]> {name}Requirements => s_{Camel(name)}Requirements;");
        writer.Line();
        writer.Line($"private static readonly {Types.UapClause}[][] s_{Camel(name)}Requirements =");
        writer.Line("{");
        foreach (var rule in rules)
        {
            writer.Line($"    {Requirements(rule)},");
        }

        writer.Line("};");
        writer.Line();
        for (var i = 0; i < rules.Count; i++)
        {
            ProgramEmitter.EmitMethod(writer, $"Line {rules[i].Line}: <c>{PatternEmitter.Escape(rules[i].Regex)}</c>", $"private static bool {name}{i}",
                rules[i].Program.Program, rules[i].Program.Branches);
        }
    }

    /// <summary>A rule's clauses: <c>new(ignoreCase, "text", ...)</c> each.</summary>
    private static string Requirements(UapRuleModel rule)
        => rule.Requirements.Count == 0
            ? $"global::System.Array.Empty<{Types.UapClause}>()"
            : $"new {Types.UapClause}[] {{ {string.Join(", ", rule.Requirements.Select(clause => $"new({(clause.IgnoreCase ? "true" : "false")}, {string.Join(", ", clause.Texts.Select(CSharp.String))})"))} }}";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
