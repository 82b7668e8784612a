using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>formats [--json]</c>: the intake formats compiled into this CLI (slug, uuid, name, input kind).</summary>
public static class FormatsCommand
{
    public static int Run(string[] args)
    {
        if (args.Any(Usage.IsHelp))
        {
            return Usage.Show();
        }

        var json = args.Length == 1 && args[0] == "--json";
        if (args.Length > 1 || (args.Length == 1 && !json))
        {
            return Usage.Error("formats takes no argument but --json");
        }

        Write(Console.Out, IntakeFormatRegistry.All, json);
        return ExitCodes.Success;
    }

    /// <summary>The listing of <paramref name="formats"/>, by slug: a Markdown table, or JSON.</summary>
    public static void Write(TextWriter output, IEnumerable<IntakeFormat> formats, bool json)
    {
        var ordered = formats.OrderBy(format => format.Slug, StringComparer.Ordinal).ToList();
        if (json)
        {
            var rows = ordered.Select(format => new { slug = format.Slug, uuid = format.Uuid, name = format.Name, input = Kind(format) });
            output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        output.WriteLine("| slug | uuid | name | input |");
        output.WriteLine("|---|---|---|---|");
        foreach (var format in ordered)
        {
            output.WriteLine($"| {format.Slug} | {format.Uuid} | {format.Name} | {Kind(format)} |");
        }
    }

    private static string Kind(IntakeFormat format) => format.Input == Mapping.InputFormat.KeyValue ? "key=value" : "JSON";
}
