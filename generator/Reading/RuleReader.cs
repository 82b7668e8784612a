using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using EcsForge.Generator.Diagnostics;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Reading;

/// <summary>Turns each mapping attribute into rules, reporting malformed arguments where they are written.</summary>
internal static class RuleReader
{
    public static void ReadMap(AttributeSite site, ReadState state)
    {
        var (targets, diagnostics) = (state.Targets, state.Diagnostics);
        var source = site.String(0) ?? string.Empty;
        var sources = new List<string>();
        CheckPath(source, site.Positional(0), sources, state);
        var fallback = site.NamedString("Or");
        if (fallback is not null)
        {
            CheckPath(fallback, site.Named("Or"), sources, state);
        }

        var when = ReadWhen(site, state);
        var delimiter = ReadDelimiter(site, diagnostics);
        var names = site.Data.ConstructorArguments.Length > 1 && site.Data.ConstructorArguments[1].Kind == TypedConstantKind.Array
            ? site.Data.ConstructorArguments[1].Values.Select(value => value.Value as string ?? string.Empty).ToList()
            : new List<string>();
        if (names.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTargets, site.Whole, source));
        }

        for (var i = 0; i < names.Count; i++)
        {
            targets.Add((names[i], site.Positional(1 + i)));
            state.AddRule(
                new MappingRule
                {
                    Kind = RuleKind.Map,
                    Target = names[i],
                    Sources = sources.ToEquatableArray(),
                    Require = (Require)site.NamedInt("Require"),
                    Conversion = (Conversion)site.NamedInt("Convert"),
                    Delimiter = delimiter,
                    When = when,
                },
                site.Positional(1 + i),
                site.Named("Convert"));
        }
    }

    public static void ReadConstant(AttributeSite site, ReadState state)
    {
        var (targets, diagnostics) = (state.Targets, state.Diagnostics);
        var target = site.String(0) ?? string.Empty;
        targets.Add((target, site.Positional(0)));
        var argument = site.Data.ConstructorArguments.Length > 1 ? site.Data.ConstructorArguments[1] : default;
        ConstantValue constant = argument.Kind == TypedConstantKind.Array
            ? new ConstantValue(ConstantKind.StringList, argument.Values.Select(value => value.Value as string ?? string.Empty).ToEquatableArray())
            : argument.Value switch
            {
                bool flag => new ConstantValue(ConstantKind.Boolean, Single(flag ? "true" : "false")),
                long number => new ConstantValue(ConstantKind.Long, Single(number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                _ => new ConstantValue(ConstantKind.String, Single(argument.Value as string ?? string.Empty)),
            };
        state.AddRule(
            new MappingRule { Kind = RuleKind.Constant, Target = target, When = ReadWhen(site, state), Constant = constant },
            site.Positional(0),
            null,
            site.Positional(1));
    }

    public static void ReadTranslate(AttributeSite site, ReadState state)
    {
        var (targets, diagnostics) = (state.Targets, state.Diagnostics);
        var source = site.String(0) ?? string.Empty;
        var sources = new List<string>();
        CheckPath(source, site.Positional(0), sources, state);
        var target = site.String(1) ?? string.Empty;
        targets.Add((target, site.Positional(1)));
        var pairs = site.Data.ConstructorArguments.Length > 2 && site.Data.ConstructorArguments[2].Kind == TypedConstantKind.Array
            ? site.Data.ConstructorArguments[2].Values.Select(value => value.Value as string).ToList()
            : new List<string?>();
        var table = site.NamedValue("Table")?.Value as INamedTypeSymbol;
        if (table is not null)
        {
            if (pairs.Count > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTranslation, site.Named("Table"), "give inline pairs or a Table, not both"));
            }

            pairs = TablePairs(table);
        }

        // Locations of a shared table's entries are all the Table argument.
        LocationInfo? PairLocation(int index) => table is null ? site.Positional(index) : site.Named("Table");
        var entries = new List<TranslationEntry>();
        if (pairs.Count == 0 || pairs.Count % 2 != 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidTranslation, PairLocation(pairs.Count == 0 ? 1 : 1 + pairs.Count),
                pairs.Count == 0 ? "it has no entries (a Table needs a [TranslationTable] with pairs)" : $"{pairs.Count} values do not make pairs: the last key has no translation"));
        }
        else
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = 0; i < pairs.Count; i += 2)
            {
                var from = pairs[i] ?? string.Empty;
                if (!seen.Add(from))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTranslation, PairLocation(2 + i), $"key '{from}' appears twice"));
                }

                entries.Add(new TranslationEntry(from, pairs[i + 1] ?? string.Empty));
            }
        }

        state.AddRule(
            new MappingRule
            {
                Kind = RuleKind.Translate,
                Target = target,
                Sources = sources.ToEquatableArray(),
                Conversion = (Conversion)site.NamedInt("Convert"),
                When = ReadWhen(site, state),
                Translations = entries.ToEquatableArray(),
                Fallback = site.NamedString("Fallback"),
                Delimiter = ReadDelimiter(site, diagnostics),
            },
            site.Positional(1),
            site.Named("Convert"),
            Enumerable.Range(0, entries.Count).Select(index => PairLocation(3 + (2 * index))).Append(site.Named("Fallback")).ToArray());
    }

    /// <summary>The pairs of a shared <c>[TranslationTable]</c> class, or none when it has no such attribute.</summary>
    private static List<string?> TablePairs(INamedTypeSymbol table)
    {
        foreach (var attribute in table.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownNames.TranslationTableAttribute
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array)
            {
                return attribute.ConstructorArguments[0].Values.Select(value => value.Value as string).ToList();
            }
        }

        return new List<string?>();
    }

    public static void ReadTemplate(AttributeSite site, ReadState state)
    {
        var (targets, diagnostics) = (state.Targets, state.Diagnostics);
        var target = site.String(0) ?? string.Empty;
        targets.Add((target, site.Positional(0)));
        var template = site.String(1) ?? string.Empty;
        if (!TemplateParser.TryParse(template, out var parts, out var error))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTemplate, site.Positional(1), template, error));
        }

        var sources = parts.Where(part => part.IsField).Select(part => part.Text).ToEquatableArray();
        foreach (var path in sources)
        {
            state.Sources.Add((path, site.Positional(1)));
        }

        state.AddRule(
            new MappingRule { Kind = RuleKind.Template, Target = target, Sources = sources, When = ReadWhen(site, state), Template = parts },
            site.Positional(0),
            null);
    }

    private static EquatableArray<ConditionClause> ReadWhen(AttributeSite site, ReadState state)
    {
        var diagnostics = state.Diagnostics;
        var when = site.NamedString("When");
        if (when is null)
        {
            return EquatableArray<ConditionClause>.Empty;
        }

        if (!ConditionParser.TryParse(when, out var clauses, out var error))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCondition, site.Named("When"), when, error));
        }

        foreach (var clause in clauses)
        {
            state.Sources.Add((clause.Path, site.Named("When")));
        }

        return clauses;
    }

    /// <summary>Reads <c>Delimiter</c>, required by the conversions that cut text.</summary>
    private static string? ReadDelimiter(AttributeSite site, List<DiagnosticInfo> diagnostics)
    {
        var delimiter = site.NamedString("Delimiter");
        var conversion = (Conversion)site.NamedInt("Convert");
        var needsDelimiter = ((ConversionTable.Find(conversion)?.Arguments ?? ConversionArguments.None) & ConversionArguments.Delimiter) != 0;
        if (needsDelimiter && string.IsNullOrEmpty(delimiter))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingDelimiter, site.Named("Convert"), conversion.ToString()));
        }

        return delimiter;
    }

    private static void CheckPath(string path, LocationInfo? location, List<string> sources, ReadState state)
    {
        if (!SourcePath.IsValid(path))
        {
            state.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedSourcePath, location, path));
        }

        sources.Add(path);
        state.Sources.Add((path, location));
    }

    private static EquatableArray<string> Single(string value) => new[] { value }.ToEquatableArray();
}
