using System;
using System.Buffers;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using EcsForge.Parsers;
using EcsForge.Routing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// The Pulse Connect Secure dataset end to end, through the router, on <see cref="ComponentInputs.BatchSize"/> lines of
/// one event code: each code that has a compiled pattern, and codes that have none (<c>unknown</c>). Comparing a code
/// with <c>unknown</c> approximates what its pattern costs (the lines also differ in their other items).
/// </summary>
[MemoryDiagnoser]
public class PatternBenchmarks
{
    private const string Unknown = "unknown";

    /// <summary>The event codes of the dataset's <c>[Pattern]</c>s.</summary>
    private static readonly string[] PatternCodes =
        ["AUT31556", "AUT20920", "AUT24604", "AUT24804", "AUT24803", "SYS20704", "SYS31437", "LIC30499"];

    private readonly IntakeRouter _router = new(IntakeFormatRegistry.All);
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private IntakeFormat _format = null!;
    private byte[][] _lines = [];

    [ParamsSource(nameof(Codes))]
    public string Code { get; set; } = Unknown;

    public static IEnumerable<string> Codes => [.. PatternCodes, Unknown];

    [GlobalSetup]
    public void Setup()
    {
        if (!_router.TryGetFormat("pulse-connect-secure", out _format))
        {
            throw new InvalidOperationException("pulse-connect-secure is not compiled into the parsers.");
        }

        var all = ComponentInputs.Lines("pulse-connect-secure", 20 * ComponentInputs.BatchSize);
        var messages = ComponentInputs.KeyValues(all, "msg"u8);
        if (messages.Length != all.Length)
        {
            throw new InvalidOperationException("Some generated Pulse lines have no msg item.");
        }

        var selected = new List<byte[]>();
        for (var i = 0; i < all.Length; i++)
        {
            var colon = messages[i].AsSpan().IndexOf((byte)':');
            var code = colon < 0 ? "" : System.Text.Encoding.UTF8.GetString(messages[i], 0, colon);
            var matches = Code == Unknown ? Array.IndexOf(PatternCodes, code) < 0 : code == Code;
            if (matches)
            {
                selected.Add(all[i]);
            }
        }

        _lines = ComponentInputs.Cycle(selected);
        var parsed = ParseAll();
        if (parsed != _lines.Length)
        {
            throw new InvalidOperationException($"Only {parsed} of {_lines.Length} {Code} lines parse.");
        }
    }

    [Benchmark]
    public int Parse() => ParseAll();

    private int ParseAll()
    {
        var parsed = 0;
        foreach (var line in _lines)
        {
            if (_router.Parse(_format, line, _output).Success)
            {
                parsed++;
            }

            _output.ResetWrittenCount();
        }

        return parsed;
    }
}
