using System;
using EcsForge.Mapping;
using EcsForge.Parsing;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only dataset using the escape hatch: <c>network.transport</c> is computed from a raw protocol number, which
/// no attribute expresses.
/// </summary>
[IntakeFormat("0b7e4b52-2b51-4d55-9d3c-3d1f7f7c0a11", "test-computed-fields")]
[Map("proto", "network.iana_number")]
[Computed("network.transport")]
public partial class ComputedFieldDataset
{
    static partial void Compute(ReadOnlySpan<byte> input, in SourceValues source, ref Computed computed, EventSession session)
    {
        var protocol = session.Bytes(input, source.proto);
        if (protocol.SequenceEqual("6"u8))
        {
            computed.network_transport = session.Scratch.Store("tcp"u8);
        }
        else if (protocol.SequenceEqual("17"u8))
        {
            computed.network_transport = session.Scratch.Store("udp"u8);
        }
    }
}
