using System;
using System.Buffers;
using System.Globalization;

namespace EcsForge.Bench.Data;

/// <summary>Appending UTF-8 text to a buffer writer, so text events are written without building strings.</summary>
internal static class Utf8Output
{
    /// <summary>Longest decimal text of a <see cref="long"/>.</summary>
    private const int MaxNumberLength = 20;

    public static void Append(this IBufferWriter<byte> output, ReadOnlySpan<byte> text) => output.Write(text);

    public static void AppendByte(this IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    public static void AppendNumber(this IBufferWriter<byte> output, long value)
    {
        value.TryFormat(output.GetSpan(MaxNumberLength), out var written, provider: CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>Writes <paramref name="time"/> with a fixed-length <paramref name="format"/> of at most 32 characters.</summary>
    public static void AppendTime(this IBufferWriter<byte> output, DateTime time, string format)
    {
        time.TryFormat(output.GetSpan(32), out var written, format, CultureInfo.InvariantCulture);
        output.Advance(written);
    }
}
