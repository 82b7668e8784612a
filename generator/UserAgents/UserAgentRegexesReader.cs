using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Patterns;
using EcsForge.Generator.Reading;

namespace EcsForge.Generator.UserAgents;

/// <summary>
/// Reads <c>[UserAgentRegexes]</c> classes and compiles the ua-parser file they name (an AdditionalFiles item) into a
/// model: each regex parsed with <see cref="RegexSyntax.UserAgent"/> and compiled to a search program. Every problem
/// becomes a diagnostic located in the YAML file.
/// </summary>
internal static class UserAgentRegexesReader
{
    /// <summary>The lists of a ua-parser file and the replacement keys of each, in the order the runtime reads them.</summary>
    private static readonly (string Name, string[] Replacements)[] s_lists =
    {
        ("user_agent_parsers", new[] { "family_replacement", "v1_replacement", "v2_replacement", "v3_replacement" }),
        ("os_parsers", new[] { "os_replacement", "os_v1_replacement", "os_v2_replacement", "os_v3_replacement", "os_v4_replacement" }),
        ("device_parsers", new[] { "device_replacement", "brand_replacement", "model_replacement" }),
    };

    private const string FlagKey = "regex_flag";

    public static UserAgentRegexesTarget ReadTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var syntax = (ClassDeclarationSyntax)context.TargetNode;
        var site = new AttributeSite(context.Attributes[0], cancellationToken);
        return new UserAgentRegexesTarget(
            symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString(),
            symbol.Name,
            site.String(0) ?? string.Empty,
            syntax.Modifiers.Any(SyntaxKind.PartialKeyword) && symbol.ContainingType is null,
            LocationInfo.From(syntax.Identifier.GetLocation()),
            site.Positional(0));
    }

    public static UserAgentRegexesResult Read(UserAgentRegexesTarget target, ImmutableArray<AdditionalFileText> files, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        if (!target.IsPartial)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClassNotPartial, target.ClassLocation, target.ClassName));
        }

        var file = files.FirstOrDefault(candidate => string.Equals(Path.GetFileName(candidate.Path), target.FileName, StringComparison.OrdinalIgnoreCase));
        if (file is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UserAgentRegexesNotFound, target.FileLocation, target.FileName));
            return new UserAgentRegexesResult(null, diagnostics.ToEquatableArray());
        }

        var parsed = RegexFileReader.Read(file.Text);
        foreach (var error in parsed.Errors)
        {
            diagnostics.Add(AtValue(DiagnosticDescriptors.MalformedUserAgentRegexes, file, error, error.Value));
        }

        var lists = new List<EquatableArray<UapRuleModel>>();
        foreach (var (name, replacements) in s_lists)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var section = parsed.Sections.FirstOrDefault(candidate => candidate.Name == name);
            lists.Add(section is null ? EquatableArray<UapRuleModel>.Empty : ReadList(file, section, replacements, diagnostics));
        }

        foreach (var section in parsed.Sections.Where(section => s_lists.All(list => list.Name != section.Name)))
        {
            var where = new RegexFileValue(section.Name, section.Name, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(section.Line, 0), new(section.Line, section.Name.Length)));
            diagnostics.Add(AtValue(DiagnosticDescriptors.MalformedUserAgentRegexes, file, where, $"'{section.Name}' is not a ua-parser list: expected {string.Join(", ", s_lists.Select(list => list.Name))}"));
        }

        var model = diagnostics.Any(diagnostic => diagnostic.IsError)
            ? null
            : new UserAgentRegexesModel(target.Namespace, target.ClassName, lists[0], lists[1], lists[2]);
        return new UserAgentRegexesResult(model, diagnostics.ToEquatableArray());
    }

    private static EquatableArray<UapRuleModel> ReadList(AdditionalFileText file, RegexFileSection section, string[] replacementKeys, List<DiagnosticInfo> diagnostics)
    {
        var rules = new List<UapRuleModel>();
        foreach (var entry in section.Entries)
        {
            foreach (var key in entry.Keys.Where(key => key != "regex" && key != FlagKey && Array.IndexOf(replacementKeys, key) < 0))
            {
                diagnostics.Add(AtValue(DiagnosticDescriptors.MalformedUserAgentRegexes, file, entry[key], $"'{key}' is not a key of {section.Name}: expected regex, {FlagKey} or {string.Join(", ", replacementKeys)}"));
            }

            if (!entry.TryGetValue("regex", out var regex))
            {
                var first = entry.Values.First();
                diagnostics.Add(AtValue(DiagnosticDescriptors.MalformedUserAgentRegexes, file, first, $"an item of {section.Name} has no regex"));
                continue;
            }

            var ignoreCase = false;
            if (entry.TryGetValue(FlagKey, out var flag))
            {
                ignoreCase = flag.Value == "i";
                if (!ignoreCase)
                {
                    diagnostics.Add(AtValue(DiagnosticDescriptors.MalformedUserAgentRegexes, file, flag, $"'{flag.Value}' is not a regex flag: the only one is 'i'"));
                }
            }

            if (!RegexParser.TryParse(regex.Value, RegexSyntax.UserAgent(ignoreCase), out var node, out var groups, out var error))
            {
                diagnostics.Add(AtValue(DiagnosticDescriptors.InvalidUserAgentRegex, file, regex, regex.Value, error));
                continue;
            }

            var replacements = replacementKeys.Select(key => entry.TryGetValue(key, out var value) ? value.Value : string.Empty).ToEquatableArray();
            var requirements = UapRequirements.Of(node!);
            rules.Add(new UapRuleModel(regex.LineSpan.Start.Line + 1, regex.Value, groups, replacements, PatternCompiler.CompileSearch(node!, groups), requirements));
        }

        return rules.ToEquatableArray();
    }

    private static DiagnosticInfo AtValue(DiagnosticDescriptor descriptor, AdditionalFileText file, RegexFileValue value, params string[] arguments)
        => DiagnosticInfo.Create(descriptor, new LocationInfo(file.Path, value.Span, value.LineSpan), arguments);
}
