using System;
using System.Globalization;
using System.Linq;
using System.Text;
using EcsForge.Parsing;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;

namespace EcsForge.Bench.Commands;

/// <summary>
/// <c>hostile</c>: each text scanner (and the mapping key=value reader) on adversarial inputs of N, 4N and 16N
/// repeated units (separators and no key, keys and no separator, unterminated quotes, nested or unclosed XML), thread
/// CPU time for each and the ratios, in one run: about 4 is linear, 16 would be quadratic. The test suite checks these inputs
/// are safe (no exception, a sensible result); this command is where their cost is measured, as tests carry no timing.
/// </summary>
internal static class HostileInputCommand
{
    private const int Units = 50_000;

    public static int Run(string[] args)
    {
        if (args.Length > 0)
        {
            return Usage.IsHelp(args[0]) ? Usage.Show() : Usage.Error($"unexpected argument '{args[0]}' for hostile");
        }

        var arena = new ValueArena();
        var whitespace = TextSeparator.Parse(@"\s");
        var equals = TextSeparator.Parse("=");
        var scanners = new (string Name, string Prefix, Action<Value> Parse)[]
        {
            ("key=value scanner", "", text => KeyValueScanner.Parse(arena, text, whitespace, equals)),
            ("CEF", "CEF:0|a|b|c|d|e|f|", text => CefScanner.Parse(arena, text)),
            ("LEEF 2.0", "LEEF:2.0|a|b|c|d|^|", text => LeefScanner.Parse(arena, text)),
            ("CSV", "", text => DelimitedScanner.Parse(arena, text, ["a", "b"], ',')),
            ("XML", "<a>", text => XmlScanner.Parse(arena, text)),
        };
        var units = new[] { "a b ", "k=", "x=\"", ", ,", "a \\= ", "^=", "\"\"", "<b>", "<b/>", "<!--" };

        Console.WriteLine($"Hostile inputs: thread CPU time for N = {Units:N0}, 4N and 16N repeated units; load average {ThreadCpu.LoadAverage()}.");
        Console.WriteLine("| scanner | unit | N ms | 4N ms | 16N ms | 4N / N | 16N / 4N |");
        Console.WriteLine("|---|---|--:|--:|--:|--:|--:|");
        var worst = 0.0;
        foreach (var unit in units)
        {
            var sizes = new[] { Units, 4 * Units, 16 * Units };
            var texts = sizes.Select(size => string.Concat(Enumerable.Repeat(unit, size))).ToArray();
            foreach (var (name, prefix, parse) in scanners)
            {
                Report(name, unit, texts.Select(text => Measure(arena, parse, prefix + text)).ToArray(), ref worst);
            }

            Report("key=value reader (mapping datasets)", unit, texts.Select(text => MeasureReader(Encoding.UTF8.GetBytes(text))).ToArray(), ref worst);
        }

        // A quadratic scanner grows 16x at both steps; a linear one 4x, more where the text outgrows a cache level.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Worst row (the smaller of its two ratios): {worst:F1} (4 is linear; 16 quadratic)."));
        return Usage.Success;
    }

    /// <summary>One row: the times for N, 4N and 16N units, and the ratio of each size to the one before.</summary>
    private static void Report(string name, string unit, double[] micros, ref double worst)
    {
        var first = micros[1] / Math.Max(micros[0], 1);
        var second = micros[2] / Math.Max(micros[1], 1);
        worst = Math.Max(worst, Math.Min(first, second));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | `{unit.Replace("|", "\\|")}` | {micros[0] / 1000:F2} | {micros[1] / 1000:F2} | {micros[2] / 1000:F2} | {first:F1} | {second:F1} |"));
    }

    /// <summary>
    /// Microseconds of thread CPU time for the best of five parses (the first also warms the code up); the text is in
    /// the arena before the clock starts, so only the scan is timed.
    /// </summary>
    private static double Measure(ValueArena arena, Action<Value> parse, string text)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            arena.Reset();
            var value = arena.String(text);
            var start = ThreadCpu.Microseconds();
            parse(value);
            best = Math.Min(best, ThreadCpu.Microseconds() - start);
        }

        return best;
    }

    private static double MeasureReader(byte[] line)
    {
        var scratch = new EventScratch();
        var best = double.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var start = ThreadCpu.Microseconds();
            var reader = new KeyValueReader(line);
            while (reader.TryRead(scratch, out _, out _))
            {
            }

            best = Math.Min(best, ThreadCpu.Microseconds() - start);
        }

        return best;
    }
}
