using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using EcsForge.Host.Cli;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Host.Commands;

/// <summary><c>formats [--json]</c>: the intake formats compiled into this CLI (slug, uuid, name, input kind).</summary>
public static class FormatsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write a JSON array instead of a Markdown table." };
        var command = new Command("formats", "List the intake formats compiled in (slug, uuid, name, input kind), as a Markdown table or JSON.")
        {
            json,
        };
        command.SetAction(result =>
        {
            Write(result.InvocationConfiguration.Output, IntakeFormatRegistry.All, result.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs <c>ecsforge formats</c> with <paramref name="args"/>.</summary>
    public static int Run(string[] args) => EcsForgeCli.Invoke(["formats", .. args]);

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
