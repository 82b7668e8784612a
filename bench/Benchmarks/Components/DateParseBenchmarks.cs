using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using EcsForge.Pipelines;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The <c>date.parse</c> step (<see cref="Dates.Parse"/>) on <see cref="ComponentInputs.BatchSize"/> dates of one
/// layout each: detected ISO 8601 and RFC 3164, a strptime format, epoch milliseconds (<c>timestamp</c>), and a
/// detected wall-clock time in an IANA zone. The time includes decoding the UTF-8 text into the event's arena.
/// </summary>
[MemoryDiagnoser]
public class DateParseBenchmarks
{
    private static readonly Dictionary<string, (string? Format, string? Zone, string[] Samples)> Layouts = new(StringComparer.Ordinal)
    {
        ["iso8601"] = (null, null, ["2024-06-10T08:03:23.421741+02:00", "2024-06-10T08:03:24Z", "2024-06-10 08:03:25.5-05:00"]),
        ["rfc3164"] = (null, null, ["Jun 10 08:03:23", "Jun  9 23:59:59", "Dec 31 00:00:01"]),
        ["strptime"] = ("%d/%b/%Y:%H:%M:%S %z", null, ["10/Jun/2024:08:03:23 +0200", "10/Jun/2024:08:03:24 -0500", "31/Dec/2023:23:59:59 +0000"]),
        ["epoch-ms"] = ("timestamp", null, ["1718003003120", "1718003004000", "1571351543431"]),
        ["zone"] = (null, "Europe/Paris", ["2024-06-10 08:03:23", "2024-01-15 17:45:00", "2024-10-27 02:30:00"]),
    };

    private readonly ValueArena _arena = new();
    private byte[][] _dates = [];
    private string? _format;
    private Value _zone;

    [ParamsSource(nameof(LayoutNames))]
    public string Layout { get; set; } = "iso8601";

    public static IEnumerable<string> LayoutNames => Layouts.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var (format, zone, samples) = Layouts[Layout];
        _format = format;
        _zone = zone is null ? Value.Absent : Value.FromConstant(zone);
        _dates = ComponentInputs.Utf8Lines(samples);
        foreach (var date in _dates)
        {
            _arena.Reset();
            if (!Dates.Parse(_arena, _arena.Utf8String(date), _format, _zone).IsString)
            {
                throw new InvalidOperationException($"date.parse does not read '{System.Text.Encoding.UTF8.GetString(date)}' as {Layout}.");
            }
        }
    }

    [Benchmark]
    public int Parse()
    {
        var characters = 0;
        foreach (var date in _dates)
        {
            _arena.Reset();
            characters += _arena.Text(Dates.Parse(_arena, _arena.Utf8String(date), _format, _zone)).Length;
        }

        return characters;
    }
}
