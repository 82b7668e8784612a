using System;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EcsForge.Parsing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>
/// ECS writing of the top-level scalar values of <see cref="ComponentInputs.BatchSize"/> firewall events, each event
/// one object written by a reused <see cref="EventJsonWriter"/> (reset between events), as generated datasets write.
/// </summary>
[MemoryDiagnoser]
public class EcsValueWriterBenchmarks
{
    private readonly EventJsonWriter _writer = new();
    private JsonName[] _names = [];

    /// <summary>Per event: the event bytes, then its scalar values located in them.</summary>
    private (byte[] Line, Field[] Strings, Field[] Integers)[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        var names = new Dictionary<string, int>();
        var scratch = new EventScratch();
        var lines = ComponentInputs.Lines("cloudflare-firewall-events");
        _events = new (byte[], Field[], Field[])[lines.Length];
        for (var e = 0; e < lines.Length; e++)
        {
            var strings = new List<Field>();
            var integers = new List<Field>();
            var reader = new Utf8JsonReader(lines[e], JsonCapture.ReaderOptions);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                JsonCapture.ReadValue(ref reader);
                var value = JsonCapture.Capture(ref reader, lines[e], scratch);
                if (value.InScratch || value.Kind is not (RawKind.String or RawKind.Number))
                {
                    continue; // escaped strings (rare) and containers are not what these benchmarks measure
                }

                if (!names.TryGetValue(name, out var id))
                {
                    names[name] = id = names.Count;
                }

                var field = new Field(id, value.Start, value.Length, value.Kind);
                (value.Kind == RawKind.Number ? integers : strings).Add(field);
            }

            _events[e] = (lines[e], strings.ToArray(), integers.ToArray());
        }

        _names = new JsonName[names.Count];
        foreach (var (name, id) in names)
        {
            _names[id] = JsonName.Of("cloudflare." + name);
        }
    }

    /// <summary>String values, as keyword fields.</summary>
    [Benchmark(Baseline = true)]
    public long WriteProperty()
    {
        long written = 0;
        foreach (var (line, strings, _) in _events)
        {
            Begin();
            foreach (var field in strings)
            {
                EcsValueWriter.WriteProperty(_writer, _names[field.Name], line.AsSpan(field.Start, field.Length), field.Kind);
            }

            written += End();
        }

        return written;
    }

    /// <summary>Number values, as integer fields.</summary>
    [Benchmark]
    public long WriteIntegerProperty()
    {
        long written = 0;
        foreach (var (line, _, integers) in _events)
        {
            Begin();
            foreach (var field in integers)
            {
                EcsValueWriter.WriteIntegerProperty(_writer, _names[field.Name], line.AsSpan(field.Start, field.Length), field.Kind);
            }

            written += End();
        }

        return written;
    }

    /// <summary>String values wrapped as one-item lists, as fields ECS normalizes to arrays.</summary>
    [Benchmark]
    public long WriteArrayProperty()
    {
        long written = 0;
        foreach (var (line, strings, _) in _events)
        {
            Begin();
            foreach (var field in strings)
            {
                EcsValueWriter.WriteArrayProperty(_writer, _names[field.Name], line.AsSpan(field.Start, field.Length), field.Kind);
            }

            written += End();
        }

        return written;
    }

    private void Begin()
    {
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private int End()
    {
        _writer.WriteEndObject();
        return _writer.WrittenSpan.Length;
    }

    private readonly record struct Field(int Name, int Start, int Length, RawKind Kind);
}
