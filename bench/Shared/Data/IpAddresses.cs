using System;
using System.Text;

namespace EcsForge.Bench.Data;

/// <summary>Random client addresses inside a network's ranges, written as UTF-8 text into a caller's buffer.</summary>
internal static class IpAddresses
{
    /// <summary>Longest text any method here writes (a full IPv6 address is 39 bytes).</summary>
    public const int MaxLength = 45;

    public static int WriteIPv4(Random random, Network network, Span<byte> destination)
    {
        var written = Octet(random.Pick(network.Ipv4FirstOctets), destination);
        for (var i = 0; i < 3; i++)
        {
            destination[written++] = (byte)'.';
            // The last octet avoids 0 and 255, which are rarely client addresses.
            written += Octet(i == 2 ? random.Next(1, 255) : random.Next(256), destination[written..]);
        }

        return written;
    }

    /// <summary>An IPv4 address in IPv6 notation (<c>::ffff:1.2.3.4</c>), as dual-stack listeners report it.</summary>
    public static int WriteMappedIPv4(Random random, Network network, Span<byte> destination)
    {
        "::ffff:"u8.CopyTo(destination);
        return 7 + WriteIPv4(random, network, destination[7..]);
    }

    /// <summary>
    /// An address under the network's two-group prefix: either all eight groups, or compressed with <c>::</c> before
    /// one or two small trailing groups, as statically numbered servers are.
    /// </summary>
    public static int WriteIPv6(Random random, Network network, Span<byte> destination)
    {
        var written = Encoding.ASCII.GetBytes(network.Ipv6Prefix, destination);
        var compressed = random.Chance(40);
        var groups = compressed ? random.Next(1, 3) : 6;
        for (var i = 0; i < groups; i++)
        {
            destination[written++] = (byte)':';
            if (compressed && i == 0)
            {
                destination[written++] = (byte)':';
            }

            ((ushort)random.Next(compressed ? 0x100 : 0x10000)).TryFormat(destination[written..], out var groupLength, "x");
            written += groupLength;
        }

        return written;
    }

    private static int Octet(int value, Span<byte> destination)
    {
        ((byte)value).TryFormat(destination, out var written);
        return written;
    }
}
