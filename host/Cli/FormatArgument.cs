using System.CommandLine;
using System.CommandLine.Completions;
using System.Linq;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Cli;

/// <summary>The intake format a command works on (slug or uuid), completed from the compiled formats' slugs.</summary>
public static class FormatArgument
{
    public const string Help = "The intake format's slug or uuid (see 'ecsforge formats').";

    public static Option<string> Option()
    {
        var option = new Option<string>("--format", "-f") { Description = Help, Required = true, HelpName = "slug|uuid" };
        option.CompletionSources.Add(Slugs);
        return option;
    }

    public static Argument<string> Argument()
    {
        var argument = new Argument<string>("format") { Description = Help, HelpName = "slug|uuid" }.Rejected();
        argument.CompletionSources.Add(Slugs);
        return argument;
    }

    /// <summary>The format named <paramref name="name"/>, or null after reporting it as a usage error.</summary>
    public static IntakeFormat? Resolve(IntakeRouter router, System.CommandLine.ParseResult result, string name)
    {
        if (router.TryGetFormat(name, out var format))
        {
            return format;
        }

        var known = router.Formats.Count == 0 ? "none" : string.Join(", ", router.Formats.Select(f => f.Slug));
        UsageError.Report(result, $"unknown intake format '{name}' (known formats: {known})");
        return null;
    }

    private static System.Collections.Generic.IEnumerable<CompletionItem> Slugs(CompletionContext context)
        => IntakeFormatRegistry.All
            .Select(format => format.Slug)
            .Where(slug => slug.StartsWith(context.WordToComplete, System.StringComparison.Ordinal))
            .Order(System.StringComparer.Ordinal)
            .Select(slug => new CompletionItem(slug));
}
