using System;
using System.Collections.Generic;
using System.Text.Json;
using EcsForge.Bench.Data;
using EcsForge.Parsing;

namespace EcsForge.Bench.Benchmarks.Components;

/// <summary>Realistic component inputs cut out of the generated sample events, once, in benchmark setup.</summary>
internal static class ComponentInputs
{
    /// <summary>Events or values processed per benchmark invocation; divide reported figures by it for per-item ones.</summary>
    public const int BatchSize = 1_000;

    /// <summary><paramref name="count"/> generated raw events of a format, one array each (without the newline).</summary>
    public static byte[][] Lines(string slug, int count = BatchSize)
    {
        var batch = SampleBatch.Generate(slug, count);
        var lines = new byte[batch.Count][];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = batch[i].ToArray();
        }

        return lines;
    }

    /// <summary>The non-empty string values of a top-level property of JSON events, as UTF-8.</summary>
    public static byte[][] JsonStrings(byte[][] events, string property)
    {
        var values = new List<byte[]>(events.Length);
        foreach (var line in events)
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString();
                if (!string.IsNullOrEmpty(text))
                {
                    values.Add(System.Text.Encoding.UTF8.GetBytes(text));
                }
            }
        }

        return values.ToArray();
    }

    /// <summary>The raw text of a top-level number property of JSON events.</summary>
    public static byte[][] JsonNumbers(byte[][] events, string property)
    {
        var values = new List<byte[]>(events.Length);
        foreach (var line in events)
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                values.Add(System.Text.Encoding.UTF8.GetBytes(value.GetRawText()));
            }
        }

        return values.ToArray();
    }

    /// <summary>The first value of <paramref name="key"/> in each key=value line that has one, as the reader returns it.</summary>
    public static byte[][] KeyValues(byte[][] lines, ReadOnlySpan<byte> key)
    {
        var scratch = new EventScratch();
        var values = new List<byte[]>(lines.Length);
        foreach (var line in lines)
        {
            scratch.Reset();
            var reader = new KeyValueReader(line);
            while (reader.TryRead(scratch, out var name, out var value))
            {
                if (name.SequenceEqual(key) && value.HasValue)
                {
                    values.Add((value.InScratch ? scratch.Slice(value.Start, value.Length) : line.AsSpan(value.Start, value.Length)).ToArray());
                    break;
                }
            }
        }

        return values.ToArray();
    }

    /// <summary>Hand-written sample texts as UTF-8 lines, repeated in order up to <see cref="BatchSize"/>.</summary>
    public static byte[][] Utf8Lines(IReadOnlyList<string> samples)
    {
        var lines = new byte[samples.Count][];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = System.Text.Encoding.UTF8.GetBytes(samples[i]);
        }

        return Cycle(lines);
    }

    /// <summary>Repeats <paramref name="items"/> in order until there are <paramref name="count"/>.</summary>
    public static T[] Cycle<T>(IReadOnlyList<T> items, int count = BatchSize)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("No sample items to benchmark.");
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = items[i % items.Count];
        }

        return result;
    }
}
