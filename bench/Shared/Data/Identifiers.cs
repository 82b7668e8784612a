using System;
using System.Text;

namespace EcsForge.Bench.Data;

/// <summary>Random identifiers written as UTF-8 into a caller's buffer, so generating them allocates nothing.</summary>
internal static class Identifiers
{
    /// <summary>Length of a Cloudflare ray id: 16 lowercase hex digits.</summary>
    public const int RayIdLength = 16;

    /// <summary>Length of a dashed UUID.</summary>
    public const int UuidLength = 36;

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    /// <summary>Fills <paramref name="destination"/> with random lowercase hex digits.</summary>
    public static void WriteHex(Random random, Span<byte> destination)
    {
        // One draw per four digits: ray ids and hex ids are a good part of the generation time otherwise.
        for (var i = 0; i < destination.Length; i += 4)
        {
            var group = random.Next(0x10000);
            for (var j = 0; j < 4 && i + j < destination.Length; j++)
            {
                destination[i + j] = HexDigits[(group >> (12 - (4 * j))) & 0xF];
            }
        }
    }

    /// <summary>Writes a random version 4 UUID (36 bytes).</summary>
    public static void WriteUuid(Random random, Span<byte> destination)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        var position = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                destination[position++] = (byte)'-';
            }

            destination[position++] = HexDigits[bytes[i] >> 4];
            destination[position++] = HexDigits[bytes[i] & 0x0F];
        }
    }

    /// <summary>A random UUID as a string, for values drawn once (users, applications) and reused across events.</summary>
    public static string NewUuid(Random random)
    {
        Span<byte> buffer = stackalloc byte[UuidLength];
        WriteUuid(random, buffer);
        return Encoding.ASCII.GetString(buffer);
    }

    /// <summary>Random lowercase hex digits as a string, for values drawn once and reused across events.</summary>
    public static string NewHex(Random random, int digits)
    {
        Span<byte> buffer = stackalloc byte[digits];
        WriteHex(random, buffer);
        return Encoding.ASCII.GetString(buffer);
    }
}
